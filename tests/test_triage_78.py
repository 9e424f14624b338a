"""Seventy-eighth pass, read end to end from letters written for these tests (not the corpus's).

Opening fresh341-345 (Transylvania, Borneo, Oaxaca and Chiapas, the Altai, the Amazon's triple
border) taught triage a Kazakh driller's two-line no, and the field readers Romanian and
Indonesian titles whose adjective follows the head, a board's update words in its subject, a
"PT" sender, a sender's own given name and a process number in the subject, towns, and reasons
in German, English, Malay, Portuguese and Russian. Sealing fresh361-365 (Zanzibar and the
Swahili coast; the Maldives; Timor-Leste; Tajikistan; Andorra and the Catalan Pyrenees) taught
triage Swahili-texting, Dhivehi, Portuguese, Tajik, Catalan and Russian noes, a crew intake's
place, a Portuguese Outlook forward of a friend's own no and a Tetum note that no decision is
made; and the field readers a Swahili letter's heading, a copy list, a title's initials in an
agency's subject, a desk before a comma, Catalan titles, offers taken back and reasons.
"""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind

EMPLOYER = "Talent <jobs@employer.example.com>"


# ---------------------------------------------------------------- noes and not noes

@pytest.mark.parametrize(("subject", "body"), [
    # a Kazakh drilling firm's two lines: "this time we cannot make you an offer"
    ("Re: Бұрғылау шебері",
     "Алекс, сәлеметсіз бе!\n\nКешіріңіз, бұл жолы сізге ұсыныс жасай алмаймыз. Кездесуге келгеніңіз "
     "үшін рахмет.\n\nДәурен Жақсылықов\n«Ертіс Бұрғылау» ЖШС"),
    # a Swahili-coast tour firm's text: we haven't taken you, we took a guy with a licence
    ("kazi ya dereva",
     "Sasa Alex, samahani sana, ile kazi ya dereva hatujakuchukua, tumeamua kuchukua mtu ana leseni "
     "tayari. Asante kwa kuja kwa interview.\n\nJuma\nPwani Safaris"),
    # a Maldivian guesthouse in Thaana: decided not to take you for the job
    ("Housekeeping Supervisor",
     "ހައި އެލެކްސް،\n\nހައުސްކީޕިންގ ސުޕަވައިޒަރުގެ ވަޒީފާއަށް ތިބާ ނުނަގަން ނިންމީ. އިންޓަވިއުއަށް "
     "އައުމުން ޝުކުރިއްޔާ.\n\nއަޙްމަދު\nReef View Inn"),
    # a Portuguese university: the competition annulled, no one hired
    ("Concurso – Assistente de Investigação",
     "Exma. Senhora,\n\nAgradecemos a sua participação na entrevista. Informamos que o concurso foi "
     "anulado por falta de cabimento orçamental, não havendo lugar à contratação de qualquer "
     "candidato.\n\nCom os melhores cumprimentos,\nO Presidente do Júri"),
    # a Portuguese town hall: listed as excluded
    ("Notificação – lista de ordenação final",
     "Exma. Senhora Alex Morgan,\n\nFica V. Ex.ª notificada de que consta da lista de ordenação final "
     "do procedimento concursal como candidata excluída, por ter obtido classificação inferior a 9,5 "
     "valores na entrevista profissional de seleção.\n\nA Vereadora dos Recursos Humanos"),
    # a Tajik power company: not passed to the interview stage
    ("Дар бораи натиҷаи баррасии ариза",
     "Муҳтарам Алекс Морган!\n\nПас аз баррасии аризаҳо ариза ва тарҷумаи ҳоли Шумо ба марҳилаи "
     "мусоҳиба гузаронида нашуд, зеро вазифа бо корманди дохилӣ пур карда шуд.\n\nБо эҳтиром,\n"
     "Раёсати кадрҳо"),
    # a Catalan ski hut's text: we can't take you on, the team is complete
    ("prova de cambrer",
     "Hola Alex, gràcies per venir a la prova. Al final no et podem agafar, ja tenim l'equip tancat "
     "per aquesta temporada. Sort!\n\nNúria"),
    # a Moscow builder: "it didn't work out, unfortunately"
    ("По вакансии мастера участка",
     "Алекс, добрый день.\n\nСпасибо, что приехали на объект. По мастеру, к сожалению, не сложилось: "
     "нам нужен человек с опытом на высотках.\n\nИгорь Петров\nНачальник участка"),
    # an airline's crew intake: no place in the class
    ("Cabin Crew Intake 2027 - assessment result",
     "Hi Alex,\n\nThank you for coming to the assessment day and the final interview at our training "
     "centre.\n\nSelection for the 2027 Cabin Crew intake is now complete, and this time we won't be "
     "able to offer you a place in the class.\n\nBest wishes,\nThe People Team\nLagoon Air"),
])
def test_a_no_read_from_fresh361_365_is_a_rejection(subject: str, body: str) -> None:
    assert kind(subject, body) == "rejection"


