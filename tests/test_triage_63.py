"""Sixty-third pass, read end to end from letters written for these tests (not the corpus's).

Reading fresh266-275 (opened or read last stop) for their fields taught the company vote a
job board's card and its "Recruteur :" label, a job "posted by" an employer, "has marked your
application", a state's exam portal, an agency named for its workforce or its searches, a
firm named by a trade's plural or after its president's office in a signature, a place
written after a title's dash, a town after the firm, and a card's "Department:" that is a
function; the final round in Portuguese, Spanish, Tetum and Bengali.

Reading the sealed fresh276-280 (Sápmi; Tajikistan and northern Afghanistan; Sierra Leone,
Liberia and The Gambia; Vanuatu, Solomon Islands, Kiribati and Tuvalu; Goa and Odisha) taught
triage Northern Sámi, Finnish, Norwegian, Nynorsk, Russian, Tajik, Krio, Pijin, Bislama,
Konkani and Odia noes, a Workday requisition and a fee refunded "to the same bank account" as
a job's words, a long "the offer we issued ... is withdrawn", a friend's quoted letter; the
fields a Nordic teacher's subject, Indian and UN grades, and a legal form before a quoted name.
"""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind


@pytest.mark.parametrize(("subject", "body"), [
    ("Ráđđeaddi virgi",
     "Buorre beaivi Lisa,\n\nGiitu ohcamis. Mii leat dál válljen eará ohcci virgái, gii lea "
     "bargan guovllus guhká.\n\nDearvvuođat,\nÁnte"),
    ("Ilmoitus valinnasta: Kirjastonhoitaja",
     "Hei Lisa,\n\nKiitos osallistumisestasi haastatteluun. Tehtävään valittiin toinen hakija. "
     "Et siis tullut tällä kertaa valituksi.\n\nTerveisin,\nPaula"),
    ("Stillingen som konsulent",
     "Hei Lisa,\n\nStillingen krever fagbrev, og det har du ikke dokumentert. Vi kan derfor ikke "
     "kalle deg inn til intervju denne gangen.\n\nHilsen\nKari"),
    ("Stillinga som rådgjevar",
     "Hei Lisa,\n\nTakk for samtalen. Vi har no tilsett ein annan søkjar til stillinga.\n\n"
     "Venleg helsing\nOla"),
    ("Re: Søknad kokk",
     "Hei Lisa,\n\nVi har gått for en annen til stillingen som kokk, han begynner i mars.\n\n"
     "Hilsen Berit"),
    ("Re: Вакансия бухгалтера",
     "Лиза, добрый день.\n\nНе получится — берём человека, который уже вёл учёт в нашем "
     "филиале. Удачи.\n\nИрина"),
    ("Ҷавоб ба аризаи Шумо",
     "Муҳтарам Лиза!\n\nМо резюмеи Шуморо баррасӣ намудем. Мутаассифона, номзадии Шуморо ба "
     "марҳилаи навбатӣ пешниҳод карда наметавонем.\n\nШуъбаи кадрҳо"),
    ("Vakansiyai hisobdor",
     "Salom Lisa,\n\nBa vakansiyai hisobdor rohbariyat nomzadi digarro intikhob kard.\n\n"
     "Bo ehtirom,\nAnvar"),
    ("Di storekeeper wok",
     "Kushɛ Lisa,\n\nTɛnki fɔ di intavyu. A gɛt fɔ tɛl yu se wi nɔ go ebul fɔ gi yu di "
     "storekeeper wok.\n\nMohamed"),
    ("Storekeeper - tok blong mi",
     "Halo Lisa,\n\nTanggio fo kam lo interview. Bat mifala no save givim disfala wok lo iu.\n\n"
     "John"),
    ("Wok blong klak",
     "Dia Lisa,\n\nTankyu blong intaviu. Bod i disaed blong givim wok ia long wan narafala man "
     "we i stap long Santo.\n\nMary"),
    ("Votre candidature au poste d'assistant logistique",
     "Madame,\n\nAprès délibération, le jury a retenu la candidature d'une autre personne. Votre "
     "candidature n'a donc pas pu aboutir.\n\nLa DRH"),
    ("Cashier post - interview",
     "Lisa,\n\nKal interview-ak ailem tem borem zalem. Punn cashier post-ak tuji nivodd zaunk "
     "na.\n\nSavio"),
    ("Re: Store Manager - interview",
     "Namaskar Lisa,\n\nInterview bahut bhala heithila. Kintu Store Manager post ta apananku "
     "deiparilu nahi.\n\nSubhashree"),
    ("Store Manager - ସାକ୍ଷାତକାର",
     "ପ୍ରିୟ ଲିସା,\n\nସାକ୍ଷାତକାର ପାଇଁ ଧନ୍ୟବାଦ। Store Manager ପଦ ପାଇଁ ଏଥର କଥା ଆଗକୁ "
     "ବଢ଼ିପାରିଲା ନାହିଁ।\n\nଇପ୍ସିତା"),
    ("About your offer",
     "Lisa,\n\nOur investor pulled back, so the offer we issued on 3 March for "
     "Warehouse Supervisor - Night Shift is withdrawn. I am sorry.\n\nRaj"),
    ("Your application for Front Desk Agent",
     "Dear Lisa,\n\nThank you for your interest in the Front Desk Agent role at our resort "
     "(Requisition R-0412). The opening has been taken by a colleague from our other property, "
     "who already knows this season's group bookings, so the requisition is closed.\n\n"
     "Talent Acquisition Team"),
    ("Cancellation of Advt. No. PT/REC/02/2026 - Junior Clerk",
     "NOTICE\n\nThe recruitment process for the post of Junior Clerk under Advertisement No. "
     "PT/REC/02/2026 is hereby cancelled. The application fee paid will be refunded to the "
     "same bank account.\n\nSecretary"),
    ("Search Committee Decision - Lab Coordinator",
     "Dear Lisa,\n\nI am sorry to inform you that you were not selected. The search committee "
     "chose a candidate who holds a master's degree in public health, which the grant "
     "requires.\n\nChair, Search Committee"),
])
def test_a_no_in_these_words_is_a_rejection(subject, body):
    assert kind(subject, body) == "rejection"


