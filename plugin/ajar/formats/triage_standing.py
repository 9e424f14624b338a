"""Nineteenth pass: where the reader stands in a no, and what the no refuses.

A no is the reader's rejection only when the sender refuses the reader a job. Four
families look like one and are not, or do not look like one and are:

- the reader said no: an employer acknowledges that the reader turned its offer down
  ("thanks for letting me know your decision"), and the offer "withdrawn" after it is the
  paperwork of the reader's own no;
- the reader decides: a note to the reader as a member of a selection panel says the
  candidates it did not pick have been told;
- a permit, a professional title or a national-service posting refused: an endorsement of a
  seafarer's certificate, a residence visa renewal, a chartership assessment "referred";
- a talent network's vetting failed, or an application not admitted to a recruitment
  examination: the reader refused a way into work.

Phrases are lower case (triage reads lower-cased text). English first, then the
Latin-script languages triage already reads.
"""

from __future__ import annotations

_WHO = r"(?:me|us|the team|(?:[\w-]+ ){0,2}hr)"

# The reader turned down the sender's offer ("we are sorry you will not be joining us").
READER_DECLINED = (
    r"\b(?:thank you|thanks|grateful) for (?:letting " + _WHO + r" know|telling (?:me|us)|"
    r"informing (?:me|us)(?: of| about)?) (?:about )?your decision\b",
    r"\b(?:sorry|sad|disappointed|a shame) (?:to (?:hear|learn|see) )?(?:that )?you (?:will not|"
    r"won't|are not going to|aren't going to|have decided not to|decided not to|cannot|can't) "
    r"(?:be )?(?:join(?:ing)?|accept(?:ing)?|tak(?:e|ing) up|com(?:e|ing) (?:on board|aboard))\b",
    r"\byou(?:'ve| have)? (?:decided to |chosen to )?(?:declined|turned down) (?:our|the|my) "
    r"(?:[\w-]+ ){0,2}offer\b",
    r"\b(?:merci|je vous remercie|nous vous remercions) (?:de|pour) (?:m'avoir|nous avoir|"
    r"votre) (?:informée?s? de |fait part de |retour sur )?votre décision\b",
    r"\bvous (?:avez|avoir) (?:décidé de )?(?:décliné|refusé|décliner|refuser) notre (?:offre|"
    r"proposition)\b",
    r"\bdass sie (?:unser|das) (?:[\w-]+ )?angebot (?:nicht annehmen|abgelehnt haben|"
    r"ablehnen)\b",
    r"\bgracias por (?:comunicarnos|informarnos de|hacernos saber|contarnos) (?:tu|su) decisión\b",
    r"\b(?:has|ha) decidido (?:no aceptar|rechazar|declinar) (?:nuestra|la) (?:oferta|propuesta)\b",
    r"\b(?:je|u) (?:hebt|heeft) (?:besloten )?(?:ons|het) (?:aanbod|voorstel) "
    r"(?:af te wijzen|afgewezen|niet te accepteren|af te slaan)\b",
    # forty-seventh pass (fresh206-210): a tracking system confirming the reader's own
    # withdrawal ("This email confirms that you have withdrawn your application")
    r"\b(?:confirms?|confirming|confirmation) that you (?:have )?withdrawn your application\b|"
    r"\byou (?:have )?withdrawn your application\b[^.\n]{0,80}\b(?:as requested|at your request)\b",
    # fiftieth pass: the same in Croatian and Slovenian ("Žao nam je što povlačite prijavu",
    # "umikate prijavo")
    r"\b(?:žao nam je|razumijemo) (?:što|da) (?:povlačite|povlačiš|odustajete|odustaješ)\b|"
    r"\b(?:umikate|umikaš) (?:svojo |vašo )?prijavo\b",
    # fifty-second pass: German ("hiermit bestätigen wir, dass Sie Ihre Bewerbung ...
    # zurückgezogen haben")
    r"\bdass (?:sie|du) (?:ihre|deine) bewerbung\b(?:[^.\n]|\.\d){0,160}?\bzurückgezogen (?:haben|hast)\b",
)

