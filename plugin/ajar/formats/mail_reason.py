"""The reason a rejection gives, as the sentence that gives it.

Reasons come in a few families of wording: what the chosen person had ("someone
with more X", "a candidate whose experience in X", "went with someone internal"),
what the applicant lacked ("the main gap was X", "didn't go as deep on X", "did not
meet the threshold"), what happened to the job (filled, on hold, withdrawn, a
budget cut, a hiring freeze) and what the employer cannot do (sponsor a visa).
Each sentence is scored by those cues; a sentence that only says how many
applied or that the choice was hard gives no reason, and the closing lines
("apply again", "if you ...") are never read as one.
"""

from __future__ import annotations

import re

from ajar.formats.mail_reason_cause import CAUSE_CUES, FOOTER_MORE, NO_FEEDBACK_MORE, \
    not_a_cause, points_to_cause
from ajar.formats.mail_reason_languages3 import NO_FEEDBACK_LANG3, REASON_CUES_LANG3, VOLUME_LANG3
from ajar.formats.regex_needs import with_start_guard
from ajar.formats.mail_reason_world import FOOTER_ASIA, NO_MESSAGE_LEFT, LINES_NOT_A_REASON, \
    WORLD_REASON_CUES, STOCK_FIT_ABROAD, STOCK_FIT_WORDS, THE_NO_ITSELF, warm_words_only
from ajar.formats.mail_reason_scripts import REASON_CUES_SCRIPTS
from ajar.formats.mail_reason_kept import REASON_CUES_GIVEN, REASON_CUES_KEPT
from ajar.formats.mail_reason_held import REASON_CUES_HELD
from ajar.formats.mail_reason_stock import BOARD_LINES, stock_fit_clause, template_line, thanks_only
from ajar.formats.mail_reason_languages4 import (REASON_CUES_LANGUAGES4, REASON_CUES_LANGUAGES5,
                                                 STOCK_FIT_LANGUAGES4)
from ajar.formats.mail_reason_findings import DATA_KEPT_ON_FILE, REASON_CUES_FINDINGS
from ajar.formats.mail_reason_smaller_languages import REASON_CUES_SMALLER_LANGUAGES

_CUES = [re.compile(p, re.I) for p in (
    # what decided
    r"\b(?:came down to|deciding factor|main (?:gap|reason|concern|difference|issue)|"
    r"the reason (?:is|was)|because\b|due to\b|owing to\b|as a result of\b)",
    # who was chosen, and what they had
    r"\bwhose\b",
    r"\b(?:gone|going|go|went|chose|chosen|choosing|appoint(?:ed|ing)?|hired?|hiring|"
    r"offer(?:ed|ing)?|given|give|giving|gave|taken|take|taking|took)\b[^.;]{0,60}?"
    r"\b(?:someone|somebody|a|an|another|our|their|to)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:who|who['’]s|whose|from (?:the|our|their|a|an))\b",
    r"\b(?:someone|somebody|a candidate|candidates|another candidate|other candidates|"
    r"an applicant|applicants|people|a person|finalists?|friend|colleague)\b"
    r"(?:\s+(?:who|who['’]s|that|from|already|internal(?:ly)?)\b)",
    r"\b(?:someone|somebody|candidates?|applicants?|people|a person)\s+(?:with|having)\s+"
    r"(?!(?:your|a|the|this) (?:application|candidacy)\b)",
    r"\b(?:more|deeper|stronger|greater|broader|direct|hands-on|recent|relevant|specific|"
    r"prior|proven|extensive|closer|better)\s+(?:(?!(?:about|of|on|your)\b)[\w&/-]+\s+){0,3}"
    r"(?:experience|background|expertise|exposure|knowledge|depth|track record|"
    r"qualifications|skills?|fit|match)\b",
    r"(?<!your )\b(?:experience|background|expertise|knowledge|depth)\s+(?:in|with|of|on|at|"
    r"selling|running|managing|leading|building)\b",
    r"\b(?:more|better|closer|best)\s+(?:closely\s+)?(?:align|aligns|aligned|match|matches|"
    r"matched|fit|fits|suited)\b|\b(?:more )?closely (?:align|aligns|aligned|match|matches)\b",
    r"\b(?:need|needs|needed|want|wants|wanted|looking for|require|requires|required|"
    r"prioriti[sz]ing|favou?ring)\s+(?:someone|somebody|a person|this hire|the hire|"
    r"candidates|a candidate|people|an? [\w-]+ (?:with|who))",
    r"\b(?:we|they|the (?:role|team|post|position|job)|this (?:role|post|position|job))\s+"
    r"(?:require|requires|required|need|needs|needed)\b",
    # what happened to the job
    r"\b(?:been|now|was|were|we['’]ve|we have|we had|had|is|has)\s+(?:\w+\s+)?(?:filled|closed|"
    r"cancell?ed|withdrawn|paused|frozen)\b|\bon hold\b|\bhiring freeze\b|\bfrozen\b",
    r"\b(?:budget|funding|restructur\w*|reorgani[sz]\w*|headcount|redundanc\w*)\b",
    r"\b(?:internal(?:ly)?|promoted)\b",
    r"\b(?:visa|sponsor(?:ship)?|work (?:authori[sz]ation|permit|rights)|right to work|"
    r"relocat\w*)\b",
    # what was missing
    r"\b(?:threshold|pass mark|qualifying (?:mark|score|standard)|required standard|minimum "
    r"(?:requirements?|criteria|score|standard)|(?:did not|didn['’]t|does not|doesn['’]t) "
    r"(?:meet|reach|achieve)|not (?:achieved|reached|met))\b",
    r"\b(?:unable to|could not|couldn['’]t|did not|didn['’]t) (?:confirm|verify|validate)\b|"
    r"\b(?:unsatisfactory|background check|pre-employment check)",
    r"\b(?:didn['’]t|did not|wasn['’]t|weren['’]t|not quite|not enough|lacked|lack of|"
    r"fell short|short of|too (?:junior|senior)|overqualified|took longer|less experience)\b"
    # (sixteenth pass: "I didn't want you to hear it second hand" is no lack)
    r"(?!\s+(?:an? )?(?:easy|simple|straightforward|light|want|wish|mean|expect|hesitate)\b)",
    r"\b(?:but|however|although|though)\b[^.]{0,80}\b(?:felt|seemed|(?:didn['’]t|did not)"
    r"(?!\s+(?:want|wish|mean|expect|hesitate)\b)|wasn['’]t|not as|less|missing|gap)\b",
    # the same in German, French and Spanish letters
    r"\b(?:ausschlaggebend|aufgrund|wegen|fehlende[nr]?|en raison d|parce que|car nous|"
    r"debido a|porque)\b",
)]

