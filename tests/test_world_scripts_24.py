"""Twenty-fourth pass: the employer as its own letter writes it, not as its domain romanises it.

An employer writing in Greek, Serbian Cyrillic or Korean sends from a domain that romanises
its name (gefyra-amke, rsmorava, hangyeol-chem); Ajar read the domain run together ("Gefyra
Amke") because nothing tied it to the signed name. A Korean or Japanese desk in the sender's
name ("한결케미칼 채용담당") made a person of the desk; an Icelandic "ehf." or a Turkish "ı"
kept a signed name from matching its domain; a Serbian name in sentence case was read as a
sentence. Titles in Korean, Japanese and Chinese letters named by their post or stage word
were missed, and a club's "we have chosen a candidate" was read as sports news.
Every letter below is written anew (invented names, reserved example domains).
"""

from __future__ import annotations

import pytest

from ajar.formats.mail import draft_rejection
from ajar.formats.mail_fields import name_key
from ajar.formats.mail_stage_scripts import held_in_script
from ajar.formats.mail_title_scripts import title_in_script
from ajar.formats.romanised import romanised, spells_domain_romanised
from ajar.formats.triage import classify
from helpers import letter

ME = frozenset({"alex.morgan@example.net"})


def _draft(sender: str, subject: str, body: str):
    return draft_rejection(letter(sender, subject, body, message_id="<scripts24@example.com>"),
                           "scripts24.eml", ME)


# --- romanisation -------------------------------------------------------------------------

@pytest.mark.parametrize("word,latin", [
    ("Γέφυρα", "gefyra"), ("Μπλε", "ble"), ("Ουρανός", "ouranos"),
    ("Морава", "morava"), ("Ђурђевак", "djurdjevak"), ("Щука", "schuka"),
    ("한결", "hangyeol"), ("서린", "seorin"), ("케미칼", "kemikal"),
    ("Acme-1", "acme1"),
])
def test_romanised_writes_greek_cyrillic_and_hangul_in_latin_letters(word: str,
                                                                   latin: str) -> None:
    assert romanised(word) == latin


@pytest.mark.parametrize("name,domain,spelled", [
    ("Κοινότητα Γέφυρα ΑΜΚΕ", "gefyra-amke", True),  # the run of its last words
    ("한결케미칼", "hangyeol-chem", True),  # the domain's first part opens the name
    ("Регионални рукометни савез Морава", "rsmorava", True),
    ("Алтынсай Банк", "altynsai-bank", True),
    ("Секретар Савеза", "rsmorava", False),  # a title, not the organisation
    ("Κοινότητα Γέφυρα", "northwind", False),
    ("Gefyra Community", "gefyra", False),  # Latin names are the capitals' reader's
    ("한결", "hg", False),  # too short a domain to tell anything by
])
def test_a_domain_that_romanises_a_name_is_known(name: str, domain: str, spelled: bool) -> None:
    assert spells_domain_romanised(name, domain) is spelled


def test_letters_a_domain_writes_plain_compare_equal() -> None:
    assert name_key("Kuzey Işık") == name_key("kuzeyisik")
    assert name_key("Brosið") == "brosid"
    assert name_key("Søndergård") == "sondergard"


# --- the employer ---------------------------------------------------------------------------

def test_a_korean_desk_in_the_senders_name_is_the_employer_and_nobody_to_write_to() -> None:
    draft = _draft("다온케미칼 채용담당 <recruit@daon-chem.example.com>",
                   "[다온케미칼] 2026년 경력직 채용 서류전형 결과 안내",
                   "안녕하세요, Alex Morgan 님.\n\n다온케미칼 인사팀입니다.\n\n지원하신 품질경영팀 "
                   "공정분석 담당 포지션에 대해 신중하게 검토하였으나, 아쉽게도 이번 서류전형에서는 "
                   "귀하를 다음 전형으로 모시지 못하게 되었음을 안내드립니다.\n\n감사합니다.\n\n"
                   "다온케미칼 인사팀 드림\n")
    assert draft.company == "다온케미칼"
    assert draft.role == "품질경영팀 공정분석 담당"
    assert draft.person is None


