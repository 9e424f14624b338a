"""Cities, regions and countries, so that a place alone is never read as the employer.

A signature's address line ("Bengaluru"), a subject's "Data Engineer - Valencia" or a
portal's location field stand where a company's name stands. Places that are also
common firms or words ("Zurich", "Phoenix", "Reading", "Mobile", "Nice") are left out:
they decide nothing on their own.
"""

from __future__ import annotations

import re
import unicodedata

CITIES = frozenset("""
aberdeen abu-dhabi accra adelaide ahmedabad algiers almaty amman amsterdam ankara antwerp
athens atlanta auckland austin baltimore bangalore bangkok barcelona basel beijing beirut
belfast belgrade bengaluru bergen berlin bern bilbao birmingham bogota bogotá bologna bordeaux
boston bratislava brisbane bristol brno brussels bucharest budapest buenos-aires cairo calgary
cambridge canberra cape-town caracas cardiff casablanca charlotte chennai chicago christchurch
cincinnati cleveland cologne copenhagen cork curitiba dallas da-nang delhi denver detroit dhaka
doha dortmund dresden dubai dublin dundee durban düsseldorf edinburgh eindhoven espoo
florence frankfurt fukuoka gdansk gdańsk geneva genoa ghent glasgow gothenburg göteborg
graz guadalajara guangzhou gurgaon gurugram hamburg hanoi hanover hannover helsinki
ho-chi-minh-city hong-kong honolulu houston hyderabad indianapolis istanbul jaipur jakarta
jeddah johannesburg karachi katowice kiev kyiv kochi kolkata krakow kraków kuala-lumpur kyoto
lagos lahore las-vegas lausanne leeds leipzig lille lima limerick linz lisbon lisboa liverpool
ljubljana lodz łódź london los-angeles luxembourg lyon madrid malaga málaga malmo malmö
manchester manila marseille medellin medellín melbourne memphis mexico-city miami milan
milano minneapolis minsk monterrey montevideo montreal montréal moscow mumbai munich münchen
nagoya nairobi nantes naples napoli new-delhi new-york newcastle noida nottingham oakland
osaka oslo ottawa oxford palermo panama-city paris perth philadelphia pittsburgh porto
porto-alegre portland poznan poznań prague praha pune quebec quito rabat recife reykjavik
riga rio-de-janeiro riyadh rome roma rotterdam salvador san-diego san-francisco san-jose
san-sebastian santiago sao-paulo são-paulo sapporo seattle seoul seville sevilla shanghai
sheffield shenzhen singapore sofia southampton st-louis stockholm strasbourg stuttgart
sydney taipei tallinn tampere tel-aviv the-hague thessaloniki tianjin tokyo toronto toulouse
trondheim tunis turin torino utrecht valencia valparaiso vancouver venice vienna wien vilnius
warsaw warszawa washington wellington winnipeg wroclaw wrocław yokohama zagreb zaragoza
""".split())

REGIONS = frozenset("""
africa asia europe oceania americas north-america south-america latin-america middle-east
northeast northwest southeast southwest midwest midlands east-midlands west-midlands
new-england scandinavia nordics benelux dach iberia balkans baltics gulf mena emea apac
""".split())

COUNTRIES = frozenset("""
argentina australia austria belgium brazil brasil bulgaria canada chile china colombia
croatia czechia czech-republic denmark deutschland egypt england españa estonia finland
france germany ghana greece hungary iceland india indonesia ireland israel italia italy japan
kenya latvia lithuania malaysia mexico méxico morocco netherlands new-zealand nigeria norway
pakistan peru philippines poland portugal qatar romania scotland serbia singapore slovakia
slovenia south-africa spain sri-lanka suisse sweden switzerland taiwan thailand tunisia turkey
türkiye uae ukraine united-kingdom united-states uruguay usa vietnam wales
""".split())


def _key(name: str) -> str:
    folded = " ".join(name.casefold().replace(".", " ").split())
    return re.sub(r"[\s_]+", "-", folded)


