"""Eighteenth pass (stage and reason): the steps a letter says the reader took and the reason
it gives, in the twelve languages the classifier learnt in the seventeenth pass (Czech,
Slovak, Romanian, Turkish, Hungarian, Greek, Croatian, Slovenian, Bulgarian, Lithuanian,
Latvian, Estonian), as in the languages covered before (``formats/mail_stage_languages3.py``,
``formats/mail_reason_languages3.py``).

Every wording here is new (none is copied from the corpus); the near misses are a step
denied or still to come, and lines that only say how many applied or that no feedback can be
given.
"""

from __future__ import annotations

import pytest

from ajar.formats.mail_fields import stage_from_text
from ajar.formats.mail_reason import reason_from_text
from ajar.formats.mail_stage import call_stage

# "we chose someone else", in each language
NO = {"sk": "Žiaľ, rozhodli sme sa pre iného uchádzača.",
      "hu": "Sajnos más jelöltet választottunk.",
      "el": "Δυστυχώς επιλέξαμε άλλον υποψήφιο.",
      "hr": "Nažalost, odabrali smo drugog kandidata.",
      "sl": "Žal smo izbrali drugega kandidata.",
      "bg": "За съжаление избрахме друг кандидат.",
      "lt": "Deja, pasirinkome kitą kandidatą.",
      "lv": "Diemžēl esam izvēlējušies citu kandidātu.",
      "et": "Kahjuks valisime teise kandidaadi.",
      "cs": "Bohužel jsme vybrali jiného uchazeče.",
      "ro": "Din păcate am ales alt candidat.",
      "tr": "Maalesef başka bir adayla devam ediyoruz."}


def _stage(text: str) -> str:
    """As the mail reader does it: the text's own stage, then the step reader."""
    return call_stage(stage_from_text(text) or "applied", text, None)


STEPS = [
    # an interview by its noun, thanked for or given a day
    ("hu", "Köszönjük, hogy részt vett az állásinterjún.", "interview"),
    ("hu", "Köszönjük a keddi beszélgetést.", "interview"),
    ("el", "Σας ευχαριστούμε για τη συνέντευξη της Τρίτης.", "interview"),
    ("hr", "Hvala vam na razgovoru za posao prošli tjedan.", "interview"),
    ("hr", "Hvala na intervjuu u utorak.", "interview"),
    ("sl", "Hvala za zaposlitveni razgovor v torek.", "interview"),
    ("bg", "Благодарим ви за интервюто в понеделник.", "interview"),
    ("bg", "Благодарим за събеседването миналата седмица.", "interview"),
    ("lt", "Dėkojame už darbo pokalbį.", "interview"),
    ("lv", "Paldies par pārrunām otrdien.", "interview"),
    ("et", "Täname teid töövestluse eest.", "interview"),
    ("et", "Aitäh intervjuu eest teisipäeval.", "interview"),
    # a last round: an adjective of last or final before a noun of round or stage
    ("sk", "Po záverečnom kole pohovorov sme sa rozhodli inak.", "final-round"),
    ("hu", "Az utolsó körös interjú után döntöttünk.", "final-round"),
    ("hu", "A döntő fordulóban két jelölt maradt.", "final-round"),
    ("el", "Μετά τον τελικό γύρο συνεντεύξεων αποφασίσαμε.", "final-round"),
    ("hr", "Nakon završnog kruga razgovora odlučili smo.", "final-round"),
    ("sl", "Po zadnjem krogu razgovorov smo se odločili.", "final-round"),
    ("bg", "След последния кръг интервюта решихме.", "final-round"),
    ("lt", "Po paskutinio atrankos etapo nusprendėme.", "final-round"),
    ("lv", "Pēc pēdējās atlases kārtas nolēmām.", "final-round"),
    ("et", "Pärast viimast vooru otsustasime.", "final-round"),
    # a test sat, or a call on the phone
    ("sk", "Ďakujeme za vypracovanie testu.", "screening"),
    ("hu", "Köszönjük a szakmai teszt kitöltését.", "screening"),
    ("hu", "Köszönjük a telefonos interjút.", "screening"),
    ("el", "Σας ευχαριστούμε που ολοκληρώσατε το τεστ.", "screening"),
    ("el", "Σας ευχαριστούμε για την τηλεφωνική συνέντευξη.", "screening"),
    ("hr", "Hvala što ste riješili test.", "screening"),
    ("hr", "Hvala na telefonskom razgovoru.", "screening"),
    ("sl", "Hvala, ker ste opravili test.", "screening"),
    ("bg", "Благодарим ви, че решихте теста.", "screening"),
    ("bg", "Благодарим за телефонното интервю.", "screening"),
    ("lt", "Dėkojame, kad atlikote testą.", "screening"),
    ("lv", "Paldies, ka izpildījāt testu.", "screening"),
    ("et", "Täname proovitöö tegemise eest.", "screening"),
]


