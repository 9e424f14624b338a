"""Thirty-ninth pass, read end to end from letters written for these tests (not the corpus's):
what the blind splits fresh161-165 showed (a developer-tools engineer's mail in Britain, a
backend engineer's in mainland China and Taiwan, a front-end developer's in Iran, a backend
engineer's in Central Europe, a Java developer's in India), and an agency's subject that
names its client inside a matter phrase.

Noes in Chinese and Persian and an agency's "client has rejected the profile"; a Chinese "if"
after a full stop, a referral's news, a hackathon, a flat and a paid trial's invoice; the
employer in a Chinese signature, a board's card, a Persian "at the company", after a Persian
desk; titles in Chinese brackets and Persian guillemets, a levelled shorthand; the steps of
these letters."""

from __future__ import annotations

import pytest

from ajar.formats.mail_company import acceptable
from ajar.formats.triage_model import sentences
from helpers import letter_draft as draft, letter_kind as kind


# ------------------------------------------------------------------ noes

@pytest.mark.parametrize(("subject", "body"), [
    ("二面之后的反馈",
     "Alex 你好，\n\n谢谢你上周来参加二面。团队讨论了很久，最后还是把这个 HC 给了一位做过支付清算的候选人。"
     "以后有合适的位置再联系你。\n\n王磊\n青禾科技 · 后端负责人"),
    ("線上測驗結果通知",
     "Alex 先生您好：\n\n感謝您參加本公司後端工程師職缺之線上測驗。您的成績未達門檻，本次甄選將不再安排"
     "後續面談，敬請見諒。\n\n藍杉科技 人力資源處 敬啟"),
    ("【职聊招聘】青禾网络的招聘者给你发来一条新消息",
     "Alex Morgan，你好：\n\n你有 1 条未读消息，来自「青禾网络 · 王芳（招聘专员）」：\n\n“您好，感谢您对我们"
     "【Java开发工程师】职位的关注～看了您的简历，和我们的业务场景不太匹配，这次就先不约面试啦。—— 王芳”\n\n"
     "职位：Java开发工程师 · 杭州 · 30-50K\n公司：青禾网络 · 电子商务\n\n打开职聊 App 查看并回复 >"),
    ("你投递的职位有新的反馈",
     "你投递的职位有了新的反馈：\n\n【Java开发工程师】\n处理进度：投递成功 → 被查看 → 不合适\n\n"
     "看看相似职位"),
    ("关于录用意向书的说明",
     "Alex，你好：\n\n上周我们向你发出了高级开发工程师的录用意向书。集团冻结了招聘名额，我们只能撤回这份录用"
     "意向书。非常抱歉。\n\n李娜\n远山科技 HRBP"),
    ("周末聊完的后续",
     "Alex，周末聊得挺愉快。\n\n想了两天，还是直说吧：我们这边先不往下走了。\n\n陈峰\n山海物联 创始人 / CEO"),
    ("نتیجه مصاحبه",
     "سلام الکس عزیز\n\nممنون از وقتی که برای مصاحبه گذاشتی. با توجه به نیاز تیم، فعلاً امکان ادامهٔ "
     "فرآیند برای موقعیت توسعه‌دهندهٔ React رو نداریم.\n\nمنابع انسانی"),
    ("نتیجه مصاحبه آخر",
     "سلام الکس جان\n\nراستش خیلی نزدیک بود، ولی آخرش تصمیم گرفتیم با یه نفر دیگه جلو بریم.\n\nمیلاد"),
    ("Re: پیگیری درخواست همکاری",
     "با سلام و احترام\n\nدر پاسخ به پیگیری شما در خصوص موقعیت کارشناس توسعهٔ وب، به استحضار می‌رساند "
     "موقعیت مذکور تکمیل شده است.\n\nمنابع انسانی"),
    ("نتایج چالش استخدامی",
     "سلام الکس،\n\nاز آنجا که امتیاز تو به حد نصاب اعلام‌شده نرسید، پروفایلت برای این موقعیت به "
     "مرحلهٔ مصاحبه نمی‌رود.\n\nتیم کدرا"),
    ("Re: Profile status - Java Developer",
     "Hi Alex garu,\n\nL2 panel feedback came yesterday. The panel expected hands-on Kafka. So client "
     "has rejected the profile for this position.\n\nRavi\nTalent Acquisition"),
])
def test_noes_in_chinese_persian_and_an_agencys_words(subject: str, body: str) -> None:
    assert kind(subject, body) == "rejection"


