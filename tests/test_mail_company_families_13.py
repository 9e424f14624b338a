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
