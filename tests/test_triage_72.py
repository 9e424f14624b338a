"""Seventy-second pass, read end to end from letters written for these tests (not the corpus's).

Sealing fresh331-335 (Crimea and the Black Sea; Quebec; Mauritius and Réunion; Upper Silesia;
Kyrgyzstan) taught triage the noes below, a forward's header lines in the languages of Central
and Eastern Europe (so that a friend's own no, forwarded, stays hers), and the field readers:
footers, headings and messenger numbers that are no company, a French competition before the
post, a Russian title in the genitive, offers taken back in Russian and Polish, and signers
under a French formal close, a "(Mrs)" or a Polish "z up.".
"""

from __future__ import annotations

import pytest

from ajar.formats.mail_forward import find_forward
from helpers import letter_draft as draft
from helpers import letter_kind as kind

EMPLOYER = "Talent <jobs@employer.example.com>"


@pytest.mark.parametrize(("subject", "body"), [
    # Russian: the director took his own man, no other job word than a note's
    ("по диспетчеру",
     "Привет, Алекс.\n\nКороче, с местом диспетчера не срослось: начальник взял своего человека "
     "из Феодосии.\n\nНа связи.\nИгорь"),
    # Russian: an offer taken back, the offer named first
    ("Re: выход на работу",
     "Алекс, добрый день.\n\nПредложение о работе, которое мы отправили вам в понедельник, мы, к "
     "сожалению, вынуждены отозвать: бюджет на следующий год сокращён.\n\nС уважением,\nОльга"),
    # Russian: after an interview, "we cannot continue the process"
    ("Итоги интервью — аналитик данных",
     "Алекс, здравствуйте!\n\nСпасибо за интервью на прошлой неделе. К сожалению, продолжить "
     "процесс мы не сможем: компания не оформляет сотрудников за рубежом.\n\nIT-рекрутер Анна"),
    # Russian: a start-up goes on with others, after a call
    ("Backend",
     "Алекс, привет! Спасибо за созвон. По бэкенду мы дальше пойдём с другими кандидатами, но "
     "было приятно познакомиться.\n\nАйгерим"),
    # Quebec French: the post abolished and the process cancelled
    ("Processus de sélection – Conseillère cadre",
     "Madame,\n\nNous devons vous informer que ce processus est annulé. Le poste a été aboli à la "
     "suite de la réorganisation de la direction et aucune nomination ne sera effectuée.\n\n"
     "Veuillez agréer, Madame, nos salutations distinguées.\n\nMarc Tremblay"),
    # A French public competition's list the reader is not on
    ("Concours interne d'attaché – résultats d'admissibilité",
     "Madame,\n\nLe jury du concours interne d'attaché d'administration a arrêté la liste des "
     "candidats admissibles. Je suis au regret de vous informer que vous n'y figurez pas, votre "
     "note étant inférieure au seuil d'admissibilité.\n\nLe bureau des concours"),
    # Silesian: no money for a new post, "we will not take anyone"
    ("Monter – jak to je",
     "Pani Alex,\n\nszef pedzioł, że na tyn rok niy ma piniyndzy na nowy etat, tak że niy bydymy "
     "brać nikogo.\n\nPozdrowiom\nHeniek"),
    # Icelandic: another applicant was chosen
    ("Bókari – niðurstaða",
     "Sæl Alex,\n\nTakk fyrir viðtalið vegna starfsins. Því miður varð annar umsækjandi fyrir "
     "valinu.\n\nBestu kveðjur,\nSigrún"),
    # Mauritian Creole: "we will not be able to take you for the post"
    ("Pou post resepsionis",
     "Bonzour Alex,\n\nMersi pou lantretien. Malerezman nou pa pou kapav pran twa pou post "
     "Resepsionis, nou pena ase larzan.\n\nRavi"),
    # English: what the firm needs is not the post the reader applied for
    ("Our chat",
     "Hi Alex,\n\nThanks for coming in for the interview. We've realised that what we need right now is not a "
     "marketing lead but more hands in the warehouse, so we'll keep things as they are.\n\nPete"),
])
def test_a_no_read_from_fresh331_335_is_a_rejection(subject: str, body: str) -> None:
    assert kind(subject, body, EMPLOYER) == "rejection"


def test_a_start_ups_french_first_call_is_an_interview() -> None:
    body = ("Allo Alex!\n\nMerci pour ta candidature au poste de Chargée de projet. On aimerait "
            "faire un premier call de 30 min cette semaine. Pas besoin de préparer quoi que ce "
            "soit, c'est vraiment pour apprendre à se connaître.\n\nJulie")
    assert kind("On se parle?", body, EMPLOYER) == "interview"


def test_a_decision_put_off_that_says_not_rejected_is_no_no() -> None:
    body = ("Vážená paní Morgan,\n\nrozhodnutí ve výběrovém řízení na pozici Referent se posouvá. "
            "Vaše přihláška zůstává v řízení a nebyla zamítnuta.\n\nPersonální oddělení")
    assert kind("Prodloužení výběrového řízení", body, EMPLOYER) != "rejection"


