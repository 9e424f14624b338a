"""The organisation a relaying platform names as the one that decided.

A job board or a tracking system nobody has listed by name (a national board, a regional
portal, a new ATS) writes in a recognisable way: it sends from a shared or no-reply mailbox,
it names ANOTHER organisation as the one that reviewed or declined the application ("X has
reviewed your application", "on behalf of X", "your application to X via ...", "the employer
X"), and it closes with its own footer (unsubscribe, job alerts, your account, an automated
message). Read from how the mail is written, not from a list of platforms, the organisation
named as deciding is the employer and the sender only relays.

This module finds the names; the company vote (``mail_company``) checks that a name is an
acceptable organisation and not the sender itself.
"""

from __future__ import annotations

import re

# A capitalised name of up to six words, small joining words of several languages inside.
_JOIN = r"(?:de|del|de la|di|da|do|dos|du|des|van|von|der|den|la|le|y|e|et|und|and|&|of|for)"
_NAME = (rf"(?P<c>[A-ZÀ-ÞŁŚŻ][\w&'’.-]*(?:[ ](?:{_JOIN}[ ])?[A-ZÀ-ÞŁŚŻ&][\w&'’./-]*){{0,5}})")

# The reader's application (or profile, CV) as the object of someone's decision, or the other
# candidates someone chose instead.
_APPLICATION = (
    r"(?i:\b(?:your|ihre|deine|dein|ihr|votre|ta|tu|su|sua|tua|je|uw|din|dit|twoj\w*|vaši|"
    r"la tua|la sua|a sua|o seu|o teu)\s+(?:\w+\s+)?(?:application|candidacy|profile|cv|résumé|"
    r"resume|bewerbung\w*|bewerbungsunterlagen|profil|candidature|dossier|candidatura|"
    r"postulaci[óo]n|hoja de vida|perfil|sollicitatie|ansökan|søknad|ansøgning|hakemus\w*|"
    r"aplikac\w+|zgłoszeni\w+|přihlášk\w+|curr[íi]culo)\b"
    r"|\b(?:other|another|andere[nrm]?|anderen?|d['’]autres|un autre|une autre|otros?|otras?|"
    r"outros?|outras?|altri|altre|andra|andre|inn[ey]ch)\s+(?:\w+\s+)?(?:candidates?|applicants?|"
    r"bewerber\w*|kandidat\w*|candidat[se]?s?|candidatos?|candidatas?|candidati|sökande|"
    r"søkere|ansøgere)"
    # thirty-second pass: the same in Hungarian (a suffix says "your"), Latvian, Lithuanian,
    # Estonian and Slovak
    r"|\bjelentkezés\w*|\b(?:jūsu|tavu|tavs|tavā) pieteikum\w*|\bjūsų (?:paraišk\w*|kandidatūr\w*)"
    r"|\b(?:teie|sinu) (?:kandideerimis\w*|avaldus\w*|kandidatuur\w*)"
    r"|\b(?:vašu|vaša|vašej|tvoju|tvoja) (?:žiados\w*|prihlášk\w*)"
    # (sixty-seventh pass, lost to the retrain: Slovenian "Vaše prijave")
    r"|\b(?:vaše|vašo|vaša|tvoje|tvojo) prijav\w*)")

# "Kestrelwerk Maschinenbau hat Ihre Bewerbung geprüft", "Boulangeries Marchal a examiné votre
# candidature", "The employer Brackenfield Water has decided": a name as the subject of a
# sentence about the reader's application (optionally after a noun for "the employer").
_EMPLOYER_NOUNS = (
    r"(?i:the employer|the company|the hiring company|the organi[sz]ation|der arbeitgeber|"
    r"das unternehmen|die firma|l['’]employeur|l['’]entreprise|la société|l['’]organisation|"
    r"el empleador|la empresa|la compañía|o empregador|a empresa|de werkgever|het bedrijf|"
    r"de organisatie|l['’]azienda|il datore di lavoro|la società|arbetsgivaren|företaget|"
    r"arbejdsgiveren|virksomheden|arbeidsgiveren|bedriften|pracodawca|firma|společnost|"
    r"zaměstnavatel|angajatorul|compania|"
    # thirty-second pass: Hungarian's article, the Baltic and Slovak words for "the company"
    r"a\(z\)|az|uzņēmums|įmonė|ettevõte|spoločnosť|yritys|"
    # forty-sixth pass: a French board's "Le recruteur Groupe X a mis à jour le statut de votre
    # candidature"
    r"le recruteur|la recruteuse|"
    # (sixty-seventh pass: a Slovenian board's "Delodajalec Nautika Lucija d.o.o. je posodobil ...")
    r"delodajalec)")
