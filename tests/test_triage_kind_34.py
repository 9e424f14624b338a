"""Thirty-fourth pass: a no that depends on silence or on a step not finished is no no in
Catalan, Spanish, Portuguese and French either ("entén que ...", "puede considerar que ...",
"las candidaturas que no completen la prueba ..."), and a master's place or a grant refused in
Spanish or Portuguese is about a course or funding, not a job."""

from __future__ import annotations

import pytest

from ajar.actions.scan import classify_raw
from helpers import letter


def kind(subject: str, body: str, sender: str = "Talent <talent@example.com>") -> str:
    return classify_raw(letter(sender, subject, body))[1].kind


SILENCE_OR_UNFINISHED = [
    ("Candidatura rebuda - Tècnica de Dades",
     "Hola Alex,\n\nHem rebut la teva candidatura per a la posició de Tècnica de Dades. Si en "
     "quatre setmanes no t'hem dit res, entén que aquesta vegada no hem pogut seguir amb la teva "
     "candidatura.\n\nSalutacions,\nEquip de Persones"),
    ("Hemos recibido su candidatura - Contable Senior",
     "Estimada Alex:\n\nGracias por inscribirse en la oferta de Contable Senior. Si transcurridos "
     "treinta días no ha recibido noticias nuestras, puede considerar que su candidatura no ha "
     "sido seleccionada en esta ocasión.\n\nUn saludo,\nDepartamento de Selección"),
    ("Prueba online - Técnico de Compras",
     "Hola Alex:\n\nSu candidatura para Técnico de Compras ha pasado el primer filtro. El siguiente "
     "paso es un test online de 40 minutos, disponible hasta el viernes. Los candidatos que no "
     "realicen el test en plazo no podrán seguir en el proceso.\n\nUn saludo,\nRRHH"),
    ("Candidature bien reçue - Chargée de paie",
     "Bonjour Alex,\n\nNous avons bien reçu votre candidature au poste de Chargée de paie. Sans "
     "retour de notre part sous trois semaines, vous pouvez considérer que votre candidature n'a "
     "pas été retenue.\n\nCordialement,\nService RH"),
    ("Teste técnico - Analista de Sistemas",
     "Olá Alex,\n\nObrigado pela candidatura à vaga de Analista de Sistemas. Envie o teste técnico "
     "até segunda-feira; as candidaturas que não concluírem o teste no prazo não seguirão no "
     "processo.\n\nAbraço,\nEquipe de Talentos"),
]


@pytest.mark.parametrize(("subject", "body"), SILENCE_OR_UNFINISHED)
def test_a_no_on_condition_is_no_rejection(subject: str, body: str) -> None:
    assert kind(subject, body) != "rejection"


# The same words as the reader's own no, said outright: still rejections.
SAID_OUTRIGHT = [
    ("Tu candidatura - Tècnica de Dades",
     "Hola Alex,\n\nGràcies pel teu temps. Lamentablement no hem pogut seguir amb la teva "
     "candidatura per a la posició de Tècnica de Dades.\n\nSalutacions,\nEquip de Persones"),
    ("Proceso de selección - Contable Senior",
     "Estimada Alex:\n\nTras valorar todas las candidaturas para el puesto de Contable Senior, "
     "lamentamos comunicarle que su candidatura no ha sido seleccionada.\n\nUn saludo,\n"
     "Departamento de Selección"),
    ("Proceso de selección - Enfermera",
     "Estimada Alex:\n\nYa que no presenta la colegiación exigida en la convocatoria, no podemos "
     "continuar con su candidatura para el puesto de Enfermera.\n\nUn saludo,\nRRHH"),
    ("Votre candidature - Chargée de paie",
     "Bonjour Alex,\n\nAprès étude de votre dossier pour le poste de Chargée de paie, nous ne "
     "donnerons pas suite à votre candidature.\n\nCordialement,\nService RH"),
]


@pytest.mark.parametrize(("subject", "body"), SAID_OUTRIGHT)
def test_the_same_no_said_outright_is_a_rejection(subject: str, body: str) -> None:
    assert kind(subject, body) == "rejection"


NOT_A_JOB = [
    ("Resolución de admisión - Máster en Finanzas",
     "Estimado/a Alex Morgan:\n\nLa Comisión Académica del Máster en Finanzas ha resuelto su "
     "solicitud de preinscripción. Lamentamos comunicarle que su candidatura no ha sido admitida, "
     "ya que la nota obtenida no alcanza la nota de corte.\n\nSecretaría de la Escuela de "
     "Posgrado"),
    ("Resultado - Mestrado em Saúde Pública",
     "Cara Alex,\n\nInformamos que a sua candidatura ao Mestrado em Saúde Pública não foi "
     "selecionada nesta fase de admissão. Poderá candidatar-se na segunda fase.\n\nServiços "
     "Académicos"),
    ("Concurso de Bolsas 2027 - resultado",
     "Caro(a) candidato(a),\n\nLamentamos informar que a sua candidatura ao Concurso de Bolsas "
     "2027 não foi selecionada para financiamento, dado o número limitado de bolsas.\n\n"
     "Gabinete de Bolsas"),
]