def test_a_school_place_refused_is_still_no_job() -> None:
    body = ("Dear Parent,\n\nThank you for your application for the September reception intake. We "
            "are sorry that we cannot offer you a place in the class this year; your child is on the "
            "waiting list.\n\nAdmissions Office")
    assert kind("Reception intake 2027", body) != "rejection"


def test_a_friends_own_no_forwarded_from_a_portuguese_outlook_is_not_the_readers() -> None:
    body = ("Alex, olha isto :( não fiquei com o lugar.\n\nBeijinhos\nMarta\n\n"
            "-----Mensagem original-----\n"
            "De: Clínica Boa Vista <rh@boavista.example.org>\n"
            "Enviada: 3 de março de 2026 10:02\n"
            "Para: Marta Lopes\n"
            "Assunto: Candidatura - Rececionista\n\n"
            "Cara Marta,\n\nAgradecemos a sua presença na entrevista. Informamos que a vaga foi "
            "preenchida por outra candidata.\n\nRecursos Humanos\nClínica Boa Vista")
    assert kind("Fw: Candidatura - Rececionista", body,
                "Marta Lopes <marta.lopes@mail.example.com>") != "rejection"


def test_a_tetum_note_that_no_decision_is_made_is_no_rejection() -> None:
    body = ("Ba kandidatu sira hotu ba Konkursu Públiku MJ/2026/07 – Asistente Administrativu\n\n"
            "Ami hato'o ba Ita katak publikasaun rezultadu final sei atrazu semana rua. Ita-nia "
            "kandidatura sei ativu no seidauk iha desizaun ruma. Ami husu deskulpa ba atrazu ne'e.\n\n"
            "Diresaun Rekursu Umanu")
    assert kind("Anúnsiu: rezultadu final sei atrazu", body) != "rejection"


# ---------------------------------------------------------------- employers

