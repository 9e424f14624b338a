"""Thirty-third pass (role): what a subject or a letter writes around a title leaves
(``mail_title_central.without_post_word``): a post word in Afrikaans or Russian before it,
"Recruitment of", the process's words after it, a bracket a subject left open, and a German
gender ending; a title that ends in a word like "Process" keeps it."""

from __future__ import annotations

import pytest

from ajar.formats.mail_title_central import without_post_word


@pytest.mark.parametrize(("role", "title"), [
    ("Pos van Senior Ontleder", "Senior Ontleder"),
    ("Вакансия Customer Success Manager", "Customer Success Manager"),
    ("Recruitment of Management Trainee (Civil) through GATE 2027", "Management Trainee (Civil)"),
    ("Data Intern (take-home)", "Data Intern"),
    ("Shift Lead (feedback)", "Shift Lead"),
    ("Associate, Corporate Finance interviews", "Associate, Corporate Finance"),
    ("Graduate Engineer Trainee (with stipend", "Graduate Engineer Trainee"),
    ("Wissenschaftliche/r Mitarbeiter/in Stadtplanung", "Wissenschaftlicher Mitarbeiter Stadtplanung"),
    ("Lokführer*in Güterverkehr", "Lokführer Güterverkehr"),
    ("Ingénieur Process", "Ingénieur Process"),
    ("Process Engineer", "Process Engineer"),
    ("Quality Engineer (Customer Quality)", "Quality Engineer (Customer Quality)"),
])
def test_what_surrounds_a_title_leaves(role: str, title: str) -> None:
    assert without_post_word(role) == title


@pytest.mark.parametrize(("role", "title"), [
    ("Позицията Key Account Manager", "Key Account Manager"),
    ("Pozitia Customer Care Team Leader", "Customer Care Team Leader"),
    ("Stanowisko Specjalista ds. Klienta", "Specjalista ds. Klienta"),
    ("Incorporación como Consultor BI", "Consultor BI"),
    ("Procés Analista de dades", "Analista de dades"),
    ("עדכון לגבי משרת Hardware Team Lead", "Hardware Team Lead"),
    ("Customer Success Manager NL, decyzja", "Customer Success Manager NL"),
    ("Process Engineer", "Process Engineer"),
])
def test_a_post_word_or_a_decision_word_abroad_leaves(role: str, title: str) -> None:
    assert without_post_word(role) == title