@pytest.mark.parametrize(("subject", "body"), NOT_A_JOB)
def test_a_course_or_a_grant_refused_is_not_a_job(subject: str, body: str) -> None:
    assert kind(subject, body, "Secretaría <secretaria@uni.example.org>") == "other"


def test_a_scrum_master_role_refused_is_still_a_job() -> None:
    assert kind("Your application - Scrum Master",
                "Hi Alex,\n\nThank you for interviewing for the Scrum Master role. We have decided "
                "to move forward with another candidate for this position.\n\nBest,\nPriya") \
        == "rejection"


def test_an_idiom_of_a_gate_is_no_flight() -> None:
    assert kind("Area Manager – Club Operations",
                "Alex,\n\nThanks for coming in on Friday. We've decided to go another way for the "
                "Area Manager – Club Operations role: we need someone with membership sales "
                "experience right out of the gate.\n\nBest,\nCurtis", "Curtis <c@club.example.com>") \
        == "rejection"


def test_a_flight_is_still_a_flight() -> None:
    assert kind("Your flight AB123 has been cancelled",
                "Dear Alex,\n\nUnfortunately your flight AB123 to Lisbon has been cancelled. Please "
                "see the departures board; there is a gate change for the rebooked flight.\n\n"
                "Customer Care", "Air Example <care@air.example.com>") == "other"


def test_a_title_with_a_dash_before_role_names_a_job() -> None:
    from ajar.formats.triage import _JOB_NAMED
    assert _JOB_NAMED.search("for the area manager – club operations role")
    assert _JOB_NAMED.search("the manager, club operations role")


SLOTS_OFFERED = [
    ("Final round - Strategic Account Manager",
     "Hi Alex,\n\nGood news: the team would like you to come to the final round at our office. "
     "Could you let me know which of these slots works: Wed 7 Oct at 10:00, Thu 8 Oct at 14:00 or "
     "Fri 9 Oct at 09:30?\n\nBest,\nEwa\nSenior Recruiter"),
    ("Cambio de fecha - entrevista Analista",
     "Hola Alex,\n\nTengo que cambiar la fecha de la entrevista con el responsable del área. Te "
     "propongo el jueves 19 a las 9:30 o a las 16:00, en la oficina o por Teams.\n\nUn saludo,\n"
     "Marina\nTalent Acquisition"),
    ("Gesprächstermin - Junior Controller",
     "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Junior Controller. Für das Vorstellungsgespräch "
     "hätten wir Dienstag um 10.30 oder Mittwoch um 15.00 frei.\n\nViele Grüße\nJana"),
]


@pytest.mark.parametrize(("subject", "body"), SLOTS_OFFERED)
def test_slots_offered_for_a_step_are_an_interview(subject: str, body: str) -> None:
    assert kind(subject, body) == "interview"


def test_one_time_or_a_range_offers_no_slots() -> None:
    from ajar.formats.triage import _SLOTS as slots
    assert slots.search("wed at 10:00, thu at 14:00")
    assert not slots.search("the webinar runs 10:00-11:00 cet, from 10:00 to 11:00")
    assert not slots.search("your interview on tuesday at 10:00 went well")


def test_times_outside_a_job_stay_other() -> None:
    assert kind("Your appointment", "Dear Alex,\n\nYour dental check-up can be at 09:30 or at 14:15 "
                "on Monday. Reply to confirm.\n\nReception", "Clinic <desk@clinic.example.com>") \
        == "other"


def test_a_no_after_an_interview_with_times_is_still_a_rejection() -> None:
    assert kind("Your interview for Data Analyst",
                "Hi Alex,\n\nThank you for the interviews on Tuesday at 10:00 and at 14:00. "
                "Unfortunately we have decided not to move forward with your application for the "
                "Data Analyst position.\n\nBest,\nSam") == "rejection"


