"""Eightieth pass, read end to end from letters written for these tests (not the corpus's).

Opening fresh351-355 (Siberia, northern Nigeria, Mindanao, Papua New Guinea, Sicily) taught the
signature reader to look past "Powered by Workable" and a phone's "Inviato dal mio smartphone",
Italian numbering ("deliberazione n. 877", "dall'art. 9") that ends no sentence, and that an
Italian certified mail's envelope is no reason. Sealing fresh371-375 (the Valais; Chittagong and
its hills; Libya and Malta; the Outer Hebrides; Lombok and Flores) taught triage noes in Bengali,
Chittagonian, Libyan Arabizi, Maltese, Scottish Gaelic, Indonesian and English; an offer
withdrawn after "the post no longer exists and the school has to ..."; a friend's own Italian no;
a Maltese receipt; a community trust's "Lottery funding" that is no lottery; and the field
readers a firm of a trade before its place, a street between a firm and its town, and reasons
in eleven languages.
"""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind

EMPLOYER = "Talent <jobs@employer.example.com>"


# ---------------------------------------------------------------- noes and not noes

@pytest.mark.parametrize(("subject", "body"), [
    # a Bengali garment firm: you will not be called to the interview round
    ("Re: Quality Auditor পদ – টেস্টের ফলাফল",
     "আসসালামু আলাইকুম,\n\nআপনার টেস্টের খাতা আমরা দেখেছি। দুঃখিত, এবার আপনাকে ইন্টারভিউ রাউন্ডে ডাকা "
     "হচ্ছে না।\n\nধন্যবাদ,\nরুমানা"),
    # a Chittagonian yard manager: we can't take you (few job words)
    ("Store Keeper post",
     "আপা সালাম,\n\nইন্টারভিউত অনে ভালা কথা কইয়োন। কিন্তু এমডি সাবে অনেরে লইত ন পারের।\n\nকামাল"),
    # a Bengali bank's memo in sadhu bhasha: not possible to recommend you for appointment
    ("মৌখিক পরীক্ষার ফলাফল",
     "জনাব,\n\n\"Cash Officer\" পদে মৌখিক পরীক্ষায় আপনি অংশগ্রহণ করিয়াছিলেন। প্রাপ্ত নম্বর কম হওয়ায় আপনাকে "
     "নিয়োগের জন্য সুপারিশ করা সম্ভব হয় নাই।\n\nমানবসম্পদ বিভাগ"),
    # a job board: not selected for the shortlist
    ("আবেদনের অবস্থা: Accounts Officer",
     "প্রিয় Alex,\n\nপদ: Accounts Officer\nবর্তমান অবস্থা: সংক্ষিপ্ত তালিকায় নির্বাচিত হয়নি\n\nChakri Board"),
    # a Libyan contractor in Arabizi: we can't go on with you, we took someone
    ("shoghlet el QS",
     "Salam Alex,\n\nShokran 3la el moqabla. Lakin ma najmoosh nkamlo m3ak hal marra, khdina wahed "
     "min Benghazi.\n\nSalem"),
    # a Maltese builder's two lines: we took someone who speaks better Maltese
    ("Clerk",
     "Grazzi Alex talli ġejt għall-intervista. Sfortunatament ħadna lil xi ħadd li jitkellem bil-Malti "
     "aħjar.\n\nJoe"),
    # a Gaelic college: we are not offering you the post, the panel chose another applicant
    ("An tagradh agad - Òraidiche",
     "A Alex,\n\nMòran taing airson an agallaimh. Tha mi duilich nach eil sinn a' tabhann na dreuchd "
     "dhut. Thagh am pannal tagraiche eile.\n\nMairead"),
    # a Lombok café's two lines: we can't take you for now
    ("Re: Lamaran Kasir",
     "Halo Kak Alex, makasih sudah kirim lamaran ya. Untuk sekarang belum bisa kami terima dulu, "
     "semoga sukses!\n\n- Warung Pantai"),
    # a Sasak foundation: after the team meeting we cannot accept you as facilitator
    ("Hasil wawancara Fasilitator",
     "Tabe' Mbak Alex,\n\nTerima kasih sudah hadir wawancara. Setelah rapat tim, kami putuskan belum "
     "bisa menerima Mbak untuk posisi Fasilitator Desa.\n\nSaparudin"),
    # a school in Bima: this semester's recruitment cancelled (a school's semester, not a student's)
    ("Pembatalan rekrutmen guru",
     "Ibu Alex,\n\nTerima kasih sudah ikut wawancara. Dengan berat hati kami sampaikan bahwa rekrutmen "
     "guru kimia untuk semester genap ini kami batalkan.\n\nKepala Sekolah"),
    # a community trust whose Lottery funding bid failed: the post on hold
    ("Development Officer - sorry",
     "Hi Alex,\n\nYou were on our shortlist, but our Lottery funding bid wasn't successful, so the board "
     "has agreed to put the post on hold. We won't be filling it this year.\n\nDonnie"),
    # a school's offer taken back after "the post no longer exists and the school has to ..."
    ("Your offer of employment - Year 2 Teacher",
     "Dear Alex,\n\nOn 3 November we offered you the position of Year 2 Teacher. Enrolment is down, so "
     "the Year 2 position no longer exists and the school has to withdraw the offer made to you.\n\n"
     "Greg"),
    # after the retrain: a mountain restaurant's one line, "ce sera non pour le poste"
    ("Re: Candidature serveur",
     "Bonjour Alex,\nMerci, mais ce sera non pour le poste de serveur cet hiver. Bonne chance !\n\n"
     "Manu\nLe Chamois – Nendaz"),
    # ... and an Indonesian civil-service card: "Keterangan: TIDAK LULUS", under the threshold
    ("Pengumuman Hasil Akhir Seleksi PPPK Guru",
     "Kepada Yth.\nSdr. ALEX MORGAN\nJabatan yang dilamar: Guru Kimia\n\nNilai Seleksi Kompetensi: 301\n"
     "Nilai Ambang Batas: 330\nKeterangan: TIDAK LULUS - nilai kompetensi teknis di bawah ambang batas "
     "yang ditetapkan\n\nKepala BKPSDM"),
])
def test_a_no_read_from_fresh371_375_is_a_rejection(subject: str, body: str) -> None:
    assert kind(subject, body) == "rejection"