# ---- fourteenth pass (reason): families in the languages job mail comes in, and requirements
# named. Each is one more cue; a sentence's score is still two points a cue.
_CUES += [re.compile(p, re.I) for p in (
    # "because" and "what decided" in German, French, Spanish, Portuguese, Polish, Finnish,
    # Swedish, Danish and Norwegian ("fordi", thirtieth pass), Dutch, Italian ("da", "car" and
    # "bo" only after a comma: they are other words too)
    r",\s*(?:da|car|bo)\b|\b(?:weil|puisque|parce qu|ya que|dado que|debido a|por lo que|pois|já "
    r"que|visto que|uma vez que|devido|ponieważ|gdyż|koska|sillä|eftersom|fordi|omdat|aangezien|"
    r"perché|poiché)\b|\b(?:ausschlaggebend|den ausschlag|entscheidend|déterminante?s?|décisi[fv]e?|"
    r"determinante|decisiv[oa]|decydując\w*|ratkais\w+|vaikutti|avgörande|doorslaggevend)\b"
    r"|\b(?:motivo|raison|grund|powód|syy)\b",
    # what the chosen person had, or what is sought: "eine Kandidatin, die bereits", "un profil
    # disposant", "alguien que ya", "uma pessoa com", "osoby z doświadczeniem", "hänellä oli",
    # "en annan kandidat som har"
    r"(?<!tu )(?<!su )(?<!seu )(?<!teu )(?<!votre )(?<!ton )(?<!ihr )(?<!ihre )(?<!ihren )"
    r"(?<!dein )(?<!twój )(?<!twoj )(?<!sinun )"
    r"\b(?:kandidat\w*|bewerber\w*|person(?:en)?|jemand\w*|profil|candidat\w*|personne|alguien|"
    r"alguém|persona|pessoa|perfil|osob\w+|hakija\w*|iemand|kandidaat|un profilo)\b,?\s+(?:die|"
    r"der|mit|welche|qui|ayant|disposant|avec|plus|que|con|com|z|która|który|som|met|jolla)\b"
    r"|\b(?:hänellä|heillä) (?:oli|on)\b|\bjolla (?:oli|on)\b"
    r"|\b(?:kandidat\w*|bewerber\w*|person|jemand\w*)(?: \w+){1,2},\s*(?:die|der|welche\w*)\b",
    # experience, knowledge and language named, with "more" or alone
    r"\b(?:erfahrung|praxiserfahrung|berufserfahrung|kenntnisse?|expérience|connaissances?|"
    r"maîtrise|experiencia|conocimientos?|dominio|experiência|conhecimentos?|fluência|"
    r"doświadczeni\w*|znajomoś\w*|kokemu\w*|osaami\w*|erfarenhet|kunskap\w*|ervaring|kennis|"
    r"esperienza|conoscenz\w*)\b"
    r"|(?-i:\b(?:proficiency|fluency|fluent|bilingual|native(?:-level)? speaker|business[- ]level)\b)"
    r"|\b(?:[ABC][12]|JLPT N[1-5])\b(?= \w*(?:level|niveau|certificate|zertifikat|\w*kenntnis))",
    # a requirement or a prerequisite named
    r"\b(?:voraussetzung|vorausgesetzt|erforderlich|zwingend|unbedingt|exige[rz]?|exigé|requis|"
    r"obligatoire|indispensable|requisito|requerimos|requiere|requerid[oa]|imprescindible|"
    r"obligatori[oa]|exigid[oa]|obrigatóri[oa]|necessári[oa]|wymaga\w*|wymóg|niezbędn\w*|"
    r"vaatimu\w*|edellyt\w*|krav\w*|vereist|essentiel|mandatory|prerequisite)\b"
    r"|\bessential\b(?! (?:criteria|qualifications?|requirements|and desirable|/))",
    # a licence, a registration, a certificate or a designation held or missing
    r"\b(?:licen[cs]ed?|certificat\w*|certificate|certification|registration|registered with|"
    r"designation|accreditation|credential|permit|permis|zertifikat|anerkennung|erlaubnis|"
    r"führerschein|approbation|certificado|licencia|licença|homolog\w+|certyfikat\w*|"
    r"uprawnie\w*|prawo jazdy|pätevyy\w*|ajokortti|lmia|h-1b|j-1)\b"
    r"|\b(?:hold|holds|held|holding) (?:an? |the |their |your )?(?:active|valid|current|full)\b",
    # a score below a cutoff, a result the decision rests on
    r"\b(?:below|under|short of) (?:the |our |a )?(?:cut-?off|benchmark|minimum|pass mark|"
    r"threshold|required|level|standard|score)\b|\bcut-?off\b|\bbenchmark\b"
    r"|\b(?:based on|on the basis of) (?:your|the) (?:[\w-]+ ){0,3}(?:results?|scores?|"
    r"performance|answers|responses)\b"
    r"|\babaixo do\b|\bpor debajo del?\b|\ben dessous d|\bunter dem\b|\bponiżej\b",
    # the job: a freeze on hiring, a post filled from inside ("promoting one of our own")
    r"\bfreeze\b|\bgel des (?:embauches|recrutements)\b|\beinstellungsstopp\b|\bcongelaci[oó]n\b"
    r"|\bcongelamento\b|\bone of (?:our|their) own\b|\bfrom within\b|\bpromot\w+ (?:one of|someone|"
    r"an? |her|him|them)\b",
    # what was missing, abroad: "fehlt", "noch nicht vorliegt", "vous ne détenez pas", "la falta
    # de", "a falta do", "no cumplir", "brak", "zabrakło", "puuttui"
    r"\b(?:fehlt|fehlen|nicht vorlieg\w*|noch nicht|ne détenez pas|manque|ne (?:possédez|"
    r"disposez) pas|falta|no cumpl\w+|no cuenta con|não (?:possui|tem|cumpre)|brak\w*|"
    r"zabrak\w+|puuttu\w+|saknar|ontbreekt)\b",
)]
# ... and in English: what tipped it, who the chosen person is and what they have already done,
# a score below another's, a requirement that rules out ("only considering candidates based
# in"), a notice period too long, a role cut, re-scoped or no longer there, a reason labelled
_CUES += [re.compile(p, re.I) for p in (
    r"\b(?:tipped (?:it|the balance|the decision|things)|what (?:tipped|settled|decided|swung) it|"
    r"settled it|swung it|decisive weight|the deciding)\b",
    r"\b(?:the (?:person|candidate|applicant|one|people) (?:we|they|i|she|he) (?:chose|picked|hired|"
    r"selected|went with|appointed|offered)|(?:the other|the successful) (?:candidate|applicant|"
    r"finalist|person) (?:has|had|brings|with)\b(?! (?:accepted|been (?:offered|appointed))))"
    r"|\b(?:she|he|they)(?:'s|’s| has| had| have|'ve|’ve) already\b",
    r"\byour (?:[\w-]+ ){0,3}(?:score|result|mark)s?\b|\bbelow that of\b",
    r"\bonly (?:considering|hiring|looking at|taking on|accepting|recruiting|interviewing)\b",
    r"(?<!took )(?<!taken )(?<!taking )(?<!us )(?<!me )\btoo (?:long|short|far|junior|senior|late|"
    r"early|expensive|high|narrow|broad)\b",
    r"\b(?:eliminat\w+|abolish\w*|disestablish\w*|re-?scop\w+) (?:the |this |that |your )?(?:[\w-]+ ){0,4}"
    r"(?:position|role|post|job|headcount)s?\b|\b(?:no longer exists?|does not exist|doesn['’]t "
    r"exist)\b",
    r"\breasons?(?: given| stated)?(?: by (?:the )?\w+)?:",
)]
# ---- fifteenth pass (reason): families, in the eleven languages the triage reads.
_CUES += [re.compile(p, re.I) for p in (
    # a post given to someone inside: "an internal candidate", "une candidature interne",
    # "een interne kandidaat", "einen internen Bewerber", "un candidato interno", "en intern
    # sökande", "sisäinen hakija", "kandydat wewnętrzny", "promoción interna"
    r"\b(?:interne[nrs]?|interno|interna|internos|internas|intern|interni|wewnętrzn\w*|"
    r"sisäi\w+) (?:kandida\w*|candida\w*|bewerb\w*|sökande|søker\w*|ansøger\w*|hakija\w*|"
    r"kandydat\w*|lösung|besetzung|oplossing|collega|medewerker|person\w*|profil\w*)\b"
    r"|\b(?:candidat\w*|candidatura|kandidaat|kandidat|bewerb\w*|persona|pessoa|profil\w*|"
    r"kandydat\w*) (?:interne?|interno|interna|intern|wewnętrzn\w*)\b"
    r"|\b(?:promoci[oó]n|promozione|promoção|promotion) interna?\b|\ben interne\b|\bin-house\b"
    r"|\b(?:intern|interne|internamente|interno|sisäisesti|wewnętrznie) (?:besetz\w*|"
    r"ingevuld|vervuld|cubiert\w*|preenchid\w*|coperto|tillsatt\w*|besat|täyte\w*|obsadz\w*)",
    # a licence, a registration or a qualification the post needs: "un ottico abilitato",
    # "habilitado", "zugelassen", "bevoegd", "behörig", "laillistettu", "uprawniony"
    r"\b(?:abilitat\w+|iscritt\w+ all['’]albo|habilitad\w+|habilitaç\w+|habilitation|"
    r"zugelassen\w*|zulassung|bevoegd\w*|gediplomeerd\w*|behörig\w*|legitimerad\w*|"
    r"autoriser\w+|autorisert\w*|laillistet\w*|uprawnion\w*|colegiad\w+)\b",
    # what the employer seeks: "cerchiamo un", "buscamos a alguien", "nous recherchons", "wir
    # suchen", "we zoeken", "vi söker" ("söker" alone is the reader applying), "etsimme"
    r"\b(?:cerchiamo|buscamos|busc[aá]bamos|procuramos|procur[aá]vamos|recherchons|"
    r"recherchions|cherchons|cherchions|suchen|suchten|zoeken|zochten|etsimme|etsittiin|szukamy|"
    r"szukaliśmy)\b|\bvi (?:söker|sökte|søker|søgte|letar efter|leter etter|leder efter)\b",
    # a requirement named as a noun: "their main requirement", "the key criterion", "a hard
    # requirement", "a must-have"
    # ("the essential criteria" is the form's list, not a reason)
    r"\b(?:main|key|only|one|hard|firm|core|non-negotiable|strict) "
    r"(?:requirements?|criterion|conditions?|must-haves?)\b|\bmust-haves?\b",
    # an employer that cannot employ where the reader lives: "not yet able to employ people
    # based in Brazil", "no podemos contratar en", "não conseguimos contratar no", "ne pouvons
    # pas embaucher en", "können ... nicht anstellen", "employer of record"
    r"\b(?:not|unable|cannot|can['’]t|no longer)\b[^.]{0,40}\b(?:employ|hire|contract|onboard|"
    r"pay|engage)\w*\b[^.]{0,40}\b(?:based|living|located|resident|residing|who live) (?:in|"
    r"outside)\b|\bemployer[- ]of[- ]record\b|\b(?:hiring|employment) countr(?:y|ies)\b"
    r"|\b(?:contratar|embaucher|recruter|anstellen|beschäftigen|einstellen|aannemen|"
    r"anställa|ansette|ansætte|palkata|zatrudni\w*|assumere)\b[^.]{0,40}\b(?:en|no|na|em|in|i|"
    r"w|au|aux|dans|fuera|fora|außerhalb|buiten|utanför|utenfor|udenfor|ulkopuol\w*|poza|"
    r"fuori)\b",
    # a hiring round finished, a post paused or its money gone: "completed its seasonal
    # hiring", "formally paused the scheme", "our lead investor pulled out"; and a post
    # filled, closed or paused abroad ("besetzt", "pourvu", "cubierto", "preenchida",
    # "coperta", "ingevuld", "tillsatt", "besat", "täytetty", "obsadzone", "pausiert")
    r"\b(?:completed|finished|concluded|closed|wrapped up) (?:its|our|the|their|this year['’]s) "
    r"(?:[\w-]+ )?(?:hiring|recruitment|recruiting|intake|campaign)\b"
    r"|\b(?:formally |officially |temporarily )?paused\b|\binvestors?\b|\bpulled out of\b"
    r"|\b(?:besetzt|vergeben|pourvue?s?|cubiert[oa]s?|preenchid[oa]s?|copert[oa]|"
    r"ingevuld|vervuld|tillsatt|tillsatts|besat|besatt|täytetty|obsadzon\w*|pausiert|"
    r"en pause|en pausa|em pausa|sospes[oa]|gepauzeerd|pausad|keskeyt\w*|wstrzyman\w*|"
    r"annulé|annulée|cancelad[oa]|annullat[oa]|geannuleerd|gestrichen|gestoppt|"
    # thirtieth pass: Québec's "comblé à l'interne", the Czech and Slovak "obsadili interně"
    r"obsadil[aiy]?|obsadili)\b|\b(?:été|est|sont) combl[ée]e?s?\b",
    # someone already on the staff: "a current member of our staff", "an existing employee"
    r"\b(?:current|existing|present) (?:member of (?:our |the )?staff|employee|staff member|"
    r"team member|colleague|member of (?:our |the )?team)\b",
    # the chosen person in Italian, and one "whos" (a note's spelling)
    r"\b(?:una persona|qualcuno|un candidato|una candidata|un profilo)\b,?\s+(?:che|con|chi)\b"
    r"|\b(?:a|an|someone|somebody)\s+(?:[\w'’-]+\s+){0,2}?whos\b",
)]
# ---- sixteenth pass (reason): the same families, read as parts that combine in any of the
# languages: a comparative before a word of experience ("mer erfaring", "bredere erfaring",
# "mehr Praxis"), others said to have done better ("andere Teilnehmende haben stärker
# überzeugt"), a need for someone who can ("brug for en, der kan"), a bar not reached ("la note
# de passage"), a contract, client or grant lost, posts cut in the passive, a named person
# appointed "who has", the person acting in the role, what outweighed the rest.
_COMPARATIVE = (r"(?:more|broader|stronger|deeper|wider|longer|mer|mere|bredere|bredare|sterkere|"
                r"stærkere|starkare|dypere|dybere|djupare|längre|lengre|længere|mehr|breiter\w*|"
                r"tiefer\w*|stärker\w*|umfassender\w*|plus|davantage|más|mais|più|meer|enemmän|"
                r"laajem\w*|syvällisem\w*|więcej|szersz\w*|głębsz\w*)")
