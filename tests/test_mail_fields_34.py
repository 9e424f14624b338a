"""Thirty-fourth pass (company and role), read end to end from letters: a job board's or a
hiring system's own name is never the employer (BOSS直聘, Moka, Beisen, Bayt, Wuzzuf, ReKrute,
Prosple); a country office, an agency's line of business, a German audit firm's kind, a
"Personalservice" desk, an Egyptian or Gulf legal form and a Chinese team or campus unit
leave the name; a German sentence, a project number, the hours, an intake year and a town in
brackets leave a title; a Chinese title is read before its post word or step; a clerkship is
a programme one applies to."""

from __future__ import annotations

import pytest

from ajar.formats.company_scripts import without_unit_in_script
from ajar.formats.mail import draft_rejection
from ajar.formats.mail_company import without_hiring_tail
from ajar.formats.mail_role_tidy import german_clause_out, without_intake
from ajar.formats.mail_title_scripts import title_in_script
from helpers import letter

ME = frozenset({"alex.morgan@example.net"})


def draft(sender: str, subject: str, body: str):  # noqa: ANN201
    return draft_rejection(letter(sender, subject, body), "test.eml", ME)


@pytest.mark.parametrize(("name", "bare"), [
    ("HearthBridge International - Jordan Country Office", "HearthBridge International"),
    ("Horizon RH - Cabinet de recrutement", "Horizon RH"),
    ("Steinhaus Merz GmbH Wirtschaftsprüfungsgesellschaft", "Steinhaus Merz"),
    ("Elbhafen Infrastruktur Personalservice", "Elbhafen Infrastruktur"),
    ("شركة المحروسة للأغذية ش.م.م", "شركة المحروسة للأغذية"),
    ("Nordwave Managed Services Egypt", "Nordwave Managed Services Egypt"),
    ("Country Office Partners", "Country Office Partners"),
])
def test_a_desk_or_a_kind_after_the_name_leaves(name: str, bare: str) -> None:
    assert without_hiring_tail(name) == bare


@pytest.mark.parametrize(("name", "bare"), [
    ("青木科技 设计组", "青木科技"),
    ("千岛电商 校园", "千岛电商"),
    ("設計中心 資深經理｜晶岳電子", "晶岳電子"),
])
def test_a_chinese_unit_or_rank_leaves_the_firm(name: str, bare: str) -> None:
    assert without_unit_in_script(name) == bare


def test_a_hiring_systems_sender_names_the_firm_not_the_system() -> None:
    found = draft("拾光优选招聘团队 <no-reply@mokahr.example.com>", "拾光优选｜高级交互设计师 岗位申请结果通知",
                  "您好：\n\n感谢您关注拾光优选，并投递 高级交互设计师（上海） 岗位。经过综合评估，您目前的背景与该岗位"
                  "的要求暂不匹配。\n\n拾光优选招聘团队")
    assert found.company == "拾光优选"
    assert found.role == "高级交互设计师"


def test_a_boards_bracketed_name_in_the_subject_is_no_client() -> None:
    found = draft("BOSS直聘 <notice@mail.zhipin.example.com>", "【BOSS直聘】王晓雯 给你发来了新消息",
                  "你有 1 条未读消息：\n\n“你好，不过不好意思，这个岗位已经招到人了”\n\n沟通职位：产品设计师 | 25-40K·14薪 | 深圳\n\n"
                  "打开 BOSS直聘 App 查看完整聊天记录")
    assert found.company != "BOSS直聘 App"
    assert found.role == "产品设计师"


@pytest.mark.parametrize(("text", "title"), [
    ("关于交互设计师（App 与遥控器）岗位的进展", "交互设计师（App 与遥控器）"),
    ("Alex在吗，资深用户体验设计师那个岗位终面结果出来了", "资深用户体验设计师"),
    ("謝謝您參與 HMI 介面設計師 最終面談", "HMI 介面設計師"),
    ("很遗憾，所以交互设计师这个流程只能到此为止，交互设计师岗位已取消", "交互设计师"),
    ("感谢您参加蓝鲸数科 UI设计师（财富管理方向） 岗位的招聘流程", "UI设计师（财富管理方向）"),
])
def test_a_chinese_title_before_its_post_word_or_step(text: str, title: str) -> None:
    assert title_in_script("", text) == title


@pytest.mark.parametrize(("role", "title"), [
    ("Product Owner Treasury gehen wir mit der anderen Kandidatin weiter", "Product Owner Treasury"),
    ("Projekt #48213 SAP FI/CO Berater S/4HANA Conversion", "SAP FI/CO Berater S/4HANA Conversion"),
    ("SAP Berater MM", "SAP Berater MM"),
])
def test_a_german_clause_or_a_project_number_leaves_the_title(role: str, title: str) -> None:
    assert german_clause_out(role) == title


@pytest.mark.parametrize(("role", "company", "title"), [
    ("Summer Clerkship Program 2026/27 (Sydney)", "Harcourt Lindqvist", "Summer Clerkship Program"),
    ("Ashgrove Pemberton Seasonal Clerkship 2026/27", "Ashgrove Pemberton", "Seasonal Clerkship"),
    ("2027 Graduate Program", "Rowe Kingsford", "Graduate Program"),
    ("Data Analyst (Data & AI)", "Acme", "Data Analyst (Data & AI)"),
    ("Engineer 2", "Acme", "Engineer 2"),
])
def test_an_intake_a_town_and_the_firm_leave_a_programme(role: str, company: str, title: str) -> None:
    assert without_intake(role, company) == title