def test_a_friends_own_italian_no_is_not_the_readers() -> None:
    body = ("Ciao Alex!\n\nL'ospedale alla fine mi ha scartata. Mi hanno scritto che hanno scelto una "
            "candidata con più esperienza. Posso mettere il tuo nome come referenza?\n\nUn abbraccio,\nFra")
    assert kind("novità + un favore", body, "Fra <fra@posta.example.net>") != "rejection"


def test_a_maltese_receipt_is_a_receipt() -> None:
    body = ("Għażiż Alex,\n\nGrazzi tal-applikazzjoni tiegħek għall-pożizzjoni ta' Nurse. Din hija konferma "
            "awtomatika li l-applikazzjoni waslet għandna.\n\nJekk ma tismax minna fi żmien erba' ġimgħat, "
            "ikkunsidra li l-applikazzjoni tiegħek ma ntgħażlitx.\n\nRiżorsi Umani")
    assert kind("Irċevejna l-applikazzjoni tiegħek - Nurse", body) == "acknowledgement"


# ---------------------------------------------------------------- fields

def test_a_signature_over_powered_by_workable_names_the_person() -> None:
    body = ("Dear Alex,\n\nThank you for the assessment. Your result was below the benchmark, so we will "
            "not be inviting you to the interview stage.\n\nPriscilla Nema\nTalent Acquisition Lead\n"
            "Coral Bank Limited\n\nPowered by Workable")
    got = draft("Coral Bank <noreply@apply.workable.example.com>", "Your application", body)
    assert got.person is not None and got.person.name == "Priscilla Nema"


