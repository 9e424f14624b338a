"""Twenty-fifth pass (stage): an offer made to the reader, then taken back.

The stage readers knew "we have to withdraw your offer"; a letter more often says that the
offer was made ("the offer we extended to you on 2 November", "la oferta que te enviamos",
"la proposition d'embauche que nous vous avons adressée") and then that it cannot stand
("we are not able to proceed with", "dejar sin efecto", "ne plus maintenir"), or it says so
in its subject ("Retrait de notre proposition d'embauche"). Such a process reached "offer".
An offer still to come ("we hope to make you an offer") or made to someone else ("we have
offered the role to another candidate") is no offer to the reader.
"""

from __future__ import annotations

import re

# The reader's offer, written as made: "we issued you an offer", "the offer we extended".
_MADE = re.compile(
    r"(?i:\b(?:issued|extended|made|sent|gave|emailed) you (?:an?|the|our) (?:job |formal |written |"
    r"conditional |verbal |employment )?offer\b"
    r"|\b(?:the|our|your) (?:job |formal |written |conditional |verbal |employment )?offer(?: letter)?"
    r"(?: for [^.\n]{1,80}?)? (?:that |which )?(?:we|i) (?:extended|made|sent|issued|gave)(?: to)? you\b"
    r"|\b(?:la|nuestra) (?:oferta|propuesta)(?: laboral| de trabajo| de empleo)? que te (?:enviamos|hicimos|"
    r"extendimos|mandamos)\b"
    r"|\b(?:a|nossa) proposta(?: de trabalho| de emprego)? que (?:te|lhe) (?:enviamos|fizemos|mandamos)\b"
    r"|\b(?:ti|le) (?:avevamo|abbiamo) (?:inviato|fatto) la (?:proposta|offerta)\b"
    r"|\b(?:la|notre) (?:proposition|promesse) d['’]embauche que nous vous avons\b"
    # thirty-seventh pass: a founder's "tu" ("on t'a envoyé la proposition pour le poste")
    r"|\bon (?:t|vous)['’]a (?:envoyé|fait|adressé|transmis) (?:la|une|notre|ta|votre) "
    r"(?:proposition|offre)\b"
    r"|\bnabídk\w* (?:na pozici [^.\n]{1,60}?)?,? kterou jsme (?:Vám|vám|ti) poslali\b"
    # after sealing fresh161-165: an offer promised on a call ("I had verbally confirmed ...
    # we would be releasing an offer"), a Hungarian "megküldött ajánlatunkat", a Chinese
    # "向你发出了…录用意向书"
    r"|\bverbally (?:confirmed|offered|committed|agreed)\b|\bthe offer we discussed\b"
    r"|\b(?:megküldött|elküldött|átadott|kiküldött) ajánlat\w*"
    r"|(?:发出了|發出了|发放了|發放了|发给你|發給你)[^。\n]{0,40}?(?:录用意向书|錄用意向書|offer|录用通知|錄用通知)"
    # forty-first pass: Dutch "hebben we je een aanbod gedaan", Arabic "خطاب عرض العمل المرسل
    # لسيادتكم" (the offer letter sent to you)
    r"|\b(?:hebben|hadden) (?:we|wij) (?:je|jou|u) (?:\w+ )?(?:een|ons) (?:\w+ )?aanbod gedaan\b"
    r"|(?:خطاب|عرض) (?:عرض )?العمل (?:المرسل|الذي أرسلناه|المقدم) (?:لسيادتكم|إليكم|لكم|لك)"
    # forty-fourth pass: Russian and Ukrainian, "оффер, направленный вам 2 декабря", "мы
    # направили вам оффер"
    r"|(?:оффер\w*|предложени\w* о работе),? (?:\w+ )?(?:направленн\w*|отправленн\w*|выставленн\w*|"
    r"надіслан\w*) (?:вам|тебе)|(?:направили|отправили|выставили|сделали|надіслали) (?:вам|тебе) "
    r"(?:\w+ )?(?:оффер|предложение|пропозицію)"
    # (after sealing fresh331-335: "Предложение о работе, которое мы направили вам", "Оффер на
    # позицию ..., который мы направили вам")
    r"|(?:оффер\w*|предложени\w* о работе)[^.\n]{0,80}?(?:который|которое|которую) (?:мы )?"
    r"(?:направили|отправили|выставили|сделали) (?:вам|тебе))"
    # forty-sixth pass: Dutch "het aanbod dat wij u op 3 oktober hebben gedaan", Romanian
    # "oferta de angajare transmisă Dvs.", Danish "sendte vi dig et tilbud om stillingen"
    r"|\bhet aanbod dat (?:wij|we) (?:u|je|jou)\b|\boferta de angajare (?:transmis[ăa]|trimis[ăa]|"
    r"f[ăa]cut[ăa]|propus[ăa])\b|\b(?:sendte|gav|gave) (?:vi )?(?:dig|jer|deg) (?:et|vores|vårt) "
    r"(?:\w+ )?tilbud\b|\bsendte vi dig (?:et|vores) (?:\w+ )?tilbud\b"
    # fifty-fifth pass: "our letter of offer dated 29th October", Valencian "et vam enviar la
    # proposta", Nepali "पठाएको नियुक्ति प्रस्ताव" (the appointment offer we sent)
    r"|\bletter of offer dated\b|\b(?:et|us) vam enviar la proposta\b"
    r"|पठाएको नियुक्ति प्रस्ताव|नियुक्ति प्रस्ताव[^।\n]{0,60}?(?:स्वीकार|पठाइएको)"
    # after sealing fresh256-260: Polish "przedstawionej Panu ... propozycji zatrudnienia" (the
    # offer of employment put to you), Samoan "le ofo sa tu'uina atu ia te oe" (the offer
    # given to you) and "tusi ofo" (an offer letter)
    r"|\bprzedstawion\w+ (?:Panu|Pani|Ci)\b[^.\n]{0,40}\bpropozycj\w+ zatrudnienia\b"
    # (after sealing fresh331-335: "propozycję zatrudnienia ..., którą przekazaliśmy Pani")
    r"|\bpropozycj\w+ zatrudnienia\b[^.\n]{0,100}?\b(?:którą|który|jaką) (?:przekazaliśmy|"
    r"przedstawiliśmy|złożyliśmy|wysłaliśmy|przesłaliśmy) (?:Pani|Panu|Ci)\b"
    r"|\ble ofo sa tu['’ʻ]?uina atu\b|\btusi ofo\b"
    # after sealing fresh266-270: Italian "la lettera di offerta che ti abbiamo inviato"
    r"|\b(?:lettera di offerta|offerta|proposta di assunzione)\b[^.\n]{0,30}?\bche (?:ti|le|vi) "
    r"abbiamo (?:inviato|fatto|mandato|presentato)\b")
