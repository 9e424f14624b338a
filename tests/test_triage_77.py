"""Seventy-seventh pass, read end to end from letters written for these tests (not the corpus's).

Opening fresh336-340 (Sardinia, the Highlands, Andalusia, Hokkaido, the Bolivian altiplano)
taught the field readers a Japanese prefecture's shared domain label and its experiment station,
a signer with no sign-off over a confidentiality notice, and reasons in Spanish, Italian and
Russian.
"""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind

EMPLOYER = "Talent <jobs@employer.example.com>"


# ---------------------------------------------------------------- companies

def test_a_prefectures_shared_domain_label_is_no_employer() -> None:
    body = ("アレックス・モーガン 様\n\n令和8年度 研究職員採用選考の結果、あなたは不合格となりましたので"
            "通知します。\n\n十勝畜産試験場 総務課 人事係")
    got = draft("十勝畜産試験場 総務課 <jinji@tokachi-chikusan.pref.example.org>",
                "研究職員採用選考 第1次選考結果について（通知）", body)
    assert got.company == "十勝畜産試験場"


def test_a_signer_with_no_sign_off_over_a_confidentiality_notice_is_read() -> None:
    body = ("Ciao Alex,\n\nho sentito il cliente: per l'incarico di Project Engineer cercano "
            "qualcuno con più esperienza sui cantieri navali, quindi non andremo avanti con la "
            "candidatura.\n\nA si biri e in bocca al lupo per tutto quanto,\n\nMarta Pinna\n"
            "Senior Consultant – Engineering\nGiara Talent S.r.l. | Via Dante 12, 09127 Cagliari\n"
            "M +39 333 000 0000\n\nLe informazioni contenute in questo messaggio sono riservate e "
            "destinate esclusivamente al destinatario. Se avete ricevuto questa e-mail per errore, "
            "vi preghiamo di cancellarla.")
    got = draft("Marta Pinna <m.pinna@giaratalent.example.com>", "Aggiornamento – Project Engineer",
                body)
    assert got.company == "Giara Talent"


# ---------------------------------------------------------------- reasons

@pytest.mark.parametrize(("body", "reason"), [
    ("Estimado Alex:\n\nLe agradecemos su postulación. Lamentablemente la cooperativa no está en "
     "condiciones de pagar el haber mensual que usted solicitó, así que no seguiremos adelante.\n\n"
     "Atentamente", "no está en condiciones de pagar"),
    ("Hola Alex!\n\nLo del puesto de carretillero al final na, han cogido a un chico q ya estaba "
     "con ellos por ETT desde el verano. Lo siento!!\n\nUn saludo", "han cogido a un chico"),
    ("Ciao Alex,\n\ngrazie per la candidatura. Per la stagione estiva abbiamo già completato lo "
     "staff, quindi non possiamo offrirti un posto.\n\nUn saluto", "già completato lo staff"),
    ("Gentile candidata,\n\nsi comunica che, essendo il posto messo a selezione uno solo, la S.V. "
     "risulta idonea non vincitrice della selezione.\n\nDistinti saluti",
     "idonea non vincitrice"),
    ("Здравствуйте, Алекс!\n\nНам было очень интересно узнать о вашем опыте работы с "
     "поставщиками. К сожалению, мы приняли решение не продолжать с вами процесс отбора. "
     "Основная причина — нам нужен сотрудник, который сможет постоянно находиться в Магадане."
     "\n\nС уважением", "нам нужен сотрудник"),
])
def test_the_reason_is_read(body: str, reason: str) -> None:
    got = draft(EMPLOYER, "Your application", body)
    assert got.reason is not None and reason in got.reason


def test_a_note_on_asking_for_the_scores_is_no_reason() -> None:
    body = ("アレックス・モーガン 様\n\n選考の結果、あなたは不合格となりましたので通知します。\n\n"
            "得点等の開示を希望される方は、個人情報保護条例に基づく開示請求の手続により請求することが"
            "できます。\n\n総務課")
    got = draft(EMPLOYER, "選考結果について（通知）", body)
    assert got.reason is None or "開示" not in got.reason
