"""Thirty-third pass (reason): a post filled from inside, held, or given to a named need, in
the words the earlier cues missed.

"We ended up filling the role", "the committee prioritized a candidate working on
computational catalysis", "our Series A close has been pushed back"; and in the languages of
job mail: a vacancy lapsed or filled inside ("de vacature is komen te vervallen", "intern een
collega", "tillsätta tjänsten internt", "die pos intern te vul", "borsa de treball interna",
"barne-sustapenez", "belső kollégánkkal", "由内部同事调岗补缺", "עובד מתוך המרכז"), a hiring
freeze ("il blocco delle nuove assunzioni"), a recruitment suspended ("le recrutement ... est
suspendu"), a profile preferred ("le comité a privilégié un profil titulaire d'un doctorat").

Written from how each language says these things, not from any one letter; each is a cue the
reason reader weighs like the others, so a sentence that only says no still gives none.
"""

from __future__ import annotations

import re

REASON_CUES_HELD = [re.compile(p, re.I) for p in (
    # thirty-fifth pass: hiring paused or a post cancelled (Vietnamese, Indonesian), a test's
    # pass mark not met, what the post requires (Greek, Danish), someone who already has ...
    r"\btạm dừng tuyển\w*|\b(?:posisi|lowongan|penambahan|rekrutmen)\b[^.\n]{0,60}\bdibatalkan\b"
    r"|\bbelum memenuhi (?:nilai|kriteria|standar|persyaratan|syarat)\b",
    r"\b(?:η θέση|ο ρόλος) απαιτεί\b|\bkræver (?:stillingen|jobbet)\b|\b(?:stillingen|jobbet) "
    r"kræver\b|\bbutuh orang yang (?:sudah|telah)\b|\bpas pekerjaan\b",
    # filled, or a candidate preferred for what they bring
    r"\b(?:ended up|have|['’]ve|has|had) (?:now )?fill(?:ed|ing) (?:the|this|that) (?:role|position|"
    r"post|job|vacancy|opening)\b"
    r"|\bprioriti[sz](?:ed|e|ing) (?:a |an |the )?(?:candidate|applicant|profile|someone|person)s? "
    r"(?:with|who|working|from|based)\b",
    # funding moved
    r"\b(?:series [a-d]|funding round|fundraise|raise|close|budget)\b[^.\n]{0,30}\b(?:pushed back|"
    r"delayed|postponed|fallen through|fell through)\b",
    # Dutch and Afrikaans: lapsed, or filled inside
    r"\b(?:vacature|functie|pos|betrekking) (?:is |werd )?(?:komen te |kom te )?vervall\w*|\bkomt te "
    r"vervallen\b|\bintern (?:te )?(?:ingevuld|vervuld|opgevuld|vul|gevul|invullen)\b|\bintern een "
    r"(?:collega|medewerker|kandidaat)\b",
    # Scandinavian: filled internally
    r"\b(?:tillsätta|tillsatt|besätta|besatt|besat|ansat|ansatt) (?:\w+ ){0,2}internt\b"
    r"|\bintern (?:kandidat|søker|sökande|ansøger)\b",
    # Catalan, Spanish, Galician, Portuguese, Basque: an internal pool or promotion, a call
    # annulled for want of budget
    r"\b(?:borsa de treball|bolsa de (?:trabajo|empleo|trabalho|emprego)) intern[ao]\b"
    r"|\bpromo(?:ción|ció|ção|cion|cao) interna\b|\bbarne-sustapen\w*"
    r"|\b(?:dotación|dotació|dotação) (?:presupuestaria|pressupostària|orzamentaria|orçamental|"
    r"orçamentária)\b|\bqued(?:a|ó|ou) (?:anulada|anulado|sin efecto|sen efecto)\b",
    # Hungarian, Hebrew, Chinese: someone from inside
    r"\bbelső (?:kollég|munkatárs|jelölt|pályázó)\w*"
    r"|(?:מתוך (?:ה)?(?:ארגון|חברה|מרכז|צוות|בית החולים)|עובד(?:/ת)? פנימי|מועמד(?:/ת)? פנימי|"
    r"גיוס פנימי)"
    r"|(?:内部(?:同事|调岗|调动|候选人|员工)|內部(?:同事|調動|調崗|候選人|員工))",
    # Italian: a freeze on hiring; French: a recruitment suspended, a profile preferred
    r"\bblocco (?:di tutte le |delle |di )?(?:nuove )?assunzioni\b"
    r"|\b(?:recrutement|processus de recrutement|poste)\b[^.\n]{0,60}\b(?:est|a été|sont) "
    r"(?:suspendu|gelé|annulé|suspendus|gelés|annulés)\b"
    r"|\b(?:a|ont|avons) (?:finalement )?(?:retenu|privilégié|préféré) (?:un|une) (?:profil|"
    r"candidat\w*|intérimaire|personne) (?:titulaire|qui|ayant|avec|local|déjà|interne)\b",
)]
