"""Twenty-ninth pass (reason): the stock lines templates use in every language, told apart
by their words rather than by one more pattern each.

"We have decided to proceed with other candidates whose skills and experience more closely
match what the team needs at this time", "d'autres profils correspondant davantage aux
exigences du poste", "altri candidati il cui percorso risulta più in linea con i requisiti
della posizione", "katerih izkušnje se bolj ujemajo z zahtevami delovnega mesta": each says
only that others fitted better. Patterns caught these one wording at a time and every new
template slipped past, so the test here is a vocabulary: from a word that opens the clause
(whose, dont, cuyo, deren, il cui, al căror, kelle, the other candidates ...) to the end of
the sentence, every word is generic (candidates, profile, experience, more, closely, match,
needs, role, current ...), with a word of comparison and a verb of fit among them ("more experience in the role" has
none: it says what the chosen person had). One word
the vocabulary does not know ("in hotel conversions", "SAP", "caries epidemiology") names
what the chosen person had, and the sentence stays a reason.

Also here: a job board's footer or tip ("Ricevi questa e-mail perché ...", "candidates who
add their certifications are twice as likely to be contacted"), and a thanks sentence whose
only cue is "experience" in an experienced-hire programme's name ("経験者採用にご応募いただき、
誠にありがとうございました", "경력직 채용에 ... 감사드립니다").
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")

# Words that open the clause: a relative word or the other people chosen.
_OPENERS = frozenset("""
whose who that those others other another candidates candidate applicants applicant profiles
individuals people ones someone
dont qui autres autre candidats candidat candidates candidate candidatures candidature profils
personnes
cuyo cuya cuyos cuyas otros otras otro otra candidatos candidatas postulantes perfiles personas
cujo cuja cujos cujas outros outras pessoas perfis
cui altri altre altro candidati profili
deren dessen andere anderen bewerber bewerberinnen bewerbern kandidaten kandidatinnen
wiens wier kandidaten sollicitanten profielen
vars hvis andra andre kandidater sökande søkere ansøgere
których którego której innych innymi kandydatów kandydaci kandydatami kandydatów
căror cărui căreia alți alte candidați candidații candidaților
katerih katerega čijih čije čiji jejichž ktorých kandidate kandidati kandidatov uchazeče uchazečů
kelle teiste kandidaatidega kandidaadid joiden jonka muiden hakijoiden hakijat
akiknek akinek akik jelöltek jelöltekkel pályázók
adaylar adaylarla adayları diğer
kandidat calon pelamar lain
finalist finalists die welche
perfil profil profilo kandidati li
""".split())  # (forty-third pass: "un perfil que se ajusta", Maltese "kandidati oħra li")

_COMPARATIVES = frozenset("""
more better closer closely best
davantage plus mieux près étroitement
más mejor mejores mais melhor
più meglio maggiormente
besser mehr stärker näher
beter meer nauwer
bättre bedre mer mere närmare nærmere
lepiej bardziej
mai îndeaproape
bolj bolje više lépe lepšie více viac
paremini rohkem paremmin
jobban daha lebih
closest genauer parhaiten paras parhaat
mayor eqreb
""".split())

_FIT = frozenset("""
align aligns aligned alignment match matches matched matching fit fits fitted suit suits suited
meet meets met correspond corresponds correspond correspondent correspondant répond répondent
répondant adapté adaptés adaptée adaptées aligné alignés alignée alignées adéquation ajusta
ajustan ajustaba ajustado ajustados adecua adecuan adecuado adecuados adecuada adapta adaptan
encaja encajan corresponde corresponden alineado alineados alineada alineadas alinhado alinhada
alinhados alinhadas adequado adequada adequados adequadas aderente aderentes encaixa encaixam
enquadra correspondem linea aderenti adatto adatti adatta corrisponde corrispondono risponde
rispondono allineato allineati allineata passt passen passend passender entspricht entsprechen
entsprach übereinstimmt aansluit aansluiten aansluitend past passen matchar matcher motsvarar
svarer passar passer odpowiada odpowiadają pasuje pasują corespunde corespund potrivit
potrivite potrivesc ujemajo ujema odgovara odgovaraju odpovídají odpovídá zodpovedajú vastab
vastavad vastaa vastaavat illeszkedik illeszkednek megfelel uygun uyumlu örtüşen eşleşen sesuai
cocok selaras lines line kommt kommen
erfüllt erfüllen
closer nearer eqreb
lined sits sit
""".split())  # (forty-third pass: "whose background is closer to what the team needs"; forty-fifth:
# "lined up a little more closely with where the team is", "sits closest to what the role needs")

# What the others fitted: needs, requirements, the role.
_NEEDS = frozenset("""
needs need requirements criteria role position job post vacancy besoins exigences attentes
critères poste mission necesidades requisitos requerimientos puesto cargo posición vacante rol
necessidades vaga função esigenze requisiti posizione ruolo anforderungen anforderungsprofil
bedürfnissen stelle rolle eisen behoeften wensen functie vacature behov krav kraven kravene
tjänsten stillingen rollen potrzeb potrzebom potrzebami wymagań wymaganiom wymaganiami stanowiska cerințelor
cerințele nevoilor nevoile rolului postului poziției zahtevami zahtjevima zahtevima požadavkům
požiadavkám potrebam potrebama potřebám vajadustele nõuetele tarpeitamme tarpeisiin vaatimuksia
vaatimuksiin elvárásainak igényeinek gereksinimlerine ihtiyaçlarına beklentilerine kebutuhan
keperluan persyaratan kriteria posisi jawatan peranan
""".split())

# Everything else a stock clause is made of: articles, prepositions, possessives, the time
# ("at this stage", "right now") and the generic things people have.
_FILLER = frozenset("""
a an the our their your its this these is are was were be been being has have had of to with
for and or what where we us they currently current specific particular right now at time
stage moment point present looking require requires required need needed team teams
department business organisation organization company client clients hiring manager project
experience experiences background backgrounds skills skill skillset skillsets set sets
qualifications qualification expertise profile much slightly even bit somewhat directly
strongly stronger up close ve re ll s
little headed heading direction going so won t not will advancing moving forward progressing
application candidacy
taking take further pursue pursuing
le la les l un une des du de d à a au aux avec nos notre vos votre leurs leur actuels
actuelles actuel actuelle spécifiques particuliers ce cette stade est sont était étaient nous
équipe équipes entreprise expérience expériences parcours compétences qualifications profil en ligne
el los las unos unas del al con experiencia trayectoria habilidades competencias se forma
manera medida cercano cercanos equipo empresa cliente actuales actual específicas específicos
este esta es son está están nuestras nuestros nuestra nuestro sus su lo que buscamos
buscando estamos perfil
o os as um uma do da dos das ao à aos às com experiência trajetória é são próximo próximos equipe
equipa momento atual atuais atualmente nossas nossos nossa nosso neste nesta
il lo i gli di della dei delle alla ai alle esperienza esperienze competenze risulta
risultano è sono vicino vicini team azienda attuali attuale momento questo questa nostre
nostri nostra nostro profilo percorso in
die der das den dem des ein eine einen einem einer erfahrung erfahrungen qualifikationen
qualifikation hintergrund noch zu zur zum mit unseren unsere unserer unser ihren aktuellen
derzeitigen momentan ist sind waren war für uns profil innen etwas
het een van voor ervaring achtergrond bij op met onze ons huidige dit moment zijn profiel
som för for på av erfarenhet erfaring bakgrund bakgrunn til till med våra vores våre vår vårt nuvarande
nåværende nuværende er är profil profiler
doświadczenie profil profile do z naszych naszymi obecnych obecnymi jest są na tym etapie
al profil profilul profiluri experiența experienței cu noastre nostru actuale în acest
moment este sunt bine
se izkušnje iskustvo iskustva profil zkušenosti skúsenosti z s delovnega mesta radnog
mjesta pozicije pozice pozície tima naše našim našich trenutnim aktuálním aktuálnym
kogemus kogemused meie praegustele ametikoha rolli kokemus osaaminen tehtävän nykyisiä
a az tapasztalata tapasztalatai profilja pozíció jelenlegi meg
deneyimi deneyimleri profili profilleri iyi pozisyonun pozisyonumuzun mevcut olan ile
yang profilnya pengalaman pengalamannya dengan tim pasukan kami saat ini semasa
desk today taken whole overall auf schwerpunkte schwerpunkten gesamtbeurteilung gesamtbild
ja tämänhetkisiä tämänhetkiset kaikkein painopisteitä painopisteisiin
yours cercana cercanas área l esperjenza tagħhom hija lejn dak qed infittxu
cualificaciones calificaciones plaza programme program point
""".split())  # (forty-fifth pass: "cuyas cualificaciones se ajustan más", "what the programme needs")
_GENERIC = _OPENERS | _COMPARATIVES | _FIT | _NEEDS | _FILLER


def stock_fit_clause(sentence: str) -> re.Match[str] | None:
    """The earliest word from which the sentence ends in a stock "others fitted better"
    clause, as a match whose start is that word; None when there is none. (One pass from the
    end: a sentence of a thousand openers costs no more than any other.)"""
    words = [(w, w.group(0).casefold()) for w in _WORD.finditer(sentence)]
    earliest = None
    compared = fitted = False
    for index in range(len(words) - 1, -1, -1):
        match, word = words[index]
        if word not in _GENERIC:
            break
        compared = compared or word in _COMPARATIVES
        fitted = fitted or word in _FIT
        if word in _OPENERS and compared and fitted and len(words) - index >= 4:
            earliest = match
    return earliest


# A job board's footer or tip, in more languages: "Ricevi questa e-mail perché ...",
# "Recibís este correo porque ...", "Получавате този имейл, защото ...", "Tip: candidates who
# add ... are twice as likely to be contacted", "têm mais chances de serem chamados",
# "Kuna nafasi mpya 27 ... zinazokusubiri", "to unsubscribe ...".
BOARD_LINES = re.compile(
    r"\b(?:ricevi|riceve|ricevete|recibís|recibe|recibes|recebe|recebes|recevez|reçois|"
    r"ontvang\w*|erhältst|erhalten|får|modtager|mottar|otrzymujesz|dostáváte|primate|"
    r"primaš|получавате|получаете|получили|отримуєте|primiți|kapja|alıyorsunuz|menerima|"
    r"keni marrë|keni marre|добивте|добивате)\b"
    r"[^.]{0,60}\b(?:e-?mail\w*|correo|courriel|mensagem|messaggio|bericht|nachricht|"
    r"meddelande|besked|melding|wiadomość|zprávu|poruku|имейл\w*|писмо|письмо|лист|mesaj\w*|"
    r"pesan|surel|mesazh\w*|пораква)\b[^.]{0,40}\b(?:perché|porque|porqué|parce|weil|da|omdat|eftersom|fordi|"
    r"ponieważ|protože|jer|защото|потому|тому що|deoarece|mert|çünkü|karena|kerana|sepse|бидејќи)\b"
    r"|\b(?:recebendo|recibiendo|receiving|recevant|ricevendo)\b[^.]{0,30}\b(?:e-?mail|correo|mensagem|messaggio)\b"
    r"|\b(?:twice|three times|\d+\s?(?:x|times)) (?:as|more) likely\b"
    r"|\b(?:more|mais|más|plus de|più) (?:chances?|possibilidades|posibilidades|probabilit\w+)"
    r" (?:de|di|of|to)\b"
    r"|\bnafasi mpya\b[^.]{0,60}\bzinazokusubiri\b"
    r"|\bthe job board for\b"
    # a confidentiality notice: "تنويه: هذه الرسالة وأي مرفقات بها سرية", "This email and any
    # attachments are confidential", "Cette communication est confidentielle"
    r"|\b(?:e-?mail|message|communication|courriel|nachricht|mensaje|mensagem|messaggio|"
    r"bericht|wiadomość)\b[^.]{0,60}\b(?:confidential|confidentiel\w*|vertraulich\w*|"
    r"confidencial\w*|riservat\w*|vertrouwelijk\w*|poufn\w+)\b"
    r"|(?:الرسالة|رسالة)[^.]{0,40}سرية|^تنويه|הודעה זו[^.]{0,40}חסוי"
    r"|(?:برای )?لغو (?:دریافت|اشتراک)|إلغاء الاشتراك|ยกเลิกการรับ", re.I)

# Thirty-third pass: lines every template carries that give no reason: a form's fields
# ("Registration No.: ET26-0091374 Name: ALEX MORGAN Discipline: Electronics"; three or more,
# since a result may follow two labels, and a pasted chat's "[14:12] Priya:" is no form), an accommodation or equal-opportunity statement, a board's
# "Tip:", a note that no signature is needed, and the Hungarian "you got this letter because".
_FIELD_LABEL = re.compile(r"(?:^|\s)[^\W\d_][\w.'’ ]{0,30}?\s?[:：]\s+\S")
TEMPLATE_LINES = re.compile(
    r"\b(?:committed to (?:providing|offering) (?:reasonable )?accommodations?|equal "
    r"(?:opportunity|employment opportunity) employer|(?:accommodation|adjustment)s? (?:during|"
    r"throughout) the (?:recruitment|hiring|selection|application) process)\b"
    r"|^\W{0,3}(?:pro )?tip\s*:|\b(?:does not|doesn't|do not) require (?:a )?signature\b"
    r"|\bsignature (?:is )?not required\b|\btandatangan tidak diperlukan\b|\bcomputer[- ]generated\b"
    r"|\b(?:kaptad|kapta|kapod|kapja)\b[^.]{0,60}\bmert\b"
    # a regulator's footer, a Malay disclaimer, a talent pool the papers are kept in
    r"|\bauthori[sz]ed financial services provider\b|\b(?:authorised|regulated) by the\b"
    # forty-third pass: a Singapore agency's licence in its signature ("EA Licence No. 21C0457")
    r"|\b(?:ea|employment agency|agency) licen[cs]e (?:no|number)\b"
    r"|\bregistered in (?:england|scotland|ireland|wales)\b|^\W{0,3}penafian\b|\be-?mel ini\b"
    r"|\b(?:talent (?:pool|database|community|network)|bazi talenata|bazie (?:talentów|kandydatów)|"
    r"banco de talentos|vivier de talents|bolsa de talento)\b|人才库|人才庫|人材データベース|인재 ?풀|"
    r"(?:במאגר|למאגר) (?:שלנו|המועמדים|הקורות)"
    # Korean: not for want of ability, but because only a few could be chosen
    r"|부족(?:해서가|하여서가|함을 의미하는 것은|한 것이) 아니|한정된 (?:인원|인력)", re.I)
# A job board's card in Korean or Japanese: its field names without colons.
_CARD_FIELDS = re.compile(r"기업명|회사명|공고명|지원일|지원분야|채용분야|企業名|会社名|応募職種|応募日|"
                          r"募集職種")


def template_line(sentence: str) -> bool:
    """A line of the template itself, or a form of three or more labelled fields (two of a
    Korean or Japanese card's, which go without colons)."""
    return bool(TEMPLATE_LINES.search(sentence)) or len(_CARD_FIELDS.findall(sentence)) >= 2 \
        or (len(_FIELD_LABEL.findall(sentence)) >= 3
            and not re.search(r"\[?\d{1,2}:\d{2}", sentence))


# A sentence that opens with thanks, or in Japanese and Korean ends with it, in any language:
# "Nous vous remercions de l'intérêt ...", "Agradecemos o interesse ...", "نشكركم على
# اهتمامكم ...", "感谢您参加 ...", "... 지원해 주셔서 진심으로 감사드립니다". English has long
# been read this way (a closing line); the words of a title in it ("Expérience numérique",
# an experienced-hire programme's "経験者採用") gave the others a reason that was none.
_THANKS_OPEN = re.compile(
    # (forty-third pass: "Ante todo le agradecemos por haberse postulado ...")
    r"^\W{0,3}(?:(?:first(?:ly)?|ante todo|antes que nada|en primer lugar|먼저|首先|この度は|また)\W*)?"
    r"(?:(?:le|les|te|lhe|lhes) )?(?:thank|many thanks|merci|nous vous "
    r"remercions|je vous remercie|nous tenons à vous remercier|gracias|agradec|muchas gracias|"
    r"obrigad|grazie|(?:la|vi|ti) ringrazi|ringraziamo|danke|vielen dank|herzlichen dank|wir "
    r"danken|ich danke|bedankt|dank (?:je|u)|hartelijk dank|tack|takk|tak for|mange tak|kiitos|"
    r"dziękuj|děkuj|ďakuj|köszön|mulțum|hvala|zahvaljuj|благодар|спасибо|дякуємо|дякую|"
    r"teşekkür|terima kasih|salamat|maraming salamat|(?:xin )?cảm ơn|ขอบคุณ|نشكر|شكرا|نتقدم "
    r"(?:إليكم )?بالشكر|תודה|感谢|感謝|谢谢|謝謝|多谢|ευχαριστ)", re.I)
_THANKS_END = re.compile(r"(?:감사드립니다|감사합니다|ありがとうございました|ありがとうございます|"
                         r"御礼申し上げます)\W{0,3}$")
# A turn or a sad word: the sentence goes on to the news, and may hold the reason.
_TURN = re.compile(
    r"\b(?:but|however|unfortunately|regret|sadly|mais|cependant|toutefois|malheureusement|"
    r"regrett|pero|sin embargo|lamentablemente|desafortunadamente|lament|porém|contudo|"
    r"infelizmente|ma|tuttavia|però|purtroppo|aber|jedoch|leider|maar|helaas|men|tyvärr|"
    r"dessverre|desværre|mutta|valitettavasti|ale|niestety|bohužel|žiaľ|sajnos|dar|din păcate|"
    r"nažalost|нажалост|но|однако|к сожалению|на жаль|за съжаление|ama|maalesef|namun|tetapi|"
    r"sayangnya|malangnya|pero|nhưng|tuy nhiên|rất tiếc|แต่|น่าเสียดาย|เสียใจ|لكن|للأسف|يؤسفنا|"
    r"نأسف|אך|אבל|לצערנו|αλλά|δυστυχώς|filled|cancel\w*|withdrawn|frozen)\b"
    r"|하지만|그러나|아쉽|안타깝|しかし|ただし|残念|遺憾|遗憾|但|不过|不過|可惜|未能|无法|無法", re.I)


def thanks_only(sentence: str) -> bool:
    """Thanks with no turn in it: for applying, for the time, for the interview."""
    return bool(_THANKS_OPEN.search(sentence) or _THANKS_END.search(sentence)) \
        and not _TURN.search(sentence)
