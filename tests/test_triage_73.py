"""Seventy-third pass, read end to end from letters written for these tests (not the corpus's).

Sealing fresh336-340 (Sardinia and Corsica; the Scottish Highlands; Andalusia; Hokkaido; the
Bolivian altiplano) taught triage the noes below (Doric and Scots, a hiring frozen in Spanish,
a Japanese "不合格"), that an earlier no conceded before an invitation is not this letter's, an
Italian forward's "A:" line and a Korean or Scots friend's own no, and the field readers: a
Russian state body written out beside its abbreviated domain, Italian, French and Spanish
public bodies, a practice's sectors, webmail ISPs, Japanese posts and signers, Spanish deputies
and pools of hires, and signers after a Spanish "Fdo.:" or a Gaelic close.
"""

from __future__ import annotations

import pytest

from ajar.formats.mail_fields import respell
from ajar.formats.mail_forward import find_forward
from ajar.formats.mail_sender import company_from_domain
from helpers import letter_draft as draft
from helpers import letter_kind as kind

EMPLOYER = "Talent <jobs@employer.example.com>"


# ---------------------------------------------------------------- noes and not noes

@pytest.mark.parametrize(("subject", "body"), [
    # Doric: an agency's news that the client is not taking the reader on
    ("Tidal Project Officer",
     "Aye Alex,\n\nHeard fae Selkie Tidal the day. They're nae takin ye forrit, they want "
     "somebody wi mair offshore time.\n\nCheers\nAndy\nGranite Talent"),
    # Scots: the board went with someone else for the job
    ("the post",
     "Alex\n\nThanks for the interview on Thursday. We've gone wi Eilidh fae the harbour for the "
     "development officer job, she kens aabody on the island.\n\nCalum"),
    # Andalusian Spanish: the client freezes the hire
    ("Jefe de almacén · actualización",
     "Hola Alex,\n\nLogística Bética nos ha comunicado hoy que congela la contratación del jefe de "
     "almacén hasta el año que viene.\n\nUn abrazo,\nMarta"),
    # Japanese: a prefectural institute's notice, "you did not pass"
    ("令和7年度 職員採用選考 第1次選考結果について（通知）",
     "アレックス・モーガン 様\n\n令和7年10月5日に実施した第1次選考（書類選考及び専門試験）の結果、\n"
     "あなたは不合格となりましたので通知します。\n\n北海道立十勝食品試験場 総務課"),
])
def test_a_no_read_from_fresh336_340_is_a_rejection(subject: str, body: str) -> None:
    assert kind(subject, body, EMPLOYER) == "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    ("Convite para entrevista – Analista de Comunidades",
     "Olá Alex,\n\nEmbora você não tenha seguido no processo de Geóloga em março, a nossa equipe de "
     "Sustentabilidade gostou muito do seu currículo.\n\nGostaríamos de convidá-la para uma "
     "entrevista online na terça-feira às 14h.\n\nAbraços,\nFernanda"),
    ("Interview invitation – Community Liaison",
     "Hi Alex,\n\nAlthough you were not taken forward for the geologist role last year, our "
     "community team read your CV with interest.\n\nWe would like to invite you to an interview "
     "for the Community Liaison post next Tuesday.\n\nBest,\nRuth"),
])
def test_an_earlier_no_conceded_before_an_invitation_is_an_interview(subject: str,
                                                                     body: str) -> None:
    assert kind(subject, body, EMPLOYER) == "interview"


def test_a_korean_friends_own_no_is_not_the_readers() -> None:
    body = ("알렉스~\n\n나 또 떨어졌어 ㅠㅠ 부산 그 회사 최종 면접 결과 나왔는데 불합격이래.\n"
            "진짜 허탈하다...\n\n너는 요즘 어때? 다음 달에 보자!\n\n수진")
    assert kind("나 또 떨어졌어", body, "Sujin <sujin@mail.example.net>") == "other"