EMPLOYERS = [
    # Greek: the signed name beats the domain run together
    ("Δήμητρα Καλογεράκη <d.kalogeraki@gefyra-amke.example.org>",
     "Re: Θέση Συντονιστή Προγραμμάτων",
     "Καλησπέρα Alex,\n\nΔυστυχώς η θέση δεν θα καλυφθεί τελικά, γιατί η χρηματοδότηση "
     "δεν ανανεώθηκε.\n\nΝα 'σαι καλά,\nΔήμητρα\n\n--\nΔήμητρα Καλογεράκη\n"
     "Υπεύθυνη Προγραμμάτων | Κοινότητα Γέφυρα ΑΜΚΕ\nΕγνατίας 45, Θεσσαλονίκη\n",
     "Κοινότητα Γέφυρα", False),
    # Serbian: a name in sentence case under a title's line
    ("Регионални одбојкашки савез Дрина <konkurs@rsdrina.example.org>",
     "Обавештење о исходу конкурса – Тренер",
     "Поштовани господине Морган,\n\nОбавештавамо Вас да Комисија Вашу пријаву није "
     "узела у разматрање, јер уз пријаву није достављена копија дипломе.\n\n"
     "С поштовањем,\nМилица Петровић\nСекретар Савеза\n"
     "Регионални одбојкашки савез Дрина\nТел: +381 15 555 710\n",
     "Регионални одбојкашки савез Дрина", False),
    # Romanian: an organisation's name on a human-resources mailbox is no person
    ("Complexul Sportiv Municipal Valea Oltului "
     "<resurse.umane@csm-valeaoltului.example.org>",
     "Anunț privind anularea concursului – Coordonator evenimente",
     "Stimate domnule Morgan,\n\nVă aducem la cunoștință că concursul pentru postul "
     "de Coordonator evenimente a fost anulat în urma rectificării bugetare.\n\n"
     "Cu stimă,\nServiciul Resurse Umane\n",
     "Complexul Sportiv Municipal Valea Oltului", True),
    # Turkish: a job board names the firm before its noun
    ("İşKapısı <bildirim@iskapisi.example.com>",
     "Başvurun hakkında: Okul Öncesi Öğretmeni",
     "Merhaba Alex,\n\nKüçük Yıldızlar Anaokulları firmasının Okul Öncesi Öğretmeni "
     "ilanına yaptığın başvuru firma tarafından değerlendirildi.\n\nBaşvurun bu ilan "
     "için olumsuz sonuçlandı.\n",
     "Küçük Yıldızlar Anaokulları", False),
]


@pytest.mark.parametrize("sender,subject,body,company,nobody", EMPLOYERS)
def test_the_employer_as_its_letter_writes_it(sender: str, subject: str, body: str,
                                              company: str, nobody: bool) -> None:
    draft = _draft(sender, subject, body)
    assert draft.company == company
    if nobody:  # an organisation's own mailbox is nobody to write to
        assert draft.person is None


@pytest.mark.parametrize("signature,domain,company", [
    ("Okul Müdürü | Güney Işık Uluslararası Okulu", "guneyisik", "Güney Işık Uluslararası Okulu"),
    ("Framkvæmdastjóri\nTannlæknastofan Bjartið ehf.", "bjartid", "Tannlæknastofan Bjartið"),
    ("מנהלת פדגוגית | רשת גני אלון", "gani-alon", "רשת גני אלון"),
    ("مدير الموارد البشرية\nمدارس النخيل الدولية - القاهرة الجديدة", "alnakheel-schools",
     "مدارس النخيل الدولية"),
])
def test_a_signed_line_names_the_employer(signature: str, domain: str, company: str) -> None:
    draft = _draft(f"Selin Kaya <selin@{domain}.example.org>", "Re: your application",
                   "Hi Alex,\n\nThank you for meeting us. We have decided to continue with "
                   f"another candidate for the post.\n\nBest regards,\n\nSelin Kaya\n{signature}\n")
    assert draft.company == company


