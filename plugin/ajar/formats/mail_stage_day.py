"""Thirtieth pass (stage): a meeting the letter takes as known, and who signs it.

* Thanks for a day, not for a step ("dank nog voor vrijdag", "merci pour jeudi", "takk for
  sist", "really enjoyed Thursday", "a pleasure to have you with us last week"): the reader
  met someone, so the process reached an interview (a screening when a recruiter signs).
* The people who hire, as they sign in the languages of job mail ("Gerente de Manutenção",
  "Coordenador Técnico", "Leiterin Einkauf", "kierownik działu"), and the HR teams
  ("Responsable RH", "Recursos Humanos") that make a talk a screening instead.

Written from general knowledge of each language, not from any one letter. A thanks for a
day's e-mail or message ("thanks for Friday's note") is no meeting.
"""

from __future__ import annotations

import re

_EN_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAYS = (
    _EN_DAYS + r"|yesterday|last week|this morning|"
    # Dutch, German, French, Spanish, Portuguese, Italian
    r"gisteren|vanochtend|vorige week|afgelopen \w+|maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"gestern|heute morgen|letzte woche|(?:den |letzten )?(?:montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag)|"
    r"hier|ce matin|la semaine dernière|(?:ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi)|"
    r"ayer|esta mañana|la semana pasada|(?:el )?(?:lunes|martes|miércoles|jueves|viernes|"
    r"sábado)|"
    r"ontem|hoje de manhã|(?:a )?semana passada|(?:a |na )?(?:segunda|terça|quarta|quinta|"
    r"sexta)(?:-feira)?|(?:o |no )?sábado|"
    r"ieri|stamattina|la settimana scorsa|(?:il |lo )?(?:lunedì|martedì|mercoledì|giovedì|"
    r"venerdì|sabato)")
# "thanks for Friday" in the languages of job mail; the Nordic "thanks for last time"
# (takk for sist, tak for sidst, tack för senast) says the same.
THANKS_FOR_DAY_ABROAD = re.compile(
    r"\b(?:(?:bedankt|dank(?: je| u)?|danke|vielen dank|herzlichen dank|merci|gracias|"
    r"obrigad[oa]|grazie)(?: nog| nochmals| nochmal| noch einmal| encore| de nuevo| otra vez|"
    r"mais uma vez| de novo| ancora)?(?: wel)? (?:voor|für|pour|por|pela|pelo|per) (?:lo de )?"
    rf"(?:{_DAYS})"
    r"|(?:takk|tak|tack) (?:for|för) (?:sist|sidst|senast|i går|igår)"
    r"|(?:really |so |very much )?enjoyed (?:(?:our|the) time (?:on |together on )?)?"
    rf"(?:{_EN_DAYS}|yesterday)"
    r"|(?:pleasure|great|lovely|good|nice) to (?:have|host|welcome|see) you (?:with us|here|in |"
    r"at |over )[^.\n]{0,40}?\b(?:last week|yesterday|this morning|on " + _EN_DAYS + r"))\b"
    r"(?!\s?(?:'s|’s)?\s?(?:e-?mail|message|note|mail|reply|application|letter|text|"
    r"nachricht|bericht|courriel|correo|mensaje|mensagem|messaggio)\b)", re.I)

# The person hiring, as titles are written in the languages of job mail.
HIRING_TITLES_ABROAD = (
    r"gerente|diretor\w*|director\w*|coordenador\w*|coordinador\w*|coordinat\w*|jef[ea]|chefe|"
    r"responsable|responsabile|leiter\w*|leitung|geschäftsführ\w*|inhaber\w*|gérant\w*|"
    r"fondat\w*|fundador\w*|gründer\w*|oprichter|teamleider|teamleder|leder|ledare|johtaja|"
    r"päällikkö|esimies|kierownik\w*|dyrektor\w*|prezes|właściciel\w*|propriet\w*|dueñ[oa]|"
    r"titolare|sóci[oa]|hoofd")
# Human resources as teams sign in other languages: a talk with them is a screening.
HR_TITLES_ABROAD = (r"rh|rrhh|ressources humaines|recursos humanos|risorse umane|"
                    r"personeelszaken|hr-afdeling")

# The reader came to the employer or met its people, said in thanks or after the fact ("Merci
# d'avoir pris le temps de rencontrer notre équipe", "obrigada pela disponibilidade para vir a
# Ponte de Sor", "tham gia buổi phỏng vấn", "thank you for the long conversation in Ansan on
# Friday", "I've been thinking about Thursday since you left").
CAME_TO_MEET = re.compile(
    r"\b(?:merci|remerci\w*)\b[^.\n]{0,50}\b(?:rencontrer|rencontré\w*|(?:être )?venue? (?:nous "
    r"(?:voir|rencontrer)|à)|(?:vous )?déplac\w+)"
    r"|\b(?:suite à|après|lors de) (?:notre|nos|votre) (?:rencontre|visite)\b"
    r"(?! (?:sur|de|à) (?:notre|nos|le|la|les)? ?(?:site|page|portail|carrière))"
    r"|\b(?:obrigad[oa]|gracias|grazie)\b[^.\n]{0,50}\b(?:para vir|por vir|por ter vindo|pela "
    r"visita|por (?:venir|tu visita|su visita|acercarte)|per (?:essere venut\w|la visita))"
    r"(?! (?:a|à|ao|al|alla|in) (?:nuestr[oa]|noss[oa]|nostr[oa]|la|a|el|o|sua|su)? ?(?:página|pagina|"
    r"web|site|sitio|sítio|portal|portale)\w*)"
    r"|\btham gia (?:buổi |cuộc )?phỏng vấn\b"
    r"|\bthank(?:s| you)(?: again| so much)? for (?:the|our) (?:[\w-]+ )?(?:conversation|chat|"
    r"meeting|talk|visit) (?:in|at) [\w'’ -]{2,30}? (?:on|last) (?:(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day|week)\b"
    r"|\b(?:since|after) you (?:left|came in|visited|came by|dropped in)\b", re.I)