UNFINISHED_APPLICATIONS = [
    ("Action needed: your application is incomplete",
     "Hi Alex,\n\nYou started an application for Payroll Specialist at Brindle Foods but it isn't "
     "complete yet. Complete your application before the posting closes on 3 March.\n\nTalent "
     "Team"),
    ("Finish your application",
     "Dear Alex,\n\nWe noticed you began your application for Store Manager and did not submit it. "
     "To finish your application, sign in and pick up where you left off.\n\nCareers"),
    ("Tu inscripción no está completa",
     "Hola Alex,\n\nEmpezaste a inscribirte en la oferta de Técnico de Nóminas pero no terminaste, y tu "
     "candidatura no llegará a la empresa. "
     "Completar inscripción: https://empleo.example.com/pendientes\n\nEl equipo"),
    ("Twoja aplikacja nie została wysłana",
     "Cześć Alex,\n\nzacząłeś aplikować na ofertę Księgowy, ale aplikacja nie została jeszcze "
     "wysłana do pracodawcy. Dokończ aplikację, zanim oferta wygaśnie.\n\nZespół"),
    ("Ihre Bewerbung ist noch unvollständig",
     "Hallo Alex,\n\nIhre Bewerbung als Buchhalter ist noch unvollständig. Bitte schließen Sie Ihre "
     "Bewerbung ab, damit wir sie prüfen können.\n\nIhr Recruiting-Team"),
]


@pytest.mark.parametrize(("subject", "body"), UNFINISHED_APPLICATIONS)
def test_an_unfinished_application_is_an_acknowledgement(subject: str, body: str) -> None:
    assert kind(subject, body) == "acknowledgement"


def test_a_no_for_an_incomplete_file_is_still_a_rejection() -> None:
    assert kind("Your application for Payroll Specialist",
                "Dear Alex,\n\nWe regret to inform you that your application for the Payroll "
                "Specialist position was incomplete and has not been progressed. We have decided to "
                "move forward with other candidates.\n\nTalent Team") == "rejection"


OFFER_TERMS = [
    ("Ons aanbod: Marketeer",
     "Hoi Alex,\n\nZoals besproken na het laatste gesprek, hierbij ons aanbod voor de functie:\n\n"
     "Functie: Marketeer\nStart: 1 maart\nSalaris: € 3.900 bruto per maand\nContract: een jaar\n\n"
     "Laat je vóór vrijdag weten of je akkoord gaat?\n\nGroet,\nWendy"),
    ("Proposta - Analista Financeiro",
     "Olá Alex,\n\nConforme conversamos depois da entrevista, segue a proposta para a vaga:\n\n"
     "- Salário: R$ 9.000,00\n- Início previsto: 02/03\n- Modalidade: CLT\n\nPreciso que você "
     "confirme o aceite até sexta.\n\nAbraço,\nDiego"),
]


@pytest.mark.parametrize(("subject", "body"), OFFER_TERMS)
def test_an_offers_terms_line_by_line_are_an_offer(subject: str, body: str) -> None:
    assert kind(subject, body) == "offer"


def test_one_salary_line_in_an_alert_is_no_offer() -> None:
    assert kind("New jobs for you",
                "Hi Alex,\n\nNew job: Finance Analyst at Brindle Foods\nSalary: £38,000\n"
                "Location: Leeds\n\nApply now or view similar jobs.\n\nJobBoard",
                "JobBoard <alerts@jobs.example.com>") != "offer"


def test_a_call_moved_with_a_new_time_is_an_interview() -> None:
    assert kind("Change of time - our call on Thursday",
                "Good afternoon Alex,\n\nUnfortunately I have to move our call on Thursday about "
                "the Protection Engineer role: our MD has called a site meeting. Could we do Friday "
                "10am or Monday 2pm instead? Same video link.\n\nRegards,\nNgozi\nHR Business "
                "Partner") == "interview"


def test_a_call_moved_about_a_purchase_stays_other() -> None:
    assert kind("Our call tomorrow",
                "Hi Alex,\n\nI have to move our call tomorrow about your broadband contract renewal. "
                "Could we do Thursday at 15:00 instead?\n\nThanks,\nSam\nAccount Manager",
                "Sam <sam@isp.example.com>") == "other"


