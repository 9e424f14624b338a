"""Eighteenth pass (kind): the shape of a no that is not the reader's no to a job, and
the noes that were too short to hear. A no about someone the reader put forward (in
English and other languages), a no that names no job but names another thing twice (an
exam and its retake, an award and its judging, a manuscript and its publisher) is not a
rejection; a one-line note from a phone ("job's gone", "we found somebody last week") and a
terse Norwegian, Danish or Swedish note is; and an invitation, a receipt, an offer or a
conditional "if you do not hear from us" in Czech, Slovak, Romanian, Turkish, Hungarian,
Greek, Croatian, Slovenian, Bulgarian, Lithuanian, Latvian and Estonian is not read as a no.
New wordings, not copied from the corpus; each family has near misses that keep their
answer."""

from __future__ import annotations

import pytest

from ajar.formats import triage_matter
from ajar.formats.triage import classify


def _kind(subject: str, text: str) -> str:
    return classify(subject, text, "someone@example.org").kind


SHORT_NOTES = [
    ("Re: Delivery driver", "Hiya, thanks for getting in touch but we found somebody last week. "
     "Good luck with the search"),
    ("Re: Kitchen porter", "Sorry pal, we've got someone now. All the best\n\nSent from my iPhone"),
    ("Re: Barista", "thanks but we went with somebody else in the end x"),
    ("Re: Office junior", "Hi Jo, sorry, the job has gone now. Cheers, Dave"),
    ("Re: Bar staff", "Sorry we have hired internally, thanks for the interest."),
]


@pytest.mark.parametrize(("subject", "text"), SHORT_NOTES)
def test_a_note_from_a_phone_is_a_rejection(subject: str, text: str) -> None:
    assert _kind(subject, text) == "rejection"


NEAR_SHORT_NOTES = [
    ("Re: Delivery driver", "Hi, we've found someone to cover your Friday shift, so you can "
     "start on Monday as planned."),
    ("Re: Barista", "If we haven't found someone by Friday, I'll call you for a trial shift."),
    ("Re: Receptionist", "Good news, we've found a date for your interview: Tuesday at 10."),
    ("Re: Kitchen porter", "Once we have found somebody for the morning rota we will send the "
     "new shift plan to the team."),
]


@pytest.mark.parametrize(("subject", "text"), NEAR_SHORT_NOTES)
def test_someone_found_for_something_else_is_no_rejection(subject: str, text: str) -> None:
    assert _kind(subject, text) != "rejection"


NORDIC_NOTES = [
    ("Re: Ansøgning som tjener", "Hej, vi har fundet en anden til stillingen. Tak for din "
     "interesse.\n\nSendt fra min iPhone"),
    ("Sv: Ansökan kock", "Hej! Vi har redan anställt någon annan, så det blir tyvärr inget. "
     "Hälsningar Lisa"),
    ("Re: Sommerjobb", "Hei! Jobben er dessverre gått til en annen denne gangen. Mvh Trine"),
]


@pytest.mark.parametrize(("subject", "text"), NORDIC_NOTES)
def test_a_terse_nordic_note_is_a_rejection(subject: str, text: str) -> None:
    assert _kind(subject, text) == "rejection"


SOMEONE_ELSES_NO = [
    ("Your referral: Dev Patel", "Hi Chris,\n\nA quick note on Dev, whom you put forward for our "
     "Platform Engineer opening. After the onsite, the panel decided not to move forward. Thanks "
     "for sending him our way.\n\nTalent team"),
    ("Referral update", "Hello,\n\nYour colleague's application for the Account Manager role was "
     "unsuccessful this time. No referral bonus applies. Thanks for thinking of us!\n\nPeople Ops"),
    ("Votre recommandation", "Bonjour Marc,\n\nMerci pour votre recommandation. Après les "
     "entretiens, la personne que vous nous avez recommandée n'a malheureusement pas été retenue "
     "pour le poste.\n\nCordialement,\nRH"),
    ("Ihre Empfehlung", "Hallo Jens,\n\nvielen Dank für die Empfehlung von Frau Albers. Nach dem "
     "zweiten Gespräch haben wir uns leider gegen ihre Bewerbung entschieden. Wir informieren sie "
     "selbst.\n\nBeste Grüße\nRecruiting"),
    ("Tu recomendación", "Hola Ana:\n\nGracias por tu recomendación. La candidata que nos "
     "referiste no ha sido seleccionada para el puesto de diseñadora.\n\nUn saludo,\nSelección"),
]


@pytest.mark.parametrize(("subject", "text"), SOMEONE_ELSES_NO)
def test_the_no_of_someone_the_reader_put_forward_is_not_the_readers(subject: str,
                                                                         text: str) -> None:
    assert _kind(subject, text) == "other"


