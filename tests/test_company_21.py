"""Company families of the twenty-first pass (issue 11).

(a) A signature line that writes out the sender's domain is the organisation, whatever the
writer's title above it reads in any language ("Orchesterdirektorin" over "Städtische
Kammeroper Lindenau" from kammeroper-lindenau), or spells it by its initials in sentence case
("Conseil des ports atlantiques" from cpa-like domains); a kind word signed after the sender's
short name ("... Probation Service"), and a panel's post ("Presidente da Comissão
Julgadora") is no employer. (b) A subject's phrase the letter only writes as the job ("the
Part-Time Cello Faculty position", "die Stelle Tutti-Horn") is no employer. (c) An office's city after a possessive ("X's Nairobi office"), a domain's
words in the full name's order ("harrowfield-nhs"), a selection body written as one German
word ("Berufungskommission"). (d) An agency's client named by kind ("the role at the
Northern Fisheries Council") or by "X came back"; an Indonesian or Malay team sign-off
("Tim People X"); a job board's "Perusahaan:" card; a company in Chinese or Japanese script
by its legal form.

Every case is written anew (invented names, reserved example domains).
"""

from __future__ import annotations

import pytest

from ajar.formats.company_imprint import script_company
from ajar.formats.mail_company import same_company, spells_domain
from ajar.formats.mail_signature import read_signature
from test_mail_fields_families import draft

NO = "Unfortunately, we have decided not to move forward with your application."

# ------------------------------------------------------------------ (a) the domain's line

DOMAIN_LINE = [
    ("Greta Vollmer <g.vollmer@kammeroper-lindenau.example>", "Probespiel Horn",
     "Liebe Frau Morgan,\n\nleider können wir Sie nicht in die zweite Runde einladen.\n\n"
     "Herzliche Grüße\n\nGreta Vollmer\nOrchesterdirektorin\nStädtische Kammeroper Lindenau\n"
     "Tel. +49 5555 0100", "Städtische Kammeroper Lindenau"),
    ("Pieter Jacobs <pjacobs@groenehaven.example.org>", "Uitslag van onderhoud",
     "Geagte Alex\n\nOngelukkig moet ons u meedeel dat u nie aangestel is nie.\n\n"
     "Vriendelike groete\n\nPieter Jacobs\nToesighouer\nStigting Groene Haven\n"
     "Tel: 021 555 0100", "Stigting Groene Haven"),
    ("Anna Lind <anna.lind@norrby.musikskola.example>", "Tjänsten som pianolärare",
     "Hej Alex,\n\ntjänsten går tyvärr till en annan sökande.\n\nHälsningar\nAnna Lind\n"
     "Rektor, Norrby musikskola\n070-555 00 11", "Norrby musikskola"),
    ("Marc Dubois <m.dubois@cpfa.example.org>", "Votre candidature",
     "Madame, Monsieur,\n\nnous regrettons de ne pouvoir retenir votre candidature.\n\n"
     "Cordialement,\n\nMarc Dubois\nChef de la Section linguistique\n"
     "Conseil des ports fluviaux atlantiques\nQuai des Chartrons 12, 33000 Bordeaux",
     "Conseil des ports fluviaux atlantiques"),
    ("Eastholm Probation Recruitment <no-reply@eastholm-probation.example.org>",
     "Probation Officer - outcome",
     f"Dear Alex,\n\n{NO}\n\nYours sincerely,\n\nRecruitment Hub\nEastholm Probation Service",
     "Eastholm Probation Service"),
    ("Rui Almeida <rui.almeida@ceagro.example.org>", "Resultado da seleção",
     "Prezado(a) Alex,\n\ninformo que o seu nome não consta entre os aprovados.\n\n"
     "Cordialmente,\n\nDr. Rui Almeida\nPesquisador Sênior\nPresidente da Comissão Julgadora\n"
     "Centro de Estudos Agrários do Oeste\nCuritiba - PR", "Centro de Estudos Agrários do Oeste"),
]