_EXPERIENCE = (r"(?:experience|background|expertise|erfaring\w*|erfarenhet\w*|erfahrung\w*|"
               r"praxis|expérience|experiencia|experiência|esperienza|ervaring|kokemu\w*|"
               r"doświadczeni\w*|kompetanse|kompetence|kompetens|kenntnis\w*|kunnskap\w*|"
               r"viden|kennis|knowledge|connaissances?|conocimientos?|conhecimentos?)")
_CUES += [re.compile(p, re.I) for p in (
    rf"\b{_COMPARATIVE}\s+(?:(?!(?:about|of|on|your|you|om|über|sur|sobre|su)\b)[\w-]+\s+){{0,2}}"
    rf"{_EXPERIENCE}\b",
    r"\b(?:andere\w*|d['’]autres|otros|otras|outros|outras|altri|altre|andre|andra|muut|inni|"
    r"other (?:candidates|applicants|people))\s+(?:[\w-]+\s+){0,3}(?:stärker|besser|mehr|"
    r"davantage|mieux|más|mais|meglio|più|sterkere|stærkere|bedre|bättre|starkare|paremmin|"
    r"lepiej|stronger|better)\b",
    r"\b(?:brug for|behov for|behöver|trenger|trænger|tarvitsemme|potrzebujemy|necesitamos|"
    r"precisamos|abbiamo bisogno d\w*|besoin d['’]|brauchen|benötigen)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:en|et|ein\w*|jemand\w*|quelqu['’]un|alguien|alguém|qualcuno|iemand|någon|noen|nogen|"
    r"joku|kogoś|une? personne|un profil|uma pessoa|una persona)\b",
    r"\b(?:søker\w*|ansøger\w*|sökande|hakij\w+|kandidat\w*)\s+(?:med|som|der)\b",
    r"\b(?:note de passage|seuil de réussite|note minimale|bestehensgrenze|mindestpunktzahl|"
    r"nota mínima|puntuación mínima|nota de corte|punteggio minimo|cesuur|minimumscore|"
    r"gränsvärde|minstekrav|minimikrav|läpäisyraja|próg zaliczenia)\b",
    r"\b(?:lost|losing|lose|loss of) (?:the|a|an|our|their|this|that) (?:[\w-]+ ){0,3}(?:contract|"
    r"client|account|tender|funding|grant|bid|donor|customer)s?\b",
    r"\b(?:positions?|roles?|posts?|jobs?) (?:[\w-]+ ){0,2}(?:eliminated|cut|abolished|"
    r"disestablished|removed|defunded)\b",
    r"\b(?:appointed|hired|chosen|chose|selected|promoted|offered (?:it|the (?:[\w-]+ ){0,3}(?:role|"
    r"position|post|job)) to) (?-i:[A-ZÀ-Þ])[\w'’-]+(?: (?-i:[A-ZÀ-Þ])[\w'’-]+)?,? who\b",
    r"\b(?:acting|interim|covering|been (?:doing|covering|running)) (?:in |as )?(?:the|this) "
    r"(?:role|post|position|job)\b|\boutweigh\w*\b",
    r"\b(?:looking for|seeking|searching for|need|want|require)\s+(?:a|an|someone|somebody)\s+"
    r"(?:[\w-]+,?\s+){0,5}?(?:profile|background|skill ?set|specialist|generalist)\b",
    r"\b(?:the other|the successful|another) (?:candidate|applicant|finalist|person)s?,? who\b"
    r"(?! (?:has |have |had )?(?:now )?(?:accepted|agreed|said yes|taken (?:it|the \w+) up))",
)]
# "that experience tipped it", "it was the deciding factor": a decider that points at a
# sentence before it; the reason is that sentence.
_DECIDER = re.compile(r"\b(?:tipped (?:it|the balance|the decision|things)|(?:the )?deciding factor|"
                      r"decided it|swung it|settled it|was decisive|made the difference|"
                      r"ausschlaggebend|den ausschlag|doorslaggevend|avgörande|afgørende|"
                      r"avgjørende|décisi[fv]e?|decisiv[oa])\b", re.I)