READERS_OWN_NO = [
    ("Platform Engineer", "Hi Chris,\n\nThank you for interviewing with us. Sadly the panel "
     "decided not to move forward with your application. Her feedback is attached.\n\nTalent"),
    ("Account Manager", "Hello,\n\nYou were referred by Sam Lee, thank you for applying. "
     "Unfortunately your application for the Account Manager role was unsuccessful.\n\nPeople"),
    ("Designer", "Hola Ana:\n\nGracias por tu candidatura. Lamentablemente no ha sido "
     "seleccionada para el puesto de diseñadora.\n\nUn saludo,\nSelección"),
]


@pytest.mark.parametrize(("subject", "text"), READERS_OWN_NO)
def test_the_readers_own_no_beside_a_referral_stays_a_rejection(subject: str, text: str) -> None:
    assert _kind(subject, text) == "rejection"


ANOTHER_THING = [
    ("Certification results", "Dear candidate,\n\nWe regret to inform you that you did not pass "
     "the Level II exam. Your score report is in your account and you may book a retake after "
     "60 days.\n\nCertification Office"),
    ("Innovation Awards 2026", "Hello,\n\nThank you for applying to the Innovation Awards. The "
     "judging is complete, and we regret to tell you that your application has not been "
     "shortlisted this year.\n\nThe Awards Team"),
    ("Re: Query - The Long Winter", "Dear Mr Dahl,\n\nThank you for sending the opening chapters "
     "of your novel. Unfortunately I do not feel strongly enough about it to offer "
     "representation, and I must pass.\n\nKind regards,\nAgency"),
]


@pytest.mark.parametrize(("subject", "text"), ANOTHER_THING)
def test_a_no_that_names_no_job_but_another_thing_twice_is_other(subject: str, text: str) -> None:
    assert _kind(subject, text) == "other"


NAMES_A_JOB = [
    ("Backend Engineer", "Dear Alex,\n\nWe regret to inform you that you did not pass the "
     "technical exam for the Backend Engineer position, and we will not proceed. Your score "
     "report is attached.\n\nRecruiting"),
    ("Your proposal", "Hi,\n\nThanks for your proposal. The client read all the proposals and "
     "has chosen another freelancer for this project.\n\nMarketplace team"),
    ("Editorial Assistant", "Dear Mr Dahl,\n\nThank you for applying for the Editorial Assistant "
     "job at our publishing house. Unfortunately we have chosen another candidate for the "
     "role.\n\nHR"),
]


@pytest.mark.parametrize(("subject", "text"), NAMES_A_JOB)
def test_a_no_that_names_a_job_beside_those_things_stays_a_rejection(subject: str,
                                                                       text: str) -> None:
    assert _kind(subject, text) == "rejection"


def test_the_shared_job_words_do_not_make_a_contest_a_job() -> None:
    seen = triage_matter.matter("your entry was not shortlisted by the jury of the award - "
                                "the awards team")
    assert seen.about_another_thing_alone
    assert not triage_matter.matter("the jury for the award shortlisted your role").\
        about_another_thing_alone  # "role" is a job's word
    assert not triage_matter.matter("after careful prüfung of your documents we chose "
                                    "another candidate for the exam team").\
        about_another_thing_alone  # one family word ("exam") only


LANGUAGES = [
    ("interview", "Pozice: Účetní", "Dobrý den,\n\nděkujeme za Vaši přihlášku na pozici účetní. "
     "Rádi bychom Vás pozvali na osobní pohovor ve čtvrtek v 10:00.\n\nS pozdravem\nHR"),
    ("acknowledgement", "Vaša žiadosť", "Dobrý deň,\n\nvaša žiadosť o pozíciu bola úspešne "
     "odoslaná. Ozveme sa vám po posúdení.\n\nHR tím"),
    ("offer", "Oferta", "Bună ziua,\n\nAvem plăcerea să vă oferim postul de inginer de proiect. "
     "Contractul vă va fi trimis mâine.\n\nHR"),
    ("interview", "Mülakat daveti", "Merhaba,\n\nBaşvurunuz için teşekkür ederiz. Sizi yazılım "
     "geliştirici pozisyonu için yüz yüze görüşmeye davet etmek istiyoruz.\n\nİK"),
    ("acknowledgement", "Jelentkezés", "Kedves Pályázó!\n\nJelentkezését sikeresen rögzítettük a "
     "rendszerünkben. Hamarosan jelentkezünk.\n\nHR csapat"),
    ("offer", "Πρόταση", "Καλησπέρα,\n\nΕίμαστε στην ευχάριστη θέση να σας προσφέρουμε τη θέση "
     "του μηχανικού.\n\nHR"),
    ("acknowledgement", "Prijava", "Poštovani,\n\nvaša prijava je uspješno zaprimljena. Javit "
     "ćemo vam se nakon pregleda.\n\nHR"),
    ("interview", "Razgovor", "Spoštovani,\n\nvabimo vas na razgovor za delovno mesto "
     "računovodje v torek ob 10. uri.\n\nKadrovska služba"),
    ("offer", "Предложение", "Здравейте,\n\nС удоволствие ви предлагаме позицията мениджър "
     "склад.\n\nЧовешки ресурси"),
    ("interview", "Pokalbis", "Sveiki,\n\nNorėtume pakviesti jus į darbo pokalbį dėl buhalterio "
     "pozicijos antradienį 10 val.\n\nPersonalo skyrius"),
    ("interview", "Intervija", "Labdien,\n\nVēlamies jūs uzaicināt uz darba interviju par "
     "grāmatveža amatu otrdien plkst. 10.\n\nPersonāla daļa"),
    ("acknowledgement", "Kandideerimine", "Tere,\n\nTeie kandideerimisavaldus on edukalt "
     "esitatud. Võtame teiega ühendust.\n\nPersonaliosakond"),
]


