"""Triage phrases of job mail in other languages, kept apart from the English rules.

German, French, Spanish, Portuguese, Italian, Dutch, Swedish, Norwegian, Danish, Finnish
and Polish letters invite to interviews, confirm receipts, make offers and move meetings
in a few stock ways; and the noes of flats, loans, courses and grants in those languages
use the words of a job's no. ``triage`` weighs these patterns like its own (lower-case
text; every pattern is bounded so none backtracks on huge input).
"""

from __future__ import annotations

# Job-search words that open the gate to weighing phrases at all, and count as job
# context ("Vorstellungsgespräch", "recrutement", "hakemus"); joined into triage's gate.
JOB_WORDS = (
    r"bewerbung\w*|bewerber\w*|vorstellungsgespräch\w*|kennenlerngespräch\w*|auswahlverfahren\w*|personalabteilung|"
    r"arbeitsvertrag\w*|dienstvertrag\w*|probearbeit\w*|hospitation\w*|schnuppertag\w*|"
    r"recrutement|embauche|entretiens?|entrevue|offre d'emploi|proceso de selecci[oó]n|"
    r"processo seletivo|contrataci[oó]n|contratação|curr[ií]cul(?:o|um)|vacature\w*|"
    r"sollicit\w*|rekryter\w*|intervju\w*|anställning\w*|hakemu\w*|hakija\w*|haastattel\w*|"
    r"rekrytoin\w*|työpaik\w*|stanowisk\w*|zatrudnieni\w*|rozmow\w* kwalifikac\w*|"
    r"assunzion\w*|selezione|proposta de (?:trabalho|emprego)|oferta de (?:empleo|trabajo)|"
    r"arbeidsaanbod|työtarjou\w*|(?:job|vertrags|stellen)angebot\w*|promesse d'embauche"
    # fifteenth pass: a Spanish "posición" and an academic "postdoc" name a job on their own
    r"|posici[oó]n|postdocs?"
    # sixteenth pass: a Finnish post ("tehtävään", "tehtävää kohtaan")
    r"|tehtäv\w*"
    # seventeenth pass (languages3): an application, a post, a candidate and an interview in
    # Slovak, Romanian, Turkish, Hungarian, Greek, Croatian/Serbian/Bosnian, Slovenian,
    # Bulgarian, Lithuanian, Latvian and Estonian (Czech "pozice", "uchazeč" are above)
    # (grouped by first letter: each branch of the gate costs time on every message)
    r"|uchádzač\w*|p(?:ozíci|ohovor|ályáz|ozisyon|areig|ieteikum)\w*|v(?:ýberov|akanc)\w*|"
    r"inter(?:viu|jú)\w*|a(?:ngajar|trank|metikoh)\w*|başvuru\w*|mülakat\w*|"
    r"j(?:elentkez|elölt)\w*|állás\w*|α[ίι]τησ\w*|θέσ[ηε]\w*|υποψ[ήη]φι\w*|"
    r"συν[έε]ντευξ\w*|natje[čc]aj\w*|k(?:onkurs|andidāt|andideeri)\w*|"
    r"r(?:adn(?:o mjest\w*|og mjesta)|azgovor\w* za posao)|delovn\w* mest\w*|zaposlit\w*|кандидат\w*|"
    r"по(?:зици|дбор)\w*|интервю\w*|tööpakkum\w*")

# "Sollten wir Sie nicht berücksichtigen können", "si votre profil n'est pas retenu":
# a condition opens the sentence (joined into triage's conditional patterns).
CONDITIONALS = (
    r"sollten? (?:wir|sie|du|ihre|deine|die|der|das|es|sich)|falls (?:wir|sie|du|ihre|deine|sich|es)|sofern|wenn (?:wir|sie|du|ihre|deine)|"
    r"si (?:votre|vous|ta|ton|tu|nous)|au cas où|dans le cas où|en caso de que|"
    r"caso (?:você|voce|seu|sua|não)|se (?:você|voce|o seu|a sua|não for)|nel caso in cui|"
    r"qualora|mocht(?:en)? (?:je|jij|u|we|wij)|indien|om (?:du|ni) inte|jos|jeśli|jeżeli|"
    r"w przypadku|"
    # no news by a date means no ("sans nouvelles de notre part", and its translation)
    r"sans (?:nouvelles?|réponse|retour)|without (?:news|a reply|a response|hearing)|in the "
    r"absence of|de no recibir|sem (?:retorno|resposta)|ohne (?:rückmeldung|antwort|nachricht)|"
    r"zonder (?:bericht|reactie)|utan besked|"
    # fifteenth pass: Italian "se non dovessi ricevere nostre notizie", "in assenza di riscontro"
    r"se non (?:dovess\w+|ricev\w+|sentir\w+|avr\w+)|se (?:il tuo|la tua|tu|lei) |"
    r"in assenza di|senza (?:notizie|risposta|riscontro)|"
    # sixteenth pass: Norwegian and Danish "dersom du ikke går videre", "hvis du ikke hører fra
    # os", Finnish "mikäli"
    r"dersom|såfremt|hvis (?:du|vi|din|dit|dine|det|søknaden|ansøgningen)|mikäli")

