"""Twenty-first pass (reason): the sentence read as the reason, for shapes the earlier passes
missed. The letters are invented; each names the phrase the reason must hold, or None."""

from __future__ import annotations

import time

import pytest

from ajar.formats.mail_reason import reason_from_text
from ajar.formats.mail_reason_world import WORLD_REASON_CUES, STOCK_FIT_ABROAD, STOCK_FIT_WORDS, \
    THE_NO_ITSELF

CASES = [
    # warm words about the reader are no reason; the cause after them is
    ("Olá, Sam. Foi uma conversa muito rica, e a sua experiência com logística chamou a atenção "
     "da equipe. Decidimos seguir com outra pessoa. Como a fábrica nova abre em março, optamos "
     "por um perfil com vivência em manutenção industrial.", "optamos por um perfil"),
    ("Senang sekali bisa ngobrol soal pengalaman kamu di bidang logistik. Kami belum bisa "
     "melanjutkan proses kamu. Posisi ini membutuhkan kandidat yang sudah berdomisili di "
     "Surabaya.", "membutuhkan kandidat"),
    # the no itself is no reason; the reason after it is
    ("Thanks for your patience. I'm sorry to say your application wasn't among those taken "
     "forward for the Field Technician role. Best of luck.", None),
    ("quick note - sorry, you didn't make it past the second round today. it was close, but "
     "the sight-reading was uneven and that weighed on the panel.", "sight-reading was uneven"),
    # stock fit lines, in English and abroad, say no reason; one that names what fits does
    ("Thank you for applying. We are moving ahead with people whose skills are a closer match for "
     "the team at present.", None),
    ("We have decided to pursue candidates whose profiles sit closer to what the team needs "
     "right now.", None),
    # a job board's footer in Indonesian and Malay
    ("Status: tidak dilanjutkan. Anda menerima email ini karena melamar melalui LokerHub.", None),
    ("Permohonan anda tidak berjaya. Anda menerima e-mel ini kerana anda memohon melalui "
     "KerjaNet.", None),
    # "please note" introduces the reason, it is no closing line
    ("After reviewing your application, we are unable to progress it. Please note that this role "
     "requires the right to work in Canada.", "requires the right to work"),
    # what happened to the job
    ("We've decided to hold off on this hire until the spring.", "hold off on this hire"),
    ("Thanks for checking in. We ended up closing the Data Lead search without a hire.",
     "closing the data lead search"),
    ("I was glad to offer you the post in May. Enrolment for the spring term has come in well "
     "below our projections, so I have to withdraw the offer.", "below our projections"),
    ("Purtroppo il progetto non partirà: il finanziamento regionale non è stato rinnovato.",
     "finanziamento regionale"),
    ("Thank you for interviewing. Our foundation grant was not renewed this year, so the post "
     "will not go ahead.", "grant was not renewed"),
    ("Te escribo con malas noticias. La junta congeló las contrataciones hasta marzo.",
     "congeló las contrataciones"),
    ("Lamentamos informarte que el concurso para Analista de Riesgos se declaró desierto.",
     "se declaró desierto"),
    ("Leider müssen wir das Angebot zurückziehen. Die Anmeldungen für den Herbstkurs liegen "
     "deutlich unter unseren Erwartungen.", "unter unseren erwartungen"),
    ("Gracias por venir. No hay suficientes alumnos inscritos para abrir el grupo de la tarde.",
     "no hay suficientes alumnos"),
    ("Nos encantó tu experiencia en retail. El comité priorizó a quien ya conoce el mercado "
     "chileno.", "priorizó"),
    # what the panel criticised, weighed or found decisive
    ("Ihr Probejahr wird nicht verlängert. Bemängelt wurde vor allem die Intonation im Ensemble.",
     "intonation im ensemble"),
    ("Tjänsten går till en annan sökande. Det som avgjorde var att han även kan undervisa i piano.",
     "undervisa i piano"),
    ("Vi har valgt en anden kandidat. Udvalget lagde vægt på kendskab til skatteret.",
     "kendskab til skatteret"),
    ("Ongelukkig is u nie aanbeveel nie. Die paneel het besluit om 'n kandidaat aan te stel wat "
     "vlot Sesotho praat, aangesien baie kliënte Sesotho praat.", "vlot sesotho praat"),
    ("Lý do chính là vị trí này cần người đã quản lý kho lạnh.", "cần người"),
    ("The assessors felt your consecutive rendering had too many omissions.",
     "too many omissions"),
    # a job board saying no reason came, a regulatory footer, a round closed: no reason
    ("Fennick Foods has decided not to move forward with your application. The employer did not "
     "leave a message with this decision.", None),
    ("We regret that you have not been found suitable. Brightwater Mutual is licensed and "
     "regulated by the Prudential Authority.", None),
    ("We have now closed this round of interviews, and you are not among the candidates we will "
     "invite to the workshop.", None),
    # how it was decided is no why; the panel's reported view, a ranking cut are
    ("After internal discussions, we shall not be taking your candidature forward. Kindly do not "
     "take it otherwise - the feedback from the panel was that your exposure is mostly on "
     "design, whereas this role is on site.", "exposure is mostly on design"),
    ("All 90 entries were scored. Your forecasting model reached an RMSE of 4.2, which placed it "
     "outside that group, so we will not go further.", "placed it outside"),
    # warm words in Dutch before the reason
    ("We vonden het een prettig gesprek en je ervaring in de bouw sprak ons aan. Doorslaggevend "
     "was dat de andere kandidaat al jaren met Primavera werkt.", "primavera"),
    ("We are only onboarding linguists who hold a certified qualification, which I can't see on "
     "your CV. Our clients require it on every job.", "only onboarding"),
]


