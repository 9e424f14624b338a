"""Who a no is said to: the reader, or a crowd that hears other people's news.

A rejection is said to one person. A newsletter reports other people's noes ("their
publisher decided not to proceed"), a note to "Hi team" relays the firm's own lost tender
("we were not successful"), and a friend writes that they did not get a job: the words of
a no, none of them said to the reader. Read only where a no leads (a few messages of a
mailbox), on lower-case text; every pattern is bounded.
"""

from __future__ import annotations

import re

# Mail sent to many: a newsletter's or a mailing list's footer.
_BULK = re.compile(
    r"unsubscribe|you(?:'re| are) receiving this|view (?:this (?:email|newsletter) )?in (?:your )?"
    r"browser|update your (?:email )?preferences|abmelden|désinscri|desinscri|darse de baja|"
    r"cancelar (?:a )?(?:sua )?inscrição|afmelden|avregistrera|avmeld|peruuta tilaus|"
    r"wypisz się")
# A greeting to a group, in the languages triage knows ("Hi team", "Hallo zusammen",
# "Bonjour à tous", "Hei alle"); a greeting to "applicants" is a mass no to the reader.
_GROUP = re.compile(
    r"^[^\w\n]*(?:hi|hello|hey|dear|morning|good (?:morning|afternoon)|hallo|liebe|guten tag|"
    r"bonjour|salut|hola|buenos días|olá|oi|ciao|buongiorno|hoi|beste|hej|hei|moi|cześć|witam)"
    r"[ ,]+(?:(?:the |all |my )?(?:team|teams|all|everyone|everybody|folks|colleagues|members|"
    r"guys|both|crew|staff)|zusammen|alle|allerseits|kolleg\w+|à tous|a tous|tout le monde|"
    r"a todos|a todas|a tutti|allemaal|iedereen|kaikki|kaikille|wszystkim|kollegor|kolleger)\b",
    re.MULTILINE)
# The reader, in the languages triage knows.
_YOU = re.compile(
    r"\b(?:you|your|yours|yourself|vous|votre|vos|tu|ta|ton|tes|toi|sie|ihre|ihnen|ihr|dich|"
    r"dir(?! mwa\b| twa\b)|dein\w*|usted|ustedes|tú|ti|contigo|você|voce|seu|sua|lei|jij|jou|jouw|uw|dig|din|"
    r"ditt|dina|deg|sinä|sinun|sinulle|sinua|sinut|pani|ciebie|tobie|twoj\w*|twój)\b")
