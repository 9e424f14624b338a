"""Fortieth pass, read end to end from letters written for these tests (not the corpus's):
an agency's no that names its client only in the quoted thread below it, and a reply's
quoted history under a mail program's "Original Message" line in the reader's language."""

from __future__ import annotations

import pytest

from ajar.formats.mail import thread_history, top_of_thread
from helpers import letter_draft as draft


# ------------------------------------------------------------------ the client in the thread

@pytest.mark.parametrize(("sender", "subject", "body", "client"), [
    ("Maeve Doyle <maeve@brightpath-talent.example.com>", "Re: Platform Engineer - any news?",
     "Hi Alex,\n\nSorry for the wait. I finally heard back from their side this morning: they "
     "have decided to go with someone who has run Kubernetes at a larger scale, so they won't "
     "take your application further.\n\nI'll keep you in mind for the next one.\n\nMaeve Doyle\n"
     "Senior Consultant | Brightpath Talent\n\n"
     "On Mon, 3 Nov 2025 at 09:12, Alex Morgan <alex.morgan@example.net> wrote:\n"
     "> Hi Maeve, any update on the Platform Engineer role at Corvid Analytics after\n"
     "> Thursday's panel? Thanks, Alex\n", "Corvid Analytics"),
    ("Jonas Weber <j.weber@hanse-personal.example.com>", "AW: Backend-Entwickler (Go)",
     "Hallo Alex,\n\nleider hat sich unser Kunde nach dem zweiten Gespräch für einen anderen "
     "Kandidaten entschieden, der mehr Erfahrung mit Zahlungssystemen mitbringt.\n\nViele Grüße"
     "\nJonas Weber\nHanse Personal\n\n-----Ursprüngliche Nachricht-----\nVon: Jonas Weber\n"
     "Gesendet: Dienstag, 4. November 2025 10:02\nBetreff: Backend-Entwickler (Go)\n\n"
     "Hallo Alex,\n\ndas zweite Gespräch bei der Nordwerk Systems GmbH ist bestätigt: "
     "Donnerstag, 14 Uhr.\n", "Nordwerk Systems"),
    ("陈悦 <chen.yue@qihang-hunter.example.com>", "回复：数据平台工程师机会",
     "Alex 你好，\n\n客户那边给了反馈，用人部门决定不再推进了，主要是希望候选人有更多实时计算的经验。\n\n"
     "陈悦\n启航猎头\n\n---- 原始邮件 ----\n发件人：陈悦\n主题：数据平台工程师机会\n\n"
     "Alex 你好，\n\n云杉数据「数据平台工程师」的一面时间定在周三下午三点。\n", "云杉数据"),
])
def test_an_agency_s_client_named_only_in_the_thread_is_the_employer(sender, subject, body,
                                                                     client):
    assert draft(sender, subject, body).company == client


def test_an_employer_s_own_no_keeps_its_name_above_a_thread_naming_another_firm():
    letter = draft("Priya Nair <priya.nair@larchwood.example.com>", "Re: Site Reliability Engineer",
                   "Hi Alex,\n\nThank you for following up. We have decided not to move forward "
                   "with your application for the SRE role.\n\nBest,\nPriya Nair\nTalent Partner,"
                   " Larchwood Bank\n\nOn Tue, 4 Nov 2025 at 18:40, Alex Morgan "
                   "<alex.morgan@example.net> wrote:\n> Hi Priya, I also have a final interview "
                   "with Corvid Analytics next week,\n> so I wanted to check in on timing.\n")
    assert letter.company == "Larchwood Bank"


def test_an_agency_s_thread_that_names_no_job_at_a_firm_leaves_the_agency():
    letter = draft("Maeve Doyle <maeve@brightpath-talent.example.com>", "Re: catching up",
                   "Hi Alex,\n\nI'm sorry, the client has decided not to progress your "
                   "application.\n\nMaeve Doyle\nBrightpath Talent\n\n"
                   "On Mon, 3 Nov 2025 at 09:12, Alex Morgan <alex.morgan@example.net> wrote:\n"
                   "> Hi Maeve, I saw Corvid Analytics in the news today. Any update?\n")
    assert letter.company == "Brightpath Talent"


# ------------------------------------------------------------------ the quoted history

@pytest.mark.parametrize("head", [
    "-----Eredeti üzenet-----", "-----Ursprüngliche Nachricht-----", "---- 原始邮件 ----",
    "-----Původní zpráva-----", "-----Message d'origine-----", "-----Mensaje original-----",
    "El lun, 3 nov 2025 a las 10:02, Ana Ruiz (<ana@example.com>) escribió:",
    "Op ma 3 nov. 2025 om 10:02 schreef Eva de Vries <eva@example.com>:",
    "W dniu 3.11.2025 o 10:02 Anna Nowak <anna@example.com> napisał(a):",
])
def test_a_reply_s_history_under_a_local_header_is_left_out_of_the_newest_message(head):
    text = f"Sorry, we went with someone else.\n\n{head}\nWe'd like to invite you to interview.\n"
    assert top_of_thread(text).strip() == "Sorry, we went with someone else."
    assert thread_history(text).strip() == "We'd like to invite you to interview."


def test_a_line_that_only_mentions_an_original_message_is_kept():
    text = "Please find the original message attached.\nThanks"
    assert top_of_thread(text) == text
    assert thread_history(text) == ""
