"""Twentieth pass (world): the kind of short job mail in thirty languages, family by family.

For each language job seekers write in, a no after applying, a no after an interview, the
post filled, a bare no, a receipt, an interview invitation, an offer, and two refusals of
something else (a visa, a loan, a course place, a competition, an order) that must stay
"other". Written for this test from how such letters generally read, not copied from the
corpus or the training sentences. Before this pass 185 of the 288 passed (Russian,
Ukrainian, Hindi, Vietnamese, Swahili, Afrikaans and Tagalog mail never passed the gate).

``SECOND_WORDINGS`` were written after the cues, in other words, to check that the cue
families carry to a wording they were not built on (9 of 38 passed before, 37 after).
The few known gaps are marked ``xfail(strict=True)`` so closing one is noticed.
"""

from __future__ import annotations

import pytest

from ajar.formats import triage
from ajar.formats.triage import classify

SENDER = "jobs@example.com"

EXPECTED = {"applied": "rejection", "after_interview": "rejection", "filled": "rejection",
            "bare": "rejection", "ack": "acknowledgement", "invite": "interview",
            "offer": "offer"}  # every other family (visa, loan, course, ...) is "other"

# Bare noes whose only job word is one the gate cannot trust alone (Czech "žádost" is any
# request, Korean "지원" is also support), and a Finnish post named only as "paikka" (a
# place): left "other" on purpose rather than opening the gate to every such message.
KNOWN_GAPS = {("cs", "bare"), ("ko", "bare"), ("fi", "filled")}  # ("pl", "bare") closed
# when fresh51 to fresh55 joined the sentence model's training (end of the twentieth pass)

