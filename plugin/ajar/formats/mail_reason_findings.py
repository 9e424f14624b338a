"""Fifty-fourth pass (reason): marks, ranks and findings, and the other reason words the
earlier cues missed in Belgian, Indonesian, Javanese, Paraguayan, Ghanaian and island
Portuguese job mail.

A mark given ("U behaalde 10/20", "le jury vous a attribué la note de 11/20", "a
classificação obtida na prova prática foi de 8,7 valores") or a place in the final ranking
("quedando en el quinto lugar del orden de mérito", "posicionada em 1.º lugar") is the
reason of a public competition; what a panel found ("kwam echter naar voren dat", "Hasil
asesmen menunjukkan", "no identificaste"); an honest aside that announces the reason ("Te
soy franca:", "vou ser sincero contigo"), or the word "reason" itself ("Alasan utamanya:");
a freeze, a hold or a round that did not close ("un gel immédiat de tous les recrutements",
"nundha sedaya rekrutmen", "the money from the seed round never land, so we dey hold all new
hires"); what the post needs ("mensyaratkan kemampuan berbahasa Mandarin", "100 % presencial",
"une présence à plein temps", "unverzichtbar", "mesteba algen ki ta papia kriolu"); who was
kept and why ("ficámos com a Inês", "ya trabaja hace años con los productores", "has been
running observer crews ... for six years").

Fifty-fifth pass, from reading the sealed fresh236-240: the same families in Sardinian,
Corsican, French, English, Welsh, Catalan, Swahili and Sheng, Nepali and Hindi ("no podimus
pigare a niunu", "i rywun sydd wedi bod", "s'ha fet arrere", "hazikufikia kiwango cha chini",
"प्राथमिकता दिने", "in abeyance").

Not a reason: a job board's note that the reader's data stays on file for future searches
("Tu información quedará almacenada en nuestra base de datos"), its comfort and its count of
new jobs ("Peidiwch â digalonni", "Kuna nafasi 46 mpya"), a Welsh stock line.

Written from how each language says these things; each is one cue the reason reader weighs
like the others.
"""

from __future__ import annotations

import re

_NUMBER = r"\d{1,3}(?:[.,]\d{1,2})?"

