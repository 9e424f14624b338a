"""Fifty-seventh pass (reason): the reason words of Mongolian, Faroese, Armenian, Malagasy,
Shona, Ndebele, Bemba and Nyanja job mail, which no earlier cue read.

Read from fresh241-245 once they were opened: a post filled from inside ("дотоод нөөцөөсөө
... нөхөхөөр", "hastiqy lracvel e nerqin teknatsuov", "yaisushiwa kale ku muntu"), a freeze
or a pause ("түр зогсоох", "lagdar á ís", "kumbomisa", "hampiato", "կասեցվել է"), a
funder's cut ("fíggingin ... skorin niður", "banciphise imali", "բյուջեն թույլ չի տալիս"), a
mark short of the top ("тоонд ороогүй"), and what the post needs or the team chose
("longri royndir við", "rinoda munhu ane ruzivo", "sasidinga umuntu", "ikufuna munthu",
"նախապատվությունը տվել է", "կը պահանջէ").

Fifty-eighth pass, from reading the sealed fresh246-250: the same families in Dutch, Gronings,
West Frisian, Romansh, Swiss German, Gurmukhi, Gujarati, Hindi, Luganda, Runyankole, Sesotho,
Swahili and Papiamentu, and English ("net meer kilometers", "üna persuna chi", "mir bruuched
... öpper", "twetaaga omuntu", "o feta kabo", "ku ya tin eksperensia", "re-scoped into").

Fifty-ninth pass, from reading the sealed fresh251-255: Malayalam, Tamil, Khmer, Pashto, Dari,
Roman Urdu, Andean Spanish, Norwegian, Swedish and Finnish ("മരവിപ്പിച്ച", "មិនទាន់ឈានដល់កម្រិត",
"se adjudica al postulante", "lazmi hogi", "stanses", "henkilöön, joka").

Each is one cue the reason reader weighs like the others; written from how each language
says these things, not from the letters' own sentences alone.
"""

from __future__ import annotations

import re

