"""Occupation head words for every ISCO-08 sub-major group, in the languages of job mail.

The role reader knows a title by its head noun ("... Welder", "Pflegefachkraft"). A lexicon
grown from the mail seen so far misses every occupation not met yet, so this one walks the
43 sub-major groups of ISCO-08 (the ILO's International Standard Classification of
Occupations) and names, for each, the common head nouns of job titles in each language,
written from general knowledge. Base forms only: ``mail_titles`` reads plurals, feminines
and compounds ("Schweißer" closes "Rohrschweißer"). Words that are as often an everyday word,
a surname or a firm ("hunter", "guide", "printer", "Gartner", "fører") are left out.
"""

from __future__ import annotations

LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "sv", "da-no", "fi", "pl")

# code and name of the sub-major group -> "language: heads" lines
_GROUPS = {
    "01 Commissioned armed forces officers": """
        en: officer lieutenant captain colonel commander
        de: offizier leutnant hauptmann oberst kommandant
        fr: officier lieutenant capitaine colonel commandant
        es: oficial teniente capitán coronel comandante
        pt: oficial tenente capitão coronel comandante
        it: tenente capitano colonnello comandante
        nl: officier luitenant kapitein kolonel
        sv: officer löjtnant kapten överste
        da-no: officer offiser løjtnant løytnant kaptajn kaptein oberst
        fi: upseeri luutnantti kapteeni eversti
        pl: oficer porucznik kapitan pułkownik
        """,
    "02 Non-commissioned armed forces officers": """
        en: sergeant corporal
        de: unteroffizier feldwebel
        fr: sous-officier sergent adjudant
        es: sargento suboficial
        pt: sargento
        it: sergente sottufficiale maresciallo
        nl: sergeant onderofficier korporaal
        sv: sergeant
        da-no: sergent sersjant
        fi: kersantti aliupseeri
        pl: sierżant kapral
        """,
    "03 Armed forces occupations, other ranks": """
        en: soldier airman sailor
        de: soldat matrose
        fr: soldat matelot
        es: soldado marinero
        pt: soldado marinheiro
        it: soldato marinaio carabiniere
        nl: soldaat matroos
        sv: soldat
        da-no: soldat
        fi: sotilas
        pl: żołnierz marynarz
        """,
    "11 Chief executives, senior officials and legislators": """
        en: president chairperson chairman chairwoman mayor governor minister legislator
            councillor councilor commissioner ambassador diplomat superintendent
        de: präsident geschäftsführer vorsitzender bürgermeister minister botschafter diplomat
            abgeordneter
        fr: président directeur gérant dirigeant maire ministre député ambassadeur diplomate
        es: presidente director gerente alcalde ministro diputado embajador
        pt: presidente diretor gerente prefeito ministro deputado embaixador
        it: presidente direttore dirigente sindaco ministro deputato ambasciatore
        nl: directeur voorzitter burgemeester wethouder minister ambassadeur
        sv: direktör ordförande borgmästare minister ambassadör
        da-no: direktør borgmester ordfører minister ambassadør
        fi: toimitusjohtaja johtaja pormestari ministeri suurlähettiläs
        pl: prezes dyrektor burmistrz minister ambasador
        """,
    "12 Administrative and commercial managers": """
        en: manager director controller treasurer comptroller
        de: leiter manager direktor prokurist
        fr: directeur responsable gestionnaire trésorier
        es: director gerente jefe responsable tesorero subdirector subgerente
        pt: diretor gerente chefe gestor tesoureiro
        it: direttore responsabile gestore tesoriere
        nl: manager directeur hoofd afdelingshoofd bedrijfsleider penningmeester
        sv: chef avdelningschef ekonomichef personalchef försäljningschef
        da-no: leder sjef chef økonomichef økonomisjef personalchef salgschef
        fi: päällikkö johtaja esimies
        pl: kierownik kierowniczka menedżer dyrektor
        """,
    "13 Production and specialised services managers": """
        en: manager superintendent foreman headteacher headmaster headmistress provost rector
            matron postmaster
        de: betriebsleiter produktionsleiter bauleiter schulleiter rektor direktor polier
        fr: directeur chef proviseur recteur doyen contremaître régisseur
        es: director jefe encargado capataz rector decano
        pt: diretor chefe encarregado reitor mestre-de-obras
        it: direttore capo capocantiere capoturno preside rettore
        nl: bedrijfsleider productieleider uitvoerder schoolleider rector directeur
        sv: produktionschef platschef driftchef rektor förman verksamhetschef enhetschef
        da-no: produktionschef driftsleder driftssjef formand formann rektor skoleleder
        fi: tuotantopäällikkö rehtori työnjohtaja
        pl: kierownik dyrektor brygadzista majster
        """,
    "14 Hospitality, retail and other services managers": """
        en: manager hotelier restaurateur shopkeeper innkeeper publican proprietor
        de: hoteldirektor restaurantleiter filialleiter marktleiter gastronom gastwirt
        fr: gérant hôtelier restaurateur commerçant
        es: gerente encargado
        pt: gerente encarregado lojista
        it: gestore albergatore ristoratore esercente
        nl: filiaalmanager bedrijfsleider hotelmanager winkelmanager
        sv: butikschef restaurangchef hotellchef
        da-no: butikschef butikksjef restaurantchef hotelchef
        fi: ravintolapäällikkö myymäläpäällikkö hotellinjohtaja
        pl: kierownik menedżer
        """,
    "21 Science and engineering professionals": """
        en: scientist physicist chemist biologist geologist meteorologist astronomer
            mathematician statistician botanist zoologist agronomist oceanographer metallurgist
            engineer architect planner surveyor cartographer draughtsman draftsman urbanist
        de: physiker chemiker biologe geologe mathematiker statistiker ingenieur architekt
            planer vermesser konstrukteur forscher wissenschaftler naturwissenschaftler
        fr: physicien chimiste biologiste géologue mathématicien statisticien ingénieur
            architecte urbaniste géomètre topographe cartographe agronome projeteur chercheur
        es: biólogo geólogo estadístico ingeniero arquitecto urbanista topógrafo cartógrafo
            delineante proyectista investigador agrónomo
        pt: biólogo geólogo estatístico engenheiro arquiteto arquitecto urbanista topógrafo
            cartógrafo desenhista projetista pesquisador investigador cientista agrónomo
        it: biologo geologo ingegnere architetto urbanista geometra topografo cartografo
            disegnatore progettista ricercatore scienziato agronomo
        nl: natuurkundige scheikundige wiskundige bioloog geoloog statisticus ingenieur
            architect landmeter planoloog tekenaar onderzoeker wetenschapper
        sv: fysiker kemist biolog geolog matematiker statistiker ingenjör civilingenjör
            arkitekt lantmätare planerare konstruktör forskare
        da-no: fysiker kemiker kjemiker biolog geolog matematiker statistiker ingeniør
            arkitekt landmåler planlegger planlægger konstruktør forsker
        fi: fyysikko kemisti matemaatikko tilastotieteilijä insinööri
            diplomi-insinööri arkkitehti suunnittelija tutkija maanmittari
        pl: fizyk chemik biolog geolog matematyk statystyk inżynier architekt geodeta
            projektant badacz naukowiec urbanista
        """,
    "22 Health professionals": """
        en: doctor physician surgeon nurse midwife paramedic dentist pharmacist veterinarian
            physiotherapist psychiatrist paediatrician pediatrician obstetrician anaesthetist
            anesthetist orthodontist optometrist audiologist dietitian dietician nutritionist
            psychotherapist radiotherapist chiropodist podiatrist osteopath chiropractor
            acupuncturist naturopath homeopath herbalist internist hospitalist intensivist
            medic prosthetist orthotist perfusionist farrier
        de: arzt ärztin zahnarzt tierarzt chirurg apotheker pfleger krankenpfleger hebamme
            physiotherapeut ergotherapeut psychotherapeut logopäde psychologe optiker
            hörakustiker sanitäter notfallsanitäter heilpraktiker podologe pflegefachmann
        fr: médecin chirurgien dentiste vétérinaire pharmacien infirmier sage-femme
            kinésithérapeute ergothérapeute orthophoniste orthoptiste diététicien psychologue
            psychiatre pédiatre anesthésiste radiologue ostéopathe podologue opticien
            audioprothésiste praticien généraliste urgentiste sophrologue
        es: médico cirujano dentista odontólogo veterinario farmacéutico enfermero matrona
            fisioterapeuta logopeda nutricionista dietista psicólogo psiquiatra pediatra
            anestesista optometrista podólogo osteópata quiropráctico
        pt: médico cirurgião dentista veterinário farmacêutico enfermeiro parteira
            fisioterapeuta terapeuta fonoaudiólogo nutricionista psicólogo psiquiatra pediatra
            optometrista podólogo osteopata
        it: medico chirurgo dentista odontoiatra veterinario farmacista infermiere ostetrica
            fisioterapista logopedista dietista nutrizionista psicologo psichiatra pediatra
            anestesista podologo osteopata ortottista
        nl: arts huisarts tandarts dierenarts chirurg apotheker verpleegkundige
            verloskundige fysiotherapeut ergotherapeut logopedist diëtist psycholoog psychiater
            podotherapeut optometrist mondhygiënist
        sv: läkare tandläkare veterinär sjuksköterska barnmorska fysioterapeut arbetsterapeut
            logoped dietist psykolog psykiater apotekare farmaceut receptarie audionom optiker
            tandhygienist
        da-no: lege læge tannlege tandlæge dyrlæge veterinær sykepleier sygeplejerske jordmor
            jordemoder fysioterapeut ergoterapeut logopæd logoped psykolog psykiater farmaceut
            farmasøyt apoteker bioingeniør radiograf optiker tannpleier tandplejer
        fi: lääkäri hammaslääkäri eläinlääkäri sairaanhoitaja kätilö fysioterapeutti
            toimintaterapeutti puheterapeutti terapeutti psykiatri farmaseutti
            proviisori optikko ensihoitaja terveydenhoitaja röntgenhoitaja
        pl: lekarz lekarka stomatolog dentysta weterynarz pielęgniarka pielęgniarz położna
            fizjoterapeuta logopeda dietetyk psycholog psycholożka psychiatra farmaceuta ratownik
            diagnosta optometrysta
        """,
    "23 Teaching professionals": """
        en: teacher schoolteacher lecturer professor tutor instructor educator pedagogue
            invigilator examiner childminder mentor lector
        de: lehrer lehrkraft dozent professor erzieher pädagoge ausbilder lektor referendar
            schulbegleiter
        fr: enseignant professeur instituteur formateur éducateur surveillant documentaliste
            moniteur précepteur maître-nageur
        es: profesor maestro docente educador formador instructor catedrático orientador
            pedagogo
        pt: professor docente educador formador instrutor explicador pedagogo orientador
        it: insegnante docente professore professoressa maestro educatore formatore istruttore
            pedagogista
        nl: leraar lerares docent leerkracht onderwijzer hoogleraar pedagoog instructeur
        sv: lärare förskollärare lektor professor adjunkt pedagog fritidspedagog
            studievägledare speciallärare
        da-no: lærer lektor adjunkt professor pædagog pedagog barnehagelærer førskolelærer
            underviser foreleser
        fi: opettaja lehtori professori luokanopettaja lastentarhanopettaja varhaiskasvattaja
            kouluttaja
        pl: nauczyciel nauczycielka wykładowca wykładowczyni profesor pedagog wychowawca lektor
            instruktor
        """,
    "24 Business and administration professionals": """
        en: accountant auditor analyst adviser consultant economist actuary underwriter
            broker trader strategist publicist headhunter sourcer negotiator fundraiser
            campaigner lobbyist evaluator mediator arbitrator ombudsman facilitator
            recruiter marketer
        de: buchhalter bilanzbuchhalter steuerberater wirtschaftsprüfer prüfer controller
            ökonom betriebswirt volkswirt makler händler einkäufer personalreferent
            vertriebler
        fr: comptable expert-comptable auditeur contrôleur analyste économiste actuaire
            trésorier fiscaliste acheteur courtier négociateur recruteur banquier assureur
        es: contable contador auditor analista asesor consultor economista actuario tesorero
            comprador reclutador interventor facilitador mediador
        pt: contador contabilista auditor analista consultor assessor economista atuário
            tesoureiro comprador corretor recrutador bancário
        it: contabile commercialista revisore ragioniere analista consulente economista
            attuario tesoriere selezionatore reclutatore promotore
        nl: accountant boekhouder controller adviseur consultant econoom analist makelaar
            handelaar inkoper marketeer actuaris
        sv: ekonom revisor redovisningskonsult controller analytiker rådgivare mäklare
            inköpare rekryterare utredare
        da-no: økonom revisor regnskapsfører bogholder controller rådgiver konsulent
            analytiker megler mægler innkjøper indkøber rekrutterer
        fi: ekonomi tradenomi kirjanpitäjä tilintarkastaja controller analyytikko konsultti
            neuvonantaja välittäjä rekrytoija
        pl: księgowy księgowa audytor rewident analityk doradca ekonomista aktuariusz
            rekruter makler handlowiec handlowczyni doradczyni analityczka
            zaopatrzeniowiec
        """,
    "25 Information and communications technology professionals": """
        en: developer programmer engineer architect tester administrator coder webmaster
            sysadmin pentester integrator implementer
        de: entwickler programmierer softwareentwickler administrator systemadministrator
            informatiker tester architekt
        fr: développeur programmeur informaticien administrateur testeur intégrateur
            architecte
        es: desarrollador programador administrador analista arquitecto tester
        pt: desenvolvedor programador administrador analista arquiteto
        it: sviluppatore programmatore sistemista amministratore tester
        nl: ontwikkelaar programmeur systeembeheerder beheerder tester developer
        sv: utvecklare systemutvecklare programmerare testare systemadministratör
        da-no: utvikler udvikler systemutvikler programmør programmerer tester
        fi: ohjelmoija ohjelmistokehittäjä kehittäjä testaaja järjestelmäasiantuntija
            pääkäyttäjä
        pl: programista informatyk administrator tester
        """,
    "26 Legal, social and cultural professionals": """
        en: lawyer attorney solicitor barrister counsel magistrate judge prosecutor notary
            archivist librarian curator conservator restorer historian philosopher
            theologian psychologist caseworker chaplain priest pastor rabbi imam vicar deacon
            cleric missionary author writer journalist editor reporter columnist
            correspondent translator interpreter lexicographer artist sculptor musician
            composer singer dancer choreographer actor actress producer presenter
            broadcaster announcer cinematographer videographer filmmaker photographer
            stylist comedian performer entertainer novelist poet cartoonist pianist
            violinist guitarist drummer vocalist narrator organist reviser proofreader
            terminologist subtitler
        de: jurist anwalt rechtsanwalt staatsanwalt richter notar justiziar rechtspfleger
            archivar bibliothekar kurator restaurator historiker soziologe philosoph
            sozialarbeiter sozialpädagoge seelsorger pfarrer priester diakon autor
            schriftsteller journalist redakteur übersetzer dolmetscher künstler bildhauer
            musiker komponist sänger tänzer schauspieler regisseur produzent moderator
            fotograf kameramann grafiker illustrator texter
        fr: avocat juriste juge magistrat notaire huissier greffier procureur clerc
            bibliothécaire archiviste conservateur historien sociologue philosophe
            travailleur aumônier prêtre pasteur journaliste rédacteur traducteur interprète
            réviseur terminologue
            écrivain auteur artiste peintre sculpteur musicien compositeur chanteur danseur
            comédien acteur réalisateur producteur présentateur photographe graphiste
            illustrateur styliste scénariste monteur
        es: abogado jurista juez magistrado notario procurador letrado bibliotecario
            archivero historiador sociólogo filósofo trabajador sacerdote pastor periodista
            redactor traductor intérprete revisor terminólogo escritor autor artista pintor
            escultor músico
            compositor cantante bailarín actor actriz productor presentador locutor
            fotógrafo diseñador ilustrador guionista maquetador editor
        pt: advogado jurista juiz magistrado notário procurador bibliotecário arquivista
            curador historiador sociólogo trabalhador pastor jornalista redator revisor
            tradutor intérprete escritor autor artista pintor escultor músico compositor
            cantor bailarino ator atriz realizador produtor apresentador locutor fotógrafo
            ilustrador roteirista guionista editor
        it: avvocato giurista giudice magistrato notaio procuratore bibliotecario archivista
            curatore restauratore sociologo filosofo sacerdote pastore giornalista redattore
            traduttore interprete scrittore autore artista pittore scultore musicista
            compositore cantante ballerino attore attrice produttore presentatore
            conduttore fotografo illustratore sceneggiatore
        nl: jurist advocaat rechter notaris griffier bibliothecaris archivaris conservator
            historicus werker predikant dominee priester pastoor journalist redacteur
            vertaler tolk schrijver kunstenaar schilder beeldhouwer muzikant componist
            zanger danser acteur actrice regisseur producent presentator fotograaf vormgever
            illustrator
        sv: jurist advokat domare åklagare notarie bibliotekarie arkivarie kurator socionom
            socialsekreterare präst pastor diakon journalist redaktör översättare tolk
            författare konstnär musiker kompositör sångare dansare skådespelare regissör
            producent fotograf formgivare illustratör
        da-no: jurist advokat dommer anklager bibliotekar arkivar kurator sosionom
            socialrådgiver barnevernspedagog prest præst journalist redaktør oversetter
            oversætter tolk forfatter kunstner musiker komponist sanger danser skuespiller
            regissør instruktør produsent producent fotograf illustratør
        fi: juristi lakimies asianajaja tuomari syyttäjä notaari kirjastonhoitaja arkistonhoitaja
            sosiaalityöntekijä sosionomi pappi toimittaja kääntäjä tulkki kirjailija
            taiteilija muusikko säveltäjä laulaja tanssija näyttelijä ohjaaja tuottaja
            valokuvaaja graafikko kuvittaja
        pl: prawnik adwokat radca sędzia prokurator notariusz komornik bibliotekarz
            archiwista kurator historyk socjolog filozof ksiądz pastor dziennikarz redaktor
            tłumacz pisarz autor artysta malarz malarka rzeźbiarz muzyk kompozytor piosenkarz
            tancerz aktor aktorka reżyser producent prezenter fotograf grafik ilustrator
        """,
    "31 Science and engineering associate professionals": """
        en: technician technologist inspector draughtsman navigator skipper helmsman
            boatswain bosun coxswain mariner seafarer seaman aviator pilot
            loadmaster harbourmaster harbormaster assayer controller dispatcher
        de: techniker laborant chemielaborant bauleiter polier werkmeister kapitän lotse
            fluglotse steuermann maschinist flugbegleiter prüfer kontrolleur inspektor
            gutachter
        fr: technicien dessinateur contrôleur inspecteur conducteur métreur pilote copilote
            commandant capitaine mécanicien aiguilleur
        es: técnico delineante inspector capataz aparejador perito piloto copiloto
            controlador capitán maquinista
        pt: técnico desenhista inspetor piloto copiloto controlador comandante capitão
            maquinista
        it: tecnico perito disegnatore ispettore pilota copilota controllore comandante
            capitano macchinista collaudatore manutentore
        nl: technicus monteur laborant opzichter uitvoerder werkvoorbereider inspecteur
            kapitein stuurman piloot luchtverkeersleider machinist schipper
        sv: tekniker ingenjör laborant inspektör arbetsledare byggledare styrman kapten
            flygledare maskinist
        da-no: tekniker laborant inspektør byggeleder formand styrmand styrmann kaptajn
            kaptein skipper flyveleder flygeleder maskinmester maskinist
        fi: teknikko laborantti tarkastaja työnjohtaja perämies kapteeni lentäjä
            lennonjohtaja konemestari
        pl: technik laborant inspektor kontroler kapitan pilot nawigator dyspozytor
            mechanik
        """,
    "32 Health associate professionals": """
        en: nurse paramedic hygienist optician orthoptist sonographer radiographer
            phlebotomist masseur masseuse audiometrist embalmer
        de: pflegefachkraft pflegeassistent sanitäter rettungssanitäter masseur
            zahntechniker orthopädietechniker diätassistent tierpfleger
        fr: aide-soignant auxiliaire préparateur manipulateur masseur secouriste
            ambulancier brancardier
        es: auxiliar técnico higienista protésico masajista quiromasajista celador
            gerocultor camillero
        pt: técnico auxiliar massagista protético higienista maqueiro
        it: tecnico odontotecnico igienista massaggiatore soccorritore
        nl: verpleegkundige doktersassistent tandartsassistent apothekersassistent masseur
        sv: undersköterska tandsköterska massör djursjukskötare skötare
        da-no: hjelpepleier vernepleier helsefagarbeider tandklinikassistent massør
        fi: lähihoitaja perushoitaja hammashoitaja laboratoriohoitaja hieroja
        pl: ratownik opiekun technik masażysta higienistka
        """,
    "33 Business and administration associate professionals": """
        en: broker underwriter adjuster bookkeeper estimator buyer purchaser salesperson
            salesman saleswoman auctioneer appraiser valuer collector stockbroker realtor
            conveyancer organiser organizer scheduler coordinator expeditor expediter
            enumerator secretary administrator paralegal
        de: sachbearbeiter kaufmann kauffrau makler vertreter disponent einkäufer sekretär
            assistent
        fr: commercial représentant courtier acheteur secrétaire assistant gestionnaire
            négociateur transitaire commissaire-priseur
        es: comercial representante comprador administrativo secretario tasador gestor
            transitario
        pt: comercial representante corretor comprador administrativo secretário despachante
            avaliador perito
        it: rappresentante impiegato segretario assistente spedizioniere doganalista perito
        nl: makelaar inkoper vertegenwoordiger secretaresse administrateur taxateur
            expediteur planner douanier
        sv: säljare mäklare inköpare speditör sekreterare administratör löneadministratör
        da-no: sælger selger mægler megler speditør sekretær kontorfuldmægtig
            lønkonsulent
        fi: myyjä myyntiedustaja edustaja sihteeri assistentti meklari
        pl: przedstawiciel handlowiec sekretarka asystent spedytor rzeczoznawca
        """,
    "34 Legal, social, cultural and related associate professionals": """
        en: paralegal chef cook athlete coach trainer instructor lifeguard decorator
            croupier photographer designer
        de: koch küchenchef trainer sportlehrer dekorateur raumausstatter gestalter
            mediengestalter fotograf
        fr: cuisinier chef sous-chef entraîneur moniteur éducateur animateur décorateur
        es: cocinero jefe entrenador decorador animador educador
        pt: cozinheiro chef treinador instrutor decorador animador educador
        it: cuoco chef allenatore istruttore arredatore decoratore animatore
        nl: kok chef-kok trainer sportinstructeur decorateur stylist
        sv: kock kökschef tränare instruktör inredare dekoratör
        da-no: kok kokk kjøkkensjef køkkenchef trener træner instruktør dekoratør
        fi: kokki keittiömestari valmentaja ohjaaja sisustussuunnittelija
        pl: kucharz kucharka szef trener instruktor dekorator
        """,
    "35 Information and communications technicians": """
        en: technician operator cameraman camerawoman projectionist
        de: techniker fachinformatiker veranstaltungstechniker kameramann
        fr: technicien opérateur cadreur projectionniste
        es: técnico operador
        pt: técnico operador
        it: tecnico operatore cameraman
        nl: technicus operator cameraman
        sv: tekniker operatör
        da-no: tekniker operatør
        fi: teknikko tukihenkilö
        pl: technik operator
        """,
    "41 General and keyboard clerks": """
        en: clerk secretary typist stenographer transcriptionist receptionist
        de: bürokaufmann bürokraft schreibkraft sekretär angestellter
        fr: employé secrétaire
        es: administrativo auxiliar secretario
        pt: escriturário auxiliar secretário
        it: impiegato segretario
        nl: secretaresse medewerker
        sv: kontorist sekreterare
        da-no: kontorassistent sekretær
        fi: toimistosihteeri sihteeri toimistotyöntekijä
        pl: sekretarka urzędnik urzędniczka referent
        """,
    "42 Customer services clerks": """
        en: cashier teller receptionist telephonist concierge hostess greeter telemarketer
            bookmaker
        de: kassierer rezeptionist telefonist empfangsmitarbeiter
        fr: caissier guichetier réceptionniste standardiste hôtesse téléconseiller
            télévendeur
        es: cajero recepcionista telefonista teleoperador
        pt: recepcionista rececionista telefonista atendente
        it: cassiere receptionist centralinista sportellista
        nl: receptionist telefonist baliemedewerker kassamedewerker
        sv: kassör receptionist telefonist
        da-no: resepsjonist receptionist telefonist
        fi: asiakaspalvelija vastaanottovirkailija virkailija
        pl: kasjer recepcjonista konsultant
        """,
    "43 Numerical and material recording clerks": """
        en: bookkeeper storekeeper storeman warehouseman dispatcher scheduler timekeeper
            weigher
        de: lagerist lagerverwalter verwalter disponent buchhalter
        fr: magasinier comptable gestionnaire
        es: almacenero contable
        pt: almoxarife estoquista
        it: magazziniere contabile
        nl: magazijnmedewerker boekhouder
        sv: lagerarbetare lagerförvaltare
        da-no: lagerarbeider lagerarbejder bogholder
        fi: varastonhoitaja kirjanpitäjä
        pl: magazynier księgowy
        """,
    "44 Other clerical support workers": """
        en: postman postwoman mailman sorter proofreader
        de: postbote briefträger zusteller korrektor
        fr: correcteur préposé
        es: cartero
        pt: carteiro
        it: postino
        nl: postbode bezorger
        sv: brevbärare
        da-no: postbud postbude
        fi: postinkantaja oikolukija
        pl: listonosz korektor
        """,
    "51 Personal service workers": """
        en: hairdresser hairstylist barber beautician esthetician aesthetician manicurist
            pedicurist steward stewardess waiter waitress bartender barista sommelier
            housekeeper caretaker janitor valet undertaker mortician groomer chauffeur
            conductor croupier
        de: friseur kosmetiker flugbegleiter reiseleiter kellner barkeeper hauswirtschafter
            hausmeister bestatter fahrlehrer servicekraft
        fr: coiffeur esthéticien steward hôtesse serveur barman sommelier concierge
            gouvernant majordome gardien plongeur accompagnateur toiletteur
        es: peluquero esteticista azafato camarero barman conserje mayordomo gobernanta
            sumiller
        pt: cabeleireiro esteticista barbeiro comissário hospedeira garçom barman porteiro
            zelador governanta mordomo camareiro
        it: parrucchiere estetista barbiere hostess steward cameriere barista barman
            portiere portinaio custode governante maggiordomo
        nl: kapper stewardess steward reisleider ober serveerster barman barista conciërge
            huishoudster rijinstructeur
        sv: frisör servitör servitris bartender hovmästare vaktmästare fastighetsskötare
            lokalvårdare
        da-no: frisør servitør tjener bartender hovmester vaktmester pedel
        fi: kampaaja parturi kosmetologi tarjoilija baarimikko lentoemäntä stuertti
            kiinteistönhoitaja talonmies
        pl: fryzjer kosmetyczka kelner barman steward stewardesa recepcjonista
        """,
    "52 Sales workers": """
        en: salesperson cashier merchandiser stallholder fishmonger greengrocer grocer
            tobacconist newsagent florist butcher baker demonstrator
        de: verkäufer kassierer einzelhandelskaufmann fleischer metzger bäcker florist
        fr: vendeur caissier commerçant boucher boulanger poissonnier fleuriste épicier
            charcutier démonstrateur
        es: dependiente vendedor cajero carnicero panadero pescadero frutero florista
            charcutero reponedor promotor
        pt: vendedor balconista açougueiro talhante padeiro peixeiro florista promotor
            repositor
        it: commesso venditore cassiere macellaio panettiere fornaio pescivendolo fioraio
            salumiere negoziante
        nl: verkoper verkoopster winkelmedewerker slager bakker bloemist
        sv: säljare butikssäljare kassabiträde butiksbiträde
        da-no: sælger selger ekspedient butiksassistent butikkmedarbeider
        fi: myyjä kassanhoitaja myyntineuvottelija
        pl: sprzedawca sprzedawczyni kasjer handlowiec
        """,
    "53 Personal care workers": """
        en: carer caregiver nanny babysitter childminder sitter aide
        de: betreuer pflegehelfer altenpfleger kinderpfleger tagesmutter tagesvater
            alltagsbegleiter
        fr: aide-soignant auxiliaire nounou
        es: cuidador auxiliar niñera gerocultor
        pt: cuidador auxiliar babá acompanhante
        it: badante assistente babysitter ausiliario
        nl: verzorgende zorgmedewerker begeleider gastouder
        sv: vårdbiträde barnskötare undersköterska dagbarnvårdare
        da-no: hjemmehjælper omsorgsarbeider pleieassistent barnepasser
        fi: lähihoitaja lastenhoitaja kodinhoitaja hoitaja avustaja
        pl: opiekun opiekunka niania
        """,
    "54 Protective services workers": """
        en: firefighter fireman policeman policewoman constable detective guard bodyguard
            lifeguard warden jailer gaoler sheriff marshal ranger watchman doorman bouncer
            trooper coastguard
        de: feuerwehrmann polizist polizeibeamter wachmann detektiv rettungsschwimmer
            bademeister pförtner wächter beamter
        fr: pompier policier gendarme vigile sauveteur douanier gardien surveillant
        es: bombero policía vigilante escolta socorrista guardabosques
        pt: bombeiro vigilante carcereiro salva-vidas nadador-salvador
        it: pompiere poliziotto vigile vigilante bagnino carabiniere finanziere guardiano
        nl: brandweerman politieagent beveiliger bewaker handhaver cipier portier
            badmeester rechercheur
        sv: brandman väktare ordningsvakt kriminalvårdare livräddare
        da-no: politibetjent brannmann brandmand vekter fængselsbetjent livredder
        fi: poliisi palomies vartija järjestyksenvalvoja vanginvartija
        pl: policjant policjantka strażak ochroniarz strażnik ratownik ratowniczka
        """,
    "61 Market-oriented skilled agricultural workers": """
        en: farmer grower gardener horticulturist landscaper arborist nurseryman stockman
            herdsman rancher dairyman breeder vintner viticulturist
        de: landwirt gärtner winzer tierwirt pferdewirt imker melker baumpfleger
        fr: agriculteur viticulteur maraîcher arboriculteur horticulteur éleveur berger
            jardinier paysagiste apiculteur vigneron
        es: agricultor ganadero jardinero horticultor viticultor apicultor
        pt: agricultor lavrador fazendeiro pecuarista jardineiro horticultor viticultor
            apicultor
        it: agricoltore contadino allevatore giardiniere florovivaista viticoltore
            apicoltore vignaiolo
        nl: landbouwer tuinder hovenier kweker veehouder imker
        sv: lantbrukare trädgårdsmästare djurskötare odlare
        da-no: landmand anleggsgartner anlægsgartner dyrepasser
        fi: maanviljelijä viljelijä puutarhuri eläintenhoitaja karjanhoitaja
        pl: rolnik ogrodnik hodowca sadownik
        """,
    "62 Market-oriented skilled forestry, fishery and hunting workers": """
        en: forester lumberjack woodcutter fisherman fisherwoman trawlerman
            aquaculturist trapper gamekeeper
        de: förster forstwirt fischwirt
        fr: bûcheron sylviculteur pêcheur ostréiculteur
        es: leñador pescador guardabosques
        pt: lenhador silvicultor pescador
        it: boscaiolo pescatore guardiacaccia
        nl: bosbouwer houthakker
        sv: skogsarbetare fiskare
        da-no: skogsarbeider skovarbejder fisker
        fi: metsuri metsätyöntekijä kalastaja
        pl: leśnik drwal rybak
        """,
    "63 Subsistence farmers, fishers, hunters and gatherers": """
        en: farmer fisherman
        de: landwirt
        fr: agriculteur pêcheur
        es: agricultor campesino pescador
        pt: agricultor lavrador pescador
        it: agricoltore contadino
        nl: landbouwer
        sv: lantbrukare
        da-no: landmand
        fi: maanviljelijä
        pl: rolnik
        """,
    "71 Building and related trades workers": """
        en: bricklayer carpenter joiner plasterer plumber roofer tiler glazier painter
            stonemason stonecutter concreter steelfixer erector scaffolder rigger insulator
            drywaller floorer paver pipelayer gasfitter steamfitter handyman sweeper
            tradesman tradesperson craftsman craftsperson artisan builder labourer
        de: maurer zimmerer dachdecker fliesenleger bodenleger estrichleger
            installateur klempner spengler maler lackierer stuckateur trockenbauer
            gerüstbauer glaser steinmetz betonbauer straßenbauer tiefbauer schornsteinfeger
            handwerker monteur
        fr: maçon charpentier menuisier couvreur plâtrier carreleur plombier chauffagiste
            peintre vitrier serrurier échafaudeur coffreur ferrailleur solier plaquiste
            étancheur tailleur terrassier façadier canalisateur frigoriste
        es: albañil carpintero fontanero pintor yesero escayolista solador alicatador
            cristalero cerrajero encofrador ferrallista instalador montador peón
        pt: pedreiro carpinteiro canalizador encanador pintor estucador azulejista
            ladrilhador vidraceiro serralheiro telhadista armador servente montador
            instalador calceteiro
        it: muratore carpentiere falegname imbianchino pittore piastrellista vetraio
            lattoniere serramentista ponteggiatore manovale posatore installatore
            montatore cartongessista stuccatore
        nl: metselaar timmerman stukadoor tegelzetter dakdekker loodgieter installateur
            schilder glaszetter steigerbouwer stratenmaker grondwerker isoleerder
            betonvlechter
        sv: snickare murare målare rörmokare plattsättare takläggare byggnadsarbetare
            glasmästare ställningsbyggare betongarbetare golvläggare isolerare plåtslagare
            hantverkare
        da-no: tømrer snekker snedker murer maler rørlegger blikkenslager flisemontør
            tagdækker taktekker stillasbygger betongarbeider glarmester anleggsarbeider
            håndværker håndverker
        fi: rakennusmies rakennustyöntekijä kirvesmies timpuri muurari maalari laatoittaja
            putkiasentaja lasittaja kattoasentaja rappari telineasentaja
        pl: murarz cieśla stolarz dekarz tynkarz glazurnik hydraulik malarz szklarz
            monter robotnik
        """,
    "72 Metal, machinery and related trades workers": """
        en: welder blacksmith toolmaker machinist millwright fabricator boilermaker
            panelbeater mechanic fitter moulder molder polisher riveter solderer armourer
            armorer
        de: schweißer schmied werkzeugmacher dreher fräser zerspanungsmechaniker
            industriemechaniker mechaniker mechatroniker schlosser metallbauer
            karosseriebauer
        fr: soudeur chaudronnier tôlier forgeron ajusteur tourneur fraiseur usineur
            mécanicien carrossier outilleur mécatronicien régleur métallier
        es: soldador calderero tornero fresador chapista mecánico matricero
            ajustador carrocero
        pt: soldador caldeireiro torneiro fresador mecânico serralheiro funileiro
            ajustador
        it: saldatore tornitore fresatore attrezzista carrozziere meccanico
            manutentore
        nl: lasser smid bankwerker draaier frezer plaatwerker constructiewerker
            automonteur mechanicien
        sv: svetsare smed mekaniker montör verktygsmakare reparatör fordonstekniker
        da-no: sveiser svejser smed mekaniker automekaniker industrimekaniker
            værktøjsmager verktøymaker platearbeider
        fi: hitsaaja seppä levyseppä koneistaja mekaanikko asentaja korjaaja
        pl: spawacz kowal ślusarz tokarz frezer mechanik blacharz lakiernik
        """,
    "73 Handicraft and printing workers": """
        en: jeweller jeweler goldsmith watchmaker engraver bookbinder typesetter knitter
            luthier calligrapher ceramicist embroiderer milliner glassblower lithographer
            printmaker
        de: goldschmied uhrmacher juwelier buchbinder graveur töpfer keramiker glasbläser
            geigenbauer orgelbauer sattler kunsthandwerker
        fr: bijoutier joaillier orfèvre horloger imprimeur relieur graveur potier céramiste
            verrier luthier tapissier sellier maroquinier brodeur
        es: joyero relojero orfebre impresor encuadernador ceramista artesano
        pt: joalheiro ourives relojoeiro impressor encadernador ceramista artesão oleiro
        it: orafo gioielliere orologiaio tipografo legatore ceramista artigiano liutaio
            incisore
        nl: goudsmid juwelier horlogemaker boekbinder graveur pottenbakker
            zadelmaker
        sv: guldsmed urmakare tryckare bokbindare keramiker
        da-no: guldsmed gullsmed urmager urmaker bogbinder bokbinder keramiker
        fi: kultaseppä kelloseppä painaja keraamikko artesaani
        pl: jubiler złotnik zegarmistrz drukarz introligator ceramik
        """,
    "74 Electrical and electronic trades workers": """
        en: electrician lineman linesman lineworker cabler wireman jointer repairer
            serviceman installer
        de: elektriker elektroniker elektroinstallateur systemelektroniker
        fr: électricien électronicien électrotechnicien câbleur installateur dépanneur
        es: electricista instalador
        pt: eletricista eletrotécnico instalador
        it: elettricista elettrotecnico installatore cablatore
        nl: elektricien elektromonteur elektrotechnicus
        sv: elektriker elmontör elektronikmontör
        da-no: elektriker energimontør elektronikmekaniker
        fi: sähköasentaja sähkömies elektroniikka-asentaja
        pl: elektryk elektromonter
        """,
    "75 Food processing, wood working, garment and other craft trades workers": """
        en: butcher baker confectioner chocolatier brewer distiller taster woodturner
            cabinetmaker upholsterer tailor dressmaker seamstress cobbler shoemaker
            fumigator slaughterer meatpacker furrier patissier
        de: bäcker konditor metzger fleischer brauer tischler schreiner drechsler
            kürschner schuhmacher polsterer schädlingsbekämpfer
        fr: boulanger pâtissier boucher charcutier fromager chocolatier brasseur menuisier
            ébéniste couturier tailleur tapissier cordonnier
        es: panadero pastelero repostero carnicero charcutero quesero cervecero carpintero
            ebanista costurero modista tapicero
        pt: padeiro pasteleiro confeiteiro açougueiro talhante cervejeiro marceneiro
            costureiro alfaiate sapateiro estofador modista
        it: panettiere fornaio pasticcere pasticciere macellaio casaro birraio falegname
            ebanista sarto modellista calzolaio tappezziere pizzaiolo
        nl: slager bakker banketbakker brouwer kaasmaker meubelmaker kleermaker naaister
            schoenmaker stoffeerder
        sv: bagare konditor slaktare charkuterist bryggare möbelsnickare sömmerska
            skräddare tapetserare
        da-no: bager konditor slagter slakter møbelsnedker skrædder skredder
            syerske tapetserer
        fi: leipuri kondiittori teurastaja lihanleikkaaja puuseppä ompelija räätäli
            verhoilija
        pl: piekarz cukiernik rzeźnik masarz piwowar stolarz krawiec krawcowa szwaczka
            szewc tapicer
        """,
    "81 Stationary plant and machine operators": """
        en: operator miner quarryman driller blaster shotfirer stoker roustabout roughneck
            derrickman
        de: maschinenführer anlagenführer maschinenbediener bergarbeiter
            chemikant verfahrensmechaniker
        fr: opérateur conducteur foreur pilote
        es: operador operario maquinista
        pt: operador operário
        it: operatore operaio minatore conduttore
        nl: operator procesoperator productiemedewerker mijnwerker
        sv: operatör processoperatör maskinoperatör gruvarbetare
        da-no: operatør prosessoperatør maskinoperatør gruvearbeider
        fi: operaattori koneenhoitaja prosessinhoitaja kaivosmies
        pl: operator górnik
        """,
    "82 Assemblers": """
        en: assembler fitter
        de: montierer monteur
        fr: assembleur monteur
        es: montador ensamblador
        pt: montador
        it: montatore assemblatore
        nl: monteur assembleur
        sv: montör
        da-no: montør
        fi: kokoonpanija asentaja
        pl: monter
        """,
    "83 Drivers and mobile plant operators": """
        en: driver chauffeur motorman trucker haulier signaller signalman shunter brakeman
            boatman ferryman bargeman teamster railwayman courier
        de: fahrer kraftfahrer berufskraftfahrer lokführer triebfahrzeugführer kranführer
            baggerführer staplerfahrer zugbegleiter schaffner kurier
        fr: chauffeur conducteur cariste grutier machiniste batelier coursier
            livreur
        es: conductor chófer camionero transportista taxista repartidor carretillero
            gruista palista mensajero
        pt: motorista condutor camionista caminhoneiro taxista entregador estafeta
            empilhadeirista
        it: autista camionista tassista corriere fattorino macchinista mulettista
            carrellista gruista
        nl: chauffeur vrachtwagenchauffeur buschauffeur machinist kraanmachinist
            conducteur koerier
        sv: förare chaufför lastbilschaufför busschaufför lokförare truckförare kranförare
            konduktör
        da-no: sjåfør chauffør lastebilsjåfør bussjåfør lokfører lokomotivfører truckfører
            kranfører maskinfører konduktør
        fi: kuljettaja rekkakuski kuski veturinkuljettaja trukinkuljettaja
        pl: kierowca maszynista motorniczy kurier operator
        """,
    "91 Cleaners and helpers": """
        en: cleaner housekeeper maid chambermaid housemaid launderer valeter custodian
        de: reinigungskraft gebäudereiniger reiniger raumpfleger putzkraft haushaltshilfe
        fr: nettoyeur agent employé
        es: limpiador limpiadora
        pt: faxineiro faxineira
        it: pulitore inserviente
        nl: schoonmaker huishoudster glazenwasser
        sv: städare lokalvårdare
        da-no: renholder rengøringsassistent
        fi: siivooja laitoshuoltaja
        pl: sprzątaczka sprzątacz
        """,
    "92 Agricultural, forestry and fishery labourers": """
        en: farmhand labourer laborer picker groundsman groundskeeper stablehand herder
            milker deckhand
        de: erntehelfer landarbeiter forstarbeiter
        fr: ouvrier cueilleur vendangeur
        es: peón jornalero temporero
        pt: trabalhador jornaleiro
        it: bracciante
        nl: landarbeider plukker
        sv: lantarbetare plockare
        da-no: landarbeider
        fi: maatalouslomittaja marjanpoimija
        pl: robotnik zbieracz
        """,
    "93 Labourers in mining, construction, manufacturing and transport": """
        en: labourer laborer handler packer loader stevedore longshoreman stacker porter
        de: hilfsarbeiter bauhelfer produktionshelfer lagerhelfer kommissionierer verpacker
        fr: manutentionnaire emballeur déménageur ouvrier
        es: peón mozo empaquetador envasador
        pt: servente estivador embalador operário
        it: manovale facchino operaio
        nl: orderpicker inpakker productiemedewerker hulpkracht
        sv: grovarbetare lagerarbetare
        da-no: arbejdsmand lagerarbeider lagermedarbejder
        fi: työntekijä varastotyöntekijä rakennustyöntekijä
        pl: robotnik pomocnik magazynier pracownik pracownica
        """,
    "94 Food preparation assistants": """
        en: cook dishwasher busser busboy commis
        de: küchenhilfe spüler beikoch
        fr: commis plongeur
        es: friegaplatos lavaplatos
        pt: copeiro
        it: lavapiatti
        nl: keukenhulp afwasser
        sv: diskare köksbiträde
        da-no: opvasker oppvasker
        fi: keittiöapulainen tiskaaja
        pl: pomocnik zmywacz
        """,
    "95 Street and related sales and service workers": """
        en: peddler
        de: straßenverkäufer
        fr: camelot
        es: vendedor
        pt: vendedor camelô
        it: venditore
        nl: marktkoopman
        sv: torghandlare
        da-no: torghandler
        fi: torimyyjä
        pl: sprzedawca
        """,
    "96 Refuse workers and other elementary workers": """
        en: binman bellhop bellboy caddie courier handyman
        de: müllwerker straßenreiniger bote austräger
        fr: éboueur balayeur coursier
        es: basurero barrendero recolector repartidor
        pt: gari varredor coletor entregador mensageiro
        it: netturbino spazzino fattorino
        nl: vuilnisman straatveger bode bezorger
        sv: renhållningsarbetare
        da-no: renovationsarbejder renovasjonsarbeider
        fi: jätehuoltotyöntekijä
        pl: śmieciarz zamiatacz goniec
        """,
}


