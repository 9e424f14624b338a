"""Fifty-fifth pass, read end to end from letters written for these tests (not the corpus's):
what the blind splits fresh236-240 showed (a renewable-energy developer's mail in Sardinia and
Corsica, a bilingual communications officer's in Wales, a product manager's in Catalonia,
Valencia and the Balearics, a logistics analyst's on the Kenyan and Tanzanian coast, a
hydropower engineer's in Nepal and Darjeeling).

Noes in Nepali, Sardinian, Corsican, French, Welsh, Catalan and Valencian, Swahili and Sheng,
and English; a Welsh elision ("'dan ni") opens no quotation; reasons in those languages; a
board's comfort is no reason; an offer taken back reaches "offer"; a company without the
office, the title or the UK address around it."""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind

SENDER = "Recriwtio <swyddi@example.org>"


@pytest.mark.parametrize(("subject", "body"), [
    ("लिखित परीक्षाको नतिजा - सिभिल इन्जिनियर पद",
     "आदरणीय उम्मेदवार,\n\nसिभिल इन्जिनियर पदको लिखित परीक्षाको नतिजा प्रकाशित भएको छ। "
     "अन्तर्वार्ताका लागि छनोट भएका उम्मेदवारहरूको नामावलीमा तपाईंको रोल नम्बर समावेश हुन सकेको "
     "छैन।\n\nलोक सेवा आयोग"),
    ("तपाईंको आवेदनको स्थिति - Quantity Surveyor",
     "नमस्ते Alex,\n\nतपाईंले आवेदन दिनुभएको पदको नयाँ स्थिति: छनोट प्रक्रियामा अगाडि नबढेको।\n\n"
     "नियोक्ताले तपाईंको प्रोफाइल अर्को चरणमा नलैजाने निर्णय गरेको छ।\n\nKaamSewa"),
    ("Re: Su postu de tecnicu",
     "Caru Alex,\n\nGràtzias po su test e po s'intervista. Su postu de tecnicu po is "
     "autorizatzionis no ddu aberreus prus, a su mancu po immoi.\n\nIgnazio"),
    ("A vostra candidatura - incaricatu di i permessi",
     "O caru Alex,\n\nVi ringraziemu per a vostra candidatura à u postu d'incaricatu. Dopu una "
     "longa discussione, avemu decisu di cuntinuà cù una persona di a valle.\n\nMaria Santa"),
    ("Votre promesse d'embauche - poste d'ingénieur",
     "Bonjour Monsieur Morgan,\n\nSuite à votre candidature, notre client a suspendu le projet "
     "éolien. Nous ne sommes "
     "malheureusement plus en mesure de maintenir la promesse d'embauche pour le poste "
     "d'ingénieur chargé d'affaires.\n\nPhilippe Garnier\nDirecteur général"),
    ("Re: Swydd Cynhyrchydd Cynnwys",
     "Helo Alex,\n\nDiolch am y cyfweliad olaf am swydd y Cynhyrchydd Cynnwys. Yn y diwedd, 'dan "
     "ni wedi cynnig y swydd i rywun sydd wedi bod yn comisiynu cynnwys i ni ers dwy flynedd.\n\n"
     "Elen"),
    ("Swydd Swyddog Cynnwys",
     "Shwmae Alex,\n\nDiolch am ddod mewn i siarad am swydd y Swyddog Cynnwys. Ond ni 'di "
     "penderfynu mynd 'da rhywun sy'n byw yn y dre.\n\nWyn"),
    ("Procés de selecció - Product Manager",
     "Hola Alex,\n\nMoltes gràcies per l'entrevista i la presentació. Al final hem acabat apostant "
     "per un perfil que ve del món del CRM.\n\nLaia\nHead of Product"),
    ("La proposta de Head of Product",
     "Alex,\n\nLa setmana passada et vam enviar la proposta per a la posició de Head of Product. "
     "El fons s'ha fet arrere i no podem mantindre eixa proposta.\n\nVicent\nCofundador i CEO"),
    ("Hali ya ombi lako: Mratibu wa Magari",
     "Mwajiri amesasisha hali ya ombi lako.\n\nNafasi: Mratibu wa Magari\nHali mpya: "
     "Haikuendelea - mwajiri amechagua waombaji wengine kwa hatua inayofuata.\n\nKaziPwani"),
    ("Head of Ops",
     "Niaje Alex,\n\nPole kwa kukuweka hanging tangu ile interview. Tumeenda na mtu mwingine for "
     "the Head of Ops role.\n\nDennis\nFounder"),
    ("Your offer of employment - Logistics Analyst",
     "Dear Alex,\n\nWe refer to our letter of offer dated 29th October for the Logistics Analyst "
     "position. Following a reorganisation the position has been abolished. The company is "
     "consequently unable to proceed with your engagement.\n\nLydia\nPeople & Culture"),
    ("Product Manager role",
     "Hi Alex,\n\nThanks for the two interviews. We've decided to pause the PM hire until the "
     "Series A is closed.\n\nJoe\nFounder"),
])
def test_a_no_in_these_words_is_a_no(subject, body):
    assert kind(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body", "reason"), [
    ("Matokeo ya usaili - Afisa Mipango",
     "Ndugu Alex,\n\nTunasikitika kukujulisha kwamba hukufanikiwa kuendelea na hatua ya usaili kwa "
     "kuwa alama ulizopata hazikufikia kiwango cha chini kilichowekwa na Kamati ya Uajiri.\n\n"
     "Zuhura Mwakilema",
     "hazikufikia kiwango cha chini"),
    ("Re: Product Manager",
     "Hola Alex,\n\nGràcies per l'entrevista per a la posició de Product Manager. Fa dues setmanes "
     "el client ha decidit internalitzar la gestió del producte, així que tanquem la posició.\n\n"
     "Marta",
     "internalitzar la gestió del producte"),
    ("Swydd Swyddog Marchnata",
     "Helo Alex,\n\nDiolch am y cyfweliad am swydd y Swyddog Marchnata. Efo tîm mor fach, 'dan ni "
     "wir angen rhywun sy'n gallu bod yma yn y swyddfa bob dydd, felly 'na' fydd hi y tro yma."
     "\n\nSioned",
     "angen rhywun"),
    ("Senior Geotechnical Engineer",
     "नमस्ते Alex जी,\n\nअन्तर्वार्ता समितिले उक्त पदका लागि सुरुङ निर्माणमा पाँच वर्षभन्दा बढी "
     "अनुभव भएका उम्मेदवारलाई प्राथमिकता दिने निर्णय गरेको छ। यस पटक तपाईंको नाम अगाडि बढाउन "
     "सकेनौं।\n\nरमेश",
     "प्राथमिकता दिने"),
])
def test_the_reason_in_these_words_is_found(subject, body, reason):
    found = draft(SENDER, subject, body).reason
    assert found and reason in found, found


