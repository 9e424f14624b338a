"""Forty-seventh pass, read end to end from letters written for these tests (not the corpus's):
what the blind splits fresh201-205 showed (a renewable-energy engineer's mail in Sardinia and
Corsica, a logistics analyst's in Bangladesh and the Maldives, an Android developer's from
Belarus in Lithuania and Poland, a geologist's in Angola, Mozambique, Zambia and Zimbabwe, a UX
researcher's in Lebanon and Jordan).

Noes in French, Bengali, Banglish, Belarusian, Russian, Portuguese and Lebanese Arabizi; a job
that needs a visa or a professional registration is still a job; an Italian call published, a
Belarusian grant round and a friend's own final in Russian are no noes; a street under a
signature and a tracking system's mail host are no employer; a Polish "w" before the employer
and an Italian interview before the title are no part of it; reasons in these languages."""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft, letter_kind as kind


# ------------------------------------------------------------------ noes

@pytest.mark.parametrize(("subject", "body"), [
    ("Votre candidature - chargé d'affaires éolien",
     "Bonjour Alex,\n\nMerci pour l'entretien de jeudi. Après réflexion, l'équipe a fait le choix "
     "d'un candidat qui habite déjà à Bastia.\n\nBien à vous,\nPaul-Antoine"),
    ("আবেদনের ফলাফল - Logistics Officer",
     "প্রিয় অ্যালেক্স,\n\nআপনার আবেদনের জন্য ধন্যবাদ। দুঃখিত, এবার আমরা আপনাকে সাক্ষাৎকারের জন্য "
     "নির্বাচন করতে পারছি না।\n\nমানবসম্পদ বিভাগ"),
    ("Interview result - Merchandiser",
     "Dear Alex,\n\nDhonnobad amader office e ashar jonno. Dukkhito, apni final round er jonno "
     "shortlisted hon nai.\n\nHR"),
    ("Наконт вакансіі",
     "Добры дзень, Алекс!\n\nДзякуй, што знайшлі час на размову. На жаль, мушу напісаць, што "
     "працэс па вакансіі «Android-распрацоўшчык» мы спыняем. Пазіцыя замарожаная: інвестар "
     "перанёс транш на вясну.\n\nДзякуй за цярплівасць!\nКацярына"),
    ("Candidatura - Geólogo de Exploração",
     "Caro Alex,\n\nObrigado pela entrevista. Infelizmente não nos é possível, de momento, avançar "
     "com a sua candidatura, porque a função exige disponibilidade imediata.\n\nRecrutamento"),
    ("Concurso n.º 7/2025 - Técnico de Geologia",
     "Exmo. Senhor,\n\nNo concurso para o cargo de Técnico Superior de Geologia, vimos informar "
     "que a sua candidatura consta da lista de candidatos excluídos, por falta do certificado de "
     "habilitações.\n\nO Júri"),
    ("Design Researcher role",
     "Hey Alex,\n\nMerci 3al wa2et. Bas ba3d ma 7kina, we decided nrou7 ma3 7ada 3ando more "
     "banking experience.\n\nNour"),
    ("Fwd: Cedar Bank - feedback",
     "Hi Alex,\n\nJust spoke to the client about the Product Researcher role. Malheureusement ma "
     "mashyet hal marra, they went internal.\n\nKarim"),
])
def test_a_no_in_these_words_is_a_no(subject, body):
    assert kind(subject, body) == "rejection"