def _plain(key: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


# Towns, regions and countries that a company's signature or subject writes after its name
# ("X - Abidjan, Côte d'Ivoire", "Regional Manager – South West"). Kept apart from the sets
# above, which other readers (a title's place) rely on as they are.
MORE_TOWNS = frozenset("""
abidjan abuja accra addis-ababa antananarivo asmara bamako bangui banjul bissau brazzaville
bujumbura conakry cotonou dakar dar-es-salaam djibouti freetown gaborone goma harare juba
kampala khartoum kigali kinshasa kisumu lilongwe lome lomé luanda lubumbashi lusaka maputo
maseru mogadishu mombasa monrovia n'djamena ndjamena niamey nouakchott ouagadougou port-harcourt
windhoek yaounde yaoundé douala kabul islamabad peshawar kathmandu colombo yangon phnom-penh
vientiane amman erbil baghdad damascus sanaa aden gaziantep port-au-prince tegucigalpa managua
san-salvador guatemala-city santo-domingo havana la-paz asuncion asunción cali barranquilla
cartagena bucaramanga guayaquil cuenca arequipa cusco rosario cordoba córdoba mendoza
belo-horizonte brasilia brasília fortaleza campinas florianopolis florianópolis goiania goiânia
manaus belem belém puebla tijuana leon león queretaro querétaro merida mérida cancun cancún
duisburg essen bochum bremen nuremberg nürnberg mannheim karlsruhe freiburg münster muenster
aachen bonn kiel rostock augsburg wiesbaden mainz kassel magdeburg erfurt potsdam halle
groningen maastricht nijmegen arnhem breda tilburg venlo leiden haarlem delft zwolle enschede
almere amersfoort apeldoorn 's-hertogenbosch den-bosch dordrecht antwerpen gent liege liège
charleroi namur leuven bruges brugge mechelen hasselt verona padova padua trieste bari catania
bergamo brescia modena parma pisa siena perugia cagliari rennes nancy montpellier grenoble
dijon reims rouen brest toulon metz coimbra braga faro aveiro valladolid murcia alicante
granada palma las-palmas vigo oviedo pamplona santander gijon gijón lublin szczecin bydgoszcz
bialystok białystok rzeszow rzeszów torun toruń kielce olsztyn opole gdynia sopot uppsala
linkoping linköping orebro örebro vasteras västerås aarhus odense aalborg stavanger tromso
tromsø turku oulu jyvaskyla jyväskylä exeter plymouth york brighton leicester coventry derby
swansea inverness norwich ipswich bath chester lincoln peterborough milton-keynes stoke
north-east north-west south-east south-west sub-saharan-africa west-africa east-africa
horn-of-africa sahel central-america caribbean andes
""".split())
MORE_COUNTRIES = frozenset("""
côte-d'ivoire cote-d'ivoire ivory-coast burkina-faso senegal sénégal mali niger chad tchad
cameroon cameroun congo rdc drc rwanda uganda tanzania ethiopia somalia sudan south-sudan
yemen lebanon liban jordan syria iraq afghanistan bangladesh nepal myanmar haiti haïti
guatemala honduras venezuela ecuador bolivia paraguay costa-rica el-salvador nicaragua
dominican-republic cuba panamá benin bénin togo guinea guinée sierra-leone liberia mozambique
zambia zimbabwe malawi madagascar angola namibia botswana algeria algérie libya mauritania
polska deutschland österreich schweiz nederland belgië belgique brasil perú
""".split())

_ALL = CITIES | REGIONS | COUNTRIES
_ALL_PLAIN = frozenset(_plain(place) for place in _ALL)


def is_place(name: str) -> bool:
    """"Bengaluru", "Valencia, Spain", "Northeast", "Greater London": a place alone."""
    return _is_in(name, _ALL_PLAIN)


def _is_in(name: str, known: frozenset[str]) -> bool:
    name = re.sub(r"^(?:greater|central|downtown|metro)\s+", "", name.strip(" .,;:-–|()"),
                  flags=re.I)
    parts = [part for part in re.split(r"\s*,\s*|\s+[-–|/]\s+|\s*\(\s*|\s*\)\s*", name) if part]
    if not parts or len(parts) > 3:
        return False
    return all(_plain(_key(part)) in known for part in parts)


# (names that are also people's or common words stay out: "Jordan", "Chad", "Georgia")
_COUNTRIES_PLAIN = frozenset(_plain(place) for place in COUNTRIES | MORE_COUNTRIES
                             - {"jordan", "chad", "niger", "guinea", "togo", "mali", "cuba",
                                "congo", "georgia"})
_WIDER_PLAIN = _ALL_PLAIN | frozenset(_plain(place) for place in MORE_TOWNS | MORE_COUNTRIES)


def is_locality(name: str) -> bool:
    """``is_place`` with more towns, regions and countries: for the company reader's tails."""
    return _is_in(name, _WIDER_PLAIN)


def is_country(name: str) -> bool:
    """"Ireland", "Deutschland": a country alone (a national arm's last word)."""
    return _plain(_key(name.strip(" .,;:"))) in _COUNTRIES_PLAIN
