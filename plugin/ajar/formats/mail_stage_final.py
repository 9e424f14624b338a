"""Thirty-third pass (stage): the last step by the names the earlier cues missed.

An assessment centre or assessment day the reader attended is the final round, as the guide
and the corpus brief define it (the day of exercises and panels that ends a graduate or
trainee selection); so is a final talk in Dutch, Afrikaans, French, Portuguese, Spanish,
Azerbaijani and Albanian ("finale onderhoud", "rencontre finale", "conversa final", "final
müsahibəsi", "fazën finale"), being one of the last two or three ("les deux derniers
candidats"), and references given and taken up ("for providing your references").

These join the final-round pattern of ``mail_fields``; its guards still apply, so "we will
not be inviting you to the assessment centre" stays no step.
"""

from __future__ import annotations

import re

# A step others were taken to: "not among the candidates we will be taking forward to the
# assessment day", "progress to our assessment centre" (read just before the step's noun).
TAKEN_FORWARD_TO = re.compile(
    r"\b(?:tak(?:e|es|ing|en)|tak(?:e|ing) you|bring(?:ing)?|put(?:ting)?) (?:\w+ )?(?:forward|through|on)"
    r" (?:to|into|for) (?:the |an? |our |your )?(?:[\w-]+ )?$", re.I)

THIRTY_THIRD_STAGE_CUES = {
    "final-round": (
        r"\bassessment (?:centre|center|day)s?\b"
        r"|\bfinale (?:onderhoud|gesprek|ronde|rondte|gesprekke|onderhoude)\b"
        r"|\b(?:rencontre|conversation|discussion) finale\b|\b(?:panel|jury|comité|tour) final\b"
        r"|\b(?:conversa|reuni[ãa]o|reuni[óo]n|conversaci[óo]n|charla|bate-papo) final\b"
        r"|\bfinal (?:müsahib|mülakat|görüşme)\w*"
        r"|\bfaz[ëe]n? finale\b"
        r"|\b(?:deux|trois|2|3) derni(?:er|ère)s (?:candidat|finaliste)\w*"
        r"|\b(?:providing|provided|sending|sent|sharing|shared|for) (?:us )?(?:with )?"
        r"(?:your|the) (?:\w+ )?references\b(?! (?:to|for) (?:the|a|future|other)\b)"),
}