MESSAGES = {
    "es": {
        "applied": ("Tu candidatura - Analista de datos",
                    "Hola Sam,\n\ngracias por postularte a la vacante de Analista de datos. Tras revisar tu "
                    "perfil, lamentamos comunicarte que no continuaremos con tu candidatura.\n\nUn saludo,\nEquipo de Selección"),
        "after_interview": ("Proceso de selección - Jefe de obra",
                    "Estimado Sam:\n\nte agradecemos el tiempo dedicado a la entrevista del jueves. Después de "
                    "valorarlo, hemos decidido seguir adelante con otra persona.\n\nAtentamente,\nLaura Gómez"),
        "filled": ("Vacante de Recepcionista",
                   "Buenos días,\n\nle escribimos para informarle de que el puesto de recepcionista ya ha sido "
                   "cubierto. Guardaremos su currículum para futuras ocasiones.\n\nSaludos cordiales,\nHotel Mar Azul"),
        "bare": ("Re: Candidatura", "Hola Sam, esta vez no has sido seleccionado para el puesto. Suerte.\nMarta"),
        "ack": ("Hemos recibido tu candidatura",
                "Hola Sam,\n\nconfirmamos la recepción de tu candidatura para el puesto de Diseñador UX. "
                "Nuestro equipo la revisará y te contactaremos si tu perfil encaja.\n\nGracias,\nTalento"),
        "invite": ("Entrevista - Técnico de mantenimiento",
                   "Hola Sam,\n\nnos gustaría invitarte a una entrevista para el puesto de Técnico de "
                   "mantenimiento. ¿Te viene bien el martes a las 10:00?\n\nUn saludo,\nRRHH"),
        "offer": ("Oferta de empleo",
                  "Hola Sam,\n\nnos complace ofrecerte el puesto de Contable con un salario bruto anual de 32.000 €. "
                  "Adjuntamos la carta oferta; por favor, confírmanos antes del viernes.\n\nBienvenido,\nAna"),
        "visa": ("Resolución de su solicitud de visado",
                 "Estimado solicitante:\n\nlamentamos informarle de que su solicitud de visado ha sido denegada. "
                 "Puede presentar un recurso en el plazo de un mes.\n\nConsulado General"),
        "loan": ("Su solicitud de préstamo",
                 "Estimado cliente:\n\ntras estudiar su solicitud, lamentamos comunicarle que no podemos "
                 "concederle el préstamo personal solicitado.\n\nBanco Horizonte"),
    },
    "pt_br": {
        "applied": ("Sua candidatura - Desenvolvedor Backend",
                    "Olá Sam,\n\nagradecemos seu interesse na vaga de Desenvolvedor Backend. Infelizmente, "
                    "neste momento optamos por não seguir com a sua candidatura.\n\nAbraços,\nTime de Recrutamento"),
        "after_interview": ("Processo seletivo - Analista Financeiro",
                    "Oi Sam,\n\nobrigada pelo bate-papo da semana passada. Depois de conversar com o time, "
                    "decidimos seguir com outro candidato para a posição.\n\nSucesso!\nJuliana"),
        "filled": ("Vaga de Auxiliar Administrativo",
                   "Prezado Sam,\n\ninformamos que a vaga de Auxiliar Administrativo já foi preenchida. "
                   "Seu currículo ficará em nosso banco de talentos.\n\nAtenciosamente,\nRH"),
        "bare": ("Re: vaga", "Sam, infelizmente você não foi aprovado nessa etapa. Boa sorte!"),
        "ack": ("Recebemos sua candidatura",
                "Olá Sam,\n\nrecebemos sua candidatura para a vaga de Designer. Nossa equipe vai analisar "
                "seu perfil e entraremos em contato caso avance.\n\nObrigado,\nRecrutamento"),
        "invite": ("Convite para entrevista",
                   "Olá Sam,\n\ngostaríamos de convidar você para uma entrevista para a vaga de Engenheiro "
                   "de Dados. Você tem disponibilidade na quarta às 14h?\n\nAbraço,\nRH"),
        "offer": ("Proposta de trabalho",
                  "Oi Sam,\n\ntemos o prazer de oferecer a você a vaga de Analista de Marketing, com salário "
                  "de R$ 7.500. Segue a proposta em anexo para sua aprovação.\n\nBem-vindo!\nCarla"),
        "course": ("Resultado da matrícula",
                   "Olá Sam,\n\ninfelizmente não há mais vagas na turma de Fotografia deste semestre. "
                   "Você ficou na lista de espera.\n\nEscola de Artes"),
        "order": ("Seu pedido #48213",
                  "Olá Sam,\n\ninfelizmente seu pedido foi cancelado porque o produto está fora de estoque. "
                  "O valor será estornado em até 5 dias.\n\nLoja Online"),
    },
    "pt_pt": {
        "applied": ("Candidatura - Técnico de Contabilidade",
                    "Caro Sam,\n\nagradecemos o seu interesse na nossa empresa. Lamentamos informar que a sua "
                    "candidatura não foi selecionada para a fase seguinte.\n\nCom os melhores cumprimentos,\nRecursos Humanos"),
        "after_interview": ("Processo de recrutamento - Enfermeiro",
                    "Exmo. Sr. Sam,\n\nagradecemos a sua presença na entrevista. Após ponderação, decidimos "
                    "avançar com outro candidato cujo perfil se adequa melhor à função.\n\nCumprimentos,\nDireção Clínica"),
        "filled": ("Oferta de emprego - Rececionista",
                   "Bom dia,\n\ninformamos que a vaga para rececionista já se encontra preenchida. "
                   "Obrigado pelo seu interesse.\n\nHotel Atlântico"),
        "bare": ("Re: candidatura", "Olá Sam, lamento mas não foi desta vez. Obrigado e boa sorte.\nRui"),
        "ack": ("Confirmação de receção da candidatura",
                "Caro Sam,\n\nconfirmamos a receção da sua candidatura à função de Engenheiro Civil. "
                "Será contactado caso o seu perfil seja selecionado.\n\nCumprimentos,\nRH"),
        "invite": ("Convocatória para entrevista",
                   "Caro Sam,\n\ngostaríamos de o convidar para uma entrevista presencial para a função de "
                   "Técnico de Manutenção, na próxima segunda-feira às 11h.\n\nCumprimentos,\nRH"),
        "offer": ("Proposta de contratação",
                  "Caro Sam,\n\ntemos o prazer de lhe propor a função de Gestor de Projeto, com vencimento "
                  "mensal de 2.400 €. Enviamos em anexo a proposta para assinatura.\n\nCumprimentos,\nPaula"),
        "competition": ("Resultados do concurso de fotografia",
                        "Caro participante,\n\nlamentamos informar que a sua fotografia não foi selecionada "
                        "para a final do concurso. Obrigado pela participação.\n\nA Organização"),
        "visa": ("Pedido de visto",
                 "Exmo. Senhor,\n\ninformamos que o seu pedido de visto foi indeferido por falta de "
                 "documentação.\n\nSecção Consular"),
    },
    "fr": {
        "applied": ("Votre candidature - Chargé de communication",
                    "Bonjour Sam,\n\nnous vous remercions pour votre candidature. Après étude attentive, nous "
                    "sommes au regret de ne pas pouvoir y donner une suite favorable.\n\nCordialement,\nService RH"),
        "after_interview": ("Suite à notre entretien",
                    "Bonjour Sam,\n\nmerci pour l'entretien de mardi. Nous avons finalement retenu un autre "
                    "profil pour ce poste.\n\nBien à vous,\nClaire Martin"),
        "filled": ("Poste de Serveur",
                   "Bonjour,\n\nle poste de serveur a déjà été pourvu. Nous conservons votre CV pour une "
                   "prochaine opportunité.\n\nBonne journée,\nBrasserie du Port"),
        "bare": ("Re: candidature", "Bonjour Sam, désolé, ce sera non pour cette fois. Bonne continuation."),
        "ack": ("Accusé de réception de votre candidature",
                "Bonjour Sam,\n\nnous accusons bonne réception de votre candidature au poste de Comptable. "
                "Elle sera étudiée avec attention.\n\nCordialement,\nRecrutement"),
        "invite": ("Invitation à un entretien",
                   "Bonjour Sam,\n\nvotre profil a retenu notre attention et nous souhaiterions vous rencontrer "
                   "en entretien jeudi à 14h pour le poste d'Ingénieur.\n\nCordialement,\nRH"),
        "offer": ("Proposition d'embauche",
                  "Bonjour Sam,\n\nnous avons le plaisir de vous proposer le poste de Chef de projet en CDI, "
                  "avec une rémunération de 45 k€ bruts annuels. Vous trouverez la promesse d'embauche ci-jointe.\n\nCordialement,\nDRH"),
        "loan": ("Votre demande de crédit",
                 "Madame, Monsieur,\n\nnous sommes au regret de vous informer que votre demande de prêt "
                 "immobilier n'a pas été acceptée.\n\nVotre conseiller"),
        "course": ("Admission au master",
                   "Bonjour,\n\nnous avons le regret de vous informer que votre candidature au Master 2 n'a pas "
                   "été retenue par la commission pédagogique.\n\nScolarité"),
    },
    "it": {
        "applied": ("La tua candidatura - Impiegato amministrativo",
                    "Gentile Sam,\n\nti ringraziamo per averci inviato la tua candidatura. Purtroppo il tuo "
                    "profilo non è in linea con quanto ricerchiamo al momento.\n\nCordiali saluti,\nUfficio Personale"),
        "after_interview": ("Esito colloquio",
                    "Gentile Sam,\n\ngrazie per il tempo dedicato al colloquio. Abbiamo deciso di proseguire "
                    "con un altro candidato.\n\nUn caro saluto,\nGiulia Rossi"),
        "filled": ("Posizione di Magazziniere",
                   "Buongiorno,\n\nla informiamo che la posizione di magazziniere è già stata coperta. "
                   "Terremo il suo CV per future selezioni.\n\nDistinti saluti,\nLogistica Nord"),
        "bare": ("Re: candidatura", "Ciao Sam, purtroppo non sei stato selezionato. In bocca al lupo!"),
        "ack": ("Conferma ricezione candidatura",
                "Gentile Sam,\n\nabbiamo ricevuto la tua candidatura per la posizione di Sviluppatore. "
                "Ti contatteremo se il tuo profilo sarà ritenuto idoneo.\n\nGrazie,\nHR"),
        "invite": ("Invito a colloquio",
                   "Gentile Sam,\n\nsiamo lieti di invitarla a un colloquio conoscitivo per la posizione di "
                   "Tecnico, martedì alle ore 10.\n\nCordiali saluti,\nRisorse Umane"),
        "offer": ("Proposta di assunzione",
                  "Gentile Sam,\n\nsiamo lieti di offrirle la posizione di Responsabile Acquisti con contratto a "
                  "tempo indeterminato e RAL di 38.000 €. In allegato la lettera di assunzione.\n\nCordiali saluti"),
        "competition": ("Esito del concorso letterario",
                        "Gentile autore,\n\npurtroppo il suo racconto non è stato selezionato tra i finalisti "
                        "del premio. La ringraziamo per la partecipazione.\n\nLa Giuria"),
        "order": ("Ordine n. 55120 annullato",
                  "Gentile cliente,\n\npurtroppo non siamo in grado di evadere il suo ordine per mancanza di "
                  "disponibilità. Riceverà il rimborso.\n\nServizio Clienti"),
    },
    "de": {
        "applied": ("Ihre Bewerbung als Sachbearbeiter",
                    "Sehr geehrter Herr Sam,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, "
                    "dass wir Sie im weiteren Verfahren nicht berücksichtigen können.\n\nMit freundlichen Grüßen\nPersonalabteilung"),
        "after_interview": ("Rückmeldung zum Vorstellungsgespräch",
                    "Hallo Sam,\n\ndanke für das nette Gespräch letzte Woche. Wir haben uns nach reiflicher "
                    "Überlegung für einen anderen Kandidaten entschieden.\n\nViele Grüße\nJulia"),
        "filled": ("Stelle Lagerist",
                   "Guten Tag,\n\ndie ausgeschriebene Stelle ist inzwischen besetzt. Wir danken Ihnen für Ihr "
                   "Interesse.\n\nFreundliche Grüße\nLogistik GmbH"),
        "bare": ("AW: Bewerbung", "Hallo Sam, leider eine Absage diesmal. Alles Gute!\nTom"),
        "ack": ("Eingangsbestätigung Ihrer Bewerbung",
                "Sehr geehrter Herr Sam,\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbung als "
                "Elektroniker. Wir melden uns, sobald wir Ihre Unterlagen geprüft haben.\n\nMit freundlichen Grüßen"),
        "invite": ("Einladung zum Vorstellungsgespräch",
                   "Sehr geehrter Herr Sam,\n\nwir möchten Sie gerne zu einem Vorstellungsgespräch am Dienstag "
                   "um 10 Uhr einladen.\n\nMit freundlichen Grüßen\nPersonal"),
        "offer": ("Vertragsangebot",
                  "Hallo Sam,\n\nwir freuen uns, Ihnen die Stelle als Projektleiter anbieten zu dürfen. Anbei "
                  "erhalten Sie den Arbeitsvertrag mit einem Jahresgehalt von 62.000 €.\n\nBeste Grüße\nHR"),
        "visa": ("Ihr Visumantrag",
                 "Sehr geehrte Antragstellerin, sehr geehrter Antragsteller,\n\nIhr Antrag auf ein Visum wurde "
                 "leider abgelehnt. Sie können innerhalb eines Monats remonstrieren.\n\nBotschaft"),
        "loan": ("Ihre Kreditanfrage",
                 "Sehr geehrter Kunde,\n\nleider können wir Ihnen den gewünschten Ratenkredit nicht gewähren.\n\n"
                 "Ihre Bank"),
    },
    "nl": {
        "applied": ("Je sollicitatie - Marketing Specialist",
                    "Beste Sam,\n\nbedankt voor je sollicitatie. Helaas hebben we besloten je niet uit te "
                    "nodigen voor een gesprek.\n\nMet vriendelijke groet,\nTeam Recruitment"),
        "after_interview": ("Terugkoppeling gesprek",
                    "Hoi Sam,\n\nbedankt voor het fijne gesprek. We hebben gekozen voor een andere kandidaat "
                    "met meer ervaring.\n\nGroet,\nEva"),
        "filled": ("Vacature Chauffeur",
                   "Beste Sam,\n\nde vacature van chauffeur is inmiddels vervuld. Bedankt voor je interesse.\n\n"
                   "Met vriendelijke groet,\nTransport BV"),
        "bare": ("Re: sollicitatie", "Hoi Sam, het wordt helaas een nee. Succes verder!"),
        "ack": ("Ontvangstbevestiging sollicitatie",
                "Beste Sam,\n\nwe hebben je sollicitatie voor de functie van Verpleegkundige in goede orde "
                "ontvangen. Binnen twee weken hoor je van ons.\n\nGroet,\nHR"),
        "invite": ("Uitnodiging sollicitatiegesprek",
                   "Beste Sam,\n\ngraag nodigen we je uit voor een sollicitatiegesprek op woensdag om 13:00 "
                   "op ons kantoor in Utrecht.\n\nGroet,\nHR"),
        "offer": ("Aanbod",
                  "Beste Sam,\n\nwe zijn blij je de functie van Data Engineer aan te bieden, met een bruto "
                  "maandsalaris van € 4.800. Het arbeidscontract vind je in de bijlage.\n\nGroet,\nLisa"),
        "course": ("Inschrijving cursus",
                   "Beste Sam,\n\nhelaas is de cursus Nederlands B1 vol en kunnen we je dit keer niet plaatsen.\n\n"
                   "Taalschool"),
        "competition": ("Uitslag wedstrijd",
                        "Beste deelnemer,\n\nhelaas ben je niet geselecteerd voor de finale van de "
                        "fotowedstrijd. Dank voor je inzending.\n\nDe jury"),
    },
    "da": {
        "applied": ("Din ansøgning - Bogholder",
                    "Kære Sam,\n\ntak for din ansøgning. Vi må desværre meddele, at vi ikke går videre med din "
                    "ansøgning.\n\nVenlig hilsen\nHR-afdelingen"),
        "after_interview": ("Vedr. samtale",
                    "Hej Sam,\n\ntak for en god samtale i tirsdags. Vi har valgt en anden kandidat til stillingen.\n\n"
                    "Mvh\nMette"),
        "filled": ("Stilling som lagermedarbejder",
                   "Hej Sam,\n\nstillingen er nu besat. Tak for din interesse i os.\n\nVenlig hilsen\nLager A/S"),
        "bare": ("SV: ansøgning", "Hej Sam, det blev desværre et nej denne gang. Held og lykke."),
        "ack": ("Vi har modtaget din ansøgning",
                "Kære Sam,\n\ntak for din ansøgning til stillingen som Sygeplejerske. Vi har modtaget den og "
                "vender tilbage efter ansøgningsfristen.\n\nVenlig hilsen\nHR"),
        "invite": ("Invitation til samtale",
                   "Kære Sam,\n\nvi vil gerne invitere dig til en jobsamtale torsdag kl. 10 på vores kontor.\n\n"
                   "Venlig hilsen\nHR"),
        "offer": ("Tilbud om ansættelse",
                  "Kære Sam,\n\nvi er glade for at kunne tilbyde dig stillingen som Udvikler med en månedsløn "
                  "på 48.000 kr. Kontrakten er vedhæftet.\n\nVenlig hilsen\nAnne"),
        "loan": ("Din låneansøgning",
                 "Kære kunde,\n\nvi kan desværre ikke imødekomme din ansøgning om lån.\n\nDin bank"),
        "visa": ("Afgørelse om visum",
                 "Kære ansøger,\n\ndin ansøgning om visum er desværre blevet afslået.\n\nUdlændingestyrelsen"),
    },
    "sv": {
        "applied": ("Din ansökan - Ekonomiassistent",
                    "Hej Sam,\n\ntack för din ansökan. Tyvärr har vi valt att gå vidare med andra kandidater "
                    "vars profiler bättre matchar tjänsten.\n\nVänliga hälsningar\nRekryteringsteamet"),
        "after_interview": ("Återkoppling efter intervju",
                    "Hej Sam,\n\ntack för intervjun i måndags. Vi har beslutat att erbjuda tjänsten till en annan "
                    "sökande.\n\nMvh\nKarin"),
        "filled": ("Tjänsten som butikssäljare",
                   "Hej,\n\ntjänsten är nu tillsatt. Tack för ditt intresse.\n\nHälsningar\nButiken"),
        "bare": ("SV: ansökan", "Hej Sam, det blev tyvärr ett nej den här gången. Lycka till!"),
        "ack": ("Vi har tagit emot din ansökan",
                "Hej Sam,\n\ntack för din ansökan till tjänsten som Lärare. Vi har tagit emot den och "
                "återkommer efter sista ansökningsdag.\n\nHälsningar\nHR"),
        "invite": ("Inbjudan till intervju",
                   "Hej Sam,\n\nvi vill gärna träffa dig för en intervju på onsdag kl. 13.\n\nHälsningar\nHR"),
        "offer": ("Erbjudande om anställning",
                  "Hej Sam,\n\nvi är glada att kunna erbjuda dig tjänsten som Projektledare med en månadslön på "
                  "45 000 kr. Avtalet bifogas.\n\nHälsningar\nAnna"),
        "course": ("Antagningsbesked",
                   "Hej Sam,\n\ntyvärr blev du inte antagen till kursen i svenska eftersom platserna är fulla.\n\n"
                   "Folkuniversitetet"),
        "order": ("Din beställning",
                  "Hej,\n\ntyvärr har din beställning avbrutits eftersom varan är slut i lager. Pengarna "
                  "återbetalas.\n\nKundtjänst"),
    },
    "no": {
        "applied": ("Din søknad - Regnskapsfører",
                    "Hei Sam,\n\ntakk for søknaden din. Vi har dessverre valgt å gå videre med andre kandidater.\n\n"
                    "Med vennlig hilsen\nHR"),
        "after_interview": ("Tilbakemelding etter intervju",
                    "Hei Sam,\n\ntakk for samtalen forrige uke. Vi har besluttet å tilby stillingen til en annen "
                    "kandidat.\n\nHilsen\nKari"),
        "filled": ("Stillingen som sjåfør",
                   "Hei,\n\nstillingen er nå besatt. Takk for interessen.\n\nHilsen\nTransport AS"),
        "bare": ("SV: søknad", "Hei Sam, det ble dessverre nei denne gangen. Lykke til!"),
        "ack": ("Vi har mottatt søknaden din",
                "Hei Sam,\n\ntakk for din søknad på stillingen som Sykepleier. Vi har mottatt den og tar "
                "kontakt etter søknadsfristen.\n\nHilsen\nHR"),
        "invite": ("Invitasjon til intervju",
                   "Hei Sam,\n\nvi vil gjerne invitere deg til intervju tirsdag kl. 09.\n\nHilsen\nHR"),
        "offer": ("Tilbud om stilling",
                  "Hei Sam,\n\nvi har gleden av å tilby deg stillingen som Ingeniør med en årslønn på "
                  "720 000 kr. Arbeidsavtalen ligger vedlagt.\n\nHilsen\nOle"),
        "competition": ("Resultat av konkurransen",
                        "Hei,\n\ndessverre ble bidraget ditt ikke valgt ut i årets fotokonkurranse.\n\nJuryen"),
        "loan": ("Lånesøknad",
                 "Hei,\n\nvi kan dessverre ikke innvilge søknaden din om boliglån.\n\nBanken"),
    },
    "fi": {
        "applied": ("Hakemuksesi - Myyntiassistentti",
                    "Hei Sam,\n\nkiitos hakemuksestasi. Valitettavasti emme voi tällä kertaa edetä kanssasi "
                    "rekrytointiprosessissa.\n\nYstävällisin terveisin\nRekrytointitiimi"),
        "after_interview": ("Haastattelun jälkeen",
                    "Hei Sam,\n\nkiitos haastattelusta. Päädyimme valitsemaan tehtävään toisen hakijan.\n\n"
                    "Terveisin\nLiisa"),
        "filled": ("Varastotyöntekijän paikka",
                   "Hei,\n\npaikka on jo täytetty. Kiitos mielenkiinnostasi.\n\nTerveisin\nVarasto Oy"),
        "bare": ("VS: hakemus", "Hei Sam, valitettavasti et tullut valituksi. Onnea jatkoon!"),
        "ack": ("Hakemuksesi on vastaanotettu",
                "Hei Sam,\n\nkiitos hakemuksestasi tehtävään Ohjelmistokehittäjä. Olemme vastaanottaneet sen "
                "ja palaamme asiaan haun päätyttyä.\n\nTerveisin\nHR"),
        "invite": ("Kutsu haastatteluun",
                   "Hei Sam,\n\nhaluaisimme kutsua sinut työhaastatteluun torstaina klo 10.\n\nTerveisin\nHR"),
        "offer": ("Työtarjous",
                  "Hei Sam,\n\nolemme iloisia voidessamme tarjota sinulle tehtävää Projektipäällikkönä, "
                  "kuukausipalkka 4 200 €. Työsopimus on liitteenä.\n\nTerveisin\nMikko"),
        "visa": ("Viisumipäätös",
                 "Hyvä hakija,\n\nviisumihakemuksesi on valitettavasti hylätty.\n\nSuurlähetystö"),
        "course": ("Kurssi-ilmoittautuminen",
                   "Hei,\n\nvalitettavasti kurssi on täynnä, emmekä voi ottaa sinua mukaan tällä kertaa.\n\n"
                   "Kansalaisopisto"),
    },
    "pl": {
        "applied": ("Twoja aplikacja - Księgowa",
                    "Dzień dobry,\n\ndziękujemy za przesłanie aplikacji. Niestety tym razem nie zdecydowaliśmy się "
                    "na kontynuowanie rekrutacji z Pani udziałem.\n\nPozdrawiamy,\nDział HR"),
        "after_interview": ("Informacja po rozmowie",
                    "Cześć Sam,\n\ndziękuję za rozmowę. Zdecydowaliśmy się na innego kandydata.\n\nPozdrawiam,\nAnna"),
        "filled": ("Stanowisko Magazynier",
                   "Dzień dobry,\n\nuprzejmie informujemy, że stanowisko zostało już obsadzone.\n\nPozdrawiamy,\nFirma"),
        "bare": ("Re: aplikacja", "Cześć Sam, niestety tym razem na nie. Powodzenia!"),
        "ack": ("Potwierdzenie otrzymania aplikacji",
                "Dzień dobry,\n\ndziękujemy za aplikację na stanowisko Programisty. Potwierdzamy jej otrzymanie "
                "i skontaktujemy się z wybranymi osobami.\n\nPozdrawiamy,\nHR"),
        "invite": ("Zaproszenie na rozmowę",
                   "Dzień dobry,\n\nchcielibyśmy zaprosić Pana na rozmowę kwalifikacyjną we wtorek o 10:00.\n\n"
                   "Pozdrawiamy,\nHR"),
        "offer": ("Oferta pracy",
                  "Dzień dobry,\n\nz przyjemnością przedstawiamy ofertę zatrudnienia na stanowisku Analityka z "
                  "wynagrodzeniem 12 000 zł brutto. Umowę przesyłamy w załączniku.\n\nPozdrawiamy"),
        "order": ("Zamówienie anulowane",
                  "Dzień dobry,\n\nniestety Pani zamówienie zostało anulowane z powodu braku towaru. Zwrot "
                  "środków nastąpi w ciągu 3 dni.\n\nSklep"),
        "loan": ("Wniosek kredytowy",
                 "Szanowny Kliencie,\n\nz przykrością informujemy, że Twój wniosek o kredyt został rozpatrzony "
                 "negatywnie.\n\nBank"),
    },
    "cs": {
        "applied": ("Vaše žádost - Účetní",
                    "Dobrý den,\n\nděkujeme za zaslání životopisu. Bohužel jsme se rozhodli nepokračovat s Vaší "
                    "kandidaturou.\n\nS pozdravem\nPersonální oddělení"),
        "after_interview": ("Výsledek pohovoru",
                    "Dobrý den,\n\nděkujeme za pohovor. Rozhodli jsme se pro jiného kandidáta.\n\nS pozdravem\nPetra"),
        "filled": ("Pozice Skladník",
                   "Dobrý den,\n\npozice již byla obsazena. Děkujeme za Váš zájem.\n\nS pozdravem\nFirma"),
        "bare": ("Re: žádost", "Dobrý den, bohužel jste nebyl vybrán. Hodně štěstí."),
        "ack": ("Potvrzení přijetí žádosti",
                "Dobrý den,\n\npotvrzujeme přijetí Vaší žádosti o pozici Programátor. Ozveme se Vám po "
                "vyhodnocení.\n\nS pozdravem\nHR"),
        "invite": ("Pozvánka na pohovor",
                   "Dobrý den,\n\nrádi bychom Vás pozvali na osobní pohovor ve středu v 10 hodin.\n\nS pozdravem\nHR"),
        "offer": ("Nabídka zaměstnání",
                  "Dobrý den,\n\nrádi bychom Vám nabídli pozici Projektového manažera s mzdou 65 000 Kč "
                  "měsíčně. Pracovní smlouvu přikládáme.\n\nS pozdravem"),
        "visa": ("Žádost o vízum",
                 "Vážený žadateli,\n\nVaše žádost o vízum byla bohužel zamítnuta.\n\nVelvyslanectví"),
        "competition": ("Výsledky soutěže",
                        "Dobrý den,\n\nbohužel Vaše fotografie nepostoupila do finále soutěže.\n\nPořadatelé"),
    },
    "ro": {
        "applied": ("Aplicația ta - Contabil",
                    "Bună ziua,\n\nvă mulțumim pentru aplicație. Din păcate, nu vom continua procesul de selecție "
                    "cu dumneavoastră.\n\nCu stimă,\nDepartamentul HR"),
        "after_interview": ("Feedback interviu",
                    "Bună Sam,\n\nmulțumim pentru interviu. Am decis să mergem mai departe cu un alt candidat.\n\n"
                    "Toate cele bune,\nIoana"),
        "filled": ("Postul de Magazioner",
                   "Bună ziua,\n\npostul a fost deja ocupat. Vă mulțumim pentru interes.\n\nCu stimă"),
        "bare": ("Re: aplicație", "Bună Sam, din păcate nu ai fost selectat. Succes!"),
        "ack": ("Am primit aplicația ta",
                "Bună Sam,\n\nconfirmăm primirea aplicației tale pentru postul de Programator. Te vom contacta "
                "dacă profilul tău corespunde.\n\nMulțumim,\nHR"),
        "invite": ("Invitație la interviu",
                   "Bună ziua,\n\ndorim să vă invităm la un interviu joi, la ora 11.\n\nCu stimă,\nHR"),
        "offer": ("Ofertă de angajare",
                  "Bună Sam,\n\nne bucurăm să îți oferim postul de Analist, cu un salariu net de 9.000 lei. "
                  "Contractul este atașat.\n\nCu stimă"),
        "loan": ("Cererea de credit",
                 "Stimate client,\n\ndin păcate cererea dumneavoastră de credit a fost respinsă.\n\nBanca"),
        "course": ("Înscriere curs",
                   "Bună ziua,\n\nne pare rău, dar nu mai sunt locuri disponibile la cursul de limba germană.\n\n"
                   "Centrul de cursuri"),
    },
    "hu": {
        "applied": ("Jelentkezése - Könyvelő",
                    "Kedves Sam!\n\nKöszönjük jelentkezését. Sajnálattal értesítjük, hogy a kiválasztási folyamatban "
                    "nem tudjuk továbbvinni pályázatát.\n\nÜdvözlettel,\nHR"),
        "after_interview": ("Interjú visszajelzés",
                    "Kedves Sam!\n\nKöszönjük az interjút. Végül egy másik jelölt mellett döntöttünk.\n\n"
                    "Üdvözlettel,\nAnna"),
        "filled": ("Raktáros pozíció",
                   "Kedves Sam!\n\nA pozíciót már betöltöttük. Köszönjük érdeklődését.\n\nÜdvözlettel"),
        "bare": ("Re: jelentkezés", "Szia Sam, sajnos most nem jártál sikerrel. Sok sikert!"),
        "ack": ("Jelentkezését megkaptuk",
                "Kedves Sam!\n\nKöszönjük jelentkezését a Programozó pozícióra. Megkaptuk, és hamarosan "
                "jelentkezünk.\n\nÜdvözlettel,\nHR"),
        "invite": ("Meghívó állásinterjúra",
                   "Kedves Sam!\n\nSzeretnénk meghívni Önt egy állásinterjúra kedden 10 órára.\n\nÜdvözlettel,\nHR"),
        "offer": ("Állásajánlat",
                  "Kedves Sam!\n\nÖrömmel ajánljuk fel Önnek a Projektvezető pozíciót bruttó 900 000 Ft havi "
                  "fizetéssel. A szerződést csatoltuk.\n\nÜdvözlettel"),
        "visa": ("Vízumkérelem",
                 "Tisztelt Kérelmező!\n\nSajnálattal értesítjük, hogy vízumkérelmét elutasították.\n\nNagykövetség"),
        "order": ("Rendelés törölve",
                  "Kedves Vásárló!\n\nSajnos rendelését törölnünk kellett, mert a termék elfogyott.\n\nWebáruház"),
    },
    "el": {
        "applied": ("Η αίτησή σας - Λογιστής",
                    "Αγαπητέ Sam,\n\nσας ευχαριστούμε για την αίτησή σας. Δυστυχώς δεν θα προχωρήσουμε με την "
                    "υποψηφιότητά σας.\n\nΜε εκτίμηση,\nΤμήμα Ανθρώπινου Δυναμικού"),
        "after_interview": ("Μετά τη συνέντευξη",
                    "Γεια σου Sam,\n\nευχαριστούμε για τη συνέντευξη. Αποφασίσαμε να προχωρήσουμε με άλλον "
                    "υποψήφιο.\n\nΦιλικά,\nΜαρία"),
        "filled": ("Θέση αποθηκάριου",
                   "Καλησπέρα,\n\nη θέση έχει ήδη καλυφθεί. Ευχαριστούμε για το ενδιαφέρον.\n\nΜε εκτίμηση"),
        "bare": ("Re: αίτηση", "Sam, δυστυχώς δεν επιλεχθήκατε αυτή τη φορά. Καλή επιτυχία."),
        "ack": ("Λάβαμε την αίτησή σας",
                "Αγαπητέ Sam,\n\nλάβαμε την αίτησή σας για τη θέση Προγραμματιστή. Θα επικοινωνήσουμε μαζί σας "
                "σύντομα.\n\nΜε εκτίμηση,\nHR"),
        "invite": ("Πρόσκληση σε συνέντευξη",
                   "Αγαπητέ Sam,\n\nθα θέλαμε να σας προσκαλέσουμε σε συνέντευξη την Τρίτη στις 11:00.\n\n"
                   "Με εκτίμηση,\nHR"),
        "offer": ("Πρόταση εργασίας",
                  "Αγαπητέ Sam,\n\nμε χαρά σας προσφέρουμε τη θέση του Μηχανικού με μηνιαίο μισθό 2.000 €. "
                  "Επισυνάπτουμε τη σύμβαση.\n\nΜε εκτίμηση"),
        "loan": ("Αίτηση δανείου",
                 "Αγαπητέ πελάτη,\n\nδυστυχώς η αίτησή σας για δάνειο απορρίφθηκε.\n\nΤράπεζα"),
        "competition": ("Αποτελέσματα διαγωνισμού",
                        "Αγαπητέ συμμετέχοντα,\n\nδυστυχώς η φωτογραφία σας δεν επιλέχθηκε για τον τελικό.\n\n"
                        "Η επιτροπή"),
    },
    "tr": {
        "applied": ("Başvurunuz - Muhasebe Uzmanı",
                    "Merhaba Sam,\n\nbaşvurunuz için teşekkür ederiz. Maalesef bu pozisyon için sizinle devam "
                    "etmeyeceğiz.\n\nSaygılarımızla,\nİK Ekibi"),
        "after_interview": ("Mülakat sonucu",
                    "Merhaba Sam,\n\nmülakata katıldığınız için teşekkürler. Başka bir adayla ilerlemeye karar "
                    "verdik.\n\nİyi çalışmalar,\nAyşe"),
        "filled": ("Depo Sorumlusu pozisyonu",
                   "Merhaba,\n\npozisyon doldurulmuştur. İlginiz için teşekkür ederiz.\n\nSaygılarımızla"),
        "bare": ("Ynt: başvuru", "Merhaba Sam, maalesef bu sefer olumlu dönemiyoruz. Başarılar."),
        "ack": ("Başvurunuz alındı",
                "Merhaba Sam,\n\nYazılım Geliştirici pozisyonuna başvurunuz bize ulaştı. Değerlendirme sonrası "
                "sizinle iletişime geçeceğiz.\n\nTeşekkürler,\nİK"),
        "invite": ("Mülakat daveti",
                   "Merhaba Sam,\n\nsizi salı günü saat 10:00'da yüz yüze mülakata davet etmek istiyoruz.\n\n"
                   "Saygılarımızla,\nİK"),
        "offer": ("İş teklifi",
                  "Merhaba Sam,\n\nsize Proje Yöneticisi pozisyonu için aylık net 85.000 TL maaşla iş teklifi "
                  "sunmaktan mutluluk duyuyoruz. Sözleşme ektedir.\n\nSaygılarımızla"),
        "visa": ("Vize başvurusu",
                 "Sayın başvuru sahibi,\n\nvize başvurunuz maalesef reddedilmiştir.\n\nKonsolosluk"),
        "course": ("Kurs kaydı",
                   "Merhaba,\n\nmaalesef kursumuzda boş kontenjan kalmamıştır.\n\nDil Okulu"),
    },
    "ru": {
        "applied": ("Ваш отклик на вакансию Бухгалтер",
                    "Здравствуйте, Сэм!\n\nСпасибо за отклик на нашу вакансию. К сожалению, мы не готовы "
                    "пригласить вас на следующий этап.\n\nС уважением,\nОтдел персонала"),
        "after_interview": ("По итогам собеседования",
                    "Добрый день, Сэм!\n\nБлагодарим за время на собеседовании. Мы приняли решение в пользу "
                    "другого кандидата.\n\nВсего доброго,\nОльга"),
        "filled": ("Вакансия кладовщика",
                   "Здравствуйте,\n\nвакансия уже закрыта. Спасибо за интерес к нашей компании.\n\nС уважением"),
        "bare": ("Re: резюме", "Сэм, к сожалению, мы вам отказываем. Удачи!"),
        "ack": ("Мы получили ваше резюме",
                "Здравствуйте, Сэм!\n\nСпасибо за отклик на вакансию Программист. Мы получили ваше резюме и "
                "свяжемся с вами после рассмотрения.\n\nС уважением,\nHR"),
        "invite": ("Приглашение на собеседование",
                   "Здравствуйте, Сэм!\n\nПриглашаем вас на собеседование во вторник в 11:00 в нашем офисе.\n\n"
                   "С уважением,\nHR"),
        "offer": ("Предложение о работе",
                  "Здравствуйте, Сэм!\n\nРады предложить вам должность Аналитика с окладом 180 000 рублей. "
                  "Оффер во вложении.\n\nС уважением"),
        "loan": ("Решение по кредиту",
                 "Уважаемый клиент,\n\nк сожалению, банк отказал в выдаче кредита.\n\nБанк"),
        "order": ("Заказ отменён",
                  "Здравствуйте,\n\nк сожалению, ваш заказ отменён: товара нет в наличии. Деньги вернутся "
                  "на карту.\n\nМагазин"),
    },
    "uk": {
        "applied": ("Ваш відгук на вакансію Бухгалтер",
                    "Добрий день, Сем!\n\nДякуємо за ваше резюме. На жаль, ми не можемо запропонувати вам "
                    "наступний етап відбору.\n\nЗ повагою,\nВідділ кадрів"),
        "after_interview": ("Результати співбесіди",
                    "Привіт, Сем!\n\nДякуємо за співбесіду. Ми вирішили продовжити з іншим кандидатом.\n\n"
                    "Всього найкращого,\nОксана"),
        "filled": ("Вакансія комірника",
                   "Добрий день,\n\nвакансію вже закрито. Дякуємо за інтерес.\n\nЗ повагою"),
        "bare": ("Re: резюме", "Сем, на жаль, цього разу відмова. Успіхів!"),
        "ack": ("Ми отримали ваше резюме",
                "Добрий день, Сем!\n\nДякуємо за відгук на вакансію Розробник. Ми отримали ваше резюме і "
                "зв'яжемося з вами.\n\nЗ повагою,\nHR"),
        "invite": ("Запрошення на співбесіду",
                   "Добрий день, Сем!\n\nЗапрошуємо вас на співбесіду в четвер о 10:00.\n\nЗ повагою,\nHR"),
        "offer": ("Пропозиція роботи",
                  "Добрий день, Сем!\n\nРаді запропонувати вам посаду Менеджера проєктів із зарплатою "
                  "60 000 грн. Договір у вкладенні.\n\nЗ повагою"),
        "visa": ("Рішення щодо візи",
                 "Шановний заявнику,\n\nна жаль, у видачі візи вам відмовлено.\n\nКонсульство"),
        "course": ("Запис на курс",
                   "Добрий день,\n\nна жаль, усі місця на курсі англійської вже зайняті.\n\nМовна школа"),
    },
    "ar": {
        "applied": ("طلبك لوظيفة محاسب",
                    "عزيزي سام،\n\nنشكرك على تقديم طلبك. نأسف لإبلاغك بأنه لم يتم اختيارك للمرحلة التالية.\n\n"
                    "مع التحية،\nالموارد البشرية"),
        "after_interview": ("نتيجة المقابلة",
                    "مرحباً سام،\n\nشكراً لحضورك المقابلة. للأسف قررنا المضي قدماً مع مرشح آخر.\n\nمع أطيب التمنيات"),
        "filled": ("وظيفة أمين مستودع",
                   "مرحباً،\n\nنود إعلامك بأن الوظيفة قد تم شغلها. شكراً لاهتمامك.\n\nمع التحية"),
        "bare": ("رد: طلب توظيف", "سام، للأسف لم يتم قبولك. بالتوفيق."),
        "ack": ("تم استلام طلبك",
                "عزيزي سام،\n\nنؤكد استلام طلبك لوظيفة مهندس برمجيات. سنتواصل معك إذا تم اختيارك.\n\n"
                "شكراً،\nالموارد البشرية"),
        "invite": ("دعوة لإجراء مقابلة",
                   "عزيزي سام،\n\nيسعدنا دعوتك لإجراء مقابلة عمل يوم الثلاثاء الساعة العاشرة صباحاً.\n\n"
                   "مع التحية"),
        "offer": ("عرض عمل",
                  "عزيزي سام،\n\nيسرنا أن نقدم لك عرض عمل لوظيفة مدير مشروع براتب شهري 25,000 درهم. "
                  "العقد مرفق.\n\nمع التحية"),
        "visa": ("طلب التأشيرة",
                 "عزيزي المتقدم،\n\nنأسف لإبلاغك بأن طلب التأشيرة الخاص بك قد تم رفضه.\n\nالسفارة"),
        "loan": ("طلب القرض",
                 "عزيزي العميل،\n\nنعتذر، لم تتم الموافقة على طلب القرض الشخصي.\n\nالبنك"),
    },
    "he": {
        "applied": ("המועמדות שלך למשרת מנהל חשבונות",
                    "שלום סאם,\n\nתודה על פנייתך. לצערנו הוחלט שלא להמשיך בתהליך עם מועמדותך.\n\n"
                    "בברכה,\nמשאבי אנוש"),
        "after_interview": ("בהמשך לראיון",
                    "היי סאם,\n\nתודה על הראיון. החלטנו להתקדם עם מועמד אחר.\n\nבהצלחה,\nנועה"),
        "filled": ("משרת מחסנאי",
                   "שלום,\n\nהמשרה כבר אוישה. תודה על ההתעניינות.\n\nבברכה"),
        "bare": ("תשובה: מועמדות", "סאם, לצערנו לא התקבלת הפעם. בהצלחה!"),
        "ack": ("קיבלנו את מועמדותך",
                "שלום סאם,\n\nקיבלנו את קורות החיים שלך למשרת מפתח תוכנה. ניצור קשר אם תתאים.\n\nבברכה,\nמשאבי אנוש"),
        "invite": ("הזמנה לראיון עבודה",
                   "שלום סאם,\n\nנשמח להזמין אותך לראיון עבודה ביום שלישי בשעה 10:00.\n\nבברכה"),
        "offer": ("הצעת עבודה",
                  "שלום סאם,\n\nשמחים להציע לך את משרת מנהל הפרויקטים בשכר חודשי של 25,000 ש\"ח. "
                  "החוזה מצורף.\n\nבברכה"),
        "course": ("הרשמה לקורס",
                   "שלום סאם,\n\nלצערנו אין מקומות פנויים בקורס הצילום.\n\nהמכללה"),
        "competition": ("תוצאות התחרות",
                        "שלום,\n\nלצערנו העבודה שלך לא נבחרה לגמר התחרות.\n\nהוועדה"),
    },
    "hi": {
        "applied": ("आपका आवेदन - लेखाकार",
                    "प्रिय सैम,\n\nआवेदन के लिए धन्यवाद। खेद है कि हम आपके आवेदन को आगे नहीं बढ़ा पाएंगे।\n\n"
                    "सादर,\nमानव संसाधन विभाग"),
        "after_interview": ("साक्षात्कार का परिणाम",
                    "नमस्ते सैम,\n\nसाक्षात्कार के लिए धन्यवाद। हमने किसी अन्य उम्मीदवार के साथ आगे बढ़ने का "
                    "निर्णय लिया है।\n\nशुभकामनाएं"),
        "filled": ("गोदाम सहायक का पद",
                   "नमस्ते,\n\nयह पद भर चुका है। आपकी रुचि के लिए धन्यवाद।\n\nसादर"),
        "bare": ("Re: आवेदन", "सैम, माफ़ कीजिए, इस बार आपका चयन नहीं हुआ। शुभकामनाएं।"),
        "ack": ("आपका आवेदन प्राप्त हुआ",
                "प्रिय सैम,\n\nसॉफ्टवेयर इंजीनियर पद के लिए आपका आवेदन हमें प्राप्त हो गया है। हम जल्द ही "
                "संपर्क करेंगे।\n\nसादर"),
        "invite": ("साक्षात्कार हेतु आमंत्रण",
                   "प्रिय सैम,\n\nहम आपको मंगलवार सुबह 10 बजे साक्षात्कार के लिए आमंत्रित करते हैं।\n\nसादर"),
        "offer": ("नौकरी का प्रस्ताव",
                  "प्रिय सैम,\n\nहमें आपको परियोजना प्रबंधक के पद का प्रस्ताव देते हुए खुशी हो रही है, वार्षिक "
                  "वेतन 18 लाख रुपये। नियुक्ति पत्र संलग्न है।\n\nसादर"),
        "loan": ("ऋण आवेदन",
                 "प्रिय ग्राहक,\n\nखेद है कि आपका ऋण आवेदन अस्वीकार कर दिया गया है।\n\nबैंक"),
        "visa": ("वीज़ा आवेदन",
                 "प्रिय आवेदक,\n\nआपका वीज़ा आवेदन अस्वीकृत कर दिया गया है।\n\nदूतावास"),
    },
    "zh": {
        "applied": ("您的求职申请 - 会计",
                    "Sam 您好，\n\n感谢您投递简历。很遗憾，您的背景与该职位要求不太匹配，我们暂时无法安排面试。\n\n"
                    "人力资源部"),
        "after_interview": ("面试结果通知",
                    "Sam 你好，\n\n感谢你参加面试。经过慎重考虑，我们决定选择其他候选人。\n\n祝好，\n王丽"),
        "filled": ("仓库管理员职位",
                   "您好，\n\n该职位已经招满，感谢您的关注。\n\n此致"),
        "bare": ("回复：应聘", "Sam，抱歉，这次没有通过。祝顺利！"),
        "ack": ("我们已收到您的简历",
                "Sam 您好，\n\n我们已收到您应聘软件工程师职位的简历，HR 会尽快审核并与您联系。\n\n谢谢"),
        "invite": ("面试邀请",
                   "Sam 您好，\n\n诚邀您于周二上午10点参加软件工程师职位的面试。\n\n人力资源部"),
        "offer": ("录用通知书",
                  "Sam 您好，\n\n我们很高兴地通知您，您已被录用为项目经理，月薪 30,000 元。录用通知书见附件。\n\n人力资源部"),
        "visa": ("签证申请结果",
                 "尊敬的申请人：\n\n很遗憾，您的签证申请被拒绝。\n\n领事馆"),
        "order": ("订单已取消",
                  "您好，\n\n很抱歉，由于库存不足，您的订单已被取消，款项将原路退回。\n\n客服"),
    },
    "ja": {
        "applied": ("選考結果のご連絡（経理職）",
                    "Sam様\n\nこの度は弊社の求人にご応募いただき、誠にありがとうございました。慎重に選考を行いました結果、"
                    "誠に残念ながら今回はご期待に添えない結果となりました。\n\n人事部"),
        "after_interview": ("面接結果のご連絡",
                    "Sam様\n\n先日はお忙しい中、面接にお越しいただきありがとうございました。検討の結果、"
                    "今回は見送らせていただくこととなりました。\n\n採用担当"),
        "filled": ("倉庫スタッフの募集について",
                   "Sam様\n\nお問い合わせの求人は既に募集を終了いたしました。ご関心をお寄せいただきありがとうございました。\n\n"
                   "採用担当"),
        "bare": ("Re: 応募", "Samさん、残念ですが今回は不採用です。"),
        "ack": ("ご応募ありがとうございます",
                "Sam様\n\nソフトウェアエンジニア職へのご応募を受け付けました。書類選考の結果は1週間以内にご連絡いたします。\n\n"
                "採用担当"),
        "invite": ("面接のご案内",
                   "Sam様\n\n書類選考の結果、面接にお越しいただきたくご連絡いたしました。来週火曜日10時はいかがでしょうか。\n\n"
                   "人事部"),
        "offer": ("内定のお知らせ",
                  "Sam様\n\n選考の結果、内定となりましたのでお知らせいたします。年収は600万円です。内定通知書を添付いたします。\n\n"
                  "人事部"),
        "loan": ("ローン審査結果のお知らせ",
                 "Sam様\n\n誠に残念ながら、今回のローンのお申し込みはお受けできない結果となりました。\n\n銀行"),
        "course": ("講座お申し込みについて",
                   "Sam様\n\n誠に申し訳ございませんが、ご希望の講座は定員に達したため、お受けできません。\n\n教室"),
    },
    "ko": {
        "applied": ("지원 결과 안내 - 회계 담당",
                    "Sam님 안녕하세요,\n\n저희 회사에 지원해 주셔서 감사합니다. 아쉽게도 이번 채용에서는 함께하지 "
                    "못하게 되었습니다.\n\n인사팀 드림"),
        "after_interview": ("면접 결과 안내",
                    "Sam님,\n\n면접에 참석해 주셔서 감사합니다. 신중히 검토한 결과 다른 지원자와 진행하기로 "
                    "결정했습니다.\n\n채용 담당자"),
        "filled": ("창고 관리직 채용",
                   "안녕하세요,\n\n해당 포지션은 이미 채용이 완료되었습니다. 관심 가져 주셔서 감사합니다.\n\n인사팀"),
        "bare": ("Re: 지원", "Sam님, 죄송하지만 이번에는 불합격입니다."),
        "ack": ("지원서 접수 확인",
                "Sam님 안녕하세요,\n\n소프트웨어 엔지니어 포지션 지원서가 정상적으로 접수되었습니다. 서류 검토 후 "
                "연락드리겠습니다.\n\n인사팀"),
        "invite": ("면접 안내",
                   "Sam님 안녕하세요,\n\n서류 전형에 합격하셨습니다. 다음 주 화요일 오전 10시에 면접을 진행하고자 "
                   "합니다.\n\n인사팀"),
        "offer": ("최종 합격 및 채용 제안",
                  "Sam님,\n\n최종 합격을 축하드립니다. 연봉 6,000만 원으로 프로젝트 매니저 직무를 제안드립니다. "
                  "계약서를 첨부합니다.\n\n인사팀"),
        "visa": ("비자 신청 결과",
                 "신청인께,\n\n유감스럽게도 귀하의 비자 신청이 거절되었습니다.\n\n대사관"),
        "competition": ("공모전 결과 안내",
                        "안녕하세요,\n\n아쉽게도 이번 사진 공모전에서 수상하지 못하셨습니다. 참여해 주셔서 감사합니다.\n\n"
                        "주최측"),
    },
    "vi": {
        "applied": ("Hồ sơ ứng tuyển - Kế toán",
                    "Chào Sam,\n\ncảm ơn bạn đã ứng tuyển. Rất tiếc, hồ sơ của bạn chưa phù hợp với vị trí này "
                    "ở thời điểm hiện tại.\n\nTrân trọng,\nPhòng Nhân sự"),
        "after_interview": ("Kết quả phỏng vấn",
                    "Chào Sam,\n\ncảm ơn bạn đã tham gia buổi phỏng vấn. Chúng tôi đã quyết định chọn một ứng viên "
                    "khác.\n\nTrân trọng,\nLan"),
        "filled": ("Vị trí nhân viên kho",
                   "Chào bạn,\n\nvị trí này đã tuyển đủ người. Cảm ơn bạn đã quan tâm.\n\nTrân trọng"),
        "bare": ("Re: ứng tuyển", "Sam ơi, rất tiếc lần này bạn không trúng tuyển. Chúc bạn may mắn."),
        "ack": ("Xác nhận đã nhận hồ sơ",
                "Chào Sam,\n\nchúng tôi đã nhận được hồ sơ ứng tuyển vị trí Lập trình viên của bạn và sẽ liên hệ "
                "lại sớm.\n\nTrân trọng,\nNhân sự"),
        "invite": ("Thư mời phỏng vấn",
                   "Chào Sam,\n\nchúng tôi trân trọng mời bạn tham dự buổi phỏng vấn vào thứ Ba lúc 10 giờ.\n\n"
                   "Trân trọng,\nNhân sự"),
        "offer": ("Thư mời nhận việc",
                  "Chào Sam,\n\nchúng tôi vui mừng mời bạn nhận việc ở vị trí Quản lý dự án với mức lương 40 "
                  "triệu đồng/tháng. Hợp đồng đính kèm.\n\nTrân trọng"),
        "loan": ("Hồ sơ vay vốn",
                 "Kính gửi quý khách,\n\nrất tiếc hồ sơ vay của quý khách không được phê duyệt.\n\nNgân hàng"),
        "order": ("Đơn hàng đã bị hủy",
                  "Chào bạn,\n\nrất tiếc đơn hàng của bạn đã bị hủy do hết hàng. Tiền sẽ được hoàn lại.\n\nCửa hàng"),
    },
    "th": {
        "applied": ("ผลการสมัครงาน ตำแหน่งนักบัญชี",
                    "เรียน คุณแซม\n\nขอขอบคุณที่สมัครงานกับบริษัทของเรา เสียใจที่ต้องแจ้งว่าคุณไม่ผ่านการคัดเลือกในครั้งนี้\n\n"
                    "ขอแสดงความนับถือ\nฝ่ายบุคคล"),
        "after_interview": ("ผลการสัมภาษณ์",
                    "เรียน คุณแซม\n\nขอบคุณที่มาสัมภาษณ์งาน หลังจากพิจารณาแล้ว เราตัดสินใจเลือกผู้สมัครท่านอื่น\n\n"
                    "ฝ่ายบุคคล"),
        "filled": ("ตำแหน่งพนักงานคลังสินค้า",
                   "สวัสดีค่ะ\n\nตำแหน่งนี้ได้ผู้สมัครแล้ว ขอบคุณที่ให้ความสนใจ\n\nฝ่ายบุคคล"),
        "bare": ("Re: สมัครงาน", "คุณแซม ขออภัย ครั้งนี้คุณไม่ผ่านการคัดเลือกค่ะ"),
        "ack": ("ได้รับใบสมัครของคุณแล้ว",
                "เรียน คุณแซม\n\nเราได้รับใบสมัครตำแหน่งวิศวกรซอฟต์แวร์ของคุณแล้ว และจะติดต่อกลับโดยเร็ว\n\nฝ่ายบุคคล"),
        "invite": ("เชิญสัมภาษณ์งาน",
                   "เรียน คุณแซม\n\nขอเชิญคุณมาสัมภาษณ์งานในวันอังคาร เวลา 10.00 น.\n\nฝ่ายบุคคล"),
        "offer": ("ข้อเสนองาน",
                  "เรียน คุณแซม\n\nเรายินดีเสนองานตำแหน่งผู้จัดการโครงการ เงินเดือน 80,000 บาท สัญญาจ้างแนบมาด้วย\n\n"
                  "ฝ่ายบุคคล"),
        "visa": ("ผลการยื่นวีซ่า",
                 "เรียน ผู้ยื่นคำร้อง\n\nเสียใจที่ต้องแจ้งว่าคำขอวีซ่าของคุณถูกปฏิเสธ\n\nสถานทูต"),
        "course": ("การลงทะเบียนคอร์ส",
                   "สวัสดีค่ะ\n\nขออภัย คอร์สภาษาอังกฤษเต็มแล้ว\n\nโรงเรียนสอนภาษา"),
    },
    "id": {
        "applied": ("Lamaran Anda - Staf Akuntansi",
                    "Halo Sam,\n\nterima kasih atas lamaran Anda. Mohon maaf, saat ini kami belum dapat melanjutkan "
                    "proses rekrutmen dengan Anda.\n\nSalam,\nTim HRD"),
        "after_interview": ("Hasil wawancara",
                    "Halo Sam,\n\nterima kasih sudah mengikuti wawancara. Kami memutuskan untuk melanjutkan dengan "
                    "kandidat lain.\n\nSalam,\nDewi"),
        "filled": ("Lowongan Staf Gudang",
                   "Halo,\n\nposisi tersebut sudah terisi. Terima kasih atas minat Anda.\n\nSalam"),
        "bare": ("Re: lamaran", "Halo Sam, maaf ya, kali ini kamu belum lolos. Semangat!"),
        "ack": ("Lamaran Anda telah kami terima",
                "Halo Sam,\n\nlamaran Anda untuk posisi Software Engineer telah kami terima. Kami akan menghubungi "
                "Anda jika lolos seleksi berkas.\n\nSalam,\nHRD"),
        "invite": ("Undangan wawancara",
                   "Halo Sam,\n\nkami mengundang Anda untuk wawancara kerja pada hari Selasa pukul 10.00 WIB.\n\n"
                   "Salam,\nHRD"),
        "offer": ("Surat penawaran kerja",
                  "Halo Sam,\n\nkami dengan senang hati menawarkan posisi Manajer Proyek dengan gaji Rp 25 juta "
                  "per bulan. Kontrak terlampir.\n\nSalam,\nHRD"),
        "loan": ("Pengajuan pinjaman",
                 "Yth. Nasabah,\n\nmohon maaf, pengajuan pinjaman Anda tidak disetujui.\n\nBank"),
        "competition": ("Pengumuman lomba",
                        "Halo,\n\nmohon maaf, karya Anda tidak terpilih sebagai finalis lomba foto tahun ini.\n\nPanitia"),
    },
    "ms": {
        "applied": ("Permohonan jawatan Akauntan",
                    "Salam sejahtera Sam,\n\nterima kasih atas permohonan anda. Dukacita dimaklumkan bahawa "
                    "permohonan anda tidak berjaya untuk peringkat seterusnya.\n\nSekian,\nJabatan Sumber Manusia"),
        "after_interview": ("Keputusan temu duga",
                    "Hai Sam,\n\nterima kasih kerana hadir temu duga. Kami telah memilih calon lain untuk jawatan "
                    "ini.\n\nSalam,\nAisyah"),
        "filled": ("Jawatan Pembantu Stor",
                   "Salam,\n\njawatan ini telah diisi. Terima kasih atas minat anda.\n\nSekian"),
        "bare": ("Re: permohonan", "Sam, maaf, kali ini anda tidak terpilih. Semoga berjaya."),
        "ack": ("Permohonan anda telah diterima",
                "Salam Sam,\n\nkami telah menerima permohonan anda untuk jawatan Jurutera Perisian dan akan "
                "menghubungi anda sekiranya disenarai pendek.\n\nSekian"),
        "invite": ("Jemputan temu duga",
                   "Salam Sam,\n\nanda dijemput menghadiri temu duga pada hari Selasa jam 10 pagi.\n\nSekian"),
        "offer": ("Tawaran pekerjaan",
                  "Salam Sam,\n\nkami dengan sukacita menawarkan anda jawatan Pengurus Projek dengan gaji RM8,000 "
                  "sebulan. Surat tawaran dilampirkan.\n\nSekian"),
        "visa": ("Permohonan visa",
                 "Tuan/Puan,\n\ndukacita dimaklumkan permohonan visa anda telah ditolak.\n\nKedutaan"),
        "course": ("Pendaftaran kursus",
                   "Salam,\n\nmaaf, tempat untuk kursus bahasa ini sudah penuh.\n\nPusat Bahasa"),
    },
    "tl": {
        "applied": ("Ang iyong aplikasyon - Accountant",
                    "Hi Sam,\n\nsalamat sa iyong aplikasyon. Ikinalulungkot naming ipaalam na hindi ka namin "
                    "maipagpapatuloy sa susunod na hakbang.\n\nSalamat,\nHR Team"),
        "after_interview": ("Resulta ng interview",
                    "Hi Sam,\n\nsalamat sa pagdalo sa interview. Napagpasyahan naming pumili ng ibang aplikante.\n\n"
                    "Ingat,\nMaria"),
        "filled": ("Bakante para sa Warehouse Staff",
                   "Magandang araw,\n\nang posisyon ay napunan na. Salamat sa iyong interes.\n\nHR"),
        "bare": ("Re: aplikasyon", "Sam, pasensya na, hindi ka nakapasa ngayon. Good luck!"),
        "ack": ("Natanggap namin ang iyong aplikasyon",
                "Hi Sam,\n\nnatanggap namin ang iyong aplikasyon para sa posisyong Software Engineer. Kokontakin "
                "ka namin kung ikaw ay napili.\n\nSalamat,\nHR"),
        "invite": ("Imbitasyon sa interview",
                   "Hi Sam,\n\nnais ka naming imbitahan sa isang interview sa Martes, alas-10 ng umaga.\n\nSalamat,\nHR"),
        "offer": ("Job offer",
                  "Hi Sam,\n\nikinagagalak naming ialok sa iyo ang posisyong Project Manager na may sahod na "
                  "₱80,000 kada buwan. Nakalakip ang kontrata.\n\nSalamat,\nHR"),
        "loan": ("Aplikasyon sa loan",
                 "Mahal na kliyente,\n\nikinalulungkot naming hindi naaprubahan ang iyong loan application.\n\nBangko"),
        "order": ("Kinansela ang order",
                  "Hi,\n\npasensya na, kinansela ang iyong order dahil wala nang stock.\n\nShop"),
    },
    "sw": {
        "applied": ("Maombi yako - Mhasibu",
                    "Habari Sam,\n\nasante kwa maombi yako. Tunasikitika kukujulisha kwamba hukuchaguliwa kwa hatua "
                    "inayofuata.\n\nKila la heri,\nIdara ya Rasilimali Watu"),
        "after_interview": ("Matokeo ya usaili",
                    "Habari Sam,\n\nasante kwa kuhudhuria usaili. Tumeamua kuendelea na mgombea mwingine.\n\n"
                    "Kila la heri,\nAmina"),
        "filled": ("Nafasi ya Mtunza Stoo",
                   "Habari,\n\nnafasi hii tayari imejazwa. Asante kwa nia yako.\n\nHR"),
        "bare": ("Re: maombi", "Sam, samahani, safari hii hukufanikiwa. Kila la heri."),
        "ack": ("Tumepokea maombi yako",
                "Habari Sam,\n\ntumepokea maombi yako ya kazi ya Mhandisi wa Programu. Tutawasiliana nawe "
                "ukichaguliwa.\n\nAsante,\nHR"),
        "invite": ("Mwaliko wa usaili",
                   "Habari Sam,\n\ntunakualika kwenye usaili siku ya Jumanne saa nne asubuhi.\n\nAsante,\nHR"),
        "offer": ("Barua ya ofa ya kazi",
                  "Habari Sam,\n\ntunafurahi kukupa nafasi ya kazi ya Meneja wa Mradi kwa mshahara wa TSh "
                  "3,000,000 kwa mwezi. Mkataba umeambatishwa.\n\nAsante"),
        "visa": ("Ombi la viza",
                 "Mpendwa mwombaji,\n\ntunasikitika kukujulisha kuwa ombi lako la viza limekataliwa.\n\nUbalozi"),
        "loan": ("Ombi la mkopo",
                 "Mpendwa mteja,\n\nsamahani, ombi lako la mkopo halijakubaliwa.\n\nBenki"),
    },
    "af": {
        "applied": ("Jou aansoek - Rekenmeester",
                    "Hallo Sam,\n\ndankie vir jou aansoek. Ongelukkig is jy nie gekies vir die volgende fase nie.\n\n"
                    "Groete,\nMenslike Hulpbronne"),
        "after_interview": ("Terugvoer na onderhoud",
                    "Hallo Sam,\n\ndankie vir die onderhoud. Ons het besluit om met 'n ander kandidaat voort te gaan.\n\n"
                    "Groete,\nAnke"),
        "filled": ("Pos as Pakhuiswerker",
                   "Goeie dag,\n\ndie pos is reeds gevul. Dankie vir jou belangstelling.\n\nGroete"),
        "bare": ("Re: aansoek", "Hallo Sam, jammer, dit is 'n nee hierdie keer. Sterkte!"),
        "ack": ("Ons het jou aansoek ontvang",
                "Hallo Sam,\n\nons het jou aansoek vir die pos as Sagteware-ingenieur ontvang en sal binnekort "
                "terugkom na jou.\n\nGroete,\nMH"),
        "invite": ("Uitnodiging vir onderhoud",
                   "Hallo Sam,\n\nons wil jou graag uitnooi vir 'n onderhoud op Dinsdag om 10:00.\n\nGroete,\nMH"),
        "offer": ("Aanbod van indiensneming",
                  "Hallo Sam,\n\nons is bly om jou die pos as Projekbestuurder aan te bied teen 'n salaris van "
                  "R65 000 per maand. Die kontrak is aangeheg.\n\nGroete"),
        "course": ("Inskrywing vir kursus",
                   "Hallo,\n\nongelukkig is die kursus reeds vol en kan ons jou nie plaas nie.\n\nKollege"),
        "competition": ("Uitslae van die kompetisie",
                        "Hallo,\n\nongelukkig is jou foto nie vir die finaal gekies nie.\n\nDie beoordelaars"),
    },
}

