"""Fifty-eighth pass, read end to end from letters written for these tests (not the corpus's):
what the blind splits fresh246-250 showed (a dairy-data engineer's mail in Friesland and
Groningen, a revenue manager's in Graubünden and Ticino, a supply-chain planner's in Punjab and
Gujarat, an M&E officer's in Uganda and Lesotho, a compliance analyst's in the Dutch
Caribbean).

Noes in West Frisian, Dutch and Gronings, Romansh, Swiss German, romanised Gujarati and
Punjabi, Gujarati, Hindi, Luganda, Runyankole, Sesotho and Papiamentu, and an English opening
put on hold; a Punjabi invitation to the next round; a receipt's "if you haven't heard from us
within three weeks, we have decided ..."; a Dutch procedure held with the candidacy kept; a
friend who quotes the employer's "regret" tells her own news."""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind


@pytest.mark.parametrize(("subject", "body"), [
    ("Oangeande de fakatuere data-analist",
     "Hoi Alex,\n\nTige tank foar it petear. Wy hawwe spitigernôch keazen foar in oare kandidaat "
     "foar de fakatuere.\n\nMei in freonlike groet,\nSietske"),
    ("Uw sollicitatie Docent Data Science",
     "Geachte heer Morgan,\n\nWij hadden u uitgenodigd voor een kennismakingsgesprek. Inmiddels "
     "kan de functie intern worden ingevuld door een collega. Het geplande kennismakingsgesprek "
     "komt daarmee te vervallen.\n\nMet vriendelijke groet,\nHogeschool Noord"),
    ("Update vacature Data Engineer",
     "Hoi Alex,\n\nDe opdrachtgever wil iemand die vijf dagen op locatie zit. Ze gaan daarom niet "
     "over tot een eerste gesprek.\n\nGroeten,\nPieter"),
    ("dien case",
     "Moi Alex,\n\nDank veur dien case. Wie goan de vacature veurlopig dichtgooien, wie hebben "
     "minder geld as wie dochten.\n\nHarm"),
    ("Data Engineer (Farm Integrations)",
     "Hi Alex,\n\nThanks again for the call last Monday, it was great to hear how you built the "
     "ingest layer. I wanted to let you know straight away that we've had to put the Data "
     "Engineer (Farm Integrations) opening on hold until Q2, so we won't be scheduling the "
     "technical interview we discussed. This is entirely about timing on our side. If the role "
     "reopens you'll be one of the first people I contact!\n\nWarm regards,\nSofie"),
    ("Plazza da manader - teis di da prouva",
     "Char Alex\n\nGrazcha fich per teis di da prouva. Davo lung ponderar vaina decis da dar la "
     "plazza a d'ün oter candidat.\n\nSalüds\nCurdin"),
    ("Schnuppertag & Rückmeldig",
     "Hoi Alex\n\nMerci für din Schnuppertag. Leider hend mir üs für d'Stell als Revenue Manager "
     "für öpper anders entschiede.\n\nLiebi Grüess\nMartin"),
    ("Stelle Leitung Pricing – Stand des Verfahrens",
     "Sehr geehrter Herr Morgan\n\nDer Verwaltungsrat hat beschlossen, sämtliche neuen "
     "Kaderstellen zu sistieren. Das Bewerbungsverfahren wird hiermit abgeschlossen.\n\n"
     "Freundliche Grüsse\nBergbahnen Tal"),
    ("Logistics Planner - aapni vaat",
     "Kem cho Alex bhai,\n\nBazaar ma mandi chale che, etle Logistics Planner ni jagya hamna "
     "bharvani nathi, aa vaat ne hold par rakhiye.\n\nJignesh"),
    ("Re: Case study - Export Planning Analyst",
     "Hi Alex ji,\n\nTuhadi case study dekhi, saanu is role layi koi aisa chahida jo costing "
     "sambhal lave. Is karke asi Export Planning Analyst layi kise hor profile naal agge vadh "
     "rahe haan.\n\nJaspreet"),
    ("સપ્લાય ચેઇન ઓફિસર - પસંદગી પ્રક્રિયા",
     "શ્રી એલેક્સ મોર્ગન,\n\nઆપે ઇન્ટરવ્યુમાં હાજરી આપી તે બદલ આભાર. આ જગ્યા હાલના કર્મચારીની "
     "બઢતીથી ભરવામાં આવી છે.\n\nભાવેશ"),
    ("परिणाम सूचना: सहायक प्रबंधक",
     "प्रिय अभ्यर्थी,\n\nसहायक प्रबंधक पद हेतु आयोजित ऑनलाइन परीक्षा (Aptitude Test) का परिणाम "
     "घोषित कर दिया गया है। आपके प्राप्तांक कट-ऑफ से कम होने के कारण आपका नाम साक्षात्कार हेतु "
     "जारी मेरिट सूची में सम्मिलित नहीं है।\n\nनिगम"),
    ("M&E Officer - interview",
     "Ssebo Alex,\n\nNkwebaza olw'obudde bwo ku interview. Akakiiko kaasalawo okuwa ekifo kya "
     "M&E Officer omuntu omulala.\n\nHarriet"),
    ("MEL Assistant - written test",
     "Ssebo Alex,\n\nEkifo kya MEL Assistant kyajjuzibwa dda, era erinnya lyo teryali ku "
     "lukalala lwa interview.\n\nBrenda"),
    ("HMIS Officer - interview",
     "Agandi Alex,\n\nWebare kwija omu interview. Omurimo gwa HMIS Officer tigwakuheirwe.\n\n"
     "Margaret"),
    ("Boemo ba M&E Officer",
     "Lumela Ntate Morgan,\n\nRe leboha ka ho tla puisanong. Re masoabi ho u tsebisa hore ha ua "
     "khethoa bakeng sa boemo ba M&E Officer.\n\nMathabo"),
    ("Kopo: M&E Assistant",
     "Lumela,\n\nRe masoabi ho u tsebisa hore kopo ea hau ea boemo ba M&E Assistant ha ea atleha "
     "mothating ona.\n\nBana Trust"),
    ("Re: Compliance Analyst",
     "Bon tardi Alex,\n\nDespues di bo entrevista, nos direktiva a disidí di yena e funshon di "
     "Compliance Analyst ku un kolega.\n\nIvan"),
])
def test_a_no_in_these_words_is_a_no(subject, body):
    assert kind(subject, body) == "rejection"