@pytest.mark.parametrize("text, phrase", CASES)
def test_reason_read(text: str, phrase: str | None) -> None:
    found = reason_from_text(text)
    if phrase is None:
        assert found is None
    else:
        assert found is not None and phrase.casefold() in found.casefold()


def test_vietnamese_stock_line_is_no_reason_but_a_requirement_is() -> None:
    assert reason_from_text("Rất tiếc, hồ sơ của bạn chưa phù hợp với yêu cầu của vị trí.") is None
    found = reason_from_text("Rất tiếc, hồ sơ của bạn chưa phù hợp, do vị trí yêu cầu tối thiểu "
                             "5 năm kinh nghiệm kế toán.")
    assert found and "tối thiểu" in found


def test_the_panel_noting_something_good_is_no_reason_but_a_shortfall_is() -> None:
    assert reason_from_text("The assessors noted your calm delivery and clear voice.") is None
    found = reason_from_text("The assessors felt your sight translation was too slow for court.")
    assert found and "too slow" in found


def test_stock_fit_abroad_is_none_but_what_the_chosen_had_is_read() -> None:
    assert reason_from_text("Hemos decidido continuar con otros candidatos cuyo perfil se ajusta "
                            "mejor a la posición.") is None
    found = reason_from_text("Quería avisarte que seguimos con otra candidata cuya experiencia en "
                             "auditoría interna es más amplia.")
    assert found and "cuya experiencia en auditoría interna" in found


def test_the_no_alone_is_none_but_a_no_with_its_reason_keeps_it() -> None:
    assert reason_from_text("Hi Jo. Sorry, your application wasn't shortlisted this time.") is None
    text = ("Your score on the verbal section fell below the level needed, so your application "
            "will not go forward.")
    assert reason_from_text(text) and THE_NO_ITSELF.search(text)


@pytest.mark.parametrize("cue", [STOCK_FIT_WORDS, STOCK_FIT_ABROAD, THE_NO_ITSELF,
                                 *WORLD_REASON_CUES])
def test_hostile_lines_end_quickly(cue) -> None:  # noqa: ANN001
    for line in ("a " * 50_000, "whose profile is " * 6_000, "too many " * 10_000,
                 "cuyo perfil " * 8_000, "you " * 25_000 + "x", "ü" * 100_000):
        started = time.perf_counter()
        cue.search(line)
        assert time.perf_counter() - started < 2.0


def test_hostile_mail_is_read() -> None:
    text = ("Sorry, you didn't make it. " * 100) + ("x" * 100_000) + "\n\n" + \
        ("cuyo perfil más " * 1_000)
    assert reason_from_text(text) is None