# A "not" in other languages, for the negatable patterns ("nicht ... einladen").
NEGATORS = r"nicht|keine?n?|pas|niet|geen|inte|ikke|não|nie"

_INVITE_DE = (
    r"\b(?:einladung|einladen|einzuladen|laden (?:wir|ich) (?:sie|dich)|lade (?:ich )?(?:sie|dich))"
    r"\b[^.\n]{0,80}?\b(?:vorstellungsgespräch|gespräch|interview|kennenlern|assessment|"
    r"auswahltag|probearbeit|hospitation|schnupper)|\b(?:zu|für) (?:einem|einer|unserem|unserer|"
    r"ihrem) (?:\w+ ){0,2}(?:vorstellungsgespräch|kennenlerngespräch|interview|probearbeiten|"
    r"assessment center|auswahltag)\b[^.\n]{0,60}?\bein(?:laden|zuladen)?\b")
_INVITE_FR = (
    r"\b(?:inviter|convier|convoquer|recevoir|rencontrer) (?:à|pour|lors d') ?(?:un |une |l')"
    r"?(?:\w+ ){0,2}(?:entretien|entrevue|audition|journée|échange)|\b(?:convocation|invitation)"
    r" (?:à|pour) (?:un |une |l'|votre )?(?:\w+ )?(?:entretien|entrevue|audition)|\bretenu "
    r"(?:votre|ta) (?:dossier|candidature) pour (?:l'|un |une )?(?:audition|entretien)")
_INVITE_ES_PT_IT = (
    r"(?<!\bno )(?<!\bpodemos )(?<!\bpoder )\b(?:invitarte|invitarle|invitarlo|invitarla|citarte|citarle|"
    r"convocarte|convocarle) a "
    r"(?:una |la )?(?:\w+ ){0,2}(?:entrevista|reunión|prueba)|\b(?:invitación|citación|convite)"
    r" (?:a|para|de) (?:una |uma |la |a )?(?:\w+ )?(?:entrevista|conversa)|\bconvid(?:ar|á-lo|"
    r"á-la|amos|o)\w*\b[^.\n]{0,30}\b(?:entrevista|conversa|dinâmica|bate-papo)|\b(?:invitarla|"
    r"invitarti|invitarvi|invito|convocazione)\b(?<!possiamo invitarla)(?<!possiamo invitarti)"
    r"[^.\n]{0,30}\bcolloquio")
_INVITE_NL_NORDIC_PL = (
    r"\buit(?:nodigen|nodiging|genodigd)\b[^.\n]{0,40}\b(?:gesprek|sollicitatiegesprek|"
    r"kennismakingsgesprek|interview|assessment)|\bnodig(?:en)? (?:we |wij |ik )?(?:je|jou|u) "
    r"(?:(?!niet\b)\w+ ){0,3}uit\b|\bbjuda in (?:dig|er) till (?:en |ett )?(?:\w+ )?(?:intervju|"
    r"samtal)|\binvitere (?:deg|dig) til (?:en |et )?(?:\w+ )?(?:intervju|samtale)|\binbjudan "
    r"till (?:en )?intervju|\bkutsu(?:a|mme|taan)? (?:sinut |teidät )?(?:\w+ )?haastatteluun|"
    r"\bhaastattelukutsu|\bzaprosi\w*[^.\n]{0,30}\brozmow\w*|\bzaproszenie na (?:\w+ )?rozmow\w*|"
    r"\bzapraszamy (?:pana |panią |cię )?na (?:\w+ )?rozmow\w*")

# An interview asked for (weight as triage's own invitations).
INTERVIEW_INVITES = (_INVITE_DE, _INVITE_FR, _INVITE_ES_PT_IT, _INVITE_NL_NORDIC_PL)

