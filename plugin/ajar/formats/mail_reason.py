"""The reason a rejection gives, as the sentence that gives it.

Reasons come in a few families of wording: what the chosen person had ("someone
with more X", "a candidate whose experience in X", "went with someone internal"),
what the applicant lacked ("the main gap was X", "didn't go as deep on X", "did not
meet the threshold"), what happened to the job (filled, on hold, withdrawn, a
budget cut, a hiring freeze) and what the employer cannot do (sponsor a visa).
Each sentence is scored by those cues; a sentence that only says how many
applied or that the choice was hard gives no reason, and the closing lines
("apply again", "if you ...") are never read as one.
"""

from __future__ import annotations

import re

_CUES = [re.compile(p, re.I) for p in (
    # what decided
    r"\b(?:came down to|deciding factor|main (?:gap|reason|concern|difference|issue)|"
    r"the reason (?:is|was)|because\b|due to\b|owing to\b|as a result of\b)",
    # who was chosen, and what they had
    r"\bwhose\b",
    r"\b(?:gone|going|go|went|chose|chosen|choosing|appoint(?:ed|ing)?|hired?|hiring|"
    r"offer(?:ed|ing)?|given|give|giving|gave|taken|take|taking|took)\b[^.;]{0,60}?"
    r"\b(?:someone|somebody|a|an|another|our|their|to)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:who|who['’]s|whose|from (?:the|our|their|a|an))\b",
    r"\b(?:someone|somebody|a candidate|candidates|another candidate|other candidates|"
    r"an applicant|applicants|people|a person|finalists?|friend|colleague)\b"
    r"(?:\s+(?:who|who['’]s|that|from|already|internal(?:ly)?)\b)",
    r"\b(?:someone|somebody|candidates?|applicants?|people|a person)\s+(?:with|having)\s+"
    r"(?!(?:your|a|the|this) (?:application|candidacy)\b)",
    r"\b(?:more|deeper|stronger|greater|broader|direct|hands-on|recent|relevant|specific|"
    r"prior|proven|extensive|closer|better)\s+(?:[\w&/-]+\s+){0,3}"
    r"(?:experience|background|expertise|exposure|knowledge|depth|track record|"
    r"qualifications|skills?|fit|match)\b",
    r"(?<!your )\b(?:experience|background|expertise|knowledge|depth)\s+(?:in|with|of|on|at|"
    r"selling|running|managing|leading|building)\b",
    r"\b(?:more|better|closer|best)\s+(?:closely\s+)?(?:align|aligns|aligned|match|matches|"
    r"matched|fit|fits|suited)\b|\b(?:more )?closely (?:align|aligns|aligned|match|matches)\b",
    r"\b(?:need|needs|needed|want|wants|wanted|looking for|require|requires|required|"
    r"prioriti[sz]ing|favou?ring)\s+(?:someone|somebody|a person|this hire|the hire|"
    r"candidates|a candidate|people|an? [\w-]+ (?:with|who))",
    r"\b(?:we|they|the (?:role|team|post|position|job)|this (?:role|post|position|job))\s+"
    r"(?:require|requires|required|need|needs|needed)\b",
    # what happened to the job
    r"\b(?:been|now|was|were|we['’]ve|we have|we had|had|is|has)\s+(?:\w+\s+)?(?:filled|closed|"
    r"cancell?ed|withdrawn|paused|frozen)\b|\bon hold\b|\bhiring freeze\b|\bfrozen\b",
    r"\b(?:budget|funding|restructur\w*|reorgani[sz]\w*|headcount|redundanc\w*)\b",
    r"\b(?:internal(?:ly)?|promoted)\b",
    r"\b(?:visa|sponsor(?:ship)?|work (?:authori[sz]ation|permit|rights)|right to work|"
    r"relocat\w*)\b",
    # what was missing
    r"\b(?:threshold|pass mark|qualifying (?:mark|score|standard)|required standard|minimum "
    r"(?:requirements?|criteria|score|standard)|(?:did not|didn['’]t|does not|doesn['’]t) "
    r"(?:meet|reach|achieve)|not (?:achieved|reached|met))\b",
    r"\b(?:unable to|could not|couldn['’]t|did not|didn['’]t) (?:confirm|verify|validate)\b|"
    r"\b(?:unsatisfactory|background check|pre-employment check)",
    r"\b(?:didn['’]t|did not|wasn['’]t|weren['’]t|not quite|not enough|lacked|lack of|"
    r"fell short|short of|too (?:junior|senior)|overqualified|took longer|less experience)\b"
    r"(?!\s+(?:an? )?(?:easy|simple|straightforward|light)\b)",
    r"\b(?:but|however|although|though)\b[^.]{0,80}\b(?:felt|seemed|didn['’]t|did not|"
    r"wasn['’]t|not as|less|missing|gap)\b",
    # the same in German, French and Spanish letters
    r"\b(?:ausschlaggebend|aufgrund|wegen|fehlende[nr]?|en raison d|parce que|car nous|"
    r"debido a|porque)\b",
)]