_POINTER = re.compile(r"\b(?:that|this|it|which|das|dies|cela|ça|eso|esto|isso|isto|det|dit|"
                      r"questo|ciò)\b", re.I)
# A call or a meeting the writer would rather have had: about the letter, not the decision.
_RATHER_IN_PERSON = re.compile(r"\b(?:rather have (?:made|told you|done|said)|(?:hear|heard) "
                               r"(?:it|this|the news) (?:second[- ]?hand|from someone else)|"
                               r"(?:tell|told) you in person)\b", re.I)
# Many applicants, abroad: "Vielzahl an Bewerbungen", "grand nombre de candidatures".
_VOLUME_ABROAD = re.compile(
    r"\b(?:vielzahl|große[nr]? (?:zahl|anzahl)|hohe[nr]? (?:zahl|anzahl)|grand nombre|nombreuses "
    r"candidatures|gran (?:número|cantidad)|grande (?:número|quantidade)|elevato numero|numerose "
    r"candidature|groot aantal|vele sollicitaties|stort antal|mange (?:søkere|ansøgere|søknader)|"
    r"suuri määrä|paljon hakemuksia|duża liczba|wiele zgłoszeń)\b", re.I)
# ---- end of the sixteenth pass (reason cue block)
_CUES += CAUSE_CUES  # seventeenth pass: causes in Dutch, Czech, Romanian, Turkish (mail_reason_cause)
_CUES += REASON_CUES_LANG3  # eighteenth pass: the twelve newer languages (mail_reason_languages3)
_CUES += REASON_CUES_SCRIPTS  # nineteenth pass: Japanese, Korean, Arabic, Malay, Welsh ...
_CUES += WORLD_REASON_CUES  # twenty-first pass: held hires, funding, criticism, weighing (mail_reason_world)
_CUES += REASON_CUES_LANGUAGES4  # twenty-sixth pass: Russian, Central Asia, Persian, Urdu ...
_CUES += REASON_CUES_LANGUAGES5  # twenty-seventh pass: Albanian and Greek
_CUES += REASON_CUES_KEPT  # twenty-eighth pass: the job kept with the people there
_CUES += REASON_CUES_GIVEN  # twenty-eighth pass: given to someone else, or the plan changed
_CUES += REASON_CUES_HELD  # thirty-third pass: filled inside, held, a need preferred (mail_reason_held)
_CUES += REASON_CUES_FINDINGS  # fifty-fourth pass: marks, ranks, findings (mail_reason_findings)
_CUES += REASON_CUES_SMALLER_LANGUAGES  # fifty-seventh pass: Mongolian, Faroese, Armenian, Shona ...
_CUES = [with_start_guard(cue) for cue in _CUES]  # thirty-fifth pass: the same matches, read faster