# The decision itself, in the languages triage reads: a verb of reviewing, choosing or
# declining, or a refusal ("will not", "won't").
_DECISION = (
    r"(?i:review\w*|consider\w*|declin\w*|decid\w*|chose|chosen|choos\w*|select\w*|"
    r"view\w*|reject\w*|updat\w*|mark\w*|fill\w*|clos\w*|respond\w*|repl\w*|mov\w*|opt\w*|"
    r"not|won['’]t|cannot|can['’]t|unable|pass\w*|"
    r"gepr[üu]ft|entschied\w*|entschieden|abgesagt|abgelehnt|gesichtet|angesehen|"
    r"examin\w*|décid\w*|choisi\w*|retenu|étudi\w*|refus\w*|répondu|mis à jour|"
    r"revis\w*|decidi\w*|descart\w*|analis\w*|avali\w*|reviu|escolh\w*|eligi\w*|"
    r"esaminat\w*|decis\w*|valutat\w*|scelt\w*|"
    r"bekeken|beoordeeld|besloten|afgewezen|gekozen|"
    r"granskat|beslutat|valt|valgt|afvist|afslået|gennemg\w*|vurdert|avslått|"
    r"rozpatrz\w*|odrzuci\w*|zdecydowa\w*|posoudil\w*|rozhodl\w*|analizat|"
    # thirty-second pass: Hungarian, Latvian, Lithuanian, Estonian, Slovak
    r"visszajelz\w*|elutas\w*|döntött|értékel\w*|atjaunoj\w*|izvērtēj\w*|noraidīj\w*|"
    r"peržiūrėj\w*|atnaujin\w*|įvertin\w*|atmet\w*|vaatas\w*|vaada\w*|uuend\w*|otsust\w*|"
    r"posúdil\w*|zamiet\w*|aktualizoval\w*|posodobil\w*)\b")
# Until the decision, the sentence stays the name's: no "but we", "aber wir" handing it over.
_SAME_ACTOR = (r"(?:(?!(?i:\b(?:but|however|we|wir|nous|nosotros|wij|vi|aber|mais|pero|mas|"
               r"ma|maar|men)\b))[^\n.!?]){0,80}?")
# "Kestrelwerk Maschinenbau hat Ihre Bewerbung geprüft", "Unfortunately, Ostrava Analytics
# will not be moving forward with your application", "The hiring team at Quarrymoor Stone has
# updated the status of your application", "O recrutador da Padaria Estrela reviu a sua
# candidatura": a name, as the one deciding, in a sentence about the reader's application.
_TEAM_AT = (
    r"(?i:(?:the|le|la|el|o|a|der|die|de|il)\s+(?:hiring team|hiring manager|recruiter|"
    r"recruiting team|recruitment team|talent team|team|recruteur|recruteuse|reclutador\w*|"
    r"recrutador\w*|selezionator\w*|personalabteilung|werving)\s+(?:at|from|of|de|"
    r"del|de la|da|do|von|bei|chez|van|bij|di|della|en)\s+)")