# --- the title ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,title", [
    ("2026년 경력직 수시채용 물류계획 분석가(공급망부문) 최종면접에 참석해 주셔서 감사드립니다.",
     "물류계획 분석가(공급망부문)"),
    ("공고에 따라 임대관리 매니저 포지션을 보류하게 되었습니다.", "임대관리 매니저"),
    ("그랜드남산호텔 시설관리 매니저 포지션에 지원해 주셔서 감사합니다.", "시설관리 매니저"),
    ("感谢您参加华岳银行总行“供应链金融分析师（风险方向）”岗位的第二轮面试。",
     "供应链金融分析师（风险方向）"),
    ("感謝您參加本院「副研究員（氣候組）」甄試面談。", "副研究員（氣候組）"),
    ("感谢您于12月3日来我院参加特聘副研究员岗位的现场考核。", "特聘副研究员"),
    ("サプライチェーン企画部 需要予測アナリスト職の選考につきまして、慎重に検討いたしました。",
     "サプライチェーン企画部 需要予測アナリスト"),
])
def test_a_title_named_by_its_post_or_stage_word(text: str, title: str) -> None:
    assert title_in_script("", text) == title


def test_an_acronym_alone_is_no_title_but_an_acronym_in_a_korean_unit_is() -> None:
    assert title_in_script("", "지원하신 ESG 포지션에 대해 검토하였습니다.") is None
    assert title_in_script("", "지원하신 ESG경영팀 탄소회계 담당 포지션에 대해 검토하였습니다.") \
        == "ESG경영팀 탄소회계 담당"


# --- the kind -------------------------------------------------------------------------------


def test_a_serbian_call_for_applicants_is_job_mail() -> None:
    verdict = classify("Обавештење о исходу конкурса",
                       "Поштовани,\n\nОбавештавамо Вас да Ваша пријава на конкурс за радно место "
                       "аналитичара није узета у разматрање.\n", "konkurs@savez.example.org")
    assert verdict.because != ["no job-search words"]


# --- the stage ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,stage", [
    ("최종면접 결과, 안타깝게도 불합격하셨음을 알려드립니다.", "final-round"),
    ("感谢您参加华岳银行总行“供应链金融分析师（风险方向）”岗位的第二轮面试。", "interview"),
    ("很遗憾地通知您，您本次未能通过面试。", "interview"),
    ("感谢您于12月3日来我院参加特聘副研究员岗位的现场考核。", "interview"),
    ("感謝您撥冗參加本院「副研究員」甄試面談。", "interview"),
    ("很遗憾，您未能通过终面。", "final-round"),
    ("אחרי הסבב האחרון מול המנכ\"לית, החלטנו ללכת עם מועמדת אחרת.", "final-round"),
    ("二次面接の結果についてご連絡いたします。", "interview"),
])
def test_a_step_the_reader_went_through_in_these_scripts(text: str, stage: str) -> None:
    assert held_in_script(text) == stage


def test_an_invitation_to_an_interview_is_no_step_gone_through() -> None:
    assert held_in_script("我们诚挚邀请您参加下周的面试。") is None


@pytest.mark.parametrize("line,company", [
    ("东陵理工大学环境科学与工程学院", "东陵理工大学"),
    ("関東都市大学大学院先端環境科学研究科", "関東都市大学"),
    ("华晟银行", "华晟银行"),
])
def test_a_universitys_school_run_into_its_name_is_the_university(line: str, company: str) -> None:
    from ajar.formats.company_scripts import world_script_company
    assert world_script_company(line) == company


# --- a subject's title beside the process's news ----------------------------------------------