# A line that says no reasons or feedback can be given is none itself: "owing to the number
# of applications we are unable to provide individual feedback", "aufgrund der Vielzahl an
# Bewerbungen keine individuellen Gründe", "nous ne pouvons pas vous donner de retour
# individuel", "no podemos ofrecer comentarios individuales", "ei voi antaa palautetta".
_NO_FEEDBACK = re.compile(
    r"\b(?:unable|(?:not|aren['’]t|isn['’]t|weren['’]t|won['’]t be) able|cannot|can['’]t|can not|"
    r"not possible|no longer able|impossible)\b"
    r"[^.]{0,40}\b(?:provide|give|offer|share|disclose|send|respond)\w*\b[^.]{0,30}"
    r"\b(?:feedback|reasons?|details|comments|explanations?|responses?)\b"
    r"|\bkeine\w* (?:individuell\w*|persönlich\w*|detailliert\w*|einzeln\w*)? ?(?:gründe|"
    r"rückmeldung\w*|begründung\w*|feedback|auskunft|auskünfte)\b"
    r"|\b(?:ne (?:pouvons|pourrons)|pas en mesure)\b[^.]{0,50}\b(?:retour|commentaires|motifs|"
    r"raisons|explications)\b"
    r"|\bno (?:podemos|es posible|nos es posible|estamos en condiciones de)\b[^.]{0,50}"
    r"\b(?:retroalimentaci[oó]n|comentarios|feedback|motivos|razones)\b"
    r"|\bnão (?:podemos|é possível|conseguimos)\b[^.]{0,50}\b(?:feedback|retorno individual|"
    r"motivos|devolutiva)\b"
    r"|\bnon (?:possiamo|è possibile|siamo in grado)\b[^.]{0,50}\b(?:feedback|riscontr\w+|"
    r"motivazion\w+)\b"
    r"|\b(?:geen|niet)\b[^.]{0,30}\b(?:individuele |persoonlijke )?(?:feedback|terugkoppeling|"
    r"redenen|toelichting)\b[^.]{0,30}\b(?:geven|verstrekken|bieden)\b"
    r"|\b(?:kan|kunne|kunna)\b[^.]{0,20}\b(?:inte|ikke)\b[^.]{0,30}\b(?:återkoppling|feedback|"
    r"tilbakemelding|begrundelse|begrunnelse|motivering)\b"
    r"|\bei\b[^.]{0,30}\b(?:voi|voida|pysty)\w*\b[^.]{0,30}\b(?:palaute\w*|perustel\w*)\b"
    r"|\bnie\b[^.]{0,30}\b(?:możemy|jesteśmy w stanie|mamy możliwości)\b[^.]{0,40}"
    r"\b(?:informacji zwrotnej|uzasadnie\w*|feedback\w*)\b", re.I)
# "We have reviewed your results and decided not to progress": results read, no reason given.
_RESULTS_READ = re.compile(r"\b(?:review\w*|assess\w*|consider\w*|look\w* (?:at|over)|"
                           r"evaluat\w*|receiv\w*|went through|read) (?:all )?your (?:[\w-]+ ){0,3}"
                           r"(?:score|result|mark)s?\b(?![^.]{0,40}\b(?:below|under|short of|"
                           r"insufficient|fell|lower than|did not (?:meet|reach|pass))\b)", re.I)
_RESULT_CUE = re.compile(r"\byour (?:[\w-]+ ){0,3}(?:score|result|mark)s?\b", re.I)
# What happened to the job ("the position has been filled") stays a reason beside "many
# qualified candidates": the number of applicants does not explain it away.
_JOB_GONE = re.compile(r"\b(?:been|now|was|were|we['’]ve|we have|we had|had|is|has)\s+(?:\w+\s+)?"
                       r"(?:filled|closed|cancell?ed|withdrawn|paused|frozen)\b|\bon hold\b|"
                       r"\bhiring freeze\b"
                       # fifty-fourth pass: "we've decided to fill the ... role internally"
                       r"|\bto fill (?:the |this |that )?(?:[\w,&-]+ ){0,6}?(?:role|position|post|"
                       r"vacancy|job) internally\b", re.I)
