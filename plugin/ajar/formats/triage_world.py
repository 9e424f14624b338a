"""Triage phrases of job mail in the languages the older rules left out, by family.

The twentieth pass wrote, for thirty languages job seekers write in, a no after applying,
a no after an interview, a post filled, a bare no, a receipt, an invitation, an offer
and a refusal about something else (a visa, a loan, a course, a competition, an order),
and ran them through the classifier. Russian, Ukrainian, Hindi, Vietnamese, Swahili,
Afrikaans and Tagalog mail never passed the gate (no job word was known), and in many
languages a post filled, another candidate chosen, an offer made or a bare "it's a no"
had no cue. Each tuple below holds one family, written for every language it lacks, so a
new author's wording of the same idea is found rather than one quoted sentence.

Patterns are lower-case and bounded; each carries literal words of its language, so
``regex_needs`` skips it unread on mail that does not write them (nearly all).
"""

from __future__ import annotations

# Job words that open the gate (joined into triage's word-bounded gate): a vacancy, a CV,
# an interview, a post, an application in Russian, Ukrainian, Vietnamese, Swahili,
# Afrikaans, Tagalog, Romanian and Polish (Hindi's, with no word boundaries, are in
# triage_scripts.JOB_WORDS).
JOB_WORDS = (
    # (after sealing fresh376-380: Chilean "la pega" (the job); Kurmanji's post and meeting;
    # Turkish job offer, hiring and, unaccented, interview; Mandarin in pinyin, the post, the
    # interview, hiring)
    # (a capital "İ" lowers to "i" and a combining dot)
    r"la pega|pozîsyon\w*|hevdîtin\w*|i\u0307?ş teklif\w*|i\u0307?şe al[ıi]m\w*|gorusme\w*|"
    r"gangwei|mianshi|zhongmian|luyong|"
    # (after sealing fresh381-385: the same pinyin written apart, "gang wei", "mian shi"; Persian in
    # Latin letters, an interview and hiring, "mosahebe", "estekhdam")
    r"gang wei|mian shi|mosahebe\w*|estekhdam\w*|"
    # (after sealing fresh271-275: a Catalan public call's "procés selectiu" and "aspirant")
    r"procés selectiu|aspirants?|tribunal qualificador|"
    # (after sealing fresh346-350: Turkish employment, a workshop's staff member, an oral exam,
    # a post's cadre; Mexican "chamba" (a job); Indonesian "formasi" (a civil service opening))
    r"istihdam\w*|eleman\w*|sözlü sınav\w*|kadro\w*|chamba\w*|formasi|"
    # (after sealing fresh316-320: a Russian screening and team lead; Roman Urdu "post ke liye")
    r"скрининг\w*|тимлид\w*|(?:post|position|job|naukri|vacancy) ke liye|"
    # (after sealing fresh321-325: a Norwegian and Danish hiring, "landet ansettelsen")
    r"ansettelse\w*|ansættelse\w*|"
    # (... and a Romanian public post, "concursul pentru ocuparea funcției vacante de ...")
    r"ocuparea (?:funcți\w+|funcţi\w+|postului)|funcți\w+ vacant\w*|funcţi\w+ vacant\w*|"
    # (after sealing fresh326-330: a Spanish public post's exam, "Tribunal Calificador",
    # "oferta pública de empleo", "fase de concurso"; Basque "hautaketa-batzordea", "lehiaketa-fase"; a Brazilian
    # public selection, "seleção pública", "processo seletivo simplificado")
    r"tribunal calificador|oferta pública de empleo|fase de (?:concurso|oposición)|"
    r"hautaketa\w*|lehiaketa-fase\w*|lanpostu\w*|plazarako|plazaren|seleção pública|"
    r"processo seletivo simplificado|"
    # (after sealing fresh331-335: Russian "итоги интервью", "IT-рекрутер", "спасибо за созвон";
    # Polish "nowy etat", in a Silesian manager's note)
    r"интервью|рекрутер\w*|созвон\w*|предложени\w* о работе|(?:nowy|nowego|ten|tyn|cały|pół) etat\w*|"
    r"lantretien|lantrevi|"  # (and a Mauritian Creole interview)
    # (... and, lost to the retrain: an Italian co-op's "a noi serve una persona che ...", "il
    # referente tecnico")
    r"serve una persona che|cerchiamo (?:una persona|qualcuno|una figura)|referente tecnic\w*|"
    r"pozisaun|rekrutamentu|kandidatu|"  # (and Tetum's post, recruitment and candidate)
    # (after sealing fresh301-305: Turkmen's post, candidate, application, interview and vacancy)
    r"wezipe\w*|dalaşgär\w*|arzaňyz\w*|söhbetdeşlik\w*|boş iş orn\w*|"
    # (after sealing fresh306-310: Papiamentu's vacancy, application and employer)
    r"vakatura\w*|aplikashon\w*|dunadó di trabou|"
    # (after sealing fresh311-315: Guyanese Creolese work, "fuh de Resident Naturalist Guide wuk";
    # lost to the retrain, a Latvian post and applicant, "lektora amatā ievēlēt citu pretendentu")
    r"fuh de [^.\n]{0,40}? wuk|amatā|amatu|amata|pretendent\w*|"
    # (after sealing fresh276-280: Northern Sámi's application, applicant, post and interview;
    # Tajik's competition and candidate; Krio's, Pijin's and Bislama's interview and post)
    r"ohcamiid|ohcamis|ohcci|virggi|virgái|jearahallam\w*|barggu|"
    r"озмун\w*|номзад\w*|ҷойи холӣ|мансаби холӣ|nomzad\w*|"
    r"intavyu|intaviu|pozishɔn|wok blong|"
    r"ваканси\w*|вакансі\w*|резюме|собеседовани\w*|співбесід\w*|должност\w*|посад[аиіуо]\w*|"
    # (after sealing fresh351-355: a developer named in a Russian chat, "по Android-разработчику")
    r"разработчик\w*|"
    # (after sealing fresh356-360: Tigrinya's job application, application and candidates,
    # "ሕቶ ስራሕ", "መመልከቲ", "ተወዳደርቲ")
    r"ሕቶ ስራሕ|መመልከቲ|ተወዳደርቲ|ንቦታ|ተመኩሮ|"
    # (after sealing fresh361-365: Dhivehi's job in Latin letters, "vazeefaa"; Tajik's
    # interview, application and developer)
    r"vazeefaa|vazeefa|мусоҳиба|аризаи|барномасоз|"
    # (after sealing fresh366-370: Indonesian workers of a kind and work experience, "Tenaga
    # Pendamping Teknis", "surat keterangan pengalaman kerja")
    r"tenaga (?:kerja|pendamping|kontrak|honorer|ahli)|pengalaman kerja|"
    # (after sealing fresh371-375: Libyan Arabizi's job and interview, "shoghla", "moqabla";
    # Scottish Gaelic's post, interview, application and applicant; Maltese's application, post)
    r"shoghl\w*|moqabl\w*|mqabl\w*|dreuchd\w*|agallamh\w*|agallaimh|tagradh|tagraiche\w*|"
    r"applikazzjoni\w*|pożizzjoni\w*|"
    r"оффер\w*|отдел персонала|відділ кадрів|"
    r"ứng tuyển|ứng viên|phỏng vấn|tuyển|nhận việc|posisi|"
    r"usaili|ya kazi|maombi|nafasi ya|mgombea|waombaji|ajira|"
    r"aansoek\w*|'n onderhoud|die onderhoud|indiensneming|menslike hulpbronne|pos as|die pos|"
    r"aplikasyon|aplikante|posisyon|"
    r"aplica[țţt]i\w*|aplikacj\w*|jobsamtal\w*|melamar|seleksi|baan als|"
    # twenty-first pass: an audition, and an orchestra's audition and trial year in German, a post named in
    # Spanish and Portuguese ("el cargo de"), a French interpreter or translator
    r"auditions?|probespiel\w*|probejahr\w*|provspel\w*|(?:el|al|del|o|ao|do) cargo de|interprètes?|traduct(?:eur|rice)s?|"
    # twenty-third pass: a vacancy, an interview, a candidate, an application and a post in
    # Uzbek, Azerbaijani and Albanian
    r"vakansiya\w*|suhbat\w*|nomzod\w*|lavozim\w*|müsahibə\w*|namizəd\w*|müraciət\w*|"
    # (forty-ninth pass: the same in Uzbek Cyrillic, and a post, an applicant and an interview in
    # Kyrgyz)
    r"лавозим\w*|номзод\w*|суҳбат\w*|техник топшириқ\w*|талапкер\w*|кызматына|кызматын|маег\w*|"
    # (... and, lost to retraining: a post in romanised Nepali, "Backend Engineer post ko lagi")
    r"(?:post|pad|padh) ko lagi|"
    r"vəzifə\w*|aplikim\w*|pozicion\w*|vend(?:in|i)? (?:e |të )?pun\w*|"
    # twenty-fourth pass: a call for applicants, an application and a post in Serbian,
    # Macedonian and Bulgarian Cyrillic ("пријава на конкурс за радно место")
    r"конкурс\w*|пријав\w*|радно место|радног места|работно место|запослењ\w*|"
    r"разговор за посао|интервју\w*|"
    # twenty-sixth pass: a public job pool and its applicants in Spanish and Catalan; a post,
    # a candidate, a selection and a call in Catalan, Basque and Galician; a job, a post, a
    # candidate and an exam in Kinyarwanda and Hausa
    r"proceso selectivo|procesos selectivos|bolsa de (?:empleo|trabajo)|borsa de treball|"
    r"aspirantes?|plaça|lloc de treball|procés de selecció|lanpostu\w*|hautagai\w*|"
    r"hautaketa\w*|deialdi\w*|posto de traballo|proceso de selección|"
    r"akazi|umwanya|abakandida|umukandida|amadosiye|ikizamini|masu nema|neman aiki|"
    r"dan takara|'yan takara|matsayin|gurbin aiki|guraben aiki|"
    # twenty-seventh pass: a selection and a post in Slovene, Croatian, Slovak and Czech
    r"postop\w* izbire|izbirn\w* postop\w*|delovn\w* mest\w*|zaposlit\w*|"
    r"radn\w* mjest\w*|natječaj\w*|výberov\w* konani\w*|výběrov\w* řízení|"
    # forty-third pass: an application, a post, an interview, a selection board and recruiting
    # in Maltese
    r"applikazzjoni\w*|pożizzjoni\w*|intervista|bord tal-għażla|reklutaġġ|impjieg\w*|"
    # ... and a Portuguese post and start ("para a função de", "início de funções")
    r"para a função de|início de funções|"
    # forty-fourth pass: an interview, a vacancy, a CV and a candidate in Kazakh's Latin
    # alphabet; an application for work, a post and recruiting in Malagasy; a candidate and an
    # interview in Mauritian Kreol
    r"sūhbat\w*|bos oryn\w*|tüiındeme\w*|ümıtker\w*|ümitker\w*|fangatahana asa|toerana|"
    r"fandraisana mpiasa|kandida|kandidatir|lintervyou|lantervyou|ombi lako|mwajiri|"
    # forty-fifth pass: an application, an interview and a shortlist in Tok Pisin; an
    # application, a post and an interview in Samoan
    r"aplikesen|aplikeisen|intaviu|sotlis|talosaga|tofiga|faatalanoaga|fa'atalanoaga|"
    # ... and a Spanish post or rounds named without the older words ("otra plaza de Diseñador",
    # "después de tres rondas"; not a parking space)
    r"(?:otra|una|la|esa|nueva) plaza de (?!aparcamiento|garaje|estacionamiento|parqueo|toros)|"
    r"(?:tres|dos|cuatro|cinco|varias|las|todas las) rondas|"
    # forty-sixth pass: a post, an applicant and staff in Faroese ("starvið sum", "umsøkjarar",
    # "starvsfólk"; Icelandic "starf" and "umsókn" were known)
    r"starvi[ðd]\w*|umsøkjar\w*|starvsfólk\w*|"
    # forty-seventh pass: a Russian take-home ("Посмотрели тестовое", not a test message)
    r"тестов(?:ое|ого|ом|ым)(?! (?:сообщени|письм|уведомлени|рассылк))|"
    # fiftieth pass: an interview in Slovene and Croatian ("po razgovoru", "razgovor s tobom");
    # a post, a test task and an interview in Tatar and Bashkir ("вазыйфасына", "тест биреме",
    # "wazıyfasına", "intervyu")
    r"razgovor\w*|вазыйфа\w*|вазифа\w*|тест бирем\w*|waz[ıi]yfa\w*|intervyu\w*|"
    # fifty-first pass: a post, an application, an interview and a candidate in Somali
    r"jagad\w*|jagooyin\w*|codsiga\w*|wareysi\w*|musharax\w*|musharixiin\w*|"
    # fifty-second pass: a post, a job, an interview, an employer, experience and recruiting
    # in Haitian Creole; an application, an interview and a candidate in Kurmanji; a German
    # trial day, fitter and lift attendant ("Probetag", "Monteurstell", "Liftwart")
    r"pòs|djòb\w*|entèvyou\w*|anplwayè\w*|eksperyans|rekritman|"
    r"serlêdan\w*|hevpeyvîn\w*|namzet\w*|berendam\w*|"
    r"probe(?:arbeits)?tag\w*|probearbeit\w*|monteur\w*|liftwart\w*|"
    # fifty-third pass: a Belgian public selection ("vergelijkende selectie")
    r"vergelijkende selectie\w*|"
    # fifty-fourth pass: Spanish "RR.HH." (human resources) and a sales post ("Responsable
    # Comercial"); a marine biologist's post and a trial trip at sea in Portuguese
    r"rr\.\s?hh\.?|(?:responsable|ejecutiv[oa]|asesor[a]?|gerente|jef[ea]) comercial|"
    r"bi[óo]log[oa] marinh?[oa]|sa[íi]da de teste|"
    # fifty-fifth pass: a post in Sardinian and Corsican ("su postu", "u postu")
    r"su postu|u postu|"
    # fifty-sixth pass: a job, an application, an interview and an applicant in Faroese; a job
    # application in Malagasy; a job, an application and an interview in Shona, Ndebele,
    # Bemba and Nyanja; a job and an interview in Mongolian and Armenian in Latin letters
    r"starv(?:ið|inum|i|ið)?|umsókn\w*|umsøkjar\w*|samrøð\w*|"
    r"fangatahana asa|chikumbiro\w*|hurukuro\w*|isikhundla\w*|ingxoxo\w*|incito|ntchito|"
    r"kuyankhulana|ajliin|ajild|yarilts\w*|hastiq\w*|heraxosazruyc\w*|teknatsu\w*|"
    # ... a Norwegian chief's title ("produksjonssjef", "kvalitetssjef"), Danish employment
    r"produksjonssjef\w*|kvalitetssjef\w*|driftssjef\w*|salgssjef\w*|innkjøpssjef\w*|"
    r"avdelingssjef\w*|personalsjef\w*|logistikksjef\w*|ansættelse\w*|"
    # after sealing fresh246-250: a post in romanised Gujarati ("Logistics Planner ni jagya")
    r"jagya|"
    # ... Swiss German "d'Stell" and "Gspröch" (the post, the interview); Sesotho
    # "lipuisano" (interviews), "mokhethoa" (candidate), "boemo ba" (the post of)
    r"d['’]stell|gspröch|gspräch|lipuisano|puisano|mokhethoa|boemo ba|"
    # ... and after sealing fresh251-255, Urdu and Pashto "mulaqat" (a meeting, an interview)
    r"mulaqat|"
    # after sealing fresh256-260: Tongan "lakanga" (a post), "kōmiti fili" (a selection
    # panel), "fakaafe talanoa" (an interview); Samoan "tofiga" (a post), "fa'atalanoaga" (an
    # interview); Fijian "kerekere cakacaka" (a job application), "itavi" (a post); Antillean
    # Creole "lantrétyen", "entèvyou" (the interview); Romansh "plazza" (a post), "annunzia"
    # (an application); Swiss German "Rückmeldig" (a reply on an application)
    r"lakanga|k[oō]miti fili|fakaafe talanoa|tofiga|fa['’ʻ]?atalanoaga|kerekere cakacaka|itavi|"
    r"lantrétyen\w*|entèvyou\w*|plazza|annunz(?:i|ch)a|rückmeldig|kerekere|ivolatukutuku|"
    # after sealing fresh261-265: Asturian "puestu", "procesu" (a post, a process); Upper and
    # Lower Sorbian "městno" (a post), "požadanje"/"póžedanje" (an application), "rozmołwa"
    # (an interview); a German "Projektleitung"; Kurmanji "karê" (the job of)
    r"puestu|procesu|městn[oa]|požadanj\w*|póžedanj\w*|rozmołw\w*|projektleitung|karê|"
    # after sealing fresh286-290: Russian in Latin letters, a vacancy, an interview, a post, a
    # job offer ("po vakansii", "sobesedovanie", "dolzhnost'", "predlozhenie o rabote")
    r"vakansi[iyaeu]\w*|sobesedovani\w*|dolzhnost\w*|predlozheni\w* o rabote|rezyume|"
    # (and, lost to the sixty-fourth pass's retrain: a Portuguese public competition and its post,
    # "procedimento concursal", "posto de trabalho")
    r"procedimento concursal|posto de trabalho|"
    # after sealing fresh291-295: Karakalpak, a post and a selection ("lawazım", "tańlaw");
    # Portuguese, recruitment and a competition on papers ("recrutamento", "concurso documental")
    r"lawazım\w*|лаўазым\w*|tańlaw\w*|таңлаў\w*|recrutamento|concurso documental|"
    # ... and, after sealing fresh296-300, West Frisian's application and post ("sollisitaasje",
    # "funksje")
    r"sollisitaasje\w*|funksje|"
    # ... and an Italian offer of employment ("proposta di assunzione")
    r"proposta di assunzione")