@pytest.mark.parametrize("subject,role", [
    ("Technik údržby – výsledek výběrového řízení", "Technik údržby"),
    ("Elektryk utrzymania ruchu - odpowiedź na aplikację", "Elektryk utrzymania ruchu"),
    ("Voditelj sportskog centra – povratna informacija klijenta", "Voditelj sportskog centra"),
    ("Elektriker (m/w/d) – Ihre Bewerbung", "Elektriker"),
    ("Ejecutivo de Cuentas Senior - Resultado del proceso", "Ejecutivo de Cuentas Senior"),
    ("Executivo de Contas - Retorno do processo seletivo", "Executivo de Contas"),
    ("Tu candidatura - Auditor/a de Seguridad Alimentaria (IFS / BRCGS)",
     "Auditor/a de Seguridad Alimentaria (IFS / BRCGS)"),
    ("Votre candidature / Your application – Ingénieur(e) junior, Méthodes de fabrication",
     "Ingénieur(e) junior, Méthodes de fabrication"),
])
def test_a_title_beside_the_news_of_the_process_is_the_role(subject: str, role: str) -> None:
    from ajar.formats.mail_fields import from_subject
    assert from_subject(subject) == (None, role)


@pytest.mark.parametrize("subject,company", [
    ("Monter Group - update", "Monter Group"),
    ("Adventure Works - update", "Adventure Works"),
])
def test_a_firm_beside_the_news_stays_the_company(subject: str, company: str) -> None:
    from ajar.formats.mail_fields import from_subject
    assert from_subject(subject) == (company, None)


# --- families read after opening fresh71 to fresh75 ------------------------------------------


@pytest.mark.parametrize("sentence", [
    "经HR初步筛选，您的简历与该职位的要求暂不匹配。",
    "지원해 주신 서류를 신중하게 검토하였으나, 아쉽게도 함께하지 못하게 되었습니다.",
    "誠に残念ながら、Morgan様のご希望に添えない結果となりました。",
    "Nažalost, Vaša prijava nije prošla.",
])
def test_a_no_said_to_the_reader_in_scripts_without_a_spaced_you(sentence: str) -> None:
    from ajar.formats.triage_audience import said_to_the_reader
    assert said_to_the_reader(sentence.lower())


def test_a_scandinavian_we_is_not_the_reader() -> None:
    from ajar.formats.triage_audience import said_to_the_reader
    assert not said_to_the_reader("vi har valt en annan leverantör för projektet.")


@pytest.mark.parametrize("subject,text,title", [
    ("תפקיד רכז/ת פדגוגי/ת - עדכון", "החלטנו ללכת עם מועמדת אחרת לתפקיד הרכזת הפדגוגית של הרשת.",
     "רכז פדגוגי"),
    ("עדכון לגבי מועמדותך", "תודה על ההתעניינות שלך במשרת מנהל/ת תוכן פדגוגי לגיל הרך בקשת לומדת.",
     "מנהל תוכן פדגוגי לגיל הרך"),
])
def test_a_hebrew_post_without_its_second_gender_form(subject: str, text: str, title: str) -> None:
    from ajar.formats.mail_titles import gender_forms_out
    assert title_in_script(gender_forms_out(subject), gender_forms_out(text)) == title