# The sender's own no: "I didn't get the Doha job", "our tender was unsuccessful" (the sender,
# not the reader, is the one refused). Not "we weren't successful": an agency speaks for
# the reader as "we".
_OWN_NO = re.compile(
    r"(?:^|\bi |\bi've |\bi have )(?:just |still |sadly )?(?:didn't|did not|didnae|didna|never|wasn't|was not|"
    r"haven't|have not) (?:get|got|land|make|been (?:selected|shortlisted|chosen)|selected|"
    r"shortlisted|chosen)\b|\bour (?:bid|tender)\b|\b(?:we|i) (?:lost|missed out on) (?:the|that|"
    r"this|our) (?:[\w-]+ ){0,2}(?:bid|tender|contract)\b"
    # forty-seventh pass: a friend's own "no quedé", "no me eligieron" in Spanish
    r"|\bno (?:quedé|me eligieron|me seleccionaron|me llamaron|pasé)\b"
    # forty-ninth pass: what a friend was told ("they rang on Thursday and said they'd gone
    # with ...", Mauritian Kreol "zot finn dir mwa ... ki zot pe pran enn kandida")
    r"|\bthey (?:rang|called|phoned)(?: me)?(?: on \w+)? and said they(?:'d| had)\b"
    r"|\bzot (?:finn|in|inn|'nn) dir mwa\b|\bmo pa ?'?(?:nn|finn) gagn\b"
    # fifty-second pass: Haitian Creole, "they sent me a letter" ("yo voye yon lèt ban m")
    r"|\byo voye (?:yon )?(?:lèt|imèl|mesaj|repons) ban m\b"
    # fifty-sixth pass: an Armenian friend's "they did not take me" ("ինձ չեն վերցրել"), a
    # French friend's "c'est non, ils ont pris quelqu'un"
    r"|ինձ չեն վերցր|\bc'est non, ils ont pris\b"
    # after sealing fresh246-250: what a friend was written ("they wrote yesterday to say ...
    # that I was not successful", "they said they went with someone")
    r"|\bi was (?:not|n't) successful\b|\bi wasn't successful\b"
    # after sealing fresh251-255: a friend's Andean "quedé NO APTO", "no alcancé el puntaje", a
    # Norwegian "jeg fikk ikke stillingen" and the mail she got ("kom en mail i dag om at")
    r"|\bquedé no apto\b|\bno alcancé\b|\bjeg fikk ikke (?:stillingen|jobben)\b"
    r"|\bjag fick inte (?:tjänsten|jobbet)\b|\bkom en (?:e-?post|mail) (?:i dag )?om at\b"
    r"|\bde skrev at(?:t)? de\b"
    r"|\bthey said they (?:went|had gone|'d gone|were going|are going) with\b"
    # after sealing fresh261-265: "they said they gave it to someone who ...", Chamorro "they
    # told me" ("ma sangåni yo'") and "I was not chosen" ("ti ma ayek yo'")
    r"|\bthey said they (?:gave|'d given|had given|have given) (?:it|the job|the position|the role)\b"
    r"|\bma sangåni yo['’]|\bti ma ayek yo['’]"
    # after sealing fresh266-270: a Danish friend's "then I got my no too" ("så fik jeg også
    # mit nej")
    r"|\bfik jeg (?:også )?(?:mit|et) nej\b|\bjeg fik (?:også )?(?:mit|et) nej\b"
    # ... and from reading fresh271-275: an Ivorian friend's "(they) sent me their mail" ("m'a
    # envoyé leur mail"), a Timorese friend's "I did not get the post" ("ha'u la hetan")
    r"|\bm['’]a envoyé (?:leur|un|son|le) (?:mail|courriel|e-?mail|message)\b|\bha['’]u la hetan\b"
    r"|\bils (?:disent|ont dit|m['’]ont dit) qu['’]ils ont (?:pris|choisi|retenu)\b"
    # after sealing fresh276-280: what a Guinean friend was told ("c'est tout ce qu'ils m'ont
    # expliqué", "ils ont dit non")
    r"|\bqu['’]ils m['’]ont (?:expliqué|dit|écrit)\b|\bils (?:m['’])?ont dit non\b"
    # after sealing fresh336-340: a Korean friend's "I failed again" and what she was told
    # ("나 또 떨어졌어", "불합격이래"); an Italian friend's "they turned me down this time too"
    r"|(?:^|\s)나 (?:또 |결국 |이번에도 )?떨어졌|불합격이래|불합격했대|떨어졌대"
    r"|\bmi hanno (?:scartato|scartata|bocciato|bocciata)\b"
    # (after sealing fresh371-375: "l'ospedale mi ha scartata", "mi hanno scritto che hanno scelto")
    r"|\bmi ha (?:scartato|scartata|bocciato|bocciata)\b|\bmi hanno scritto che hanno scelto\b"
    # (after sealing fresh376-380: a Mongolian friend's "I didn't pass either", "they say they
    # won't take me" ("Би бас тэнцсэнгүй", "намайг ... ажилд авахгүй гэнэ"))
    r"|(?:^|\s)би бас (?:тэнцсэнгүй|шалгарсангүй)|(?:^|\s)намайг[^.\n]{0,60}?авахгүй гэнэ")
# A no delivered to the reader apologises ("sorry, didn't make the cut this time").
_APOLOGY = re.compile(r"\b(?:sorry|afraid|regret\w*|apolog\w*|unfortunately)\b")


# The reader's own application named ("your application", "you applied", "votre
# candidature"): a job board's relay or a mass no to applicants, however it is sent.
_READERS_OWN = re.compile(
    r"\byour (?:[\w-]+ ){0,2}(?:application|candidacy|candidature|cv|resume|interview|profile)|"
    r"\byou(?:'ve| have)? (?:recently )?applied\b|\bthank(?:s| you) for (?:applying|your interest)|"
    r"\b(?:votre|ta) candidature|\b(?:ihre|deine) bewerbung|\b(?:tu|su|sua|a sua|la tua|la sua) "
    r"(?:candidatura|solicitud|postulación)|\b(?:je|jouw|uw) sollicitatie|\bdin (?:ansökan|søknad|"
    r"ansøgning)|\bsøknaden din|\bhakemuksesi|\btwo(?:ja|ją) (?:aplikacj|kandydatur)"
    # thirty-eighth pass: "permohonan anda", "lamaran Anda", "application mo", Urdu "آپ کی
    # درخواست", Bengali "আপনার আবেদন", Thai "ใบสมัครของคุณ", Vietnamese "hồ sơ của bạn"
    r"|\b(?:permohonan|lamaran) (?:anda|kamu|saudara)\b|\bapplication mo\b|آپ کی درخواست|"
    r"আপনার আবেদন|ใบสมัครของคุณ|\bhồ sơ (?:ứng tuyển )?của (?:bạn|anh|chị)\b"
    # sixty-sixth pass: Korean "the posting you applied to", Japanese "your application"
    r"|(?:회원님|귀하)께서 지원하신|ご応募いただ")