def test_a_terse_russian_no_after_a_take_home_opens_the_gate():
    body = ("Алекс, привет.\n\nПосмотрели тестовое. Дальше не пойдём, нужен человек с опытом "
            "KMP в проде.\n\nГ.")
    assert kind("Тестовое", body) == "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    ("A sua candidatura - Geólogo de Produção",
     "Olá Alex,\n\nObrigada pela conversa. Como a função começa em fevereiro, não nos é possível "
     "avançar com candidaturas que impliquem a obtenção de visto de trabalho e autorização de "
     "residência.\n\nInês, Recrutamento e Seleção"),
    ("Environmental Geologist",
     "Hi Alex,\n\nThanks for the call. Unfortunately we won't be moving forward to the technical "
     "interview: we need someone registered from day one, and you'd need to apply for "
     "registration once you arrive.\n\nLerato"),
])
def test_a_job_that_needs_a_visa_or_a_registration_is_still_a_job(subject, body):
    assert kind(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body", "wanted"), [
    ("Pubblicato il Bando di concorso n. 2/2026",
     "Spett.le utente,\n\nè stato pubblicato il bando di concorso per 3 posti di funzionario "
     "tecnico. Scadenza per la presentazione delle domande: 10 marzo 2026. Le domande pervenute "
     "oltre il termine non saranno prese in considerazione.\n\nUfficio Reclutamento", "other"),
    ("Вынікі конкурсу мікрагрантаў",
     "Шаноўны Алекс!\n\nНа жаль, паведамляем, што ваша заяўка на мікрагрант не атрымала "
     "фінансавання.\n\nФонд", "other"),
    ("Ну что, новости",
     "Алекс, привет!\n\nПомнишь, я ходил в Кодекс на финал? Сегодня пришёл отказ — «выбрали "
     "кандидата с большим опытом». Обидно.\n\nПаша", "other"),
])
def test_a_call_a_grant_or_a_friends_final_is_no_no(subject, body, wanted):
    assert kind(subject, body, "Someone <someone@example.org>") == wanted


# ------------------------------------------------------------------ fields

@pytest.mark.parametrize(("sender", "subject", "body", "employer"), [
    ("Rami Haddad <rami@studiocedre.example.com>", "Cedre - Design Researcher",
     "Hey Alex,\n\nKifak? Merci ktir 3al wa2et. Bas bseraha we decided nrou7 ma3 7ada 3ando more "
     "fintech experience.\n\nRami\n\n--\nRami Haddad\nFounder & Design Director, Studio Cedre\n"
     "Armenia Street, Mar Mikhael, Beirut\n+961 3 123 456", "Studio Cedre"),
    ("Tanvir Rahman <tanvir@noukacargo.example.com>", "Ops Lead",
     "Alex bhai,\n\nSalam. Shorashori boli: amra Ops Lead role ta niye apnar sathe agaite parchhi "
     "na. Internal promotion diye fill korbo.\n\nTanvir\nFounder & CEO, Nouka Cargo\nHouse 17, "
     "Road 4, Banani, Dhaka 1213\n+880 1713-000000", "Nouka Cargo"),
    ("Atelier Bayt <noreply@workablemail.example.com>",
     "Votre candidature - Service Designer (H/F) - Atelier Bayt",
     "Bonjour Alex,\n\nMerci pour votre candidature au poste de Service Designer (H/F) au sein "
     "d'Atelier Bayt. C'est avec regret que nous ne donnerons pas suite à votre candidature pour "
     "le moment.\n\nCarla Saad\nResponsable Recrutement - Atelier Bayt\nRue Gouraud, Gemmayzé, "
     "Beyrouth\n\nEnvoyé via Workable", "Atelier Bayt"),
    ("Nakhla Developments <nakhla@myworkday-mail.example.com>", "Your application",
     "Dear Alex,\n\nWe regret to inform you that we will not be moving forward with your "
     "application. We appreciate your interest in Nakhla Developments.\n\nTalent Acquisition",
     "Nakhla Developments"),
])
def test_a_street_or_a_systems_host_is_no_employer(sender, subject, body, employer):
    assert draft(sender, subject, body).company == employer


@pytest.mark.parametrize(("subject", "title"), [
    ("Status Twojej aplikacji: Android Developer (Kotlin) w Kodmar", "Android Developer (Kotlin)"),
    ("Android Developer w Krakowie", "Android Developer"),
    ("Re: Colloquio Project Engineer", "Project Engineer"),
])
def test_an_employer_or_an_interview_around_the_title_is_no_part_of_it(subject, title):
    body = "Hi Alex,\n\nUnfortunately we will not be moving forward with your application.\n\nHR"
    assert draft("HR <hr@example.com>", subject, body).role == title