def test_a_no_after_a_paid_trial_weeks_invoice_is_still_a_no() -> None:
    body = ("Hi Alex,\n\nThank you for the week. Your invoice for the five days has gone to finance "
            "and will be paid within 14 days.\n\nWe've decided not to extend an offer for the "
            "Platform Engineer position. The trial week is the final stage of our process.\n\nMaren")
    assert kind("Your trial week", body, "Maren Okafor <maren@pinecrest.example.com>") == "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    # an acknowledgement whose "if" opens the sentence after a Chinese full stop
    ("【履歷已讀通知】企業已讀取您的履歷",
     "您應徵的工作，企業已讀取您的履歷：\n\n職務名稱：後端工程師\n\n企業通常會在已讀後 7 天內主動聯繫合適的"
     "求職者。若企業決定不安排面試，您也會在「應徵紀錄」中看到「不適合」的回覆標示。"),
    # the news of a friend the reader referred
    ("【内推进度】您推荐的候选人状态更新",
     "Hi Alex，\n\n您推荐的候选人进度有更新：\n\n候选人：王浩\n推荐岗位：Java开发工程师\n结果：未通过\n\n"
     "面试官反馈：与岗位要求的经验有一定差距。"),
    # a hackathon's round, a flat in Slovenian
    ("Code for Good Hackathon 2025 – Round 1 results",
     "Hi Alex,\n\nThank you for submitting your team's entry to the Code for Good Hackathon. We regret "
     "to inform you that your team's submission has not been shortlisted for the Grand Finale. "
     "Every participant will receive a certificate of participation.\n\nThe jury"),
    ("Stanovanje Trnovo – odločitev najemodajalke",
     "Pozdravljeni, Alex,\n\nNajemodajalka je med interesenti izbrala drugega kandidata, ki je "
     "pripravljen plačati varščino v višini treh najemnin. Stanovanja vam zato žal ne morem "
     "ponuditi.\n\nŠpela, nepremičninska posrednica"),
    # a freelance pitch lost: the invoice for the pitch days is the reader's own business
    ("Ridgeway pitch - outcome",
     "Hi Alex,\n\nRidgeway have gone with another agency. We were unsuccessful on this one. Your "
     "invoice for the pitch days will be paid as agreed.\n\nNadia"),
])
def test_not_the_readers_no(subject: str, body: str) -> None:
    assert kind(subject, body) != "rejection"


def test_a_persian_offer_with_one_thing_refused_is_an_offer() -> None:
    body = ("با سلام و احترام\n\nپیرو جلسات مصاحبه، خوشحالیم اعلام کنیم که تیم ما مایل است شما را به‌عنوان "
            "«توسعه‌دهندهٔ Full-Stack» به جمع خود دعوت کند.\n\n- حقوق ماهانه: ۶۵ میلیون تومان\n\n"
            "متأسفانه امکان دورکاری کامل وجود ندارد، اما دو روز در هفته دورکاری پذیرفته شده است.\n\n"
            "سارا محمدی\nکارشناس منابع انسانی")
    assert kind("پیشنهاد همکاری – توسعه‌دهندهٔ Full-Stack", body) == "offer"


def test_a_chinese_full_stop_ends_a_sentence() -> None:
    assert sentences("企業會主動聯繫。若企業決定不安排面試，您會看到標示。") == [
        "企業會主動聯繫。", "若企業決定不安排面試，您會看到標示。"]


# ------------------------------------------------------------------ the employer