def test_a_scots_friends_own_no_is_not_the_readers() -> None:
    body = ("Alex!\n\nJust aff the phone. I didnae get the Lerwick job. They went wi somebody fae "
            "inside.\n\nHow did your interview go? Dinna leave me hanging.\n\nK x")
    assert kind("well that's that", body, "Kirsten <kirsten@mail.example.net>") == "other"


ITALIAN_FORWARD = (
    "Alex, ciao!\n\nTi giro la mail che mi è arrivata stamattina. Niente da fare, mi hanno "
    "scartato anche stavolta.\n\nMarco\n\n"
    "---------- Messaggio inoltrato ---------\n"
    "Da: Ufficio Selezione <selezioni@porto.example.org>\n"
    "Data: 15 dic 2025, 09:12\n"
    "Oggetto: Esito selezione Addetto Ormeggi\n"
    "A: marco.piras@posta.example.net\n\n"
    "Gentile Marco Piras,\n\nla informiamo che la sua candidatura non è stata selezionata.\n\n"
    "Cordiali saluti\nUfficio Selezione\n")


def test_an_italian_forwards_to_line_is_read() -> None:
    forwarded = find_forward(ITALIAN_FORWARD)
    assert forwarded is not None and forwarded.to == "marco.piras@posta.example.net"


def test_a_friends_own_no_forwarded_from_italian_is_not_the_readers() -> None:
    assert kind("Fwd: Esito selezione Addetto Ormeggi", ITALIAN_FORWARD,
                "Marco Piras <marco.piras@posta.example.net>") == "other"


# ---------------------------------------------------------------- companies

RUSSIAN_NO = ("Уважаемая Алекс Морган!\n\n{opening}По результатам конкурса победителем признан "
              "другой кандидат.\n\nСекретарь конкурсной комиссии\nИрина Петровна Соколова\n\n{closing}")


@pytest.mark.parametrize(("sender", "opening", "closing", "company"), [
    # the body signs its name in full; the address abbreviates it
    ("Минсельхоз РА <konkurs@minselhoz-ra.example.org>", "",
     "Министерство сельского хозяйства Республики Алтай\n649000, г. Горно-Алтайск",
     "Министерство сельского хозяйства Республики Алтай"),
    # ... or says it in the first sentence, "X сообщает"
    ("Конкурсная комиссия <kadry@komles.example.org>",
     "Комитет по лесному хозяйству Республики Тыва сообщает, что конкурс завершён. ", "",
     "Комитет по лесному хозяйству Республики Тыва"),
    # ... or in capitals on a letterhead, written back in the case a user writes
    ("Госкомвод <kadry@goskomvod.example.org>",
     "", "ГОСУДАРСТВЕННЫЙ КОМИТЕТ ПО ВОДНЫМ РЕСУРСАМ РЕСПУБЛИКИ ХАКАСИЯ\n655000, г. Абакан",
     "Государственный комитет по водным ресурсам Республики Хакасия"),
])
def test_a_russian_state_body_written_out_beats_its_domain(sender: str, opening: str,
                                                           closing: str, company: str) -> None:
    body = RUSSIAN_NO.format(opening=opening, closing=closing)
    assert draft(sender, "О результатах конкурса", body).company == company


def test_a_state_portals_card_names_the_body() -> None:
    body = ("Уважаемый(ая) Алекс Морган!\n\nИнформируем вас о результатах первого этапа конкурса.\n\n"
            "Государственный орган: Комитет Правительства Республики Тыва по делам архивов\n"
            "Должность: ведущий специалист\nРезультат: 9 из 20 баллов\n\n"
            "Решение: кандидат не допущен ко второму этапу конкурса.\n")
    found = draft("Портал «Госкадры РТ» <no-reply@goskadry.example.org>", "Результаты тестирования",
                  body)
    assert found.company == "Комитет Правительства Республики Тыва по делам архивов"