def test_a_polish_w_before_the_employer_names_it():
    body = "Dzień dobry,\n\nniestety nie przechodzisz do kolejnego etapu.\n\nZespół HR"
    assert draft("Just Hire IT <no-reply@justhire.example.com>",
                 "Status Twojej aplikacji: Android Developer (Kotlin) w Kodmar", body).company == "Kodmar"


@pytest.mark.parametrize(("subject", "body", "reason"), [
    ("পদ স্থগিত",
     "প্রিয় অ্যালেক্স,\n\nদুঃখিত, আমরা আপনার আবেদন নিয়ে আর এগোতে পারছি না। পুনর্গঠনের কারণে উক্ত "
     "পদটি আপাতত স্থগিত রাখা হয়েছে।\n\nমানবসম্পদ", "স্থগিত রাখা হয়েছে"),
    ("Вакансія ў Бусле",
     "Добры дзень, Алекс!\n\nНа жаль, працэс па вакансіі мы спыняем. Пазіцыя замарожаная: "
     "інвестар перанёс транш.\n\nКацярына", "Пазіцыя замарожаная"),
    ("Candidatura - Geólogo",
     "Caro Alex,\n\nInfelizmente não vamos avançar com a sua candidatura. A campanha de sondagens "
     "foi suspensa até à decisão ambiental.\n\nRH", "foi suspensa até"),
    ("Your application",
     "Hi Alex,\n\nUnfortunately we won't be moving forward. We're only able to hire in countries "
     "where we have a legal entity.\n\nSam", "hire in countries where we have a legal entity"),
])
def test_the_reason_in_these_languages(subject, body, reason):
    found = draft("HR <hr@example.com>", subject, body)
    assert found.reason and reason in found.reason


@pytest.mark.parametrize(("body", "title"), [
    ("Spett.le candidato,\n\nOggetto: Avviso pubblico n. 3/2025 di selezione per titoli e colloquio, "
     "profilo \"Funzionario tecnico - esperto in reti elettriche\". Comunicazione esito.\n\nIl "
     "punteggio da Lei conseguito è inferiore alla soglia minima. Pertanto la S.V. non è ammessa "
     "alla fase successiva della procedura.\n\nIl Responsabile", "Funzionario tecnico - esperto in reti elettriche"),
    ("Exmo. Senhor\n\nRef.ª: Concurso Público de Ingresso n.º 02/IGM/2025 – Técnico Superior de "
     "Geologia\n\nVimos notificar Vossa Excelência de que a sua candidatura consta da lista de "
     "candidatos excluídos.\n\nO Presidente do Júri", "Técnico Superior de Geologia"),
])
def test_a_public_notices_profile_or_reference_names_the_post(body, title):
    assert draft("Ufficio <protocollo@example.org>", "Comunicazione esito", body).role == title


@pytest.mark.parametrize(("subject", "body"), [
    ("Your application to Datepalm Pay",
     "Hi Alex,\n\nThanks for applying to the Mobile Engineer role. The squad works Gulf hours and "
     "we can only hire people resident in the UAE, so we aren't able to move forward with your "
     "application.\n\nThe Hiring Team"),
    ("Appointment of actuary - outcome of your proposal",
     "Dear Mr Morgan\n\nThank you for your proposal to act as actuary to the Fund. After "
     "deliberation, the Board resolved to reappoint the current actuary for a further term.\n\n"
     "Principal Officer"),
    ("Maklum balas klien - Jurutera Proses",
     "Salam Alex,\n\nSaya dah dapat maklum balas dari klien selepas temu duga. Gaji jawatan ni "
     "bawah paras minimum Pas Pekerjaan, jadi mereka terpaksa teruskan dengan calon tempatan.\n\n"
     "Siti"),
    ("Despois do martes",
     "Ola Alex:\n\nGrazas por vir o martes. Despois de darlle voltas, imos seguir con outra "
     "persoa para as mañás. Non é nada que fixeses mal.\n\nUnha aperta,\nIria"),
])
def test_a_no_the_retrained_models_dropped_is_held_by_a_rule(subject, body):
    assert kind(subject, body) == "rejection"