def test_a_boards_comfort_is_no_reason():
    body = ("Mwajiri amesasisha hali ya ombi lako kwa nafasi ya Mratibu wa Magari.\n\nHali mpya: "
            "Haikuendelea.\n\nUsikate tamaa! Kuna nafasi 46 mpya za usafirishaji wiki hii.\n\n"
            "Timu ya KaziPwani")
    assert draft(SENDER, "Hali ya ombi lako: Mratibu wa Magari", body).reason is None


@pytest.mark.parametrize(("subject", "body"), [
    ("La proposta de Head of Product",
     "Alex,\n\nLa setmana passada et vam enviar la proposta per a la posició de Head of Product. "
     "El fons s'ha fet arrere i no podem mantindre eixa proposta.\n\nVicent"),
    ("Your offer of employment - Logistics Analyst",
     "Dear Alex,\n\nWe refer to our letter of offer dated 29th October. The position has been "
     "abolished and we are unable to proceed with your engagement.\n\nLydia"),
])
def test_an_offer_taken_back_reached_offer(subject, body):
    assert draft(SENDER, subject, body).stage == "offer"


@pytest.mark.parametrize(("signature", "company"), [
    ("Gwenllian Hughes\nHead of Marketing\nColeg Bro Maelor, Ffordd Plas Coch, Wrecsam LL11 0ZZ",
     "Coleg Bro Maelor"),
    ("Zuhura Mwakilema\nMeneja Rasilimali Watu\nPwani Ports Authority - Ajira", "Pwani Ports Authority"),
    ("Lydia Chepkoech\nHR Business Partner\nChapa Money People & Culture", "Chapa Money"),
])
def test_a_company_without_what_stands_around_it(signature, company):
    body = ("Dear Alex,\n\nThank you for your interview for the Logistics Analyst position. We "
            "regret to inform you that we will not be proceeding with your application.\n\n"
            f"Kind regards,\n\n{signature}")
    assert draft(SENDER, "Logistics Analyst - interview outcome", body).company == company


def test_a_welsh_elision_opens_no_quotation():
    body = ("Su'mae Alex,\n\nDiolch am ddod i'r swyddfa i sgwrsio am swydd y Swyddog Marchnata.\n\n"
            "Dwi 'di bod yn pendroni dros y penwythnos, a dwi'n ofni mai 'na' fydd hi y tro yma.\n\n"
            "Sioned")
    assert kind("Swydd marchnata", body) == "rejection"