# A no: another candidate chosen, the application not carried on, "not selected".
REJECTIONS = (
    # Russian, Ukrainian: "в пользу другого кандидата", "к сожалению, мы не готовы", "к
    # сожалению, вынуждены отказать вам" (a refusal said to you: "отказаться от встречи"
    # calls off a meeting)
    r"\bemme (?:valitettavasti |tällä kertaa |siis )*(?:voi|pysty) (?:\w+ ){0,3}(?:edetä|"
    r"jatkaa)\b|"
    r"(?:в пользу|выбрали|выбор пал на) друго\w* кандидат\w*|(?:з|на користь|обрали) "
    r"інш\w* кандидат\w*|к сожалению,?[^.\n]{0,60}?(?:не (?:готовы|можем|сможем) "
    r"(?:пригласить|предложить|продолжить)|вам отказ\w*|отказ\w* вам|отказ\b|ответ\w* "
    r"отказом)|на жаль,?[^.\n]{0,60}?(?:не (?:можемо|зможемо|готові) (?:запросити|"
    r"запропонувати|продовжити)|вам відмов\w*|відмов\w* вам|відмова\b)",
    # Vietnamese: "rất tiếc ... chưa phù hợp", "chọn một ứng viên khác", "không trúng tuyển"
    r"\b(?:chọn|lựa chọn) (?:một )?ứng viên khác\b|\b(?:không|chưa) trúng tuyển\b|\brất tiếc\b"
    r"[^.\n]{0,80}?\b(?:hồ sơ|bạn|anh|chị|kinh nghiệm)\b[^.\n]{0,30}?\b(?:không|chưa) "
    r"(?:phù hợp|được chọn|đạt)\b",  # the candidate unsuited, not an hour that does not suit
    # Swahili, Afrikaans, Tagalog: "hukuchaguliwa", "'n ander kandidaat", "ibang aplikante"
    r"\bhuku(?:chaguliwa|fanikiwa)\b|\bmgombea mwingine\b|"
    # (thirty-sixth pass: Galician "imos seguir con outra persoa"; Swahili "we/they will not
    # go on with you / the hiring for the post")
    r"\b(?:seguir|continuar|quedar(?:nos)?|optar por) con (?:outra|outro) (?:persoa|candidat[oa]|"
    r"perfil)\b|"
    r"\bha(?:tu|wa)taendelea na (?:wewe|uajiri|maombi yako|mchakato)\b|\bander kandida\w*\b|\bnie "
    r"(?:gekies|geselekteer|suksesvol)\b|\bibang (?:aplikante|kandidato)\b|\bhindi ka (?:namin )?"
    r"(?:nakapasa|napili|maipagpapatuloy)\b|\bhindi ka namin maipagpapatuloy\b"
    # thirty-seventh pass: Hinglish, "hum aage proceed nahi kar payenge", "aage nahi badh
    # paayenge" (we cannot go further with you)
    r"|\baage (?:proceed |process )?nahi?n? (?:kar|badh|le ja)\w*",
    # Hindi, Chinese, Korean, Thai, Arabic: another candidate, not selected
    # (one pattern a script, each branch with a literal of three characters or more, so
    # regex_needs can skip it: a two-character Chinese word gives it no word to check)
    r"अन्य उम्मीदवार|चयन नहीं|आगे नहीं बढ़ा|अगले (?:round|राउंड|चरण) में नहीं|आगे नहीं ले जा|다른 (?:지원자|후보자)(?:와|를|분)|"
    r"ผู้สมัคร(?:ท่าน|คน)อื่น|(?:مع|اختيار) (?:مرشح آخر|مرشحين آخرين)",
    r"(?:(?<=选择)|(?<=选定)|(?<=录用)|(?<=选择了)|(?<=选定了)|(?<=录用了))(?:其他候选人|其他合适人选)|"
    r"其他更合适的(?:候选人|人选)|(?:这次|本次|此次)(?:没有通过|未能通过|未通过)",
    # Indonesian: "belum dapat melanjutkan proses rekrutmen", "kandidat lain"
    r"\b(?:belum|tidak) (?:dapat|bisa) melanjutkan (?:proses )?(?:rekrutmen|seleksi)\b|"
    r"\bkandidat lain\b|\bmemilih calon lain\b|\b(?:belum|tidak) lolos\b|\btidak terpilih\b",
    # twenty-first pass: Spanish and Portuguese "we chose the other finalist", "your
    # application does not go on", "below the minimum score"; a decision not to go on in
    # Spanish, Portuguese, Italian and French (said by the employer: "decidió", "hemos
    # decidido", not the reader's "decides")
    r"\b(?:eligi\w*|elegi\w*|escogi\w*|seleccion\w*|optamos por|opt[óo] por|nos decidimos por|"
    r"escolhe\w*|escolhi\w*|seleciona\w*) (?:a )?(?:la |el |o |a )?(?:otr[oa]|outr[oa]) "
    r"(?:persona|pessoa|candidat[oa]|postulante|finalista|perfil)\b|\b(?:postulaci[oó]n|candidatura|"
    r"solicitud)\b (?:\w+ ){0,2}?(?:no|não) (?:continúa|continua|continuará|sigue|seguirá|segue|"
    r"avanza|avança|avanzará|avançará|prosigue|prossegue)\b|\b(?:no|não) (?:alcanz\w+|super\w+|"
    r"atingi\w*|atinge|alcanç\w+) (?:el |la |a |o |al )?(?:puntaje |puntuación |nota |pontuação )?"
    r"(?:mínim[oa]|minim[oa]|de corte|umbral)\b",
    r"\b(?:decidi[óo]|decidieron|hemos decidido|ha decidido|han decidido) no (?:continuar|seguir|"
    r"avanzar|proseguir)\b|\b(?:decidiu|decidiram|decidimos) não (?:continuar|seguir|avançar|"
    r"prosseguir)\b|\b(?:inte|ikke) (?:\w+ )?(?:inbjuden|inbjudna|inbjuds|kallad|kallas|"
    r"inviteret|invitert|innkalt|indkaldt) til{1,2} (?:\w+ )?(?:intervju\w*|provspel\w*|"
    r"prøvespil\w*|samtal\w*|samtale\w*)|\b(?:ha|hanno|abbiamo) deciso di non (?:proseguire|procedere|andare avanti|"
    r"continuare)\b|\b(?:a|ont|avons) décidé de ne pas (?:donner suite|poursuivre|retenir)\b",
    # German: not taken into the next round, no invitation to the audition or interview, a
    # trial year or probation that does not become a post ("nicht in die zweite Runde",
    # "keine Einladung zum Probespiel", "Probejahr ... nicht in ein unbefristetes ...")
    r"\b(?:nicht|keine?) (?!alle\b|jede\w*\b)(?:\w+ ){0,2}?(?:in|für) die (?:zweite|dritte|"
    r"nächste|finale|engere|letzte|weitere) (?:runde|auswahl\w*|stufe)\b|\bkeine einladung "
    r"(?:zu[mr]?|für) (?:\w+ ){0,2}(?:probespiel|vorspiel|vorstellungsgespräch|gespräch|interview|"
    r"auswahl\w*|runde)\b|\bprobe(?:jahr|zeit)\w*\b[^.\n]{0,120}?\bnicht\b[^.\n]{0,80}?"
    r"\b(?:übergeh\w*|übergeführt|überführt|übernommen|bestanden|entfristet|umgewandelt)\b",
    # forty-third pass: Maltese, a selection board that did not recommend the appointment or
    # a mark not reached ("il-Bord tal-Għażla ma rrakkomandax il-ħatra tiegħek", "ma lħaqtx
    # il-marka minima"), not chosen ("ma ġejtx magħżul"); Jamaican Patois, another developer
    # chosen ("we decide fi go wid another dev")
    r"\bma (?:irrakkomandax|rrakkomandax|rrakkomandawx|irrakkomandawx) (?:il-)?(?:ħatra|"
    r"applikazzjoni)|\bma (?:lħaqtx|laħaqtx|għaddejtx) (?:il-)?(?:marka|punteġġ)|"
    r"\bma (?:ġejtx|ġejt x) (?:magħżul|magħżula|rakkomandat|rakkomandata)\b|"
    r"\b(?:decide|decided|a go|gwine) (?:fi|to) (?:go|gwaan) (?:wid|wit|with) (?:another|a nex|"
    r"anodda|annada|a different) (?:dev|developer|candidate|person|smaddy|somebody)\b|"
    # ... a Greek public body's list of the rejected ("Η αίτησή σας περιλαμβάνεται στον
    # πίνακα απορριπτέων"); a Portuguese offer taken back ("vemo-nos obrigados a retirar a proposta")
    r"πίνακα (?:των )?απορριπτέων|\b(?:obrigados a|vamos) retirar a (?:nossa |sua )?proposta\b",
    # forty-fourth pass: romanised Nepali, not on the shortlist, cannot go ahead, another
    # candidate finalised ("Shortlist ma pareko chhaina", "aghi badhna nasakne", "arko
    # candidate lai final garnu bhayo"); Georgian, the candidacy not considered
    # ("თქვენს კანდიდატურას არ განიხილავს"); Russian, an agency's "we don't go further", a
    # decision not to go on, an offer recalled ("дальше не двигаемся", "решили не
    # продолжать", "вынуждены отозвать оффер"); Kazakh, another candidate chosen ("basqa
    # ümıtkerdı tañdadyq", "басқа үміткерді таңдадық"); Malagasy, not chosen ("tsy voafidy
    # ianao"); Mauritian Kreol, cannot go on with you ("nou pa pou kapav avanse ar twa");
    # Quebec French, passing one's turn and the post offered to someone ("on va passer notre
    # tour", "on a donc offert le poste à une personne de la région")
    r"\bshortlist ma (?:pareko|parnu bhayeko|paryeko) (?:chhaina|chaina|chhainau|bhayena)\b|"
    r"\b(?:aghi|agadi|aage) badhna (?:nasakne|sakidaina|sakindaina|nasakeko|sakiyena)\b|"
    r"\barko (?:candidate|umedwar|ummedwar)(?: lai)? (?:final|select|chayan|chhan)\w*",
    r"კანდიდატურა\w* (?:\w+ )?არ (?:განიხილავ|განვიხილავ|განიხილეს)\w*",
    r"(?<!\w)(?:дальше|далее) не (?:двигаемся|идём|идем|пойдём|пойдем)(?!\w)|(?<!\w)не "
    r"(?:двигаемся|идём|идем) (?:дальше|далее)(?!\w)|(?<!\w)(?:решили|решил|решила) не "
    r"(?:продолжать|двигаться дальше|идти дальше)(?!\w)|(?<!\w)(?:вынуждены|вынужден|вынуждена|"
    r"решили) отозвать (?:\w+ )?(?:оффер|предложение)",
    r"(?<!\w)(?:basqa|басқа) (?:ümıtker|ümitker|kandidat|үміткер|кандидат)\w*",
    r"\btsy (?:voafidy|nahomby|voaray) (?:ianao|ianareo|ny fangatahanao)\b",
    r"\bpa (?:pou )?(?:kapav|kav|kapab) (?:avanse|kontinye|al pli lwin)(?: ar| avek)? (?:twa|ou|"
    r"zot|ou kandidatir|to kandidatir)\b",
    # ... a Swahili board's "mwajiri ameamua kutoendelea na ombi lako", an Indonesian "belum
    # berhasil melanjutkan ke tahap seleksi berikutnya", and "we're going to keep looking for
    # the ... seat" (not "keep looking for roles", a job alert's)
    r"\bkutoendelea na (?:ombi|maombi) (?:lako|yako)\b|\bbelum berhasil\s+(?:melanjutkan|lolos|lulus)\b|"
    r"\b(?:going to|decided to|we'll|we will) keep looking for (?:the|a|an|our|someone)\b"
    r"(?! (?:new |more |other |similar )?(?:roles|jobs|opportunities|positions)\b)"
    r"(?![^.\n]{0,40}\bfor you\b)",  # (a search on the reader's behalf: "... a good match for you")
    # forty-fifth pass: Tok Pisin, not going ahead with your application, your name not on the
    # shortlist, another chosen ("ol i no laik go het wantaim aplikesen bilong yu", "nem bilong
    # yu i no stap long sotlis", "makim narapela"); Samoan, not chosen, another appointed ("e
    # le'i filifilia oe mo lenei tofiga", "ua tofia se isi sailiga"); Serbian and Macedonian,
    # other candidates called to the next round ("да у наредни круг позовемо друге кандидате");
    # Spanish, the post given to someone else, or "we went for someone" ("acordó asignar
    # dicha plaza a un recién graduado", "al final nos fuimos por alguien que ...")
    r"\bi no (?:laik |inap |ken )?(?:go het|go hed|go pas)(?: wantaim| long)? (?:aplikesen|"
    r"aplikeisen|yu)\b|\bi no stap long (?:sotlis|shortlist|lis)\b|\b(?:makim|pikim|kisim) "
    r"narapela (?:man|meri|lain|kandidet|candidate)\b",
    r"\be le'?i (?:filifilia|filifilifilia|manuia) (?:oe|lau talosaga)\b|\bua (?:tofia|filifilia) "
    r"se isi (?:sailiga|tagata|talosaga)\b",
    r"(?<!\w)(?:позовемо|позвали смо|изабрали смо|одабрали смо|одлучили смо се за|изабрали "
    r"смо|избравме|одбравме|поканивме) (?:\w+ )?друг\w* кандидат\w*|\b(?:pozovemo|pozvali smo|"
    r"izabrali smo|odabrali smo|odlučili smo se za) (?:\w+ )?drug\w* kandidat\w*",
    r"\b(?:acordó|acordamos|decidió|decidimos|hemos decidido|ha decidido|se decidió) (?:asignar|"
    r"otorgar|adjudicar|cubrir) (?:dicha|la|esta|esa) (?:plaza|vacante|posición|puesto) (?:a|con) "
    r"(?:un|una|otr[oa]|el|la)\b|\b(?:nos fuimos|nos decidimos|nos quedamos|nos inclinamos|"
    r"decidimos irnos|optamos) (?:por|con) (?:alguien|otra persona|otro perfil|otr[oa] "
    r"candidat[oa])\b",
    # forty-sixth pass: Icelandic, the post offered to another applicant, or "we decided to go
    # another way" ("ákveðið að bjóða starfið öðrum umsækjanda", "niðurstaðan varð sú að bjóða
    # öðrum umsækjanda starf", "ákváðum að fara aðra leið"); Faroese, going on with other
    # applicants, not going on with you, one of our own staff set in the post ("ganga víðari
    # við øðrum umsøkjarum", "halda vit ikki fram við teimum uttanhýsis umsøkjarunum", "seta ein
    # av okkara egnu starvsfólkum")
    r"\bbjóða (?:\w+ ){0,2}?öðrum (?:umsækjanda|umsækjendum|aðila|einstaklingi)\b|"
    r"\b(?:ákváðum|ákveðið|ákvað|ákváðu)(?: \w+){0,2} að fara (?:aðra leið|í aðra átt)\b|"
    # (after retraining: other applicants called to interviews, not going on with your
    # application, "ákveðið að boða aðra umsækjendur í viðtöl", "ákváðu því að halda ekki áfram
    # með umsókn þína"; the message model had heard them, its retrained weights do not)
    r"\bboða aðra umsækjend\w*|\bað halda ekki áfram með (?:umsókn|þína umsókn|umsóknina|þig)\b",
    # ... and, lost the same way: an English "I'll be looking for a different profile for this
    # seat", a board that "resolved to reappoint the current valuator", a Turkish "not taking
    # into consideration" or closed "without calling you to an interview"
    r"\b(?:i'll|i will|we'll|we will|we're going to|i'm going to|we are going to) (?:be )?(?:looking|"
    r"search(?:ing)?) for (?:a )?(?:different|another) (?:profile|candidate|person|skill ?set|"
    r"background)\b|\bresolved to (?:re-?appoint|appoint|retain) (?:the (?:current|incumbent|"
    r"existing)|another|a different)\b",
    r"\bdeğerlendirmeye (?:alın(?:a)?madı\w*|almıyor\w*|alınmayacak\w*)|\bçağırmadan kapat\w*",
    r"\b(?:ganga|halda) (?:víðari|fram) við øðrum umsøkjar\w*|\bhalda (?:vit |we )?ikki fram "
    r"við (?:tær|tíni umsókn|tínari umsókn|teimum|hesi umsókn)\b|\bseta (?:ein|eina|eitt) av "
    r"okkara egnu\b",
    # ... Romanian, going on with other candidates ("am decis să continuăm procesul de recrutare
    # cu alți candidați"); Belizean Kriol, the post not going forward ("di post noh di go
    # forward"); Tunisian and Algerian Arabizi, going on with another candidate ("9arrarna
    # nkamlou m3a candidat e5er", "ra7ou m3a profil akhor"); Arabic, the request could not be
    # met ("تعذّر علينا تلبية طلبكم")
    r"\bcontinu(?:ăm|am|a|ăm) (?:\w+ ){0,4}?cu (?:al[țţ]i|alte|un alt|o altă|o alta) "
    r"(?:candida[țţ]i|candidat\w*|persoane|profiluri)\b",
    r"\bnoh (?:di |wi |gwine |deh )?go (?:forward|ahead)\b",
    r"\bm3a (?:candidat|candidate|profil|profile|wa7ed|wahed|7ad|personne|chakhs|chkhas)\w* "
    r"(?:e5er|ekher|akhor|akher|a5er|e5or|a5or|ukhra|okhra|e5ra|ekhra|a5ra|autre|ekhor)\b",
    r"(?<!\w)(?:تعذّر|تعذر|يتعذّر|يتعذر) (?:علينا|عليها|على المؤسسة) (?:تلبية|قبول|الاستجابة ل)\w*",
    r"\b(?:on va|on a décidé de|nous allons|nous avons décidé de|je vais|on préfère) passer "
    r"(?:notre|mon|leur) tour\b|\b(?:avons|a|ont|avait) (?:donc |finalement |plutôt )?offert "
    r"(?:le|ce) poste à (?:une? |quelqu'un|l'autre|d'autres|une autre)",
    # forty-seventh pass: French, the choice made of another ("le conseil a fait le choix d'une
    # candidate déjà installée"); Bengali, cannot select you ("নির্বাচন করতে পারছি না"); Banglish,
    # not shortlisted ("shortlisted hon nai"); Belarusian and Russian, the post frozen, the
    # process stopped ("Пазіцыя замарожаная", "працэс па вакансіі ... мы спыняем")
    r"\b(?:a|avons|ont|avait|avions|avaient) (?:donc |finalement |plutôt )?fait le choix d'(?:une? "
    r"|un autre |une autre )?(?:candidat|candidate|personne|profil)\w*",
    r"নির্বাচন করতে পারছি না|নির্বাচন করা সম্ভব (?:হচ্ছে|হবে) না",
    r"\bshortlist(?:ed)? (?:hon|hoy|hoyen|hoye|hoite|howa) ?(?:nai|ni|na|pare ?ni)\b|\bshortlisted hoy?ni\b",
    r"(?<!\w)(?:пазіцыя|вакансія|пасада|позиция|вакансия|должность) (?:\w+ )?(?:замарожан|заморожен)\w*|"
    r"(?<!\w)працэс\w* (?:па|на) ваканс\w*[^.\n]{0,80}?(?:спыняем|спынілі|закрываем)(?!\w)",
    # ... Portuguese, not possible to go on with candidacies that need a visa, a candidacy on
    # the list of those excluded ("não nos é possível, neste momento, avançar com candidaturas",
    # "a sua candidatura consta da lista de candidatos excluídos")
    r"\bnão (?:nos )?(?:é|será|foi) possível,? (?:(?:neste|nesta|de momento|por agora)(?: \w+)?,? )?"
    r"(?:avançar|prosseguir|seguir|continuar) com (?:a sua |a tua |o seu |candidaturas|a candidatura)",
    r"\bconsta (?:da|na) lista (?:de|dos) (?:candidatos )?\**\s*excluídos\b|\bcandidatura (?:foi )?excluída\b",
    # ... Lebanese Arabizi, going with someone else, it didn't work out this time ("we decided
    # nrou7 ma3 7ada 3ando ...", "ma mashyet hal marra")
    r"\b(?:nrou7|nro7|nrouh|ra7na|rou7na|ro7na|mshina|mchina) (?:ma3|m3a|maa) (?:7ada|7ad|wa7ad|"
    r"wahad|wa7ed|candidate|candidat|profile|profil)\b",
    r"\bma (?:mashyet|meshyet|mesheet|mashet|mashit|zabtet|zab6et|zabatet) (?:hal|hayde|hel|el) marra\b",
    # ... and, lost to retraining: Malay, going on with a local candidate ("terpaksa teruskan
    # dengan calon tempatan"); Galician, going on with another person ("imos seguir con outra
    # persoa")
    r"\bteruskan dengan calon (?:lain|tempatan|yang lain|warganegara)\b",
    r"\b(?:imos|vamos) (?:seguir|continuar) con outra persoa\b",
    # forty-seventh pass, after sealing fresh206-210: Spanish, the post awarded to a staff member
    # ("el cargo fue adjudicado a un funcionario"); Egyptian Arabizi, going on with another
    # candidate ("2arraro ykammelo ma3 candidate tany"); a US federal notice, rated ineligible;
    # English, not going ahead with the hire; Basque and Spanish, the post called off or held in
    # suspense ("lanpostua bertan behera geratu da", "queda en suspenso"); Hiligaynon and
    # Cebuano, cannot go on with your application, the role frozen ("indi kami makapadayon",
    # "i-freeze sa ang Embedded Engineer role")
    r"\b(?:cargo|puesto|plaza|vacante)\b[^.\n]{0,40}?\bfue (?:adjudicad[oa]|asignad[oa]|otorgad[oa]) "
    r"a (?:un|una|otr[oa]|la|el)\b",
    r"\b(?:ma3|m3a|maa) (?:candidate?|candidat|7ad|wa7ed|had|profile?) (?:tany|tani|tanya|tanye|"
    r"taani|gdid|gedid)\b",
    r"\byou have been rated\s+(?:ineligible|not qualified|not referred|not eligible)\b",
    r"\b(?:not|n't) (?:going|moving) ahead with the (?:[\w-]+ ){0,4}(?:hire|role|position|post|"
    r"search|vacancy|opening)\b",
    r"\blanpostu\w* bertan behera (?:geratu|utzi)\w*|\b(?:puesto|plaza|vacante|cargo)\b[^.\n]{0,60}?"
    r"\bqueda en suspenso\b",
    r"\bindi (?:kami|namon) (?:makapadayon|makapadayun|mapadayon)\b|\bdili (?:na )?(?:mi|kami) "
    r"(?:makapadayon|mopadayon)\b",
    r"\bi-?freeze (?:sa |una |muna )?(?:ang|an|ng|the) (?:[\w-]+ ){0,4}(?:role|position|post|"
    r"hiring)\b|\bdili na (?:lang )?mo-?hire\b",
    # ... and, lost to retraining: Icelandic, another applicant hired ("niðurstaðan sú að ráða
    # annan umsækjanda")
    r"\bráða (?:annan|aðra|annan hæfari) umsækjand\w*",
    # forty-ninth pass, after sealing fresh211-215: Amharic in Latin letters, another person
    # hired or someone internal moved up ("lela sew lemesmat wesenenal", "ke-wist sew be-masadeg",
    # "lezih bota ahun ayigetmim")
    r"\blela sew\b[^.\n]{0,30}?\b(?:lemesmat|lemekter|le-mekter|lemeqtar|lemqtar)\b|"
    r"\bke-?(?:wist|wust) sew\b|\bayigetm(?:im|m)\b|\badis sew mekter alfelegum\b",
    # ... Uzbek in both alphabets and Kyrgyz, hiring stopped ("ишга қабул қилиш жараёни вақтинча
    # тўхтатилди"), not put through to the next stage ("кейинги босқичга ўтказа олмаймиз"),
    # another applicant chosen ("башка талапкерди тандадык"), the post not opened for now
    # ("кызматын азырынча ачпай турабыз")
    r"(?<!\w)(?:ишга қабул қилиш|танлов|ishga qabul qilish|tanlov) (?:жараёни|jarayoni) "
    r"(?:вақтинча |vaqtincha )?(?:тўхтатил|to'xtatil|toʻxtatil)\w*|"
    r"(?<!\w)(?:кейинги|навбатдаги|keyingi|navbatdagi) (?:босқич|bosqich)\w* (?:ўтказа олмаймиз|"
    r"ўта олмадингиз|o'tkaza olmaymiz|o'ta olmadingiz)(?!\w)",
    r"(?<!\w)башка (?:талапкер|талапкерди|талапкерге|адисти|кандидатты)\w* (?:танда|тандад)\w*|"
    r"(?<!\w)кызмат\w* (?:азырынча |убактылуу )?(?:ачпай тура|ачпайбыз|жабылды|токтотулду)\w*",
    # ... Portuguese, another given the post ("decidimos entregar a coordenação à Sílvia", "não foi
    # por falta de valor seu"), a public competition's exclusion ("foi deliberada a sua
    # exclusão"), an offer not kept ("não temos forma de manter a offer"); Canarian Spanish
    # ("nos quedamos con alguien que ya tiene el título"), a board's "la empresa ha finalizado
    # tu proceso"; American English, "I just can't carry a full-time manager on the books"
    r"\bdecidimos (?:entregar|dar|atribuir|confiar) (?:a|o) (?:[\w-]+ ){1,3}?(?:à|ao) (?!vossa|sua|tua)\w+|"
    r"\bnão foi por falta de (?:valor|mérito|qualidade|competência)\b",
    r"\b(?:deliberada|decidida|determinada) a (?:sua )?exclusão\b|\bnotificação de exclusão\b",
    r"\bnão (?:temos forma|temos como|conseguimos|podemos|vamos conseguir) (?:de )?manter a "
    r"(?:offer|oferta|proposta)\b",
    r"\bnos quedamos con (?:alguien|otra persona|otro candidato|otra candidata|un candidato|una "
    r"candidata|otro perfil)\b|\bla empresa ha (?:finalizado|cerrado|descartado) tu (?:proceso|"
    r"candidatura)\b",
    r"\bcan(?:'t|not|’t) (?:carry|afford|justify) (?:a|another|the|any) (?:(?!to\b)[\w-]+ ){0,2}?"
    r"(?:hire|salary|headcount|role|position|manager)\b(?! yet)",
    # ... Mauritian, Réunion and Seychelles Creole: not taking the application further ("nou pa
    # pe al pli lwin avek ou kandidatir"), another chosen ("nou finn swazir enn kandida", "in
    # deside pour pran en kandida"), cannot offer ("nou pa pou kapab ofer ou"), hiring stopped
    # or frozen ("arèt lo rekritman", "finn zel tou rekritman"), the post not going ahead
    r"\bnou pa (?:pe|pou) al pli lwin\b|\bnou (?:finn|in|inn|'n) (?:swazir|swazi|swasir|pran) (?:enn|en|in) "
    r"(?:lot |lòt )?kandida\b|\b(?:in|finn|inn|'n) deside (?:pour |pou )?pran (?:en|enn|in) (?:lot |lòt )?"
    r"kandida\b|\bnou pa pou (?:kapab|kapav|kav) ofer ou\b",
    r"\b(?:arèt|arete|aret|arrêt|zel|zele|friz) (?:tou |bann |lo |le )?rekritman\b|\bpa pe al devan, "
    r"ni pou ou\b",
    # fiftieth pass, after sealing fresh216-220: Sinhala in Latin letters, the role cannot be
    # offered now, going ahead with another candidate ("role eka dan offer karanna bari wenawa",
    # "api wena candidate kenek ekka idiriyata yanawa")
    r"\b(?:offer|hire) karanna (?:bari|ba|baha|amarui)\b|\bwena (?:candidate|applicant|kenek)\w*"
    r"(?: kenek)? (?:ekka|samaga) (?:idiriyata|issarahata) (?:yanawa|yanna)\b",
    # ... Omani and Yemeni Arabizi, the management chose someone from inside or already in the
    # country ("garrarat ti3ayyin wa7id min dakhil el group", "garrarat tishti wa7id mawjood
    # dakhil al yaman"), the post gone inside ("el wadheefa ra7at dakhiliyan")
    r"\b(?:garrar|qarrar|karrar|gharrar)\w* (?:ti3ayyin|t3ayyin|ti3ayin|tishti|tisht|tiwadhdhif|"
    r"twadhef|takhudh|ta5udh|tikhtar|ti5tar) (?:wa7id|wahid|wa7ed|7ad|shakhs|mohandis|muhandis)\b|"
    r"\b(?:al|el)?-?wadh?ee?f[ae] ra7at (?:dakhiliyan|dakhili|l ?wa7id|li ?wa7id|l ?ghair)\b",
    r"\b(?:fa |w )?(?:akhadhu|akhadu|a5adhu|a5adu|khadu|5adu) (?:mohandis|muhandis|wa7id|wahid|wa7ed|"
    r"7ad|shakhs|candidate)\b",
    # ... Djibouti French, the management settled on a local hire, the post turned towards a
    # resident ("a tranché cette semaine pour un recrutement local", "réorienté le poste vers")
    r"\b(?:a|ont|avons) tranché (?:[\w-]+ ){0,3}?(?:pour|en faveur d') (?:un|une) (?:recrutement|"
    r"candidat|candidature|profil)\b|\bréorienté (?:le|ce) poste vers\b",
    # ... Croatian and Dalmatian, cannot afford a senior seller now, the boss will not hire
    # anyone, the team not growing this year ("ne možemo si sad priuštit", "on ne da zaposlit
    # nikoga novoga", "odlučija je da ove godine ne širimo tim"); Slovenian, no post without
    # them, chose a candidate who can start in April ("brez njih tudi mesta vodje ... ni",
    # "smo se odločili za kandidatko"); Italian, chose another candidate ("abbiamo scelto una
    # candidata disponibile"); German, the post filled from inside ("intern nachbesetzen")
    r"\bne (?:možemo|mozemo) si (?:sad |sada |trenutno |ove godine )?(?:priušti|priusti)\w*",
    r"\bne da zaposli\w* nikoga\b",
    r"\b(?:ne|nećemo) (?:širimo|proširujemo|širit|širiti) tim\w*\b",
    r"\bbrez (?:njih|tega|tega denarja|kredita) (?:tudi )?(?:delovnega )?mesta\b[^.\n]{0,60}?\bni\b|"
    r"\bsmo se odločili za (?:drug\w+ )?(?:kandidat|kandidatko|kandidata|kolegico|kolega|osebo)\w*\b",
    r"\babbiamo (?:scelto|selezionato) (?:un|una|un'|l'|altr)\w*(?: altr\w*)? (?:candidat|profil|persona)\w*",
    r"\b(?:intern|anderweitig|extern) (?:nach)?besetz(?:en|t) (?:konnten|werden|wurde|haben)\b|"
    r"\bintern nachbesetz\w*",
    # ... Tatar in Cyrillic and Zamanälif and Bashkir: cannot offer you, cannot invite you on
    # ("Sezgä täqdim yasıy almıybız", "чираттагы этапка ... чакыра алмыйбыз"), the contest
    # stopped and the post abolished ("конкурс туктатылды", "штат берәмлеге ... бетерелде")
    r"(?<!\w)(?:тәкъдим ясый|тәкъдим итә|чакыра|дәвам итә|тәҡдим итә|саҡыра) (?:алмыйбыз|алмаябыз|"
    r"алмайбыҙ)(?!\w)|\b(?:täqdim yas[ıi]y|täqdim itä|çaq[ıi]ra|däwam itä) alm[ıi]yb[ıi]z\b",
    r"(?<!\w)конкурс (?:туктатылды|туктатыла|ябылды|туҡтатылды)(?!\w)|(?<!\w)штат берәмлеге"
    r"[^.\n]{0,60}?(?:бетерелде|кыскартылды|ҡыҫҡартылды)(?!\w)|алга таба карау булмаячак",
    # ... Russian, a founder's "не срослось", "взяли парня, у которого был опыт", an offer taken
    # back ("вынуждено отозвать направленное Вам ... предложение о работе"), the post struck out
    # of the staff list ("Штатная единица исключена из штатного расписания")
    r"(?<!\w)(?:не срослось|не сложилось с (?:тобой|вами))(?!\w)|(?<!\w)взяли (?:парня|девушку|"
    r"человека|другого|другую|кандидата|кандидатку|специалиста|того|ту)(?!\w)",
    r"(?<!\w)(?:вынуждены|вынуждено|вынужден|вынуждена) (?:\w+ )?отозвать(?!\w)[^.\n]{0,80}?"
    r"предложени|(?<!\w)штатная единица (?:\w+ )?(?:исключена|сокращена|упразднена)(?!\w)",
    # ... and, lost to retraining: a Romanian board's stage "Nu continuăm" and its "nu vom merge
    # mai departe" (we will not go further)
    r"\b[iî]n etapa\W{0,3}nu continu[aă]m\b|\bnu (?:vom|putem) (?:merge|continua|avansa) mai departe\b",
    # fifty-first pass, after sealing fresh221-225: Italian, ranked but not a winner ("risulta
    # idonea non vincitrice"), a selection revoked ("la procedura selettiva è revocata"), unable
    # to go on ("nell'impossibilità di proseguire"), the client chose another profile
    r"\bidone[oa] non vincit(?:ore|rice)\b|\bprocedura (?:selettiva |di selezione )?(?:è|è stata|viene) "
    r"revocata\b|\bnell'impossibilità di proseguire\b",
    r"\b(?:ha|hanno) (?:scelto|selezionato) (?:un|una|un'|l'|altr)\w*(?: altr\w*)? (?:candidat|profil|persona)\w*",
    # ... Shetland, the post offered to one of their own ("we've offered da post ta een o wir ain
    # fokk"); Danish, the post put on hold, all new hires frozen ("sat stillingen ... i bero",
    # "fastfryse alle nyansættelser")
    r"\boffered (?:the|da|de) (?:post|job|role|position) (?:to|ta|tae) (?:een|ane|one) o[f']? (?:our|wir|"
    r"oor|wur)\b",
    r"\bsat stillingen (?:[\w-]+ ){0,4}?i bero\b|\bfastfryse (?:alle )?nyansættelser\b",
    # ... Somali, not passed on to the next stage ("uma sii gudbi doono marxaladda xigta", "u
    # gudbin marxaladda xigta"), cannot go on ("ma sii wadi karno"), the post full ("jagadu waa
    # buuxdaa"), your name not on the shortlist ("magacaagu kuma jiro liiska"), decided to choose
    # someone ("go'aansadeen inay doortaan qof")
    r"\buma sii gudbi doono\b|\bu gudbin marxaladda xigta\b|\bma sii wadi kar(?:no|nno|o)\b|"
    r"\bjagad(?:u|a|ii) waa buuxdaa\b|\bmagacaagu kuma jiro\b|\bgo'aansade(?:en|y) (?:inay|inuu|in) "
    r"(?:doortaan|doorto|qaataan|qaato|u dallacsiiyo)\b",
    # ... Djibouti French, the post frozen, the hiring closed with no appointment ("le poste est
    # donc gelé", "clôturons le recrutement sans nomination")
    r"\ble poste est (?:donc )?gelé\b|\bcl[ôo]tur(?:ons|é|er) le recrutement sans nomination\b",
    # ... English, the recruitment closed ("we are closing the recruitment"); Norwegian, you do
    # not go on, another applicant chosen, the applications not handled further ("går du ikke
    # videre", "vi har landet på en søker fra distriktet", "ikke behandlet videre"); Icelandic,
    # the post filled ("búið er að ráða í starfið")
    r"\b(?:closing|close|closed) the recruitment\b",
    r"\bgår (?:du|din søknad) ikke videre\b|\b(?:landet|landa) på (?:en|ei|et) (?:annen |anna )?"
    r"(?:søker|kandidat)\b|\bikke (?:blir )?behandlet videre\b",
    r"\bbúið (?:er|var) að ráða í (?:starfið|stöðuna)\b",
    # ... Andean and Chilean Spanish, a call annulled, a post frozen and closed without a hire, a
    # public body's "Condición: NO APTO"
    r"\bconvocatoria\b[^.\n]{0,60}?\b(?:ha sido|fue|queda|qued[óo]) (?:anulada|declarada desierta|"
    r"cancelada)\b|\bse cierra sin contratación\b|\b(?:cargo|puesto|vacante|plaza)\b[^.\n]{0,20}?"
    r"\bqued[óo] congelad[oa]\b",
    r"\bcondición\s*:\s*no apto\b",
    # ... and, lost to the first retrain: Nigerian Pidgin, the role closed, an internal person
    # picked ("Dem don close the ... role - na internal person dem pick"); French, too early for a
    # full-time hire ("c'est trop tôt pour nous"); Dutch, the post cannot be filled ("ik kan de
    # functie niet invullen"); English, not able to consider it further, it wasn't to be
    r"\bdem (?:don )?(?:close|cancel) the (?:[\w()-]+ ){0,6}?(?:role|position|job|post)\b|\bna "
    r"(?:internal|another|one other) (?:person|candidate|staff|guy) (?:dem|they) (?:pick|take|choose)\b",
    r"\bc'est (?:encore )?trop tôt pour nous\b",
    r"\b(?:kan|kunnen) (?:ik |we |wij )?de (?:functie|vacature|rol|positie) niet invullen\b",
    r"\bnot able to consider it further\b|\b(?:afraid )?it wasn['’]t to be\b",
    # fifty-second pass, after sealing fresh226-230: Italian, all new hires frozen and the post
    # gone for now ("congelare tutte le nuove assunzioni", "la posizione ... non c'è più"), the
    # client leaning to another candidate ("ha ritenuto di orientarsi su un candidato"), the
    # post given to another ("ha scelto di affidare l'incarico a un candidato")
    r"\bcongelare (?:tutte )?(?:le )?(?:nuove )?assunzioni\b|\bla posizione,? (?:semplicemente,? )?"
    r"(?:per ora |per il momento |ad oggi )?non c'è più\b",
    r"\b(?:ha|hanno|abbiamo) (?:ritenuto di |deciso di |preferito )?orientar(?:si|ci) su "
    r"(?:un|una|un'|altr)\w*(?: altr\w*)? (?:candidat|profil)\w*",
    r"\b(?:ha|hanno|abbiamo) scelto di affidare (?:l'incarico|il ruolo|la posizione) a (?:un|una|un'|altr)\w*",
    # ... Maltese, the minimum mark not reached, the name left off the list of eligible
    # candidates ("ma ksibtx il-marka minima", "ismek mhux se jidher fil-lista")
    r"\bma ksibtx il-marka\b|\bismek mhux se (?:jidher|jkun)\b",
    # ... German, the decision not falling on you, no invitation to the technical talk
    # ("Entscheidung ... nicht auf Sie", "werden wir Sie nicht zum Fachgespräch einladen");
    # Tyrolean and Bavarian, another taken this year, nothing this year, no second fitter
    # needed ("nehmen mir heuer den Florian", "wird heuer nix", "brauch i koan zweitn Monteur")
    r"\bentscheidung\b[^.\n]{0,80}?\bnicht auf (?:sie|dich)\b",
    r"\b(?:werden|können) wir (?:sie|dich) (?:leider )?nicht (?:zu[mr] |in die |für die )?"
    r"(?:[\w-]+ ){0,2}?einladen\b",
    r"\bnehmen (?:mir|wir|ma) (?:heuer|dieses jahr|jetzt|diesmal) (?:den|die|an|a|einen|eine)\b|"
    r"\bwird (?:heuer|des jahr|dieses jahr|leider) nix\b|\bbrauch(?:e)? (?:i|ich) koa?n(?:en)? "
    r"(?:[\w-]+ )?(?:monteur|mitarbeiter|techniker|liftwart)\w*",
    # ... Haitian Creole, we cannot go on or ahead with you, cannot make you an offer, the
    # panel chose a candidate, the post filled inside, a board's "Estati: Pa retni" ("nou pa p
    # ka kontinye avè w", "nou pap ka avanse avè w", "ranpli pòs la an entèn")
    r"\bnou (?:pa(?: p| ap)?|pap|p ap) ka (?:kontinye|avanse|ale pi lwen) (?:avè|avèk|ave|avek) ?"
    r"(?:w|ou)\b|\bnou pa ka fè (?:w|ou) (?:yon )?òf\b|\bte chwazi yon (?:lòt )?kandida\b",
    r"\bestati\s*:\s*pa retni\b|\bpa chwazi dosye (?:w|ou)\b|\branpli pòs la an entèn\b|"
    r"\bp(?: ?ap|ap) kontinye pwosesis la\b",
    # ... French, a written test's mark under the threshold, a candidacy that cannot be
    # retained ("n'a pas atteint le seuil", "votre candidature ne peut être retenue")
    r"\bn'a pas atteint le seuil\b|\bcandidature ne (?:peut|pourra|saurait) être retenue\b",
    # ... English, every offer not yet signed withdrawn, "including yours"
    r"\boffers?\b[^.\n]{0,120}?\bincluding yours\b,?[^.\n]{0,20}?\b(?:must|will|have to|had to|"
    r"need to) be (?:withdrawn|rescinded|revoked)\b",
    # ... Ilocano, the hiring not carried on ("saanmi pay a maituloy"); Tagalog, not endorsed
    # or taken on to the next interview ("hindi na po natin ma-endorse", "hindi na po namin
    # itutuloy", said with "po" to the reader); Cebuano, the post filled, you not the one chosen ("na-fill-upan na ang",
    # "dili ikaw ang napili")
    r"\bsaan(?:mi|tayo)? (?:pay )?a maituloy\b|\bhindi na po (?:namin|natin) "
    r"(?:ma-?endorse|maie-?endorse|itutuloy|ituloy|maituloy|ma-?proceed)\b",
    r"\bna-?fill-?(?:up)?(?:an)? na ang\b|\b(?:dili|hindi|di) ikaw ang (?:napili|gipili|pinili)\b",
    # ... Kurmanji, we cannot take your application further, the post filled from inside,
    # another candidate chosen ("em nikarin serlêdana te", "ji hundir ve were tijekirin",
    # "biryar da ku namzetek din hilbijêre")
    r"\bem nikarin serlêdana te\b|\bji hundir ve (?:were|bê|hat) tijekirin\b|\bbiryar da(?:ye)? ku "
    r"(?:namzetek|berendamek|kesek) (?:din|dî) (?:hilbijêre|hilbijêrin|bigire|bigirin)\b",
    # ... Iraqi Arabic, it was not meant to be ("ما صار نصيب"); Sorani, it did not work out
    # this time, a board's status "not selected" (not an acknowledgement's "if you hear
    # nothing, you were not selected"), we will not go on with, we cannot accept your application
    r"(?<!\w)ما (?:صار|كان|چان) (?:نصيب|قسمة)(?!\w)",
    r"ئەم جارە(?:یان)? نەگونجا|دۆخ\s*:\s*هەڵنەبژێردراو|بەردەوام نەبین لەگەڵ|ناتوانین (?:\S+ ){0,2}?داواکاری\S* قبوڵ",
    # ... Turkish, the decision to go on with another candidate, the post frozen, no hiring
    # ("başka bir adayla ilerleme kararı", "pozisyonunu şimdilik dondurma kararı", "alım
    # yapılmayacak")
    r"\bbaşka bir aday(?:la|ımızla)? (?:ilerleme|devam etme|devam) karar[ıi]\w*",
    r"\b(?:pozisyon|kadro|ilan)\w* (?:\w+ ){0,2}?dondurma karar[ıi]\w*|\balım yapılmayacak\w*",
    # fifty-third pass, after sealing fresh231-235: Belgian Dutch, a public selection failed and
    # your part in it ended ("Resultaat: niet geslaagd", "Uw deelname aan deze selectie is daarmee
    # beëindigd"); Belgian French, all hiring frozen ("un gel immédiat de tous les recrutements")
    r"\bresultaat\s*:\s*niet geslaagd\b|\buw deelname aan (?:deze|de) selectie is (?:daarmee |dus )?"
    r"beëindigd\b",
    r"\bgel (?:immédiat )?de (?:tous )?(?:les|nos) recrutements\b",
    # ... Indonesian, decided not to go on to the next stage ("kami memutuskan buat nggak lanjut");
    # Javanese, the post cannot be filled this year, all hiring put off, another candidate
    # taken ("dereng saged kaisi", "nundha sedaya rekrutmen", "njupuk calon liyane")
    r"\bmemutuskan (?:buat|untuk) (?:nggak|gak|ga|tidak) (?:lanjut|melanjutkan)\b",
    r"\bdereng saged kaisi\b|\bnundha sedaya rekrutmen\b|\bnjupuk calon liyane\b",
    # ... Paraguayan Spanish, the client chose another professional ("optaron por otro
    # profesional"); Ghanaian Pidgin, we cannot go on with the hire, all new hires held ("we no go
    # fit move with", "we dey hold all new hires"); Portuguese, no public employment with you
    # ("não haverá lugar à constituição de relação jurídica de emprego")
    r"\bopt(?:aron|amos|ó) por otr[oa] (?:profesional|candidat[oa]|perfil|postulante|persona)\b",
    r"\bwe no go fit (?:move|continue|go ahead|carry on) with\b|\bwe dey hold all (?:new )?hires\b",
    r"\bnão haverá lugar à constituição de relação jurídica de emprego\b",
    # fifty-fourth pass: a founder's "no vamos a seguir." (we won't go on), an Azorean "para o
    # lugar de guia ... ficámos com a Inês" (for the post we kept Inês)
    r"\bno vamos a seguir(?: adelante)?(?: con (?:vos|usted|tu (?:candidatura|postulaci[óo]n)))?"
    r"(?=\s*[.!])|\bno vamos a seguir contigo\b",
    # fifty-fifth pass (after sealing fresh236-240): Sardinian, we cannot take anyone for the
    # post, we will not open the post again ("no podimus pigare a niunu", "no ddu aberreus
    # prus"); Corsican, we decided to go on with a person ("avemu decisu di cuntinuà cù")
    r"\bno (?:podimus|podeus) pigare a niunu\b|\bno ddu aberreus prus\b",
    r"\bavemu decisu di cuntinu(?:à|a) c(?:ù|u)\b",
    # ... French, a third salary we cannot afford, a job offer no longer kept ("on ne peut pas se
    # permettre un troisième salaire", "plus en mesure de maintenir la création du poste")
    r"\bne (?:peu[tx]|pouvons) pas (?:nous |se |me )?permettre (?:un|une) (?:\w+ )?(?:salaire|"
    r"embauche|recrutement|poste)\b",
    r"\bplus en mesure de (?:maintenir|confirmer|honorer) (?:la|notre|cette|votre) (?:promesse|"
    r"proposition|offre|création)\b",
    # ... an Italian board's card closed by the employer ("Stato: Chiusa dall'azienda")
    r"\bstato: (?:chius[ao]|non selezionat[oa]|scartat[oa]) dall['’]azienda\b",
    # ... English, the fit not there
    r"\b(?:don['’]t|do not) think the fit is (?:quite |really )?there\b",
    # ... Welsh, the job offered to someone, "it will be 'no' this time" ("wedi cynnig y swydd i
    # rywun", "mai 'na' fydd hi")
    r"\bwedi cynnig y swydd i (?:rywun|ymgeisydd arall|rhywun)\b|\bmai ['‘’]?na['’]? fydd hi\b",
    # ... Catalan, we bet on another profile ("hem acabat apostant per un perfil")
    r"\bhem (?:acabat )?apost(?:ant|at) per (?:un altre perfil|un perfil|una altra persona|un "
    r"altre candidat|una altra candidata)\b",
    # ... Swahili and Sheng: a board's "did not go on" and "the employer chose other applicants",
    # "we went with someone else" ("Haikuendelea", "amechagua waombaji wengine", "Tumeenda na
    # mtu mwingine")
    r"\bhaikuendelea\b|\bamechagua (?:waombaji|wagombea) wengine\b",
    r"\btumeenda na mtu mwingine\b|\btumechagua mtu mwingine\b",
    # ... south Walian "ni 'di penderfynu mynd 'da rhywun" (we decided to go with someone);
    # English, a hire paused; Valencian, an offer that cannot be kept ("no podem mantindre eixa
    # proposta")
    r"\bpenderfynu mynd (?:'da|gyda|efo|â) rhywun\b",
    r"\b(?:decided|decision) to pause (?:the|this|our) (?:[\w-]+ ){0,3}?(?:hire|hiring|search|"
    r"recruitment)\b",
    r"\bno podem mant(?:indre|enir) (?:eixa|esta|aquesta|la|la nostra) (?:proposta|oferta)\b",
    # ... an employer's no about "the candidate", as a referrer or an agency relays it ("we will
    # not be able to proceed with the candidate for the AP Accountant position"): the sentence
    # model alone carried it, and a retrain took it under the whole-message model's doubt
    r"\b(?:not|n't) (?:be )?able to (?:proceed|move forward|go ahead|continue) with (?:the|this) "
    r"candidate\b",
    # fifty-sixth pass (after sealing fresh241-245): Faroese, the choice did not fall on you,
    # another applicant set, the job offered to the other applicant, hirings put on ice, chosen
    # to fill with one of our own, we do not see ourselves able to hire ("valið ... ikki er
    # fallið á teg", "seta ein annan umsøkjara", "bjóða hinum umsøkjaranum starvið", "lagdar á
    # ís", "valt at fylla við einum av okkara", "síggja vit okkum ikki før fyri at seta")
    r"\bikki (?:er )?fallið á teg\b|\bseta ein annan umsøkjara\b|\bikki fært starvið\b",
    r"\bbjóða hinum umsøkjaranum\b|\bvalt at fylla við einum av okkara\b",
    r"\b(?:setanir|starvið|setanin)\b[^.\n]{0,40}\blagd(?:ar|ur|ið)? á ís\b"
    r"|\bsíggja vit okkum ikki før fyri\b",
    # ... Danish, an offer of employment taken back; Norwegian, we go no further; English, a
    # role put on ice
    r"\bnødt til at trække (?:det|vores|dit) tilbud\b|\btrække tilbuddet om ansættelse\b",
    r"\bvi går ikke videre\b",
    r"\b(?:role|position|post|hire|hiring|search)\b[^.\n]{0,40}\b(?:put|placed|been|is) on ice\b",
    # ... Mongolian in Latin letters, another one chosen ("uur negniig songochloo")
    r"\buur negn?iig songo\w*",
    # ... Armenian in Latin letters, we cannot go on with you; the post filled from inside
    # ("chenq karox araj gnal qo het", "lracvel e nerqin teknatsuov")
    r"\bchenq karo[xgh] araj gnal\b|\blracvel e nerqin\b",
    # ... Malagasy: we cannot go on with the process, you were not the one chosen, we chose
    # someone already inside, we cannot make an offer ("tsy afaka hanohy ny dingana", "tsy
    # ianao no voafantina", "nifidy olona efa ao anatin'ny", "tsy afaka manao proposition")
    r"\btsy afaka hanohy ny dingana\b|\btsy ianao no voafantina\b",
    r"\bnifidy olona (?:efa )?ao anatin|\bnifidy olona hafa\b|\btsy afaka manao (?:proposition|tolotra)\b",
    # ... Shona, we cannot go on with your application, the job given to another, we chose a
    # person, hiring paused ("hatizokwanisi kuenderera mberi", "ripiwe mumwe", "takasarudza
    # munhu", "kumbomisa kuhaya")
    r"\bhatizokwanisi kuenderera mberi\b|\bhatigoni kuenderera mberi\b",
    r"\bbasa iri ripiwe mumwe\b|\btakasarudza munhu\b|\bkumbomisa kuhaya\b",
    # ... Ndebele, the post will no longer be filled, going on with another person
    # ("asisazugcwaliswa", "isinqumo sokuqhubeka lomunye umuntu"); Bemba, another candidate
    # chosen, the post already filled ("basalile umbi", "yaisushiwa kale"); Nyanja, we chose to
    # go on with someone else ("tasankha kupitiriza ndi munthu wina")
    r"\basisazugcwaliswa\b|\bsokuqhubeka lomunye umuntu\b",
    r"\b(?:ba|twa)salile umbi\b|\byaisushiwa kale\b",
    r"\btasankha kupitiriza ndi munthu wina\b",
    r"\bpara (?:o lugar|a vaga|o posto|a posição) de\b[^.\n]{0,80}?\bfic(?:á|a)mos com (?:a|o) "
    # (the rules read lower-case text: a capital there never matched; fifty-ninth pass)
    r"(?!ideia\b|certeza\b|impressão\b|pena\b)[a-zà-ÿ]{2,}",
    # after sealing fresh246-250: West Frisian, chosen another candidate ("keazen foar in oare
    # kandidaat"); Dutch and Gronings, the post filled inside, the interview dropped, no first
    # interview, the vacancy closed for now ("de functie intern kan worden ingevuld", "het
    # kennismakingsgesprek komt daarmee te vervallen", "gaan niet over tot een eerste gesprek",
    # "de vacature veurlopig dichtgooien"), a hire of one's own a step too big
    r"\bkeazen foar (?:in|ien) oare? (?:kandidaat|sollisitant)\b",
    # ... Dutch and West Frisian, not invited to the next interview ("We nodigen je daarom niet
    # uit voor het tweede gesprek", "Dêrom nûgje wy dy net út foar it twadde petear")
    r"\bnodigen (?:je|u|jou) (?:daarom |dus |helaas |dan ook )?niet uit voor\b"
    r"|\bnûgje wy dy (?:dan ek )?net út\b",
    r"\b(?:functie|vacature|rol|positie)\b[^.\n]{0,30}\bintern (?:kan |zal )?(?:worden |wordt )?"
    r"(?:ingevuld|vervuld)\b",
    r"\bgesprek komt (?:daarmee |hiermee |dus |bij deze )?te vervallen\b",
    r"\bgaan (?:daarom |dus |helaas )?niet over tot (?:een |het )?(?:eerste |tweede |vervolg)?gesprek\b",
    r"\bvacature (?:veurlopig |voorlopig |even |maar )?(?:dichtgooien|dichtdoen|stopzetten|intrekken)\b",
    r"\been eigen [\w-]+(?: [\w-]+)? (?:is )?(?:op dit moment |nu )?(?:gewoon )?een stap te groot\b",
    # ... English, a titled opening put on hold, the next interview not scheduled
    r"\bput (?:the|this|our) (?:[\w()&/-]+ ){0,6}?(?:opening|role|position|vacancy|post|job|search|"
    r"requisition) on hold\b",
    r"\bwon['’]t be scheduling (?:the|your|a) (?:[\w-]+ )?interview\b",
    # ... Romansh (Vallader, Sursilvan), the post given to someone else ("vaina decis da dar la
    # plazza ... ad üna persuna", "havein nus decidiu da dar la plazza"); Swiss German, decided
    # for someone else ("für öpper anders entschiede"); Swiss Standard German, posts suspended,
    # the procedure closed ("Kaderstellen ... zu sistieren", "wird hiermit abgeschlossen")
    r"\bdeci(?:s|diu|dì) da dar la plazza\b",
    r"\bfür (?:öpper|öppert|epper|äpper|jemand) (?:anders|andersch) entschi[ed]\w*",
    r"stellen?\b[^.\n]{0,60}\b(?:zu sistieren|sistiert)\b",
    r"\bbewerbungsverfahren wird (?:hiermit|damit|somit) abgeschlossen\b",
    # ... romanised Gujarati and Punjabi: the post not to be filled now, put on hold; going
    # ahead with another profile ("jagya hamna bharvani nathi", "hold par rakhiye", "kise hor
    # profile naal agge vadh rahe haan")
    r"\bjagya (?:hamna |haal |abhi )?bharvani nathi\b|\bhold par rakh\w*",
    r"\bkise hor (?:profile|candidate|bande|banda) naal agge vadh\w*",
    # ... Luganda, the post given to another person, the post already filled, your name not on
    # the list ("okuwa ekifo ... omuntu omulala", "kyajjuzibwa dda", "erinnya lyo teryali ku
    # lukalala"); Runyankole, the job was not given to you ("tigwakuheirwe")
    r"\bekifo\b[^.\n]{0,80}\bomuntu omulala\b|\bkyajjuzibwa\b",
    r"\berinnya lyo teryali ku lukalala\b|\btigwakuheirwe\b",
    # ... Sesotho, you were not chosen, it did not succeed, we cannot go on, we chose another
    # candidate ("ha ua khethoa", "ha ua atleha", "ha ea atleha", "re ke ke ra tsoela pele",
    # "re khethile mokhethoa e mong")
    r"\bha (?:ua|ea|o) (?:khethoa|atleha)\b|\bre ke ke ra tsoela pele\b",
    r"\bkhethile mokhethoa (?:e mong|osele)\b",
    # ... Papiamentu, the board decided to fill the post (with a colleague)
    r"\bdisid[ií] di yena e (?:funshon|puesto|vakature|vakante)\b",
    # after sealing fresh251-255: Manglish, we cannot take it forward, no budget with us
    # ("ippo ithu mumbott kondu pokan pattilla", "budget njangalkku illa"); Andean Spanish, we
    # chose a colleague ("hemos elegido a una compañera de Ocongate"); romanised Pashto, the
    # family decided the job goes to ("faisla ye owkra che ... kaar ba ... ta warkawoo");
    # Nynorsk, not among those who go on; Swedish, the recruitment stopped
    r"\bmumbott(?:u)? kondu pokan pattilla\b|\bbudget (?:njangalkku|njangalkk|ningalkku) illa\b",
    r"\bhemos elegido a (?:una?|otr[oa]) (?:compañer[oa]|persona|candidat[oa]|colega|postulante)\b",
    r"\bfaisla (?:ye )?owkra che\b[^.\n]{0,60}\bkaar ba\b",
    r"\bikkje (?:mellom|blant) dei som går vidare\b|\brekryteringen (?:avbryts|har avbrutits|avbröts)\b",
    # after sealing fresh256-260: Tongan, we cannot go on with your application or the
    # selection ("'e 'ikai lava ke mau hoko atu mo ho'o kole"), the post put aside for the
    # season ("tuku fakataimi 'a e lakanga"); Samoan, we cannot carry on your application, the
    # post given to someone ("tu'uina le tofiga i se tasi"); Fijian, we cannot move on with you,
    # the post held back or not to be filled ("sa vakatikori tu na itavi", "sega ni tomani rawa
    # na itavi"); Fiji Hindi, we cannot give you the position ("de nai sakta")
    r"\bikai lava ke mau hoko atu mo\b|\btuku fakataimi [’'ʻ‘]?a e lakanga\b",
    r"\be le mafai ona matou (?:toe )?fa['’ʻ]?aauau\w* lau talosaga\b|\btu['’ʻ]?uina le tofiga i se tasi\b",
    r"\bsega kina ni rawa me keimami toso\b|\bvakatikori tu na itavi\b|\bsega ni tomani rawa na itavi\b",
    r"\b(?:position|post|job|kaam)\b[^.\n]{0,20}\bde nai sakta\b",
    # ... Antillean Creole, no post any more, the office can hire nobody; informal French, we
    # keep the one who was standing in ("on garde Ludovic qui faisait l'intérim")
    r"\bpa ni pòs\b[^.\n]{0,60}\bankò\b|\bpa (?:pé|ka) anbòch pèsonn\b",
    r"\bon garde \w+ qui (?:faisait|fait|était|assurait) (?:l['’]intérim|le remplacement)\b",
    # ... Polish, the post entrusted to someone else, the application not admitted to the
    # assessment; Silesian, the post goes to ("tyn plac ... dostanie"); Kashubian, we will take
    # nobody on for the post ("nie bãdzemë nikògò przëjimac")
    r"\bpowierzyć (?:to |tę )?(?:stanowisko|funkcję|rolę) (?:innej )?(?:osobie|kandydatowi|kandydatce)\b",
    r"\bnie zosta(?:ło|ła) dopuszczon[ae] do oceny\b|\btyn plac\b[^.\n]{0,60}\bdostanie\b",
    r"\bnie bãdzemë nikògò przëjimac\b",
    # ... Romansh, we decided to go on with people who have more experience, we look for
    # someone who writes Vallader as a mother tongue, the post given to someone; Swiss German,
    # the daughter takes over the post herself; German, the role now taken over internally,
    # the full-time post no longer on offer
    r"\bdecidì da cuntinuar il process cun\b|\btscherch\w+ (?:però )?(?:üna|ina) persuna chi\b",
    r"\bda dar la plazza ad (?:ina|in) (?:persuna|auter|autra)\b",
    r"\b(?:tochter|sohn|schwiegersohn|nichte|neffe)\b[^.\n]{0,120}\bübernimmt\b[^.\n]{0,40}\bselber\b",
    r"\b(?:rolle|stelle)\b[^.\n]{0,40}\bintern übernimmt\b|\bkönnen wir (?:deshalb |daher |leider )?nicht mehr anbieten\b",
    # after sealing fresh261-265: Asturian, we won't go on with you in the process ("nun vamos
    # siguir contigo nel procesu"); Spanish, listed among the excluded of a public call, another
    # candidate proposed for hiring, a casual "it can't be", the post goes to (a niece), a
    # board's status "Descartada"
    r"\bnun (?:vamos|podemos|podremos|vamos a) (?:siguir|continuar|avanzar|tirar)\b[^.\n]{0,30}"
    r"\b(?:procesu|proceso|candidatura)\b",
    r"\bfigura (?:usted )?en la (?:relación|lista) (?:definitiva |provisional )?de (?:personas |"
    r"aspirantes )?excluid[oa]s\b",  # (after sealing fresh326-330: "figura usted ... aspirantes")
    r"\bpropuesto la contratación de otr[oa] (?:candidat[oa]|persona|aspirante)\b",
    r"\b(?:lo he pensado|lo hemos pensado|al final)\b[^.\n]{0,20}\bno va a poder ser\b",
    r"\bel puesto se lo (?:queda|quedará|ha quedado|va a quedar)\b",
    r"\bestado de (?:tu|su) candidatura:?\s+\*{0,2}\s*descartad[ao]\b",
    # ... English, candidates ranked higher on the eligibility list selected, a portal's
    # steps ending "Interviewed - Not Selected", a name not placed on the certificate of
    # eligibility
    r"\bcandidates? ranked higher\b[^.\n]{0,100}\b(?:were|was|have been|has been) selected\b",
    r"\b(?:interviewed|reviewed|referred|screened|assessed) [-–>→|/ ]{1,5}not selected\b",
    r"\bnot (?:been )?(?:placed|included|listed) (?:on|in) the (?:certificate|list|register) of "
    r"eligib\w*",
    # ... German, a hiring procedure ended without a choice, no posts may be filled, a son who
    # builds it himself, we would gladly have taken you on (but)
    r"\b(?:stellenbesetzungsverfahren|besetzungsverfahren|auswahlverfahren)\b[^.\n]{0,40}"
    r"\b(?:ohne (?:auswahlentscheidung|besetzung|stellenbesetzung) beendet|eingestellt|abgebrochen|"
    r"aufgehoben)\b",
    r"\bdürfen (?:bis auf weiteres )?keine stellen (?:neu |nach)?besetzt werden\b",
    r"\b(?:tochter|sohn|schwiegersohn|nichte|neffe|enkel\w*)\b[^.\n]{0,160}\b(?:selbst|selber) "
    r"(?:aufbauen|übernehmen|machen|leiten|führen)\b",
    r"\bhätten wir (?:sie|dich) (?:sehr |wirklich )?gerne? (?:\w+ ){0,6}(?:geholt|eingestellt|"
    r"genommen|gehabt)\b",
    # ... Upper Sorbian, we cannot offer you the post, it is filled with (a colleague); Lower
    # Sorbian, to fill the post with (a colleague)
    r"\bnjemóžemy (?:wam|tebi) (?:\S+ ){0,5}?poskićić\b|\bwobsadźi so (?:nětko |nětk )?z\b",
    r"\bměstno (?:wobsajźiś|wobsadźić) z\b",
    # ... Sorani, regrettably not chosen, your name is not in the list; Kurmanji, the committee
    # decided not to accept your application, the job given to a nephew
    r"بە داخەوە[^.\n]{0,80}هەڵنەبژێردرا",
    r"ناوی (?:بەڕێزتان|تۆ|ئێوە) لە ?(?:ناو )?لیستەکەدا نییە",
    r"\bdaxwaza (?:we|te) qebûl ne(?:ke|kin|kir)\b",
    r"\bbiryar da ku kar\w* [^.\n]{0,60}\bbidin (?:birazayê|kurê|keça|xwarziyê|birayê|pismamê)\b",
    # after sealing fresh266-270: Italian, a public call revoked and the procedure closed ("la
    # revoca in autotutela dell'avviso", "non si darà luogo allo svolgimento dei colloqui");
    # Campidanese Sardinian, it did not work out, we took someone else ("no est andada", "eus
    # pigau un'atra persona")
    r"\brevoca (?:in autotutela )?dell['’]avviso\b|\bnon si darà luogo (?:allo svolgimento dei "
    r"colloqui|alla selezione|all['’]assunzione)\b",
    r"\b(?:eus|eis|apu|at) pigau (?:un['’]?atra|un['’]?atru|atra|atru) (?:persona|candidadu|"
    r"candidada)\b|\bno est andada\b",
    # ... Cajun English, we had to go with a fella who already has his card; a parish civil
    # service's "your application has therefore been rejected", the name kept off the eligible
    # list; Sinhala in Latin letters, the hiring stopped ("hiring eka nawaththuwa")
    r"\bhad to go with (?:a|an|another|the other|some) (?:fella|fellow|guy|gal|lady|man|woman|"
    r"candidate|person|one|applicant)\b",
    r"\byour application has (?:therefore |thus |accordingly |consequently )?been rejected\b|"
    r"\bname will not be placed on the eligib\w* list\b",
    r"\bhiring eka (?:nawaththuwa|nawaththala|nawaththanna|freeze kala)\b",
    # ... Paraguayan Spanish, a public portal's verdict "NO ADMITIDO", a public call declared
    # void ("el Concurso fue declarado desierto")
    r"\b(?:resultado|condición|situación)\b[^:\n]{0,50}:\s*\**\s*no (?:admitid[oa]|"
    r"seleccionad[oa]|clasificad[oa])\b",
    r"\bconcurso\b[^.\n]{0,80}?\b(?:fue|ha sido|queda|qued[óo]) (?:declarado desierto|anulado|"
    r"cancelado)\b",
    # after sealing fresh271-275 (rules only): Tetum, we decided not to hire you, we cannot go on
    # with your CV, we chose someone ("ami desidi la kontrata ita", "ami la bele kontinua ho
    # ita-nia", "ami hili ema seluk"); Catalan, you did not pass the test and are excluded ("no
    # heu superat la segona prova", "quedeu exclosa del procés"), the offer taken back
    # ("retirar l'oferta que et vam fer"); Aranese, we have not chosen your application, we
    # preferred someone ("non auem causit", "auem preferit ua persona"); Indian English, "the
    # same has been rejected"; a Spanish board's status "Estado: Descartado"
    r"\bami (?:desidi|deside) la (?:kontrata|simu|hili) ita\b|\bami la bele kontinua ho ita-nia\b|"
    r"\bami hili ema (?:seluk|ida ne['’]ebé)\b",
    r"\b(?:prosesu rekrutamentu|rekrutamentu)\b[^\n]{0,160}?\bkansela ona\b",
    r"\bno (?:heu|has|ha) superat (?:la|el) (?:\w+ )?(?:prova|exercici|procés)\b|\bqued(?:eu|es|a) "
    r"(?:exclòs|exclosa|exclosos|excloses) del procés\b|\bretirar l['’]oferta que (?:et|us|li) vam fer\b",
    r"\bnon auem causit\b|\bauem preferit (?:ua|un) (?:persona|candidat\w*)\b",
    r"\bthe same has been rejected\b|\brejected on the following grounds?\b",
    r"\b(?:estado|status|situación)\s*:\s*\**\s*(?:descartad[oa]|rechazad[oa])\b",
    # ... and, lost to the sixty-second retrain: Portuguese, the weekend roster closed with
    # another colleague ("já fechamos a escala ... com outro colega"); Italian, a niece takes
    # the post ("il posto di ... lo prende mia nipote")
    r"\bjá (?:fechamos|preenchemos) (?:a|o) (?:\w+ ){0,6}?com outr[oa] (?:colega|candidat[oa]|pessoa|"
    r"profissional|médic[oa])\b",
    r"\b(?:il posto|la posizione|il ruolo)\b[^.\n]{0,60}\blo prende (?:mia|mio|il|la|un|una|l['’])\b",
    # after sealing fresh276-280 (rules only): Northern Sámi, we have chosen another applicant,
    # we cannot invite you to an interview, decided to give the job to ("leat válljen eará
    # ohcci", "eat sáhte bovdet du jearahallamii", "mearridan addit čálli barggu"); Finnish, you
    # were not chosen, we cannot invite you, we settled on an applicant ("et tullut valituksi",
    # "emme voi kutsua sinua haastatteluun", "päädyimme kuitenkin hakijaan"); Norwegian, we
    # cannot call you in to interview, gone for another ("har gått for en annen")
    r"\bleat (?:dál )?válljen eará (?:ohcci|olbmo)\b|\beat sáhte bovdet du jearahallamii\b|"
    r"\bmearridan addit (?:\w+ ){0,2}barggu\b",
    r"\bet (?:siis |valitettavasti )?tullut (?:tällä kertaa |nyt )?valituksi\b|\bemme (?:siis |siksi )?voi "
    r"kutsua sinua haastatteluun\b|\bpäädyimme (?:kuitenkin |lopulta |tällä kertaa )*(?:toiseen )?hakijaan\b",
    r"\bkan (?:derfor |dessverre |dermed )*ikke (?:kalle|innkalle|invitere) deg (?:inn )?til (?:et )?"
    r"intervju\b|\bhar gått for (?:en|ei|ein) (?:annen|anna|annan)\b",
    # ... Russian, it won't work out, we take someone who ("не получится — берём человека");
    # Tajik, we cannot put your candidacy forward, you did not reach the next stage ("номзадии
    # Шуморо ... наметавонем", "ба марҳилаи навбатии озмун роҳ наёфтед"), and in Latin
    # letters, the management chose another candidate ("nomzadi digarro intikhob kard")
    r"\bне получится\b[^.\n]{0,20}?(?:бер[её]м|взяли|выбрали) (?:другого |другую )?(?:человека|"
    r"кандидата|специалиста)\b",
    r"\bномзадии шуморо\b[^.\n]{0,80}?\bнаметавонем\b|\bба марҳилаи навбатии? (?:\w+ )?роҳ наёфт\w*",
    r"\bnomzadi digar(?:ro|i)? intikhob\b|\bodami (?:mahalliro|digarro) giriftem\b",
    # ... Krio, we won't be able to give you the job, the position is no more ("wi nɔ go ebul
    # fɔ gi yu", "di pozishɔn nɔ de igen"); Pijin and Bislama, we cannot give you this job,
    # decided to pick someone, the board gave the job to another, we took Jimmy ("no save
    # givim disfala wok", "disaed blong givim wok ia long wan", "mifala i tekem jimmy from")
    r"\bwi n[ɔo] go ebul f[ɔo] gi yu\b|\bdi pozish[ɔo]n n[ɔo] de igen\b",
    r"\bno save givim (?:disfala |datfala |dis |dat )?wok\b|\bdisaed fo pikim (?:wanfala|narafala|nara)\b|"
    r"\bdisaed blong givim wok (?:ia |ya )?long (?:wan|narafala|nara)\b|"
    r"\bmifala i (?:tekem|pikim|jusum) (?:narafala|wan narafala|[a-z]+ from)\b",
    # ... French, the jury chose a resident, your application could not succeed ("a retenu la
    # candidature d'une personne", "n'a donc pas pu aboutir")
    r"\ba retenu la candidature d['’](?:une|un) (?:autre )?(?:personne|candidat\w*)\b|\bvotre candidature "
    r"n['’]a (?:donc |malheureusement |finalement )*pas (?:pu )?abouti",
    # ... Konkani, you were not chosen, our post is filled, took a person ("tuji nivodd zaunk
    # na", "post amchem bhorlem", "manis ghetlo"); Odia in Latin letters, we could not give you
    # the post, decided to take local people ("post ta apananku deiparilu nahi", "sthaniya
    # lokanku nebaku sthir kalu")
    r"\bnivodd zaunk na\b|\bnivodd zali na\b|\b(?:post|jago|zago) (?:amchem |amcho )?bhorl(?:em|o|a)\b|"
    r"\bmanis ghetl[oa]\b",
    r"\bpost (?:ta )?apananku dei ?parilu nahi\b|\bsthaniya lok\w* nebaku sthir kal\w*",
    # ... Indian public-sector English, a recruitment cancelled ("The recruitment process for
    # the post of ... is hereby cancelled")
    r"\b(?:recruitment|selection) process\b(?:[^.\n]|\bno\.){0,120}?\b(?:is|has been|stands) (?:hereby )?"
    r"(?:cancell?ed|annulled|scrapped|withdrawn)\b",
    # ... and, lost to the sixty-third retrain: Danish, the post put on hold, nobody hired
    # ("sætte stillingen i bero", "Vi ansætter ikke nogen i øjeblikket"); Liberian English, the
    # result not in your favour, the post going to the first-ranked candidate
    r"\bsætte stillingen i bero\b|\bvi ansætter ikke nogen\b",
    r"\bthe result is not in your favou?r\b|\bpost is going to the (?:first-ranked|top-ranked|"
    r"highest-ranked|other|successful) candidate\b",
    # after sealing fresh281-285 (rules only): Brunei Malay, the GM chose another candidate, we
    # cannot offer the post ("pilih calon lain", "inda dapat kami tawarkan"); Malay, filling the
    # post cannot go on, no offer will be issued; Manglish, we cannot afford to take one more
    r"\bpilih calon lain\b|\binda dapat (?:kami )?tawarkan\b",
    r"\bpengisian jawatan\b[^.\n]{0,40}\btidak dapat diteruskan\b|\btiada (?:sebarang )?tawaran akan "
    r"dikeluarkan\b",
    r"\bcannot afford to take (?:one more|another|a new|any more|on another)\b",
    # ... Chichewa, your application was not chosen, we chose a person, the post already taken
    # ("pempho lanu silinasankhidwe", "tinasankha munthu", "atengedwa kale"); Tumbuka, this post
    # is halted ("ntchito iyi yayimikika"); Malawian English, no appointment letter, only taking
    # forward people who have already ...
    r"\bpempho lanu silinasankhidwe\b|\b(?:tinasankha|tasankha) munthu\b|\batengedwa kale\b",
    r"\bntchito iyi yayimikika\b|\bcannot issue (?:any|an|the) appointment letter\b|\bwe are only "
    r"taking forward (?:people|candidates|those|applicants) who\b",
    # ... Italian, we cannot admit you to the interviews, you are not admitted to what follows, the
    # post is no more, we're set ("non possiamo ammetterLa ai colloqui", "non è pertanto ammessa
    # al prosieguo", "il posto da responsabile di sala non c'è più", "siamo a posto così");
    # Slovenian, a notice of not being chosen ("obvestilo o neizbiri", "prijava ni bila
    # uvrščena")
    r"\bnon possiamo ammetter(?:la|ti|vi) ai colloqui\b|\bnon è (?:pertanto |quindi )?ammess[ao] al "
    r"prosieguo\b|\bil posto (?:da|di) [\w ]{3,40}? non c['’]è più\b|\bsiamo a posto così\b",
    r"\bobvestilo o neizbiri\b|\bsklep o neizbiri\b|\bprijava ni bila uvrščena\b",
    # after sealing fresh286-290 (rules only): Russian, the CV did not fit, marked as unsuitable
    # ("Резюме не подошло", "отметила его как неподходящее"), a competition for the post
    # cancelled, the interview that will not take place; Russian in Latin letters, they took
    # another candidate, an offer withdrawn ("vzyali drugogo kandidata", "predlozhenie otozvat'")
    r"резюме не подошл\w*|(?:отметил\w*|признал\w*) (?:его|ваше резюме|вашу кандидатуру) "
    r"(?:как )?неподходящ\w*",
    r"конкурс\w* на замещение\b[^.\n]{0,250}?\bотмен[её]н\w*|собеседовани\w*[^.\n]{0,60}?\bне "
    r"состоится\b|предложени\w* (?:о работе )?отозва\w*",
    r"\b(?:vzyali|vybrali) drugogo kandidat\w*|\bv pol'?zu drugogo kandidat\w*|"
    r"\bpredlozheni\w* (?:o rabote )?otozva\w*",
    # ... French, no contract can be offered, another teacher retained, a board's status, hours
    # given to another candidate ("Il ne nous est donc pas possible de vous proposer un
    # contrat", "le comité a retenu une enseignante", "Statut : Candidature non retenue", "a
    # confié les heures d'anglais ... à un autre candidat"); Kirundi, you were not chosen for the
    # post, the committee chose ("mutatowe ku kibanza", "Komite yahisemwo")
    r"\bil ne nous est (?:donc |malheureusement |pas )*(?:pas )?possible de vous proposer "
    r"(?:un contrat|un poste|une affectation|un emploi)\b",
    r"\b(?:a|ont|avons) retenu une? (?:autre )?(?:candidate?|enseignante?|personne|profil)\b|"
    r"\bstatut\s*:\s*\**\s*candidature non retenue\b|\bconfié [^.\n]{0,60}?à une? autre "
    r"(?:candidate?|personne|enseignante?)\b",
    r"\b(?:mutatowe|ntimwatowe|ntiwatowe)\b|\b(?:komite|akanama) (?:ya)?hisemwo\b",
    # ... South Sudanese and Caribbean English, the post given to someone named ("They gave the
    # Head of Science post to Mr. Lomoro", "wi gi di Kayak & Nature Guide job to Kenroy"), a
    # council that chose Mrs. X for the post; Spanish, we will not go on with you, the post
    # already taken ("no vamos a seguir contigo", "el puesto ... ya lo tomó un chico de acá")
    r"\b(?:gave|give|gi|giv) (?:the|di|da) [^.\n]{0,50}?\b(?:post|position|job|role|wok|work) "
    r"to (?:mr|mrs|ms|miss|dr|someone|somebody|another|one|a)\b|\bwi (?:gi|giv|give|gave) di "
    r"[^.\n]{0,50}?\b(?:job|wok|work|position|post) to\b",
    r"\bchose (?:mr|mrs|ms|miss|dr)\.? [^\W\d_]+ (?:[^\W\d_]+ )?for the\b",
    r"\bno (?:vamos|podemos) (?:a )?seguir contigo\b|\bpuesto\b[^.\n]{0,80}?\bya lo (?:tomó|ocupó|"
    r"cubrió|agarró)\b",
    # ... Swedish (Åland), you could not be taken into the further assessment, the post has been
    # filled ("Ni har därför inte kunnat tas med i den fortsatta bedömningen", "Tjänsten har
    # tillsatts")
    r"\binte kunnat tas med i den fortsatta (?:bedömningen|rekryteringen|processen)\b",
    r"\btjänsten har (?:nu )?tillsatts\b",
    # ... Spanish, the offer we made you withdrawn ("Tenemos que retirar la oferta de Guía de
    # Trekking que te hicimos"); Tetum, they do not go on with your candidacy ("sira la kontinua
    # ho Ita-nia kandidatura"); a written test's cut-off ("we invited to panel interview only
    # candidates who scored 70 and above"); Caribbean Creole's "No tek it bad" (sixty-fourth pass,
    # lost to retraining)
    r"\bretirar (?:la|nuestra|esta) oferta\b[^.\n]{0,60}?\bque (?:te|le|les) (?:hicimos|hemos hecho|"
    r"enviamos|extendimos)\b",
    r"\bla kontinua ho (?:ita-nia|ita nia|ita) kandidatura\b",
    r"\b(?:invited|shortlisted|progressed|took forward)\b[^.\n]{0,40}?\bonly (?:the )?(?:candidates|"
    r"applicants|those) who scored\b",
    r"\bno tek it bad\b",
    # ... and English, "We're going to stop here with your application"
    r"\b(?:we're|we are|we'll|we will|i'm|i am) (?:going to )?stop (?:it )?here with your "
    r"(?:application|candidacy)\b",
    # after sealing fresh296-300 (rules only): Levantine Arabic in Latin letters, we decided to go
    # with another candidate, the manager decided to take someone from inside ("2arrarna nroo7
    # 3ala candidate tani", "2arrar ya5od 7ada men jowwa"); Dutch, you do not qualify for this post
    # ("dat u niet in aanmerking komt voor deze functie"); West Frisian, the choice did not fall on
    # you, we chose a candidate, we do not take your application on ("dy kar is net op dy fallen",
    # "Wy hawwe keazen foar in kandidaat", "Wy nimme dyn sollisitaasje net mei"); Hindi, we cannot
    # consider your candidacy further ("आपकी उम्मीदवारी पर आगे विचार नहीं कर पाएँगे")
    r"\b(?:nroo7|nrou7|nro7|nrouh) (?:3ala|3a|ma3|m3a) (?:candidate|7ada|wa7ad|wahad|wa7ed)\b|"
    r"\b(?:2arrar|2arraro|2arrarna|qarrar|qarrarna) (?:ya5od|na5od|ya5du|ywazzef|nwazzef) 7ada\b",
    r"\b(?:u|je|jij) (?:helaas )?niet (?:langer )?in aanmerking (?:komt|kom)\b|\bniet in aanmerking "
    r"(?:komt|komen) voor (?:deze|de|die) (?:functie|vacature|baan|positie)\b",
    r"\bkar is net op dy fallen\b|\bhawwe (?:keazen|keas) foar (?:in oare |in )?kandidaat\b|\bnimme dyn "
    r"sollisitaasje net mei\b",
    r"उम्मीदवारी पर आगे विचार नहीं",
    # after sealing fresh291-295 (rules only): Latvian, the commission elected another applicant,
    # the post offered to another candidate, another named the winner ("nolēma ... ievēlēt citu
    # pretendentu", "esam piedāvājuši citai kandidātei", "uzvarētāju atzina pretendentu");
    # Latgalian and Latvian, we chose another candidate ("izavielēm cytu kandidatu")
    r"\bievēlēt (?:citu|citas) (?:pretendent|kandidāt)\w*|\bpiedāvāj\w* (?:citam|citai) "
    r"(?:kandidāt|pretendent)\w*|\buzvarētāju atzina (?:citu )?(?:pretendent|kandidāt)\w*",
    r"\b(?:izavielēm|izavēlēm|izvēlējāmies|izvēlējamies) (?:cytu|citu) (?:kandidatu|kandidātu|"
    r"pretendentu)\b",
    # ... an Indian board's written test ("Your roll number does not figure in the list of
    # qualified candidates", "आपका अनुक्रमांक सफल अभ्यर्थियों की सूची में नहीं है")
    r"\b(?:roll (?:number|no\.?)|registration number|application number)\b[^.\n]{0,30}?\bdoes not "
    r"(?:figure|appear|feature)\b[^.\n]{0,30}?\blist\b",
    r"अनुक्रमांक[^।\n]{0,60}?सूची में नहीं है",
    # ... Uzbek, a board's status "Rad etildi", decided not to go on with you ("davom
    # ettirmaslikka qaror qildi"); Karakalpak, you were not found the winner ("siz jeńimpaz dep
    # tabılmadıńız")
    r"\bholat\w*\s*:\s*\**\s*rad etildi\b|\bdavom ettirmaslikka qaror qil\w*",
    r"\bjeńimpaz dep tabılmad\w*|жеңимпаз деп табылмад\w*",
    # ... Portuguese, the decision not in your favour, the post given to another ("a decisão não
    # lhe foi favorável", "o lugar de ... foi atribuído a um candidato")
    r"\ba decisão não (?:lhe|te|vos) foi favorável\b|\b(?:o lugar|a vaga|o posto|o cargo)\b"
    r"[^.\n]{0,80}?\bfoi atribuíd[oa] a (?:um|uma|outr[oa])\b",
    # ... Italian, an offer of employment revoked ("costretta a revocare tale proposta", "Revoca
    # della proposta di assunzione"); Russian, preference given to a candidate, a board's
    # "принял решение: отказ"
    r"\bcostrett[aoi] a revocare (?:tale|la|questa|la nostra) proposta\b|\brevoca della proposta "
    r"di assunzione\b",
    r"предпочтение (?:было )?отдано (?:другому )?(?:кандидат|специалист|соискател)\w*|"
    r"\bпринял\w* решение\s*:\s*отказ\b",
    # after sealing fresh301-305 (rules only): Russian, we close the vacancy, we can take neither
    # you nor anyone else ("вакансию мы закрываем — ни вас, ни кого-то другого взять на неё сейчас
    # не можем"); Turkmen, we cannot move your candidacy to the next round ("dalaşgärligiňizi
    # indiki tapgyra geçirip bilmeýäris"); Réunion Creole, we decided not to take you, we found
    # someone ("nou la désid pa pran aou", "nou la trouv inn moun"); French, the post offered to
    # the other candidate ("proposé le poste à l'autre candidate")
    r"\bвакансию (?:мы )?(?:закрываем|закрыли)\b|\bзакрываем (?:эту )?вакансию\b|\bни вас, ни "
    r"(?:кого-то|кого-либо|кого) (?:другого|ещё)\b",
    r"\bindiki (?:tapgyra|tapgyryna|döwre) geçirip bilme\w*|\bbaşga (?:bir )?dalaşgär\w* saýla\w*",
    r"\b(?:désid|désidé|décid) pa (?:pran|prann|anbosh|anbos) (?:aou|vou|ou)\b|\bnou la trouv (?:inn|in|"
    r"ène) (?:moun|dalon)\b",
    r"\b(?:proposé|offert|attribué) (?:le poste|ce poste|la place) à (?:l['’]autre|un autre|une autre) "
    r"(?:candidat|candidate|finaliste)\b",
    # ... and, lost to the retrain: English, a test scored just under the line for the next round
    # ("your submission came in just below that line"), a founder's "we've decided to only hire
    # for this seat in Vancouver"
    r"\byour (?:submission|score|test|result|assessment|task)\b[^.\n]{0,30}?\b(?:came in|fell|was|"
    r"landed) (?:just |slightly |narrowly )?below (?:that|the|our) (?:line|threshold|bar|cut-?off|mark)\b",
    r"\b(?:we've|we have|we) decided to only (?:hire|recruit|consider candidates)\b",
    # after sealing fresh306-310 (rules only): Spanish, a public list's "su solicitud figura como
    # EXCLUIDA", an owner's "Al final cogemos a un instructor que ya trabajó con nosotros", "ya tomé
    # a una chica que habla portugués"; Mizo, we cannot give you this post ("he hna hi i hnenah kan
    # pe thei lo"); Nagamese, I cannot give you the job ("kaam apuni ke dibole na paribo");
    # Papiamentu and Dutch, a portal's "Status nobo: No selekshoná", "Nieuwe status: niet
    # geselecteerd", "a disidí di no invitá bo"; English, a vacancy "on hold indefinitely", a
    # founder's "we will not hire a coordinator ... after all"
    r"\b(?:figura|figuras|aparece|consta) como excluid[oa]\b|\b(?:ha|has) (?:quedado|resultado) "
    r"excluid[oa]\b",
    r"\b(?:al final|finalmente|ya),? (?:cogemos|cogimos|tomé|tomamos|contraté|contratamos|elegí|"
    r"agarré|agarramos) a (?:un|una|otro|otra)\b",
    r"\bkan pe thei lo\b|\bke dibole na paribo\b",
    r"\bno selekshoná\b|\bdisidí di no (?:invitá|sigui|kontinuá|selekshoná)\b|\bnieuwe status\s*:\s*"
    r"niet geselecteerd\b",
    r"\b(?:vacancy|position|role|post|recruitment|hiring) on hold indefinitely\b",
    r"\b(?:we|i) (?:will not|won't|are not going to|aren't going to) (?:be )?hir(?:e|ing) (?:an?|anyone|"
    r"anybody)\b[^.\n]{0,60}?\b(?:after all|this year|this season|for now)\b",
    # ... and, lost to the retrain: a Bruneian panel "telah memutuskan untuk tidak meneruskan
    # permohonan tuan/puan ke peringkat seterusnya"
    r"\b(?:memutuskan|diputuskan) untuk tidak meneruskan (?:permohonan|pencalonan)\b",
    # ... and a Catalan "no podrem comptar amb tu per a la plaça" (we cannot count on you)
    r"\bno (?:podrem|podem|podríem) comptar amb (?:tu|vostè|vosaltres)\b",
    # after sealing fresh311-315 (rules only): Finnish, a council's result "Tehtävään on valittu
    # tradenomi Laura Sarre" (someone else chosen, not "sinut" or "teidät"); Russian, a state
    # institute's "победителем конкурса признан другой претендент", a tour firm's "решили в этом
    # сезоне брать только тех ребят, кто уже ходил с нами"; Guyanese Creolese "we cyaan tek yuh
    # fuh de ... wuk ... so we gon use he", "We gone wid somebody else fuh de Fleet Planner spot"; Gulf Arabic, an eco-
    # camp's "فقررنا نلغي الوظيفة هذي" (we decided to cancel this job); English, an owner's "I can't
    # take on a second instructor this year", "I can't put you on the helicopter this winter"
    r"\b(?:tehtävään|virkaan|toimeen|työpaikkaan|tehtäviin) on (?:nyt )?valittu\b(?! (?:sinut|teidät)\b)",
    r"\bпобедител\w* (?:конкурса |отбора )?(?:признан\w*|стал\w*|объявлен\w*|определ\w*) (?:друг\w*|ин\w+) "
    r"(?:претендент\w*|кандидат\w*|участник\w*|соискател\w*)",
    r"\bрешили (?:[^.\n]{0,40} )?брать только (?:тех|своих|ребят|людей|тех, кто)\b",
    r"\bwe (?:cyaan|cyan|caan|cyah|can't) tek (?:yuh|yu|you)\b",
    r"\bso (?:we|me) (?:gon|gonna|go|goin) use (?:he|she|him|her|dem)\b",
    r"\b(?:we|me|i) (?:gone|gaan|go|gon|goin) wid (?:somebody|somebady|smadee|someone|smaddy) else\b",
    r"(?:قررنا|فقررنا|قرّرنا) (?:نلغي|إلغاء|الغاء|نسكّر|نوقف|إيقاف) (?:الوظيفة|الوظيفه|الشاغر|التوظيف)",
    r"\b(?:i|we) (?:can't|cannot|can not|won't be able to|(?:am|are) (?:not able|unable) to) (?:take on|"
    r"put you on|bring on|carry) (?:the |a |an |another |any |our )?(?:second |third |new |extra |"
    r"additional )?[\w-]+(?: [\w-]+)? (?:this|next|for the|for this) (?:year|season|winter|summer)\b",
    # ... and, lost to the retrain: a pay gap's "it doesn't make sense to ask you to go through the
    # technical rounds"
    r"\b(?:doesn't|does not|wouldn't|would not) make sense (?:for (?:us|either of us) )?to (?:ask you to "
    r"go through|move forward|continue|proceed|keep going|take (?:this|things|it) further)\b",
    # after sealing fresh316-320 (rules only): Georgian, "თქვენ ვერ გახდით კონკურსში
    # გამარჯვებული" (you did not become the winner), a score that "ვერ მიაღწია ... მინიმალურ
    # ზღვარს" and "ვერ მიიწვევით" (you will not be invited); Turkish "başvurunuz olumlu
    # sonuçlanmadı", "değerlendirme sürecine dahil edilememiştir"; Russian "приняла решение об
    # отказе", a chat's "увы, дальше не идём"; Roman Urdu "is dafa hum aap ko nahi le sakenge";
    # a US civil service's "your name will not be certified for this vacancy"
    r"(?<!\w)ვერ გახდით[^.\n]{0,40}?გამარჯვებულ|(?<!\w)ვერ მიიწვევით|(?<!\w)ვერ მიაღწია[^.\n]{0,80}?"
    r"(?:ზღვარ|ქულა)",
    r"\bolumlu sonuçlan(?:madı|mamıştır|mamaktadır)\b|\b(?:sürecine|aşamasına|sürece|sürecimize) "
    r"dahil edileme(?:miştir|di|mektedir)\b",
    # after sealing fresh351-355, lost to the retrain: a Chilean mine's "al final decidimos
    # contratar a una persona que vive en Calama", a German agency's client "hat sich ... gegen
    # eine Fortsetzung mit Ihnen entschieden", a Romanian board's "a propus pentru ocuparea
    # postului un alt candidat" and its English "The committee proposed another candidate"
    r"\bdecidimos contratar a (?:una persona|otra persona|alguien|otro|otra|un candidato|una candidata)\b"
    r"|\bgegen eine (?:fortsetzung|weiterführung|zusammenarbeit) mit (?:ihnen|dir) entschieden\b"
    r"|\ba propus pentru ocuparea postului (?:un alt|o altă|alt) candidat|\b(?:committee|panel|board) "
    r"(?:has )?proposed another candidate\b",
    r"(?<!\w)решени\w* об отказе\b|(?<!\w)(?:увы|к сожалению|коротко|короче|в общем)[,:]? (?:мы )?дальше (?:мы )?не "
    r"(?:идём|идем|пойдём|пойдем|двигаемся)\b",
    r"\b(?:hum|ham) (?:aap|ap|tum) ko (?:nahi|nahin) (?:le|rakh) (?:sakenge|sakte|sakain|paayenge|payenge)\b",
    r"\byour name (?:will not|won't|cannot|can not|will no longer) be certified\b",
    # ... and, lost to the retrain: an Ushuaia hostel's "ya tomé a una chica que habla portugués"
    r"\bya (?:tomé|tomamos|contraté|contratamos|elegí|elegimos|agarré|agarramos) a (?:una chica|un chico|"
    r"una persona|otra persona|alguien|otro|otra|un pibe|una piba)\b",
    # after sealing fresh321-325 (rules only): a Russian job portal's "рассмотрел ваш отклик ... и
    # отклонил его" and "отклонил ваш отклик"; Norwegian "det ble dessverre ikke deg denne
    # gangen", "velge den andre finalisten"; Faroese "mæla til ein annan umsøkjara", "ikki bjóða
    # tær starvið", a post that "ikki verður sett" or "verður tikið aftur"; Romanian "nu ați fost
    # declarată câștigătoare a concursului"; Marathi "आम्ही पुढे जात नाही" (we are not going ahead)
    r"(?<!\w)отклик\w*[^.\n]{0,120}? и отклонил\w* (?:его|её|ее)(?!\w)|(?<!\w)отклонил\w* ваш\w* "
    r"(?:отклик|заявк|кандидатур)",
    r"\b(?:det )?(?:ble|blei|blev) (?:dessverre |desværre |tyvärr |diverre )?(?:ikke|inte|ikkje) "
    r"(?:deg|dig|du|deg denne gangen)\b(?! som\b)|\b(?:velge|valgte|valgt|valde|vælge|valgte) "
    r"(?:den |en )?(?:andre|annen|anden|andra|annan) finalist\w*",
    r"\bmæla til ein annan umsøkjara\b|\bikki bjóða tær starv\w*|\bstarvið (?:ikki verður|verður "
    r"ikki) sett\b|\bstarvið verður (?:tí )?tikið aftur\b",
    r"\bnu a[țţt]i fost declarat[ăa]? c[âa][șşs]tig[ăa]to(?:r|are)\w*",
    r"आम्ही पुढे जात नाही|पुढे जाऊ शकत नाही|पुढे नेऊ शकत नाही",
    # ... and, lost to the retrain: English as a second language's "We decided for a person who
    # ...", a Russian "решение по вашей кандидатуре ... отрицательное"
    r"\bwe (?:have )?decided (?:for|on) (?:a|another|an other|one other) (?:person|candidate|applicant)\b",
    r"(?<!\w)решени\w* по ваше\w* (?:кандидатур|заявк|резюме|отклик)\w*[^.\n]{0,100}?(?<!\w)отрицательн\w*",
    # after sealing fresh326-330 (rules only): Russian "решили ... второго гида не брать"; Icelandic
    # "Ráðin hefur verið ..." and "ráðið hefur verið í starf" (someone has been hired); Danish "vi
    # har valgt at ansætte en kandidat med ..."; Basque "zure eskaera ez dela onartu"; Spanish
    # "no ha superado el ejercicio"; Brazilian "Situação: NÃO CLASSIFICADO(A)", "a candidata não
    # foi aprovada no presente processo seletivo"
    r"(?<!\w)решили (?:[^.\n]{0,60}? )?(?:не брать|не нанимать|не открывать ваканси\w*|никого не брать)(?!\w)",
    r"(?<!þegar )(?<!eftir að )\b(?:ráðin|ráðinn|ráðið) hefur verið\b|\bhefur verið ráðin\w*\b",
    r"\bikke (?:kommer til at |vil )?besætte stillingen\b|\bstillingen (?:er blevet|bliver) (?:inddraget|"
    r"nedlagt|annulleret)\b|\bstillingen (?:blir|er blitt|vil bli) (?:trukket tilbake|ikke besatt)\b",
    r"\b(?:vi har|har vi) (?:valgt|besluttet) at ansætte (?:en|et|den) (?:anden |andet )?(?:kandidat|ansøger)\w*",
    r"\b(?:zure|zeure) eskaera ez (?:da|dela|dugu) onartu\b|\bez zara (?:hautatua|aukeratua)\b",
    r"\bno (?:ha|has) superado (?:el|la|los|las) (?:\w+ )?(?:ejercicio|prueba|examen)\w*",
    r"\bsituação:?\s+(?:não classificad[oa]|desclassificad[oa]|eliminad[oa]|reprovad[oa])",
    r"\bnão foi aprovad[oa] no (?:presente |referido )?(?:processo seletivo|concurso|certame)\b",
    # after sealing fresh331-335 (rules only): Russian, an offer taken back with the offer first
    # ("Предложение о работе, которое мы направили вам ..., мы вынуждены отозвать"), "продолжить
    # процесс мы не сможем"; Quebec French, the post abolished ("le poste a été aboli", "ce
    # processus est annulé", "aucune nomination ne sera effectuée"); a French competition's list
    # the reader is not on ("vous n'y figurez pas", "inférieure au seuil d'admissibilité")
    r"(?<!\w)предложени\w* о работе[^.\n]{0,160}?(?<!\w)(?:вынуждены|вынуждено|вынужден|вынуждена|"
    r"приходится|решили) (?:\w+ )?отозвать(?!\w)",
    r"(?<!\w)продолжить (?:процесс|сотрудничество|работу с вами|общение) (?:мы )?не (?:сможем|можем|"
    r"получится)(?!\w)",
    r"\b(?:le|ce) poste (?:a été|est|sera) (?:aboli|supprimé|annulé|gelé)\b|\b(?:ce|le) processus "
    r"(?:de (?:sélection|dotation|recrutement) )?(?:est|a été) annulé\b|\baucune nomination ne sera "
    r"(?:effectuée|faite)\b",
    r"\bvous n'y figurez pas\b|\binférieure? au seuil d'(?:admissibilité|admission)\b",
    # ... and, lost to the retrain: Icelandic "því miður varð annar umsækjandi fyrir valinu"
    # (another applicant was chosen); English "what we need right now is not a product manager"
    r"\b(?:varð )?(?:annar|önnur|annan) (?:umsækjandi|umsækjanda|aðili|einstaklingur) (?:varð )?fyrir "
    r"valinu\b",
    r"\bwhat we (?:really )?need (?:right now |now |at the moment |for now )?is not an? (?:[\w-]+ ){1,3}but\b",
    # ... and Mauritian Creole, "nou pa pou kapav pran twa pou post Dive Centre Manager"
    r"\b(?:nou|mo) pa (?:pou |pe )?(?:kapav|kav|capav) (?:pran|prann|anbos|anbose|anploy\w*) (?:twa|ou|zot)\b",
    # after sealing fresh336-340 (rules only): Doric and Scots, not taking the reader on ("they're
    # nae takin you forrit"), another taken for the job ("we've gone wi Peigi fae the Post Office
    # for the ... job"); Andalusian Spanish, the hiring frozen ("congela la contratación del ...")
    r"\b(?:nae|no|not) takin['g]? (?:you|ye) (?:forrit|forward|further)\b",
    r"\b(?:we['’]ve|we have|they['’]ve|they have|the board['’]s|the board has) gone (?:wi|with) "
    r"[\w'’-]+(?: [\w'’-]+){0,5}? (?:for|fer) the (?:[\w-]+ ){0,4}?(?:job|post|role|position)\b",
    r"\bcongela(?:n|mos)? (?:la contratación|el proceso|la posición|la vacante|el puesto|"
    r"la incorporación)\b",
    # seventy-fourth pass, lost to the retrain: a Russian offer taken back in the present ("мы
    # отзываем данное предложение"); Italian, not going on with the application ("Non andremo
    # quindi avanti con la candidatura"); Andalusian Spanish, the client picked another ("han
    # cogido a un chico q ya estaba currando con ellos")
    r"(?<!\w)(?:мы )?(?:отзываем|отзывает|отзывают) (?:\w+ )?(?:предложение|оффер)(?!\w)",  # (after sealing fresh361-365: a firm "отзывает")
    r"\bnon (?:andremo|andiamo|potremo andare|possiamo andare) (?:quindi |pertanto |dunque |più )?avanti "
    r"con (?:la |il )?(?:tua |sua |vostra )?(?:candidatura|profilo|processo)\b",
    r"\b(?:han|hemos|ha) cogido a (?:un chico|una chica|otr[oa]|alguien|una persona|un candidato|"
    r"una candidata)\b",
    # after sealing fresh341-345 (rules only): a Romanian result line "Rezultat: RESPINS" and
    # "nu veți putea participa la interviul programat"; Mexican Spanish, a recruiter's "no te van
    # a considerar para la entrevista", a post "se cubrió con una promoción interna", a board's
    # "Estatus: Descartado por la empresa"; a Peruvian table's "| NO APTO |"; Portuguese, the
    # client "optou por promover uma pessoa da própria equipe", "o processo foi encerrado sem
    # contratação externa"
    r"\brezultat(?:ul)?(?: final| probei \w+)?\s*:\s*\**\s*respins[ăa]?\b|\bnu (?:veți|veţi|veti) "
    r"(?:mai )?putea participa la (?:interviu|proba)",
    r"\bno (?:te|lo|la|le|los|las) (?:van a|vamos a|va a|pueden|podemos|podrán) (?:considerar|tomar en "
    r"cuenta) para (?:la|el|una|un) (?:entrevista|siguiente|puesto|vacante)\b",
    r"\b(?:la vacante|el puesto|la plaza|la posición|el cargo) (?:ya )?se (?:cubrió|ha cubierto|llenó)\b",
    r"\bestatus\s*:\s*\**\s*(?:descartad[oa]|rechazad[oa]|no seleccionad[oa])\b",
    r"\|\s*no apt[oa]\s*\|",
    r"\boptou por (?:promover|contratar|seguir com|avançar com|ficar com) (?:uma pessoa|um candidato|uma "
    r"candidata|outr[oa]|alguém)\b|\bprocesso (?:foi )?encerrado sem contrata[çc][ãa]o\b",
    # after sealing fresh346-350 (rules only): Turkish, an application set aside ("başvurunuz
    # değerlendirme dışı bırakılmıştır"), a condition not met ("şartını karşılamadığı"), "not
    # possible to employ you", a score under the bar, "we will not take anyone for now", "we are
    # not inviting you"; Indonesian "Status: TIDAK MEMENUHI SYARAT", "dinyatakan tidak lulus";
    # Mexican "no vamos a contratar a nadie"; French "vous n'êtes pas déclarée admissible";
    # English "cancelled the recruitment process for"
    r"\bbaşvurunuz (?:\w+ ){0,2}?değerlendirme dışı bırakıl\w*|\bşartını karşılamadığı\w*",
    r"\b(?:istihdam edilmeniz|yer almanız|atanmanız|alınmanız|ilerlemeniz|devam etmeniz) (?:\w+ )?"
    r"mümkün ol(?:mamaktadır|mamıştır|madı|mayacaktır)\b",
    r"\bbaraj\w* altında kal\w*|\bpuanı alamadığınız\w*",
    r"\bkimseyi (?:işe )?almayacağız\b|\b(?:seni|sizi) (?:\w+ )?davet (?:etmiyoruz|edemiyoruz|edemeyeceğiz)\b",
    r"\bstatus\s*:\s*\**\s*tidak memenuhi syarat\b|\bdinyatakan tidak (?:lulus|lolos)\b",
    r"\bno (?:vamos a|podemos|podremos|va a) contratar a nadie\b",
    r"\bn['’](?:êtes|etes|es) pas (?:déclaré|declare)\w* admissible\b",
    r"\bcancell?ed the (?:recruitment|selection|hiring) process for\b",
    # after sealing fresh356-360: Chinese, not through to the medical check and no further
    # steps ("未进入体检环节，本次招聘不再进入后续程序"); Thai, "cannot take you on in the post" ("ยังไม่สามารถรับคุณเข้าทำงาน"); Burmese,
    # not able to call for interview or to select further ("အင်တာဗျူး ခေါ်နိုင်ခြင်း မရှိ",
    # "ရှေ့ဆက်ရွေးချယ်နိုင်ခြင်း မရှိ"); Tigrinya, not passed to the next stage, not selected
    # ("ከነሕልፎ ኣይከኣልናን", "ኣይተመረጽኩምን"); French texting, "ils ont pris qqn d'autre";
    # Réunion Creole, "nou la pran in ot moun pou le poste"
    r"未进入(?:体检|考察|下一|后续)|未進入(?:體檢|考察|下一|後續)|不再进入后续|不再進入後續",
    r"ไม่สามารถรับ(?:คุณ|ท่าน)เข้า(?:ทำงาน|ร่วมงาน)",
    r"ခေါ်နိုင်ခြင်း ?မရှိ|ရွေးချယ်နိုင်ခြင်း ?မရှိ",
    r"ከነሕልፎ ኣይከኣልና|ከነሕልፈ\S* ኣይከኣልና|ኣይተመረጽ(?:ኩምን|ክን|ኪን|ካን)",
    r"ሰብ ስለ ዝመረጽና|ተወዳዳሪ ስለ ዝመረጽና",
    # (after the retrain: a Spanish "nos hemos decantado por un perfil con experiencia ...")
    r"\bnos hemos decantado por (?:un perfil|otr[oa]|una candidatura|un candidato|una candidata|una persona)\b",
    r"\b(?:ils|elles|on|nous|il|elle) (?:ont|a|avons) pris (?:qqn|qq1|quelqu['’]un) d['’]autre\b",
    r"\bla pran (?:in|inn) (?:ot|lot|ote) moun\b",
    # opened fresh341-345: Kazakh, "this time we cannot make you an offer" ("бұл жолы сізге ұсыныс
    # жасай алмаймыз"), in a note without another job word
    r"(?<!\w)ұсыныс (?:жасай|бере|ұсына) (?:алмаймыз|алмадық|алмайтынымызды)(?!\w)",
    # after sealing fresh361-365: an airline's "Selection for the 2026 Cabin Crew intake is now
    # complete, and this time we won't be able to offer you a place in the class" (a place in
    # a crew's or trainees' intake, not a school's)
    r"\b(?:crew|cadet|trainee|apprentice\w*|graduate|recruit)s? intake\b[^.\n]{0,80}\b(?:won't|will not|"
    r"unable to|not be able to|cannot|can't) (?:be able to )?offer you a place\b",
    # Swahili and Sheng, "we have not taken you", "we decided to take a guy who has ..."
    # ("hatujakuchukua", "tumeamua kuchukua msee"); Dhivehi, decided not to take you, took
    # someone, chose someone, selection stopped, no further step ("ތިބާ ނުނަގަން ނިންމީ", "މީހަކު
    # ނެގީ", "ehen meehaku hovijje", "ހޮވުމުގެ މަސައްކަތް ހުއްޓާލެވި", "އިތުރު ފިޔަވަޅެއް ނާޅާނެ");
    # Portuguese, a competition annulled with no one hired, listed as excluded, "não ficaste com
    # o lugar"; Tajik, not passed to the interview stage, not the competition's winner, "not
    # this time" ("гузаронида нашуд", "ғолиби озмун эътироф нагардидед", "ин дафъа намешавад");
    # Catalan texting, "hem agafat una noia", "no et podem agafar"
    r"\bhatuja(?:ku|mku)chukua\b|\btumeamua kuchukua (?:msee|mtu|mwingine|jamaa|mgombea|dem|manzi)\b",
    r"ނުނަގަން ނިންމި|ނުނަގަން ނިންމީ|މީހަކު ނެގީ|މީހަކު ހޮވީ|މީހަކު ހޮވިއްޖެ|ހޮވުމުގެ މަސައްކަތް ހުއްޓާލ|"
    r"އިތުރު ފިޔަވަޅެއް ނާޅާނެ|\behen meehaku hovi\w*",
    r"\b(?:o|este|el) concurso (?:foi|fica|é|fue|ha sido) anulado\b|\bnão havendo lugar à contratação\b|"
    r"\bcomo candidat[oa] excluíd[oa]\b|\bnão (?:ficaste|ficou|ficaram) com (?:o lugar|a vaga)\b",
    r"(?<!\w)ба марҳилаи (?:\w+ ){0,2}гузаронида нашуд|(?<!\w)ғолиби озмун (?:эътироф )?(?:нагардидед|"
    r"нашудед|дониста нашудед)|(?<!\w)ин дафъа (?:намешавад|нашуд)(?!\w)",
    r"\bhem agafat (?:una noia|un noi|una altra persona|algú|una persona|un altre|una altra)\b|"
    r"\bno (?:et|us) podem agafar\b",
    # (Russian, a site manager's "по прорабу, к сожалению, не сложилось")
    r"(?<!\w)к сожалению,? (?:в этот раз |на этот раз )?не сложилось(?!\w)",
    # (after the retrain, which lost them: Taglish "hindi na po namin maipapasa ang application
    # ninyo"; Tok Pisin "mipela i no inap givim dispela wok long yu", "makim pinis narapela";
    # Italian "ha individuato una candidata ... Non potremo pertanto proporle l'inserimento";
    # Tetum "ita la hetan", "deside ona atu foti ema ida")
    r"\bhindi na (?:po )?namin (?:maipapasa|maipasa|maitutuloy)\b|\bhindi (?:po )?namin maipapasa\b",
    r"\bi no inap givim (?:dispela |despela |disla )?wok\b|\bmakim pinis narapela\b",
    r"\bnon (?:potremo|possiamo) (?:pertanto |quindi |dunque )?proporle l['’]inserimento\b|"
    r"\bha individuato (?:un(?:a|o)? )?(?:altr[oa] )?(?:candidat[oa]|profilo|persona)\b",
    r"\bita la hetan\b|\bdeside (?:ona )?atu foti ema\b",
    # after sealing fresh366-370: Occitan, decided not to offer you the post, we chose a person
    # who ("avèm decidit de pas vos prepausar lo pòst", "avèm causit una persona qu'a");
    # Aranese, the minimum score not reached, out of the process; Catalan, on the final list of
    # the excluded; siSwati, we have not chosen you, we chose another ("asikakukhetsi",
    # "sikhetse lomunye umuntfu"); Indonesian, declared not eligible, not accepted, an offer
    # cancelled, a post cancelled; Ambonese and Manado Malay ("beta seng jadi ambil Ibu",
    # "dorang so ambe orang", "lamaran nyanda lanjut"); Serbian, not chosen, a job ad annulled,
    # an application not passed on or incomplete, an offer withdrawn; Rusyn, "нє вибрали зме
    # Вас"; Slovak, the post filled otherwise; Japanese, the call for applicants stopped
    # ("本募集を中止"), and in romaji "o-miokuri to sasete itadaku"
    r"\bdecidit de pas vos (?:prepausar|ofrir|retenir|causir)\b|"
    r"\bavèm causit (?:una|un) (?:persona|autra|autre|candidat\w*)\b",
    r"\bnon auetz arribat ara puntuacion\b|\bquedatz fòra deth procès\b",
    r"\bfigura a la llista (?:definitiva |provisional )?d['’]aspirants exclosos\b",
    r"\basikakukhetsi\b|\bsikhetse lomunye\b",
    r"\bdinyatakan tidak memenuhi syarat\b|\bbelum (?:dapat|bisa) kami terima\b",
    r"\bpenawaran (?:tersebut |kerja |ini )?kami batalkan\b",
    r"\bposisi [^.\n]{3,80}? dibatalkan\b",
    r"\bseng jadi ambil (?:ibu|bapa|ale|nona|ose|usi|bung)\b|\bso ambe orang\b|\blamaran nyanda lanjut\b",
    r"\bvi niste izabran[ia]?\b|(?<!\w)поништењ\w* (?:јавног )?огласа\b|\bponištenj\w* (?:javnog )?oglasa\b",
    r"(?<!\w)пријава није упућена\b|(?<!\w)оцењена као непотпуна\b|\bponudu (?:moramo )?povuč\w*|"
    r"\bpovlačimo ponudu\b",
    r"\bne primamo nov\w*",
    r"(?<!\w)нє вибрали зме\b",
    r"(?<!\w)прияли зме (?:кандидата|другого|иншого)\b",
    r"\bsme (?:napokon |nakoniec |už )?obsadili inak\b",
    r"募集を中止|\bo-?miokuri to sasete\b",
    # (after the retrain, which lost them: Indonesian "belum berhasil untuk melanjutkan ke tahap
    # seleksi berikutnya", a family firm's "kami belum bisa ambil Kakak", an Ambonese father
    # who "su putus kasi posisi itu par" a cousin, the post given to another)
    r"\bbelum berhasil (?:untuk )?melanjutkan ke tahap\b",
    r"\bbelum bisa ambil (?:kakak|kak|ibu|bapak|anda|kamu|mbak|mas|nona)\b",
    r"\bsu putus kasi posisi (?:itu |ini )?par\b",
    # after sealing fresh371-375: English, not moving forward with yours, won't be filling it;
    # Bengali, not selected, cannot be selected, not recommended for appointment, not called
    # to the interview round; Chittagonian, "can't take you" ("অনেরে লইত ন পারের"); Libyan
    # Arabizi, we can't go on with you ("ma najmoosh nkamlo m3ak"); Maltese, we took someone
    # ("ħadna lil xi ħadd"); Scottish Gaelic, we are not offering, the panel chose a candidate
    # ("nach eil sinn a' tabhann", "thagh am pannal tagraiche"); Indonesian, cannot accept you,
    # a recruitment cancelled
    r"\bnot (?:be )?moving forward with yours\b",
    r"\bwon['’]t be filling (?:it|the (?:post|role|position|job|vacancy))\b",
    "নির্বাচন করা যাচ্ছে না|সুপারিশ করা সম্ভব হয় ?(?:নাই|নি)",
    r"(?:ইন্টারভিউ|পরীক্ষা|সাক্ষাৎকার)[^।\n]{0,40}?ডাকা হচ্ছে না",
    "লইত ন পার",
    r"\bma (?:najmoosh|najmoush|najmush|nagdroosh|negdroush|n9droosh) nkamlo m3a\w*",
    r"\bkhdina (?:wahed|wa7ed|wa7da|wahda)\b",
    r"\bħadna (?:lil )?xi ħadd\b",
    r"\bnach eil sinn a['’] tabhann\b",
    r"\bthagh (?:am pannal|sinn|iad|a['’] chomataidh) (?:tagraiche|neach|cuideigin)\b",
    r"\bbelum (?:bisa|dapat) menerima (?:mbak|mas|ibu|bapak|kakak|kak|anda|saudara|saudari|side)\b",
    r"\brekrutmen\b[^.\n]{0,80}?\b(?:kami batalkan|dibatalkan)\b",
    # (after the retrain, which lost them: a Verbier restaurant's "ce sera non pour le poste";
    # an Indonesian civil-service card's "Keterangan: TIDAK LULUS", a score under the threshold)
    r"\b(?:ce sera|c['’]est) (?:donc |malheureusement )?non pour (?:le|ce|cette|votre|ta|la)\b",
    r"\b(?:keterangan|status|hasil)\s*:\s*tidak lulus\b",
    r"\bnilai\b[^.\n]{0,60}?\bdi bawah ambang batas\b",
    # after sealing fresh376-380: Chilean Spanish, "it didn't work out with you", "the job went to
    # a kid from Chonchi" ("no se nos dio contigo", "la pega quedó con"), a decision not in your
    # favour; Chinese, cannot go on with you to the next step ("暂不能与您进入下一步"); Mandarin in
    # pinyin, "decided not to hire you" ("jueding bu luyong ni"); Georgian, another candidate
    # chosen ("სხვა კანდიდატი შევარჩიეთ"); Romanian (Moldova), the post filled by a transfer and
    # the files not examined; Ukrainian, an offer withdrawn ("відкликати нашу пропозицію");
    # Turkish, a call cancelled and its applications not processed, an offer withdrawn ("iş
    # teklifimizi geri çekmek"), the job given to the boss's nephew, not going on with you;
    # Kurmanji, "we won't go on with you", the work given to someone else; Urdu, not calling
    # you to the interview
    r"\bno se nos dio contigo\b",
    r"\bla pega (?:quedó|se quedó) con\b",
    r"\bdecisión\b[^.\n]{0,80}?\bno (?:fue|ha sido|resultó) a (?:su|tu) favor\b",
    r"(?:暂不能|暫不能|无法|無法|不能)(?:与您|與您)?进入下一步",
    r"\bjueding bu (?:luyong|lu yong|pinyong)\b",
    r"სხვა კანდიდატ\w* (?:შევარჩიეთ|ავირჩიეთ|შეირჩა)",
    r"\bpostul (?:vacant )?a fost (?:deja )?ocupat\b",
    r"\bdosarele depuse nu vor mai fi examinate\b",
    r"(?<!\w)(?:відкликати|відкликаємо|відкликаю) (?:нашу |свою )?пропозиці\w*",
    r"\bilan\w*[^\n]{0,160}?\biptal edilmiştir\b",
    r"\bbaşvurular işleme alınmamıştır\b",
    r"\bteklif\w* geri çek(?:mek|iyoruz|tik|mekteyiz)\w*",
    r"\b(?:işini|isini|işi|isi|pozisyonu)\b[^.\n]{0,40}?\b(?:başkasına|baskasina|yeğenine|yegenine) "
    r"(?:vermiş|vermis)\b",
    r"\b(?:seninle|sizinle) (?:devam etmeyeceğiz|ilerlemeyeceğiz)\b",
    r"\bbi te re berdewam nekin\b",
    r"\bkarî bidin kesek\w*",
    "انٹرویو کے لیے نہیں بلا",
    # (after the retrain, which lost them: a Scots bar's "we're gaun wi anither lassie", a
    # Moldovan hospital's "nu ați acumulat punctajul minim ... nu sunteți admisă la etapa")
    r"\bgaun wi (?:anither|another)\b",
    r"\bnu (?:ați|aţi) acumulat punctajul minim\b",
    r"\bnu sunteți admis[ăa]? la (?:etapa|proba)\b",
    # after sealing fresh381-385: Persian in Latin letters (Finglish), "we couldn't go forward",
    # "no new hiring" ("natoonestim jelo berim", "hich estekhdam-e jadidi ... nadarim"); Sudanese
    # Arabic in Latin letters, "we won't go on with the application" ("ma 7anwasil fi el talab");
    # Malayalam-English, "we selected a candidate from ..." ("oru candidate-ine select cheythu");
    # Mandarin in pinyin, "decided to take someone else" ("jue ding yong yi ge ..."); English,
    # "unable to move you to the panel interview"
    r"\b(?:natoonestim|natunestim|nemitoonim|nemitunim|nemishe) (?:ba (?:shoma|to) )?jelo (?:berim|beravim)\b",
    r"\bhich estekhdam\S* jadid\S*[^.\n]{0,40}?\bnadarim\b",
    r"\bma (?:7an|han|ha|7a)wasil (?:fi|ma3a|ma3ak|ma3aki|maak)\b",
    r"\bcandidate-?(?:ine|ne|ye) select (?:cheythu|cheyithu|aakki)\b",
    r"\bjue ?ding (?:yong|lu ?yong|xuan|zhao) (?:yi ge|yige|le yi ge|bie ren|qi ta|qita)\b",
    r"\b(?:unable|not able) to (?:move|progress|advance|take) you (?:forward )?to the (?:[\w-]+ ){0,2}(?:interview|round|stage)\b",
    # (after the retrain, which lost them: an Indonesian state firm's "Saudari belum dapat
    # melanjutkan ke tahap ..." with a score "di bawah nilai ambang batas"; a transliterated
    # Russian "my vzyali drugogo cheloveka")
    r"\bbelum dapat melanjutkan ke tahap\b",
    r"\bdi bawah nilai ambang batas\b",
    r"\bvzyali drugogo (?:cheloveka|kandidata|sotrudnika|spetsialista)\b",
    # (... and a Catalan list that names you among those left out, "la vostra sol·licitud figura a la
    # llista definitiva d'aspirants exclosos")
    r"\b(?:figura|figureu|consta|consteu|apareix|apareixeu) (?:a|en) la llista (?:definitiva |provisional )?"
    r"d['’]aspirants exclosos\b",
)

