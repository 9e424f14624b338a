"""The bench compares fields as a user judges them: a legal form, anywhere in the world,
is not a different company (bench/triage.py's same_value)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "triage.py"


@pytest.fixture(scope="module")
def same_value():
    spec = importlib.util.spec_from_file_location("bench_triage_compare", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.same_value


@pytest.mark.parametrize(("found", "label"), [
    ("Harbour Freight Sdn Bhd", "Harbour Freight"),
    ("PT Sinar Rasa Logistik", "Sinar Rasa Logistik"),
    ("Kopi Rasa Tbk", "PT Kopi Rasa Tbk"),
    ("Orlík Studio s.r.o.", "Orlík Studio"),
    ("Wisła Media Sp. z o.o.", "Wisła Media"),
    ("Grupo Cerro Azul S.A. de C.V.", "Grupo Cerro Azul"),
    ("Laticínios Serra Ltda", "Laticínios Serra"),
    ("Duna Post Kft.", "Duna Post"),
    ("青山不動産株式会社", "青山不動産"),
    ("Nordlys Farmasi ASA", "Nordlys Farmasi"),
])
def test_a_legal_form_is_the_same_company(same_value, found, label):
    assert same_value("company", found, label)


@pytest.mark.parametrize(("found", "label"), [
    ("Harbour Freight", "Harbour Freight Logistics"),
    ("Harbour Freight Asia", "Harbour Freight"),
    ("Asa Farmasi", "Farmasi"),  # a leading word, not a form at the end
])
def test_every_other_word_counts(same_value, found, label):
    assert not same_value("company", found, label)