# near misses: the signer's own name, a state-wide service, a legal form, "For X" signing
DOMAIN_LINE_KEPT = [
    ("Jana Holm <jana@janaholm.example>", "Your application",
     f"Hi Alex,\n\n{NO}\n\nBest,\nDr Jana Holm\nJana Holm Studio", "Jana Holm Studio"),
    ("Ravenshaw Bank <careers@ravenshaw-bank.example>", "Your application - Analyst",
     f"Dear Alex,\n\nThank you for applying to Ravenshaw Bank. {NO}\n\nKind regards,\n"
     "Talent Team\nRavenshaw Bank & Cie SA", "Ravenshaw Bank"),
    ("Recruitment Cell <hr@tarangini-infra.example.in>", "Your application",
     f"Dear Alex,\n\n{NO}\n\nYours faithfully,\n\nFor Tarangini Infrastructure\n"
     "(Authorised Signatory)", "Tarangini Infrastructure"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"),
                         DOMAIN_LINE + DOMAIN_LINE_KEPT)
def test_a_signature_line_that_writes_out_the_domain_is_the_organisation(
        sender: str, subject: str, body: str, company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_a_domain_is_spelled_by_initials_in_any_case() -> None:
    assert spells_domain("Conseil des ports fluviaux atlantiques", "Cpfa")
    assert spells_domain("Central Baltic Maritime Office", "cbmo")
    assert not spells_domain("Central Baltic Maritime Office", "cbm")
    assert not spells_domain("Acme", "a")
    assert same_company("cpfa", "Conseil des ports fluviaux atlantiques")


# ------------------------------------------------------------------ (b) the job, not the employer

WRITTEN_AS_JOB = [
    ("Helen Marsh <hmarsh@brookvalemusic.example>", "Part-Time Cello Faculty - an update",
     "Dear Alex,\n\nI have to withdraw the offer of the Part-Time Cello Faculty position, as "
     "enrolment fell short.\n\nWith apologies,\n\nHelen Marsh\nDirector\n"
     "Brookvale Community Music School", "Brookvale Community Music School"),
    ("Orchesterbüro Landesorchester Tannau <buero@landesorchester-tannau.example>",
     "Ihre Bewerbung: Tutti-Horn",
     "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung um die Stelle Tutti-Horn. "
     "Leider können wir Sie nicht einladen.\n\nMit freundlichen Grüßen\n\nOrchesterbüro\n"
     "Sinfonisches Landesorchester Tannau", "Sinfonisches Landesorchester Tannau"),
]

# near misses: the employer after the title's dash, also written in a sentence of its own; a
# ward after the title (read as the role's unit already)
WRITTEN_AS_JOB_KEPT = [
    ("Nomsa Dube <hr@kloofcare.example.org>", "Application: Care Assistant - Dementia Unit",
     "Dear Alex\n\nThank you for applying for the post of Care Assistant: Dementia Unit. "
     "The post has been filled internally.\n\nKind regards\nNomsa Dube\nHR Officer\n"
     "Kloof Valley Care Society", "Kloof Valley Care Society"),
    ("Sam Reid <sam@example.com>", "Data Analyst - Tidewell Foods",
     "Hi Alex,\n\nthanks for your time on the Data Analyst role. Tidewell Foods have decided "
     "to go with another candidate.\n\nSam", "Tidewell Foods"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"),
                         WRITTEN_AS_JOB + WRITTEN_AS_JOB_KEPT)
def test_a_subject_phrase_written_only_as_the_job_is_no_employer(
        sender: str, subject: str, body: str, company: str) -> None:
    assert draft(sender, subject, body).company == company


# ------------------------------------------------------------------ (c) the whole organisation

WHOLE = [
    ("Amina Wanjiru <amina@bluerift.example>", "Programme Officer - outcome",
     "Dear Alex,\n\nThank you for interviewing for the Programme Officer position at Blue Rift "
     "Water Alliance's Nairobi office. We will not be offering you the position.\n\n"
     "With best wishes,\nAmina Wanjiru\nOperations Manager\n"
     "Blue Rift Water Alliance - Kenya Country Office", "Blue Rift Water Alliance"),
    ("NHS Recruitment <no-reply@harrowfield-nhs.example.org>", "Application update: Staff Nurse",
     f"Dear Alex,\n\n{NO}\n\nHarrowfield Health and Care NHS Trust",
     "Harrowfield Health and Care NHS Trust"),
    ("Alex Morgan <alex.morgan@example.net>", "Fwd: Berufungsverfahren Professur",
     "---------- Forwarded message ---------\n"
     "From: Karl Berger <k.berger@kunstuni-seewald.example>\n"
     "Date: Mon, 22 Nov 2027 10:05:00 +0100\nSubject: Berufungsverfahren Professur\n"
     "To: Alex Morgan <alex.morgan@example.net>\n\n"
     "Sehr geehrte Frau Morgan,\n\nim Namen der Berufungskommission danke ich Ihnen für Ihre "
     "Bewerbung an der Kunstuniversität Seewald. Die Kommission hat sich für eine andere "
     "Kandidatin entschieden.\n\nMit besten Grüßen\n\nProf. Karl Berger\n"
     "Vorsitzender der Berufungskommission", "Kunstuniversität Seewald"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"), WHOLE)
def test_the_organisation_is_read_whole(sender: str, subject: str, body: str,
                                        company: str) -> None:
    assert draft(sender, subject, body).company == company


# ------------------------------------------------------------------ (d) clients, boards, scripts

RELAYED = [
    ("Ewan Doyle <ewan.doyle@harbourline-recruit.example.com>", "Policy Officer - update",
     "Hi Alex,\n\nQuick update on the Policy Officer role at the Northern Fisheries Council in "
     "Aberdeen. Sadly it's a no from them at this stage.\n\nSpeak soon,\nEwan\n\nEwan Doyle\n"
     "Senior Consultant\nHarbourline Language Recruitment", "Northern Fisheries Council"),
    ("Kerry Shaw <kerry@fenbridge-recruit.example.com>", "Eastvale - locum",
     "Hi Alex,\n\nEastvale District Council came back this morning on the Locum Planner role. "
     "They've gone with someone who can start sooner.\n\nKerry\n\nKerry Shaw | Consultant\n"
     "Fenbridge Planning Recruitment", "Eastvale District Council"),
    ("Kopi Senja <notifications@teamtailor.com>", "Barista Trainer - hasil",
     f"Hi Alex,\n\n{NO}\n\nSalam hangat,\nTim People Kopi Senja\n\nSent via Teamtailor",
     "Kopi Senja"),
    ("LokerKu <notifikasi@lokerku.example>", "Status lamaran Anda",
     "Halo Alex,\n\nPosisi: Staf Gudang\nPerusahaan: Mitra Baja Gudang\nStatus: Tidak "
     "dilanjutkan\n\nAnda menerima email ini karena melamar melalui LokerKu. Atur notifikasi.",
     "Mitra Baja Gudang"),
]

# near miss: a pronoun that came back is nobody's name
RELAYED_KEPT = [
    ("Lena Fox <lena@carrowrecruit.example.com>", "Your application",
     "Hi Alex,\n\nI put your CV forward to Dunmore Foods last week. They've come back to me "
     "with a no, sadly.\n\nLena\n\nLena Fox\nCarrow Recruitment", "Dunmore Foods"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"), RELAYED + RELAYED_KEPT)
def test_a_client_or_a_boards_employer_is_named(sender: str, subject: str, body: str,
                                                company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_a_company_in_chinese_or_japanese_script() -> None:
    assert script_company("此致\n北京星河翻译有限公司\n人力资源部") == "北京星河翻译"
    assert script_company("株式会社さくら技研") == "さくら技研"
    assert script_company("深圳蓝海科技股份有限公司 人力资源部") == "深圳蓝海科技"
    assert script_company("Thank you, Acme Ltd") is None
    script_company("公司" * 20000 + "有限公司")  # a long run ends quickly (bounded lengths)
    message = draft("深圳蓝海科技股份有限公司 人力资源部 <hr@lanhai-tech.example.com>",
                    "应聘结果通知",
                    "Alex 您好：\n\n很遗憾，本次我们无法与您进一步推进招聘流程。\n\n"
                    "深圳蓝海科技股份有限公司\n人力资源部")
    assert message.company == "深圳蓝海科技"


@pytest.mark.parametrize("text", ["", "\n" * 5000, "Regards,\n" + "A " * 200000,
                                  "Regards,\n" + "(" * 100000])
def test_hostile_signatures_are_handled(text: str) -> None:
    company = draft("X <x@orchester-x.example>", "Your application", text).company
    assert company is None or isinstance(company, str)


def test_a_messengers_handle_is_no_company() -> None:
    signature = read_signature("Dear Alex,\n\nNo.\n\nBest regards,\nMei Lin (林美)\n"
                               "Resources Manager\nXinghe Events Services\n"
                               "Tel: +86 21 5550 0000 | WeChat: meilin_xes", "Mei")
    assert signature.company == "Xinghe Events Services"