def _parse(block: str) -> dict[str, list[str]]:
    """"en: a b\\n   c" -> {"en": ["a", "b", "c"]}: a language line and its continuations."""
    heads: dict[str, list[str]] = {}
    language = None
    for line in block.strip().splitlines():
        label, colon, words = line.strip().partition(": ")
        if colon and label in LANGUAGES:
            language, line = label, words
        heads.setdefault(language, []).extend(line.split())
    return heads


ISCO_GROUPS: dict[str, dict[str, list[str]]] = {name: _parse(block)
                                                for name, block in _GROUPS.items()}
# Every language's heads over all groups, as the space-separated text ``mail_titles`` joins;
# casefolded as the words it looks up are ("Schweißer" -> "schweisser").
ISCO_HEADS: dict[str, str] = {
    language: " " + " ".join(sorted({w.casefold() for group in ISCO_GROUPS.values()
                                     for w in group.get(language, [])})) + " "
    for language in LANGUAGES}


# Seventeenth pass (languages3), kept apart from the ISCO walk above: the common heads of job
# titles in Czech and Slovak, Romanian, Turkish, Hungarian, Greek, Croatian/Serbian/Bosnian
# (Latin script), Slovenian, Bulgarian, Lithuanian, Latvian and Estonian, for the groups most
# job mail names (written from general knowledge; words as often an everyday word, such as
# Czech "sestra" or Hungarian "eladó", are left out). Not every group has every language yet.
LANGUAGES3 = ("cs-sk", "ro", "tr", "hu", "el", "hr-sr-bs", "sl", "bg", "lt", "lv", "et",
              # twenty-fifth pass: Afrikaans, Swahili and Arabic (Greek's and Hindi's office
              # heads cut titles their readers read whole: "Φαρμακοποιός – Υπεύθυνος ...")
              "af", "sw", "ar",
              # forty-second pass: Icelandic ("Fastbúnaðarforritari", "Verkfræðingur í ..."), and
              # (after sealing fresh321-325) Faroese beside it ("fiskaheilsuráðgevi",
              # "framleiðsluleiðari", "sjúkrarøktarfrøðingur")
              "is")