def test_no_interview_on_video_is_still_an_invitation():
    assert kind("Innkalling til intervju - rådgiver",
                "Hei Lisa,\n\nVi inviterer deg til intervju for stillingen som rådgiver tirsdag "
                "kl. 10.00 i Karasjok. Vi kan dessverre ikke tilby intervju på video denne "
                "gangen.\n\nHilsen\nHR") == "interview"


def test_a_friends_quoted_letter_is_her_own_no():
    assert kind("News!!",
                "Hi Lisa!\n\nThey sent the letter this morning, this is what it said:\n\n\"Dear Ms "
                "Tabo, we regret to advise that your application for the post of Clerk was "
                "unsuccessful. The panel selected a candidate with prior experience.\"\n\n"
                "Anyway, tea on Saturday?\nMere", sender="Mere Tabo <mere@mail.example.net>") \
        != "rejection"


def test_a_friends_french_report_of_what_she_was_told_is_her_own_no():
    assert kind("Nouvelles",
                "Salut Lisa,\n\nMoi, mauvaise nouvelle : l'ONG m'a répondu hier pour le poste de "
                "chargée de suivi. Ils ont pris quelqu'un qui connaît déjà le bailleur, c'est tout "
                "ce qu'ils m'ont expliqué.\n\nBisous,\nAwa",
                sender="Awa Diallo <awa@mail.example.net>") != "rejection"


