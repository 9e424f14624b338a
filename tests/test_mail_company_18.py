"""Company families of the eighteenth pass (issue 11): a job board or tracking system nobody
listed, known by how it writes (a shared or no-reply sender, another organisation named as the
one that decided, a footer of its own); a word of the subject or text that names what the job
is about (a field's acronym, a language, a project), not who offers it; a department's word as
the sender's name; a signed organisation read as a person; a run-together domain after the
mail's own one-word spelling.

Every case is written anew (invented names, reserved example domains); near misses that
must keep their answer follow each table.
"""

from __future__ import annotations

import pytest

from ajar.formats.company_spelling import segmented
from ajar.formats.company_words import field_acronym, language_name, project_name
from ajar.formats.relaying_platform import deciders, platform_wording, stated_deciders
from test_mail_fields_families import draft

# ------------------------------------------------------------------ platforms nobody listed

PLATFORMS = [
    ("Arbeitsmarkt Nord <noreply@arbeitsmarkt-nord.example>", "Neuigkeiten zu Ihrer Bewerbung",
     "Hallo Alex,\n\nKestrelwerk Maschinenbau hat Ihre Bewerbung als Konstrukteur geprüft und "
     "sich für andere Kandidaten entschieden.\n\nWeitere passende Stellen finden Sie in Ihrem "
     "Konto.\n\nSie erhalten diese E-Mail, weil Sie Jobalerts bei Arbeitsmarkt Nord abonniert "
     "haben. Abmelden", "Kestrelwerk Maschinenbau"),
    ("Hirelane <no-reply@hirelane.example>", "Your application status",
     "Dear Alex,\n\nOn behalf of Ostrava Analytics, we would like to thank you for your interest "
     "in the Data Analyst role. Unfortunately, they will not be moving forward with your "
     "application.\n\nBest wishes,\nHirelane", "Ostrava Analytics"),
    ("Hirelane <no-reply@hirelane.example>", "Your application status",
     "Dear Alex,\n\nUnfortunately, Ostrava Analytics will not be moving forward with your "
     "application for Data Analyst.\n\nHirelane\nManage your job alerts", "Ostrava Analytics"),
    ("EmploiDirect <ne-pas-repondre@emploidirect.example>", "Votre candidature",
     "Bonjour Alex,\n\nL'entreprise Boulangeries Marchal a examiné votre candidature au poste "
     "de Vendeur et a choisi de ne pas donner suite.\n\nL'équipe EmploiDirect\nGérer mes alertes "
     "emploi | Se désabonner", "Boulangeries Marchal"),
    ("Empleo Sur <avisos@empleosur.example>", "Actualización de tu candidatura",
     "Hola Alex,\n\nConservas Marineras del Cantábrico ha revisado tu candidatura para Operario "
     "de producción y ha decidido no continuar contigo en el proceso.\n\nEl equipo de Empleo "
     "Sur\nDarte de baja de las alertas", "Conservas Marineras del Cantábrico"),
    ("Regional Careers Portal <donotreply@regioncareers.example>", "Application outcome",
     "Dear Alex,\n\nYour application to Harlow Vale District Council for the post of Planning "
     "Officer has been reviewed by the employer. Unfortunately you have not been shortlisted."
     "\n\nThis is an automated message from Regional Careers Portal. Please do not reply.",
     "Harlow Vale District Council"),
    ("Jobnet <noreply@jobnet.example>", "Status på din ansøgning",
     "Hej Alex,\n\nDin ansøgning til stillingen som Lagermedarbejder hos Granfors Træ A/S er "
     "desværre afvist.\n\nSe flere job på Jobnet.\n\nDu modtager denne mail, fordi du har en "
     "profil på Jobnet. Afmeld", "Granfors Træ"),
    ("Joblift Mailer <mailer@jobshift.example>", "Your application was viewed",
     "Hello Alex,\n\nGood news and bad news. Halvorsen Marine viewed your application for Deck "
     "Officer but decided not to continue.\n\nSee similar openings\n\n© Jobshift. You can "
     "change your email preferences at any time.", "Halvorsen Marine"),
    ("StellenWerk <benachrichtigung@stellenwerk.example>", "Absage: Sachbearbeiter Einkauf",
     "Guten Tag Alex Morgan,\n\nIhre Bewerbung als Sachbearbeiter Einkauf bei der Rheintal "
     "Armaturen GmbH wurde leider nicht berücksichtigt.\n\nViel Erfolg bei der weiteren Suche!"
     "\nIhr StellenWerk-Team\n\nDiese E-Mail wurde automatisch erstellt.", "Rheintal Armaturen"),
    ("Recrutia <noreply@recrutia.example>", "Sua candidatura",
     "Olá Alex,\n\nA Construtora Serra Azul analisou sua candidatura para a vaga de Engenheiro "
     "Civil e optou por seguir com outros candidatos.\n\nEquipe Recrutia\nVocê recebeu este "
     "e-mail porque se cadastrou na Recrutia.", "Construtora Serra Azul"),
    ("JobsNow <alerts@jobsnow.example>", "Application status",
     "Hi Alex,\n\nThe hiring team at Quarrymoor Stone has updated the status of your "
     "application to \"Not selected\".\n\nJobsNow\nUnsubscribe", "Quarrymoor Stone"),
    ("Empregos Já <nao-responda@empregosja.example>", "Atualização",
     "Olá Alex,\n\nO recrutador da Padaria Estrela reviu a sua candidatura e decidiu não "
     "avançar.\n\nEquipe Empregos Já\nVocê recebeu este e-mail porque tem uma conta.",
     "Padaria Estrela"),
]