# After sealing fresh331-335: a decision put off, the application still in the running and "not
# rejected" (Czech "Vaše přihláška zůstává v řízení a nebyla zamítnuta"): no no, and no receipt
# either (the corpus calls a delay "other").
STILL_IN_THE_RUNNING = (
    r"\b(?:vaše|tvoje) (?:přihláška|žádost|kandidatura) (?:i nadále |nadále )?zůstává v (?:řízení|"
    r"procesu|hře)\b|\b(?:přihláška|žádost|kandidatura) (?:\w+ )?nebyla zamítnuta\b|"
    r"\b(?:pani|pana|twoja|państwa) (?:aplikacja|kandydatura) (?:nadal |wciąż )?(?:pozostaje|jest) "
    r"(?:w procesie|aktualna|w grze)\b|\b(?:aplikacja|kandydatura) (?:\w+ )?nie została odrzucona\b|"
    r"\b(?:ihre|deine) bewerbung (?:ist|bleibt) (?:weiterhin |nach wie vor )?im (?:verfahren|rennen)\b|"
    r"\bbewerbung (?:wurde )?nicht abgelehnt\b|"
    r"\bvotre candidature (?:reste|demeure|est) (?:toujours )?(?:à l'étude|en cours d'examen|active|"
    r"en lice)\b|\bcandidature n'a pas été (?:rejetée|refusée|écartée)\b|"
    r"\bsu candidatura (?:sigue|continúa) (?:activa|en (?:proceso|el proceso|curso))\b|"
    r"\bcandidatura no ha sido (?:rechazada|descartada)\b|"
    r"(?<!\w)ваша (?:заявка|кандидатура) (?:по-прежнему |всё ещё |все еще )?(?:остаётся|остается|"
    r"находится) (?:в (?:работе|процессе|рассмотрении)|на рассмотрении)(?!\w)|(?<!\w)(?:заявка|"
    r"кандидатура) не (?:была )?отклонена(?!\w)",
)

# The reader sits on the panel: the candidates turned down are other people.
READER_ON_PANEL = (
    r"\b(?:thank you|thanks)(?: (?:again|so much))? for (?:sitting|serving|being) on (?:the|our|"
    r"my) (?:[\w-]+ ){0,2}panel\b",
    r"\bthe (?:\w+ )?(?:candidates|applicants) (?:we|you and i|the panel) (?:didn't|did not|"
    r"decided not to|chose not to) (?:select|shortlist|appoint|take forward|progress|choose)\b",
    r"\byour (?:scores|scoring|score sheets?|notes|ratings) (?:on|for) (?:the|each|all) "
    r"(?:[\w-]+ )?(?:candidates|applicants|interviewees)\b",
    r"\bmerci (?:encore )?d'avoir (?:siégé|participé) (?:au|dans le) (?:jury|comité de sélection)\b",
    r"\bdanke(?: nochmals)?,? dass (?:sie|du) (?:in|an) der (?:auswahl)?(?:kommission|jury)\b",
    r"\bgracias por (?:formar parte del|participar en el) (?:tribunal|comité de selección|panel)\b",
    r"\bbedankt (?:voor|dat je) (?:je deelname aan|in) de (?:selectie)?commissie\b",
)

# A permit, a professional title or a national-service posting: the thing refused is no job.
# Weak: a clear no to a job in the same message still speaks (triage's setting rule).
PERMITS_AND_TITLES = (
    r"\b(?:residence|residency|resident|entry|family) (?:visa|permit|card)s? (?:renewal|"
    r"extension|application)\b|\bvisa (?:renewal|extension)\b",
    r"\bapplication for (?:the |an? )?(?:above |flag[- ]state )?endorsement\b|\bendorsements? "
    r"(?:attesting|of (?:your |the )?(?:certificate|coc|licen[cs]e))\b",
    r"\b(?:chartership|chartered (?:member|membership|status))\b",
    r"\b(?:corps members?|(?:national|youth|military) service (?:scheme|year|corps|posting)|"
    r"service year|conscription|zivildienst|servizio civile universale)\b",
)

# A professional body's own assessment and the membership it grants: strong, since the
# assessment's "interview" would otherwise cancel a weak rule ("your final assessment
# interview ... the panel has referred your assessment ... your Associate membership").
PROFESSIONAL_BODY = (
    r"\b(?:chartership|membership|fellowship) (?:assessment|review|interview|upgrade)s?\b",
    r"\byour (?:current |existing )?(?:associate|student|graduate|affiliate|full|chartered|"
    r"professional|technician|corporate) membership\b",
    r"\b(?:assessment of professional competence|professional (?:review|competence) "
    r"assessment)\b",
)