@pytest.mark.parametrize(("sender", "subject", "body", "company"), [
    ("HillJobs <applications@hilljobs.example.com>", "Application status update – Estate Manager",
     "Hi Lisa,\nMisty Ridge Estates has marked your application for Estate Manager as Not "
     "Shortlisted.\nView other jobs: https://www.hilljobs.example.com/jobs", "Misty Ridge Estates"),
    ("Emploi-Sahel <notifications@emploi-sahel.example.com>",
     "Mise à jour de votre candidature : Chef de quai",
     "Bonjour Lisa,\n\nLe statut de votre candidature a changé.\n\nOffre : Chef de quai\n"
     "Recruteur : Sahel Cajou Export SA\nNouveau statut : Candidature non retenue\n\n"
     "Vous recevez cet e-mail car vous avez postulé via Emploi-Sahel.", "Sahel Cajou Export"),
    ("JobAfrique <candidats@jobafrique.example.com>", "Réponse du recruteur – Agent de crédit",
     "Bonjour Lisa,\n\nVous avez postulé à l'offre « Agent de crédit » publiée par Mutuelle "
     "Rurale du Nord.\n\nMessage du recruteur : « Nous recrutons des candidats qui résident "
     "déjà dans la province. »\n\nPour ne plus recevoir ces notifications, modifiez vos "
     "préférences dans votre compte.", "Mutuelle Rurale du Nord"),
    ("Gulf Workforce Solutions <dan@gulfworkforce.example.net>",
     "RE: Quality Coordinator - Bayside Seafoods",
     "Hi Lisa,\n\nBayside Seafoods won't be moving ahead with you for the Quality Coordinator "
     "position; they want someone already certified.\n\nDan Kelly\nAccount Manager\n"
     "Gulf Workforce Solutions", "Bayside Seafoods"),
    ("Portail e-Recrutement <ne-pas-repondre@erecrutement.example.org>",
     "Résultat individuel – Concours Contrôleurs, session 2026",
     "MINISTÈRE DE L'AGRICULTURE ET DE L'ÉLEVAGE\nDirection des Concours\n\nMadame,\n\nNous "
     "avons le regret de vous informer que vous n'êtes pas déclarée admise.\n\nLe Directeur "
     "des Concours", "MINISTÈRE DE L'AGRICULTURE ET DE L'ÉLEVAGE"),
    ("Bachisio Porcu <presidente@pastoribarbagia.example.net>", "Su postu de Responsabile",
     "Caru Lisa,\n\nPerò pro su postu non ti podimus leare: su consìgiu at detzìdidu de leare "
     "una persona de bidda.\n\nA si bìdere,\nBachisio Porcu\nPresidente - Cooperativa Pastori "
     "di Barbagia\nZona Artigianale, 08100 Nuoro", "Cooperativa Pastori di Barbagia"),
    ("Chathura Perera <chathura@pererateas.example.com>", "Re: Estate Manager post",
     "Hi Lisa,\n\nSorry, we have decided not to take this further and are not hiring now.\n\n"
     "Chathura Perera\nPerera Tea Traders\nNo. 5, Hill Street, Kandy | 081 222 0000",
     "Perera Tea Traders"),
    ("Wayne Pike <wpike@baymarine.example.com>", "Marine Coordinator - Argentia",
     "Hi Lisa,\n\nThanks for coming out to Argentia last week. We won't be offering you the "
     "Marine Coordinator job; we went with someone already on the shore base.\n\nWayne\n--\n"
     "Wayne Pike\nOperations Manager\nBay Marine Services Ltd.\nArgentia Backlands, Placentia, "
     "NL", "Bay Marine Services"),
    ("Riya Das <riya@bamboocraft.example.com>", "Re: Operations Manager",
     "Hi Lisa,\nThanks for the call. We are not going ahead with you for the Operations Manager "
     "role - sorry!\nRiya Das\nCo-founder, Bamboo Craft Works, Jorhat\nSent from my phone",
     "Bamboo Craft Works"),
    ("Provincial Health Services <phs-careers@taleo.example.net>",
     "Competition 2026-117 - Materials Coordinator",
     "Dear Lisa,\n\nCompetition #: 2026-117\nPosition: Materials Coordinator\nDepartment: "
     "Supply Chain Management\nLocation: Gander\n\nThe position has been awarded to an internal "
     "applicant. Your application will not be considered further.\n\nHuman Resources\n"
     "Provincial Health Services", "Provincial Health Services"),
    ("Sandrine Roux <s.roux@roussillon-fret.example.com>", "RE: Candidature Responsable transit",
     "Bonjour,\n\nNous ne retiendrons pas votre candidature pour le poste de Responsable "
     "transit.\n\nCordialement,\nSandrine Roux\nTransports Roussillon Fret - Saint-Charles, "
     "Perpignan", "Transports Roussillon Fret"),
    ("Firuz Karimov <f.karimov@vakhshhydro.example.com>", "Vakansiyai muhandis",
     "Salom Lisa,\n\nBa vakansiyai muhandis rohbariyat nomzadi digarro intikhob kard.\n\n"
     "Bo ehtirom,\nFiruz Karimov\nSardori shu'bai kadrho\nJSC \"Vakhsh Hydro\"\nsh. Dushanbe",
     "Vakhsh Hydro"),
])
def test_the_employer_is_read_on_relayed_and_signed_mail(sender, subject, body, company):
    assert draft(sender, subject, body).company == company


def test_a_cards_en_dash_place_repeated_below_splits_the_card():
    found = draft("EmpleosPY <notificaciones@empleospy.example.com>",
                  "Novedades de tu postulación: Supervisor de Campo – Chaco",
                  "Hola Lisa,\n\nHay novedades sobre una de tus postulaciones.\n\nSupervisor de Campo – "
                  "Chaco\nEstancia San Roque S.A. · Filadelfia, Chaco\nEstado: Descartado por la "
                  "empresa\n\nLa empresa decidió no continuar con tu candidatura.\n\n"
                  "Ver ofertas similares")
    assert found.company == "Estancia San Roque"