@pytest.mark.parametrize(("sender", "closing", "company"), [
    ("Corallo Kayak <no-reply@mail.teamtailor.example.com>",
     "Giulia Serra\nResponsabile escursioni — Corallo Kayak", "Corallo Kayak"),
    ("Whinny Bay Lodge <jobs@whinnybay.recruitee.example.com>",
     "Best,\nThe Whinny Bay Lodge team", "Whinny Bay Lodge"),
])
def test_an_ats_sender_that_signs_as_its_team_is_the_organisation(sender: str, closing: str,
                                                                  company: str) -> None:
    body = ("Hi Alex,\n\nThanks for your time. Unfortunately we won't be moving forward with your "
            f"application.\n\n{closing}\n")
    assert draft(sender, "Your application", body).company == company


@pytest.mark.parametrize(("sender", "closing", "company"), [
    # an Italian port authority, its name longer than sixty letters
    ("AdSP Mare di Sicilia Orientale <selezioni@adsp-sicilia.example.org>",
     "Il Dirigente dell'Area Risorse Umane\nIng. Carmelo Russo\n\n"
     "Autorità di Sistema Portuale del Mare di Sicilia Orientale\nMolo Centrale – Catania",
     "Autorità di Sistema Portuale del Mare di Sicilia Orientale"),
    # a French marine park, written in sentence case
    ("Claire Santoni <claire.santoni@parcmarin-bonifacio.example.org>",
     "Claire Santoni\nResponsable du pôle patrimoine\nParc naturel marin des Bouches\nQuai – "
     "Bonifacio", "Parc naturel marin des Bouches"),
])
def test_a_public_body_signed_in_full_is_the_employer(sender: str, closing: str,
                                                      company: str) -> None:
    body = ("Gentile candidata,\n\nla informiamo che la sua candidatura non è stata selezionata.\n\n"
            f"Cordiali saluti.\n\n{closing}\n")
    assert draft(sender, "Esito selezione", body).company == company


def test_a_competitions_office_and_a_regions_shared_label_are_no_employer() -> None:
    assert company_from_domain("concorsi@arpal.regione.example.org") == "Arpal"
    body = ("Gentile candidata,\n\nla informiamo che non ha superato la prova scritta.\n\n"
            "Distinti saluti.\n\nIl Responsabile del procedimento\nDott. Paolo Deiana\n")
    found = draft("Ufficio Concorsi <concorsi@arpal.regione.example.org>", "Esito prova scritta",
                  body)
    assert found.company != "Ufficio Concorsi" and found.person.name == "Paolo Deiana"


@pytest.mark.parametrize(("sender", "closing", "company"), [
    # an Andalusian co-operative's form, written first
    ("Antonio Ruiz <gerencia@olivaresdecazorla.example.com>",
     "Un saludo,\n\nAntonio Ruiz\nGerente\nS. Coop. And. Olivares de Cazorla\nCtra. de Jaén, km 2",
     "Olivares de Cazorla"),
    # a Spanish council's e-office sends for the council
    ("Sede Electrónica Ayuntamiento de Ronda <notificaciones@ronda.example.es>",
     "Atentamente,\n\nÁrea de Recursos Humanos\nAyuntamiento de Ronda", "Ayuntamiento de Ronda"),
])
def test_a_spanish_form_or_e_office_is_left_out(sender: str, closing: str, company: str) -> None:
    body = f"Hola Alex,\n\nal final no vamos a contar contigo para la plaza.\n\n{closing}\n"
    assert draft(sender, "La plaza de logística", body).company == company


def test_a_bilingual_bodys_name_that_shares_the_domains_word() -> None:
    body = ("Dear Alex,\n\nThank you for applying. Unfortunately you have not been shortlisted.\n\n"
            "Kind regards,\n\nIain Macleod\nUrras Coimhearsnachd Ghleann Ùr / Glen Ur Community "
            "Trust\n")
    assert draft("Iain Macleod <iain@glenur-trust.example.org>", "Your application",
                 body).company == "Glen Ur Community Trust"