@pytest.mark.parametrize(("sender", "subject", "body", "company"), [
    ("Kevin Pardo <kevin@nearforce.example.com>", "Update on the Brightwell Health offer",
     "Hi Alex,\n\nBrightwell Health's VP of Engineering told us they are rescinding the offer after a "
     "hiring freeze. I'm sorry.\n\nKevin Pardo\nAccount Manager\nNearForce Staffing LLC", "Brightwell Health"),
    ("Callum Briggs <callum@penninetech.example.co.uk>",
     "Python Developer (Contract) - Harrowgate Lettings feedback",
     "Hi Alex,\n\nThanks for the call with Harrowgate Lettings. Unfortunately they won't be taking it "
     "forward.\n\nCallum\n\nCallum Briggs\nSenior Consultant\nPennine Tech Recruitment Ltd",
     "Harrowgate Lettings"),
    ("Wanjiru Kamau <wanjiru@baobabremote.example.com>",
     "Update from Ledgerly - Python Backend Engineer",
     "Hi Alex,\n\nI've just come off a call with the hiring team at Ledgerly and I wanted you to hear it "
     "from me: they've decided not to move forward.\n\nWanjiru Kamau\nBaobab Remote", "Ledgerly"),
    ("何骁 <hexiao@wudao-games.example.com>", "三面之后的一点反馈",
     "Alex 你好，\n\n最后还是把这个 HC 给了一位有 MMO 经验的候选人。\n\n何骁\n雾岛游戏 · 服务端技术负责人",
     "雾岛游戏"),
    ("许峰 <xufeng@jizhan-iot.example.com>", "周末聊完的后续",
     "Alex，\n\n我们这边先不往下走了。\n\n许峰\n极栈物联 创始人 / CEO", "极栈物联"),
    ("蒋蕾 <jianglei@zhigeng.example.com>", "关于录用意向书撤回的说明",
     "Alex，你好：\n\n集团冻结 HC，只能撤回这份录用意向书。\n\n蒋蕾\n知更科技 HRBP（基础架构部）", "知更科技"),
    ("直聊招聘 <notice@msg.zhiliao.example.com>", "【直聊招聘】新消息",
     "你有 1 条未读消息：\n“这次就先不约面试啦。”\n\n职位：高级Go开发工程师 · 杭州 · 30-50K\n"
     "公司：禾木网络 · 电子商务 · D轮及以上\n\n直聊招聘", "禾木网络"),
    ("کارویژن <noreply@karvision.example.com>", "پاسخ کارفرما به درخواست شما",
     "کاربر گرامی\n\nکارفرمای آگهی «برنامه‌نویس Full-Stack» در شرکت نوین‌پی (پرداخت الکترونیک) پیامی "
     "ارسال کرده است: امکان دعوت شما به مصاحبه در این مرحله وجود ندارد.\n\nپشتیبانی کارویژن", "نوین‌پی"),
    ("نگار صالحی <negar@safarineh.example.com>", "بازخورد تسک فنی",
     "سلام الکس\n\nفعلاً امکان ادامهٔ فرآیند برای موقعیت توسعه‌دهندهٔ React رو نداریم.\n\nنگار صالحی\n"
     "منابع انسانی سفرینه", "سفرینه"),
    ("Hiring <careers@tiffinly.example.com>", "Your machine coding round with Tiffinly",
     "Hi Alex,\n\nWe won't be taking your candidature forward for the SDE-2 (Backend) role right now."
     "\n\nKarthik\nTiffinly\nKoramangala 4th Block, Bengaluru", "Tiffinly"),
    ("Zuzana Horváthová <zuzana.horvathova@italent.example.com>", "Hornád Systems – spätná väzba",
     "Dobrý deň Alex,\n\nv Hornád Systems sa rozhodli pokračovať s iným kandidátom.\n\nS pozdravom\nZuzana "
     "Horváthová\nIT Recruiter\nITalent Slovakia s.r.o.", "Hornád Systems"),
])
def test_the_employer(sender: str, subject: str, body: str, company: str) -> None:
    assert draft(sender, subject, body).company == company