# The post filled or closed, in each language's own words for it.
POST_FILLED = (
    r"ваканси\w* (?:уже )?закрыт\w*|вакансі\w* (?:вже )?закрит\w*|"
    r"\bđã tuyển đủ\b|\bnafasi\b[^.\n]{0,30}?\bimejazwa\b|\bpos is (?:reeds |al )?gevul\b|"
    r"\bnapunan na\b|\b(?:posisi|jawatan|lowongan)\b[^.\n]{0,60}?\b(?:sudah|telah) "
    r"(?:terisi|diisi)\b|\b(?:již |už )?(?:byla|bylo) (?:již |už )?obsazen[aoé]\b|"
    r"\bpaikka on (?:jo )?täytetty\b|"
    # (forty-ninth pass, lost to retraining: a Uruguayan board's "La vacante ya fue cubierta")
    r"\b(?:la )?vacante ya (?:fue|ha sido|está|quedó) cubierta\b",
    r"已招满|已经招满|已有合适(?:的)?人选|募集を(?:終了|締め切)|채용이 (?:완료|마감)되었|"
    r"ได้ผู้สมัครแล้ว|تم شغل|אוישה|पद भर (?:चुका|गया)",
)

# A bare no: "it's a no this time" in the languages that say it so.
BARE_NOES = (
    r"\b(?:blev|bliver|ble|blir|wordt|werd|dit is)\b (?:\w+ ){0,2}?(?:een |et |ett |'n )?(?:nee|nej|nei)"
    r"\b|\bnão foi desta vez\b|\bet tullut valituksi\b|\bnie zostałeś wybrany\b|\bnebyl[a]? "
    r"vybrán[a]?\b|\bnu ai fost selectat[ăa]?\b|\bnem jártál sikerrel\b|\bolumlu dön(?:emiyoruz|"
    r"üş yapamıyoruz)\b|(?<!olumlu ya da )(?<!olumlu veya )\bolumsuz (?:olarak )?(?:değerlendiril|değerlendirdi|sonuçlan)"
    # (thirty-eighth pass: "olumsuz sonuçlanması halinde": Turkish says "if" after the verb)
    # (after sealing fresh376-380: "... olumsuz değerlendirildiği anlamına gelmez", it does not mean)
    r"(?!\w*\s+(?:halinde|durumunda|takdirde|anlamına gelmez)\b)\w*",
)