# A greeting to one person ("Hi Alex,", "Dear applicant"): the mail is the reader's.
# (forty-fourth pass: and "Namaste Alex", "გამარჯობა, ალექს", "Здравствуйте, Алекс",
# "Bonjour Alex", not "Bonjour à tous")
_PERSONAL = re.compile(r"^[^\w\n]*(?:hi|hello|hey|dear|hai|halo|kumusta|السلام علیکم|"
                       r"প্রিয়|สวัสดีคุณ|chào|namaste|namaskar|नमस्ते|bonjour|bonzour|hola|"
                       r"hallo|olá|salut|buongiorno|здравствуйте|добрый день|привет|"
                       r"გამარჯობა|բարև|manao ahoana|"
                       # forty-fifth pass: Burmese, Khmer and Lao greetings, Samoan, Fijian,
                       # Tok Pisin, Albanian and South Slavic ones
                       r"မင်္ဂလာပါ|ជម្រាបសួរ|ສະບາຍດີ|ຮຽນ|talofa(?: lava)?|bula(?: vinaka)?|"
                       r"gutpela de|apinun|përshëndetje|pershendetje|zdravo|здраво|почитуван\w*|"
                       r"поштовани|poštovani|"
                       # sixty-sixth pass: Korean and Japanese hellos ("안녕하세요, Alex Morgan 회원님")
                       r"안녕하세요|안녕하십니까|こんにちは)[ ,、]+(?!(?:the |all |my )?(?:team|"
                       r"teams|all|everyone|everybody|folks|colleagues|members|guys|both|crew|"
                       r"staff|subscribers?|readers?|friends?|à tous|a tous|a todos|a todas|"
                       r"a tutti|zusammen|alle|allerseits|tout le monde|всем|коллеги)\b)\w",
                       re.MULTILINE)


# thirty-sixth pass: the reader asked to deliver the noes to others, as a recruiter or an HR
# officer is ("could you please send regrets to the other three", "please send the
# rejection emails to the unsuccessful candidates"): the noes are other people's.
_ASKED_TO_SEND = re.compile(
    r"\b(?:please |could you |can you |kindly )(?:\w+ ){0,2}?(?:send|issue|email|draft|do)"
    r"(?: out)? (?:the |our )?(?:regrets?|regret (?:letters?|emails?|notes?)|rejections?"
    r"(?: letters?| emails?| notes?)?|decline (?:letters?|emails?)|outcome (?:letters?|emails?))"
    r" (?:to|for) (?:the |all |our )?(?:other|rest|remaining|unsuccessful|\w+ (?:candidates|"
    r"applicants))"
    # (sixty-second pass: Taglish, "pwede mo ba i-send ang regret emails sa kanila")
    r"|\bi-send (?:ang|yung|mo ang|mo yung) (?:regrets?|regret (?:letters?|emails?)|rejection "
    r"(?:letters?|emails?)) sa (?:kanila|lahat|mga)\b")


# A job alert, greeting the reader by name and listing posts, one of them "filled" or with
# advice on "une candidature non retenue" (after sealing fresh286-290)
_JOB_ALERT = re.compile(
    r"\b(?:your (?:weekly |daily )?job alerts?|signed up for job alerts|(?:new )?(?:roles|jobs) "
    r"matching|vous avez créé une alerte|nouvelles offres pour votre recherche|"
    r"offres publiées depuis votre dernière alerte|подборка (?:новых )?вакансий|подписались на "
    r"уведомления о вакансиях)\b")


def to_a_crowd(text: str) -> str | None:
    """How the message (lower case, subject first) shows it was sent to many, if it does and
    names neither the reader's own application nor greets the reader."""
    body = text.split("\n\n", 1)[-1]
    if _READERS_OWN.search(text) or _PERSONAL.search(body, 0, 400):
        return None
    greeting = _GROUP.search(body, 0, 400)
    if greeting:
        return f'greets a group ("{" ".join(greeting.group(0).split())}")'
    bulk = _BULK.search(text)
    return "sent to a list (a newsletter's footer)" if bulk else None