# A sentence's first word that is no name: an article, a pronoun, a regret.
_NOT_OPENING = (r"(?!(?i:the|a|an|o|os|as|le|la|les|el|los|las|il|lo|der|die|das|de|het|een|we|"
                r"our|i|you|they|this|these|unfortunately|sadly|leider|malheureusement|"
                r"lamentablemente|infelizmente|purtroppo|helaas|tyvärr|desværre|dessverre|"
                r"po|pēc|pärast|dėl|pri|na)\s)")  # (Slovak, Latvian, Estonian, Lithuanian "after")
_DECIDED = re.compile(
    # (thirty-sixth pass: or after "that": "Te avisamos que Grupo Ferretero revisó tu CV")
    rf"(?:(?:^|(?<=[.!?] )|(?<=\w{{3}}[,] )|(?:(?<=\bque )|(?<=\bthat )|(?<=\bche )|"
    rf"(?<=\bdass )) ?)(?i:(?:a|o|as|os|die|der|das|la|el|il|the)\s+)?"
    rf"|{_EMPLOYER_NOUNS}\s+|{_TEAM_AT})"
    rf"{_NOT_OPENING}{_NAME}(?!\s+from\s+[A-ZÀ-Þ])(?=\s+(?=[a-zà-ÿ]){_SAME_ACTOR}\b{_DECISION})"
    rf"(?=\s+[a-zà-ÿ][^\n.!?]{{0,120}}?{_APPLICATION})",
    re.M)

# "on behalf of X", "im Auftrag von X", "au nom de X": the writer speaks for X.
_ON_BEHALF = re.compile(
    rf"(?i:\b(?:on behalf of|im auftrag (?:von|der|des)|im namen (?:von|der|des)|"
    rf"au nom de(?: la| l['’])?|de la part de(?: la| l['’])?|en nombre de(?: la)?|"
    rf"en representación de|em nome d[aoe]|per conto di|a nome di|namens|på vegne af|"
    rf"på vegne av|på uppdrag av|w imieniu)\s+(?:the\s+)?){_NAME}")

# Thirty-seventh pass: a network relays a person's message with their employer beside the
# name: "a new message from Ankit Malhotra (Rupeeway Fintech)", "Jana Rothmund (Talent
# Acquisition bei Quellwerk) hat Dir eine neue Nachricht geschickt", and LinkedIn's headline
# under the name ("Ravi Teja Kommineni" / "Talent Acquisition Lead at Brightwell Pharma | ...").
_PERSON = r"[A-ZÀ-Þ][\w'’-]+(?:[ ][A-ZÀ-Þ][\w'’-]+){1,3}"
_AFFILIATION = (r"\((?:[^()\n]{0,60}?(?:\s(?:at|bei|chez|bij|en|na|@)\s|,\s))?"
                r"(?P<c>[A-ZÀ-Þ0-9][^(),\n]{1,60}?)\)")
_MESSAGE_FROM = re.compile(
    rf"(?i:\b(?:message|nachricht|bericht|mensaje|mensagem|messaggio)\s+(?:from|von|van|de|da|di)"
    rf"\s+){_PERSON}\s+{_AFFILIATION}")
_PERSON_SENT = re.compile(
    rf"{_PERSON}\s+{_AFFILIATION}\s+(?i:has sent|sent you|replied to your|responded to your|"
    r"hat dir|hat ihnen|heeft je|heeft u|"
    r"vous a envoyé|t['’]a envoyé|te ha enviado|te enviou|ti ha inviato)")
_HEADLINE = re.compile(
    rf"^{_PERSON}[ \t]*\n[ \t]*(?:[A-Z][\w&'’/-]*[ ]){{0,5}}(?i:recruit\w*|talent\w*|"
    r"acquisition|hiring|hr|people|manager|lead|head|director|partner|engineer|founder|"
    r"co-founder|ceo|cto)[ ]+(?:at|@|bei|chez|en)[ ]+(?P<c>[A-ZÀ-Þ0-9][^|\n]{1,60}?)"
    r"[ \t]*(?:\||$)", re.M)

