"""Thirtieth pass: a meeting taken as known, the people who hire abroad, a title's trade,
and the company read without its address, its careers desk or its legal form.

Each email here was written for this probe; none is a corpus message.
"""

from __future__ import annotations

import pytest

from ajar.formats.mail import draft_rejection
from ajar.formats.world_places import is_locality
from helpers import letter

ME = frozenset({"alex.morgan@example.net"})


def _mail(sender: str, subject: str, body: str) -> bytes:
    return letter(sender, subject, body, message_id="<p30@example.com>")


@pytest.mark.parametrize(("sender", "subject", "body"), [
    ("Joost Bakker <joost@bakker-lijst.example.nl>", "Functie lijstenmaker",
     "Hoi Alex, dank nog voor dinsdag. We gaan verder met Lotte, die ons atelier al kent. "
     "Sorry!\n\nJoost"),
    ("Claire Dumas <claire@atelier-dumas.example.fr>", "Poste de restaurateur",
     "Bonjour Alex,\n\nMerci encore pour jeudi. Nous avons finalement retenu une autre "
     "personne pour le poste.\n\nClaire"),
    ("Ingrid Solberg <ingrid@fjordlab.example.no>", "Stillingen som forsker",
     "Hei Alex,\n\nTakk for sist! Vi har dessverre valgt en annen kandidat til stillingen.\n\n"
     "Ingrid"),
    ("Sam Ortiz <sam@tidewater.example.com>", "Thursday",
     "Hi Alex,\n\nReally enjoyed Thursday. We've decided to keep looking for the platform "
     "lead, someone who has run the on-call rota before.\n\nSam"),
    ("Dana Pryce <dana@heritage-lab.example.org>", "Research Fellowship",
     "Dear Alex,\n\nIt was a pleasure to have you with us in Leeds last week. The committee has "
     "asked another candidate to take up the Research Fellowship.\n\nDana"),
])
def test_a_thanks_for_a_day_says_the_reader_met_someone(sender: str, subject: str,
                                                         body: str) -> None:
    assert draft_rejection(_mail(sender, subject, body), "x", ME).stage == "interview"


@pytest.mark.parametrize(("body", "stage"), [
    # thanks for a day's message is no meeting
    ("Hi Alex,\n\nThanks for Friday's email. Unfortunately we will not be taking your "
     "application further.\n\nSam Ortiz\nHead of Engineering\n", "applied"),
    # a recruiter's chat stays a screening, whatever else the title says
    ("Hi Alex,\n\nIt was great to chat on Tuesday. We won't be moving to a panel interview "
     "with you for this role.\n\nPriya Sand\nTalent Coordinator\n", "screening"),
])
def test_a_day_named_otherwise_is_no_interview(body: str, stage: str) -> None:
    mail = _mail("Sam Ortiz <sam@tidewater.example.com>", "Your application", body)
    assert draft_rejection(mail, "x", ME).stage == stage


@pytest.mark.parametrize(("subject", "body"), [
    ("Suivi de votre candidature", "Bonjour,\n\nMerci d'avoir pris le temps de rencontrer notre "
     "équipe. Après réflexion, nous avons retenu une autre candidature.\n\nService RH"),
    ("Candidatura", "Olá Alex,\n\nobrigada pela disponibilidade para vir a Évora na passada "
     "terça-feira. Decidimos não avançar com a sua candidatura.\n\nMarta"),
    ("Thư cảm ơn", "Chào bạn,\n\nCảm ơn bạn đã dành thời gian tham gia buổi phỏng vấn cho vị trí "
     "Tester. Rất tiếc, hồ sơ của bạn chưa phù hợp.\n\nPhòng Nhân sự"),
    ("Where we've landed", "Hi Alex,\n\nThank you for the long conversation in Leeds on Friday. "
     "We will not be able to ask you to join us in that role.\n\nJo"),
    ("Thursday", "Alex,\n\nI've been thinking about Thursday since you left. The kitchen needs "
     "someone on the pass six nights a week, so it won't be you this time.\n\nRui"),
])
def test_the_reader_came_to_meet_them(subject: str, body: str) -> None:
    mail = _mail("Jo Marsh <jo@lindenhall.example.com>", subject, body)
    assert draft_rejection(mail, "x", ME).stage == "interview"


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nMerci de l'intérêt que vous portez à notre entreprise. Nous avons retenu une "
    "autre candidature.\n\nService RH",
    "Bonjour,\n\nSuite à votre visite sur notre site carrières, nous avons étudié votre "
    "candidature. Nous avons retenu une autre candidature.\n\nService RH",
    "Hola Alex:\n\nGracias por su visita a nuestro portal de empleo. No seguiremos con su "
    "proceso.\n\nRRHH",
])
def test_thanks_for_interest_or_a_web_visit_is_no_meeting(body: str) -> None:
    mail = _mail("RH <rh@lindenhall.example.com>", "Votre candidature", body)
    assert draft_rejection(mail, "x", ME).stage == "applied"


def test_a_conversation_signed_by_a_manager_abroad_is_an_interview() -> None:
    body = ("Alex, boa tarde.\n\nObrigado pela conversa da semana passada aqui na base. "
            "Fechamos a vaga de Inspetor com outro profissional.\n\nAbraço,\n\nRui Lemos\n"
            "Gerente de Manutenção\nAeroclube Tiê\n")
    mail = _mail("Rui Lemos <rui@tie-aero.example.com>", "Processo seletivo Inspetor", body)
    assert draft_rejection(mail, "x", ME).stage == "interview"


