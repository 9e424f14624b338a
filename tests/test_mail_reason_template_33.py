"""Thirty-third pass (reason): lines of the template give no reason
(``mail_reason_stock.template_line``): a form of three or more labelled fields, an
accommodation or equal-opportunity statement, a board's "Tip:", a note that no signature is
needed, the Hungarian "you got this letter because"; a reason after two labels, or in a
pasted chat, still stands."""

from __future__ import annotations

import pytest

from ajar.formats.mail_reason import reason_from_text


@pytest.mark.parametrize("text", [
    "Dear Candidate,\n\nRegistration No.: PX-771 Name: ALEX MORGAN Trade: Fitter.\n\nYou have "
    "not been selected.",
    "Unfortunately we will not proceed. Harbour Bank is committed to providing accommodations "
    "for people with disabilities throughout the recruitment process.",
    "Your application was not successful.\n\nTip: candidates who add a photo are viewed more "
    "often because recruiters notice them.",
    "Permohonan anda tidak berjaya. Ini adalah cetakan komputer, tandatangan tidak diperlukan.",
    "Sajnos nem választottunk ki. Ezt a levelet azért kaptad, mert jelentkeztél egy hirdetésre.",
])
def test_a_template_line_is_no_reason(text: str) -> None:
    assert reason_from_text(text) is None


@pytest.mark.parametrize(("text", "reason"), [
    ("Processus : 26-ABC-01 ; Résultat : vous n'avez pas obtenu la note de passage pour la "
     "qualification C3.", "note de passage"),
    ("[14:12] Priya: sorry Alex\n[14:13] Priya: they need someone who has done SAP "
     "migrations because the go-live is in March", "SAP migrations"),
])
def test_a_reason_after_labels_or_in_a_chat_stands(text: str, reason: str) -> None:
    assert reason in (reason_from_text(text) or "")


@pytest.mark.parametrize("text", [
    "We will not proceed.\n\nTalent Acquisition\nKestrel Life Assurance Limited\nAn authorised "
    "financial services provider because we are licensed.",
    "Permohonan anda tidak berjaya.\n\nPENAFIAN: E-mel ini dan sebarang lampiran adalah sulit "
    "kerana mengandungi maklumat peribadi.",
    "Nažalost, niste odabrani. Uz Vašu privolu, Vaše podatke zadržat ćemo u našoj bazi "
    "talenata jer se mogu otvoriti nove pozicije.",
    "아쉽게도 불합격입니다. 지원자분의 역량이 부족해서가 아니라 한정된 인원만 선발해야 하는 사정 때문입니다.",
    " 기업명  (주)다온소재\n 공고명  품질관리 채용\n 지원일  2026.01.10\n 결과  서류전형 불합격 때문에",
])
def test_a_footer_a_talent_pool_or_a_consolation_is_no_reason(text: str) -> None:
    assert reason_from_text(text) is None