# An interview asked for.
INTERVIEW_INVITES = (
    # (sixty-seventh pass, lost to the retrain: an Azorean skipper's "a de guia ... ainda está aberta
    # e gostava de falar contigo. Podes passar cá na marina na quinta-feira")
    r"\b(?:gostava|gostaria|queria) (?:muito )?de falar contigo\b|\bpodes passar cá\b",
    # (... and an Indian hospital's "you are requested to appear for a walk-in interview")
    r"\b(?:requested|invited|called|directed) to appear (?:in person )?(?:for|at|in) (?:an? |the )?"
    r"(?:walk-in |personal |oral )?(?:interview|viva|document verification)\b",
    # (sixty-fourth pass: a Malay interview's particulars to follow, "ke temu duga panel seperti
    # berikut", "sesi temu duga seperti butiran berikut": a date, a time, a room)
    r"\btemu ?duga\b[^.\n]{0,30}?\bseperti (?:butiran |maklumat )?berikut\b",
    # (after sealing fresh251-255: a Peruvian public call's "Usted ha sido declarado APTO y se le
    # convoca a la Evaluación Psicotécnica")
    r"\bse le convoca a la (?:evaluación|entrevista|prueba)\b|\bha sido declarad[oa] apt[oa]\b",
    # (after sealing fresh271-275: Tetum, a call to the interview, your interview set for
    # "konvokatória ba entrevista", "ita-nia entrevista marka ba")
    r"\bkonvokat[óo]ria ba entrevista\b|\bita-nia entrevista (?:marka|sei hala'o)\b",
    # (after sealing fresh276-280: Norwegian and Northern Sámi, we invite you to an interview,
    # "Vi inviterer deg til intervju", "Mii bovdet du jearahallamii")
    r"\b(?:vi )?(?:inviterer|invitere|innkaller|kaller inn) deg (?:herved )?til (?:et )?intervju\b|"
    # (after sealing fresh321-325: Norwegian "Vi ønsker gjerne å ha et andre intervju med deg")
    r"\bønsker (?:gjerne |å )?(?:å )?(?:ha|ta|gjennomføre|avtale) et (?:andre |nytt |siste |kort |"
    r"første )?intervju med deg\b|"
    r"\bmii bovdet du jearahallamii\b",
    # (fifty-sixth pass: Norwegian "du er videre til andre og avsluttende runde")
    r"\bdu er videre til (?:andre|neste|tredje|siste|avsluttende)\b",
    # (fifty-first pass: Spanish "Nos gustaría tener una primera entrevista contigo")
    r"\bnos gustaría (?:tener|hacer|mantener|realizar|tener contigo) una (?:primera |segunda |breve )?"
    r"entrevista\b",
    r"\binvitere dig til (?:en )?(?:job)?samtale\b|приглашаем вас на собеседование|запрошуємо "
    r"вас на співбесіду|साक्षात्कार (?:के लिए|हेतु) आमंत्रित|\bmời bạn (?:tham dự|tham gia|đến) "
    r"(?:buổi )?phỏng vấn\b|\bimbitahan sa (?:isang )?interview\b|\btunakualika (?:kwenye|kwa) "
    r"usaili\b|\buitnooi (?:vir|na) '?n onderhoud\b",
    # forty-third pass: Swahili, chosen to attend the interview ("umechaguliwa kuhudhuria
    # usaili wa mahojiano"), a call to the interview ("wito wa usaili")
    r"\bumechaguliwa kuhudhuria (?:usaili|mahojiano)\b|\bwito wa usaili\b",
    # twenty-first pass: Afrikaans "u na 'n onderhoud uit te nooi"; an orchestra's audition
    # in German and Swedish ("Sie zum Probespiel ... einzuladen", "bjuda in dig till provspel")
    r"\bna '?n (?:\w+ )?onderhoud uit te nooi\b|\buitnodiging (?:na|vir) '?n (?:\w+ )?"
    r"onderhoud\b|\bnooi (?:ons|ek) (?:u|jou) (?:graag )?(?:uit )?(?:na|vir) '?n (?:\w+ )?"
    r"onderhoud\b|\bnooi\b[^.\n]{0,30}?\buit (?:na|vir) '?n (?:\w+ )?onderhoud\b|\b(?:zu[mr]?|für) (?:\w+ ){0,2}(?:probespiel|vorspiel)\w*\b[^.\n]{0,80}?"
    r"\bein(?:laden|zuladen)\b|\beinladung zu[mr]? (?:\w+ ){0,2}(?:probespiel|vorspiel)\w*|"
    r"\bbjuda in (?:dig|er) till (?:\w+ )?provspel\w*",
    # forty-first pass: Uzbek "jamoamiz siz bilan texnik suhbatni davom ettirishni xohlaydi"
    # (the team wants to go on with a technical interview with you)
    r"\bsuhbat\w*\b[^.\n]{0,30}?\bdavom ettirish\w* (?:xohlaydi|xohlaymiz|istaymiz|istaydi)\b|"
    r"\bsizni\b[^.\n]{0,30}?\bsuhbat\w* taklif qil\w*",
    # forty-fourth pass: Russian "хотел бы пригласить вас на техническое интервью" (not "не
    # готовы пригласить вас на ...", a no)
    r"(?<!не )(?<!готов )(?<!готова )(?<!готовы )(?<!готово )(?<!можем )(?<!сможем )(?<!\w)пригласить (?:вас|тебя) на (?:\w+ ){0,2}"
    r"(?:интервью|собеседование)",
    # forty-sixth pass: Romanian, admitted to the written test or the interview of a
    # competition ("ați fost admis la proba scrisă")
    r"\b(?:ați|ai|a[țţ]i|sunte[țţ]i) fost admi(?:s|să|sa|[șş]i) la (?:proba|interviu\w*|etapa)\b",
    # after sealing fresh296-300: a Levantine invitation ("حابين نعزمك على مقابلة"), a Portuguese
    # public competition's summons to its selection interview ("fica por este meio convocada
    # para a realização do método de seleção Entrevista Profissional de Seleção")
    r"(?:حابين|بدنا|منحب|نود) (?:نعزمك|ندعوك|نعزمكم|دعوتك) (?:على|ع|ل|الى|إلى) ?مقابلة",
    r"\bconvocad[oa] para (?:a )?(?:realização d[oa] )?(?:método de seleção )?(?:entrevista|prova)\b",
    # (after sealing fresh356-360: a French agency's text, "le client veut te voir demain 14h pour
    # un entretien"; a hearing set again, "Vous êtes de nouveau convoquée devant le jury"; Arabic,
    # "نرجو التكرم بحضور المقابلة")
    r"\b(?:veut|voudrait|souhaite) (?:te|vous) (?:voir|rencontrer)\b[^.\n]{0,40}?\bentretien\b",
    r"\b(?:de nouveau |à nouveau )?convoqu[ée]e?s? devant (?:le|la) (?:jury|commission)\b",
    r"بحضور المقابلة",
)