# One message's kind in its context: the setting, who is named, a condition, a clause before.
KINDS_IN_CONTEXT = [
    # a no the gate now lets through
    ('有關「副研究員」甄選結果通知',
     'Alex Morgan 先生 您好：\n感謝您參加本院甄試面談。茲因本職缺所屬計畫經費未獲核定，本院決定暫停本職缺之招募作業，故本次甄選不予錄取任何人選。\n人力資源室',
     'hr@institute.example.org', 'rejection'),
    ('תפקיד רכז פדגוגי - עדכון',
     'היי אלכס,\n\nאחרי הסבב האחרון החלטנו ללכת עם מועמדת אחרת לתפקיד. בהצלחה, ותודה '
     'על התהליך.\n\nמיכל',
     'hr@institute.example.org', 'rejection'),
    # someone else chosen, in Chinese and Cantonese
    ('Carrick Bay 個 ESG Reporting Analyst',
     'Alex，啱啱收到 Carrick Bay 覆，佢哋 ESG Reporting Analyst 個位最後揀咗內部同事，唔好意思呀🙏',
     'kelvin@talent.example.com', 'rejection'),
    ('采购报价结果',
     '感谢贵司的报价，经比较后我们选择了其他供应商。',
     'kelvin@talent.example.com', 'other'),
    ('行业新闻',
     '今年多家制造企业暂停招聘，人才市场趋于保守。',
     'kelvin@talent.example.com', 'other'),
    # Serbian, Croatian and Slovenian noes
    ('Obaveštenje o ishodu konkursa',
     'Poštovani gospodine Morgan, obaveštavamo Vas da Komisija Vašu prijavu na '
     'konkurs nije uzela u razmatranje, jer uz prijavu nije dostavljena kopija '
     'diplome.',
     'konkurs@savez.example.org', 'rejection'),
    ('Обавештење о исходу конкурса',
     'Поштовани, обавештавамо Вас да Комисија Вашу пријаву на конкурс није узела у '
     'разматрање, јер уз пријаву није достављена копија дипломе.',
     'konkurs@savez.example.org', 'rejection'),
    ('Izbor kandidata',
     'Pozdravljeni, hvala za prijavo. Žal vam ne moremo ponuditi delovnega mesta, '
     'izbrali smo drugega kandidata.',
     'konkurs@savez.example.org', 'rejection'),
    ('Kredit',
     'Nažalost, Vaš zahtjev za kredit nije uzet u razmatranje zbog nepotpune dokumentacije.',
     'konkurs@savez.example.org', 'other'),
    # Greek noes, and a loan refused
    ('Η αίτησή σας για τη θέση Νηπιαγωγού',
     'Αγαπητέ κύριε Morgan,\n\nΜε λύπη σας ενημερώνω ότι δεν θα μπορέσουμε να '
     'προχωρήσουμε στην πρόσληψή σας για τη θέση του νηπιαγωγού.\n\nΜε '
     'εκτίμηση,\nΚατερίνα',
     'hr@armonia.example.org', 'rejection'),
    ('Η αίτησή σας',
     'Δυστυχώς επιλέξαμε άλλον υποψήφιο για τη θέση.',
     'hr@armonia.example.org', 'rejection'),
    ('Δάνειο',
     'Δυστυχώς δεν μπορούμε να προχωρήσουμε με την αίτηση δανείου σας.',
     'hr@armonia.example.org', 'other'),
    ('Žádost o úvěr',
     'Bohužel Vaši žádost o úvěr jsme zamítli, uchazeč nesplnil podmínky bonity.',
     'hr@armonia.example.org', 'other'),
    # noes read after opening fresh71 to fresh75
    ('Retroalimentación proceso',
     'Hola Alex, después de la simulación lo hablamos con el equipo y no vamos a '
     'seguir contigo para el cargo de Ejecutivo Comercial.',
     'talent@firm.example.com', 'rejection'),
    ('Ejecutiva Comercial',
     'Hola, te cuento que el cliente se quedó con otra persona para el puesto. '
     'Gracias por la entrevista.',
     'talent@firm.example.com', 'rejection'),
    ('Retorno da vaga',
     'Oi Alex, o retorno do cliente é que eles decidiram seguir com outros '
     'candidatos para a vaga de Executivo de Contas.',
     'talent@firm.example.com', 'rejection'),
    ('Rekrutacja nr 3/2027',
     'Uprzejmie informuję, że Zarząd podjął decyzję o wstrzymaniu naboru na '
     'stanowisko Kierownik Zmiany. Postępowanie zostaje zakończone bez wyboru '
     'kandydata.',
     'talent@firm.example.com', 'rejection'),
    ('Rückmeldung zu Ihrer Bewerbung',
     'Der Fachbereich hat Ihre Unterlagen geprüft und sich leider gegen ein '
     'Vorstellungsgespräch entschieden.',
     'talent@firm.example.com', 'rejection'),
    ('Re: Regional Buyer',
     'The team decided to fill the Regional Buyer, Home Textiles position internally.',
     'talent@firm.example.com', 'rejection'),
    ("Votre promesse d'embauche",
     "Nous ne sommes plus en mesure de maintenir cette proposition d'embauche, le "
     'poste ayant été supprimé.',
     'talent@firm.example.com', 'rejection'),
    ('طلب التوظيف: ممرضة عناية مركزة',
     'نود إعلامك بأنه تعذر علينا المضي قدماً في طلبك لوظيفة ممرضة عناية مركزة في الوقت الحالي.',
     'talent@firm.example.com', 'rejection'),
    ('Sourcing Manager - final round',
     'Thank you for the final round. We have decided to go with the other finalist.',
     'talent@firm.example.com', 'rejection'),
    # an offer voided, or never made, is a no
    ('Cargo Key Account Manager',
     'Hola Alex: tenemos que dejar sin efecto la oferta que te enviamos para el '
     'cargo de Key Account Manager; se congelaron todas las contrataciones.',
     'people@studio.example.com', 'rejection'),
    ('Studio / Senior Designer',
     "Thanks for the portfolio review. The client engagement was pushed, so we're "
     'stopping the Senior Designer search for now rather than making an offer we '
     "can't stand behind.",
     'people@studio.example.com', 'rejection'),
    ('Your offer',
     'We are delighted to make you an offer for the Product Designer role. The '
     'offer letter is attached.',
     'people@studio.example.com', 'offer'),
    # a candidate chosen at a club is a hiring no
    ("Head of Performance – decision",
     "Hi Alex,\n\nThank you for the two days with the first team. We have made our decision and "
     "I'm afraid it's not the news you were hoping for. We have chosen a candidate who has "
     "already worked with our head coach at his previous club for three seasons.\n\nBest "
     "regards,\nTomo\nSporting Director\nNK Primorje\n",
     "tomo@nkprimorje.example.com", "rejection"),
    # a club that names no hiring is still sport
    ("Youth league fixtures",
     "Hi Alex,\n\nUnfortunately the club could not enter your son's team in the spring league "
     "this season; the squad list came in after the deadline.\n\nBest,\nTomo\n",
     "tomo@nkprimorje.example.com", "other"),
    # someone named asked to take the post on
    ("Our conversation last Thursday",
     "Hi Alex,\n\nThank you again for making the trip out on Thursday. I've talked it over with "
     "my partner, and we've asked Sanne to take on the practice manager role from January. She "
     "has run our front desk for six years.\n\nWarm regards,\nJoost\n",
     "joost@tandarts.example.com", "rejection"),
    # a job ad that comes down once the post is filled
    ("Stellenangebot: Elektroniker (m/w/d)",
     "Wir suchen ab sofort einen Elektroniker für Energie- und Gebäudetechnik. Bewerbungen bitte "
     "per E-Mail. Sobald die Stelle besetzt ist, wird die Anzeige entfernt.",
     "jobs@board.example.com", "!rejection"),
    # a card we will not go on with is no job
    ("Tarjeta", "No vamos a seguir con tu solicitud de tarjeta de crédito.",
     "avisos@banco.example.com", "other"),
    # a "not" in the clause before does not undo a decision
    ("New message from Bruna",
     "Hi Alex!! I have news about the Trade Marketing Manager position. Sadly is not a good "
     "one 😕 The client decided to fill the position internally.", "relay@chat.example",
     "rejection"),
]


@pytest.mark.parametrize("subject,body,sender,kind", KINDS_IN_CONTEXT)
def test_a_kind_read_in_context(subject: str, body: str, sender: str, kind: str) -> None:
    verdict = classify(subject, body, sender)
    if kind.startswith("!"):
        assert verdict.kind != kind[1:]
    else:
        assert verdict.kind == kind