# After sealing fresh306-310: a board relays a recruiter's reply, "Sneha Kulkarni from Nilgiri
# Labs has responded to your application": the firm after "from" decided, not the person.
_PERSON_FROM = re.compile(rf"^{_PERSON}\s+from\s+{_NAME}(?=\s+(?:has|have)\s+(?:responded|replied|"
                          r"reviewed|updated|declined|viewed)\b)", re.M)

# "your application to X via Hirelane", "Ihre Bewerbung bei X über Jobportal": the reader
# applied to X through the sender.
_APPLIED = (
    rf"(?i:\b(?:application|applied|applying|candidacy|bewerbung|beworben|candidature|"
    rf"candidatura|postulaci[óo]n|postulaste|sollicitatie|gesolliciteerd|ansökan|sökt|"
    rf"ansøgning|søknad|søkt|hakemus\w*|aplikac\w+|přihlášk\w+)\s+"
    # (not a status it was set to: "application status has been updated to No Longer Under
    # Consideration")
    rf"(?:(?!(?:updated|changed|set|moved|status)\s)\w+\s+){{0,5}}?"
    rf"(?:to|at|with|for|bei|an|chez|à|auprès de|a|en|para|con|na|em|presso|"
    rf"bij|hos|på|till|u|w|v|ve)\s+(?:(?:the|der|die|das|dem|den|la|le|l['’]|el|het|de)\s*)?)"
    rf"{_NAME}")
_APPLIED_VIA = re.compile(
    _APPLIED
    +rf"(?=[\s,]+(?:[^\n.]{{0,60}}?\s)?(?i:via|through|on|über|par l['’]intermédiaire de|"
    rf"par|a través de|por medio de|por meio de|pelo|pela|tramite|through the|using)\s)")

# "your application to Harlow Vale Council ... has been reviewed by the employer": on a
# platform's mail, whom the reader applied to.
_APPLIED_TO = re.compile(_APPLIED + r"(?![\w&'’-])")

# After sealing fresh306-310: a board's online test "que te envió X para el aviso ...": the
# employer that set it.
_TEST_SENT_BY = re.compile(rf"\bque te (?:envió|mandó) {_NAME}(?=\s+para (?:el aviso|la vacante|la "
                           rf"búsqueda|la posición|el puesto)\b)")

# After reading fresh266-275: a board's "à l'offre « ... » publiée par Faso Microcrédit
# Solidaire", "the job posted by X": the employer that posted the job.
_POSTED_BY = re.compile(
    rf"(?i:\b(?:posted by|published by|publiée par|publié par|diffusée par|publicada por|"
    rf"publicado por|pubblicata da|veröffentlicht von)\s+(?:the\s+)?){_NAME}")