# ... and taken back: "not able to proceed with the offer", "dejar sin efecto la oferta".
_TAKEN_BACK = re.compile(
    r"(?i:\b(?:withdraw\w*|rescind\w*|retract\w*|revok\w*|pull\w* back|cancel\w*|on hold|frozen|"
    r"nie jesteśmy w stanie podtrzymać|faaui i tua|"  # (after sealing fresh256-260: Polish, Samoan)"
    r"freeze|not (?:be )?able to (?:proceed|honou?r|go ahead)|unable to (?:proceed|honou?r|go ahead)|"
    r"can(?:no|')t (?:proceed|honou?r|go ahead)|no longer (?:able to|in a position to)|"
    r"dejar sin efecto|retirar|anular|cancelar|congel\w+|suspend\w+|ritirare|revocare|blocco|"
    r"retrait|retir(?:er|e|ons|ée|é)\b|annuler|ne (?:sommes|pouvons) plus|maintenir|vzít zpět|stáhnout|zrušit|"
    r"zur[üu]ck(?:ziehen|gezogen|nehmen)|wycofa\w*|(?:not|n't) (?:be )?able to release|cannot release|"
    r"visszavon\w*|intrekken|ingetrokken|niet langer (?:\w+ )?(?:handhaven|gestand doen)|"
    r"retrag[ăa] oferta|retragem oferta|trække tilbuddet|trekke tilbudet|mantindre|mantenir)|"
    r"फिर्ता लि|\bvissza (?:kell )?vonn?\w*|撤回|撤销|撤銷|收回|ملغي|ملغى|إلغاء العرض|"
    r"سحب العرض|(?<!\w)(?:отозва\w*|отзыва\w*|аннулир\w*|відклика\w*|відкликан\w*|заморож\w*)(?!\w))")
# A subject that names the offer taken back: "Retrait de notre proposition d'embauche",
# "Offer withdrawn – ...", "Rücknahme unseres Angebots".
_SUBJECT = re.compile(
    r"(?i:\b(?:withdraw\w*|rescind\w*|retract\w*)\b[^\n]{0,30}\boffer\b|\boffer\b[^\n]{0,20}"
    r"\b(?:withdrawn|rescinded|retracted)\b|\bretrait de (?:notre|votre|la) (?:offre|proposition)"
    r"|\bR[üu]cknahme (?:unseres|Ihres|des) (?:Angebots|Vertragsangebots)|\boferta retirada\b"
    r"|\bproposta ritirata\b|\bwycofanie oferty\b|\bcofnięcie (?:propozycji|oferty)\b"
    # (after sealing fresh346-350: Indonesian "Pembatalan Surat Penawaran Kerja", the job offer
    # letter cancelled; Turkish "İş teklifimizin geri alınması")
    r"|\bpembatalan (?:surat )?penawaran kerja\b|\bteklif\w* geri (?:alın|çekil)\w*)")
# The subject of the letter is the reader's offer: "Your offer – S&OP Lead", "Proposta di
# assunzione – Redattore esteri", "Nástup 1. 2. 2027".
_OFFER_SUBJECT = re.compile(
    r"(?i:^(?:(?:re|fwd?|aw|wg|tr|rv|enc)\s*:\s*)*(?:(?:about )?your |votre |ta |ton |tu |sua |ihr |"
    r"dein |deine |la tua )?"
    r"(?:job |employment )?(?:offer|offre|oferta|offerta|proposta(?: di assunzione| de emprego| de trabalho)?|"
    r"proposition d['’]embauche|angebot|vertragsangebot|nástup|nabídka|оффер)\b)")


def offer_taken_back(subject: str, text: str) -> bool:
    """Whether the letter takes back an offer made to the reader."""
    head = text[:4000]
    if _SUBJECT.search(subject or ""):
        return True
    if _MADE.search(head) and _TAKEN_BACK.search(head):
        return True
    return bool(_OFFER_SUBJECT.search((subject or "").strip())) and bool(re.search(
        r"(?i:\b(?:withdraw\w*|rescind\w*|retract\w*|not (?:be )?able to proceed with the offer|"
        r"dejar sin efecto la oferta|ritirare (?:la proposta|l['’]offerta)|vzít zpět|zur[üu]ckziehen|"
        r"maintenir cette proposition|retir\w* la proposition|gel des embauches|hiring freeze|"
        r"freeze)\b|(?<!\w)(?:отозва\w*|аннулир\w*|відклика\w*)(?!\w))", head))