# An interview moved ("Leider muss ich unser Gespräch verschieben"): a meeting, not a no.
INTERVIEW_MOVES = (
    r"\b(?:verschieben|verlegen|umlegen)\b[^.\n]{0,40}?\b(?:gespräch|termin|interview)|"
    r"\b(?:gespräch|termin|interview)\w*\b[^.\n]{0,40}?\b(?:verschieben|verlegen)\b|"
    r"\b(?:déplacer|reporter|décaler) (?:notre |votre |l')?(?:entretien|rendez-vous|entrevue)|"
    r"\b(?:cambiar|mover|reprogramar|aplazar) (?:la (?:hora|fecha) de )?(?:la |nuestra |tu )?"
    r"(?:entrevista|reunión)|\bremarcar (?:a |nossa )?(?:entrevista|conversa)|\bspostare il "
    r"(?:nostro )?colloquio|\b(?:gesprek|afspraak)\b[^.\n]{0,30}\b(?:verzetten|verplaatsen)|"
    r"\bflytta (?:vår |din )?intervju|\bsiirtää (?:haastattelu|tapaamis)\w*|\bprzełożyć "
    r"(?:naszą )?rozmow\w*",)

# A receipt: "Ihre Bewerbung wurde übermittelt", "te has inscrito en la oferta".
RECEIPTS = (
    r"\b(?:ihre|deine) (?:bewerbung|unterlagen)\b[^.\n]{0,40}\b(?:versendet|versandt|übermittelt|"
    r"abgeschickt|weitergeleitet)\b|\berfolgreich an\b[^.\n]{0,40}\bübermittelt\b|"
    r"\b(?:votre|ta) candidature a bien été (?:transmise|envoyée)\b|\bte has inscrito en (?:la |"
    r"una )?oferta\b|\b(?:tu|su) (?:inscripción|candidatura|solicitud)\b[^.\n]{0,80}\b(?:se ha "
    r"realizado|ha sido enviada|se ha enviado|realizada) correctamente\b|\b(?:sua|a sua) "
    r"candidatura (?:foi|já foi) (?:enviada|registrada|recebida)\b|\bla (?:tua|sua) candidatura "
    r"è stata (?:inviata|ricevuta|registrata)\b|\b(?:je|jouw|uw) sollicitatie is (?:verstuurd|"
    r"ontvangen|verzonden)\b|\bolemme vastaanottaneet hakemuksesi\b|\bkiitos hakemuksestasi\b|"
    r"\botrzymaliśmy (?:twoją |pana |pani )?(?:aplikację|zgłoszenie|cv)\b|\bdziękujemy za "
    r"(?:przesłanie|złożenie) (?:aplikacji|cv|zgłoszenia)\b",
    # fifteenth pass: "we've got your application", "recibimos tu postulación", "hemos recibido
    # tu hoja de vida", "tu postulación ... fue enviada", "je gegevens ... goed ontvangen",
    # "bedankt voor je inschrijving" (an agency's registration, not an application's no)
    r"\b(?:we(?:'ve| have) got|recibimos|hemos recibido|recebemos|já recebemos) (?:tu|su|sua|seu|"
    r"your|o seu|a sua) (?:postulaci[oó]n|hoja de vida|cv|curr[ií]cul(?:o|um)|candidatura|"
    r"solicitud|application)\b|\b(?:tu|su) postulaci[oó]n\b[^.\n]{0,80}\b(?:fue|ha sido) "
    r"(?:enviada|recibida|registrada)\b|\b(?:je|jouw|uw) (?:gegevens|cv|inschrijving|"
    r"aanmelding)\b[^.\n]{0,60}\b(?:goed |in goede orde )?ontvangen\b|\bbedankt voor (?:je|jouw|"
    r"uw) (?:inschrijving|aanmelding)\b",
    # sixteenth pass: a Norwegian, Danish or Swedish receipt ("vi bekrefter at vi har mottatt
    # søknaden din", "vi har modtaget din ansøgning", "vi har tagit emot din ansökan")
    r"\b(?:mottatt|mottagit|modtaget|tagit emot|tatt imot) (?:din |søknaden din|søknaden|"
    r"ansøgningen|ansökan|din søknad|din ansøgning|din ansökan)|\bkvittering for (?:mottatt )?"
    r"(?:søknad|ansøgning)",)