# twenty-fourth pass: the reader addressed in the scripts that write no "you" between spaces
# (Chinese "您", Japanese "様", "ご応募", Korean "지원해 주신", "귀하"), and in Arabic, Hebrew and
# the Slavic languages ("طلبك", "שלך", "Vaši", "Pana")
_YOU_SCRIPTS = re.compile(
    r"[您你]|貴方|あなた|様|ご応募|ご希望|귀하|당신|주신|하신|님(?:의|께|을|이)|"
    r"(?<!\w)(?:أنت|لك|لكم|طلبك|طلبكم|سيرتك|أتمنى لك|אתה|שלך|לך|אותך|איתך|אתך|מועמדותך)(?!\w)|"
    r"\b(?:vám|vás|váš|vaš\w*|vaš|vaši|vás|vami|pana|panu|panem|pani|państwa|tebe|tebi|vas|"
    r"vam|vama|σας|σου|"
    # fortieth pass: Serbian and Croatian "tvoju prijavu", Ukrainian "тебе", Baltic "Jūsų",
    # "teie", Indonesian "Anda", "lamaranmu"; Thai "คุณ", "ท่าน" (no spaces between words)
    r"tvoj\w*|твој\w*|тебе|твій|твою|твоя|ваш\w*|вас|вам|jūsų|jusu|jūsu|jums|teie|teid|teile|"
    r"sinu|anda|kamu|lamaranmu|"
    # after sealing fresh291-295: Uzbek and Karakalpak "siz", "arizangiz" (your application),
    # in Latin or Cyrillic
    r"siz|sizning|sizni|sizga|sizge|sizdiń|arizangiz\w*|сиз|сизге|сиздиң|сіз|сізге|сіздің|"
    # forty-fourth pass: Georgian "თქვენი", Armenian "Ձեր", Nepali "tapai", "तपाईं"
    r"თქვენ\w*|შენ\w*|ձեր\w*|ձեզ\w*|tapai\w*|तपाई\w*)\b|คุณ|ท่าน|"
    # forty-fifth pass: Burmese "သင်", "သင့်", Khmer "លោក", "អ្នក", Lao "ທ່ານ"
    r"သင့်|သင်|លោក|អ្នក|ທ່ານ|"
    # after sealing fresh296-300: Hindi "आपकी", "आपका", "आपके" (your)
    r"आपकी|आपका|आपके|आपको")


def said_to_the_reader(sentence: str) -> bool:
    """Whether the sentence speaks to the reader ("your application", "vous", "您")."""
    return bool(_YOU.search(sentence) or _YOU_SCRIPTS.search(sentence))


def the_senders_own(sentence: str) -> bool:
    """Whether the no in the sentence is the sender's own ("I didn't get the job", "our
    tender"), said without an apology to the reader."""
    # (after sealing fresh246-250: an apology the friend quotes is the employer's to her,
    # 'they wrote to say they "regret to inform me" that I was not successful')
    # (after sealing fresh271-275: nor a "your" she quotes, « nous ne retenons pas votre
    # candidature »)
    # (sixty-fifth pass: nor a word of her own no, the Chamorro "ti" of "ti ma ayek yo'", which
    # an Italian reads as "you")
    unquoted = _OWN_NO.sub(" ", _QUOTED.sub(" ", sentence))
    return bool(_OWN_NO.search(sentence)) and not said_to_the_reader(unquoted) \
        and not _APOLOGY.search(unquoted)


_QUOTED = re.compile(r"[\"“«][^\"“”«»\n]{1,80}[\"”»]")


# After sealing fresh276-280: a friend quotes the letter she got, which greets her by her
# surname ('this is what it said: "Dear Ms Iotebwa, we regret ..."'): its "your" is hers.
_QUOTED_LETTER = re.compile(
    r"\b(?:what it said|it said|it says|they wrote|the letter said|the email said|the mail said)"
    r"\b[^\n\"“«]{0,40}\s{0,4}[\"“«][ \t]*(?:dear|hi|hello) (?:mr|ms|mrs|miss|mx|dr)\.? [a-z]"
    # after sealing fresh381-385: a Chinese friend's rejection letter, forwarded to show you
    # ("今天收到滇南药业的拒信了 ... 转给你看看： -------- 原始邮件 --------")
    r"|收到了?[^。！!，,\n]{0,20}?的拒信[^\n]{0,80}?(?:转给你|轉給你|发给你|發給你)")