@pytest.mark.parametrize("language, sentence, stage", STEPS, ids=[s[1][:40] for s in STEPS])
def test_a_step_is_read_in_the_newer_languages(language: str, sentence: str, stage: str) -> None:
    assert _stage(f"Hello,\n\n{sentence} {NO[language]}\n\nHR") == stage


NOT_REACHED = [
    # a step denied, or named as what the reader would have been invited to next
    "Köszönjük jelentkezését. Sajnos nem tudjuk behívni személyes interjúra.",
    "Ευχαριστούμε για την αίτηση. Δυστυχώς δεν θα σας καλέσουμε για συνέντευξη.",
    "Hvala na prijavi. Nažalost, ne možemo vas pozvati na razgovor za posao.",
    "Hvala za prijavo. Žal vas ne bomo povabili na razgovor.",
    "Dėkojame už paraišką. Deja, negalime jūsų pakviesti į pokalbį.",
    "Paldies par pieteikumu. Diemžēl nevaram jūs uzaicināt uz interviju.",
    "Täname kandideerimast. Kahjuks ei kutsu me teid töövestlusele.",
    "Благодарим за кандидатурата. Следващият етап щеше да бъде интервю, но избрахме друг.",
    "Благодарим за кандидатурата. Следващата стъпка щеше да бъде тест.",
    "Köszönjük jelentkezését. A kiválasztás következő lépése egy szakmai teszt lett volna.",
    "Täname kandideerimast. Järgmise etapina oleks olnud proovitöö.",
    # only applied
    "Köszönjük jelentkezését.",
    "Σας ευχαριστούμε για την αίτησή σας.",
    "Благодарим ви за кандидатурата.",
]


@pytest.mark.parametrize("text", NOT_REACHED, ids=[t[:40] for t in NOT_REACHED])
def test_a_step_denied_or_ahead_is_not_reached(text: str) -> None:
    assert _stage(f"Hello,\n\n{text}\n\nHR") == "applied"


KEPT = [
    # the languages read before keep their readings
    ("Dziękujemy za rozmowę w czwartek.", "interview"),
    ("Kiitos haastattelusta tiistaina.", "interview"),
    ("Merci pour l'entretien de mardi.", "interview"),
    ("Děkujeme za telefonický rozhovor.", "screening"),
    ("Vă mulțumim pentru completarea testului.", "screening"),
]


@pytest.mark.parametrize("text, stage", KEPT, ids=[k[0][:40] for k in KEPT])
def test_the_languages_read_before_keep_their_steps(text: str, stage: str) -> None:
    assert _stage(f"Hello,\n\n{text}\n\nHR") == stage