_GROUPS_LANGUAGES3 = {
    # twenty-fifth pass: heads of the offices, desks and teams job mail names, and the
    # possessive forms Turkish writes them in ("Ön Büro Müdürü", "Gelir Yöneticisi")
    "25 Leads, coordinators, specialists and front-office staff": """
        ro: coordonator coordonatoare responsabil consilier urbanist analist supervizor
        ro: recepționer receptioner
        tr: müdürü yöneticisi sorumlusu sorumlu uzmanı uzman şefi şef temsilcisi temsilci
        tr: koordinatör koordinatörü asistanı asistan danışmanı danışman resepsiyonist
        hu: vezető tervező várostervező munkatárs ügyintéző referens koordinátor elemző
        hu: asszisztens recepciós
        hr-sr-bs: voditelj voditeljica menadžer recepcioner koordinator referent savjetnik
        hr-sr-bs: savetnik urbanist
        sl: vodja urbanist referent svetovalec koordinator receptor
        bg: ръководител урбанист координатор специалист анализатор консултант рецепционист
        af: bestuurder spanleier toesighouer konsultant ontleder koördineerder afrigter
        af: verpleegkundige klerk
        sw: meneja afisa msimamizi kiongozi mratibu mchambuzi mhudumu karani mshauri
        ar: مسؤول مسؤولة منسق منسقة أخصائي أخصائية مدير مديرة مشرف مشرفة محلل محللة
        is: sérfræðingur ráðgjafi verkefnastjóri umsjónarmaður
        is: ráðgevi leiðari
        """,
    "12 Administrative and commercial managers": """
        cs-sk: manažer manažér ředitel riaditeľ
        ro: manager director
        tr: müdür yönetici
        hu: igazgató menedzser
        el: διευθυντής
        hr-sr-bs: direktor menadžer menedžer voditelj rukovoditelj
        sl: direktor vodja
        bg: директор мениджър управител
        lt: direktorius vadovas vadybininkas
        lv: direktors vadītājs
        et: direktor juhataja
        is: framkvæmdastjóri forstjóri stjóri
        """,
    "21 Science and engineering professionals": """
        cs-sk: inženýr inžinier projektant architekt
        ro: inginer arhitect proiectant
        tr: mühendis mimar
        hu: mérnök építész
        el: μηχανικός αρχιτέκτονας
        hr-sr-bs: inženjer arhitekt arhitekta projektant
        sl: inženir arhitekt projektant
        bg: инженер архитект проектант
        lt: inžinierius architektas projektuotojas
        lv: inženieris arhitekts projektētājs
        et: insener arhitekt projekteerija
        is: verkfræðingur tæknifræðingur arkitekt
        is: frøðingur verkfrøðingur
        """,
    "22 Health professionals": """
        cs-sk: lékař lekár fyzioterapeut veterinář veterinár farmaceut lékárník lekárnik
        ro: medic farmacist fizioterapeut kinetoterapeut
        tr: doktor hekim hemşire fizyoterapist veteriner eczacı
        hu: orvos ápoló gyógytornász állatorvos gyógyszerész
        el: γιατρός ιατρός νοσηλευτής νοσηλεύτρια φυσικοθεραπευτής κτηνίατρος φαρμακοποιός
        hr-sr-bs: liječnik lekar ljekar fizioterapeut veterinar farmaceut ljekarnik
        sl: zdravnik fizioterapevt veterinar farmacevt
        bg: лекар фармацевт физиотерапевт ветеринар
        lt: gydytojas gydytoja slaugytojas slaugytoja kineziterapeutas veterinaras vaistininkas
        lv: ārsts medmāsa fizioterapeits veterinārārsts farmaceits
        et: arst füsioterapeut loomaarst proviisor farmatseut
        is: læknir hjúkrunarfræðingur sjúkraþjálfari
        """,
    "23 Teaching professionals": """
        cs-sk: učitel učiteľ lektor vychovatel vychovávateľ
        ro: profesor învățător educator educatoare
        tr: öğretmen eğitmen okutman
        hu: tanár tanító oktató óvodapedagógus
        el: καθηγητής καθηγήτρια δάσκαλος δασκάλα νηπιαγωγός
        hr-sr-bs: učitelj nastavnik profesor odgojitelj vaspitač
        sl: učitelj profesor vzgojitelj
        bg: учител преподавател възпитател
        lt: mokytojas mokytoja dėstytojas auklėtojas
        lv: skolotājs skolotāja pasniedzējs audzinātājs
        et: õpetaja kasvataja
        is: kennari leiðbeinandi
        """,
    "24 Business and administration professionals": """
        cs-sk: účtovník analytik auditor konzultant poradce poradca ekonom
        ro: contabil analist auditor consultant economist
        tr: muhasebeci analist denetçi danışman
        hu: könyvelő elemző auditor tanácsadó közgazdász
        el: λογιστής αναλυτής ελεγκτής σύμβουλος οικονομολόγος
        hr-sr-bs: računovođa knjigovođa analitičar revizor savjetnik savetnik konzultant ekonomist
        sl: računovodja analitik revizor svetovalec ekonomist
        bg: счетоводител анализатор одитор консултант икономист
        lt: buhalteris analitikas auditorius konsultantas ekonomistas
        lv: grāmatvedis analītiķis auditors konsultants ekonomists
        et: raamatupidaja analüütik audiitor konsultant nõustaja
        is: bókari greinandi endurskoðandi
        """,
    "25 Information and communications technology professionals": """
        cs-sk: programátor vývojář vývojár
        ro: programator dezvoltator
        tr: yazılımcı geliştirici programcı
        hu: programozó fejlesztő szoftverfejlesztő
        el: προγραμματιστής
        hr-sr-bs: programer
        sl: programer razvijalec
        bg: програмист разработчик
        lt: programuotojas
        lv: programmētājs izstrādātājs
        et: programmeerija tarkvaraarendaja
        is: forritari hugbúnaðarverkfræðingur hugbúnaðarsérfræðingur
        """,
    "26 Legal, social and cultural professionals": """
        cs-sk: právník právnik advokát koncipient
        ro: avocat jurist consilier
        tr: avukat hukukçu
        hu: ügyvéd jogász
        el: δικηγόρος νομικός
        hr-sr-bs: pravnik odvjetnik advokat
        sl: pravnik odvetnik
        bg: юрист адвокат
        lt: teisininkas advokatas
        lv: jurists advokāts
        et: jurist advokaat
        """,
    "31 Science and engineering associate professionals": """
        cs-sk: technik technológ technolog
        ro: tehnician
        tr: teknisyen tekniker
        hu: technikus
        el: τεχνίτης
        hr-sr-bs: tehničar
        sl: tehnik
        bg: техник
        lt: technikas
        lv: tehniķis
        et: tehnik
        """,
    "33 Business and administration associate professionals": """
        cs-sk: referent referentka specialista špecialista obchodník
        ro: specialist referent
        tr: uzman
        hu: szakértő ügyintéző
        hr-sr-bs: referent specijalista stručnjak
        sl: referent strokovnjak
        bg: специалист експерт
        lt: specialistas specialistė
        lv: speciālists speciāliste
        et: spetsialist
        """,
    "41 General and keyboard clerks": """
        cs-sk: asistent asistentka sekretářka sekretárka recepčná
        ro: asistent secretar secretară recepționer recepționeră
        tr: sekreter resepsiyonist asistan
        hu: titkár titkárnő asszisztens recepciós
        el: γραμματέας ρεσεψιονίστ
        hr-sr-bs: tajnik tajnica sekretar sekretarica recepcioner asistent
        sl: tajnik tajnica asistent
        bg: секретар рецепционист асистент
        lt: sekretorius sekretorė administratorius administratorė asistentas
        lv: sekretārs sekretāre asistents
        et: sekretär assistent
        """,
    "51 Personal service workers": """
        cs-sk: kuchař kuchár číšník čašník barman
        ro: bucătar ospătar barman
        tr: aşçı garson
        hu: szakács pincér felszolgáló pultos
        el: μάγειρας σερβιτόρος
        hr-sr-bs: kuhar kuvar konobar šanker
        sl: kuhar natakar
        bg: готвач сервитьор барман
        lt: virėjas padavėjas barmenas
        lv: pavārs viesmīlis bārmenis
        et: kokk ettekandja baarmen
        """,
    "52 Sales workers": """
        cs-sk: prodavač prodavačka predavač predavačka pokladník
        ro: vânzător vânzătoare casier casieră
        tr: kasiyer tezgahtar
        hu: pénztáros
        el: πωλητής πωλήτρια ταμίας
        hr-sr-bs: prodavač prodavačica blagajnik blagajnica
        sl: prodajalec prodajalka blagajnik
        bg: продавач касиер
        lt: pardavėjas pardavėja kasininkas
        lv: pārdevējs kasieris
        et: müüja klienditeenindaja
        """,
    "71 Building and related trades workers": """
        cs-sk: zedník murár elektrikář elektrikár instalatér inštalatér
        ro: zidar electrician instalator
        tr: duvarcı elektrikçi tesisatçı
        hu: kőműves villanyszerelő vízvezeték-szerelő
        el: ηλεκτρολόγος
        hr-sr-bs: zidar električar vodoinstalater
        sl: zidar električar inštalater
        bg: зидар електротехник водопроводчик
        lt: mūrininkas elektrikas santechnikas
        lv: mūrnieks elektriķis santehniķis
        et: müürsepp elektrik
        """,
    "72 Metal, machinery and related trades workers": """
        cs-sk: svářeč zvárač mechanik zámečník zámočník
        ro: sudor mecanic lăcătuș
        tr: kaynakçı tornacı tamirci
        hu: hegesztő lakatos esztergályos
        el: συγκολλητής
        hr-sr-bs: zavarivač mehaničar bravar
        sl: varilec mehanik ključavničar
        bg: заварчик механик шлосер
        lt: suvirintojas mechanikas šaltkalvis
        lv: metinātājs mehāniķis atslēdznieks
        et: keevitaja mehaanik lukksepp
        """,
    "83 Drivers and mobile plant operators": """
        cs-sk: řidič vodič
        ro: șofer
        tr: şoför
        hu: sofőr gépkocsivezető
        hr-sr-bs: vozač
        sl: voznik
        bg: шофьор
        lt: vairuotojas
        lv: šoferis autovadītājs
        et: autojuht
        """,
    "93 Labourers in mining, construction, manufacturing and transport": """
        cs-sk: skladník dělník robotník
        ro: muncitor manipulant
        tr: işçi depocu
        hu: raktáros segédmunkás
        el: εργάτης αποθηκάριος
        hr-sr-bs: skladištar radnik
        sl: skladiščnik delavec
        bg: работник
        lt: sandėlininkas darbininkas
        lv: strādnieks
        et: laotöötaja lihttööline
        """,
}


def _parse3(block: str) -> dict[str, list[str]]:
    """The same format as ``_parse``, in the languages of ``LANGUAGES3``."""
    heads: dict[str, list[str]] = {}
    language = None
    for line in block.strip().splitlines():
        label, colon, words = line.strip().partition(": ")
        if colon and label in LANGUAGES3:
            language, line = label, words
        heads.setdefault(language, []).extend(line.split())
    return heads


LANGUAGES3_GROUPS: dict[str, dict[str, list[str]]] = {
    name: _parse3(block) for name, block in _GROUPS_LANGUAGES3.items()}
ISCO_HEADS.update({
    language: " " + " ".join(sorted({w.casefold() for group in LANGUAGES3_GROUPS.values()
                                     for w in group.get(language, [])})) + " "
    for language in LANGUAGES3})