# Twenty-first pass: an interview moved, in Indonesian, Malay and Vietnamese ("perubahan
# jadwal wawancara", "jadwal wawancara diundur", "dời lịch phỏng vấn").
INTERVIEW_MOVES = (
    # (after sealing fresh306-310: "Thursday doesn't work anymore ... Could you do Tuesday the 24th
    # instead?")
    r"\b(?:could|can|would) you do (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"[^.?\n]{0,30}?\binstead\b",
    r"\b(?:perubahan|penggantian|pergantian|pengubahan) jadwal (?:\w+ )?(?:wawancara|interview|"
    r"temu ?duga)\b|\bjadwal (?:wawancara|interview|temu ?duga)\b (?:\w+ ){0,3}?(?:diubah|"
    r"diundur|dipindah\w*|diganti|ditunda|dijadwalkan ulang)\b|\b(?:menjadwalkan ulang|jadwal "
    r"ulang|penjadualan semula) (?:\w+ )?(?:wawancara|interview|temu ?duga)\b|\b(?:dời|đổi|"
    r"thay đổi) lịch (?:buổi )?phỏng vấn\b",
    # (after sealing fresh356-360: "Could you do one of these instead?", a list of new slots)
    r"\b(?:could|can|would) you do one of these (?:instead|slots|times)\b",
)