# An offer made ("wir freuen uns, Ihnen die Stelle anzubieten", "nos complace ofrecerte").
OFFERS = (
    r"\b(?:freuen uns|freue mich|gerne möchten wir)\b[^.\n]{0,80}\b(?:(?:die|diese) stelle "
    r"(?:\w+ )?an(?:zu)?bieten|(?:sie|dich) (?:\w+ ){0,4}(?:anstellen|einstellen)|ihnen (?:\w+ )"
    r"{0,3}(?:vertragsangebot|arbeitsvertrag|stellenangebot))\b|\b(?:anbei|im anhang)\b[^.\n]"
    r"{0,40}\b(?:arbeitsvertrag|dienstvertrag)|\b(?:arbeitsvertrag|dienstvertrag)\b[^.\n]{0,40}"
    r"\b(?:anbei|im anhang)\b",
    r"\b(?:le plaisir|heureux|heureuse|ravis?) de vous (?:proposer|offrir) (?:le|un|ce) "
    r"(?:poste|contrat)\b|\b(?:ci-joint|vous trouverez)\b[^.\n]{0,40}\b(?:promesse|proposition) "
    r"d'embauche\b|\b(?:nos complace|nos alegra|tenemos el gusto de) (?:ofrecerte|ofrecerle)\b|"
    r"\b(?:temos o prazer de|é com prazer que|ficamos felizes em) (?:lhe |te )?oferecer\b|"
    r"\b(?:segue|seguem|em anexo)\b[^.\n]{0,40}\bproposta (?:de trabalho|de emprego|de "
    r"contratação)\b|\b(?:siamo lieti|lieti|felici) di (?:offrirle|offrirti|proporle|"
    r"proporti)\b|\b(?:bieden|bied) (?:we |wij |ik )?(?:je|jou|u) (?:graag |met veel plezier )?"
    r"(?:de|deze) (?:functie|baan|positie)(?: [\w-]+){0,3} aan\b|\b(?:glada|glad) att (?:kunna )?erbjuda dig\b|"
    r"\bilo tarjota sinulle\b|\b(?:z przyjemnością|miło nam) (?:oferujemy|zaproponować|"
    r"zaoferować)\b",
)

# The no of a flat, a loan, a course or a grant: another subject, whatever the words.
NON_JOB = (
    r"\b(?:wohnung|wg-zimmer|mietinteressent\w*|vermietung|mietvertrag|besichtigung|"
    r"genossenschaftswohnung|kreditantrag|darlehen|baufinanzierung|stipendium|aufenthalts"
    r"(?:erlaubnis|titel)|visumsantrag)\b",
    r"\b(?:(?:demande|attribution|dossier) de logement|logement (?:social|étudiant)|locataire|bailleur|demande de prêt|crédit immobilier|demande de bourse|"
    r"titre de séjour|inscription au cours|demande d'inscription)\b",
    r"\b(?:el piso|alquiler|inquilin[oa]s?|arrendatari[oa]|préstamo|hipoteca\w*|solicitud de beca|"
    r"visado|aluguel|financiamento imobiliário|empréstimo|bolsa de estudos?|affitto|richiesta di mutuo|"
    r"prestito|borsa di studio)\b",
    r"\b(?:huurder|huurwoning|hypotheek|lening|studiebeurs|subsidieaanvraag|hyresgäst|"
    r"bostadskö|lägenhet(?:en)?|lånet|lainahakemu\w*|vuokra-asun\w*|vuokrasopimu\w*|mieszkani\w*|najemc\w*|"
    r"wniosek kredytowy|stypendi\w*)\b",
)
# Words of another subject only where no job is named ("cours", "curso", "Kurs").
WEAK_NON_JOB = (
    r"\b(?:sprachkurs\w*|deutschkurs\w*|kursplatz|cours (?:de|intensif)|curso de|corso di|"
    r"cursus|kurs (?:języka|językowy))\b",
)

# A job named in another language ("Ihre Bewerbung als Pflegefachkraft", "le poste de"):
# a course or a programme is then the job's setting, not another subject.
JOB_NAMED = (
    r"\b(?:bewerbung|stelle|tätigkeit) (?:als|für die stelle)\b|\bvorstellungsgespräch|"
    r"\b(?:poste|emploi) (?:de|d'|au sein)|\bentretien d'embauche\b|\b(?:puesto|vacante) de\b|"
    r"\bentrevista de trabajo\b|\bvaga de\b|\b(?:posizione|ruolo) di\b|\bfunctie (?:van|als)\b|"
    r"\btjänsten som\b|\bstillingen som\b|\bstanowisko\b|\btehtävään\b")