def test_a_recruiters_practice_of_sectors_is_not_the_employer() -> None:
    body = ("Hola Alex,\n\nel cliente ha decidido seguir con otra candidata.\n\nUn abrazo,\n\n"
            "Lucía Ortega\nSenior Consultant · Supply Chain & Logistics\nC/ Larios 4, 29005 Málaga\n")
    found = draft("Lucía Ortega <lucia@bahiapartners.example.com>", "Actualización", body)
    assert found.company != "Supply Chain & Logistics"


@pytest.mark.parametrize("address", ["owner@orange.fr", "owner@libero.it", "owner@orange.example.net"])
def test_a_webmail_isp_names_no_employer(address: str) -> None:
    assert company_from_domain(address) is None
    assert company_from_domain("hr@orange.com") == "Orange"


def test_a_two_line_note_signed_with_the_firm_and_its_town() -> None:
    body = ("Bonjour,\n\nMerci pour votre candidature, mais ce ne sera pas possible pour nous.\n"
            "Bonne continuation.\n\nJean-Marc Poli\nLes Salines de Porto-Vecchio – Lecci\n\n"
            "Envoyé de mon iPhone\n")
    found = draft("Jean-Marc Poli <salines.pv@orange.example.net>", "Candidature", body)
    assert found.company == "Les Salines de Porto-Vecchio"
    assert found.person.name == "Jean-Marc Poli"


@pytest.mark.parametrize(("closing", "company"), [
    ("Mediterranea Engineering Group S.p.A.", "Mediterranea Engineering Group"),  # "X Engineering Group"
    ("Minera Jach'a Qullu S.A.", "Minera Jach'a Qullu"),  # an Aymara ejective, no Turkish case
    ("Achmore Community Wind (chair, unpaid)", "Achmore Community Wind"),  # a remark in brackets
])
def test_the_signatures_organisation_kept_whole(closing: str, company: str) -> None:
    body = ("Hi Alex,\n\nThanks for your time. Unfortunately we won't be going ahead with your "
            f"application.\n\nKind regards,\n\nLorenzo Angioni\nTalent Lead\n{closing}\n")
    found = draft("Lorenzo Angioni <talent@mediterranea-eng.icims.example.com>", "Update", body)
    assert found.company == company


def test_a_subjects_update_word_is_no_company() -> None:
    body = ("Ciao Alex,\n\npurtroppo il cliente ha scelto un altro profilo.\n\nA presto,\n\n"
            "Valentina Cossu\nSenior Consultant\nNuraghe Talent S.r.l.\n")
    found = draft("Valentina Cossu <v.cossu@nuraghetalent.example.com>",
                  "Aggiornamento – Environmental Project Manager", body)
    assert found.company == "Nuraghe Talent"


def test_a_run_together_domain_respelled_whose_ae_is_no_umlaut() -> None:
    assert respell("Giraldaexecutive", "Saludos\n\nIgnacio\nGiralda Executive Search\n") \
        == "Giralda Executive"


def test_a_subjects_place_inside_the_firms_name_is_no_other_company() -> None:
    body = ("Hola Alex,\n\nal final decidimos contratar a una persona que vive en Calama.\n\n"
            "Saludos,\n\nFrancisca Araya\nGerenta de Asuntos Corporativos\nMinera Altos de Tuina SpA\n")
    found = draft("Francisca Araya <faraya@altosdetuina.example.com>",
                  "Re: Postulación Encargado de Relaciones Comunitarias – Tuina", body)
    assert found.company == "Minera Altos de Tuina"


# ---------------------------------------------------------------- roles

