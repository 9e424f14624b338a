"""Company and person families of the thirteenth pass (issue 11).

Each table holds cases written from how such mail generally reads (new names,
reserved example domains), then near misses that must keep their answer.
"""

from __future__ import annotations

import pytest

from test_mail_fields_families import NO, draft

# ------------------------------------------------------------------ registry labels

# A university's or an agency's domain under a country's or a sector's registry label
# ("hartwell.edu.example", "fysik.lundqvist.se.example", "bramwell.ac.jp.example"): the label
# before the registry's is the employer's; "edu", "se" or "ac" is nobody's name.
THIRTEENTH_REGISTRY_LABELS = [
    ("Prof. Ruth Adeyemi <radeyemi@chem.hartwell.edu.example>", "Chemistry search",
     f"Alex,\n\n{NO} Thanks for your patience.\n\nRuth", "Hartwell"),
    ("Nils Ekdahl <nils.ekdahl@fysik.lundqvist.se.example>", "Your application",
     f"Hi Alex,\n\n{NO}\n\nBest,\nNils", "Lundqvist"),
    ("Aiko Mori <a.mori@bramwell.ac.jp.example>", "Research associate post",
     f"Dear Alex,\n\n{NO}\n\nAiko Mori", "Bramwell"),
    ("Pat Quinn <pquinn@dunmore.gov.example>", "Planning officer",
     f"Alex - {NO}\n\nPat", "Dunmore"),
    # near misses: the suffix itself, a two-letter name under a real registry, and a
    # department that names its college
    ("Sam Reyes <sam@northwind.example.co.uk>", "Your application",
     f"Hi Alex,\n\n{NO}\n\nSam", "Northwind"),
    ("Kim Ode <kim@mail.hq.com>", "Your application", f"Hi Alex,\n\n{NO}\n\nKim", "Hq"),
    ("Ada Lowe <alowe@bio.tarrant.edu.example>", "Ecology search",
     f"Dear Alex,\n\n{NO}\n\nAda Lowe\nProfessor and Chair\nDepartment of Biology, Tarrant "
     "College", "Tarrant College"),
]


@pytest.mark.parametrize("sender, subject, body, company", THIRTEENTH_REGISTRY_LABELS,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(THIRTEENTH_REGISTRY_LABELS)])
def test_a_registry_label_of_the_domain_is_not_the_employer(sender: str, subject: str,
                                                            body: str, company: str) -> None:
    assert draft(sender, subject, body).company == company


def _person(found) -> str | None:  # noqa: ANN001 - a MailDraft
    return found.person.name if found.person else None


# ------------------------------------------------------------------ platforms

# A hiring platform, a job board or a freelance marketplace writes for the employer or the
# client about an application made through it ("Interfolio", "Computrabajo", "Upwork"): its
# own name, in the sender's name or its domain, is never the employer, and never a person.
THIRTEENTH_PLATFORMS = [
    ("Interfolio <no-reply@interfolio.com>", "Update on your application: Lecturer in Classics",
     f"Dear Alex,\n\nThank you for applying to Fenwick University. {NO}\n\nSearch Committee",
     "Fenwick University", None),
    ("Computrabajo <notificaciones@computrabajo.example>", "Tu postulación fue descartada",
     "Hola Alex,\n\nLamentablemente tu postulación para Cajero no continúa en el proceso.\n\n"
     "Sigue postulando en Computrabajo.", None, None),
    ("Upwork <donotreply@upwork.com>", "Your proposal was declined",
     "Hi Alex,\n\nUnfortunately the client has declined your proposal for \"Shopify store "
     "migration\" and hired another freelancer.\n\nThe Upwork Team", None, None),
    ("OCC Mundial <avisos@occ.example>", "Actualización de tu postulación",
     "Hola Alex,\n\nLa empresa ha decidido no continuar con tu postulación para Auxiliar "
     "Contable.\n\nOCC Mundial", None, None),
    # near misses: an employer's own no-reply, a name that merely holds a platform's word
    ("Fenwick Analytics <no-reply@fenwick.example>", "Your application",
     f"Hi Alex,\n\n{NO}\n\nFenwick Analytics", "Fenwick Analytics", None),
    ("Maltby Foods <jobs@maltbyfoods.example>", "Your application",
     f"Hi Alex,\n\n{NO}\n\nMaltby Foods", "Maltby Foods", None),
]


@pytest.mark.parametrize("sender, subject, body, company, person", THIRTEENTH_PLATFORMS,
                         ids=[f"{c[0].split()[0]}-{n}" for n, c in enumerate(THIRTEENTH_PLATFORMS)])
def test_a_hiring_platforms_own_name_is_not_the_employer(sender: str, subject: str, body: str,
                                                         company: str | None,
                                                         person: str | None) -> None:
    found = draft(sender, subject, body)
    assert (found.company, _person(found)) == (company, person)


# ------------------------------------------------------------------ organisations, not people