# A no: "we cannot offer you the post" and "we went with another candidate", in the words
# each language uses for them (the older language rules quote a few stock phrases).
REJECTIONS = (
    r"\b(?:können|konnten|könnten|werden|dürfen|kann|konnte) (?:wir|ich) (?:ihnen|dir|sie|dich) "
    r"(?:(?:leider|dennoch|daher|diesmal|deshalb|aktuell|derzeit|momentan|jedoch|trotzdem|somit|"
    r"die|diese|ausgeschriebene) ){0,4}(?:(?:nicht|keine?n?)(?: (?:die|diese|eine|unsere))? (?:(?:stelle|"
    r"position|anstellung|zusage|beschäftigung|mitarbeit|[\w-]*angebot)\w* )?|(?:stelle|position|"
    r"anstellung|zusage|beschäftigung)\w* (?:\w+ )?nicht )(?:anbieten|geben|einstellen|anstellen|"
    r"nehmen|übernehmen|berücksichtigen|machen|unterbreiten|aussprechen|erteilen)\b|\b(?:ihnen|dir) (?:leider |heute |daher )*absagen\b|\beine "
    r"absage (?:erteilen|geben)\b|\bfür (?:eine (?:andere )?|einen (?:anderen )?)(?:bewerberin|"
    r"bewerber|kandidatin|kandidaten|mitbewerberin|mitbewerber)(?: entschieden|,? (?:die|der|"
    r"deren|dessen)\b)",
    r"\bne (?:pouvons|pourrons|pourrions|sommes|serons) (?:(?:malheureusement|donc|pas|plus|en "
    r"mesure de|vous|pour le moment|actuellement|toutefois|cependant) )*(?:(?:proposer|offrir) "
    r"(?:le|ce|un|de|cet) (?:poste|emploi|contrat)|retenir votre candidature|embaucher|recruter|"
    r"engager)\b|\b(?:choix|décision) s'est (?:porté|portée|arrêté|arrêtée)e? sur (?:un |une )?"
    r"(?:autre|d'autres) (?:candidat|candidate|candidats|personne|profil)",
    r"\bno (?:podemos|podremos|vamos a poder|podríamos) (?:(?:ofrecerte|ofrecerle) (?:el|este|un|"
    r"ningún) (?:puesto|empleo|trabajo|contrato)|contratarte|contratarle|contar contigo|contar "
    r"con usted|incorporarte)\b|\b(?:ir|vamos|nos quedamos|quedarnos|nos decantamos|decantado)"
    r" (?:a ir )?(?:con|por) (?:otr[oa]s?|un[oa]? (?:otr[oa]) ?) ?(?:candidat[oa]s?|persona|"
    r"perfil(?:es)?)\b",
    r"\bnão (?:podemos|poderemos|vamos poder|conseguimos) (?:(?:lhe |te )?oferecer (?:a|esta|essa|"
    r"uma) (?:vaga|posição|oportunidade)|contratar|seguir com (?:você|o seu|a sua)|avançar com "
    r"(?:você|o seu|a sua))\b|\b(?:vaga|posição) (?:\w+ ){0,3}(?:ficou|ficando) com (?:outr[oa]|"
    r"a |o |um |uma )",
    r"\bnon (?:possiamo|potremo|siamo in grado di) (?:(?:offrirle|offrirti|proporle|proporti) "
    r"(?:la|questa|una|il) (?:posizione|posto|ruolo|contratto)|assumerla|assumerti|proseguire "
    r"con (?:lei|te|la sua|la tua))\b",
    r"\b(?:kunnen|zullen) (?:we|wij|ik) (?:je|jou|u) (?:(?:helaas|daarom|op dit moment|momenteel|"
    r"deze keer) )*(?:geen (?:plek|baan|functie|aanbod|contract) (?:aanbieden|bieden)|niet "
    r"(?:aanbieden|aannemen|in dienst nemen))\b|\bkeuze (?:is )?(?:\w+ )?(?:gevallen|uitgekomen) "
    r"op een andere (?:kandidaat|sollicitant|kandidate)\b|\bkeuze (?:is )?niet op (?:jou|je|u) "
    r"(?:is )?gevallen\b",
    r"\b(?:kan|kommer) (?:vi|jag) (?:tyvärr |dessverre |desværre )?(?:inte|ikke) (?:\w+ ){0,2}"
    r"(?:erbjuda dig|tilby deg|tilbyde dig|anställa dig|ansette deg|ansætte dig)\b|\bvalet "
    r"(?:har )?(?:föll|fallit) på en annan\b",
    r"\bemme (?:valitettavasti |tällä kertaa |siis )*(?:voi|pysty) (?:\w+ ){0,2}(?:tarjoamaan|"
    r"tarjota) (?:sinulle )?(?:\w+ )?(?:paikkaa|tehtävää|työtä|työpaikkaa)\b|\b(?:jatkaa|jatkamme)"
    r" (?:\w+ ){0,2}(?:toisen|muiden) hakija\w*|\bvalitsimme (?:toisen|toista) hakija\w*|"
    r"\bvalinta ei (?:tällä kertaa )?kohdistunut sinuun\b",
)