# A sentence about the letter itself ("I've put off writing this because ...", "le copio lo
# que le mandé porque ...") weighs one cue less: its "because" explains the writing, not the
# decision. A filled post in it ("we've filled the position, so I wanted to let you know")
# stays the reason, by the corpus convention.
_ABOUT_THE_LETTER = re.compile(
    r"\b(?:(?:wanted|want|wished|wish|like|needed|meant) to (?:(?:let you know|tell you|update "
    r"you)(?! (?:that|how|why|about)\b)|write|reach out|be the one|call you)|(?:putting|put) (?:it|this) in writing|(?:put|held|"
    r"putting|holding) off (?:on )?(?:writing|sending|this|the|my)|(?:this|my) (?:e-?mail|message|"
    r"letter|note)\b(?! (?:is|was) (?:to|about))|writing (?:to you|this)|(?:let|tell) you (?:know )?personally|le (?:copio|escribo|"
    r"mando|reenv\w+)|lo que le mand[ée]|je (?:vous|te) (?:écris|réécris)|ich (?:schreibe|wollte) "
    r"(?:ihnen|dir)|quería (?:avisarte|decirte|escribirte|avisarle|decirle)(?!,? que)|"
    # fifty-fourth pass: "Te quería escribir yo personalmente", "Peço desculpa pela falta de resposta"
    r"(?:te|le) quería escribir|pe(?:ço|dimos) desculpa\w* pel[ao] (?:falta de resposta|demora|"
    r"atraso)|disculp\w+ (?:por )?(?:la demora|el retraso)|sorry for (?:the|my|our) (?:delay|late)|queria (?:avisar|"
    r"dizer|escrever)(?:-?(?:lhe|te))?(?!,? que)|volevo (?:dirti|scriverti|avvisarti)(?!,? che)|ik wilde (?:je|u) (?:laten weten|"
    r"schrijven)|jag ville (?:meddela|skriva)|jeg ville (?:give|gi) (?:dig|deg) besked|halusin "
    r"kertoa|chciał\w* (?:dać (?:ci|panu|pani) znać|napisać)|"
    # fifty-seventh pass: "I tried to call you twice this morning but kept missing you"
    r"tried to (?:call|ring|reach) you|kept missing you|"
    # after sealing fresh336-340: "Te escribo yo directamente porque ...", "Ti scrivo di persona
    # perché ...", "te escrevo pessoalmente": the "because" is the writing's
    # (not "te escribo para contarte que la búsqueda ... quedó sin efecto", which tells the news)
    r"(?:(?:te|os|les) escribo|(?:ti|vi|le) scrivo|(?:te|lhe|vos) escrevo)(?! (?:para|per|pra) "
    r"(?:contarte|decirte|informarte|avisarte|comunicarte|dirti|informarti|comunicarti|avisar|"
    r"contar|dizer|informar)\b)|mi sembrava giusto|"
    r"me parec[íi]a lo (?:m[íi]nimo|justo))\b", re.I)
# An aside that only announces honesty, with no reason in it.
_HONEST_ASIDE = re.compile(r"(?:i['’]ll|i will|let me|i['’]m going to|i want to) be (?:straight|honest|"
                           r"frank|upfront|direct) with you\b[^.!?]{0,60}[.!:]?$", re.I)
# "It came down to two people": how close it was, not why.
_DOWN_TO_PEOPLE = re.compile(r"\bcame down to (?:the (?:last|final) )?(?:two|three|2|3|a couple|a few|"
                             r"a handful)(?: of)? (?:people|candidates|applicants|finalists|of us)?"
                             r"(?:[,.]|$| for| and| in)", re.I)
# Words of comfort are no reason: "don't be discouraged", "no te desanimes", "ne vous
# découragez pas", "lassen Sie sich nicht entmutigen", "non scoraggiarti", "não desanime".
_COMFORT = re.compile(r"\b(?:don['’]t be discouraged|do not be discouraged|no te desanimes|no se "
                      r"desanime|ne (?:vous|te) décourag\w+ pas|nicht entmutigen|non scoraggiar\w+|"
                      r"não desanim\w+|laat je niet ontmoedigen|ge inte upp|ikke gi opp|älä lannistu|"
                      r"nie zniechęcaj)\b", re.I)
# "Your application ... has now been closed" is the no itself, not what happened to the job.
_APPLICATION_CLOSED = re.compile(r"\byour (?:application|candidacy|candidature|profile|file)\b"
                                 r"[^.]{0,60}\b(?:closed|withdrawn)\b", re.I)
# ---- end of the fifteenth pass (reason)

# A stock line about "other candidates whose experience more closely matches the needs of the
# position" says only that others were chosen: no reason, unless it names what they had.
_GENERIC_FIT = re.compile(
    r"^(?:[^.]*?\b(?:while|although|though|after)\b[^.,]*,\s*)?[^.]*?\b(?:other |another |the )?"
    r"(?:candidates?|applicants?|profiles?|individuals?)\s+(?:whose|who(?:se)?)\s+(?:[\w-]+\s+){0,3}"
    r"(?:(?:more|better) (?:closely |directly )?(?:align|aligns|aligned|match|matches|matched|fit|"
    r"fits|suit|suits)|(?:align|aligns|aligned|match|matches|fit|fits) (?:more closely|closer|better))"
    r"\s*(?:with|to|for)?\s*(?:the|our|this|your)?\s*(?:(?:role|position|job|team)['’]s )?"
    r"(?:current |specific )?(?:needs|requirements|"
    r"criteria|vacancy|position|role|job|department|team|opening)\b(?: of (?:the|this|our) "
    r"(?:position|role|job|department|team|vacancy|opening)(?: [A-Z][\w ,/()-]{0,60})?)?"
    r"(?: at this (?:time|stage)| for this (?:position|role))?\s*(?:,[^.]*)?[.!]?$", re.I)