# An organisation sends through an ATS under its own name, which reads like a person's
# ("Tarnwick Power", "Corvina Linhas Aéreas", "Halden Water"), and the letter opens with the
# job's heading and a greeting: the greeting is never the company, and the organisation is
# never the contact.
THIRTEENTH_ORGANISATIONS = [
    ("Tarnwick Power <no-reply@taleo.net>", "Tarnwick Power - Site Electrician",
     "Site Electrician - Substations (Req 4410021)\n\nDear Alex,\n\nThank you for the interest "
     f"you have shown in a career with Tarnwick Power.\n\n{NO}\n\nTarnwick Power Recruitment",
     "Tarnwick Power", None),
    ("Halden Water <noreply@successfactors.eu>", "Your application",
     f"Hello Alex,\n\n{NO}\n\nKind regards,\nHalden Water", "Halden Water", None),
    ("Corvina Linhas Aéreas <naoresponda@successfactors.com>", "Processo seletivo",
     "Olá Alex,\n\nAgradecemos sua participação. Infelizmente você não seguirá para a próxima "
     "etapa.\n\nAtenciosamente,\nEquipe de Recrutamento", "Corvina Linhas Aéreas", None),
    ("Kestrel Solaris <no-reply@greenhouse.io>", "Array Technician - Solar (Tucson, AZ)",
     "Hi Alex,\n\nThank you for your time on our solar array team's final interview. We have "
     "decided to move forward with another candidate.\n\nMara Quist\nTalent Partner\n"
     "Kestrel Solaris", "Kestrel Solaris", "Mara Quist"),
    # near misses: a recruiter's own name through an ATS stays the contact; a person writing
    # from a firm whose signature names the firm
    ("Jonas Weller <no-reply@greenhouse.io>", "Harbin Labs - Analyst",
     f"Hi Alex,\n\n{NO}\n\nJonas Weller\nHarbin Labs", "Harbin Labs", "Jonas Weller"),
    ("Tamsin Reyes via Handshake <messages@joinhandshake.example>",
     "New message from Tamsin Reyes at Corble Analytics",
     f"Hi Alex,\n\nThanks for your interest in Corble Analytics. {NO}\n\nTamsin",
     "Corble Analytics", "Tamsin Reyes"),
]


@pytest.mark.parametrize("sender, subject, body, company, person", THIRTEENTH_ORGANISATIONS,
                         ids=[f"{c[3]}-{n}" for n, c in enumerate(THIRTEENTH_ORGANISATIONS)])
def test_an_organisation_sending_under_its_name_is_not_a_person(sender: str, subject: str,
                                                                body: str, company: str,
                                                                person: str | None) -> None:
    found = draft(sender, subject, body)
    assert (found.company, _person(found)) == (company, person)


# ------------------------------------------------------------------ acronyms

# A research institute or an agency known by its initials ("KIMS" in the subject, "HR
# Recursos Humanos CEAM" as the sender) and spelled out under the signature: the initials and
# the name are one employer, written in full.
THIRTEENTH_ACRONYMS = [
    ("Dr Hana Sato <hsato@kims.example>", "KIMS - Postdoctoral Fellow (Marine Genomics)",
     f"Dear Alex,\n\n{NO}\n\nHana Sato\nKobe Institute for Marine Sciences",
     "Kobe Institute for Marine Sciences"),
    ("Recursos Humanos CEAM <rrhh@ceam-sevilla.example>", "Convocatoria Técnico de Laboratorio",
     "Estimada Alex:\n\nLamentamos comunicarle que no ha sido seleccionada.\n\nUn saludo,\n\n"
     "Lucía Prieto\nCentro de Estudios Ambientales del Mediterráneo",
     "Centro de Estudios Ambientales del Mediterráneo"),
    ("NCTR Careers <careers@nctr.example>", "NCTR | Data Steward",
     f"Hi Alex,\n\n{NO}\n\nRegards,\nNational Centre for Transport Research",
     "National Centre for Transport Research"),
    # near misses: initials that spell no name written in the letter, and a short name that
    # happens to be in capitals
    ("Ben Oyelowo <ben@tcr.example>", "TCR - Product Analyst",
     f"Hi Alex,\n\n{NO}\n\nBen\nTidewater Credit Union", "TCR"),
    ("Ida Berg <ida@nord.example>", "Your application",
     f"Hi Alex,\n\nThanks for applying to NORD. {NO}\n\nIda Berg\nNordic Outdoor Gear",
     "NORD"),
]


@pytest.mark.parametrize("sender, subject, body, company", THIRTEENTH_ACRONYMS,
                         ids=[f"{c[3][:12]}-{n}" for n, c in enumerate(THIRTEENTH_ACRONYMS)])
def test_initials_and_the_name_they_spell_are_one_employer(sender: str, subject: str, body: str,
                                                          company: str) -> None:
    assert draft(sender, subject, body).company == company