# Forty-second pass: the candidate chosen earlier pulled out or turned the offer down, so the
# post is open again and the sender comes back to the reader ("o candidato selecionado ...
# desistiu", "kandidaten som fikk tilbudet takket nei"): news of a reopening, not a no.
REOPENED = (
    r"\b(?:the )?(?:successful|chosen|selected|preferred) (?:candidate|applicant|finalist) (?:has |had |"
    r"then |unfortunately |just )*(?:withdrawn|withdrew|pulled out|dropped out|declined (?:the|our|"
    r"their) offer|turned (?:the|our|their) offer down|accepted a counter-?offer)\b",
    r"\b(?:candidat[oa]|pessoa) (?:selecionad[oa]|seleccionad[oa]|escolhid[oa])\b[^.\n]{0,100}?"
    r"\b(?:desistiu|recusou a (?:proposta|oferta)|declinou)\b|\b(?:candidat[oa]|persona) "
    r"(?:seleccionad[oa]|elegid[oa])\b[^.\n]{0,100}?\b(?:desistió|declinó|rechazó la oferta)\b",
    r"\bkandidat(?:en)? som (?:fikk|fick|fik) (?:tilbudet|erbjudandet|jobben|stillingen|tjänsten)\b"
    r"[^.\n]{0,40}?\b(?:takket nei|tackade nej|sagde nej|takkede nej|trakk seg|drog sig ur)\b",
    r"\b(?:candidate|candidat|personne) (?:retenue?|choisie?|sélectionnée?)\b[^.\n]{0,100}?"
    r"\b(?:s'est désistée?|a (?:finalement )?décliné (?:notre|l')(?:offre|proposition)|a "
    r"(?:finalement )?refusé (?:notre|l')(?:offre|proposition)|s'est retirée?)\b",
    # forty-fourth pass: the post said to be open again, in French and Russian ("le poste est
    # donc de nouveau ouvert", "у нас снова открылась позиция"; not "si le poste est de nouveau
    # ouvert", nor an English "if the role is reopened"), and a Russian candidate placed before
    # who did not pass probation
    r"(?<!\bsi )(?<!\bquand )(?<!\blorsque )\b(?:le|ce) poste est (?:donc |maintenant )?(?:de nouveau|"
    r"à nouveau|a nouveau) (?:ouvert|disponible)\b|(?<!\w)(?:снова|вновь|опять) открыл\w* (?:\w+ )?"
    r"(?:позиция|вакансия)|(?<!\w)(?:позиция|вакансия) (?:снова|вновь|опять) открыт\w*",
    r"(?<!\w)кандидат\w*,? (?:которого|которую) мы\b[^.\n]{0,80}?не прош(?:ёл|ел|ла) испытательн",
)

