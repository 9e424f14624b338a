"""More occupation head words, the words that name a post, and the clipped or field nouns
people write for a title ("physio", "the actuarial role"), in the languages of job mail.

Written from general knowledge of occupations (trades, professions, public service,
kitchens, studios); ``mail_titles`` joins these heads to its own lexicon, and
``mail_title_finder`` reads the rest.
"""

from __future__ import annotations

# Heads the first lexicon lacked, by language; base forms (plurals, feminines and case
# endings are read by ``mail_titles``).
MORE_HEADS = {
    "en": """
        actuary adjuster appraiser assessor audiologist barrister butcher caretaker
        cartographer chiropractor commis compositor concierge conveyancer custodian deckhand
        dishwasher epidemiologist florist glazier locksmith mathematician notary optician
        orthoptist osteopath patissier phlebotomist podiatrist purser rigger sommelier
        solicitor stewardess storyboarder tailor tiler upholsterer valuer vet
        biostatistician
        naturalist
        """,
    "de": """
        aktuar aktuarin angestellter angestellte animator anwalt architekt beamter beamtin
        betriebswirt designer direktor disponent experte gutachter grafiker geschäftsführer
        konditor koordinator künstler lagerist mathematiker notar ökonom pädagoge patissier
        prüfer rezeptionist revisor richter souschef spezialist statistiker volkswirt
        zeichner küchenchef servicekraft pflegekraft fachkraft krankenschwester
        sachverständiger
        """,
    "fr": """
        épidémiologiste épidémiologue actuaire adjoint ambulancier artiste attaché auditeur boucher boulanger commis
        contrôleur dessinateur économiste enquêteur géomètre illustrateur infographiste
        inspecteur intégrateur mathématicien modeleur notaire pâtissier plongeur policier
        pompier programmeur sommelier statisticien testeur urbaniste physiothérapeute
        sous-chef collaborateur collaboratrice
        """,
    "es": """
        actuario arquitecto artista auditor azafato conserje economista estadístico
        funcionario gestor ilustrador inspector limpiador matemático modelador panadero
        pastelero repostero segundo socorrista subjefe sumiller vigilante relacionista
        """,
    "pt": """
        actuário arquiteto arquitecto artista assessor atuário auditor chefe confeiteiro
        contabilista copeiro economista empregado estatístico farmacêutico gestor ilustrador
        inspetor jurista padeiro pasteleiro rececionista subchefe cientista
        """,
    "it": """
        architetto artista attuario aiuto dirigente economista farmacista gestore
        illustratore insegnante ispettore pasticcere professore revisore sommelier ufficiale
        funzionario istruttore
        """,
    "nl": """
        actuaris ambtenaar animator architect auditor bakker beleidsmedewerker controller
        econoom illustrator inspecteur kapper kunstenaar manager patissier planner
        souschef slager statisticus chef-kok specialist toezichthouder
        """,
    "sv": """
        administratör advokat aktuarie animatör apotekare arkitekt chef direktör designer
        grafiker illustratör inspektör jurist konditor konstnär kökschef planerare
        programmerare revisor samordnare souschef statistiker städare utredare
        """,
    "da-no": """
        adjunkt advokat aktuar analytiker animatør arkitekt designer direktør farmasøyt
        fuldmægtig grafiker illustratør inspektør jurist kokk kok konditor koordinator
        kunstner leder lektor montør økonom planlegger praktikant programmerer programmør
        renholder revisor saksbehandler sekretær servitør sjef sjåfør chauffør souschef
        spesialist specialist statistiker tjener utreder kjøkkensjef postdoktor
        """,
    "fi": """
        aktuaari analyytikko arkkitehti assistentti avustaja ekonomisti esihenkilö esimies
        farmaseutti fysioterapeutti graafikko hoitaja johtaja juristi keittiömestari
        koordinaattori kokki kondiittori konsultti kuljettaja kuvittaja lakimies lehtori
        lääkäri mestari neuvoja ohjaaja ohjelmoija opettaja proviisori sihteeri taiteilija
        tarjoilija tarkastaja tutkija työntekijä virkamies
        """,
    "pl": """
        adwokat artysta audytor badacz barman cukiernik ekonomista ekspert farmaceuta
        ilustrator inspektor menedżer planista radca rewident statystyk szef urzędnik
        wykładowca aktuariusz
        """,
    # twentieth pass: Indonesian and Malay heads, which open their title ("Staf Rekrutmen",
    # "Pegawai Tadbir", "Manajer Proyek")
    "id-ms": """
        staf pegawai karyawan manajer pengurus asisten pembantu analis insinyur jurutera
        teknisi juruteknik perawat jururawat dosen pensyarah akuntan akauntan koordinator
        penyelaras direktur pengarah sekretaris setiausaha desainer pereka pengembang
        pemrogram pengemudi supir sopir pemandu penulis penerjemah penterjemah apoteker
        """,
    # after sealing fresh361-365: Catalan heads ("Tècnic mitjà de turisme", "Cambrer",
    # "Administratiu de tràfic") and Romanian ones ("Inginer geotehnician", "Asistent universitar")
    "ca": """
        tècnic tècnica cambrer cambrera infermer infermera administratiu administrativa
        governanta recepcionista dependent dependenta
        """,
    "ro": """
        inginer tehnician asistent consilier contabil economist inspector
        """,
    # sixtieth pass: Romansh heads ("manader da vendita", "responsabel revenue management")
    "rm": """
        manader manadra menader menadra responsabel collavuratur collavuratura directur directura
        redactur redactura
        """,
}