@pytest.mark.parametrize(("kind", "subject", "text"), LANGUAGES)
def test_invitations_receipts_and_offers_in_twelve_more_languages(kind: str, subject: str,
                                                                   text: str) -> None:
    assert _kind(subject, text) == kind


CONDITIONAL_NOES = [
    ("Pozice: Technik", "Dobrý den,\n\nděkujeme za zájem o pozici technika. Pokud se Vám do 14 "
     "dnů neozveme, Vaše přihláška nebyla úspěšná.\n\nPersonální oddělení"),
    ("Prijava", "Spoštovani,\n\nhvala za prijavo na delovno mesto. Če se vam v dveh tednih ne "
     "oglasimo, vaša prijava ni bila uspešna.\n\nKadrovska služba"),
    ("Paraiška", "Sveiki,\n\nDėkojame už kandidatūrą į poziciją. Jei negausite atsakymo per dvi "
     "savaites, jūsų kandidatūra nebuvo atrinkta.\n\nPersonalo skyrius"),
    ("Pieteikums", "Labdien,\n\nPaldies par pieteikumu vakancei. Ja nesaņemsiet atbildi divu "
     "nedēļu laikā, jūsu kandidatūra nav izvēlēta.\n\nPersonāla daļa"),
    ("Kandideerimine", "Tere,\n\nTäname kandideerimast ametikohale. Kui te ei ole kahe nädala "
     "jooksul meilt vastust saanud, ei osutunud teie kandidatuur valituks.\n\nPersonaliosakond"),
]


@pytest.mark.parametrize(("subject", "text"), CONDITIONAL_NOES)
def test_a_no_on_condition_of_silence_is_not_a_no(subject: str, text: str) -> None:
    assert _kind(subject, text) != "rejection"


PLAIN_NOES = [
    ("Pozice: Technik", "Dobrý den,\n\nděkujeme za zájem o pozici technika. Bohužel Vás "
     "nemůžeme pozvat na pohovor, rozhodli jsme se pro jiného uchazeče.\n\nPersonální oddělení"),
    ("Başvurunuz", "Merhaba,\n\nBaşvurunuz için teşekkür ederiz. Maalesef sizi mülakata davet "
     "edemiyoruz; başka bir adayla devam etmeye karar verdik.\n\nİK"),
    ("Αίτηση", "Καλησπέρα,\n\nΕυχαριστούμε για την αίτησή σας. Δυστυχώς δεν μπορούμε να σας "
     "προσφέρουμε τη θέση, καθώς επιλέξαμε άλλον υποψήφιο.\n\nHR"),
    ("Prijava", "Poštovani,\n\nzahvaljujemo na prijavi. Nažalost, odlučili smo se za drugog "
     "kandidata za radno mjesto.\n\nHR"),
    # "although" and "as for" open these sentences like an "if" and are none
    ("Αίτηση", "Καλησπέρα,\n\nΑν και το προφίλ σας είναι πολύ ενδιαφέρον, δυστυχώς επιλέξαμε "
     "άλλον υποψήφιο για τη θέση.\n\nHR"),
    ("Pozice", "Dobrý den,\n\npokud jde o pozici technika, bohužel jsme se rozhodli pro jiného "
     "uchazeče.\n\nHR"),
]


@pytest.mark.parametrize(("subject", "text"), PLAIN_NOES)
def test_a_plain_no_in_those_languages_stays_a_rejection(subject: str, text: str) -> None:
    assert _kind(subject, text) == "rejection"


AGENCY_RELAYS = [
    ("rejection", "Re: Nordic 320 FO", "Hi Sam,\n\nThey came back this morning. They only take "
     "pilots current on type for the role, so they've passed on it. I'll keep an eye out for "
     "others.\n\nBen"),
    ("rejection", "Re: Practice nurse", "Hi,\n\nThe practice has passed on your profile as they "
     "want someone with smear-taker training.\n\nLou, Carewell Recruitment"),
    ("other", "Re: Practice nurse", "Hi,\n\nI have passed on your CV to the hiring manager at the "
     "practice; they will be in touch about a time.\n\nLou, Carewell Recruitment"),
]


@pytest.mark.parametrize(("kind", "subject", "text"), AGENCY_RELAYS)
def test_a_client_passing_is_a_no_and_a_cv_passed_on_is_not(kind: str, subject: str,
                                                              text: str) -> None:
    assert (_kind(subject, text) == "rejection") == (kind == "rejection")