MORE_NOS = [
    ("Unser Vertragsangebot",
     "Sehr geehrte Frau Morgan,\n\nwegen eines Einstellungsstopps müssen wir unser Vertragsangebot "
     "vom 02.02.2027 für die Stelle als Controllerin leider zurückziehen.\n\nMit freundlichen "
     "Grüßen\nJ. Weber"),
    ("Ihre Bewerbung als Buchhalter",
     "Sehr geehrte Frau Morgan,\n\ndanke für das Telefoninterview. Da die Stelle viel Reisetätigkeit "
     "verlangt, sehen wir leider keine Grundlage für die nächste Gesprächsrunde.\n\nMit "
     "freundlichen Grüßen\nPersonalabteilung"),
    ("Le poste d'Ops Manager",
     "Salut Alex,\n\nMerci pour la journée d'hier. Par contre on part sur quelqu'un d'autre pour le "
     "poste d'Ops Manager, dispo plus vite.\n\nBastien"),
    ("ta candidature",
     "Coucou Alex,\n\nJ'ai des nouvelles de la RH après ton entretien : ils ne vont pas plus loin "
     "pour le poste, ils veulent quelqu'un qui parle néerlandais.\n\nLéa"),
    ("您投递的职位有新进展",
     "尊敬的 Alex Morgan：\n\n您投递的职位有了新的反馈。\n\n职位：交互设计师\n处理结果：不合适\n\n"
     "企业招聘方已查看了您的简历，经评估认为您与该职位暂不匹配。"),
    ("你有一条新消息",
     "你有 1 条来自 招聘者 的未读消息：\n\n“你好，看了你的作品集。不过不好意思，设计师这个岗位上周"
     "已经招到人了。”\n\n沟通职位：产品设计师"),
    ("Winter Clerkship - application outcome",
     "Hi Alex,\n\nThank you for applying for our Winter Clerkship. Unfortunately we will not be "
     "progressing your application this year. Keep an eye on our Graduate Program, which opens "
     "in March.\n\nEarly Careers"),
]


@pytest.mark.parametrize(("subject", "body"), MORE_NOS)
def test_more_ways_to_say_no_are_rejections(subject: str, body: str) -> None:
    assert kind(subject, body) == "rejection"


def test_a_graduate_program_at_a_university_is_still_no_job() -> None:
    assert kind("Your application to the Graduate Program in Economics",
                "Dear Alex,\n\nThe admissions committee has reviewed your file. Unfortunately we are "
                "unable to offer you a place in the Graduate Program in Economics this year.\n\n"
                "Graduate School", "Admissions <admissions@uni.example.edu>") == "other"


def test_a_flat_refused_is_still_no_job() -> None:
    assert kind("Your tenancy application",
                "Dear Alex,\n\nUnfortunately the landlord has chosen another applicant for the "
                "tenancy at 12 Rose Street.\n\nLetting team", "Lets <lets@homes.example.com>") == "other"


CHINESE_STEPS = [
    ("设计作业", "Hi Alex，\n\n感谢你参加上周 UI设计师 岗位的电话沟通，我们这边希望进入下一步：请你完成一份设计作业，周五前提交。\n\n飞鱼科技 设计团队"),
    ("面試時間調整", "Alex 您好：\n\n原定週三下午的 UI 設計師面試，因面試主管當天需出差，想跟您調整為週五上午十點，"
     "造成不便，非常抱歉！\n\n蘭亭數位 人資部"),
]


@pytest.mark.parametrize(("subject", "body"), CHINESE_STEPS)
def test_a_chinese_next_step_or_moved_interview_is_an_interview(subject: str, body: str) -> None:
    assert kind(subject, body) == "interview"


def test_a_chinese_no_to_the_next_round_is_a_rejection() -> None:
    assert kind("面试结果通知", "Alex 你好：\n\n感谢你参加交互设计师岗位的面试。很遗憾，你未能进入下一轮面试。\n\n"
                "拾光优选招聘团队") == "rejection"


def _relay(inner_subject: str, body: str) -> bytes:
    return ("From: Yazan Khoury <yazan@mobile.example.com>\nTo: Alex Morgan <alex.morgan@example.net>\n"
            f"Subject: Fw: {inner_subject}\nDate: Mon, 21 Jun 2027 18:12:00 +0100\n"
            "Message-ID: <r@example.com>\nContent-Type: text/plain; charset=utf-8\n\n"
            "Sorry mate, this is what the finance manager said about the referral.\n\n"
            "-----Original Message-----\nFrom: Samer <samer@mobile.example.com>\n"
            f"To: Yazan Khoury <yazan@mobile.example.com>\nSubject: RE: {inner_subject}\n\n{body}\n").encode()


def test_a_referrers_forward_whose_subject_names_the_reader_is_the_readers() -> None:
    raw = _relay("Referral Alex Morgan - AP Accountant",
                 "Thanks for the referral. I spoke with the candidate on Thursday, but we will not "
                 "be able to proceed with the candidate for the AP Accountant position.")
    assert classify_raw(raw)[1].kind == "rejection"


def test_a_friends_own_no_forwarded_stays_theirs() -> None:
    raw = _relay("Your application - AP Accountant",
                 "Dear Yazan, unfortunately we will not be moving forward with your application for "
                 "the AP Accountant position.")
    assert classify_raw(raw)[1].kind == "other"