def test_a_russian_interview_moved_is_an_interview() -> None:
    body = ("Добрый день, Алекс!\n\nК сожалению, наше собеседование в среду не состоится: "
            "руководитель в командировке. Можем предложить другие варианты: пятница, 11:00, или "
            "понедельник, 15:00.\n\nС уважением,\nМарина, рекрутер")
    assert kind("Перенос собеседования", body, EMPLOYER) == "interview"


def test_an_icelandic_flat_given_to_another_applicant_is_no_job() -> None:
    body = ("Sæl Alex,\n\nUmsókn þín um leiguíbúð að Hafnargötu 3 hefur verið afgreidd. Því miður "
            "varð annar umsækjandi fyrir valinu við úthlutun íbúðarinnar.\n\nÞjónustuver")
    assert kind("Úthlutun leiguíbúðar", body, "Leigufélag <info@leiga.example.org>") == "other"


# ---------------------------------------------------------------- a forward in Polish

FRIENDS_FORWARD = (
    "Alex,\n\nno i widzisz, mnie też nie wzięli. Przesyłam Ci, jak oni to piszą.\n\nOla\n\n"
    "---------- Forwarded message ---------\n"
    "Od: Rekrutacja Huta Zabrze <rekrutacja@huta.example.com>\n"
    "Data: czw., 19 lut 2026 o 14:02\n"
    "Temat: Odpowiedź w sprawie rekrutacji\n"
    "Do: Aleksandra Nowak <ola.nowak@poczta.example.net>\n\n"
    "Pani Aleksandro,\n\ndziękujemy za udział w rekrutacji na stanowisko Technolog. Z przykrością "
    "informujemy, że wybraliśmy innego kandydata.\n\nDział Personalny\nHuta Zabrze S.A.\n")


def test_a_polish_forwards_header_lines_are_read() -> None:
    forwarded = find_forward(FRIENDS_FORWARD)
    assert forwarded is not None
    assert forwarded.address == "rekrutacja@huta.example.com"
    assert forwarded.subject == "Odpowiedź w sprawie rekrutacji"
    assert forwarded.to == "Aleksandra Nowak <ola.nowak@poczta.example.net>"


@pytest.mark.parametrize(("marker_lines", "address"), [
    ("От: Отдел кадров <hr@zavod.example.com>\nДата: 3 марта 2026\nТема: Ваш отклик\n"
     "Кому: Алекс <alex.morgan@example.net>", "hr@zavod.example.com"),
    ("Kimden: İK <ik@firma.example.com>\nTarih: 3 Mart 2026\nKonu: Başvurunuz\n"
     "Kime: Alex <alex.morgan@example.net>", "ik@firma.example.com"),
    ("Od: HR <hr@firma.example.cz>\nOdesláno: 3. března 2026\nPředmět: Vaše přihláška\n"
     "Komu: Alex <alex.morgan@example.net>", "hr@firma.example.cz"),
])
def test_forward_headers_in_other_languages(marker_lines: str, address: str) -> None:
    text = f"FYI\n\n---------- Forwarded message ---------\n{marker_lines}\n\nText.\n"
    forwarded = find_forward(text)
    assert forwarded is not None and forwarded.address == address
    assert "alex.morgan@example.net" in forwarded.to


def test_a_friends_own_no_forwarded_in_polish_is_not_the_readers() -> None:
    assert kind("Fwd: Odpowiedź w sprawie rekrutacji", FRIENDS_FORWARD,
                "Ola Nowak <ola.nowak@poczta.example.net>") == "other"


# ---------------------------------------------------------------- fields

NO_IN_FRENCH = ("Bonjour Alex,\n\nMerci pour ta candidature au poste de Responsable de salle. "
                "On a choisi une autre personne.\n\nCamille\n\n")


@pytest.mark.parametrize(("sender", "body", "company"), [
    # a mailer's footer in French is nobody's company
    ("Le Comptoir <no-reply@mail.teamtailor.example.com>",
     NO_IN_FRENCH + "Envoyé avec Teamtailor", None),
    # ... nor a messenger's handle and number
    ("Ordo Kadry <hr@ordokadry.example.com>",
     "Алекс, добрый день.\n\nПо вакансии Team Lead мы выбрали другого кандидата.\n\nС уважением,\n"
     "Мадина\n+7 727 000 00 00 | WhatsApp/Telegram +7 701 000 00 00", None),
])
def test_a_footer_or_a_messenger_line_is_no_company(sender: str, body: str,
                                                    company: str | None) -> None:
    found = draft(sender, "Ta candidature", body).company
    assert found != "Envoyé avec Teamtailor" and not (found or "").startswith("WhatsApp")


def test_a_results_desk_in_the_senders_name_is_no_company() -> None:
    body = ("Madame,\n\nÀ la suite de l'examen, nous vous informons que vous n'avez pas obtenu la "
            "note de passage pour le poste d'analyste.\n\nVeuillez agréer, Madame, l'expression de "
            "nos sentiments distingués.\n\nLouise Gagnon\nConseillère en dotation\n"
            "Ministère des Forêts et des Parcs")
    found = draft("Carrières Québec – Résultats <resultats@carrieres.example.org>",
                  "Résultat – Processus de qualification", body)
    assert found.company == "Ministère des Forêts et des Parcs"
    assert found.person.name == "Louise Gagnon"  # under "sentiments distingués"