def not_said_to_the_reader(text: str, noes: list[str]) -> str | None:
    """Why the noes of ``text`` (lower case) are news rather than a no to the reader, or None:
    sent to a crowd and no sentence that says no speaks to the reader, or every one of them
    is the sender's own."""
    if not noes:
        return None
    if _QUOTED_LETTER.search(text):
        return "a letter to the sender, quoted; not one to you"
    if told_me_no(text) and not any(said_to_the_reader(_unquoted(sentence))
                                     or _APOLOGY.search(_unquoted(sentence)) for sentence in noes):
        return "the sender's own no, not one to you"  # "... m'a dit non pour le poste. Ils ont pris ..."
    if any(said_to_the_reader(sentence) for sentence in noes):
        # a friend's own no may quote the "your" she was told: hers all the same
        return "the sender's own no, not one to you" \
            if all(the_senders_own(sentence) for sentence in noes) else None
    crowd = to_a_crowd(text)
    if crowd:
        return f"news to many: {crowd}; no no said to you"
    alert = None if _READERS_OWN.search(text) else _JOB_ALERT.search(text)
    if alert:  # after sealing fresh286-290: a listing's "This role has been filled."
        return f'a job alert ("{alert.group(0)}"); no no said to you'
    asked = _ASKED_TO_SEND.search(text)
    if asked:
        return f'you are asked to pass the noes on ("{asked.group(0)}")'

    if all(the_senders_own(sentence) for sentence in noes):
        return "the sender's own no, not one to you"
    return None


# After sealing fresh286-290: a friend saying she was told no, in a sentence of her own before
# the no she tells ("la Direction des douanes m'a dit non pour le poste", Juba Arabic "Ana ma
# ligo the Bor job", "They sent this today:")
_TOLD_ME_NO = re.compile(r"\bm['’](?:a|ont) dit non\b|\bana ma ligo\b|\bthey sent (?:me )?this "
                         r"(?:today|yesterday|this morning)\b"
                         # after sealing fresh301-305: Russian "мне тоже пришёл ответ из порта",
                         # "Ну вот и мне отказали", "Сегодня пришёл отказ: пишут, что «...»"
                         r"|\bмне (?:тоже |тоже уже |уже )?(?:пришёл|пришел|пришло|прислали) (?:ответ|отказ|письмо)"
                         r"|\b(?:и |тоже )?мне (?:тоже )?отказали\b|\bпришёл отказ: пишут\b"
                         # (and, lost to the retrain: Hawaiian Pidgin, "So I neva get da network job")
                         r"|\bi neva get (?:da|the) (?:[\w-]+ ){0,2}job\b"
                         # after sealing fresh306-310: an Argentine friend's "quedé afuera", "me
                         # bocharon" (I was left out, they flunked me)
                         r"|\bquedé (?:afuera|fuera)\b|\bme bocharon\b"
                         # after sealing fresh316-320: a Marshallese friend's "I didn't get the
                         # charge nurse job" ("iar jab bōk jerbal eo"), a Roman Urdu "unhon ne
                         # mujhe mana kar diya" (they turned me down)
                         # (after sealing fresh336-340, lost to the retrain: a Scots "I didnae get
                         # the Kirkwall job")
                         r"|\bi (?:didn't|did not|didnae|didna) get the (?:[\w&-]+ ){0,3}(?:job|post|position|role)\b"
                         r"(?! (?:description|spec|brief|details))|\biar jab b[ōo]k jerbal\b"
                         r"|\bmujhe (?:mana|inkaar|inkar|reject) kar (?:diya|dia|diye)\b"
                         # after sealing fresh341-345: a Hungarian friend's "engem elutasítottak"
                         # (they turned me down), "engem nem vettek fel" (they did not take me)
                         r"|\bengem (?:is )?(?:elutasítottak|nem vettek fel)\b|\belutasítottak engem\b"
                         # after sealing fresh346-350: a Malian friend's "la banque m'a finalement
                         # dit non pour le poste", an Indonesian friend's "aku gak lolos", "aku ditolak"
                         r"|\bm['’]a (?:finalement |officiellement |aussi )?dit non pour\b"
                         r"|\baku (?:gak|nggak|ga|tidak|enggak|ndak) lolos\b|\baku (?:juga )?ditolak\b"
                         # after sealing fresh381-385: a Chinese friend's "今天收到滇南药业的拒信了",
                         # "又被拒了" (I got their rejection letter today; turned down again)
                         r"|收到了?[^。！!，,\n]{0,20}?的拒信|又被拒了|我被拒了")


def _unquoted(sentence: str) -> str:
    """The sentence without what it quotes, a quote left open to its end too ('«...ваша
    кандидатура, к сожалению, не прошла.')."""
    return _OPEN_QUOTE.sub(" ", _QUOTED.sub(" ", sentence))


_OPEN_QUOTE = re.compile(r"[\"“«][^\"“”«»\n]*$")


def told_me_no(text: str) -> bool:
    """Whether the sender says, in her own words, that she was told no (lower case text)."""
    return _TOLD_ME_NO.search(text) is not None