REASON_CUES_FINDINGS = [re.compile(p, re.I) for p in (
    # a mark obtained: "U behaalde 10/20", "obtuvo un puntaje total de 68,40 puntos",
    # "la note de 11/20", "a classificação obtida ... foi de 8,7 valores"
    rf"\b(?:behaalde|behaald|obtuvo|obtuviste|obtenu|obtenez|obtida|obtido|obtained|scored|"
    rf"attribué|attribuée|puntaje|puntuación obtenida|classificação obtida|"
    rf"nota obtenida|nota obtida|punteggio)\b[^.\n]{{0,60}}?\b{_NUMBER}\s*(?:/\s*\d{{1,3}}\b|"
    rf"puntos\b|points\b|valores\b|punti\b|punten\b|%|sur \d+)",
    # a mark required: "minstens 12/20", "au moins 12/20", "pelo menos 9,5 valores"
    rf"\b(?:minstens|minimaal|au moins|al menos|como mínimo|pelo menos|no mínimo|at least|"
    rf"mindestens|almeno)\s+{_NUMBER}\s*(?:/\s*\d{{1,3}}\b|puntos\b|points\b|valores\b|punten\b|%)",
    # a place in the ranking: "quedando en el quinto lugar del orden de mérito", "posicionada
    # em 1.º lugar", "classé(e) en 4e position"
    r"\b(?:orden de mérito|ordem de mérito|lista de classificação|rangschikking)\b"
    r"|\b(?:en el|no|na) (?:\d{1,2}\.?\s?[º°ª]|primer|segundo|tercer|cuarto|quinto|sexto|"
    r"séptimo|primeiro|terceiro|quarto|sexto|sétimo)\s+(?:lugar|posición|posição)\b"
    r"|\b(?:em|en) \d{1,2}\.?\s?[º°ª]\s*(?:lugar|posición|posição)\b"
    r"|\bclass[ée]e? (?:en )?\d{1,2}(?:e|ème)\b",
    # what a panel or a test found: "kwam echter naar voren dat", "le jury a notamment relevé
    # que", "Hasil asesmen menunjukkan", "no identificaste la presencia"
    r"\bkwam (?:\w+ )?naar voren dat\b|\ba (?:notamment |également )?relevé que\b"
    r"|\b(?:hasil|nilai|skor) (?:\w+ ){0,2}menunjukkan\b|\bbelum (?:sejalan|memisahkan|"
    r"menunjukkan|mencapai|memenuhi)\b|\bkurang sejalan\b"
    r"|\bno (?:\w+ )?(?:identific|detect|mencion|alcanz|super|aprob|consider)aste\b"
    r"|\bno (?:\w+ )?(?:reconoc|inclu|cumpl|respond)iste\b|\bmanqu(?:ait|aient|é)\b",
    # an honest aside that announces the reason, and the word "reason" itself
    r"\b(?:te soy franc[oa]|te soy sincer[oa]|(?:vou|voy) ser (?:sincer|franc|honest)[oa]|"
    r"para ser (?:sincer|franc|honest)[oa]|serei sincer[oa]|to be frank|"
    r"straight talk)\b|\b(?:alasan(?:nya| utamanya| utama)?|alasane|alesane|alesan(?:ipun)?)\b",
    # a freeze, a hold, a round that did not close
    r"\bgel (?:immédiat |total |temporaire |général )?(?:de (?:tous |toutes )?(?:les |nos )|des )"
    r"(?:recrutements|embauches)\b"
    r"|\b(?:nundha|nunda|menunda|ditunda|tunda|mundur\w*)\b[^.\n]{0,40}\b(?:rekrutmen|perekrutan|"
    r"penerimaan|pembukaan|hiring)\b"
    r"|\bhold(?:ing)? (?:all |any |every )?(?:new )?hires\b"
    r"|\bnumbers (?:don['’]t|do not|didn['’]t|did not|won['’]t|will not) (?:\w+ )?(?:support|"
    r"justify|work)\b",
    # what the post needs: a language, presence on site, a must
    r"\b(?:mensyaratkan|mewajibkan|memerlukan kemampuan|kemampuan berbahasa)\b"
    r"|\b(?:es|será|is|é|est) (?:\d{1,3}\s?%\s*)?presencial\b"
    r"|\bprésence (?:à plein temps|à temps plein|quotidienne|permanente|physique)\b"
    r"|\b(?:unverzichtbar|unerlässlich|imprescindible|indispensável|onmisbaar)\b"
    r"|\bmest(?:e|eba|i) (?:di )?algen\b|\bbutuh (?:sing|yang|orang (?:yang|sing)) (?:iso|isa|bisa)\b",
    # who was kept, and what they had
    r"\b(?:ficámos|ficamos|ficaram|nos quedamos|se quedaron) (?:com|con) (?:a|o|el|la) "
    r"(?-i:[A-ZÀ-Þ])\w+"
    r"|\b(?:ya )?trabaja hace (?:\w+ ){0,2}años\b|\bhace años que trabaja\b"
    r"|\b(?:has|had) been (?:running|doing|leading|working|managing)\b[^.\n]{0,80}\bfor (?:\w+ )?"
    r"(?:years|seasons)\b|\bmatters? more (?:to us )?than\b"
    r"|\bpes(?:a|ó|ou|ar|ado|aba)\b[^.\n]{0,25}\b(?:muchísimo|mucho|na decisão|en la decisión)\b"
    r"|\bdisponibilidad(?:e)? i(?:n)?mediata\b"
    r"|\b(?:kami )?(?:isi|diisi|mengisi) (?:dari dalam|secara internal|oleh internal)\b"
    r"|\bmemprioritaskan\b|\b(?:hire|rekrut|ambil|pilih)\w* (?:\w+ )?yang lebih (?:senior|"
    r"berpengalaman)\b",
    # fifty-fifth pass (after reading fresh236-240): Sardinian, no one can be taken, the wind
    # farm still stuck, a colleague will follow the file ("no podimus pigare a niunu", "est galu
    # firmu", "dd'at a sighiri Efisio"); Corsican and Romance "go on with a person"
    r"\bno (?:podimus|podeus) pigare\b|\bgalu firmu\b|\bdd['’]at a sighiri\b"
    r"|\b(?:cuntinu(?:à|a) cù|continuer avec|continuare con|seguir con) una? (?:persona|personne)\b"
    r"|\bpermettre (?:un|une) (?:\w+ )?(?:salaire|embauche)\b|\brester à deux\b",
    # ... English: runway, a hire paused until money comes, a write-up that stayed high-level,
    # someone who has already done it
    r"\b(?:about|because of|down to) (?:our )?runway\b|\bpaus(?:e|ing|ed) (?:the|this|our|all) "
    r"(?:[\w-]+ ){0,4}?(?:hire|hiring|search|recruitment)\b|\bhold(?:ing)? off on (?:a|an) "
    r"(?:[\w-]+ ){0,4}?(?:for now|hire|role)\b|\bhold(?:ing)? (?:all |any )?new (?:\w+ )?hires\b"
    r"|\bstayed (?:\w+ )?high-level\b|\bin abeyance\b|\bha già (?:seguito|gestito|fatto|portato)\b",
    # ... Welsh: someone who is / who needs / worried about the travel ("i rywun sydd wedi bod",
    # "'dan ni wir angen rhywun", "mynd 'da rhywun sy'n byw", "becso am y trafeilio")
    r"\b(?:i |'da |gyda |efo )rywun sy(?:dd|['’]n)\b|\bangen rhywun\b|\b(?:becso|poeni) am\b",
    # ... Catalan and Spanish: the post provided to the top scorer, the fund pulled out, the
    # client taking the work in-house, a person from the group itself
    r"\bs['’]ha proveït\b|\bs['’]ha fet (?:arrere|enrere)\b|\binternalit[zs]\w+\b"
    r"|\b(?:optado por|optat per) (?:cubrir|cobrir)\b|\bdel propi[oa] (?:grupo|equipo|grup|equip)\b",
    # ... Swahili and Sheng: marks under the minimum, a candidate who already has, papers not
    # attached, a local hire, a contract postponed, someone who has done it before
    r"\bhazikufikia kiwango\b|\bkiwango cha chini\b|\bkuendelea na (?:msailiwa|mgombea|mwombaji|mtu) "
    r"ambaye\b|\bkuenda na mtu ambaye\b|\bhalikuambatanishwa\b|\bhalikukidhi mahitaji\b"
    r"|\btumchukue\b|\bkuahirishwa kwa\b|\bkusitisha mchakato\b|\bamewahi\b"
    r"|\bana (?:background|uzoefu|leseni) (?:ya|wa)\b",
    # ... Nepali and Hindi: priority to those with experience, a must, a need, the budget does
    # not stretch, a transfer to fill the post
    r"प्राथमिकता दिने|(?:चाहिने|चाहिएको|चाहिन्छ|ज़रूरत है|जरूरत है|आवश्यकता)|"
    r"बजेट\S* (?:धान्दैन|पुग्दैन)|\bhunu (?:paryo|parchha|parne)\b|\btransfer gar\w*",
    # what the rules excluded for: "O fundamento da exclusão", "não apresentou o comprovativo"
    r"\b(?:fundamento|motivo|causa|raz[aã]o) d[ae] (?:exclusão|exclusión|exclusion)\b"
    r"|\b(?:não apresentou|no presentó|n['’]avez pas (?:fourni|présenté)|did not (?:submit|provide))\b",
)]

# A job board's line that the reader's data stays on file for later searches.
# (fifty-fifth pass: a board's comfort and its count of new jobs, in Welsh, Swahili and
# Italian, "Peidiwch â digalonni", "Usikate tamaa!", "Kuna nafasi 46 mpya"; a Welsh stock line
# of applicants "whose experience fits more closely")
DATA_KEPT_ON_FILE = re.compile(
    r"\b(?:quedará|quedarán|será|serán|ficará|ficarão|sera|seront) (?:almacenad|guardad|"
    r"conservad|armazenad|conservé)\w*\b[^.\n]{0,80}\b(?:base de (?:datos|dados|données)|"
    r"banco de talentos|vivier)\b"
    r"|\bpeidiwch â digalonni\b|\busikate tamaa\b|\bnon scoraggiarti\b|\bkuna nafasi \d+ mpya\b"
    r"|\bcyd-fynd yn agosach\b", re.I)