@pytest.mark.parametrize(("footer", "company"), [
    ("Nunzia Liberto\nB&B Terrazza sul Molo – Cefalù\n\nInviato dal mio smartphone", "B&B Terrazza sul Molo"),
    ("Shona Ross\nThe Creel Hoose, Shore Street, Ullapool", "The Creel Hoose"),
    ("Mizanur Rahman\nRahman Traders (Ship Chandler & Provision Supplier), Sadarghat, Ctg", "Rahman Traders"),
])
def test_the_firm_is_read_from_under_the_signers_name(footer: str, company: str) -> None:
    body = f"Hi Alex,\n\nThanks for your CV. It's a no from us this time, I'm afraid.\n\n{footer}\n"
    got = draft("Someone <someone@mail.example.net>", "Re: deckhand", body)
    assert got.company == company


def test_a_family_firm_named_for_its_sicilian_owner_keeps_him_as_the_person() -> None:
    body = ("Cara Alex,\n\nper la Filialleitung abbiamo scelto un'altra persona.\n\nUn abbraccio,\n"
            "Turi Cannizzaro\n\nFeinkost Cannizzaro GmbH\nTel. +49 5361 000000")
    got = draft("Turi Cannizzaro <info@feinkost-cannizzaro.example.com>", "la tua candidatura", body)
    assert got.person is not None and got.person.name == "Turi Cannizzaro"


def test_italian_numbering_ends_no_sentence_and_a_pec_envelope_is_no_reason() -> None:
    body = ("Messaggio di posta certificata\n\nIl giorno 14/01/2026 il messaggio è stato inviato.\n\n---\n\n"
            "Gentile candidata,\n\ncon deliberazione n. 877 si comunica che la S.V. non ha conseguito il "
            "punteggio minimo di 21/30 richiesto dall'art. 9 del bando per l'ammissione alla prova orale.\n\n"
            "Ufficio Concorsi")
    got = draft("Comune <protocollo@pec.comune.example.org>", "POSTA CERTIFICATA: esclusione", body)
    assert got.reason is not None and "richiesto dall'art. 9 del bando" in got.reason


@pytest.mark.parametrize(("body", "reason"), [
    ("আপা,\n\nদুঃখিত, এবার হচ্ছে না। আপনার কস্টিং-এ বেশ কিছু ভুল ছিল।\n\nনাসরিন", "বেশ কিছু ভুল ছিল"),
    ("Salam Alex,\n\nMa najmoosh nkamlo m3ak. Ehna nebo wahed 3ando rokhsa libiya.\n\nSalem",
     "3ando rokhsa"),
    ("Għażiż Alex,\n\nSfortunatament ma ntgħażiltx. Il-bord għażel kandidat li diġà għandu l-liċenzja.\n\nHR",
     "għażel kandidat li"),
    ("A Alex,\n\nTha mi duilich nach eil sinn a' tabhann na dreuchd dhut. Thagh am pannal tagraiche aig a "
     "bheil barrachd eòlais air craoladh beò.\n\nSeonag", "barrachd eòlais"),
    ("Bonjour Alex,\n\nPour l'aide-caviste c'est non cette année, on a déjà toute l'équipe pour les "
     "vendanges.\n\nGérard", "toute l'équipe pour les vendanges"),
    ("Mbak Alex,\n\nKami putuskan belum bisa menerima Mbak. Kami butuh fasilitator yang lancar berbahasa "
     "Sasak.\n\nSaparudin", "lancar berbahasa Sasak"),
    ("Dear Alex,\n\nI'm sorry to withdraw our offer: the sea-freight desk you were to join is being "
     "wound down.\n\nRana", "is being wound down"),
])
def test_the_reason_is_read(body: str, reason: str) -> None:
    got = draft(EMPLOYER, "Your application", body)
    assert got.reason is not None and reason in got.reason
