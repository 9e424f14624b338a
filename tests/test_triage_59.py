"""Fifty-ninth pass, read end to end from letters written for these tests (not the corpus's):
what the blind splits fresh251-255 showed (a hospital-IT manager's mail in Kerala and the Gulf,
a community-relations specialist's in the Andes, a supply-chain analyst's in Cambodia, a
logistics officer's in Khyber Pakhtunkhwa and Balochistan, a GIS analyst's in Sápmi).

Noes in Manglish, Malayalam, Khmer, Pashto (in its script and in Latin letters), Andean
Spanish, Nynorsk and Swedish, and an English offer that "stands withdrawn" beside a cancelled
entry permit; a Peruvian public call's "declarado APTO" is an invitation; a job alert's
listing marked "position filled" is nobody's no; a friend's own "NO APTO" or "jeg fikk ikke
stillingen" is her news. Their reasons are read, and a list's or a call's words are no
company."""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind


@pytest.mark.parametrize(("subject", "body"), [
    ("PM role – follow up",
     "Hi Alex,\n\nNingalude presentation ellarkum ishtappettu. Pakshe ippo oru full-time project "
     "manager-ine edukkan ulla budget njangalkku illa. So ippo ithu mumbott kondu pokan pattilla."
     "\n\nFaisal"),
    ("നിയമനം സംബന്ധിച്ച് – IT പ്രോജക്ട് മാനേജർ",
     "ശ്രീ. അലക്സ്,\n\nതാങ്കൾ പങ്കെടുത്ത അഭിമുഖവുമായി ബന്ധപ്പെട്ട് അറിയിക്കുന്നത്: ഈ തസ്തികയിലേക്കുള്ള "
     "നിയമന നടപടികൾ തൽക്കാലം മരവിപ്പിച്ചിരിക്കുന്നു.\n\nസെക്രട്ടറി"),
    ("Conditional Offer – Project Manager",
     "Dear Mr. Morgan,\n\nThe headcount for this position has not been approved. We are unable to "
     "proceed with your employment, and the conditional offer stands withdrawn with immediate "
     "effect. Your entry permit application has been cancelled.\n\nKind regards,\nMaria"),
    ("Coordinación del Proyecto",
     "Allinllachu, Alex:\n\nGracias por la entrevista. Al final hemos elegido a una compañera de "
     "Ocongate que habla el quechua de la zona para el puesto.\n\nCon cariño,\nNilda"),
    ("លទ្ធផលនៃការប្រឡងសរសេរ - មុខតំណែង មន្ត្រីឥណទាន",
     "ជម្រាបសួរ លោក Alex,\n\nយើងខ្ញុំសូមជម្រាបជូនថា ពិន្ទុរបស់លោកមិនទាន់ឈានដល់កម្រិតដែលតម្រូវសម្រាប់"
     "ការសម្ភាសន៍ជុំបន្ទាប់នៅឡើយទេ។\n\nផ្នែកធនធានមនុស្ស"),
    ("Logistics Officer – ستاسو غوښتنلیک",
     "محترم الیکس صاحب،\n\nد پوست لپاره ستاسو د غوښتنلیک څخه مننه. په خواشینۍ سره تاسو ته خبر درکوو "
     "چې دا ځل ستاسو نوم په لنډ لست کې نه دی راغلی.\n\nد بشري منابعو څانګه"),
    ("Export coordinator wala kaar",
     "Alex jana salaam,\n\nKor ke mashrano faisla ye owkra che da export coordinator kaar ba "
     "zama da wrare ta warkawoo. Sta na der sharmindah yam.\n\nHaji Gul"),
    ("Melding om søknaden din – postdoktor",
     "Hei Alex,\n\nTakk for søknaden din på stillinga. Komiteen har prioritert søkjarar med "
     "doktorgrad, og du er difor ikkje mellom dei som går vidare i prosessen.\n\nIngrid"),
    ("Tjänsten som planerare",
     "Hej Alex,\n\nJag hör av mig angående tjänsten som du intervjuades för. Kommunstyrelsen "
     "beslutade i går att rekryteringen avbryts.\n\nHälsningar\nPer-Olof"),
])
def test_a_no_in_these_words_is_a_no(subject, body):
    assert kind(subject, body) == "rejection"


def test_a_peruvian_call_that_declares_you_fit_is_an_invitation():
    assert kind("Resultado de la Evaluación Curricular - Convocatoria CAS N° 012-2025",
                "Señor(a):\nMORGAN, ALEX\n\nUsted ha sido declarado APTO y se le convoca a la "
                "Evaluación Psicotécnica el lunes 24 de noviembre. Los postulantes que no se "
                "conecten serán considerados NO SE PRESENTÓ.\n\nComité de Selección") == "interview"


def test_a_job_alerts_filled_listing_is_no_no():
    assert kind("12 new jobs for \"Procurement Officer\" in Peshawar",
                "Hi Alex,\n\nAap ke saved search ke mutabiq 12 nayi jobs aayi hain.\n\n"
                "Procurement Officer - Crescent Water Mission - Swat\nApply by: 25 Jan\n\n"
                "Store Keeper - Takht Bhai Hospital - Mardan\nStatus: Applications closed - "
                "position filled\n\nYou are receiving this alert because you created a saved "
                "search.", "NaukriHub <alerts@naukrihub.example.com>") != "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    ("ay Alex, no me eligieron :(",
     "Alex, allinllachu?\n\nYa salieron los resultados de la CAS y quedé NO APTO en la "
     "entrevista. Dicen que no alcancé el puntaje mínimo. ¿Me ayudas a revisar mi CV?\n\nYoli"),
    ("Dađibahábut...",
     "Hei Alex,\n\nJeg fikk ikke stillingen. Kom en mail i dag om at «vi har valgt å gå videre "
     "med andre kandidater», etter tre intervjuer! De skrev at de ville ha noen med mer "
     "erfaring.\n\nKan vi ta en kaffe i morgen?\n\nKlem\nInga"),
])
def test_a_friends_own_no_is_her_news(subject, body):
    assert kind(subject, body, "Friend <friend@example.net>") == "other"


@pytest.mark.parametrize(("body", "reason"), [
    ("Dear Candidate,\n\nYou have not been included in the Short List for the post of Project "
     "Manager, as the marks obtained are below the cut-off fixed for inclusion in the Short List."
     " Detailed mark statement can be viewed in your profile.\n\nSecretary",
     "below the cut-off"),
    ("Estimado Alex:\n\nLe comunicamos que usted quedó ELEGIBLE. Conforme a las bases, la plaza se "
     "adjudica al postulante que obtuvo el mayor puntaje final en el cuadro de méritos.\n\n"
     "Comité de Selección", "se adjudica al postulante"),
    ("Hej Alex,\n\nTack för intervjun. Kommunstyrelsen beslutade att rekryteringen avbryts. "
     "Tjänsten finns inte längre med i budgeten.\n\nPer-Olof", "rekryteringen avbryts"),
])
def test_the_reason_in_these_words_is_found(body, reason):
    found = draft("HR <hr@employer.example.org>", "Your application: Project Manager", body).reason
    assert found is not None and reason in found


@pytest.mark.parametrize(("subject", "company"), [
    ("Short List - Project Manager (Cat. No. 114/2025)", "Short List"),
    ("Result of Written Test - Assistant Director Procurement", "Result of Written Test"),
])
def test_a_lists_or_a_results_words_are_no_company(subject, company):
    found = draft("Recruitment Board <noreply@board.example.org>", subject,
                  "Dear Candidate,\n\nWe regret that you have not qualified for the interview "
                  "for the post.\n\nSecretary")
    assert found.company != company