@pytest.mark.parametrize(("subject", "body", "role"), [
    ("Melding om tilsetting – universitetslektor i samisk språk",
     "Hei Lisa,\n\nVi har no tilsett ein annan søkjar i stillinga som universitetslektor i "
     "samisk språk.\n\nHelsing\nHR", "Universitetslektor i samisk språk"),
    ("Advt. No. KS/REC/2026/03 - Result - Assistant Manager (Materials) - E-1 Grade",
     "Dear Candidate,\n\nYour name does not appear in the final merit panel for the post of "
     "Assistant Manager (Materials) - E-1 Grade.\n\nRecruitment Cell",
     "Assistant Manager (Materials)"),
    ("Water Resources Officer, P3",
     "Dear Lisa,\n\nWe regret that you were not selected for the post of Water Resources "
     "Officer, P3.\n\nRecruitment", "Water Resources Officer"),
    ("Samisklærer / oahpaheaddji – Kautokeino skole",
     "Hei Lisa,\n\nTakk for søknaden din på stillingen som samisklærer ved Kautokeino skole. Vi "
     "kan derfor ikke kalle deg inn til intervju denne gangen. Čálli šaddá.\n\nRektor",
     "Samisklærer"),
])
def test_the_title_keeps_its_subject_and_drops_its_grade(subject, body, role):
    assert draft("Recruitment <jobs@employer.example.org>", subject, body).role == role


@pytest.mark.parametrize("body", [
    "Olá Lisa,\n\nObrigada por ter participado do painel final com os fundadores. Infelizmente "
    "escolhemos outra pessoa para a vaga.\n\nLuana",
    "Estimada Lisa:\n\nParticipó hasta la instancia final de entrevistas. Lamentablemente el "
    "proceso quedó sin efecto y no se realizará ninguna contratación.\n\nRR.HH.",
])
def test_a_final_panel_in_these_words_is_the_final_round(body):
    assert draft("HR <hr@employer.example.org>", "Proceso de selección", body).stage == "final-round"


@pytest.mark.parametrize(("body", "reason"), [
    ("Dear Lisa,\n\nUnfortunately your application reached us after the closing date of 30 "
     "September, so it could not be considered.\n\nHR",
     "reached us after the closing date"),
    ("Dear Lisa,\n\nYou came second on the panel's ranking, and the post went to the first.\n\nHR",
     "came second on the panel"),
    ("Madame,\n\nÀ compétences égales, la priorité doit être donnée aux candidats résidents. "
     "Votre candidature n'a donc pas pu aboutir.\n\nLa DRH",
     "la priorité doit être donnée aux candidats"),
])
def test_the_reason_is_read_in_these_words(body, reason):
    found = draft("HR <hr@employer.example.org>", "Your application", body).reason
    assert found and reason.casefold() in found.casefold()


@pytest.mark.parametrize(("subject", "body"), [
    ("第二次選考結果通知",
     "Lisa Berg 様\n\n採用選考（事務職）第二次選考の結果を通知します。\n\n選考結果　不合格\n\n総務課 人事係"),
    ("ご紹介案件の結果について",
     "Lisa様\n\nいつもお世話になっております。ご紹介いたしました派遣先企業様より、今回は見送りとの"
     "ご回答がございました。\n\nコーディネーター 金城"),
    ("Jawatan Penyelia",
     "Assalamualaikum Lisa,\n\nLapas interview akhir, GM kami pilih calon lain. Jadi kali ani inda "
     "dapat kami tawarkan jawatan atu.\n\nHafizah"),
    ("Permohonan Jawatan Pembantu Tadbir",
     "Tuan/Puan,\n\nProses pengisian jawatan tersebut tidak dapat diteruskan berikutan arahan "
     "pembekuan. Tiada sebarang tawaran akan dikeluarkan bagi jawatan ini.\n\nSetiausaha"),
    ("Ntchito ya Stores Officer",
     "Wokondedwa Lisa,\n\nTili ndi chisoni kukudziwitsani kuti pempho lanu silinasankhidwe, popeza "
     "tasankha munthu wodziwa ntchito.\n\nMulungu akudalitseni."),
    ("Esito preselezione - Istruttore amministrativo",
     "Gentile candidata,\n\nil punteggio risulta inferiore alla soglia minima; la S.V. non è "
     "pertanto ammessa al prosieguo della procedura di selezione.\n\nServizio Personale"),
    ("Obvestilo o neizbiri - javni natečaj",
     "Spoštovani,\n\nVaša prijava ni bila uvrščena v izbirni postopek za delovno mesto svetovalca."
     "\n\nLep pozdrav"),
    ("Offer of Employment – Withdrawal",
     "Dear Lisa,\n\nThe Group has frozen all new hires for FY2026. The offer made to you is "
     "therefore withdrawn with immediate effect.\n\nHR"),
])
def test_a_no_read_from_fresh281_285_is_a_rejection(subject, body):
    assert kind(subject, body) == "rejection"