@pytest.mark.parametrize("sender, subject, body, company", PLATFORMS,
                         ids=[c[3] for c in PLATFORMS])
def test_a_platform_relays_the_organisation_it_names_as_deciding(
        sender: str, subject: str, body: str, company: str) -> None:
    assert draft(sender, subject, body).company == company


# An employer's own no-reply with a footer, a body inside the organisation, a tool, an agency
# speaking for itself, a board the employer names: the employer stays.
OWN_MAIL = [
    ("Castellan Careers <no-reply@castellan.example>", "Your application",
     "Dear Alex,\n\nCastellan has reviewed your application for the Analyst role and will not "
     "be progressing it.\n\nCastellan Talent Acquisition\nUnsubscribe from job alerts",
     "Castellan"),
    ("Orbridge Talent <noreply@orbridge.example>", "Application update",
     "Dear Alex,\n\nThank you for applying to Orbridge. Our Hiring Manager has reviewed your "
     "application and we will not proceed.\n\nOrbridge\nYou can manage your account and job "
     "alerts here.", "Orbridge"),
    ("Professor Hal Wren <h.wren@kelmscott.ac.example>", "Lectureship in History",
     "Dear Dr Morgan,\n\nOn behalf of the Search Committee, I write to let you know that you "
     "have not been shortlisted.\n\nYours sincerely,\nHal Wren\nHead of Department\nKelmscott "
     "University", "Kelmscott University"),
    ("Talent <no-reply@verdantia.example>", "Your application",
     "Dear Alex,\n\nThank you for your application to Verdantia. Microsoft Teams has been set "
     "up for your interview, but we have since decided not to proceed with your application."
     "\n\nVerdantia\nUnsubscribe", "Verdantia"),
    ("Recruiting <no-reply@harlowfoods.example>", "Your application",
     "Dear Alex,\n\nThank you for applying to Harlow Foods via LinkedIn. We have decided not "
     "to proceed with your application.\n\nHarlow Foods Recruiting\nUnsubscribe",
     "Harlow Foods"),
    ("Ada Lim <ada@brightstaff.example>", "Update",
     "Hi Alex,\n\nI'm writing on behalf of Brightstaff Recruitment. Unfortunately the client "
     "has filled the role.\n\nAda\nBrightstaff Recruitment", "Brightstaff Recruitment"),
    ("Careers <noreply@fenwickbank.example>", "Application",
     "Dear Alex,\n\nThank you for applying to Fenwick Bank. Fenwick Bank has reviewed your "
     "application and will not proceed.\n\nFenwick Bank plc\nTerms of use | Privacy",
     "Fenwick Bank"),
]


