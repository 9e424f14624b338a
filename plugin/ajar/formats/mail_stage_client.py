"""Nineteenth pass (stage): an agency's client looked at the CV the agency put forward.

The corpus convention: an agency putting the reader's CV forward to its client is the
screening, whatever the client then decided. So a letter that tells of the client's
reading or decision ("the client has decided", "your CV was well received by the client",
"they rated the CV", "I put your profile forward to ...") reached the screening, in English
and the languages job mail comes in. A bare relay ("I've heard back from my client ...") is
one too (``mail_stage_alluded``, twenty-eighth pass): nine in ten relays in the corpus are
labelled so, and dev/011 was relabelled to match.

A client's job named in an agency's reply ("thank you for applying to our client's role")
is not enough: the client must have read, answered or decided. On a freelance marketplace the
"client" is the one hiring, and declining a proposal there is read at applying.
"""

from __future__ import annotations

import re

_CLIENT = r"(?:client|hiring company|client company)"
_CV = r"(?:cv|c\.v\.|resume|résumé|profile|details|candidacy)"
_CLIENT_SAW_CV = re.compile(
    # the client decided or read the CV
    r"\b(?:the|my|our) " + _CLIENT + r" (?:has |have |had )?(?:now |since |just |finally )?"
    r"(?:decided|chosen|opted|gone with|went with|come back|came back|got back|gotten back|"
    r"liked|rated|reviewed|looked|passed|declined|turned|rejected|felt|fed back|responded|"
    r"replied|told me|confirmed|won't|will not|doesn't|does not|didn't|did not|wouldn't|"
    r"would not|isn't going|is not going|aren't going|are not going|hired|appointed|selected|"
    r"shortlisted|interviewed)\b"
    r"|\b(?:received|reviewed|considered|seen|read|shared|sent|presented|submitted|forwarded|"
    r"introduced) (?:\w+ ){0,2}(?:by|to|with) (?:the|my|our) " + _CLIENT + r"\b"
    # the agency put the CV forward
    r"|\b(?:put|putting|puts|submitted|presented|forwarded|sent) (?:your|the) " + _CV +
    r" (?:forward|over|across)\b"
    # a third party read the CV ("they rated the CV", "they have reviewed your CV")
    r"|\bthey (?:have |had |'ve )?(?:really |all |both )?(?:liked|rated|loved|reviewed|read|"
    r"looked at|went through|gone through|considered|were impressed by) (?:the|your) "
    r"(?:cv|c\.v\.|resume|résumé|profile)\b"
    # French, German, Dutch, Spanish, Portuguese, Italian, the Nordic languages, Polish
    r"|\b(?:mon|notre) client (?:a |n['’]a |ne |vient de |a finalement )|\b(?:présenté|transmis|"
    r"soumis) votre (?:profil|cv|candidature) (?:à|au|chez)\b"
    r"|\b(?:unser|mein) (?:kunde|mandant) (?:hat|wird|möchte|hat sich)\b|\bihr(?:en)? (?:profil|"
    r"lebenslauf|unterlagen) (?:an|bei) (?:unseren|meinen|den) (?:kunden|mandanten)\b"
    r"|\b(?:onze|mijn|de) (?:opdrachtgever|klant) (?:heeft|kiest|koos|gaat|wil)\b"
    r"|\b(?:heeft|kiest|koos) (?:onze|mijn|de) opdrachtgever\b|\b(?:hat|hatte) (?:sich )?(?:unser|"
    r"mein) (?:kunde|mandant)\b"
    r"|\b(?:je|jouw|uw) (?:cv|profiel) (?:voorgesteld|doorgestuurd|aangeboden)\b"
    r"|\b(?:nuestro|mi) cliente (?:ha|no ha|decidió|prefiere|prefirió)\b|\b(?:presentado|enviado) "
    r"(?:tu|su) (?:perfil|cv|candidatura) (?:a|al)\b"
    r"|\b(?:nosso|meu) cliente (?:decidiu|optou|preferiu|não)\b|\b(?:apresentamos|enviamos|"
    r"encaminhamos|apresentei|enviei|encaminhei) (?:o )?seu (?:perfil|cv|currículo)\b"
    r"|\b(?:il nostro|il mio) cliente (?:ha|non ha)\b|\bpresentato il (?:tuo|suo) (?:profilo|cv|"
    r"curriculum)\b"
    r"|\b(?:vår|min|vores) (?:kund|kunde|uppdragsgivare|oppdragsgiver|opdragsgiver) (?:har|"
    r"valgte|valde|valgt)\b"
    r"|\b(?:nasz|mój) klient (?:zdecydował|wybrał|nie)\b", re.I)

# A freelance marketplace's notice: its "client" hires directly, nobody put a CV forward.
_MARKETPLACE = re.compile(r"\b(?:proposals?|freelancers?|bids?|gigs?)\b", re.I)


def client_saw_cv(text: str) -> bool:
    """An agency's client read the CV the agency put forward (the screening)."""
    return bool(_CLIENT_SAW_CV.search(text)) and not _MARKETPLACE.search(text)
