"""Fifty-fourth pass, read end to end from letters written for these tests (not the corpus's):
what opening the splits fresh231-235 for training showed about reasons, signers and titles.

A public competition's reason is the mark or the place the reader got ("U behaalde 10/20",
"quedando en el quinto lugar del orden de mérito"); a panel's finding, a freeze, a hold, a
need and who was kept are reasons in Dutch, French, Indonesian, Javanese, Spanish, Pidgin and
Portuguese; "Please be informed that" leads a reason, an apology for the delay does not; a
Portuguese office over the signer's name is not the name; "au sein de" and "– Resultado" are
no part of a title; "deverá considerar que ... não foi selecionada" is a condition, not a no."""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft
from helpers import letter_kind as kind

SENDER = "Selectie <selectie@example.org>"


@pytest.mark.parametrize(("subject", "body", "reason"), [
    ("Resultaat screening - Attaché douaneanalist",
     "Geachte heer Morgan,\n\nU nam deel aan de screening voor de vergelijkende selectie Attaché "
     "douaneanalist.\n\nResultaat: niet geslaagd\n\nU behaalde 9/20 voor de proef "
     "'redeneervaardigheden'.\n\nUw deelname aan deze selectie is daarmee beëindigd.\n\n"
     "Met vriendelijke groeten,\n\nHet selectieteam",
     "U behaalde 9/20"),
    ("Concurso Público N° 3/2026 - Comunicación de resultados",
     "Señor Alex Morgan:\n\nConcluidas las etapas de evaluación y entrevista del concurso para "
     "Técnico de Extensión, la Comisión ha elaborado la terna.\n\nUsted obtuvo un puntaje total "
     "de 61,20 puntos, quedando en el sexto lugar del orden de mérito, por lo que no fue "
     "seleccionado.\n\nAtentamente,\n\nLa Comisión de Selección",
     "sexto lugar del orden de mérito"),
    ("Assessment center - Supply Chain Analyst",
     "Beste Alex,\n\nBedankt voor uw inzet tijdens het assessment center voor de functie van "
     "Supply Chain Analyst.\n\nBij de rollenspellen kwam echter naar voren dat uw aanpak te "
     "voorzichtig is voor een rol met dagelijkse onderhandelingen. Om die reden zetten we de "
     "procedure met u niet verder.\n\nMet vriendelijke groet,\n\nAn Peeters",
     "kwam echter naar voren dat uw aanpak te voorzichtig is"),
    ("Votre candidature - Acheteur Export",
     "Monsieur Morgan,\n\nNous vous avions adressé une proposition d'engagement pour le poste "
     "d'Acheteur Export.\n\nEntre-temps, notre groupe a décidé un gel immédiat de tous les "
     "recrutements pour le premier semestre. Nous sommes contraints de retirer cette proposition."
     "\n\nVeuillez agréer, Monsieur, l'expression de mes sentiments les meilleurs.\n\nPaul Lambert",
     "un gel immédiat de tous les recrutements"),
    ("Hasil seleksi - Revenue Analyst",
     "Halo Alex,\n\nTerima kasih sudah mengikuti psikotes untuk posisi Revenue Analyst.\n\n"
     "Hasil asesmen menunjukkan profil kerja kamu belum sejalan dengan kebutuhan tim saat ini. "
     "Karena itu kami tidak melanjutkan lamaran kamu ke tahap berikutnya.\n\nSalam,\nTim Talenta",
     "belum sejalan dengan kebutuhan tim"),
    ("Lowongan Front Office Manager",
     "Halo Alex,\n\nTerima kasih untuk wawancaranya minggu lalu. Posisi ini mensyaratkan "
     "kemampuan berbahasa Jepang untuk tamu dari Osaka, jadi kami tidak dapat melanjutkan "
     "lamaran kamu.\n\nSalam,\nDewi",
     "mensyaratkan kemampuan berbahasa Jepang"),
    ("Re: Asesor Técnico - prueba de campo",
     "Hola Alex,\n\nGracias por hacer la recorrida de campo para el puesto de Asesor Técnico.\n\n"
     "Te soy franca: en el diagnóstico de la parcela no identificaste el daño de plaga que "
     "buscábamos, y por eso no vamos a seguir con tu postulación.\n\nMaría",
     "no identificaste el daño de plaga"),
    ("The PM role",
     "Chale Alex,\n\nI talk to my co-founder about the Product Manager role. Straight talk: the "
     "money from the seed round never land, so we dey hold all new hires till Q2.\n\nKojo",
     "seed round never land"),
    ("Decision on the Operations Analyst offer",
     "Dear Alex,\n\nThank you for accepting our offer for the Operations Analyst position.\n\n"
     "Please be informed that, following a review of our budget, the Board has placed a freeze on "
     "all new hires not yet commenced. We must therefore withdraw the offer.\n\nYours faithfully,"
     "\n\nAma Owusu\nHuman Resources Manager",
     "the Board has placed a freeze on all new hires"),
    ("Re: Técnico de frio - candidatura",
     "Olá Alex,\n\nPeço desculpa pela falta de resposta à sua candidatura para Técnico de frio.\n\n"
     "A vaga já foi preenchida em setembro, e devíamos ter avisado na altura.\n\nCumprimentos,\n"
     "Marco",
     "A vaga já foi preenchida em setembro"),
])
def test_the_reason_is_the_sentence_that_gives_it(subject, body, reason):
    found = draft(SENDER, subject, body).reason
    assert found and reason in found, found