CASES = [pytest.param(subject, body, EXPECTED.get(family, "other"), id=f"{lang}-{family}",
                      marks=[pytest.mark.xfail(strict=True, reason="known gap")]
                      if (lang, family) in KNOWN_GAPS else [])
         for lang, families in MESSAGES.items() for family, (subject, body) in families.items()]


@pytest.mark.parametrize(("subject", "body", "kind"), CASES)
def test_each_family_in_each_language(subject, body, kind):
    assert classify(subject, body, SENDER).kind == kind


def test_every_language_has_every_family():
    for lang, families in MESSAGES.items():
        assert set(EXPECTED) <= set(families), lang
        assert len(set(families) - set(EXPECTED)) >= 2, lang  # two refusals of another thing


# (language, kind, subject, body): other wordings of the same families, and near misses in
# the same languages (an interview moved "unfortunately", a shop closed for maintenance,
# a loan refused, an offer handed to someone else) that must keep their kind.
SECOND_WORDINGS = [
 ("ru","rejection","Ответ на ваше резюме","Добрый день!\n\nБлагодарим вас за интерес к вакансии менеджера по продажам. К сожалению, на данный момент мы не можем предложить вам эту позицию.\n\nС уважением,\nHR"),
 ("ru","rejection","Собеседование","Сэм, спасибо за встречу. Мы выбрали другого кандидата, у которого больше опыта в логистике.\nИрина"),
 ("ru","interview","Вакансия аналитика","Здравствуйте! Приглашаем вас на собеседование в пятницу в 15:00 по Zoom.\nС уважением, HR"),
 ("ru","other","Собеседование переносится","Здравствуйте! К сожалению, собеседование в пятницу придётся перенести на понедельник. Удобно ли вам в 11:00?\nHR"),
 ("uk","rejection","Ваше резюме","Вітаємо!\n\nДякуємо за інтерес до вакансії дизайнера. На жаль, ми обрали іншого кандидата.\n\nЗ повагою,\nКоманда"),
 ("uk","rejection","Вакансія закрита","Добрий день! Вакансія вже закрита, дякуємо за ваш відгук.\nHR"),
 ("vi","rejection","Kết quả ứng tuyển","Chào bạn,\n\ncảm ơn bạn đã quan tâm đến vị trí Chuyên viên Marketing. Rất tiếc, hồ sơ của bạn không phù hợp với yêu cầu hiện tại.\n\nPhòng Tuyển dụng"),
 ("vi","rejection","Phỏng vấn vòng 2","Chào Sam, sau buổi phỏng vấn vòng 2, công ty đã lựa chọn ứng viên khác. Chúc bạn thành công.\nHà"),
 ("vi","other","Lịch phỏng vấn","Chào Sam, rất tiếc buổi phỏng vấn sáng mai phải dời sang chiều thứ Năm. Bạn có tham gia được không?\nHà"),
 ("sw","rejection","Nafasi ya kazi ya Dereva","Habari,\n\nasante kwa kuomba nafasi ya kazi ya Dereva. Tunasikitika kwamba hukufanikiwa katika mchakato huu.\n\nHR"),
 ("sw","rejection","Usaili","Habari Sam, asante kwa usaili. Tumemchagua mgombea mwingine mwenye uzoefu zaidi.\nJohn"),
 ("af","rejection","Aansoek: Verkoopsbestuurder","Goeie dag Sam,\n\nbaie dankie vir jou aansoek. Ongelukkig is jou aansoek nie suksesvol nie.\n\nVriendelike groete,\nMH"),
 ("af","interview","Onderhoud","Hallo Sam, ons wil jou graag uitnooi na 'n onderhoud volgende Woensdag om 14:00.\nGroete"),
 ("af","other","Onderhoud verskuif","Hallo Sam, ongelukkig moet ons die onderhoud van Dinsdag na Donderdag skuif. Pas 10:00 vir jou?\nGroete"),
 ("tl","rejection","Update sa iyong aplikasyon","Magandang araw Sam,\n\nsalamat sa interes mo sa posisyong Customer Service. Ikinalulungkot naming sabihin na hindi ka napili para sa posisyong ito.\n\nHR"),
 ("tl","rejection","Interview result","Hi Sam, salamat sa interview kahapon. Pumili kami ng ibang kandidato.\nJoy"),
 ("hi","rejection","आवेदन की स्थिति","नमस्ते सैम,\n\nहमें खेद है कि इस पद के लिए आपका चयन नहीं हुआ है।\n\nसादर,\nएचआर"),
 ("hi","rejection","साक्षात्कार","सैम, साक्षात्कार के लिए धन्यवाद। हमने अन्य उम्मीदवार को चुना है।"),
 ("hi","other","साक्षात्कार का समय","नमस्ते सैम, खेद है कि कल का साक्षात्कार गुरुवार तक टालना पड़ रहा है। क्या 11 बजे ठीक रहेगा?"),
 ("id","rejection","Hasil seleksi","Halo Sam,\n\nterima kasih telah melamar. Mohon maaf, Anda belum lolos ke tahap berikutnya.\n\nTim Rekrutmen"),
 ("id","rejection","Posisi Desainer","Halo Sam, posisi Desainer sudah terisi. Terima kasih atas lamaran Anda."),
 ("zh","rejection","面试反馈","Sam 你好，感谢你参加我们的面试。经过综合评估，我们已选定了其他候选人。祝你求职顺利。"),
 ("zh","rejection","关于您应聘的职位","您好，该职位已招满，感谢您的关注与投递。"),
 ("ko","rejection","면접 결과","Sam님, 면접에 응해 주셔서 감사합니다. 아쉽게도 다른 지원자를 최종 선발하게 되었습니다."),
 ("ko","rejection","채용 안내","안녕하세요, 지원해 주신 포지션은 채용이 마감되었습니다. 관심 가져 주셔서 감사합니다."),
 ("th","rejection","ผลการสมัคร","เรียนคุณแซม ขอบคุณที่สมัครตำแหน่งนี้ เราได้เลือกผู้สมัครท่านอื่นที่มีประสบการณ์ตรงกว่า"),
 ("ar","rejection","بخصوص الوظيفة","مرحباً سام، نود إعلامك بأنه تم شغل الوظيفة. نشكرك على اهتمامك."),
 ("he","rejection","משרת אנליסט","שלום סאם, המשרה אוישה. תודה שפנית אלינו."),
 ("nl","rejection","Sollicitatie","Hoi Sam, we hebben gekozen voor een andere kandidaat. Succes!"),
 ("nl","other","Onderhoud aan de website","Beste klant, helaas is onze webshop zaterdag niet bereikbaar wegens onderhoud. Excuses voor het ongemak."),
 ("da","rejection","Ansøgning","Hej Sam, det bliver desværre et nej fra os. Tak for din ansøgning."),
 ("no","rejection","Søknad","Hei Sam, dessverre blir det nei denne gangen. Takk for søknaden."),
 ("fi","rejection","Hakemus","Hei Sam, valitettavasti emme voi edetä hakemuksesi kanssa. Kiitos kiinnostuksesta."),
 ("pl","offer","Oferta","Dzień dobry, w załączeniu przesyłamy ofertę zatrudnienia na stanowisko Kierownika. Prosimy o odpowiedź do piątku."),
 ("ru","other","Собеседование в пятницу","Здравствуйте! К сожалению, нам придётся отказаться от встречи в пятницу. Давайте перенесём собеседование на вторник?\nHR"),
 ("uk","other","Співбесіда","Добрий день! На жаль, мусимо відмовитися від зустрічі в середу, перенесемо співбесіду на четвер?\nHR"),
 ("vi","other","Giờ phỏng vấn","Chào Sam, rất tiếc khung giờ phỏng vấn 9h không phù hợp với lịch của chúng tôi. Bạn chọn giúp giờ khác nhé.\nHà"),
 ("tr","rejection","Başvuru sonucu","Merhaba Sam, Satış Uzmanı ilanına yaptığın başvuru işveren tarafından olumsuz değerlendirildi. Başarılar dileriz."),
 ("tr","other","Vize","Sayın Sam, vize başvurunuz olumsuz sonuçlanmıştır. Konsolosluk"),
 ("ru","other","Кредит","Здравствуйте! К сожалению, мы вынуждены отказать вам в кредите. Ваш банк."),
 ("nl","offer","Aanbod","Beste Sam, we zijn blij je de baan als Teamleider aan te bieden. Het contract volgt."),
 ("nl","rejection","Sollicitatie","Beste Sam, we hebben besloten de functie aan een andere kandidaat aan te bieden."),
 ("ko","rejection","최종 결과","Sam님, 아쉽게도 최종 합격하지 못하셨습니다."),
]

