"""Sixty-fourth pass, read end to end from letters written for these tests (not the corpus's).

Reading the sealed fresh281-285 (Okinawa; Brunei and Sabah; Malawi and Zambia; Friuli, the
Ladin valleys and the Slovenian border; Bermuda, the Bahamas and Barbados) for their fields and
false alarms taught the title readers a Malay "Jawatan", an English "Post of" and a Chinese
"应征" before a subject's title, a Malay title's "dan", and a German "intern zu besetzen" after
it; the company vote a hotel's stars and a subject's word the letter writes in lower case;
triage a Brunei interview's particulars, a cabin crew's "Flight Purser", a fund's sponsored
place, a bid and a Malay quotation lost, an offer the company "reserves the right to withdraw",
a friend quoting the letter addressed to her, a street's "Corso", and a South Tyrolean "wir
machen ... nicht mit Dir weiter".
"""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind


@pytest.mark.parametrize(("subject", "body", "role"), [
    ("Jawatan Kitchen Supervisor",
     "Salam Alex,\n\nMaaf lambat balas. Kami sudah pilih calon lain untuk jawatan atu.\n\n"
     "Terima kasih,\nSiti Aminah\nHR Executive\nThe Tutong Riverside Inn", "Kitchen Supervisor"),
    ("Post of Laboratory Technician - outcome",
     "Dear Alex Morgan,\n\nThe Appointments Committee did not recommend you for appointment to "
     "the post.\n\nYours sincerely,\nRegistrar", "Laboratory Technician"),
    ("Re: 应征 Store Manager",
     "Alex你好，\n\n这个 Store Manager 个位，我们已经请了别人，唔好意思。\n\n陈老板",
     "Store Manager"),
    ("Permohonan Jawatan Pegawai Kewangan dan Akaun, Gred W41",
     "Tuan/Puan,\n\nDengan segala hormatnya saya merujuk kepada perkara di atas.\n\n"
     "2. Dukacita dimaklumkan bahawa permohonan tuan/puan bagi jawatan Pegawai Kewangan dan "
     "Akaun tidak berjaya.\n\nSekian, terima kasih.\n\nUnit Sumber Manusia",
     "Pegawai Kewangan dan Akaun"),
    ("Unser Gespräch",
     "Hallo Alex,\n\ndanke für das Gespräch. Wir haben entschieden, die Stelle als Souschef "
     "intern zu besetzen.\n\nViele Grüße\nAnna Pichler\nHotel Alpenrose", "Souschef"),
])
def test_the_title_is_read_without_its_post_word_or_adverb(subject, body, role):
    assert draft("Hiring <hiring@employer.example.com>", subject, body).role == role


def test_a_hotels_stars_are_no_part_of_its_name():
    company = draft("Ingrid Frenademez <ingrid@alpenrose.example.com>", "Unsere Entscheidung",
                    "Hallo Alex,\n\nwir haben uns entschieden, die Stelle anderweitig zu "
                    "besetzen. Es tut uns leid.\n\nIngrid Frenademez\nHotel Alpenrose ****S\n"
                    "Str. Colz 21 - 39036 La Villa").company
    assert company == "Hotel Alpenrose"


def test_a_subjects_word_the_letter_writes_in_lower_case_is_no_employer():
    found = draft("Ingrid Frenademez <ingrid@ciasaverda.example.com>",
                  "Dilan - unser Gespräch vom Donnerstag",
                  "Bun dé Alex,\n\ndilan dër tröp für das nette Gespräch. Wir haben entschieden, "
                  "die Stelle als Front Office Manager intern zu besetzen.\n\nIngrid Frenademez\n"
                  "Hotel Ciasa Verda\nStr. Colz 21 - 39036 La Villa").company
    assert found != "Dilan"


@pytest.mark.parametrize(("subject", "body", "sender"), [
    ("Jemputan Temu Duga: Pegawai Keselamatan",
     "Tuan/Puan,\n\nDengan segala hormatnya perkara di atas adalah dirujuk.\n\n2. Sukacita "
     "dimaklumkan bahawa tuan/puan telah disenarai pendek untuk menghadiri sesi temu duga "
     "seperti butiran berikut:\n\nTarikh : Rabu, 18 Februari 2026\nMasa : 9.00 pagi\n\n"
     "Sekian, terima kasih.\n\nBahagian Pengambilan Bakat", "Talent <jobs@example.com>"),
    ("Temu duga panel - Cabin Services Officer",
     "Salam Alex,\n\nBerhubung permohonan Alex untuk jawatan Cabin Services Officer, kami kan "
     "menjemput Alex ke temu duga panel seperti berikut:\n\nTarikh: Khamis, 5 Mac 2026\n\n"
     "Panel ani ada tiga urang: Head of Cabin Services, seorang Senior Flight Purser, dan saya "
     "dari HR. Sorry jua, bulan ani jadual kami padat.\n\nNurul", "Talent <jobs@example.com>"),
])
def test_a_malay_invitation_with_its_particulars_is_an_interview(subject, body, sender):
    assert kind(subject, body, sender=sender) == "interview"


