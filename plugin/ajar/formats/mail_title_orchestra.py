"""Twenty-first pass (role): an orchestra's post, named by its rank and its instrument.

Orchestras, opera houses and their audition boards in every language name a vacancy by
the chair, not by an occupation word: "Tutti-Viola", "stellvertretende Solo-Bratsche",
"tjänsten som tutti altfiol", "Assistant Principal Horn", "Viola (Tutti)", "Alto solo",
"Violino di fila". An instrument alone is an everyday word ("viola" is also Italian and
Portuguese for "violates", "horn" and "bass" are English words), so only a rank next to
an instrument makes a post; it is read only when no other reader found a title.
"""

from __future__ import annotations

import re

# Instruments of an orchestra, base forms, in the languages of job mail (en, de, fr, it,
# es, pt, nl, sv, da-no).
_INSTRUMENTS = """
    violin viola cello violoncello bass double-bass contrabass flute piccolo oboe clarinet
    bassoon contrabassoon horn trumpet trombone tuba timpani percussion harp keyboard
    violine geige bratsche kontrabass flöte querflöte klarinette fagott kontrafagott
    trompete posaune bassposaune pauke pauken schlagzeug harfe englischhorn
    violon alto violoncelle contrebasse flûte hautbois clarinette basson cor trompette
    timbales percussions harpe
    violino contrabbasso flauto clarinetto fagotto corno tromba arpa
    violín violonchelo contrabajo flauta clarinete fagot trompa trompeta trombón timbal
    violino violoncelo contrabaixo clarinete fagote trompa
    viool altviool contrabas fluit hobo klarinet fagot hoorn trompet pauken slagwerk
    fiol altfiol kontrabas flöjt klarinett valthorn trombon pukor slagverk harpa
    bratsch fløjte fløyte obo basun pauker slagtøj harpe
"""
_INSTRUMENT = "|".join(sorted({re.escape(w) for w in _INSTRUMENTS.split()}, key=len, reverse=True))
# The chair: its rank before the instrument, with a deputy or alternating grade before it.
_RANK_BEFORE = (r"(?:(?:stellvertretende[rn]?|stv\.|koordinierte[rn]?|alternierende[rn]?|"
                r"assistant|associate|acting|alternerande|biträdande|assistent|"
                r"plaatsvervangend)\s)?(?:co-|sub-)?(?:principal|tutti|solo|section|stämledare|"
                r"aanvoerder|vorspieler(?:in)?|tuttist)")
# The rank after it ("Viola (Tutti)", "alto solo", "violino di fila", "viola solista").
_RANK_AFTER = r"(?:\((?:tutti|solo|principal)\)|tutti|tuttiste|solo|soliste|co-soliste|solista|di fila|de fila)"
_POST = re.compile(
    rf"(?<![\w-])(?i:(?P<a>{_RANK_BEFORE})[-\s](?:{_INSTRUMENT})|(?:{_INSTRUMENT})\s(?:{_RANK_AFTER}))"
    rf"(?![\w-])")


def orchestra_post(subject: str, text: str) -> str | None:
    """"Tutti-Viola", "Stellvertretende Solo-Bratsche": the chair the subject or, failing
    that, the letter names, as written with a capital first letter."""
    for source in (subject, text[:4000]):
        found = _POST.search(source or "")
        if found:
            post = found.group(0)
            return post[:1].upper() + post[1:]
    return None


# A music teacher's post names what is taught right after the title ("Stråkpedagog
# violin/altfiol", "Instrumentallehrer Violine/Viola", "Docente viola"), as music schools
# in Scandinavia, Germany and Italy write it.
_TEACHER = re.compile(r"(?i:pedagog|lärare|lærer|lærar|lehrer|lehrerin|lehrkraft|docent|dozent|"
                      r"dozentin|docente|leraar|tutor|teacher|instructor|profesor|profesora|"
                      r"professeur|professore)$")
_TAUGHT = re.compile(rf"\s(?i:(?:{_INSTRUMENT})(?:\s?/\s?(?:{_INSTRUMENT})|,?\s(?:och|og|und|and|en|"
                     rf"et|y|e)\s(?:{_INSTRUMENT})){{0,3}})(?![\w-])")


def with_instruments(role: str | None, text: str) -> str | None:
    """"Stråkpedagog" read, "tjänsten som Stråkpedagog violin/altfiol" written: the
    instruments taught belong to the title."""
    if not role or not _TEACHER.search(role):
        return role
    written = re.search(rf"(?<![\w-]){re.escape(role)}", text[:4000], re.IGNORECASE)
    taught = _TAUGHT.match(text, written.end()) if written else None
    return f"{role}{taught.group(0)}" if taught else role