# A chat pasted in (WhatsApp, Slack, Discord): each "[14:12] name:" line is one sentence.
_CHAT_LINE = re.compile(r"\n(?=\s*\[\d{1,2}:\d{2}(?:[,:\]]))")
# "You received this email because you applied on ...", in other languages too: a footer.
_FOOTER = re.compile(
    r"\b(?:receiv(?:ed|ing)|recibes|recibiste|has recibido|recebeu|recebe|recevez|reçu|"
    r"erhalten|otrzymujesz|saat tämän)\b[^.]{0,40}\b(?:because|as|since|porque|parce que|car|"
    r"weil|da|ponieważ|koska)\b|\bthis (?:e-?mail|message) (?:was|is|has been) sent\b"
    # a closing line abroad: an invitation to keep a profile up to date or to apply again
    r"|\b(?:futur[oa]s|próxim[oa]s|futures?|zukünftige\w*|künftige\w*|przyszł\w+|tulevi\w+) "
    r"(?:vacantes|oportunidades|ofertas|procesos|processos|vagas|offres|opportunités|postes|"
    r"stellen|ausschreibungen|rekrutacj\w+|ofert\w*|paikk\w+)\b|\b(?:te invitamos|le invitamos|"
    r"nous vous invitons|convidamos|zachęcamy)\b", re.I)
# ---- end of the fourteenth pass (reason cues)

# Says only how many applied, or that the choice was hard: no reason on its own.
_VOLUME = re.compile(
    r"\b(?:(?:high|large|huge|great|overwhelming|record|significant) (?:volume|number|response)|"
    r"volume of (?:applications|applicants|candidates|responses)|competition\b|competitive|"
    r"many (?:strong|qualified|talented|excellent|highly)|over \d+ applica|"
    # fifteenth pass: "attracted more than 1,400 applications for 36 places"
    r"(?:more than|over|nearly|almost|some|around|about) \d[\d,.]* (?:applications|applicants|"
    r"candidates|candidaturas|candidatures|bewerbungen|sollicitaties|ansökningar|hakemu\w*|"
    r"aplikacji|zgłoszeń)|"
    r"not (?:a )?(?:reflection|judge?ment)|does not reflect)",
    re.I)
_HARD_CHOICE = re.compile(r"\b(?:(?:difficult|tough|hard|close) (?:decision|choice|call)|(?:very |"
                          r"extremely )?(?:fine|narrow|slim) margins?)\b",
                          re.I)

# Closing lines and offers for later: never the reason.
_CLOSING = re.compile(
    r"\b(?:(?:receiving|getting) this (?:[\w-]+ )?(?:because|as)|you (?:are|were) sent this|"
    r"we would be grateful if)\b|"
    r"^(?:if|should|please(?! (?:note|be (?:advised|aware|informed))\b)|feel free|we (?:would|'d|’d) (?:love|welcome|encourage)|"
    r"we encourage|i (?:would|'d|’d) (?:love|be happy|be glad|encourage)|keep|good luck|"
    r"best of luck|(?:[\w'’]+\s*[-–,:]\s*)?(?:many )?thanks?(?: you)? (?:for|again)"
    r"(?!.*\b(?:but|however|unfortunately|sadly|regret\w*)\b))\b|"
    r"\b(?:apply again|re-?apply|keep your (?:details|cv|profile|resume|résumé)|stay in touch|"
    r"keep in touch|on file)\b|\b(?:apply|consider|welcome|encourage|alerts?|interest|hear)\b"
    r"[^.]*\bfuture (?:openings|opportunities|roles|vacancies|positions)\b",
    re.I)

# (nineteenth pass: a Japanese or Chinese full stop ends a sentence with no space after it)
_SENTENCE_END = re.compile(r"(?<=[.!?।։])\s+|(?<=[。！？])\s*|\n\s*\n|\n(?=\s*[-*•])")
_ABBREVIATION = re.compile(r"\b(?:e\.g|i\.e|etc|vs|approx|incl|St|Mt|Mr|Mrs|Ms|Dr|Prof|No|"
                           r"[A-Z])\.$"
                           # twenty-eighth pass: "bzw.", "z. B.", "Cap.", "ggf.", "napr.", "tj."
                           r"|\b(?:bzw|z\.\s?B|u\.\s?a|usw|ggf|evtl|vgl|Nr|Cap|Abs|resp|cf|napr|np|"
                           r"tzn|tzv|tj|t\.\s?j|mj|itd|ul|nr"
                           # fifty-fourth pass: an Indonesian street ("Jl. Mayjen"), "V. Exa."
                           r"|Jl|Jln|Exa|Sr|Sra|Er)\.$")
# twenty-eighth pass: a day's ordinal goes on into its month or a lower-case word ("bis zum 1.
# April", "fra 1. august", "dňa 12. novembra")
_ORDINAL = re.compile(r"\b\d{1,2}\.$")
_MONTH = re.compile(r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
                    r"November|Dezember)\b")


# Eightieth pass: Italian numbering before a number, "deliberazione n. 877", "dall'art. 9",
# "(Cat. D)" is no sentence's end
_BEFORE_NUMBER = re.compile(r"(?i)\b(?:n|nn|art|artt|lett|cat|pag|pagg|punto|co)\.$")


def _goes_on(piece: str, chunk: str) -> bool:
    """The full stop ending ``piece`` is an abbreviation's or a day's, not a sentence's."""
    return bool(_ABBREVIATION.search(piece)) or bool(_ORDINAL.search(piece)) and (
        chunk[:1].islower() or bool(_MONTH.match(chunk))) \
        or bool(_BEFORE_NUMBER.search(piece)) and bool(re.match(r"\d|[A-Z]\b", chunk))
_LEADING = re.compile(r"^(?:(?:and|but|so|however|unfortunately|sadly|after careful "
                      r"consideration|after (?:a lot of|much) (?:discussion|deliberation)|"
                      r"that said|honestly|to be honest)[,:]?\s+)+", re.I)
_LONGEST = 300


def reason_from_text(text: str) -> str | None:
    """The sentence that gives the reason, or None when the email gives none."""
    best: tuple[int, str] | None = None
    sentences = _sentences(text)
    for index, sentence in enumerate(sentences):
        score = _score(sentence)
        if score > 0 and _points_back(sentence):
            # sixteenth pass: "that experience tipped it" names what decided a sentence before
            earlier = [s for s in sentences[max(0, index - 3):index] if _score(s) > 0]
            if earlier:
                sentence = earlier[-1]
        elif score > 0 and index > 0 and points_to_cause(sentence) \
                and _states_something(sentences[index - 1]):
            sentence = sentences[index - 1]  # "The Board has therefore frozen ...": the cause before
        if score > 0 and (best is None or score > best[0]):
            best = (score, sentence)
    return _tidy(best[1]) if best else None


def _states_something(sentence: str) -> bool:
    """A sentence before a consequence that can be its cause: no greeting, thanks, closing
    line, praise or consolation (seventeenth pass)."""
    return len(sentence) >= 30 and not (_CLOSING.search(sentence) or _FOOTER.search(sentence)
                                        or _NO_FEEDBACK.search(sentence) or not_a_cause(sentence)
                                        or sentence.rstrip().endswith((",", ":")))