SECOND_GAPS = {"최종 결과"}  # a Korean final no whose only job word is "합격" (also exams)


@pytest.mark.parametrize(("lang", "kind", "subject", "body"), [
    pytest.param(*case, id=f"{case[0]}-{case[1]}-{number}",
                 marks=[pytest.mark.xfail(strict=True, reason="known gap")]
                 if case[2] in SECOND_GAPS else [])
    for number, case in enumerate(SECOND_WORDINGS)])
def test_second_wordings(lang, kind, subject, body):
    assert classify(subject, body, SENDER).kind == kind


def test_afrikaans_article_opens_no_quotation():
    """"met 'n ander kandidaat": the apostrophe of "'n" is an article, not reported speech."""
    text = "ons het besluit om met 'n ander kandidaat voort te gaan."
    assert not triage._quoted(text, text.index("ander"))
    assert triage._quoted("she said 'we went with another candidate'", 20)


@pytest.mark.parametrize("text", [
    "Helaas is onze winkel gesloten wegens onderhoud.",  # Dutch maintenance: no job word
    "К сожалению, банк отказал в выдаче кредита.",
    "Rất tiếc đơn hàng của bạn đã bị hủy.",
])
def test_refusals_of_other_things_stay_closed_at_the_gate(text):
    verdict = classify("Bericht", text, SENDER)
    assert verdict.kind == "other" and verdict.because == ["no job-search words"]