REASON_CUES_SMALLER_LANGUAGES = [re.compile(p, re.I) for p in (
    # Mongolian in Cyrillic: an internal reserve, a stop, a filled post, a mark short of the
    # top three, a resident preferred
    r"\bдотоод нөөц\w*|\bтүр зогсоо\w*|\bзогсоох шийдвэр\b|\bдүүргэ(?:чихсэн|сэн|гдсэн)\b"
    r"|\bнөх(?:өхөөр|сөн|өгдсөн)\b|\bтоонд ороогүй\b|\bоршин суудаг\b|\bсонгох нь зүйтэй\b",
    # ... and in Latin letters: "hyatad helend chuluutei hun heregtei bolchloo"
    r"\bhun heregtei\b|\bheregtei bol(?:chloo|son)\b",
    # Faroese: longer or broader experience, hiring on ice, not able to hire, funding cut, a
    # weight laid on, our own researchers; Danish: the post closed and advertised again
    r"\b(?:longri|breiðari|fleiri ára|meiri) royndir\b|\blagd(?:ar|ur|ir) á ís\b"
    r"|\bikki før fyri at seta\b|\bfígging\w* (?:\w+ ){0,4}skorin niður\b|\begnu granskar\w*\b"
    r"|\blagdur serligur dentur\b|\bikki avgreidd\w*\b"
    r"|\bgenopslå\w* stillingen\b|\blukke det nuværende opslag\b",
    # Armenian (Eastern and Western): experience someone has, a post that requires, suspended,
    # a preference given, the budget does not allow, filled, a restructuring, a post removed
    r"փորձ ունեցող|տարվա փորձ|կը պահանջէ|պահանջում է|կասեցվել է|նախապատվությունը տվել|"
    r"նախապատվություն (?:է )?տրվել|բյուջեն թույլ չի տալիս|համալրված է|համալրվել է|"
    r"վերակազմավորում|հանվում է հաստիքացուցակից|"
    # ... and romanised: "hastiqy verjnakanapes lracvel e nerqin teknatsuov", "petq a mard"
    r"\blracvel e\b|\bnerqin teknatsu\w*\b|\bpetq a mard\b",
    # Malagasy: appointed from the staff already there, a pause, not yet enough money
    r"\bhotendrena avy ao anatin\b|\bhampiato\b|\bnampiato\b|\btsy mbola ampy\b|\bnoho izany\b",
    # Shona: we chose a person, given to one of ours, a pause, the job needs a person who has,
    # the runway not enough
    r"\btakasarudza\b|\bripiwe mumwe wedu\b|\bkumbomisa\b|\b(?:rinoda|inoda|tinoda) munhu\b"
    r"|\bane ruzivo\b|\bhaikwane\b|\bon ice\b",
    # Ndebele: we needed a person, the funders cut the money, the post will no longer be filled
    r"\bsasidinga umuntu\b|\bbanciphise imali\b|\basisazugcwaliswa\b",
    # Bemba: they want a person, the job already filled; Nyanja: the job needs a person
    r"\bbafwaya umuntu\b|\byaisushiwa\b|\bikufuna munthu\b",
    # Russian, from the same letters: a freeze, only a Russian legal entity, a team that speaks
    # Georgian, candidates who already hold a permit, what is critical
    r"\bзаморозить\b|\bоформляем (?:\w+ ){0,3}только\b|\bгрузиноязычн\w*\b|\bуже имеющ\w+\b"
    r"|\bкритич(?:ен|на|но|ны)\b",
    # English: what the client wants of the person in this seat, living at site, the brief
    r"\bwant the person in this (?:seat|role|chair)\b|\bneeds to be living (?:at|on) site\b"
    r"|\bthe brief was (?:really )?about\b",
    # after sealing fresh246-250 (the fifty-eighth pass): Dutch and Gronings, the other
    # candidate had more miles in it, we missed the depth, a stop on new appointments, a
    # contract not renewed, results short of what the role asks, no permanent hire this
    # quarter; West Frisian, someone who already has experience
    r"\bnet meer (?:kilometers|ervaring|uren)\b|\bmisten we\b|\bstop op (?:nieuwe )?(?:aanstellingen|"
    r"werving|vacatures)\b|\bniet te verlengen\b|\bonvoldoende aan bij\b|\b(?:gain|geen) vaste kracht\b"
    r"|\bûnderfining hat\b|\been stap te groot\b",
    # ... English: what we hoped to see, a role closer to something else, references done, a
    # role re-scoped, nothing until a licence is issued
    r"\bwe['’]d hoped to see\b|\bsits (?:much )?closer to\b|\bhaving completed (?:the )?reference "
    r"checks\b|\bre-?scoped (?:into|as|to)\b|\buntil (?:that|the|our) licen[cs]e is (?:issued|granted)\b",
    # ... Romansh, a person who (speaks, knows); Swiss German, we need someone who
    r"\b(?:üna|ina) persuna (?:chi|che)\b|\bbruuche?d? (?:\w+ ){0,4}öpper\b",
    # ... Gurmukhi, Gujarati and Hindi: my brother will handle it, a person is needed, filled by a
    # promotion, a score below; romanised Gujarati and Punjabi: a slump in the market, such a
    # person needed, numbers left raw
    r"ਸੰਭਾਲੇਗਾ|વ્યક્તિની જરૂર છે|બઢતીથી ભરવામાં|कम होने के कारण|\bmandi chal\w*|\baisa chahida\b"
    r"|\bkachche reh gaye\b",
    # ... Luganda, we needed a person who has; Runyankole, keep the worker there, the money is
    # not there; Sesotho, chose a candidate who, more than the budget, below a mark; Swahili,
    # does not fit the schedule
    r"\btwetaaga omuntu\b|\bkugumizamu n['’]omukozi\b|\btiziriho\b|\bkhethile mokhethoa\b"
    r"|\bo feta kabo\b|\bka tlase ho \d|\bhaiendani na\b",
    # ... Papiamentu, a candidate who already has experience, the vacancy filled (inside)
    r"\bku ya tin eksperensia\b|\ba word[ou] yena\b|\byena e funshon\b",
    # after sealing fresh251-255 (the fifty-ninth pass): Malayalam, someone who lives there,
    # steps frozen, the son-in-law takes over; Tamil, experience of leading; Hindi, the post
    # will not be kept; Khmer, a score short of the level, a candidate taken, the post
    # abolished, someone with direct experience; romanised Khmer, we want to take someone
    r"താമസിക്കുന്ന ഒരാളെ|മരവിപ്പിച്ച|ഏറ്റെടുക്ക|வழிநடத்திய அனுபவம்|नहीं रखी जाएगी|"
    r"មិនទាន់ឈានដល់កម្រិត|សម្រេចយកបេក្ខជន|ត្រូវបានលុបចោល|មានបទពិសោធន៍ផ្ទាល់|\bjong yok nak\b",
    # ... English: marks below the cut-off, an assessment's outcome, headcount not approved, a
    # submission that leaned on the wrong thing
    r"\bbelow the cut-?off\b|\bbased on the outcome of the (?:online )?assessment\b"
    r"|\bheadcount\b[^.\n]{0,40}\bnot (?:been )?approved\b|\bleaned (?:more|too much|heavily) on\b",
    # ... Andean Spanish: the post awarded to the top scorer, activities suspended, a member's
    # son, covered with a colleague, a colleague chosen; French, the post given to someone
    # already in the group
    r"\bse adjudica al (?:postulante|candidato)\b|\bdispuesto la suspensión\b|\bhijo de (?:un )?socio\b"
    r"|\bcubriendo con un colega\b|\bhemos elegido a una? (?:compañer[oa]|colega)\b|\bconfier le poste à\b",
    # ... Pashto, papers not attached; romanised Pashto, the job goes to my brother; Roman
    # Urdu, hands-on experience, a degree made compulsory, a post downgraded; Dari, must be
    # based in Kabul
    r"نه وو ضمیمه|\bkaar ba zama\b|\bhands-on tajurba\b|\blazmi ho(?:gi|ga)\b|\bdowngrade kar\w*|"
    r"مستقر باشد",
    # ... Norwegian, all activity stopped, the post tied to the project; Finnish, a person who
    # can; Swedish, the recruitment stopped, no longer in the budget
    r"\bstanses\b|\bvar knyttet (?:direkte )?til prosjektet\b|\bhenkilöön,? joka\b"
    r"|\brekryteringen (?:avbryts|har avbrutits)\b|\binte längre med i budgeten\b",
    # opening fresh246-255 (the sixtieth pass): Swiss German, posts suspended ("zu sistieren");
    # Luganda, already filled; Urdu, the post frozen, preference given; Shahmukhi Punjabi,
    # no work visa; Spanish, a contract postponed indefinitely; Dutch and Frisian, results
    # short of what the role asks, more miles on the clock; English, a reference check not
    # completed in time, part of the exercise left unfinished, what had to come first
    r"\bsistier(?:en|t|ung)\b|\bkyajjuzibwa\b|منجمد|ترجیح دی|ورک ویزا"
    r"|\bpostergado indefinidamente\b|\bonvoldoende aan bij\b|\bnet genôch oan\b"
    r"|\bmeer kilometers\b|\bunable to complete the reference\b|\bleft (?:mostly |largely )?unfinished\b"
    r"|\bhad to come first\b",
    # after sealing fresh256-260 (the sixtieth pass): Tongan, already working (at the wharf),
    # the filling of posts put off, the post set aside, numbers fallen; Samoan, the post given to
    # someone, a loan put off; Fijian, the post held back, funds delayed or cut, the post not to
    # be filled; Fiji Hindi, the family's work kept in the family, a nephew
    r"\bosi ngāue\b|\bfakatoloi\b|\btuku fakataimi\b|\btōlalo\b|\btu['’ʻ]?uina le tofiga i se tasi\b"
    r"|\btolopo\b|\bvakatikori tu na itavi\b|\bvakaberaberataki\b|\bvakalailaitaki na ilavo\b"
    r"|\bsega ni tomani rawa\b|\bfamily ke (?:kaam|haath)\b|\bbhatija\b",
    # ... Antillean Creole, the post given to a relative, the project paused, the funding cut,
    # nobody can be hired; French, we keep the stand-in, a freeze on all hiring, a part that
    # fell short, candidates who already hold the clearance, continuity, hiring steered to
    # another profile
    r"\bbay pòs-la\b|\ban pòz\b|\bfinansman-la koupé\b|\bpa (?:pé|ka) anbòch\b"
    r"|\bon garde \w+ qui\b|\bgel (?:de l['’]ensemble )?des recrutements\b|\ben deçà de ce que\b"
    r"|\bdéjà titulaires?\b|\bfait le choix de la continuité\b|\borienter le recrutement vers\b",
    # ... Silesian, the post goes to; Kashubian, the project stopped; Polish, the salary gap,
    # the post filled; Czech, daily Czech at a native level, the notice period
    r"\btyn plac\b[^.\n]{0,60}\bdostanie\b|\bwstrzimóny\b|\boczekiwań finansowych\b"
    r"|\bzostało obsadzone\b|\bna úrovni rodilého mluvčího\b|\bvýpovědní lhůt\w+",
    # ... English, the line moved abroad, the role off the plan, a contract not renewed, the
    # salary band, a hold on hires, a funding round not closed
    r"\bindustriali[sz]ed at our\b|\btaken off the plan\b|\bnot be renewed beyond\b"
    r"|\bbridge the gap between our salary band\b|\bplaced a hold on all\b[^.\n]{0,30}\bhires\b"
    r"|\bbefore the round closes\b|\bseries a is taking longer\b",
    # ... Baseldytsch, someone who has already seen two inspections through, more experience;
    # Alsatian, someone who has done it for three years; Swiss German, the daughter takes over;
    # German, an existing manager, someone from the temps, the role taken over internally, the
    # hours cut, deeper experience of; Romansh, more experience; Italian, a more structured
    # background, a son of the village takes it, kept in the family
    r"\bwo scho\b[^.\n]{0,80}\bbegleitet het\b|\bmeh erfahrig\b|\bwo schun sit\b"
    r"|\bübernimmt d['’]\w+ \w+ selber\b|\bmit einer bestehenden führungskraft\b"
    r"|\bmit einer person aus unserem bisherigen\b|\bintern übernimmt\b|\bpensum wird auf \d+ ?% reduziert\b"
    r"|\bvertiefte erfahrung mit\b|\bdapli experientscha\b|\bpercorso più strutturato\b"
    r"|\blo prende il\b|\btenerla in casa\b",
    # after sealing fresh261-265 (the sixty-first pass): Spanish and Asturian, a season's
    # closing, hiring frozen, a post a relative takes, a cut-off mark, the night shift, a
    # lorry licence one lacks ("el llagar cierra por temporada", "ha congelado las
    # contrataciones", "se lo queda mi sobrina", "puntuación de corte", "carné C"); English, a
    # ranked eligibility list, a job given to a nephew, closed for repairs, not among the best
    # qualified, kept in the family, a quota for nationals, a post reclassified
    r"\bcierra por temporada\b|\bha congelado las contrataciones\b|\bse lo queda mi\b"
    r"|\bpuntuación de corte\b|\bturno de noche\b|\bcarn[ée] c\b"
    r"|\branked higher on the\b|\bgiving the \w+ (?:job|position|role) to my\b"
    r"|\bclosed through the end of\b|\bnot among the best qualified\b|\bkeep it in the family\b"
    r"|\bdesignated for\b[^.\n]{0,40}\bnationals\b|\b(?:has been|was) reclassified\b",
    # ... Korean, short of the required mark ("기준 점수에 미치지 못"); Japanese, someone with
    # more experience chosen ("より豊富な方を選"); Sorani, a total mark under the lowest
    # accepted; Kurmanji, a PhD needed for the post, the job given to a nephew; Upper and Lower
    # Sorbian, the post cut to half time and filled from inside, filled with a colleague;
    # German, the federal funds not granted, not to be filled part-time, a son who builds it
    # himself; Polish, the client paused the recruitment
    r"기준 점수에 미치지 못|より豊富な方を選|کەمترین نمرەی وەرگیران|\bpêwîst e\b|\bbidin birazayê\b"
    r"|\bpomjeńšiło\b|\bwobsadźi so\b|\bwobsajźiś z\b|\bnoch immer nicht bewilligt\b"
    r"|\bnicht in teilzeit besetzen\b|\bselbst aufbauen\b|\bwstrzymał rekrutację\b",
    # after sealing fresh266-270 (the sixty-second pass): Italian, a cost cut, posts filled by
    # those ranked above, funds reprogrammed, under the minimum mark ("esigenze di contenimento
    # della spesa", "posti ... coperti dai candidati", "sono state riprogrammate", "inferiore
    # alla soglia minima"); Danish, the season over, no staff housing; Icelandic, hiring
    # someone already working there; Spanish, a nephew takes the post, a lecturer of the
    # faculty's own named
    r"\besigenze di contenimento della spesa\b|\bposti\b[^.\n]{0,40}\bcoperti dai candidati\b"
    r"|\bsono state riprogrammate\b|\binferiore alla soglia minima\b"
    r"|\bsæsonen er slut\b|\bikke tilbyde personalebolig\b|\bráða starfsmann sem þegar starfar\b"
    r"|\bmi sobrin[oa]\b[^.\n]{0,60}\b(?:va a tomar|toma|tomará|se queda con) el puesto\b"
    r"|\bdesignar a un docente de la propia\b",
    # ... English, a post open only to a parish's residents, an age limit, funding not
    # extended or a grant ending or cut, a season not extended, the ice window cut, a niece
    # back from school chosen, a salary ask over budget, a post that must live on site
    r"\bopen only to (?:bona fide )?residents\b|\bexceeds? the maximum age limit\b"
    r"|\bwill not be extending our\b|\bgrant that funds\b|\bhas reduced its \d{4} grant\b"
    r"|\bdecided not to extend the season\b|\bice charts have cut\b|\bmy (?:niece|nephew)\b[^.\n]{0,60}"
    r"\b(?:come back|returned|finished|joining|will take)\b|\bdouble what we['’]ve budgeted\b"
    r"|\bmust reside on the\b",
    # after sealing fresh276-280 (the sixty-third pass): Northern Sámi and Norwegian, the post
    # requires a teacher's training ("virgi gáibida", "stillingen krever godkjent", "har
    # godkjend lærarutdanning"); Swedish, too few pupils for the post, too little work for a
    # full-time post; Finnish, the post's qualification; Russian, someone who already worked
    # there; Tajik, required, only candidates who reach the mark; Tajik in Latin letters, we
    # took a local man; Krio, the donor cut the money; Pijin, someone who lives close, needs
    # no training; French, priority to residents; Konkani, we needed someone with experience,
    # a nephew back from Dubai; Odia, someone who speaks Odia, over our budget; Dari, only for
    # nationals
    r"\bvirgi gáibida\b|\bstillingen krever godkjent\b|\bhar godkjend lærarutdanning\b"
    r"|\bräcker elevunderlaget inte\b|\binte underlag för en heltidstjänst\b|\bviran kelpoisuusehto\b"
    r"|\bуже работал на\b|ҳатмист|\bтанҳо номзадҳое\b|\bodami mahalliro giriftem\b"
    r"|\bdona d[ɔo]n k[ɔo]t di m[ɔo]ni\b|\bsave stap kolsap\b|\bi no nidim trening\b"
    r"|\bla priorité doit être donnée aux candidats\b|\banubhov aslolo manis\b|\bporot ailo\b"
    r"|\bemiti jana khojuchu\b|ବଜେଟଠାରୁ|تنها برای اتباع",
    # ... English, a late application, second on the ranking, an old hand re-hired, rules
    # revised, a relative coming back to run it, the role based elsewhere, a post kept for a
    # citizen, a total under the last one ranked
    r"\breached us after the closing date\b|\bcame second on the\b|\bdecided to re-?hire\b"
    r"|\bconsequent upon the revision of\b|\bhas decided to come back from\b"
    r"|\bdecided to base (?:this|the) role in\b|\bmust be offered to that citizen\b"
    r"|\bagainst [\d.]+ for the last candidate\b",
)]