# An interview moved or postponed is still an interview the reader is in.
INTERVIEW_MOVED = (
    r"\binterviews?\b[^.\n]{0,60}\b(?:will need to be|needs? to be|have to be|has to be|must be|"
    r"are being|is being|have been|has been|will be) (?:postponed|rescheduled|moved|pushed back|"
    r"rearranged|put back)\b",
    r"\b(?:shift|move|push|postpone|reschedule)\w* (?:[\w'-]+ ){0,2}interview (?:from|to) "
    r"(?:\w+day|tomorrow|next week|the \d)",
    r"\bentretien (?:[\w']+ ){0,8}(?:est|a été|doit être|sera) (?:reporté|déplacé|décalé)\b",
    r"\b(?:vorstellungsgespräch|gespräch) (?:[\w]+ ){0,8}(?:wird|muss|wurde) (?:leider )?"
    r"(?:verschoben|verlegt)\b",
    r"\bentrevista (?:[\w]+ ){0,8}(?:se ha|ha sido|será|debe ser|tiene que ser) "
    r"(?:aplazada|pospuesta|reprogramada|cambiada)\b",
    r"\bgesprek (?:[\w]+ ){0,8}(?:wordt|is|moet) (?:helaas )?(?:verplaatst|uitgesteld)\b",
    # (after sealing fresh331-335, lost to the retrain: Russian, "Перенос собеседования", "Можем
    # предложить другие варианты")
    r"(?<!\w)перенос\w* (?:нашего |вашего )?(?:собеседовани|интервью|встреч)\w*|(?<!\w)(?:можем|могу|"
    r"хотим) предложить (?:вам )?(?:другие|другое|новые|новое|другую) (?:варианты|время|даты|дату|слоты)(?!\w)",
)

# A talent network's vetting or a recruitment examination: a way into work refused.
NOT_LET_IN = (
    r"\b(?:unable to|cannot|can't|won't be able to|not able to) (?:admit|accept|onboard|add) you "
    r"(?:in)?to (?:the|our) (?:[\w-]+ ){0,2}(?:network|talent (?:pool|network|community)|"
    r"community of (?:engineers|freelancers|experts))\b",
    r"\b(?:application|candidacy|candidature) (?:has|was|have been) not (?:been )?(?:admitted|"
    r"accepted) to the (?:written |oral |practical |next |selection |competitive )?"
    r"(?:examination|exam|test|stage|round)s?\b",
)