@pytest.mark.parametrize("name", ["Sent with Dover", "Powered by Greenhouse", "L1 Technical Discussion",
                                  "Marta and I'll", "Taipei City", "Koramangala 4th Block"])
def test_no_employer(name: str) -> None:
    assert not acceptable(name, [])


def test_a_persian_team_signs_as_nobody() -> None:
    found = draft("کدرا <contests@kodera.example.com>", "نتایج چالش",
                  "سلام الکس،\n\nامتیاز تو به حد نصاب نرسید، پس به مرحلهٔ مصاحبه نمی‌رود.\n\nتیم کدرا")
    assert found.person is None


# ------------------------------------------------------------------ the title

@pytest.mark.parametrize(("subject", "body", "role"), [
    ("关于「车云平台高级后端工程师」offer审批的同步",
     "Alex，你好：\n\n这次 offer 审批没有批下来，只能先终止本次流程。\n\n孙晓雯", "车云平台高级后端工程师"),
    ("Re: 应聘 资深后端开发工程师（Java）- Alex Morgan",
     "Alex 你好：\n\n该岗位已经招到人了。\n\n人力资源部", "资深后端开发工程师（Java）"),
    ("پاسخ کارفرما",
     "کارفرمای آگهی «برنامه‌نویس Full-Stack (Laravel / Vue)» در شرکت نوین‌پی پیامی ارسال کرده: امکان "
     "دعوت شما به مصاحبه وجود ندارد.", "برنامه‌نویس Full-Stack (Laravel / Vue)"),
    ("Take-home review, Senior Backend Engineer (Go)",
     "Hi Alex,\n\nThe Kafka consumer was not idempotent, so we won't be moving forward.\n\nTidewell",
     "Senior Backend Engineer (Go)"),
    ("Senior Backend Developer (Java), tribe Platby",
     "Dear Alex,\n\nWe have decided to proceed with another candidate.\n\nBank HR",
     "Senior Backend Developer (Java)"),
    ("Your trial week",
     "Hi Alex,\n\nWe've decided not to extend an offer for the Senior Software Engineer, Runners "
     "position.\n\nMaren", "Senior Software Engineer, Runners"),
    ("Nuvora – SDE III – update after the final round",
     "Hi Alex,\n\nWe won't be extending an offer for SDE III.\n\nAditi", "SDE III"),
])
def test_the_title(subject: str, body: str, role: str) -> None:
    assert draft("Hiring <hr@example.com>", subject, body).role == role


# ------------------------------------------------------------------ how far it went

@pytest.mark.parametrize(("subject", "body", "stage"), [
    ("笔试结果通知", "Alex 您好：\n\n您的笔试成绩未达到要求，很遗憾未能进入下一环节。\n\n星桥科技", "screening"),
    ("三面之后的反馈", "Alex 你好，\n\n上周三的三面是我和你聊的。最后还是把这个 HC 给了一位有经验的候选人。\n\n何骁",
     "final-round"),
    ("Regarding the offer we discussed last week",
     "Hi Alex,\n\nLast Thursday I had verbally confirmed that we would be releasing an offer. Our board "
     "froze all new hiring, and we will not be able to release the offer.\n\nArjun", "offer"),
    ("Tájékoztatás a belépéssel kapcsolatban",
     "Kedves Alex!\n\nA december 12-én megküldött ajánlatunkat a létszámstop miatt vissza kell vonnunk."
     "\n\ndr. Farkas Judit", "offer"),
    ("Visszajelzés a házi feladatról",
     "Szia Alex!\n\nKöszönjük a házi feladatot. Sajnos most nem megyünk tovább veled.\n\nForintly",
     "screening"),
])
def test_how_far_it_went(subject: str, body: str, stage: str) -> None:
    assert draft("Hiring <hr@example.com>", subject, body).stage == stage