@pytest.mark.parametrize(("sender", "subject", "body", "company"), [
    # a role's initials in an agency's subject are no client
    ("Ravi Perera <ravi@lotussearch.example.com>", "AGM - Laamu Atoll role",
     "Hi Alex,\n\nFeedback from my client on the Assistant General Manager role in Laamu: they have "
     "decided to promote their own Rooms Division Manager, so they will not be taking your "
     "application further.\n\nBest regards,\nRavi Perera\nSenior Consultant\nLotus Hospitality Search",
     "Lotus Hospitality Search"),
    # a sender's own given name in the subject is no employer
    ("Amira Haddad <no-reply@greenhouse-mail.example.com>", "Field Ecologist: an update from Amira",
     "Hi Alex,\n\nI wanted to tell you myself: we're not going to offer you the Field Ecologist role. "
     "The person we chose has three years of drone survey work.\n\nWarmly,\nAmira\n\nAmira Haddad\n"
     "Head of Science\nCoral Coast Conservation Trust", "Coral Coast Conservation Trust"),
    # an Indonesian "PT" sender is a firm, and a board's "Pembaruan status lamaran" no title
    ("PT Sawit Lestari Jaya <noreply@smartrecruiters.example.com>",
     "Pembaruan status lamaran: Asisten Agronomi",
     "Halo Alex,\n\nTerima kasih telah mengikuti psikotes untuk posisi Asisten Agronomi di PT Sawit "
     "Lestari Jaya. Skor tes Anda belum memenuhi nilai ambang batas, sehingga proses lamaran Anda "
     "tidak kami lanjutkan.\n\nHormat kami,\nTim Rekrutmen\nPT Sawit Lestari Jaya", "Sawit Lestari Jaya"),
    # a Swahili letter: its "YAH:" heading, its organisation and its copy list
    ("Ushirika wa Wavuvi wa Kilwa <utawala@wavuvikilwa.example.org>",
     "YAH: MATOKEO YA USAILI - NAFASI YA AFISA UGAVI",
     "Ndugu Alex Morgan,\n\nKwa masikitiko tunakujulisha kwamba hukufanikiwa kuchaguliwa kwa nafasi "
     "hii.\n\nWako,\nHalima Said\nKATIBU\nNakala: Mwenyekiti wa Bodi ya Ushirika",
     "Ushirika wa Wavuvi wa Kilwa"),
    # a Tetum desk before the comma, the ministry after it
    ("Nelson Amaral <nelson.amaral@rh.saude.example.org>", "Re: Aplikasaun",
     "Bondia Alex,\n\nDeskulpa tarde. Hafoin entrevista, painel la hili Ita ba pozisaun Ofisiál "
     "Logístika.\n\nNelson Amaral\nSeksaun Rekursu Umanu, Ministériu Saúde", "Ministériu Saúde"),
])
def test_the_employer_is_read(sender: str, subject: str, body: str, company: str) -> None:
    assert draft(sender, subject, body).company == company


def test_a_catalan_selection_portal_after_the_name_goes() -> None:
    body = ("Oferta: Zelador/a de planta\nEstat: No seleccionada\n\nLa teva candidatura no ha estat "
            "seleccionada per passar a la fase següent del procés.\n\nAtentament,\nHospital Vall Alta")
    got = draft("Hospital Vall Alta - Portal de Selecció <noreply@treballa.example.org>",
                "Actualització de la teva candidatura", body)
    assert got.company == "Hospital Vall Alta"


def test_a_kazakh_firm_signed_with_its_form_and_the_signers_title() -> None:
    body = ("Алекс, сәлеметсіз бе!\n\nКешіріңіз, бұл жолы сізге ұсыныс жасай алмаймыз.\n\n"
            "Дәурен Жақсылықов\n«Ертіс Бұрғылау» ЖШС, бас инженер")
    assert draft("Дәурен Жақсылықов <d.zh@ertisburgylau.example.com>", "Re: Бұрғылау шебері",
                 body).company == "Ертіс Бұрғылау"


def test_timors_lorosae_is_part_of_the_name() -> None:
    body = ("Alex bondia,\n\nDeskulpa los, ita la hetan servisu kaixa. Ami foti ema ida ne'ebé hela "
            "iha Baucau ona.\n\nObg barak!\nErmelinda Guterres\nJerente Balkaun, Banku Mota Lorosa'e "
            "- Baucau")
    got = draft("Ermelinda Guterres <ermelinda@bml.example.com>", "entrevista kaixa", body)
    assert got.company == "Banku Mota Lorosa'e"


# ---------------------------------------------------------------- titles and stages