# Heads that, alone, are as often an everyday word as a post ("our partner", "the lead",
# "segundo", "hand"): the finder takes them only with a modifier or a field.
WEAK_HEADS = frozenset("""
    partner associate lead student fellow hand runner agent head leitung hilfe segundo
    aiuto mestari leder officer executive representative worker member kraft ajudante
    ayudante empregado adjoint adjunkt collaborateur collaboratrice
""".split())

# Clipped and field nouns for a title, as written before a post word ("the physio job",
# "a nursing post", "the pastry position") -> the title the user would write.
FIELD_TITLES = {
    "physio": "Physiotherapist", "physiotherapy": "Physiotherapist",
    "actuarial": "Actuary", "nursing": "Nurse", "teaching": "Teacher",
    "pastry": "Pastry Chef", "accounting": "Accountant", "bookkeeping": "Bookkeeper",
    "midwifery": "Midwife", "pharmacy": "Pharmacist", "paralegal": "Paralegal",
    "radiography": "Radiographer", "dietetics": "Dietitian", "podiatry": "Podiatrist",
    "osteopathy": "Osteopath", "optometry": "Optometrist", "sonography": "Sonographer",
    "animation": "Animator", "illustration": "Illustrator", "copywriting": "Copywriter",
    "fysio": "Fysiotherapeut", "kiné": "Kinésithérapeute", "kine": "Kinésithérapeute",
    "physiotherapie": "Physiotherapeut", "fisio": "Fisioterapeuta",
}

# Words that name the post itself, after a title ("the X position", "X-stillingen").
POST_AFTER = frozenset("""
    position positions role roles job jobs vacancy vacancies post posts opening openings
    opportunity spot seat hire search stelle position funktion poste emploi puesto plaza
    vacante cargo vaga função posição posizione ruolo incarico functie vacature rol positie
    tjänst tjänsten stilling stillingen stillinga jobb jobben jobbet rollen tehtävä tehtävää
    tehtävään tehtävästä tehtävän virka virkaan stanowisko stanowiska intake
    pozisyonu pozisyonuna pozisyon ilanı ilanına ilanımıza kadrosu kadrosuna kadromuza alımı
    pozisyonumuz pozisyonumuza
    pozicijai pozicijos poziciją pareigoms pareigas pareigų amatam amata amatu pozīcijai
    vakancei позицію позиції вакансію вакансії
""".split())

# Words that name the post, the application or the selection just before a title ("your
# application: X", "Position Aktuar", "stillingen som X", "selection process 27-0412, X").
POST_BEFORE = frozenset("""
    position role post job vacancy opening stelle position funktion poste emploi puesto plaza
    vacante cargo vaga função posição posizione ruolo functie vacature tjänsten stillingen
    stilling tehtävään tehtävä stanowisko application applications bewerbung candidature
    candidatura postulación solicitud sollicitatie ansökan ansøgning søknad hakemus aplikacja
    kandydatura process processus proceso processo verfahren auswahlverfahren competition
    concours concurso recruitment recrutement reclutamiento recrutamento
    als as som como comme come jako
    postul poziția pozitia poziţia jobul rolul pozice pozici místo pozícia pozíciu pozícióra
    pozíció állás radno
    pozicionin pozicionit postin mjesto mesto pozicija poziciju pozycję stanowisku
    skelbimą skelbimas skelbimo töökuulutusele töökuulutus kuulutusele amatam amatu vakanci
    vakancei позицією позицію позиції посаду посади вакансію вакансії вакансія
""".split())
# Articles between a post word and the title ("recrutement d'un collaborateur")
ARTICLES = frozenset("a an the d'un d'une d’un d’une un une uno una un' een ein eine einen einer".split())

# The same post words written onto the title in one word: "Rådgiverstillingen",
# "Aktuarsstelle", "asiantuntijatehtävään", "kokkejobben".
POST_SUFFIXES = ("stillingen", "stillinga", "stilling", "tjänsten", "tjänst", "stelle",
                 "stellen", "position", "tehtävään", "tehtävää", "tehtävä", "tehtävästä",
                 "jobben", "jobbet", "rollen", "vacature", "functie")

# Finnish case endings of a head before a Finnish post word: "erityisasiantuntijan
# tehtävää" (genitive), "asiantuntijaksi" (translative).
FINNISH_CASES = ("ksi", "n")