@pytest.mark.parametrize(("subject", "body", "role"), [
    ("【十勝みなみ農協】書類選考結果のご連絡",
     "アレックス・モーガン 様\n\nこの度は、十勝みなみ農協 職員採用（牛乳品質管理担当）にご応募いただき、"
     "誠にありがとうございました。\n\n誠に残念ではございますが、今回はご期待に沿いかねる結果となりました。",
     "牛乳品質管理担当"),
    ("二次面接の結果について",
     "モーガン様\n\n社内で慎重に検討を重ねましたが、今回は製造技術職（品質保証）の採用を\n"
     "見送らせていただくこととなりました。", "製造技術職（品質保証）"),
    ("選考結果について",
     "アレックスさん\n\n正直かなり悩んだんですけど、\nフードデータアナリストのポジションは今回見送らせてください。",
     "フードデータアナリスト"),
    ("【キタシゴト】応募先企業からメッセージが届きました",
     "モーガン様\n\n応募先：有限会社富良野ラボ\n応募求人：農業技術指導員（正社員）\n\n"
     "大変申し訳ございませんが、今回は採用を見送らせていただきます。", "農業技術指導員"),
])
def test_a_japanese_post_is_read(subject: str, body: str, role: str) -> None:
    assert draft(EMPLOYER, subject, body).role == role


@pytest.mark.parametrize(("subject", "body", "role"), [
    ("Lo de la oferta",
     "Hola Alex,\n\ntengo que retirar la oferta de Subdirector de Hotel que te enviamos el 3 de "
     "marzo.\n\nUn saludo,\nPedro", "Subdirector de Hotel"),
    ("Notificación: lista definitiva",
     "Procedimiento: Constitución de Bolsa de Trabajo de Técnico de Deportes (personal interino)\n\n"
     "Queda usted excluida por no acreditar la titulación exigida.", "Técnico de Deportes"),
    ("Resultado",
     "Kamisaki Alex,\n\nno te hemos seleccionado para el cargo de Facilitador(a) Intercultural del "
     "programa.\n\nJallalla,\nRosa", "Facilitador Intercultural"),
    ("Ta candidature",
     "Bonjour Alex,\n\nMerci d'avoir postulé pour le poste de Guide naturaliste kayak de mer sur "
     "notre base de Porto. Nous avons retenu une autre personne.\n\nJulie", "Guide naturaliste kayak de mer"),
    ("Colloqui",
     "Ciao Alex,\n\nabbiamo chiuso i colloqui per il ruolo di Responsabile Qualità delle Acque e, "
     "alla fine, abbiamo scelto una persona interna.\n\nFranco", "Responsabile Qualità delle Acque"),
    ("Update regarding Req #4471 Terminal Supervisor, Port of Cádiz",
     "Dear Alex,\n\nThis requisition has been cancelled and no candidate will be appointed.\n\n"
     "Kind regards,\nTalent Team", "Terminal Supervisor"),
])
def test_where_a_title_starts_and_stops(subject: str, body: str, role: str) -> None:
    assert draft(EMPLOYER, subject, body).role == role


# ---------------------------------------------------------------- signers and stage

@pytest.mark.parametrize(("sender", "closing", "name"), [
    (EMPLOYER, "En Cádiz, a 18 de noviembre de 2025.\n\nEL PRESIDENTE DEL TRIBUNAL CALIFICADOR\n"
     "Fdo.: Ramón Pérez Vidal\n\nAutoridad Portuaria de Cádiz", "Ramón Pérez Vidal"),
    (EMPLOYER, "Reciba un cordial saludo,\n\nBeatriz Olmedo Fajardo\nResponsable de Selección",
     "Beatriz Olmedo Fajardo"),
    (EMPLOYER, "Atentamente,\n\nM.Sc. Rolando Quispe Mamani\nDirector de Carrera",
     "Rolando Quispe Mamani"),
    ("Search Committee <search@university.example.org>",
     "With best wishes for your future research,\n\nProfessor Haruki Nakamura\nChair, Search "
     "Committee", "Haruki Nakamura"),
    ("Comhairle nan Eilean - Islands Council <recruitment@islands.example.org>",
     "Le dùrachd / Yours sincerely\n\nMòrag NicLeòid\nHR Adviser", "Mòrag NicLeòid"),
])
def test_the_signer_is_read(sender: str, closing: str, name: str) -> None:
    body = ("Dear Alex,\n\nI regret to inform you that you have not been selected for the post.\n\n"
            + closing + "\n")
    assert draft(sender, "Outcome", body).person.name == name