# Fifty-first pass: a recruiter's cold approach in Italian ("Ho trovato il tuo profilo su
# LinkedIn", "Ti andrebbe di fare una call conoscitiva"): job noise, not a no.
OUTREACH = (
    r"\bho trovato il tuo profilo\b|\bti andrebbe di fare una (?:call|chiacchierata|telefonata)\b|"
    r"\bcall conoscitiva\b",
)

# A receipt of the application.
RECEIPTS = (
    r"\bconfirmamos a rece[çc][ãa]o da sua candidatura\b|\bpotwierdzamy (?:jej |jego )?otrzymanie\b|"
    # (fiftieth pass: Croatian "potvrđujemo da smo zaprimili Vašu prijavu")
    r"\bpotvrđujemo (?:da smo )?(?:zaprimili|primili) (?:vašu|vasu|tvoju|vaš|vas)\b|\bpotvrda primitka prijave\b|"
    r"λάβαμε την αίτησή σας|(?:мы )?получили ваше резюме|(?:ми )?отримали ваше резюме|"
    r"आवेदन[^।\n]{0,30}?प्राप्त (?:हो गया|हुआ)|\bđã nhận được hồ sơ\b|\bnatanggap namin ang "
    r"iyong aplikasyon\b|\btumepokea maombi yako\b|\bons het jou aansoek ontvang\b",
    # fifty-sixth pass: a Malagasy receipt, "received safely" and "only the candidates chosen
    # will be contacted" ("voaray soa aman-tsara", "ireo kandida voafantina ihany no
    # hifandraisana")
    r"\bvoaray soa aman-tsara\b|\bireo kandida voafantina ihany no hifandraisana\b",
    # forty-first pass: an English and Irish public body's receipt ("We acknowledge receipt of
    # your application", "Admhaímid go bhfuarthas d'iarratas")
    r"\b(?:we |i )?acknowledge (?:the )?receipt of your (?:application|cv|submission)\b|"
    r"\badmhaímid go bhfuarthas\b|\bfuaireamar d'iarratas\b|"
    r"\b(?:we will|we'll) (?:let you know|inform you of|notify you of|advise you of) the outcome "
    r"(?:after|once|when) the closing date\b|"
    # ... and a board's status line, "Estado de tu postulación: En evaluación"
    r"\b(?:estado|status) de (?:tu|su) postulación\s*:\s*\**\s*(?:en evaluación|en revisión|"
    r"recibida|cv visto)\b|\b(?:la|lo) está(?:n)? evaluando\b|"
    # forty-fifth pass: Albanian "Aplikimi juaj u pranua me sukses dhe tani është në shqyrtim"
    r"\baplikimi (?:juaj|yt) (?:u pranua|është pranuar|eshte pranuar|u mor)\b|"
    r"\b(?:është|eshte) (?:tani )?në shqyrtim\b",
    # forty-seventh pass: no decision yet, still in the process, in Catalan and Spanish ("Encara
    # no hem pres cap decisió", "Continues en el procés", "sigues en el proceso")
    r"\bencara no hem pres cap decisió\b|\b(?:continues|segueixes) en el procés\b|"
    r"\btodavía no hemos tomado (?:ninguna|una) decisión\b|\b(?:sigues|continúas) en el proceso\b",
    # forty-ninth pass: an Uzbek board's receipt ("arizangiz muvaffaqiyatli qabul qilindi"), a
    # Seychellois one ("Mon'n byen resevwar ou CV"); still on the client's shortlist, in Amharic
    # written in Latin letters ("ante ahunm shortlist lay neh")
    r"\b(?:arizangiz|аризангиз)\b[^.\n]{0,30}?(?:qabul qilindi|қабул қилинди)|"
    r"\b(?:mon'?n|mon n|nou'?n|nou finn|mo finn|nou in|nou inn) (?:byen |bien )?resevwar ou (?:cv|aplikasyon|"
    r"kandidatir|dosye)\b|\bahunm shortlist lay\b",
    # after sealing fresh266-270: a Sri Lankan board's relay ("was delivered to the employer";
    # "does not take part in the selection process")
    r"\b(?:was|has been|were) (?:delivered|forwarded|sent) to the (?:employer|hiring company|"
    r"recruiter)\b|\bdoes not take part in the selection\b",
    # ... and after sealing fresh271-275: Tetum, we have received your CV, the decision not
    # yet taken ("ami simu ona ita-nia", "desizaun seidauk foti")
    r"\bami simu ona ita-nia\b|\bdesizaun seidauk (?:foti|hola)\b",
    # (Catalan, no decision taken yet, your application still in the process: "encara no s'ha
    # pres cap decisió", "la teva candidatura continua en el procés")
    r"\bencara no s['’]ha pres cap decisió\b|\b(?:la teva|la vostra|la seva) candidatura "
    r"(?:continua|segueix) en el procés\b",
    # (after sealing fresh361-365: Tetum, no decision yet, the application still active:
    # "seidauk iha desizaun ruma", "Ita-nia kandidatura sei ativu")
    r"\bseidauk iha desizaun\b|\b(?:ita-nia|ita nia) kandidatura sei ativu\b",
    # (after sealing fresh356-360: Italian, "confermiamo di aver ricevuto la tua candidatura")
    r"\bconferm\w+ di aver(?:e)? ricevuto (?:la |il )?(?:tua |sua |vostra )?(?:candidatura|curriculum|cv|domanda)\b",
    # (after sealing fresh366-370: a Japanese ferry line's "以下の内容で応募を受け付けました")
    r"応募を受け付けました|応募を受付けました",
    # (after sealing fresh371-375: Maltese, "Irċevejna l-applikazzjoni tiegħek", an automatic
    # confirmation that the application arrived)
    r"\birċevejna l-applikazzjoni\b|\bkonferma awtomatika li l-applikazzjoni\b",
)