@pytest.mark.parametrize(("subject", "body", "role"), [
    ("Actualizare aplicație: Inginer hidrotehnician – Hidroconstrucția Ardeal SRL",
     "Salut, Alex!\n\nAngajatorul a analizat CV-ul tău și a decis să nu continue cu aplicația ta.\n\n"
     "Echipa JobAtlas", "Inginer hidrotehnician"),
    ("Rezultat selecție",
     "Stimată doamnă,\n\nVă comunicăm că nu ați fost selectată pentru postul de Asistent universitar.\n"
     "\nComisia", None),
    ("Notificació de resultats - Convocatòria GA-2026-014",
     "Convocatòria: GA-2026-014\nLloc: Tècnic/a de Turisme (Departament de Turisme i Comerç)\n\n"
     "Senyora,\n\nUs notifiquem que la persona aspirant no ha assolit la puntuació mínima de 5 punts "
     "en la prova de coneixements.\n\nÀrea de Selecció", "Tècnic/a de Turisme"),
    ("Ward Clerk (3 Posts) - shortlisting results",
     "Dear Applicant,\n\nWe regret to inform you that you were not shortlisted for the Ward Clerk "
     "posts.\n\nCounty Public Service Board", "Ward Clerk"),
])
def test_a_title_from_the_seventy_eighth_pass_is_read(subject: str, body: str,
                                                      role: str | None) -> None:
    got = draft(EMPLOYER, subject, body)
    if role is None:  # "Asistent universitar" stays one title, not "Asistent"
        assert got.role != "Asistent"
    else:
        assert got.role is not None and got.role.casefold() == role.casefold()


@pytest.mark.parametrize(("subject", "body"), [
    ("Contracte de guia - temporada d'estiu",
     "Benvolguda Alex,\n\nEl mes de març et vam oferir la plaça de guia per a l'estiu. Avui el Servei "
     "d'Immigració ens ha denegat la quota de treball, i sense aquesta autorització no et podem "
     "contractar, així que hem de retirar l'oferta.\n\nPere\nGuies del Pirineu"),
    ("Отзыв предложения о работе — Кладовщик",
     "Алекс, добрый день.\n\nВынуждена сообщить, что ООО «Склад Плюс» отзывает предложение о работе на "
     "должность кладовщика от 12 января. Причина — компания не получила разрешение на привлечение "
     "иностранных работников.\n\nС уважением,\nОльга Тимофеева"),
])
def test_an_offer_taken_back_is_the_offer_stage(subject: str, body: str) -> None:
    assert kind(subject, body) == "rejection"
    assert draft(EMPLOYER, subject, body).stage == "offer"


# ---------------------------------------------------------------- reasons

@pytest.mark.parametrize(("body", "reason"), [
    ("Hi Alex,\n\nThank you for the final round. The Ministry of Labour confirmed that this grade now "
     "falls under the Omanisation list, so the position must go to an Omani national.\n\nBest,\nHR",
     "falls under the Omanisation list"),
    ("Hi Alex,\n\nThanks for the dives with us. Sadly it's a no for the guide post: we really need an "
     "instructor, MSDT at minimum, not a divemaster.\n\nCheers,\nSam",
     "we really need an instructor"),
    ("Cara Alex,\n\nIl posto di tecnico non è per te questa volta. Die ausgeschriebene Stelle konnten "
     "wir inzwischen mit einem Kollegen aus unserem Grazer Team besetzen.\n\nGrüße\nAnna",
     "mit einem Kollegen aus unserem Grazer Team besetzen"),
    ("Dukacita dimaklumkan bahawa permohonan tuan tidak berjaya kerana pengisian jawatan tersebut "
     "telah dibatalkan berikutan arahan pembekuan pengisian jawatan baharu.\n\nUnit Sumber Manusia",
     "pembekuan pengisian jawatan"),
    ("Salom Alex,\n\nРости гап, ин дафъа намешавад: ба мо одаме лозим, ки аз рӯзи аввал дар Kotlin кор "
     "карда тавонад.\n\nБахтиёр\nCTO", "ба мо одаме лозим"),
    ("Convocatòria: GA-2026-014\nNúm. de registre: 2026/11873\n\nSenyora,\n\nUs notifiquem que la "
     "persona aspirant no ha assolit la puntuació mínima de 5 punts en la prova escrita.\n\nÀrea de "
     "Selecció", "no ha assolit la puntuació mínima"),
])
def test_the_reason_is_read(body: str, reason: str) -> None:
    got = draft(EMPLOYER, "Your application", body)
    assert got.reason is not None and reason in got.reason