def test_a_punjabi_invitation_to_the_next_round_is_an_interview():
    assert kind("ਇੰਟਰਵਿਊ ਲਈ ਸੱਦਾ - Assistant Manager",
                "ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,\n\nAssistant Manager ਦੀ ਅਸਾਮੀ ਲਈ ਤੁਹਾਡਾ ਨਾਮ ਅਗਲੇ ਗੇੜ ਲਈ ਚੁਣਿਆ "
                "ਗਿਆ ਹੈ। ਪਹਿਲਾਂ GD, ਫਿਰ HR ਰਾਊਂਡ।\n\nਧੰਨਵਾਦ,\nਮਨਦੀਪ") == "interview"


def test_a_receipts_condition_is_no_no():
    assert kind("Thank you for applying to Kade Fiduciary",
                "Hi Alex,\n\nWe've received your application for the Compliance Officer position "
                "and our team will review it shortly. If you haven't heard from us within three "
                "weeks, we have decided to move forward with other candidates for this role.\n\n"
                "Best,\nThe Kade Talent Team",
                "Kade <no-reply@greenhouse-mail.example.com>") != "rejection"


def test_a_held_procedure_that_keeps_the_candidacy_is_no_no():
    assert kind("Stand van zaken selectieprocedure Compliance Officer",
                "Beste Alex,\n\nOnze directie heeft besloten de selectieprocedure tijdelijk aan "
                "te houden. Het betekent niet dat de vacature vervalt: jouw kandidatuur blijft "
                "nadrukkelijk in beeld.\n\nMet vriendelijke groet,\nSophie",
                "Sophie de Graaf <s.degraaf@gracht.example.com>") != "rejection"


def test_a_friend_quoting_her_own_no_is_her_news():
    assert kind("my news",
                "Alex! Bad news from my side - they wrote yesterday to say they \"regret to inform "
                "me\" that I was not successful for the Programme Officer post. They said they "
                "went with someone who has a master's degree already. How is your own search "
                "going?\n\nGrace", "Grace Akello <grace.akello@example.com>") == "other"


@pytest.mark.parametrize(("signature", "person"), [
    ("Met vriendelijke groet,\n\ndr. ir. Anne-Marije Bosma\nLector Melkveehouderij",
     "Anne-Marije Bosma"),
    ("Met vriendelijke groet,\n\ndrs. Klaas Visser\nHoofd Personeelszaken", "Klaas Visser"),
])
def test_a_title_before_the_name_is_left_out(signature, person):
    found = draft("Recruitment <jobs@employer.example.org>", "Your application: Data Officer",
                  "Dear Alex,\n\nWe regret that the Data Officer post has been filled internally."
                  "\n\n" + signature)
    assert found.person.name == person


def test_a_dutch_cooperatives_form_and_hr_desk_are_left_out():
    found = draft("Noordermelk <werving@noordermelk.example.com>", "Sollicitatie Data Engineer",
                  "Beste Alex,\n\nHelaas hebben we gekozen voor een andere kandidaat voor de "
                  "functie van Data Engineer.\n\nMet vriendelijke groet,\nBaukje Postma\n"
                  "Recruiter\nNoordermelk Coöperatie U.A.")
    assert found.company == "Noordermelk"
    found = draft("Personeelszaken Centrale Bank Zuid <pz@cbz.example.org>",
                  "Sollicitatie Toezichthouder",
                  "Geachte heer Morgan,\n\nHelaas hebben wij besloten u niet uit te nodigen voor "
                  "een gesprek voor de functie van Toezichthouder.\n\nMet vriendelijke groet,\n"
                  "Personeelszaken")
    assert found.company == "Centrale Bank Zuid"