# An offer made (negatable: "we cannot offer you" cancels it).
OFFERS = (
    # (after sealing fresh316-320: Russian "мы хотим предложить вам должность менеджера")
    r"(?<!\w)(?:хотим|рады|готовы|хотели бы) (?:\w+ )?предложить (?:вам|тебе) (?:должность|позицию|"
    r"работу|место|вакансию)",
    # (after sealing fresh306-310: a state service's "the selection panel has recommended you for
    # appointment", "confirm your acceptance of this offer")
    r"\brecommended you for appointment\b|\bconfirm your acceptance of this offer\b",
    # (after sealing fresh311-315, lost to the retrain: a Norwegian "Jeg har gleden av å tilby deg
    # et engasjement", Swedish and Danish the same)
    r"\bhar (?:den )?glede(?:n)? av å tilby deg\b|\bhar nöjet att erbjuda dig\b|\bhar (?:den )?"
    r"fornøjelse(?:n)? at tilbyde dig\b",
    r"\b(?:temos o prazer de|é com prazer que) (?:lhe |te )?propor\b|"
    r"\b(?:blij|graag|verheugd|plezier)\b(?:(?!ander|niet|geen)[^.\n]){0,60}?\baan te bieden\b|"
    r"\btilbyde dig stillingen\b|\btilby deg stillingen\b|\btarjota sinulle (?:tehtävää|paikkaa|"
    r"työtä)\b|\bofert[aęy] zatrudnienia\b|\bnabídli pozici\b|\bofer(?:im|i) (?:postul|pozi[țţ]ia)\b",
    # forty-third pass: Swahili, a letter giving you the job, chosen to fill the post
    # ("barua ya kukupa ajira", "umechaguliwa kujaza nafasi ya ...")
    r"\bbarua ya kukupa ajira\b|\bumechaguliwa kujaza nafasi\b",
    r"рады предложить вам (?:должность|позицию|работу)|раді запропонувати вам посаду|"
    # (Vietnamese: an offer letter or a start date, not "a candidate who can start earlier")
    r"\bthư mời nhận việc\b|\bngày nhận việc\b|\bmời (?:anh|chị|em|bạn) nhận việc\b|\bkukupa nafasi ya kazi\b|\bofa ya kazi\b|\baanbod van indiensneming\b|"
    # forty-first pass: Dutch "Bij dezen doen we je graag een aanbod voor de functie"
    r"\b(?:doen|doe) (?:we|wij|ik) (?:je|jou|u) (?:hierbij |bij dezen )?(?:graag )?een (?:\w+ )?aanbod\b|"
    r"\bdie pos\b[^.\n]{0,40}?\baan te bied\b|\bmenawarkan (?:anda )?(?:posisi|jawatan)\b|"
    r"\bialok sa iyo ang posisyon\b",
    # twenty-first pass: Swedish "erbjuda dig tjänsten", Portuguese "formalizamos a proposta
    # para a posição" and a "carta oferta", French "notre offre pour le poste"
    r"\berbjuda dig (?:tjänsten|anställning\w*|jobbet|platsen)\b|\berbjudande om anställning\b|"
    r"\b(?:formaliz\w+|envia\w*|apresenta\w*|encaminha\w*) (?:\w+ ){0,2}?proposta (?:de "
    r"(?:trabalho|emprego|contratação) )?(?:para|de) (?:a |o )?(?:posição|vaga|cargo|função)\b|"
    r"\bcarta[- ]oferta\b|\bcarta de oferta\b|\b(?:confirm|adress|transmet|présent)\w*\b"
    r"[^.\n]{0,60}?\b(?:notre|une|cette) offre (?:d'embauche |d'emploi |formelle )?(?:pour|au|"
    r"relative au) (?:le )?poste\b",
    r"نقدم لك عرض عمل|يسعدنا أن نقدم لك|أن (?:تعرض|نعرض) (?:عليكم|عليك) (?:شغل )?(?:وظيفة|منصب)|להציע לך את (?:משרת|התפקיד)|已被录用|录用通知|"
    r"内定のお知らせ|内定通知|内定となりましたので|採用内定と(?:させて|なり|いたし)|内定承諾書|최종 합격(?:을 축하|하셨)|채용 제안|ยินดีเสนองาน|नौकरी का प्रस्ताव|"
    r"पद का प्रस्ताव|नियुक्ति पत्र|"
    # after sealing fresh161-165: a Persian offer ("پیشنهاد همکاری", "خوشحالیم اعلام کنیم")
    r"پیشنهاد همکاری|پیشنهاد شغلی|خوشحالیم (?:که )?(?:اعلام کنیم|به اطلاع)",
    # (after sealing fresh356-360: a German offer, "dass wir Ihnen die Stelle ... anbieten möchten")
    r"\b(?:ihnen|dir) die stelle\b[^.\n]{0,100}?(?<!nicht )(?<!kein )\banbieten (?:möchten|wollen|können)\b",
)

# The no of a visa or a loan asked for in these languages: another subject.
NON_JOB = (
    # after sealing fresh311-315, lost to the retrain: a French housing benefit refused ("votre
    # demande d'aide personnalisée au logement")
    r"\baide (?:personnalisée |sociale )?au logement\b|\ballocations? (?:de )?logement\b",
    # after sealing fresh306-310: a flat's application ("approved another applicant for the
    # property", "coming up for inspection")
    r"\b(?:applicant|application)s? for (?:the|this) (?:property|unit|flat|apartment|house|rental|"
    r"tenancy)\b|\bcoming up for inspection\b",
    # (after sealing fresh316-320, lost to the retrain: "the owner has approved another applicant
    # who was able to inspect in person")
    r"\b(?:owner|owners|landlord|landlords|lessor)(?: has| have)? (?:approved|accepted|chosen|selected|"
    r"gone with|went with) (?:another|a different|an other) (?:applicant|tenant|application)\b|"
    r"\b(?:able to|could|couldn't|unable to) inspect (?:the (?:property|unit|flat|apartment) )?in person\b",
    # after sealing fresh256-260: a Samoan church scholarship ("sikolasipi"); a permit's own
    # application sent back to be corrected ("Work Permit Renewal", "returned for correction")
    r"\bsikolasipi\b",
    # (after sealing fresh381-385: a Chinese scholarship not funded, "奖学金", "未获资助")
    r"奖学金|獎學金|未获资助|未獲資助",
    # (after sealing fresh271-275: a fellowship's award, "not selected for an award")
    r"\bnot (?:been )?selected for an award\b|\bfellowships? (?:this year|this cycle|awarded)\b",
    # (after sealing fresh356-360: "unable to award you a fellowship in this round")
    r"\baward you (?:a|the|an?) (?:[\w-]+ )?(?:fellowship|scholarship|bursary|grant)\b",
    r"\bwork permit renewal\b|\breturned for correction\b",
    # after sealing fresh251-255: a job alert's count of new jobs, in English and Roman Urdu
    # ("12 new jobs for \"Procurement Officer\"", "12 nayi jobs aayi hain"): its listings'
    # "position filled" are no one's no
    r"\b\d{1,3} new jobs for\b|\bnayi jobs aayi hain\b",
    # (sixty-fourth pass, lost to retraining: a Tokyo letting agent's tenancy screening, "入居審査",
    # "賃貸仲介")
    r"入居審査|賃貸仲介|入居申込|保証会社の審査",
    r"\b(?:ansøgning|søknad|ansökan|aansoek) om (?:'n )?(?:bolig)?(?:lån|visum|lening)\b|"
    r"\b(?:låneansøgning\w*|lånesøknad\w*|bolånsansökan)\b|"  # (fresh326-330)
    r"\bpermohonan "
    r"(?:visa|viza)\b|\bombi (?:lako )?la (?:viza|mkopo)\b|\b(?:vize|kredi|kiralama) başvuru\w*\b"
    # (after sealing fresh316-320, so a Turkish "olumlu sonuçlanmadı" stays a flat's: the tenant,
    # the landlord)
    r"|\bkiracı\w*|\bev sahib\w*",
    # after sealing fresh161-165: news of a candidate the reader referred, in Chinese
    r"您推荐的候选人|你推荐的候选人|您推薦的候選人|你推薦的候選人|内推进度|內推進度",
    # forty-first pass: the same news in Russian ("Спасибо, что рекомендовали ...", "Статус
    # Вашей рекомендации") and a thanks for the reader's reference, in Spanish ("por la
    # referencia tan detallada que nos dio sobre Diego")
    r"(?:спасибо|благодарим)[^.\n]{0,20}?что (?:вы )?(?:рекомендовали|порекомендовали)|"
    r"статус (?:вашей|твоей) рекомендации|реферальн\w* бонус|"
    r"\b(?:gracias|agradecer\w*)\b[^.\n]{0,60}?\bpor la referencia\b",
    # forty-second pass: an Icelandic home loan ("umsókn þína um íbúðalán", "greiðslumat")
    r"\b(?:íbúðalán\w*|húsnæðislán\w*|lánsumsókn\w*|greiðslumat\w*)",
    # (after sealing fresh331-335: an Icelandic rented flat, "Úthlutun leiguíbúðar", "um íbúðina")
    r"\b(?:leiguíbúð\w*|íbúðina|íbúðinni|íbúðum|biðlista eftir íbúð\w*)",
    # ... a friend pasting the no she got ("Je te copie leur message : « Chère Awa, ... »")
    r"\bje te (?:copie|colle|transfère|mets) (?:ici )?(?:leur|son|sa|le|la) (?:message|mail|e-mail|"
    r"réponse)\b|\bhere(?:'s| is) what they (?:wrote|sent) me\b",
    # ... and in German, "Danke für die Referenz", "Referenzgespräch"
    r"\b(?:danke|dank|merci)\b[^.\n]{0,30}?\bfür (?:die|deine|ihre) referenz\b(?!en)|"
    r"\b(?:zeit )?für das referenzgespräch genommen\b",
    # forty-third pass: a Mongolian home loan ("орон сууцны зээлийн хүсэлт", "зээлдэгч"); a
    # Japanese conference's call for talks ("プロポーザル選考結果", "セッションタイトル")
    r"зээлийн хүсэлт|орон сууцны зээл|зээлдэгч|"
    r"プロポーザル|セッションタイトル|ライトニングトーク|登壇者|講演者",
    # forty-fifth pass: a French congress's abstract ("comité scientifique", "pour une
    # communication orale", "livre des résumés"); a working-holiday pool's invitation round
    # ("Working Holiday pool", "ronde d'invitations"; not a job's "you hold a Working Holiday
    # visa"); a supplier's bid lost ("the winning bid", "the other bidders", "your vendor list")
    r"\bcomité scientifique\b|\bcommunication affichée\b|\b(?:pour|en) (?:une )?communication "
    r"orale\b|\blivre des résumés\b",  # (not an interview's "la communication orale (CO1)")
    r"\bworking holiday (?:pool|program(?:me)?)\b|\bvacances-travail\b|\bronde d'invitations\b|"
    r"\binvitation rounds?\b(?! (?:for|to) (?:the |an? )?(?:interview|assessment))",
    r"\bthe winning bid\b|\bthe other bidders\b|\byour (?:vendor|supplier) list\b",
    # forty-sixth pass: a French public tender's award ("Avis d'attribution", "le marché est
    # attribué", "règlement de consultation", "commission d'ouverture des plis")
    r"\bavis d'attribution\b|\brèglement (?:de (?:la )?)?consultation\b|\bcommission d'ouverture "
    r"des plis\b|\ble marché (?:est|a été) (?:\w+ )?attribué\b",
    # forty-seventh pass: a friend's own final in Russian ("Помнишь, я ходил в Orbitly на финал?")
    # (after sealing fresh326-330, lost to the retrain: a friend's own no in Arabic, "رفضوني"
    # (they turned me down), "ما حصلت الوظيفة" (I didn't get the job))
    r"(?<!\w)(?:رفضوني|ما قبلوني|ما حصلت الوظيفة|ما اخذوني|ما أخذوني)(?!\w)",
    r"(?<!\w)(?:помнишь|помните),? (?:как )?я (?:ходил|ходила|собеседовался|собеседовалась|"
    r"подавался|подавалась|откликался|откликалась)(?!\w)",
    # ... and after sealing fresh206-210: a Japanese scholarship ("奨学金"), a Chinese hackathon
    # and its finals ("黑客松", "決賽名單")
    r"奨学金|奨学生|奨学事業|黑客松|黑客马拉松|ハッカソン|決賽名單|决赛名单",
    # forty-ninth pass, after sealing fresh211-215: an Amharic bank loan ("የብድር ጥያቄ"), a Turkish
    # scholarship ("burs"), a French tender's bid not kept ("votre offre n'a pas été retenue",
    # "l'attributaire pressenti")
    r"የብድር|ብድር ጥያቄ|\b(?:burs|bursu|bursuna|bursunu|burslar|bursları)\b|"
    r"\bvotre offre n'a pas été retenue\b|\battributaire\b|\brejet de votre offre\b",
    # ... and, lost to retraining: a bank account not opened ("your application to open an
    # Integrated Account", "unable to open an account for you")
    r"\bto open an? (?:[\w-]+ ){0,2}account\b|\bopen an account for you\b",
    # fiftieth pass: a Gulf bank's personal finance declined ("personal finance application",
    # "طلب التمويل الشخصي")
    r"\bpersonal (?:finance|financing) application\b|طلب التمويل|التمويل الشخصي",
    # sixty-first pass: a Turkish residence permit ("ikamet izni", "oturma izni")
    r"\b(?:ikamet|oturma) izn\w*",
    # after sealing fresh266-270: a consultancy's bid to a procurement committee ("Notification of
    # Unsuccessful Bid", "the contract has been awarded to")
    r"\b(?:unsuccessful bid|procurement (?:no|committee|number|ref)|the contract (?:has been|was|is "
    r"being) awarded to)\b",
)