# A platform's own footer or wording about itself: unsubscribe, job alerts, an account, an
# automated message, "the employer".
_PLATFORM_WORDING = re.compile(
    r"(?i:\bunsubscribe\b|\bopt[- ]out\b|\babmelden\b|\babbestellen\b|désabonner|désinscri|"
    r"darte de baja|dar(?:se)? de baja|cancelar (?:la )?suscripci[óo]n|descadastr|"
    r"cancelar (?:a )?inscri|uitschrijven|afmelden|avregistrera|avsluta prenumeration|"
    r"\bafmeld|disiscriv|annulla(?:re)? (?:l['’])?iscrizione|wypisz|odhlásit|dezabon|"
    r"job[- ]?alerts?|jobalerts?|stellenalarm|jobagent|alertes? (?:emploi|e-mail)|"
    r"alertas? de empleo|vacature-?alerts?|jobbevakning|"
    r"(?:email|e-mail|notification|alert) (?:preferences|settings)|"
    r"similar (?:jobs|openings|roles|vacancies|positions)|"
    # (after reading fresh266-275: "View other jobs:", "Voir les offres similaires")
    r"view (?:other|more) jobs|voir (?:les )?offres similaires|ver ofertas similares|"
    r"manage (?:your )?(?:e-?mail |job )?(?:alerts|notifications|preferences|subscriptions?)|"
    # nineteenth pass: a board's own recommendations and its word for the employers on it
    r"jobs? (?:you (?:may|might) (?:be interested in|like)|recommended for you|for you)|"
    r"recommended (?:jobs|vacancies|roles)|employers on [A-Z]?\w+|"
    r"du modtager denne|du mottar denne|du får denna|"
    r"you(?:'re| are)? receiv(?:ed|ing) this|sie erhalten diese|du erhältst diese|"
    r"vous recevez ce|vous avez reçu ce|recibes este|has recibido este|você recebeu|"
    r"je ontvangt deze|u ontvangt deze|du får detta|"
    r"\byour account\b|\bin ihrem konto\b|\bin deinem konto\b|\bvotre compte\b|\btu cuenta\b|"
    r"\bsua conta\b|\bje account\b|\buw account\b|"
    r"automated (?:message|email|e-mail|notification)|automatisch (?:erstellt|generiert|"
    r"gegenereerd|verzonden)|message automatique|mensaje automático|"
    r"do not reply|please don['’]t reply|bitte nicht (?:auf diese|antworten)|"
    r"ne pas répondre|no responda|não responda|niet beantwoorden|"
    r"terms (?:of (?:use|service)|and conditions)|\bnutzungsbedingungen\b|"
    r"conditions générales|términos y condiciones|"
    r"the employer\b|der arbeitgeber\b|l['’]employeur\b|el empleador\b|de werkgever\b|"
    r"o empregador\b|il datore di lavoro\b|arbetsgivaren\b|arbeidsgiveren\b|arbejdsgiveren\b|"
    # thirty-second pass: the employer's word in Central Europe, the Baltics and Finland
    r"a munkáltató\b|darba devēj\w*|darbdav\w*|tööandja\w*|zamestnávateľ\w*|"
    r"zaměstnavatel\w*|työnantaja\w*|pracodawc\w*|"
    # thirty-sixth pass: a Spanish or Italian board's footer and its similar jobs
    r"recibiste este (?:correo|mensaje|e-?mail|mail)|tienes una cuenta|vacantes que (?:podrían|"
    r"pueden|te pueden) interesarte|offerte simili|annunci simili|hai un account|"
    # (after sealing fresh306-310: an Argentine board's "tenés una cuenta", "avisos similares";
    # a Slovenian board's "samodejno obvestilo", "ne odgovarjajte", "delodajalec")
    r"tenés una cuenta|avisos similares|samodejno obvestilo|ne odgovarjajte|delodajalec\b|"
    # forty-fourth pass: a board's footer in Russian, Ukrainian, Georgian and Armenian
    r"не отвечайте на (?:это )?письмо|отправлено автоматически|отписаться|вы получили это письмо|"
    r"похожие вакансии|не відповідайте на (?:цей )?лист|схожі вакансії|გამოწერ\w*|ნუ უპასუხებთ|"
    r"მსგავსი ვაკანსიები|չպատասխանել|ծանուցումների|նմանատիպ աշխատանքներ)")


def platform_wording(text: str) -> bool:
    """The mail speaks as a platform: a footer of its own, or "the employer" as a third party."""
    return bool(_PLATFORM_WORDING.search(text[:8000]))


def stated_deciders(text: str) -> list[str]:
    """Names the mail states the writer speaks for, or the reader applied to through the
    sender: "on behalf of X", "your application to X via ...", a person's employer where a
    network relays their message (sure on any sender)."""
    names = [m.group("c") for pattern in (_ON_BEHALF, _APPLIED_VIA, _MESSAGE_FROM, _PERSON_SENT,
                                          _HEADLINE, _PERSON_FROM)
             for m in pattern.finditer(text[:6000])]
    return list(dict.fromkeys(_trimmed(name) for name in names if _trimmed(name)))


def deciders(text: str) -> list[str]:
    """Names written as the subject of a decision on the reader's application: "X has reviewed
    your application", "L'entreprise X a examiné votre candidature" (a platform's cue only
    where the sender is automated and writes as a platform)."""
    names = [m.group("c") for pattern in (_DECIDED, _APPLIED_TO, _POSTED_BY, _TEST_SENT_BY)
             for m in pattern.finditer(text[:6000])] + quoted_deciders(text)
    return list(dict.fromkeys(_trimmed(name) for name in names if _trimmed(name)))