def test_german_hours_after_the_title_leave() -> None:
    found = draft("Nadine Pfleiderer <nadine@schwaben.example.com>",
                  "Re: Bewerbung SAP Berater MM (m/w/d) in Teilzeit - Schwaben Präzision GmbH",
                  "Sehr geehrte Frau Morgan,\n\nleider können wir die Stelle nur in Vollzeit besetzen und "
                  "müssen Ihnen daher absagen.\n\nMit freundlichen Grüßen\nNadine Pfleiderer")
    assert found.role == "SAP Berater MM"


def test_a_clerkship_in_the_subject_is_the_role_not_the_company() -> None:
    found = draft("Prosple on behalf of Quill Ashby Lawyers <applications@relay.prosple.example.com>",
                  "Quill Ashby Lawyers – Winter Clerkship 2026 (Brisbane): application outcome",
                  "Hi Alex,\n\nYou applied for Winter Clerkship 2026 (Brisbane) with Quill Ashby Lawyers "
                  "through Prosple. Unfortunately we're not able to consider your application for this "
                  "intake.\n\nEarly Careers | Quill Ashby Lawyers")
    assert found.company == "Quill Ashby Lawyers"
    assert found.role == "Winter Clerkship"


def test_a_cut_legal_form_and_an_unnamed_client_are_no_name() -> None:
    found = draft("Sunvale Egypt Careers <noreply@successfactors.example.com>",
                  "Your application - Financial Reporting Analyst - Sunvale Egypt",
                  "Dear Alex,\n\nThank you for your application for the Financial Reporting Analyst "
                  "position at Sunvale Egypt S.A.E. Unfortunately we will not be moving forward.\n\n"
                  "Talent Acquisition\nSunvale Egypt S.A.E.")
    assert found.company == "Sunvale Egypt"


def test_a_boards_card_names_the_firm_not_the_unnamed_platform() -> None:
    found = draft("猎聘 <service@liepin.example.com>", "您投递的「体验设计专家」职位有新进展",
                  "尊敬的 Alex Morgan：\n\n职位：体验设计专家\n公司：鼎泰保险科技（上海）\n处理结果：不合适\n\n"
                  "猎聘为您精选了以下相似职位：\n· 高级 UX 设计师 | 某知名互联网保险平台 | 上海")
    assert found.company == "鼎泰保险科技"
    assert found.role == "体验设计专家"


def test_an_unnamed_clients_bracket_leaves_the_title() -> None:
    assert without_intake("Senior Product Designer（某头部跨境电商）", "Ruicai Search") \
        == "Senior Product Designer"


@pytest.mark.parametrize(("text", "phrase"), [
    ("很遗憾，你面试的这个岗位的HC在这次调整中被取消了，所以这个流程只能到此为止。", "被取消了"),
    ("我们内部讨论了很久，最后还是决定不发出录取通知。主要的考量是这个职位需要每周至少四天进驻新竹厂区。",
     "这个职位需要每周至少四天进驻新竹厂区"),
    ("您好，因應公司明年度的產品策略調整，此職缺已暫停招募。", "此職缺已暫停招募"),
])
def test_a_chinese_reason_is_read(text: str, phrase: str) -> None:
    from ajar.formats.mail_reason import reason_from_text
    found = reason_from_text(f"Alex 你好：\n\n{text}\n\n拾光优选招聘团队") or ""
    assert phrase in found


def test_a_finance_function_after_a_title_is_no_company() -> None:
    found = draft("Sherif via Indeed <reply-7f31c@indeedemail.example.com>",
                  "Re: Accountant - Accounts Receivable (Alexandria)",
                  "Hi Alex,\n\nThanks for applying to Pharos Marine Logistics. We have hired a candidate "
                  "for the Accountant - Accounts Receivable role.\n\nSherif\nPharos Marine Logistics")
    assert found.company == "Pharos Marine Logistics"


def test_a_leading_firm_unnamed_in_arabic_is_no_company() -> None:
    from ajar.formats.mail_company import acceptable
    assert not acceptable("شركة تأمين رائدة", [])
    assert acceptable("شركة المحروسة للأغذية", [])


@pytest.mark.parametrize(("name", "bare"), [
    ("م. لينا العمري", "لينا العمري"),
    ("د. سامر حدادين", "سامر حدادين"),
    ("المهندسة ريم الخطيب", "ريم الخطيب"),
    ("مريم حداد", "مريم حداد"),
])
def test_an_arabic_title_before_a_name_leaves(name: str, bare: str) -> None:
    from ajar.formats.mail_person import without_titles
    assert without_titles(name) == bare


def test_a_formal_chinese_closing_is_no_signer() -> None:
    found = draft("元秀金融科技 人資部 <hr@yuanxiu.example.com>", "應徵結果通知",
                  "Alex Morgan 台端您好：\n\n感謝您應徵本公司資深 UX 設計師職缺，經審慎評估後，很遺憾未能錄取。\n\n"
                  "耑此 敬頌\n時祺\n\n元秀金融科技股份有限公司 人力資源部 敬啟")
    assert found.person is None or "敬頌" not in found.person.name


@pytest.mark.parametrize(("signature", "firm"), [
    ("刘思远\n翼影创新 | 用户体验部 设计经理\n手机：+86 139 0000 2786", "翼影创新"),
    ("发自我的手机\n赵一鸣 | 跃动互娱 招聘经理", "跃动互娱"),
])
def test_a_chinese_signatures_firm_before_its_unit_or_rank(signature: str, firm: str) -> None:
    from ajar.formats.company_scripts import world_script_company
    assert world_script_company(signature) == firm


def test_a_chinese_signers_name_is_no_firm() -> None:
    from ajar.formats.company_scripts import world_script_company
    assert world_script_company("赵一鸣 | 招聘经理") != "赵一鸣"
