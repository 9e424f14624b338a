"""Fifty-sixth pass, read end to end from letters written for these tests (not the corpus's):
what the blind splits fresh241-245 showed (a mining-logistics planner's mail in Mongolia, a
safeguards officer's in Madagascar, a seafood quality lead's in the Faroe Islands and Denmark,
a QA lead's in Armenia, an agricultural finance officer's in Zimbabwe and Zambia).

Noes in Faroese, Danish, Norwegian, Mongolian (in Cyrillic and in Latin letters), Armenian
(in its script and in Latin letters), Malagasy, Shona, Ndebele, Bemba and Nyanja; a Malagasy
receipt; a Danish "you are still in the field" and a Norwegian "you are through to the second
round" are no noes; a friend's own no in Armenian is her news."""

from __future__ import annotations

import pytest

from helpers import letter_kind as kind


@pytest.mark.parametrize(("subject", "body"), [
    ("Umsókn: Góðskuleiðari",
     "Hey Alex,\n\nTakk fyri umsóknina til starvið sum góðskuleiðari og takk fyri samrøðuna. Vit "
     "harma at boða tær frá, at valið hesaferð ikki er fallið á teg.\n\nVinarliga\nAnna"),
    ("Umsókn um starv sum deildarleiðari",
     "Vit takka tær fyri umsóknina. Setanarnevndin hevur mælt til at seta ein annan umsøkjara í "
     "starvið.\n\nFjarðar kommuna"),
    ("Fiskaheilsuráðgevi: støðan",
     "Takk fyri samrøðuna. Leiðslan hevur gjørt av, at allar nýggjar setanir verða lagdar á ís til "
     "komandi ár, og tað fevnir eisini um starvið.\n\nJógvan"),
    ("Vedr. tilbud om ansættelse - forsøgsleder",
     "Kære Alex,\n\nFonden har udskudt bevillingen. Jeg er derfor nødt til at trække det tilbud om "
     "ansættelse, vi sendte dig, tilbage.\n\nMed venlig hilsen\nKaren"),
    ("Produksjonssjef hos oss",
     "Hei Alex,\n\nTakk for praten. Vi trenger noen som kan bo på Frøya, så vi går ikke videre "
     "denne gangen.\n\nSilje"),
    ("Экспортын логистикийн менежер - ярилцлагын дараа",
     "Сайн байна уу, Алекс аа,\n\nЭнэ удаад ажлын байрыг дотоод нөөцөөсөө, манай ажилтнаараа "
     "нөхөхөөр шийдлээ.\n\nХүний нөөцийн алба"),
    ("Gaaliin deklarant ajliin tuhai",
     "Sn bnu Alex,\n\nManaid irj yarilsand bayarlalaa. Hyatad helend chuluutei hun heregtei "
     "bolchloo, tiimees uur negniig songochloo daa.\n\nBat"),
    ("Ձեր դիմումի մասին - QA Engineer",
     "Հարգելի Ալեքս,\n\nՇնորհակալություն հարցազրույցի համար։ Երկար խորհրդակցելէ ետք որոշեցինք "
     "ուրիշ թեկնածուի մը հետ յառաջանալ։\n\nMasis Digital"),
    ("Հաստիքի համալրման մասին",
     "Հարգելի Ալեքս,\n\nՑավոք, պետք է տեղեկացնենք, որ թափուր հաստիքի համալրումը կասեցվել է մինչև "
     "հետագա որոշում։\n\nՄարդկային ռեսուրսների բաժին"),
    ("QA Lead take-home",
     "Barev Alex jan,\n\nShnorhakal em take-home-i hamar. Bayc ankeghc asem, es pahin chenq karox "
     "araj gnal qo het QA Lead hastiqi hamar.\n\nDavit"),
    ("Valin'ny fangatahana asa - Mpandrindra",
     "Ry Alex,\n\nIsaorana anao tamin'ny resadresaka. Manenina izahay milaza aminao fa tsy afaka "
     "hanohy ny dingana miaraka aminao izahay amin'ity indray mitoraka ity.\n\nONTIA"),
    ("Chikumbiro chenyu: Loan Officer",
     "Mhoro Alex,\n\nTinokutendai nekuuya kuhurukuro (interview). Takasarudza munhu atove neruzivo, "
     "saka hatizokwanisi kuenderera mberi nechikumbiro chenyu.\n\nTsigiro MFI"),
    ("Isikhundla se-Irrigation Coordinator",
     "Sawubona Alex,\n\nSiyabonga ngengxoxo (interview). Isikhundla se-Irrigation Coordinator "
     "asisazugcwaliswa kulo nyaka.\n\nAmanzi Ethu"),
    ("Field Loan Officer - Kitwe",
     "Mwapoleni Alex,\n\nNatutasha pa kulomba incito ya Field Loan Officer. Incito iyi yaisushiwa "
     "kale ku muntu uwalebomba kale muli kampani yesu.\n\nChambeshi Microfinance"),
    ("Ntchito ya Field Credit Officer",
     "Moni Alex,\n\nZikomo pobwera ku kuyankhulana (interview). Tasankha kupitiriza ndi munthu wina."
     "\n\nKasenengwa Cooperative"),
])
def test_a_no_in_these_words_is_a_no(subject, body):
    assert kind(subject, body) == "rejection"


def test_a_malagasy_receipt_is_an_acknowledgement():
    body = ("Ry Alex,\n\nVoaray soa aman-tsara ny fangatahana asa nalefanao ho an'ny toerana "
            "Mpitantana Tetikasa.\n\nIreo kandida voafantina ihany no hifandraisana ho amin'ny "
            "dingana manaraka.\n\nFondation Tanora")
    assert kind("Fanamarinana fandraisana ny fangatahana asa", body) == "acknowledgement"


@pytest.mark.parametrize(("subject", "body", "expected"), [
    ("Status: Driftsleder",
     "Hej Alex,\n\nVi er desværre blevet forsinket i processen, fordi vores direktør har været "
     "sygemeldt. Du er stadig med i feltet, og der er ikke truffet nogen afgørelse om stillingen."
     "\n\nMed venlig hilsen\nHR", "other"),
    ("Videre til andre intervju: Kvalitetssjef",
     "Hei Alex,\n\nVi har dessverre måttet si nei til mange sterke kandidater, men du er videre til "
     "andre og avsluttende runde. Andre intervju blir 29. januar.\n\nHilsen HR", "interview"),
])
def test_a_process_still_open_is_no_no(subject, body, expected):
    assert kind(subject, body) == expected


def test_a_friends_own_no_in_armenian_is_her_news():
    body = ("Ալեքս ջան,\n\nՀիշում ես Բեռլինի ընկերությունը, որտեղ հարցազրույցներ էի անցնում։ Երեկ "
            "պատասխանեցին՝ ինձ չեն վերցրել։ Բայց էսօր Թբիլիսիից offer եկավ, ընդունել եմ։\n\nԼևոն")
    assert kind("Նորություն", body) != "rejection"
