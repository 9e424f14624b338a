"""Twenty-sixth pass: sentences the sentence model may hear as a no that say something else.

The model, trained on few letters in each new language, hears the words it met in noes:
"ваша заявка", "درخواست شما", "ማመልከቻ". A sentence that only says the application arrived
("با موفقیت در سامانه ثبت شد", "ደርሶናል", "ваш отклик получен"), that the sender cannot
answer everyone one by one ("non siamo in grado di rispondere individualmente a tutti"),
that a no will follow silence after a condition a Turkic or Persian verb puts at its end
("… uyğun deyilsə, bildirin", "na ausência de contacto …"), or that pitches a post or praises
the reader without a "but" ("хотела бы предложить вакансию", "juda yaxshi taassurot
qoldirdi") is none: the model looks further down for the no. Written from general knowledge
of each language.
"""

from __future__ import annotations

import re

# The application received or registered, in the languages the twenty-sixth pass added.
RECEIVED = re.compile(
    r"با موفقیت (?:\S+ ){0,3}?(?:ثبت|دریافت) شد|(?:دریافت|ثبت) شده است"
    r"|ደርሶናል|ተቀብለናል"
    r"|(?<!\w)(?:получили|получена|получено|получен|принята|принято|принят|зарегистрирован\w*) "
    r"(?:\w+ )?(?:ваш\w* )?(?:резюме|заявк\w*|отклик\w*|анкет\w*)"
    r"|(?<!\w)ваш\w* (?:резюме|заявка|отклик|анкета) (?:\w+ )?(?:получен\w*|принят\w*)"
    r"|\b(?:arizangiz|rezyumengiz|murojaatingiz) (?:\w+ )?qabul qilindi"
    r"|\b(?:müraciətiniz|CV-niz|ərizəniz) (?:\w+ )?(?:qəbul (?:edildi|olundu)|alındı)"
    r"|(?<!\w)(?:өтініміңіз|түйіндемеңіз) (?:\w+ )?қабылданды"
    r"|موصول ہو (?:گئی|گیا)|موصول ہوئی"
    r"|(?:קיבלנו את|התקבלה) (?:\S+ )?(?:מועמדותך|מועמדותכם|קורות החיים)",
    re.IGNORECASE)

# "We cannot answer every applicant one by one": a receipt's rule.
NO_INDIVIDUAL_REPLY = re.compile(
    r"\b(?:respond\w*|reply|answer|rispondere|responder|répondre|contestar|antworten|"
    r"beantworten|odpowiedzie\w*|antwoorden|svare|svara|"
    # (forty-fifth pass: Albanian "nuk jemi në gjendje t'i përgjigjemi çdo kandidati
    # individualisht", South Slavic "одговоримо/одговориме секоj кандидат")
    r"përgjigj\w*|pergjigj\w*|odgovori\w*|одговори\w*)\b[^.!?\n]{0,30}"
    r"\b(?:individual\w*|individuel\w*|personal\w*|a tutti|a todos|à tous|a cada|to (?:all|every|"
    r"each)|jede[mn]|einzeln|iedereen|çdo|cdo|svakom|секој|сваком|pojedinačno|поединечно)\b",
    re.IGNORECASE)

# A condition at a verb's end (Azerbaijani, Turkish, Uzbek, Kazakh: "uyğun deyilsə", "gelmezse",
# "mos kelmasa", "келмесе"), or "in the absence of contact" in Portuguese, Catalan and
# Galician, anywhere in the sentence.
CONDITIONAL_AFTER = re.compile(
    r"\b(?:deyilsə|değilse)\b|\b\w+(?:deyilsə|değilse|mazsa|məzsə|mezse|masa|masangiz|sangiz)\b"
    r"|(?<!\w)\w+(?:масаңыз|месеңіз|маса|месе)(?!\w)"
    r"|\b(?:na ausência de|na falta de|caso não|en absència de|si no (?:rebeu|reps|rebeu cap)|"
    r"en caso de non|no caso de non|se non (?:recibe|recibes|ten))\b"
    r"|(?<!\w)(?:если|в случае|при отсутствии)(?!\w)|در صورت عدم|اگر|אם לא|במידה ולא",
    re.IGNORECASE)