@pytest.mark.parametrize("sender, subject, body, company", OWN_MAIL, ids=[c[3] for c in OWN_MAIL])
def test_an_employers_own_mail_keeps_its_employer(sender: str, subject: str, body: str,
                                                  company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_how_a_platform_writes() -> None:
    assert platform_wording("Sie erhalten diese E-Mail, weil Sie Jobalerts abonniert haben.")
    assert platform_wording("Du modtager denne mail, fordi du har en profil. Afmeld")
    assert not platform_wording("Kind regards,\nPriya\nHead of Finance")
    assert deciders("Hi,\n\nNorrvik Hamn har granskat din ansökan och beslutat att gå vidare "
                    "med andra kandidater.") == ["Norrvik Hamn"]
    # a tool set up, then "we" decided: the tool is no decider
    assert deciders("Zoom Rooms has been booked, but we decided not to proceed with your "
                    "application.") == []
    assert stated_deciders("Ich schreibe Ihnen im Auftrag von Lindenhof Kliniken.") \
        == ["Lindenhof Kliniken"]
    assert stated_deciders("On behalf of Dr. Ames, thank you.") == []


# ------------------------------------------------------------------ what the job is about

TOPICS = [
    ("Talent <talent@brightvale.example>", "Project Halcyon - Senior Engineer",
     "Hi Alex,\n\nThanks for your interest in Project Halcyon. We have decided not to move "
     "forward with your application.\n\nBrightvale Systems Talent Team", "Brightvale Systems"),
    ("People Team <people@marlowgrid.example>", "HSE Advisor - Project Tidewater",
     "Hi Alex,\n\nThank you for applying to join Project Tidewater as HSE Advisor. We have now "
     "filled the role.\n\nKind regards,\nMarlow Grid Energy", "Marlow Grid Energy"),
    ("Recruitment <jobs@marlin-insure.example>", "ESG Analyst application",
     "Dear Alex,\n\nThank you for your interest in ESG at Marlin Insurance. Unfortunately on "
     "this occasion we will not progress.\n\nRecruitment Team\nMarlin Insurance",
     "Marlin Insurance"),
    ("Editorial <jobs@eastmarchtimes.example>", "Reporter vacancy",
     "Dear Alex,\n\nThank you for applying to be a reporter at the Eastmarch Times. We have "
     "decided to appoint another candidate.\n\nYours,\nNews Editor", "Eastmarch Times"),
    ("Talent <talent@orvane.example>", "KYC Specialist",
     "Hello Alex,\n\nThanks for your interest in our KYC team. We have decided not to move "
     "forward.\n\nRegards,\nOrvane Financial", "Orvane Financial"),
]


@pytest.mark.parametrize("sender, subject, body, company", TOPICS, ids=[c[3] for c in TOPICS])
def test_what_the_job_is_about_is_not_who_offers_it(sender: str, subject: str, body: str,
                                                     company: str) -> None:
    assert draft(sender, subject, body).company == company


# An acronym the sender's address spells, an acronym that is the firm's own name, a person
# signing for a family firm, a language in a school's name: the employer stays.
TOPIC_NEAR = [
    ("Careers <careers@hse.example>", "Staff Nurse",
     "Dear Alex,\n\nThank you for applying to the HSE. We regret that you have not been "
     "shortlisted.\n\nKind regards,\nRecruitment Team\nHSE", "HSE"),
    ("Jobs <jobs@ibexsystems.example>", "Support Engineer",
     "Dear Alex,\n\nThank you for applying to IBEX. We will not proceed.\n\nIBEX Systems",
     "IBEX Systems"),
    ("Maria Orvane <maria@orvane.example>", "Bookkeeper",
     "Hello Alex,\n\nThanks for applying. We have decided not to move forward.\n\nRegards,\n"
     "Maria Orvane\nOrvane & Daughters", "Orvane & Daughters"),
    ("Lingo Bridge <jobs@lingobridge.example>", "German Teacher",
     "Dear Alex,\n\nThank you for applying to teach German with Lingo Bridge. We have filled "
     "the post.\n\nLingo Bridge", "Lingo Bridge"),
    ("Admissions Office <admissions@rowanbrook.example>", "Teaching Assistant",
     "Dear Alex,\n\nWe are sorry to tell you that your application was unsuccessful.\n\n"
     "Rowanbrook Academy", "Rowanbrook Academy"),
]


@pytest.mark.parametrize("sender, subject, body, company", TOPIC_NEAR,
                         ids=[c[3] for c in TOPIC_NEAR])
def test_a_name_that_only_looks_like_a_topic_stays(sender: str, subject: str, body: str,
                                                   company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_topics_by_shape() -> None:
    assert field_acronym("AML", "")
    assert field_acronym("KYC Operations", "")
    assert field_acronym("QRT", "Thanks for applying to the QRT Analyst role")
    assert not field_acronym("QRT", "Thanks for applying to QRT. The Analyst role is filled")
    assert not field_acronym("Kestrel Bank", "")
    assert language_name("German speaking")
    assert language_name("Dutch-speaking")
    assert not language_name("Deutsche Bahn")
    assert project_name("Project Tidewater")
    assert not project_name("Projective Analytics")


# ------------------------------------------------------------------ a domain's spelling

def test_the_mails_one_word_before_a_domains_kind_of_organisation() -> None:
    found = draft("Jobs <jobs@eastmarchtimes.example>", "Reporter vacancy at Eastmarch",
                  "Dear Alex,\n\nThank you for applying. We have decided to appoint another "
                  "candidate.\n\nYours,\nNews Desk").company
    assert found == "Eastmarch Times"


def test_a_kinds_short_form_splits_a_domain() -> None:
    assert segmented("Fellsidemag", "Thanks for applying to Fellside.") == "Fellside Mag"
    found = draft("Mo Reid <mo@fellsidemag.example>", "Sub-editor",
                  "Hi Alex,\n\nThanks for applying to Fellside. Sadly we've gone with someone "
                  "else.\n\nMo").company
    assert found == "Fellside Mag"


def test_a_platform_or_mailbox_suffix_is_no_kind() -> None:
    # "kestrelhq": the mail's "Kestrel" stays alone
    found = draft("Jobs <jobs@kestrelhq.example>", "Analyst at Kestrel",
                  "Dear Alex,\n\nThank you for applying. We have decided to appoint another "
                  "candidate.\n\nKestrel").company
    assert found == "Kestrel"
