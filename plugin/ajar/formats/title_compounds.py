"""Eighteenth pass (role): the heads that close one-word compound titles, and the inflections
a compound title is written in, for the languages that build titles so (German, Dutch,
Swedish, Danish, Norwegian, Finnish).

A German, Dutch or Nordic title is often one word whose last part names the occupation
("Lagerlogistiker", "kundebehandler", "werkvoorbereider", "palkanlaskija"). Some of those
heads are too common as ordinary words to be a title alone ("arbeider" is also "works",
"behandler" also "treats", "bediener" a waiter or an operator's screen), so they count only at
the end of a longer word; the mail_titles lexicon keeps the heads that stand alone. Written
from general knowledge of the occupations each language names so, not from the corpus.
"""

from __future__ import annotations

# Heads that close a compound title (lower case, at least five letters), by language.
COMPOUND_ONLY_HEADS = frozenset("""
    logistiker bearbeiter bearbeiterin bediener helfer prüfer zeichner disponent planer
    betreuer begleiter beauftragter beauftragte koordinator vertreter gestalter elektroniker
    schlosser installateur programmierer administrator kontrolleur einkäufer kommissionierer
    fachwirt spezialist assistenz sachbearbeiter verkäufer lagerist pfleger erzieher
    arbeider arbejder hjelper hjælper medhjelper medhjælper behandler operatør operator
    mekaniker montør planlægger planlegger formidler ekspedient ekspeditør sælger selger
    vekter vaktmester pleier plejer pædagog pedagog oversetter oversætter skribent redaktør
    lærling renholder sjåfør chauffør snekker tømrer fagarbeider konsulent rådgiver
    biträde skötare vårdare förare väktare handledare expedit inköpare projektör montör
    tekniker samordnare utredare
    ondersteuner voorbereider tekenaar inkoper boekhouder technicus administrateur bezorger
    coordinator uitvoerder installateur inspecteur medewerker verzorger opzichter bediende
    laskija neuvottelija asentaja kuljettaja hoitaja kirjanpitäjä tarkastaja ohjaaja
    opettaja avustaja sihteeri teknikko mekaanikko operaattori ylläpitäjä kääntäjä
    toimittaja edustaja valmistelija vastaava siivooja vartija koordinaattori analyytikko
    suunnittelija kehittäjä tutkija konsultti insinööri päällikkö johtaja esihenkilö
    harjoittelija työntekijä asiantuntija myyjä
""".split())

# Compounds that end on such a head and are ordinary words, mostly verbs ("samarbeider",
# "utarbeider", "bearbejder": works together, prepares, processes).
NOT_TITLES = frozenset("""
    samarbeider bearbeider utarbeider omarbeider tilarbeider gjennomarbeider samarbejder
    bearbejder udarbejder omarbejder gennemarbejder forhandler mishandler
""".split())

# A compound title's inflections, with what restores its base form: a German feminine
# ("Lohnbuchhalterin", "Personalreferentinnen"), a Dutch feminine ("medewerkster").
INFLECTIONS = (("innen", ""), ("in", ""), ("ster", "er"))