# A post pitched to the reader, an invitation to the next step, or praise with no "but":
# "хотела бы предложить вакансию", "sizi final müsahibəyə dəvət edirik",
# "me llamó (mucho) la atención", "juda yaxshi taassurot qoldirdi", "произвели отличное
# впечатление".
PITCH_OR_PRAISE = re.compile(
    r"(?<!\w)хотел\w* бы (?:вам )?предложить|\bme llam[óo] (?:mucho )?la atenci[óo]n\b"
    r"|\bcaught (?:my|our) (?:eye|attention)\b|\byaxshi taassurot qoldir\w*"
    r"|(?<!\w)произвел\w* (?:очень )?(?:хорошее|отличное|приятное) впечатление"
    r"|\b(?:yaxşı|müsbət) təəssürat (?:yarat|bağışla)\w*"
    # an invitation to the next step: "sizi ... müsahibəyə dəvət edirik", "приглашаем вас"
    r"|\bdəvət (?:edirik|etmək istəyirik)\b|\btaklif (?:qilamiz|etamiz)\b"
    r"|(?<!\w)приглашаем (?:вас|тебя)(?!\w)|(?<!\w)шақырамыз(?!\w)|دعوت می\u200c?کنیم"
    r"|שמחים להזמין|ልንጋብዝዎ|\b(?:convidamos|invitamos|vi invitiamo|la invitiamo)\b",
    re.IGNORECASE)

# A negation in a script or language that ``_ANY_NOT`` does not read: a Persian verb's "ن",
# "نمی", an Urdu "نہیں", a Hebrew "לא", an Amharic "አል…" verb, Azerbaijani and Uzbek "-ma".
NEGATED_IN_SCRIPT = re.compile(
    r"(?<!\S)(?:نمی|نشد|نخواهد|نیست|نه|نہیں|לא|אין)(?!\S)|نمی\u200c|(?<!\S)አል\S*"
    r"|\b(?:deyil|yoxdur|emas|yo['ʻ’]q|ammo|lekin|biroq|amma)\b", re.IGNORECASE)

# A decision still to come: "We haven't shortlisted ... yet", "noch nicht entschieden",
# "pas encore", "todavía no", "ainda não", "nog niet", "ещё не", "hələ", "هنوز".
NOT_YET_DECIDED = re.compile(
    r"\b(?:not|n't|haven't|hasn't)\b[^.!?\n]{0,60}\byet\b(?!\s+(?:we|i|you|they|it|there|our|"
    r"the)\b)|\bnoch nicht\b|\bpas encore\b|\btodav[íi]a no\b|\bainda n[ãa]o\b|\bnog niet\b"
    r"|\bancora (?:non|da)\b|(?<!\w)(?:ещё|еще) не(?!\w)|\b(?:hələ|hali|hanuz)\b|هنوز|עדיין לא"
    # (after sealing fresh366-370: a Japanese prefecture's "現時点で合否は決定しておりません")
    r"|合否は(?:まだ)?決定して(?:おりません|いません)|まだ決定して(?:おりません|いません)",
    re.IGNORECASE)

# Twenty-seventh pass: a rule about a class of applicants or applications, not about the
# reader's own: "neúplné přihlášky ... nelze do výběrového řízení zařadit", "kandidati, ki
# pogojev ne izpolnjujejo, ne bodo uvrščeni", "kandidatët që nuk e kaluan provimin", "les
# dossiers incomplets ne seront pas étudiés" (a receipt's or a notice's small print).
CLASS_OF_APPLICANTS = re.compile(
    r"\b(?:neúpln\w* (?:přihlášk|žiadost|prihlášk)\w*|(?:uchazeč|uchádzač|kandidát)\w*,? (?:kteří|ktorí|které|ktoré)"
    r"|(?:přihlášky|žiadosti|prihlášky),? (?:které|ktoré)|kandidati,? (?:ki|koji|koje)|prijave,? (?:ki|koje)"
    r"|nepo(?:polne|tpune) prijave|kandydaci,? którzy|niekompletne (?:aplikacje|zgłoszenia|wnioski)"
    r"|(?:aplikacje|zgłoszenia),? które|kandidatët që|aplikimet (?:që|e paplota)|hiányos pályázat\w*"
    r"|azon pályázók|(?:azok|azon) a pályázók|les candidatures incomplètes|les dossiers incomplets"
    r"|les candidats (?:qui|dont)|incomplete applications|applicants who|candidates who"
    # (fiftieth pass: Turkish "ekibimiz tüm başvuruları ... değerlendiriyor", how all are read)
    r"|tüm başvuruları|bütün başvuruları|tüm adayları|bütün adayları)\b"
    r"|(?<!\w)(?:οι υποψήφιοι που|ελλιπείς αιτήσεις|αιτήσεις που|кандидатите,? които|непълни документи)",
    re.IGNORECASE)
# ... said to the reader all the same: a "you" or "your" in the sentence
ADDRESSED = re.compile(
    r"\b(?:va[šs]\w*|vás|vám|vami|pan[ua]?|pani|ön|önt|önnek|ju|juaj|tuaj|vous|votre|vos|you|your|"
    r"siz|size|sizi|sizin|sizinle|sizden)\b"
    r"|(?<!\w)(?:σας|σου|ви|вас|вашите|вашата)(?!\w)", re.IGNORECASE)