# The application itself not admitted or accepted ("su candidatura no ha sido admitida").
NOT_ADMITTED = (
    r"\b(?:candidatura|solicitud|postulación|candidature|bewerbung|sollicitatie)\b (?:\w+ ){0,2}"
    r"(?:no (?:ha sido|fue|ha resultado)|não (?:foi|será)|n'a pas été|n'est pas|(?:wurde|konnte) "
    r"(?:leider )?nicht|non (?:è stata|è)|is (?:helaas )?niet) (?:admitid[ao]|aceptad[ao]|"
    r"aceit[ao]|admitid[ao]|admise|acceptée|recevable|zugelassen|angenommen|ammessa|accettata|"
    r"toegelaten|aangenomen)\b",
)

# An offer taken back ("müssen wir unser Angebot zurückziehen", "retirer notre offre"): a no
# (and no longer an offer), as triage's own offer-withdrawn family.
OFFERS_TAKEN_BACK = (
    r"\b(?:angebot|vertragsangebot|jobangebot|stellenangebot|zusage)\w*\b[^.\n]{0,60}\b(?:zurück"
    r"ziehen|zurücknehmen|zurückgezogen|zurückgenommen|widerrufen)\b|\b(?:ziehen|nehmen) (?:wir|"
    r"ich) (?:unser|unsere|das|die) (?:\w+ )?(?:angebot|zusage)\w* (?:\w+ ){0,3}zurück\b",
    r"\b(?:retirer|annuler|retirons|annulons|revenir sur) (?:notre|votre|l'|cette|la) ?(?:\w+ )?"
    r"(?:offre|proposition|promesse)\b|\b(?:offre|proposition|promesse)\b[^.\n]{0,30}\b(?:est|a "
    r"été|doit être) (?:retirée|annulée)\b",
    r"\b(?:retirar|cancelar|anular|retiramos|cancelamos|ritirare|annullare|ritiriamo|"
    r"annulliamo) (?:la |a |nuestra |nossa |esta |tu |su |sua |la nostra |questa |l')?(?:oferta|"
    r"propuesta|proposta|offerta)\b|\b(?:oferta|propuesta|proposta|offerta)\b[^.\n]{0,40}\b(?:ha "
    r"sido|queda|fue|foi|está|è stata|viene) (?:retirad[ao]|cancelad[ao]|anulad[ao]|ritirata|"
    r"annullata)\b",
    r"\b(?:aanbod|arbeidsaanbod|jobaanbod)\b[^.\n]{0,40}\b(?:intrekken|ingetrokken|terugtrekken|"
    r"teruggetrokken)\b|\btrekken (?:we|wij) (?:het|ons) (?:\w+ )?aanbod (?:\w+ ){0,5}in\b|\bdra "
    r"tillbaka (?:vårt |ditt |det )?(?:erbjudande|anställningserbjudande)\w*|\berbjudandet\b"
    r"[^.\n]{0,40}\b(?:dras tillbaka|återkallas|har dragits tillbaka)|\b(?:perua|perumaan|"
    r"perumme|peruttu) (?:\w+ )?(?:työtarjou\w*|tarjou\w*)|\btyötarjou\w*\b[^.\n]{0,40}\bperu\w*|"
    r"\bwycof\w* (?:naszą |naszej |tę )?(?:ofert\w*|propozycj\w*)|\bofert\w*\b[^.\n]{0,40}"
    r"\bwycofan\w*",
)