# A short note with none of the usual job words still says no to someone who came to see
# the sender ("we've gone with someone else, so it's a no from us").
SHORT_NO = (
    r"\b(?:gone|went|going) with (?:someone|somebody|another (?:guy|person|candidate|applicant))"
    r"\b[^.\n]{0,80}\b(?:a no from|no from us|not this time|this time)\b",
    r"\bit'?s a no from (?:us|me)\b",
    # forty-sixth pass: "I'll be looking for a different profile for this seat" (a note with
    # no other job word, which the retrained message model no longer lets through)
    r"\b(?:i'll|i will|we'll|we will|we're going to|i'm going to) (?:be )?(?:looking|searching) for "
    r"(?:a )?(?:different|another) (?:profile|candidate|person|background) for (?:this|the) "
    r"(?:seat|role|position|post|job|opening)\b",
    # forty-seventh pass: the same for a board that "resolved to reappoint the current valuator"
    # and a Galician "imos seguir con outra persoa" (go on with another person)
    r"\bresolved to (?:re-?appoint|retain) the (?:current|incumbent|existing)\b",
    r"\b(?:imos|vamos) (?:seguir|continuar) con outra persoa\b",
    # forty-ninth pass: a Portuguese owner's "não foi por falta de valor seu" after giving the
    # post to a colleague, a Canarian skipper's "nos quedamos con alguien que ya tiene el título"
    r"\bnão foi por falta de (?:valor|mérito|competência) (?:seu|sua|teu|tua)\b",
    r"\bnos quedamos con (?:alguien|otra persona|otro candidato|otra candidata) que (?:ya )?(?:tiene|"
    r"ten[íi]a|cuenta con)\b",
    # sixty-fourth pass: a South Tyrolean hotelier's two lines, "wir machen bei der
    # Rezeptionsleitung nicht mit Dir weiter" (we do not go on with you), no job word said
    r"\bwir (?:machen|gehen) (?:bei [^.\n]{1,40} )?nicht (?:mehr )?mit (?:dir|ihnen|euch) weiter\b",
    # ... and a Chuvash museum's two lines, "we took another person" ("урăх çынна илтĕмĕр", in
    # Latin or Cyrillic breves)
    r"урăх çынна илт|урӑх ҫынна илт|урăх ҫынна илт",
    # ... and a Patagonian outfitter's offer taken back, no other job word said ("Tenemos que
    # retirar la oferta de Guía de Trekking que te hicimos")
    r"\bretirar (?:la|nuestra|esta) oferta\b[^.\n]{0,60}?\bque (?:te|le|les) (?:hicimos|hemos hecho|"
    r"enviamos|extendimos)\b",
    # after sealing fresh291-295: a Russian geologist's two lines, "we decided to go on with
    # another specialist", and a Yakutsk head teacher's "the post ... we gave not to you"
    r"\bрешили (?:идти|пойти|двигаться|продолжить) дальше с другим (?:специалистом|кандидатом|"
    r"человеком)\b",
    # ... and, lost to the sixty-fifth retrain: an Armenian founder's "we decided to go another way
    # this time" ("որոշեցինք էս անգամ ուրիշ ճանապարհով գնալ")
    r"որոշեցինք[^.\n]{0,30}?ուրիշ ճանապարհով գնալ",
    r"\b(?:ставку|должность|место|вакансию)\b[^.\n]{0,50}?\bотдали не вам\b|\bвзяли на (?:эту|данную) "
    r"(?:ставку|должность|позицию|вакансию)\b",
    # after sealing fresh311-315: a Russian fishing co-op's two lines, "не получилось, взяли другого
    # человека" (we took another person), no job word said
    r"\bвзяли (?:другого|другую) (?:человека|кандидата|кандидатку|сотрудника|специалиста|девушку|"
    r"парня)\b",
    # after sealing fresh331-335: a Crimean manager's "директор в итоге взял своего человека" (took
    # his own man); a Bishkek start-up's "мы дальше пойдём с другими ребятами"; a Silesian
    # manager's "niy bydymy brać nikogo" (we will not take anyone), Polish "nie będziemy nikogo
    # zatrudniać"
    r"\bвзял[иа]? (?:своего|свою|своих) (?:человека|людей|кандидата|кандидатку|сотрудника|специалиста|"
    r"парня|девушку)\b",
    r"\bпойд[её]м (?:дальше )?с (?:другими|другим|другой) (?:ребятами|кандидатами|кандидатом|"
    r"кандидаткой|специалистом|специалистами|человеком)\b",
    r"\b(?:nie będziemy|niy bydymy|nie bydymy) (?:brać|brali|zatrudniać|przyjmować) nikogo\b|"
    r"\bnikogo (?:nie będziemy|niy bydymy) (?:brać|zatrudniać|przyjmować)\b",
    # (opened fresh341-345: a Kazakh driller's "сізге ұсыныс жасай алмаймыз", no other job word)
    r"(?<!\w)ұсыныс (?:жасай|бере|ұсына) (?:алмаймыз|алмадық|алмайтынымызды)(?!\w)",
    # (after sealing fresh361-365: Catalan texting, "hem agafat una noia que ja havia fet la
    # temporada", "no et podem agafar"; Swahili texting, "hatujakuchukua")
    r"\bhem agafat (?:una noia|un noi|una altra persona|algú|una persona|un altre|una altra)\b|"
    r"\bno (?:et|us) podem agafar\b|\bhatuja(?:ku|mku)chukua\b",
    # (after sealing fresh366-370: a Serbian winemaker's "ne primamo novog tehnologa", a Slovak
    # co-operative's "miesto ... sme napokon obsadili inak", a ryokan's romaji "o-miokuri to
    # sasete itadaku", with no other job word)
    r"\bne primamo nov\w*|\bsme (?:napokon |nakoniec |už )?obsadili inak\b|\bo-?miokuri to sasete\b",
)
