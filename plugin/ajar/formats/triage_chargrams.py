"""Letter pairs and concept marks for the scripts written without spaces between words.

Chinese, Japanese and Thai put a whole clause in one run of letters ("我们决定不继续推进您的申请"),
so a model of words sees one long "word" it met never before and learns nothing from it.
Korean spaces its words but hangs the grammar on them ("진행하지", "않기로"). Here each such run
gives its letter pairs ("%遗憾", "%不继"), which recur across clauses the way words do in
English, and the concepts it contains ("@regret", "@neg", "@chose"): the same concept
features the model learned from the European languages, so a no in these scripts is heard
even in a wording no training sentence had. Only words with a letter of these scripts are
looked at: a mailbox of Latin text pays one ``isascii`` per word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# CJK ideographs, kana, Hangul syllables, Thai, Lao, Khmer, Myanmar
_SPACELESS = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
                        "\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]")


def _fold(text: str) -> str:
    """As the model folds a sentence: combining marks dropped (Japanese voicing, Thai tones)."""
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)))


# A concept by a piece of a run; a piece is searched for anywhere in the run.
_MARKS: dict[str, tuple[str, ...]] = {
    "neg": ("不", "没", "沒", "未能", "无法", "無法", "ない", "ません", "않", "못", "없",
            "ไม่", "มิได้"),
    "regret": ("遗憾", "遺憾", "抱歉", "可惜", "歉意", "残念", "申し訳", "恐縮", "あいにく",
               "유감", "아쉽", "죄송", "안타깝", "เสียใจ", "ขออภัย", "เสียดาย", "น่าเสียดาย"),
    "other": ("其他", "其它", "别的", "別の", "他の", "另外", "他人", "다른", "อื่น"),
    "person": ("候选人", "候選人", "人选", "人選", "应聘者", "應徵者", "申请人", "候補者", "応募者",
               "후보", "지원자", "ผู้สมัคร", "ผู้ที่"),
    "chose": ("选择", "選擇", "决定", "決定", "选定", "選考", "選ば", "选中", "선택", "결정", "선정",
              "เลือก", "ตัดสินใจ", "คัดเลือก"),
    "continue": ("继续", "繼續", "推进", "推進", "下一轮", "下一步", "進め", "次の", "진행", "다음",
                 "ดำเนิน", "ขั้นต่อไป", "ต่อไป"),
    "interview": ("面试", "面試", "面接", "면접", "สัมภาษณ์"),
    "invite": ("邀请", "邀請", "招待", "ご案内", "초대", "초청", "เชิญ"),
    "received": ("收到", "受け取", "受領", "접수", "받았", "ได้รับ"),
    "filled": ("招满", "已满", "充足", "마감", "ปิดรับ"),
    "withdraw": ("撤回", "取消", "取り消", "철회", "ยกเลิก"),
}
_FOLDED = tuple((_fold(mark), name) for name, marks in _MARKS.items() for mark in marks)


def spaceless(word: str) -> bool:
    """Whether ``word`` is (or holds) a run of a script written without spaces."""
    return not word.isascii() and _SPACELESS.search(word) is not None


@lru_cache(maxsize=65536)
def concepts_in(word: str) -> tuple[str, ...]:
    """The concepts marked in a run, in the order they come ("不继续" -> neg, continue)."""
    found = sorted((word.find(mark), name) for mark, name in _FOLDED if mark in word)
    named: list[str] = []
    for _, name in found:
        if name not in named:
            named.append(name)
    return tuple(named)


def grams(word: str) -> set[str]:
    """The letter pairs of a run ("%遗憾"), and the concepts it marks, alone for the cues that
    say no alone ("@regret"), in pairs ("@neg @continue") and under a negation ("~@chose")."""
    found = {f"%{word[index:index + 2]}" for index in range(len(word) - 1)}
    named = concepts_in(word)
    for position, name in enumerate(named):
        if name in ("regret", "filled", "withdraw"):
            found.add(f"@{name}")
        for other in named[position + 1:position + 3]:
            found.add(f"@{name} @{other}")
            found.add(f"@{other} @{name}")  # "not continue" is "继续 ... 不" in some tongues
        if name != "neg" and "neg" in named:
            found.add(f"~@{name}")
    return found