def test_a_job_boards_data_kept_on_file_is_no_reason():
    body = ("Hola Alex,\n\nGracias por postularte a Analista de Mercado. Luego de revisar tu perfil, "
            "decidimos avanzar con otros candidatos.\n\nTu información quedará almacenada en nuestra "
            "base de datos y podrá ser considerada para futuras búsquedas que se ajusten a tu "
            "experiencia.\n\nEl equipo de Talento")
    assert draft(SENDER, "Tu postulación - Analista de Mercado", body).reason is None


@pytest.mark.parametrize(("office", "name"), [
    ("A Presidente do Júri,", "Sílvia Gouveia Jardim"),
    ("O Presidente do Júri,", "Duarte Manuel Cabral Melo"),
    ("Pel'O Júri do Procedimento,", "Ana Cristina Pacheco Amaral"),
])
def test_a_portuguese_office_over_the_signers_name_is_not_the_name(office, name):
    body = ("Exmo. Senhor Alex Morgan,\n\nFica notificado de que a sua candidatura ao procedimento "
            "concursal para Técnico Superior foi excluída, por não ter apresentado o comprovativo "
            "do grau académico.\n\nCom os melhores cumprimentos,\n\n"
            f"{office}\n\n{name}\n\nDireção Regional de Pescas\nFunchal")
    found = draft(SENDER, "Notificação de exclusão - Técnico Superior", body)
    assert found.person is not None and found.person.name == name


def test_a_balinese_thanks_before_the_close_starts_the_signature():
    body = ("Om Swastiastu Alex,\n\nThank you for your final interview for the Director of Revenue "
            "position. After much deliberation, we have decided to offer the position to another "
            "finalist.\n\nSuksma and warm regards,\n\nNi Luh Putu Ayu Sukmawati\n"
            "Director of Talent & Culture\nCendana Bay Resort")
    found = draft(SENDER, "Director of Revenue – Cendana Bay Resort", body)
    assert found.person is not None and found.person.name == "Ni Luh Putu Ayu Sukmawati"


@pytest.mark.parametrize(("subject", "body", "role"), [
    ("Votre candidature chez Terminal Conteneurs",
     "Cher Alex,\n\nMerci pour l'intérêt que vous avez manifesté pour le poste de Responsable "
     "Produit Paiements au sein de Terminal Conteneurs du Golfe.\n\nNous ne pouvons pas y donner "
     "une suite favorable.\n\nBien à vous,\nL'équipe Talent",
     "Responsable Produit Paiements"),
    ("Concurso N° 07/2025 – Jefe de Asistencia Técnica – Resultado",
     "Estimado Sr. Alex Morgan:\n\nLe informamos que usted no fue seleccionado para el cargo.\n\n"
     "Atentamente,\nGerencia de Recursos Humanos",
     "Jefe de Asistencia Técnica"),
    ("soal Growth Analyst",
     "Hai Alex!\n\nGue udah ngobrol sama Kevin abis interview lo. Tapi akhirnya mereka mutusin "
     "buat hire yang lebih senior, jadi kami nggak lanjut.\n\nNadia",
     "Growth Analyst"),
])
def test_what_stands_around_a_title_is_no_part_of_it(subject, body, role):
    assert draft(SENDER, subject, body).role == role


def test_a_silence_that_would_mean_no_is_an_acknowledgement():
    body = ("Olá Alex,\n\nObrigado pela sua candidatura à função de Técnico de Ambiente. "
            "Confirmamos que a recebemos e que será analisada nas próximas semanas.\n\nSe não "
            "receber contacto nosso no prazo de 30 dias, deverá considerar que a sua candidatura não "
            "foi selecionada para esta oportunidade.\n\nCom os melhores cumprimentos,\n"
            "Equipa de Recursos Humanos")
    assert kind("Recebemos a sua candidatura - Técnico de Ambiente", body) == "acknowledgement"


@pytest.mark.parametrize(("subject", "body"), [
    ("Re: Responsable Comercial",
     "Che Alex, gracias por la charla del martes.\n\nTe soy directo porque somos cuatro y no "
     "tenemos RR.HH.: no vamos a seguir. Necesitamos que el comercial también vuele.\n\nTobías"),
    ("saída de sábado",
     "Atão Alex,\n\nObrigado por teres vindo fazer a saída de teste. Mas vou ser sincero contigo: "
     "para o lugar de guia biólogo marinho ficámos com a Inês, que já fez duas épocas connosco."
     "\n\nAbraço,\nTiago"),
])
def test_a_short_no_with_its_own_job_words_is_a_no(subject, body):
    assert kind(subject, body) == "rejection"
