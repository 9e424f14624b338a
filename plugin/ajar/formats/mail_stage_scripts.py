"""Nineteenth pass (stage): an interview the reader attended, in Japanese, Chinese, Korean,
Arabic, Malay, Indonesian and Welsh.

Japanese and Korean put the words that say a step happened after its noun ("面接にお越し
いただき", "면접에 참석해 주셔서"), where ``mail_stage`` looks for its day; and an
invitation differs from thanks by one ending ("お越しいただきたく" asks, "お越しいただき"
thanks), so the asking endings are kept out. A last round ("最終面接", "최종 면접",
"المقابلة النهائية") is the final round.
"""

from __future__ import annotations

import re

_HELD = re.compile(
    # twenty-fourth pass: a last round said on its own ("终面", "הסבב האחרון"), and the
    # result of an interview, which the reader sat ("최종면접 결과", "面接の結果", "面试结果")
    r"(?P<final_alone>终面|終面|最终面试|最終面試|最后一轮面试|最後一輪面試|终轮面试|"
    # (after sealing fresh161-165: a third or fourth round, an offer's approval after them)
    r"三面|四面|四轮面试|四輪面試|offer ?审批|offer ?審批|"
    r"הסבב האחרון|הראיון האחרון|השלב האחרון|הסבב הסופי)|"
    r"(?P<final_result>최종 ?면접 ?결과|最終面接の結果|最終面接の選考結果)|"
    r"면접 ?결과|面接の結果|面接結果|(?:面试|面試)(?:结果|結果)|未能通过面试|未能通過面試|"
    r"(?:אחרי|לאחר|תודה על|בעקבות) (?:ה)?ראיון|"
    r"(?<!邀请您)(?<!邀請您)(?:参加|參加)(?:了)?[^。\n]{0,60}?(?:面试|面試|面談|考核|甄試)|"
    r"(?P<final>最終|최종 ?|النهائية)?"
    r"(?:面接(?:に|へ|を|では|の際)?[^。\n]{0,16}?(?:お越しいただき|ご参加いただき|参加いただき|"
    r"受けていただき|ご来社いただき|お時間をいただき|ご来学いただき|ご来校いただき|"
    r"お運びいただき)(?!たく)|"
    r"면접(?:\(\d차\))?(?:에|을|에서|까지)? (?:참석해 주|참여해 주|응해 주|와 주)|"
    r"(?<!邀请您)(?<!邀請您)(?:参加|參加)(?:了)?[^。\n]{0,8}?(?:面试|面試))"
    r"|(?:حضور|حضوركم|حضورك|إجراء|مشاركتكم في) (?:ال)?مقابلة(?: الشخصية)?(?P<final_ar> النهائية)?"
    # thirty-eighth pass: an interview held, in Korean, Ukrainian, Lithuanian and Arabic ("기술
    # 인터뷰", "1차 면접", "технічну співбесіду", "techninį pokalbį", "الانترفيو التقني")
    r"|기술 ?인터뷰|\d차 ?면접|인터뷰(?:에|를)? ?(?:시간 내|참석|진행)"
    r"|\bтехнічн\w* співбесід\w*|\bтехническ\w* собеседован\w*|\bспівбесід\w* (?:з|із) (?:нами|командою)"
    r"|\btechnin\w* pokalb\w*|\bpokalb\w* su (?:mūsų|mumis)|\bintervij\w* (?:ar|pagājuš)\w*"
    r"|(?:الانترفيو|المقابلة) (?:التقني|التقنية|الفني|الفنية)"
    r"|\b(?:menghadiri|hadir (?:ke|di)|mengikuti|selepas|setelah) (?:sesi )?(?:temu ?duga|"
    r"wawancara)\b|\b(?:ar ôl y|diolch am ddod i'?r?) (?:gyfweliad|cyfweliad)\b", re.I)


def held_in_script(text: str) -> str | None:
    """``interview`` (or ``final-round``) when the text thanks for an interview attended in
    one of these languages; None otherwise."""
    held = _HELD.search(text)
    if not held:
        return None
    return "final-round" if held.group("final") or held.group("final_ar") \
        or held.group("final_alone") or held.group("final_result") else "interview"