@pytest.mark.parametrize(("subject", "role"), [
    ("Técnico de Aviônicos – Manutenção de Linha", "Técnico de Aviônicos – Manutenção de Linha"),
    ("Supervisor de Hangar – Base Maintenance", "Supervisor de Hangar - Base Maintenance"),
])
def test_a_trade_written_after_the_title_stays(subject: str, role: str) -> None:
    body = (f"Olá Alex,\n\nobrigado pela candidatura à vaga de {subject}. Infelizmente a vaga "
            "foi suspensa.\n\nEquipe de Recrutamento\n")
    draft = draft_rejection(_mail("Vagas <vagas@itapoa.example.com>", subject, body), "x", ME)
    assert draft.role.replace("–", "-") == role.replace("–", "-")


@pytest.mark.parametrize(("sender", "body", "company"), [
    # an address line in a signature is where, not who
    ("Rina Putri <rina@tumpangpay.example.com>",
     "Hi Alex,\n\nUnfortunately we won't move forward with your application.\n\nRina Putri\n"
     "Gedung Cakra Lt. 7, Jl. H.R. Rasuna Said, Jakarta Selatan\n", "Tumpangpay"),
    ("Farah Idris <farah@sayurku.example.com>",
     "Hi Alex,\n\nI'm sorry: we have had to withdraw the offer.\n\nFarah Idris\n"
     "Level 12, Menara Bangsar, Kuala Lumpur\n", "Sayurku"),
    # a town and its state after the name
    ("Wei Tan <wei@lanternfox.example.com>",
     "Hey Alex,\n\nWe're going to keep looking for the server lead.\n\nWei Tan\n"
     "Lantern Fox Studio, George Town, Penang\n", "Lantern Fox Studio"),
    # a careers desk or an HR department before the name
    ("Kerjaya Bank Seri Nusa <kerjaya@seri-nusa.example.com>",
     "Alex,\n\nWe regret that your application was not successful.\n\nKerjaya Bank Seri Nusa\n",
     "Bank Seri Nusa"),
    ("Phòng Nhân sự Sao Mai Software <hr@saomai.example.com>",
     "Chào Alex,\n\nRất tiếc, chúng tôi không thể tiếp tục với hồ sơ của bạn.\n\n"
     "Phòng Nhân sự Sao Mai Software\n", "Sao Mai Software"),
    # Welsh and Irish legal forms, and a Thai form cut before its bracket closes
    ("Gwyn Hughes <gwyn@adeiladu-hughes.example.com>",
     "Alex,\n\nDiolch, ond nid ydym am symud ymlaen. We've offered the post to someone "
     "local.\n\nGwyn Hughes\nAdeiladu Hughes Cyf\n", "Adeiladu Hughes"),
    # a signature's kind of organisation before the name the sender uses
    ("Portail Carrières Vernet <ne-pas-repondre@carrieres.vernet.example.com>",
     "Monsieur,\n\nNous vous remercions de l'intérêt que vous portez aux Laboratoires Vernet. "
     "Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite "
     "favorable à votre candidature.\n\nService des Ressources Humaines\nLaboratoires Vernet "
     "SA\nRoute de la Gare 31, 1860 Aigle\n", "Laboratoires Vernet"),
])
def test_the_company_without_its_address_desk_or_form(sender: str, body: str,
                                                      company: str) -> None:
    mail = _mail(sender, "Your application", body)
    assert draft_rejection(mail, "x", ME).company == company


def test_a_surname_that_is_an_irish_form_stays() -> None:
    body = ("Hi Alex - we went with an internal transfer for the yield engineer spot in the "
            "end. Good luck!\n\nMarcus Teo\nHalden Silicon\n\nSent from my Galaxy\n")
    draft = draft_rejection(_mail("Marcus Teo <marcus.teo@haldensilicon.example.com>",
                                  "Yield Engineer", body), "x", ME)
    assert draft.person is not None and draft.person.name == "Marcus Teo"


@pytest.mark.parametrize("town", ["Penang", "George Town", "Tórshavn", "Macaé",
                                  "Jakarta Selatan", "Gaborone"])
def test_the_wider_gazetteer_knows_towns_of_every_region(town: str) -> None:
    assert is_locality(town)


@pytest.mark.parametrize("name", ["David", "George", "Regina", "Santos", "Madison"])
def test_names_that_are_also_peoples_stay_out_of_the_gazetteer(name: str) -> None:
    assert not is_locality(name)


@pytest.mark.parametrize("signer", [
    "Dekanat der Fakultät für Chemie", "Unitat de Selecció", "Sede Electrónica",
    "Acmhainní Daonna", "Γραφείο Προσωπικού", "Ο Αντιδήμαρχος Οικονομικών",
    "Кадрлар бөлімі", "المعهد الوطني للصحة",
])
def test_a_unit_that_signs_is_no_person(signer: str) -> None:
    body = ("Dear Alex,\n\nWe regret to inform you that your application was not successful.\n\n"
            f"{signer}\n")
    draft = draft_rejection(_mail("jobs@tamsin-inst.example.org", "Your application", body),
                            "x", ME)
    assert draft.person is None or draft.person.name != signer