def _points_back(sentence: str) -> bool:
    """A decider that says only that something decided ("that tipped it", "it was simply
    the deciding factor that ..."): with the decider taken out, no cue is left."""
    decider = _DECIDER.search(sentence)
    if not decider or not _POINTER.search(sentence[:decider.start()] or sentence):
        return False
    rest = _DECIDER.sub(" ", sentence)
    return not any(cue.search(rest) for cue in _CUES[:1] + _CUES[2:]
                   if not cue.search(decider.group(0)))


def _sentences(text: str) -> list[str]:
    lines = [line for line in text.splitlines() if not line.lstrip().startswith(">")]
    joined = _CHAT_LINE.sub("\n\n", "\n".join(lines))
    pieces: list[str] = []
    for chunk in _SENTENCE_END.split(joined):
        if pieces and _goes_on(pieces[-1], chunk):  # "e.g. x", "am 19. November" go on
            pieces[-1] += " " + chunk
        else:
            pieces.append(chunk)
    sentences = (" ".join(piece.split()) for piece in pieces)
    return [s for s in sentences if 12 <= len(s) <= 2000]


def _score(sentence: str) -> int:
    if sentence.rstrip(" .").endswith(":") and not _JOB_GONE.search(sentence):
        return 0  # thirty-seventh pass: "Your scores were as follows:", a list's heading
    if _HONEST_ASIDE.match(sentence.strip()):
        return 0  # fifty-seventh pass: "I'll be straight with you because I think you'd prefer it."
    if _CLOSING.search(sentence) or _FOOTER.search(sentence) or _GENERIC_FIT.search(sentence) \
            or _NO_FEEDBACK.search(sentence) or _COMFORT.search(sentence) \
            or NO_FEEDBACK_MORE.search(sentence) or FOOTER_MORE.search(sentence) \
            or NO_FEEDBACK_LANG3.search(sentence) or STOCK_FIT_WORDS.search(sentence) \
            or STOCK_FIT_ABROAD.search(sentence) or FOOTER_ASIA.search(sentence) \
            or STOCK_FIT_LANGUAGES4.search(sentence) \
            or NO_MESSAGE_LEFT.search(sentence) or BOARD_LINES.search(sentence) \
            or thanks_only(sentence) or template_line(sentence) \
            or LINES_NOT_A_REASON.search(sentence) or DATA_KEPT_ON_FILE.search(sentence):
        return 0
    # twenty-ninth pass: a stock "others fitted better" clause leaves nothing to read unless
    # what comes before it gives a cue
    stock = stock_fit_clause(sentence)
    if stock and not any(cue.search(sentence[:stock.start()]) for cue in _CUES):
        return 0
    hits = [cue for cue in _CUES if cue.search(sentence)]
    score = 2 * len(hits)
    if score:
        score -= not_a_cause(sentence)  # seventeenth pass: praise, consolation, a count of people
        score -= 2 * warm_words_only(sentence)  # twenty-first pass: the same in more languages
    if score and THE_NO_ITSELF.search(sentence) \
            and not any(cue.search(THE_NO_ITSELF.sub(" ", sentence)) for cue in hits):
        score -= 2  # twenty-first pass: only the no ("your application wasn't among those ...")
    if score and _RESULTS_READ.search(sentence) \
            and len(_RESULT_CUE.findall(sentence)) == len(_RESULTS_READ.findall(sentence)):
        score -= 2  # fifteenth pass: results read, none said to fall short
    if score and _DOWN_TO_PEOPLE.search(sentence):
        score -= 2  # fifteenth pass: "it came down to two people" says how close, not why
    if score and (_ABOUT_THE_LETTER.search(sentence) or _RATHER_IN_PERSON.search(sentence)) \
            and not _JOB_GONE.search(sentence):
        score -= 2  # fifteenth pass: the "because" explains the writing (a filled post stays)
    if score and _APPLICATION_CLOSED.search(sentence) and not re.search(
            r"\b(?:position|role|post|job|vacancy|opening|requisition)\b[^.]{0,40}\b(?:closed|"
            r"filled|cancell?ed|withdrawn)\b", sentence, re.I):
        score -= 2  # fifteenth pass: the application closed is the no itself
    if score and (_VOLUME.search(sentence) or _VOLUME_ABROAD.search(sentence)
                  or VOLUME_LANG3.search(sentence)) \
            and not _JOB_GONE.search(sentence):
        score -= 2
    if score and _HARD_CHOICE.search(sentence):
        score -= 1
    if score and _PROMISE.search(sentence):
        score -= 2  # forty-second pass: "when the freeze is lifted, I'll contact you": a promise
    return score


# A promise to come back once things change ("Quando o congelamento for levantado, o senhor
# será a primeira pessoa que vou contactar", "if the role reopens we'll reach out"): the
# freeze is named, but the sentence is about later.
_PROMISE = re.compile(
    r"^(?:and |but |e |mas )?(?:if|when|once|should|as soon as|quando|assim que|se|caso|cuando|si|"
    r"lorsque|quand|dès que|wenn|sobald|falls|als|zodra|indien|når|om|jos|kun)\b[^.]{0,120}?\b(?:"
    r"contact\w*|get in touch|reach out|be in touch|let you know|contactar\w*|contactá-lo|"
    r"ligar|recontact\w*|kontaktier\w*|melden|benachrichtig\w*|contacter|kontakt\w*|"
    r"ota\w* yhteyttä|hafa samband)\b", re.I)


def _tidy(sentence: str) -> str | None:
    if len(sentence) > _LONGEST:  # the clause that carries the most cues
        clauses = [c.strip() for c in re.split(r";|\s[-–—]\s|,\s(?=but\b|and\b|which\b)",
                                               sentence) if c.strip()]
        sentence = max(clauses, key=_score)
        if len(sentence) > _LONGEST:
            sentence = sentence[:_LONGEST].rsplit(" ", 1)[0] + "…"
    sentence = _LEADING.sub("", sentence).strip(" ,;-–—")
    if len(sentence) < 12:
        return None
    if not "\u10d0" <= sentence[0] <= "\u10ff":  # forty-first pass: Georgian has no capitals in prose
        sentence = sentence[0].upper() + sentence[1:]
    return sentence if sentence.endswith((".", "!", "?", "…", "。", "！", "？")) else sentence + "."
