"""Twenty-first pass (stage): steps that orchestras, translation bureaus and employers abroad
name in their own words.

* a trial period worked in the post (an orchestra's trial weeks or trial year, "Probejahr",
  "provår") and a final interview in Indonesian ("wawancara tahap akhir"): the final round;
* an interview the letter says was attended, in Afrikaans, Vietnamese and German ("die
  onderhoud ... bygewoon", "sau buổi phỏng vấn", "nach Ihrem Probespiel"): an interview;
* a step sat alone: a recording sent for a pre-screen ("a preliminary recording", "en
  inspelning"), a sample or test translation turned round, an accreditation or interpreter
  test ("test d'accréditation", "试译"): the screening.

Only forms that put the step in the past or name it as done are listed; the stage reader's
own checks drop a step denied or still to come.
"""

from __future__ import annotations

TWENTY_FIRST_STAGE_CUES = {
    "final-round": (
        r"\b(?:the|your|both|two|three|our) (?:\w+ )?trial (?:weeks?|periods?|year)\b"
        r"(?![^.\n,]{0,40}\b(?:will|shall|would) (?:be|take|start|begin|run)\b)"
        r"|\b(?:ihr|ihres|dein|deines|das|dem) probe(?:jahr|zeit)\w*|\b(?:ditt|ert|din) (?:provår|"
        r"prøveår|prøvetid)\w*"
        r"|\b(?:wawancara|interview|temu ?duga) tahap akhir\b"
        # thirty-fifth pass: Indonesian "wawancara akhir", Vietnamese "vòng phỏng vấn cuối",
        # "vòng cuối" after the step was held
        r"|\b(?:wawancara|temu ?duga) akhir\b|\b(?:sau|tới|đến|qua) vòng (?:phỏng vấn )?cuối\b"),
    "interview": (
        r"\bonderhoud\w*\b[^.\n]{0,40}\bbygewoon\b|\bna (?:die|u|jou) onderhoud\b"
        r"|\bsau (?:buổi|cuộc) phỏng vấn\b|\b(?:đến|tới)\b[^.\n]{0,60}\bđể gặp\b"
        r"|\bnach (?:ihrem|deinem|dem|unserem) (?:probespiel|vorspiel|vorstellungsgespräch)\b"),
    "screening": (
        r"\b(?:preliminary|pre-?screen(?:ing)?|screening|audition|video) recordings?\b"
        r"|\b(?:en|din|er|ihre|eine|uw|je) (?:\w+ )?(?:inspelning|förinspelning|aufnahme|opname|"
        r"optagelse|opptak)\b"
        r"|\b(?:turn\w*|complet\w+|submit\w*|sen[dt]\w*|return\w*|doing|did) (?:the|your|our|that|"
        r"this|a) (?:[\w>-]+ ){0,2}(?:sample|test translation|translation test|trial translation|"
        r"sample translation|test piece)s?\b"
        r"|\btest d'accréditation\b|\b(?:accreditation|translation|interpreting|interpreter) "
        r"(?:test|assessment|exam)s?\b"
        r"|(?:完成了?|提交了?)试译"),
}


# Forty-fifth pass: steps named by the Caribbean, Central American, Balkan and Burmese letters
# of fresh191-195: an Albanian job offer taken back ("oferta e punës ... konsiderohet e
# tërhequr"); every round or conversation sat, in Spanish ("después de tres rondas", "en las
# tres conversaciones"), a final talk in Macedonian ("финалниот разговор") and a final-stage
# interview in Burmese ("နောက်ဆုံးအဆင့် အင်တာဗျူး"); a panel sat ("después del panel del
# miércoles"); a design or technical challenge sent ("el reto de diseño").
FORTY_FIFTH_STAGE_CUES = {
    "offer": (
        r"\boferta e pun[eë]s\b[^.\n]{0,120}?\b(?:konsiderohet e t[eë]rhequr|t[eë]rhiqet|anulohet|"
        r"nuk mund t[eë] konfirmohet)"),
    "final-round": (
        r"\b(?:después de|tras|en|por|durante) (?:las |tus |nuestras )?(?:tres|cuatro|cinco|3|4|5) "
        r"(?:rondas|conversaciones|entrevistas)\b"
        r"|(?<!\w)финал\w* (?:разговор|круг|интервју)|နောက်ဆုံးအဆင့် ?အင်တာဗျူး"),
    "interview": (
        r"\b(?:después del|tras el|luego del) panel\b"),
    "screening": (
        r"\b(?:el|tu|del|al|su) (?:reto|desafío) (?:de diseño|técnico|práctico)\b"),
}