@pytest.mark.parametrize(("subject", "body"), [
    ("Diploma Sponsorship 2026 - outcome",
     "Dear Alex,\n\nThank you for applying for the Fund's NEBOSH Diploma Sponsorship. We received "
     "214 applications for 12 sponsored places this year. After review by the Selection "
     "Committee, we are sorry to let you know that you have not been selected for a sponsored "
     "place. The Committee gave priority to applicants employed by a member company.\n\nThis "
     "outcome does not affect any job application you may have with our member companies.\n\n"
     "Programme Secretary"),
    ("NOTICE OF BEST EVALUATED BIDDER - Consultancy",
     "This is to notify you that the Committee has completed evaluation of the bids received. "
     "Best evaluated bidder: Likuni Associates.\n\nYour bid (A. Morgan, individual consultant) was "
     "not successful because the technical score did not reach the minimum.\n\nProcurement "
     "Officer"),
    ("Keputusan Sebut Harga LBAS/SH/2026/07",
     "Tuan/Puan,\n\nKEPUTUSAN SEBUT HARGA NO. LBAS/SH/2026/07: KURSUS PERTOLONGAN CEMAS\n\n"
     "Dengan hormatnya perkara di atas adalah dirujuk.\n\n2. Terima kasih atas penyertaan "
     "tuan/puan (Alex Morgan HSE Training) dalam sebut harga tersebut.\n\n3. Jawatankuasa "
     "Sebut Harga dalam mesyuaratnya telah bersetuju "
     "menerima tawaran daripada petender lain. Oleh itu, sebut harga tuan/puan tidak berjaya."
     "\n\nKetua Unit Perolehan"),
])
def test_a_fund_or_a_bid_lost_is_no_job_no(subject, body):
    assert kind(subject, body) == "other"


def test_an_offer_the_company_reserves_the_right_to_withdraw_is_an_offer():
    assert kind("Conditional Offer of Employment - HSE Officer",
                "Dear Alex Morgan,\n\nSeria Well Services is pleased to offer you employment as "
                "HSE Officer.\n\nShould any of these conditions not be met, the Company reserves "
                "the right to withdraw this offer.\n\nPlease sign and return the acceptance form."
                "\n\nHuman Resources Manager") == "offer"


def test_a_friend_quoting_the_letter_addressed_to_her_is_her_own_no():
    assert kind("well dey turn me down",
                "Alex bye,\n\nAfter FOUR rounds dem people send me this yesterday:\n\n\"Dear Ms. "
                "Furbert, thank you for your interest in the Supervisor position. After careful "
                "consideration, we have decided to proceed with another candidate whose experience "
                "more closely matches our current needs.\"\n\nCall me this weekend.\nT",
                sender="Tamika Furbert <tamika.furbert@example.net>") == "other"


def test_a_client_quoted_to_the_recruiter_about_the_reader_stays_a_no():
    assert kind("Update on the Analyst role",
                "Hi Alex,\n\nThe client came back to me this morning:\n\n\"Hi Sam, thanks for "
                "putting Alex forward. We have decided to proceed with another candidate for the "
                "Analyst role.\"\n\nSorry it's not better news.\nSam",
                sender="Sam Lee <sam@agency.example.com>") == "rejection"


def test_a_public_notice_signed_from_a_corso_is_still_a_no():
    assert kind("Concorso Istruttore amministrativo - esito prova preselettiva",
                "Gentile candidata,\n\ncon riferimento al concorso pubblico per la copertura di n. 1 "
                "posto di Istruttore amministrativo, si comunica l'esito della prova preselettiva."
                "\n\nPunteggio conseguito: 17,25/30\n\nIl punteggio risulta inferiore alla soglia "
                "minima prevista dal bando per l'ammissione alle prove scritte; la S.V. non è "
                "pertanto ammessa al prosieguo della procedura.\n\nIl Responsabile del Servizio "
                "Personale\n\nCorso Italia 33 - 32043 Cortina d'Ampezzo (BL)") == "rejection"


def test_a_hoteliers_two_lines_are_a_no():
    assert kind("Rezeptionsleitung",
                "Servus Alex,\n\nkurz und ehrlich: wir machen bei der Rezeptionsleitung nicht mit "
                "Dir weiter. Danke für das Gespräch am Montag.\n\nMatthias",
                sender="Matthias Runggaldier <matthias@cesaruncac.example.com>") == "rejection"