# A name ends before a trailing legal form's comma or a possessive.
def _trimmed(name: str) -> str:
    """The name alone: not the next sentence ("University. Please"), not a possessive, not a
    noun for "the employer" or a committee before it; nothing for a person's title."""
    name = re.split(r"\.\s", name)[0]
    name = re.sub(r"['’]s$", "", name.strip(" .,;:'’-"))
    name = _UNIT_OF.sub("", _LEADING_NOUN.sub("", _ARTICLE.sub("", name)))
    return "" if _HONORIFIC.match(name) else name


# "A Construtora Serra Azul", "Die Rheintal Armaturen GmbH": an article that opens the sentence.
_ARTICLE = re.compile(r"^(?:A|O|As|Os|Die|Der|Das)\s+(?=[A-ZÀ-Þ]\S*\s+\S)")
# "Dr. Oyelaran", "Mrs Okonjo-Reid", "Frau Berger": a person spoken of, never the employer.
_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|miss|mx|prof|professor|herr|frau|mme|mlle|sr|sra|"
                        r"srta|dott|dott\.ssa|dhr|mevr|pan|pani)\b\.?", re.I)
# "Nominations Committee of Aldermoor Building Society": a body inside the organisation.
_UNIT_OF = re.compile(r"^(?:[A-Z][\w-]* ){0,2}(?:Committee|Board|Panel|Council|Department|"
                      r"Office|Team|Division)s? of (?:the )?(?=[A-ZÀ-Þ])")


# "L'entreprise Boulangeries Marchal" at a line's start: the noun, then the name.
_LEADING_NOUN = re.compile(rf"^{_EMPLOYER_NOUNS}\s+(?=[A-ZÀ-Þ])")


# Forty-fourth pass: a Russian, Ukrainian or Georgian board's employer in quotation marks,
# after its legal form ("Компания «Клюква Диджитал» рассмотрела ваш отклик", "Работодатель
# ТОО «Sapar Logistics Tech» рассмотрел", "დამსაქმებელმა „Mtatsminda Media“-მ განიხილა").
_QUOTED_DECIDED = re.compile(
    r"(?i:компани[яї]|работодатель|роботодавець|დამსაქმებელმა|კომპანიამ)\s+(?:(?:ТОО|АО|ООО|ОАО|"
    r"ЗАО|ПАО|ИП|ЖШС|АҚ|ТОВ|ПрАТ)\s+)?[«„\"“](?P<c>[^«»„“”\"\n]{2,60})[»“”\"](?:-\w+)?,?\s+"
    r"(?i:рассмотрел\w*|просмотрел\w*|изучил\w*|отклонил\w*|ответил\w*|переглянул\w*|"
    r"розглянул\w*|відхилил\w*|განიხილა|გადახედა|უარყო)")


# After sealing fresh341-345: a public institution's form alone before the name, a name quoted
# inside it ("ФГБУ «Национальный парк «Белые Камни»» ответил на ваш отклик").
_FORM_QUOTED_DECIDED = re.compile(
    r"(?<![\w«])(?:Ф?Г[БАК]?(?:П?ОУ|У|УП)|М[БАК]?(?:Д?ОУ|У|УП)|ООО|АО|ПАО|ТОО|АНО)\s+"
    r"«(?P<c>[^«»\n]{2,60}(?:«[^«»\n]{1,40}»)?)»\s+"
    r"(?i:рассмотрел\w*|просмотрел\w*|изучил\w*|отклонил\w*|ответил\w*)(?!\w)")


def quoted_deciders(text: str) -> list[str]:
    """Names a board quotes as the employer that decided, in any script."""
    return [m.group("c").strip() for pattern in (_QUOTED_DECIDED, _FORM_QUOTED_DECIDED)
            for m in pattern.finditer(text[:6000])]
