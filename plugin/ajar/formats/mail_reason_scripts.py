"""Nineteenth pass (scripts): reason cues in Japanese, Chinese, Korean, Thai, Arabic, Hebrew,
Malay, Indonesian and Welsh, the languages triage learnt to read in this pass.

The same families as the other languages' cues, written from general knowledge of each: a
cause connective ("のため", "때문에", "因为", "لأن", "kerana", "oherwydd"), a requirement
("必須", "필수", "مطلوب", "hanya terbuka kepada"), experience or a language named
("経験", "경력", "خبرة", "pengalaman", "profiad", "siaradwr Cymraeg"), and someone
preferred or chosen ("優先", "우선적으로", "مخصصة"). The scripts without spaces carry no
``\\b``; the Latin ones do.
"""

from __future__ import annotations

import re

REASON_CUES_SCRIPTS = [re.compile(p, re.I) for p in (
    # a cause connective
    r"のため|ため、|により|때문에|(?:으)?로 인해|이유로|因为|因為|由于|由於|لأن|لان|نظراً|نظرا|"
    r"بسبب|מכיוון ש|בגלל|เนื่องจาก|"
    r"\b(?:kerana|karena|disebabkan|oleh kerana|oleh karena|oherwydd|gan fod|gan nad)\b",
    # a requirement, or the post open only to some
    r"必須|が必要|条件|필수|요건|要求|必须|必須|مطلوب|شرط|مخصصة|דרישה|"
    r"\b(?:hanya terbuka kepada|hanya untuk|syarat|wajib|gofyn am|hanfodol)\b",
    # experience, a skill or a language named
    r"経験|スキル|語学|日本語|경력|경험|역량|한국어|经验|經驗|خبرة|الخبرة|ניסיון|ประสบการณ์|"
    r"\b(?:pengalaman|kemahiran|keahlian|profiad|sgiliau|siaradwr|rhugl)\b",
    # someone preferred or chosen
    r"優先|他の候補者|別の候補者|우선적으로|다른 지원자|其他候选人|其他候選人|مرشح آخر|"
    r"\b(?:calon lain|ymgeisydd arall)\b",
    # thirty-fourth pass: Chinese "the main consideration is", a need of the post, a post open
    # only to some, filled, cancelled or paused ("主要的考量是这个职位需要...", "仅面向应届毕业生",
    # "已经招到人了", "HC 被取消了", "此職缺已暫停招募")
    r"原因是|考量是|考虑是|考慮是|需要|仅面向|僅面向|只面向|仅限|僅限|招到人|被取消|已取消|暂停招募|"
    r"暫停招募|暂停招聘|暫停招聘",
)]