@pytest.mark.parametrize(("sender", "closing", "name"), [
    ("北星食品株式会社 人事部 <recruit@hokusei.example.com>",
     "北星食品株式会社\n人事部 採用グループ\n北村 亜希子（きたむら あきこ）\n〒065-0007 札幌市東区",
     "北村 亜希子"),
    ("美瑛ファームラボ <info@biei-lab.example.com>", "有限会社美瑛ファームラボ\n代表取締役 森 俊介",
     "森 俊介"),
    ("大雪リゾート開発株式会社 管理本部 <jinji@taisetsu.example.com>",
     "敬具\n\n大雪リゾート開発株式会社\n取締役 管理本部長\n石田 誠一\n〒070-0034 北海道旭川市",
     "石田 誠一"),
])
def test_a_japanese_signer_is_read(sender: str, closing: str, name: str) -> None:
    body = ("モーガン様\n\n慎重に選考を重ねました結果、誠に残念ではございますが、今回はご期待に沿いかねる"
            "結果となりました。\n\nモーガン様のご活躍をお祈りしております。\n\n" + closing + "\n")
    assert draft(sender, "選考結果のご連絡", body).person.name == name


def test_a_japanese_organisations_desk_is_no_person() -> None:
    body = ("アレックス・モーガン 様\n\n第1次選考の結果、あなたは不合格となりましたので通知します。\n\n"
            "本件に関する連絡先\n北海道立十勝食品試験場 総務課 人事係\n")
    found = draft("北海道立十勝食品試験場 総務課 <jinji@pref.example.jp>", "選考結果について", body)
    assert found.person is None


def test_an_exam_sat_before_the_interview_only_others_reach_is_a_screening() -> None:
    body = ("Estimado postulante:\n\nSe comunica que, concluida la calificación del examen escrito "
            "de conocimientos realizado el sábado 8 de noviembre, usted obtuvo una nota de 52/100.\n\n"
            "De acuerdo a la Convocatoria, solo continúan a la etapa de entrevista los postulantes "
            "que obtengan 60 puntos. En consecuencia, usted NO HA SIDO HABILITADO a la siguiente "
            "etapa del proceso.\n\nGerencia de Recursos Humanos")
    assert draft(EMPLOYER, "Resultados del examen escrito", body).stage == "screening"


@pytest.mark.parametrize(("body", "reason_part"), [
    # the "because" of "I write to you myself" explains the writing; the reason comes later
    ("Hola Alex,\n\nTe escribo yo directamente porque, después de tres reuniones, me parecía lo "
     "mínimo. Al final el Consejo ha preferido a una persona del pueblo que ya conoce a los "
     "socios.\n\nUn saludo,\nAntonio", "ha preferido a una persona del pueblo"),
    ("Ciao Alex,\n\nTi scrivo due righe perché al telefono non sono bravo. Però te la dico come "
     "sta: alla fine in consiglio abbiamo deciso di tenerla in casa, la prende la figlia del "
     "socio.\n\nBruno", "abbiamo deciso di tenerla in casa"),
    # ... but "I write to tell you that the search was called off" tells the news itself
    ("Hola Alex,\n\nTe escribo para contarte que la búsqueda de productora para el turno tarde "
     "quedó sin efecto.\n\nSaludos,\nLaura", "quedó sin efecto"),
])
def test_a_letters_i_write_to_you_because_is_no_reason(body: str, reason_part: str) -> None:
    assert reason_part in (draft(EMPLOYER, "La plaza", body).reason or "")