def test_a_defined_acronym_keeps_its_elided_article_inside_the_name() -> None:
    body = ("Madame,\n\nJe suis au regret de vous informer que votre candidature n'a pas été "
            "retenue.\n\nFlorence Payet\nInstitut de Recherche de l'Océan Austral (IROA)\n"
            "www.iroa.example.org")
    found = draft("IROA – DRH <drh@iroa.example.org>", "Votre candidature", body)
    assert found.company == "Institut de Recherche de l'Océan Austral"


def test_a_polish_name_read_inflected_in_the_text_takes_the_signed_form() -> None:
    body = ("Szanowna Pani,\n\ndziękujemy za udział w procesie rekrutacyjnym na stanowisko "
            "Inżynier procesu w Śląskiej Spółce Ciepłowniczej S.A. Niestety wybraliśmy innego "
            "kandydata.\n\nZ poważaniem\nJan Kowal\n\nŚląska Spółka Ciepłownicza S.A.\n"
            "ul. Długa 1, Katowice")
    found = draft("Rekrutacja <rekrutacja@ssc.example.com>", "Rekrutacja", body)
    assert found.company == "Śląska Spółka Ciepłownicza"


def test_a_czech_state_enterprises_form_is_left_out() -> None:
    body = ("Vážená paní Morgan,\n\nvýběrové řízení bylo zrušeno bez výběru uchazeče.\n\n"
            "S pozdravem\nPetr Novák\nVodní cesty Ostrava, s.p.")
    found = draft("Vodní cesty Ostrava, s.p. <hr@vodnicesty.example.cz>", "Výběrové řízení", body)
    assert found.company == "Vodní cesty Ostrava"


@pytest.mark.parametrize(("sender", "subject", "body", "role"), [
    # a Russian title in the genitive after "на позицию"
    ("ТрекЛайн <hr@trekline.example.com>", "Оффер на позицию DevOps-инженера",
     "Алекс, добрый день.\n\nОффер на позицию DevOps-инженера, который мы направили вам 2 "
     "декабря, мы вынуждены отозвать.\n\nС уважением,\nАнна", "DevOps-инженер"),
    # ... and its employer after "в"
    ("Qazaq EdTech <hr@qazaq.example.com>", "Product Analyst в Qazaq EdTech — решение",
     "Алекс, здравствуйте!\n\nК сожалению, по итогам финального этапа мы выбрали другого "
     "кандидата.\n\nС уважением,\nQazaq EdTech", "Product Analyst"),
    # a French competition named before the post it recruits for
    ("Bureau des concours <concours@ministere.example.org>",
     "Concours externe de technicien de l'environnement - résultats",
     "Madame,\n\nJe suis au regret de vous informer que vous ne figurez pas sur la liste des "
     "candidats admissibles.\n\nLe bureau des concours", "Technicien de l'environnement"),
])
def test_where_a_title_starts_and_stops(sender: str, subject: str, body: str, role: str) -> None:
    assert draft(sender, subject, body).role == role


@pytest.mark.parametrize(("subject", "body"), [
    ("Re: Координатор — выход на работу",
     "Алекс, добрый день.\n\nПредложение о работе, которое мы направили вам 2 декабря, мы "
     "вынуждены отозвать.\n\nС уважением,\nАндрей"),
    ("Cofnięcie propozycji zatrudnienia – Technolog",
     "Szanowna Pani,\n\nz przykrością informuję, że musimy wycofać propozycję zatrudnienia na "
     "stanowisku Technolog, którą przekazaliśmy Pani w kwietniu.\n\nZ poważaniem\nJan Kowal"),
])
def test_an_offer_taken_back_in_russian_or_polish_is_at_the_offer_stage(subject: str,
                                                                         body: str) -> None:
    assert draft(EMPLOYER, subject, body).stage == "offer"


@pytest.mark.parametrize(("closing", "name"), [
    ("Yours faithfully,\n\n(Mrs) Priya Ramdin\nfor Officer-in-Charge\nMarine Institute",
     "Priya Ramdin"),
    ("Z poważaniem\nz up. Dyrektora\nAnna Pietrzyk\nNaczelnik Wydziału Kadr", "Anna Pietrzyk"),
    ("Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\n"
     "Pour le ministre et par délégation,\nLa cheffe du bureau des concours et examens "
     "professionnels\n\nIsabelle Hoarau", "Isabelle Hoarau"),
])
def test_the_signer_under_an_office_or_a_courtesy_title(closing: str, name: str) -> None:
    body = ("Dear Alex,\n\nI regret to inform you that you have not been selected for "
            "appointment.\n\n" + closing)
    assert draft(EMPLOYER, "Outcome of Selection Exercise", body).person.name == name