# Says only how many applied, or that the choice was hard: no reason on its own.
_VOLUME = re.compile(
    r"\b(?:(?:high|large|huge|great|overwhelming|record|significant) (?:volume|number|response)|"
    r"volume of (?:applications|applicants|candidates|responses)|competition\b|competitive|"
    r"many (?:strong|qualified|talented|excellent|highly)|over \d+ applica|"
    r"not (?:a )?(?:reflection|judge?ment)|does not reflect)",
    re.I)
_HARD_CHOICE = re.compile(r"\b(?:(?:difficult|tough|hard|close) (?:decision|choice|call))\b",
                          re.I)

# Closing lines and offers for later: never the reason.
_CLOSING = re.compile(
    r"\b(?:receiving this (?:[\w-]+ )?(?:because|as)|you (?:are|were) sent this|"
    r"we would be grateful if)\b|"
    r"^(?:if|should|please|feel free|we (?:would|'d|’d) (?:love|welcome|encourage)|"
    r"we encourage|i (?:would|'d|’d) (?:love|be happy|be glad|encourage)|keep|good luck|"
    r"best of luck|(?:[\w'’]+\s*[-–,:]\s*)?(?:many )?thanks?(?: you)? (?:for|again)"
    r"(?!.*\b(?:but|however)\b))\b|"
    r"\b(?:apply again|re-?apply|keep your (?:details|cv|profile|resume|résumé)|stay in touch|"
    r"keep in touch|on file)\b|\b(?:apply|consider|welcome|encourage|alerts?|interest|hear)\b"
    r"[^.]*\bfuture (?:openings|opportunities|roles|vacancies|positions)\b",
    re.I)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\n(?=\s*[-*•])")
_ABBREVIATION = re.compile(r"\b(?:e\.g|i\.e|etc|vs|approx|incl|St|Mt|Mr|Mrs|Ms|Dr|Prof|No|"
                           r"[A-Z])\.$")
_LEADING = re.compile(r"^(?:(?:and|but|so|however|unfortunately|sadly|after careful "
                      r"consideration|after (?:a lot of|much) (?:discussion|deliberation)|"
                      r"that said|honestly|to be honest)[,:]?\s+)+", re.I)
_LONGEST = 300


def reason_from_text(text: str) -> str | None:
    """The sentence that gives the reason, or None when the email gives none."""
    best: tuple[int, str] | None = None
    for sentence in _sentences(text):
        score = _score(sentence)
        if score > 0 and (best is None or score > best[0]):
            best = (score, sentence)
    return _tidy(best[1]) if best else None


def _sentences(text: str) -> list[str]:
    lines = [line for line in text.splitlines() if not line.lstrip().startswith(">")]
    joined = "\n".join(lines)
    pieces: list[str] = []
    for chunk in _SENTENCE_END.split(joined):
        if pieces and _ABBREVIATION.search(pieces[-1]):  # "e.g. x" goes on
            pieces[-1] += " " + chunk
        else:
            pieces.append(chunk)
    sentences = (" ".join(piece.split()) for piece in pieces)
    return [s for s in sentences if 12 <= len(s) <= 2000]


def _score(sentence: str) -> int:
    if _CLOSING.search(sentence):
        return 0
    score = 2 * sum(1 for cue in _CUES if cue.search(sentence))
    if score and _VOLUME.search(sentence):
        score -= 2
    if score and _HARD_CHOICE.search(sentence):
        score -= 1
    return score


def _tidy(sentence: str) -> str | None:
    if len(sentence) > _LONGEST:  # the clause that carries the most cues
        clauses = [c.strip() for c in re.split(r";|\s[-–—]\s|,\s(?=but\b|and\b|which\b)",
                                               sentence) if c.strip()]
        sentence = max(clauses, key=_score)
        if len(sentence) > _LONGEST:
            sentence = sentence[:_LONGEST].rsplit(" ", 1)[0] + "…"
    sentence = _LEADING.sub("", sentence).strip(" ,;-–—")
    if len(sentence) < 12:
        return None
    sentence = sentence[0].upper() + sentence[1:]
    return sentence if sentence.endswith((".", "!", "?", "…")) else sentence + "."