REASONS = [
    # more experience in something, or the chosen person's experience
    ("sk", "Vybraný uchádzač mal viac skúseností v oblasti logistiky."),
    ("hu", "A kiválasztott jelölt több tapasztalattal rendelkezik a pénzügyi területen."),
    ("el", "Ο υποψήφιος που επιλέξαμε έχει περισσότερη εμπειρία στις πωλήσεις."),
    ("hr", "Odabrani kandidat ima više iskustva u prodaji."),
    ("sl", "Izbrani kandidat ima več izkušenj na področju prodaje."),
    ("bg", "Избраният кандидат има повече опит в продажбите."),
    ("lt", "Pasirinktas kandidatas turi daugiau patirties pardavimų srityje."),
    ("lv", "Izvēlētajam kandidātam ir lielāka pieredze pārdošanā."),
    ("et", "Valitud kandidaadil on rohkem kogemusi müügi valdkonnas."),
    # the post filled
    ("cs", "Pozice již byla obsazena."),
    ("sk", "Pozícia už bola obsadená."),
    ("ro", "Postul a fost deja ocupat."),
    ("tr", "Pozisyon doldurulmuştur."),
    ("hu", "A pozíciót már betöltöttük."),
    ("el", "Η θέση έχει ήδη καλυφθεί."),
    ("hr", "Radno mjesto je već popunjeno."),
    ("sl", "Delovno mesto je že zasedeno."),
    ("bg", "Позицията вече е заета."),
    ("lt", "Pozicija jau užimta."),
    ("lv", "Vakance jau ir aizpildīta."),
    ("et", "Ametikoht on juba täidetud."),
]


@pytest.mark.parametrize("language, sentence", REASONS, ids=[r[1][:40] for r in REASONS])
def test_a_reason_is_read_in_the_newer_languages(language: str, sentence: str) -> None:
    reason = reason_from_text(f"Hello,\n\nThank you. {NO[language]} {sentence}\n\nHR")
    assert reason and sentence[:20] in reason


NO_REASON = [
    # how many applied, or no feedback: no reason
    "Köszönjük jelentkezését. Sajnos más jelöltet választottunk. A nagy számú jelentkező "
    "miatt nem áll módunkban egyéni visszajelzést adni.",
    "Ευχαριστούμε για το ενδιαφέρον σας. Δυστυχώς επιλέξαμε άλλον υποψήφιο. Λόγω του μεγάλου "
    "αριθμού αιτήσεων δεν μπορούμε να δώσουμε ατομική ανατροφοδότηση.",
    "Hvala na prijavi. Zbog velikog broja prijava odlučili smo nastaviti s drugim kandidatima.",
    "Благодарим за интереса. За съжаление избрахме друг кандидат. Поради големия брой "
    "кандидати не можем да дадем обратна връзка.",
    "Täname kandideerimast. Kahjuks valisime teise kandidaadi. Suure kandidaatide arvu tõttu "
    "ei saa me anda individuaalset tagasisidet.",
    "Paldies par pieteikumu. Diemžēl izvēlējāmies citu kandidātu. Liela pieteikumu skaita dēļ "
    "nevaram sniegt atgriezenisko saiti.",
    "Teşekkür ederiz. Maalesef başka bir adayla devam ediyoruz. Yoğun başvuru nedeniyle geri "
    "bildirim veremiyoruz.",
]


@pytest.mark.parametrize("text", NO_REASON, ids=[t[:40] for t in NO_REASON])
def test_a_count_of_applicants_or_no_feedback_is_no_reason(text: str) -> None:
    assert reason_from_text(f"Hello,\n\n{text}\n\nHR") is None


def test_internal_candidates_in_english_are_read_as_before() -> None:
    """The newer languages' "internal candidate" is not read into English praise."""
    text = ("Dear Alex,\n\nFirst, thank you. You did the exercise with more care than most of "
            "our internal candidates would have.\n\nThe honest reason is that we need a leader "
            "who has run operations for a business with a large field arm.\n\nBest,\nMo")
    assert reason_from_text(text).startswith("The honest reason is that we need a leader")
