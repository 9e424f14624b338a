"""Eighty-first pass, read end to end from letters written for these tests (not the corpus's).

Opening fresh356-360 (Qinghai and Tibet, southern Laos and Isan, Myanmar and the Thai border,
Eritrea, Tigray and Sudan, Réunion and Mayotte) taught the person reader an Arabic "dear"
("عزيزتي أليكس") that greets the reader, a Tigrinya office signing ("ቤት ጽሕፈት ሰብኣዊ ጸጋ"), a
Burmese honorific ("U Aung Ko Ko") and a Chinese name with the English one used at work ("周婷
Zoe"); the title reader a hotel a recruiter hires for after the title and a Lao branch in
brackets; the employer reader a domain's short name spelled out with its legal form ("quiha-eng",
"Quiha Engineering PLC"), a Burmese clinic and a name in a script filed under the Latin name the
letter gives it in brackets.
"""

from __future__ import annotations

from email.header import Header

import pytest

from helpers import letter_draft as draft

def sender(name: str, address: str) -> str:
    return f"{Header(name, 'utf-8').encode()} <{address}>"


NO = "We have decided to go ahead with another candidate for this position. We wish you well."


# ---------------------------------------------------------------- persons

def test_an_arabic_dear_greets_the_reader_and_names_nobody() -> None:
    body = (f"Dear Alex,\n\n{NO}\n\nعزيزتي أليكس،\n\nنأسف لإبلاغك بأننا اخترنا مرشحاً آخر لهذه الوظيفة.\n\n"
            "Best regards / مع أطيب التحيات،\n\nBlue Nile Logistics Talent Team\n")
    got = draft("Blue Nile Logistics <careers@bluenile-logistics.example.com>", "Your application", body)
    assert got.person is None or got.person.name != "عزيزتي أليكس"


def test_a_tigrinya_office_signing_is_no_person() -> None:
    body = ("ክቡር ኣመልካቲ፣\nንቦታ Store Keeper ዘቕረብኩምዎ መመልከቲ ነመስግን፤ ኣብዚ ግዜ'ዚ ግን ኣይተመረጽኩምን።\n"
            "ቤት ጽሕፈት ሰብኣዊ ጸጋ\n")
    got = draft("Adi Halo Dairy <hr@adihalo-dairy.example.org>", "Store Keeper", body)
    assert got.person is None


def test_a_burmese_honorific_is_no_part_of_the_name() -> None:
    body = (f"Dear Alex,\n\n{NO}\n\nRegards,\nU Thein Zaw Min\nGeneral Manager\n"
            "Golden Delta Trading Co., Ltd.\n")
    got = draft("U Thein Zaw Min <theinzawmin@goldendelta.example.com>", "Sales Executive", body)
    assert got.person is not None and got.person.name == "Thein Zaw Min"


def test_a_chinese_name_with_an_english_work_name_keeps_the_chinese() -> None:
    body = ("Alex 你好，\n\n客户那边最后还是选了一位本地的候选人，这个岗位就先不往下推了，不好意思。\n\n"
            "李娜 Lina\n高级顾问 | 兰州丝路人才服务有限公司\n")
    got = draft(sender("李娜 Lina", "li.na@silkroad-talent.example.com"), "采购主管 岗位进展", body)
    assert got.person is not None and got.person.name == "李娜"


# ---------------------------------------------------------------- titles

def test_the_title_leaves_the_hotel_a_recruiter_hires_for_out() -> None:
    body = ("Bonjour Alex,\n\nJe reviens vers vous suite à votre entretien du 9 janvier avec Mme Hoarau, "
            "directrice de l'hébergement de l'Hôtel Le Corail Blanc.\n\nL'hôtel a apprécié votre aisance, mais "
            "il ne donnera pas suite pour le poste de réceptionniste de nuit. La direction souhaite un profil "
            "parlant couramment allemand.\n\nBien cordialement,\n\nSophie Payet\nConsultante recrutement "
            "Tourisme & Hôtellerie\nCabinet Lagon RH\n3 rue de Paris, 97400 Saint-Denis\n")
    got = draft("Sophie Payet <s.payet@lagon-rh.example.com>",
                "Réceptionniste de nuit – Hôtel Le Corail Blanc (Saint-Gilles)", body)
    assert got.role == "Réceptionniste de nuit"


def test_the_title_leaves_a_lao_branch_in_brackets_out() -> None:
    body = ("ຮຽນ: ທ່ານ Alex Morgan\n\nເລື່ອງ: ແຈ້ງຜົນການຄັດເລືອກ ຕຳແໜ່ງ ເຈົ້າໜ້າທີ່ການຕະຫຼາດ (ສາຂາສະຫວັນນະເຂດ)\n\n"
            "ພວກເຮົາ ເສຍໃຈທີ່ຕ້ອງແຈ້ງໃຫ້ທ່ານຊາບວ່າ ໃບສະໝັກຂອງທ່ານ ບໍ່ໄດ້ຮັບການຄັດເລືອກ ໃນຄັ້ງນີ້.\n\nດ້ວຍຄວາມເຄົາລົບ,\n")
    got = draft("HR <hr@bank.example.com>", "ແຈ້ງຜົນການສຳພາດ ຕຳແໜ່ງ ເຈົ້າໜ້າທີ່ການຕະຫຼາດ ສາຂາສະຫວັນນະເຂດ", body)
    assert got.role == "ເຈົ້າໜ້າທີ່ການຕະຫຼາດ"


# ---------------------------------------------------------------- employers

def test_a_domains_short_name_is_spelled_out_with_its_legal_form() -> None:
    body = ("ሰላም ኣሌክስ፣\n\nነቲ ቦታ Site Engineer ንኻልእ ተወዳዳሪ ክንህቦ ወሲንና ኣለና።\n\nሃብቶም ገብሩ\n"
            "Habtom Gebru\nProjects Manager, Adwa Engineering PLC\nMekelle, Tigray\n")
    got = draft(sender("ሃብቶም ገብሩ", "habtom@adwa-eng.example.com"), "ብዛዕባ ቦታ Site Engineer", body)
    assert got.company is not None and got.company.startswith("Adwa Engineering")


def test_a_name_in_burmese_is_filed_under_its_latin_name() -> None:
    body = ("မင်္ဂလာပါ Alex Morgan ရှင့်၊\n\nဒီတစ်ခါမှာတော့ အင်တာဗျူး ခေါ်နိုင်ခြင်း မရှိတာ စိတ်မကောင်းပါဘူးရှင်။\n\n"
            "မြတ်မွန် ဆေးရုံ (Myat Mon Hospital)\nမန္တလေး\n")
    got = draft(sender("မြတ်မွန် ဆေးရုံ", "myatmon.hospital@mail.example.com"), "Nurse ရာထူး", body)
    assert got.company == "Myat Mon Hospital"
    assert got.person is None
