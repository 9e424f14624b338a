"""Forty-fifth pass, read end to end from letters written for these tests (not the corpus's):
what the blind splits fresh191-195 showed (a mobile developer's mail in Cuba, the Dominican
Republic and Puerto Rico, a network engineer's in Papua New Guinea, Fiji and Samoa, a QA
engineer's in Kosovo, Albania and North Macedonia, a data engineer's in Laos, Cambodia and
Myanmar, a product designer's in Guatemala, Honduras and El Salvador).

Noes in Tok Pisin, Samoan, Serbian and Macedonian, Lao, Khmer and Burmese, and Central
American Spanish; a visa the post itself calls for; an Albanian receipt that says what
silence means, a master's scholarship and a fellowship that are no job's noes; employers from
a board's card below its first line, an agency's subject after the process, a possessive, a
Caribbean HR unit, an Albanian board, a Lao or Khmer signature; titles inside a post word;
steps in Albanian, Spanish, Macedonian and Burmese; reasons in these languages, and stock
lines that are none."""

from __future__ import annotations

import pytest

from helpers import letter_draft as draft, letter_kind as kind


# ------------------------------------------------------------------ noes

@pytest.mark.parametrize(("subject", "body"), [
    ("Aplikesen bilong yu - Network Technician",
     "Gutpela de Alex,\n\nTenkyu long aplikesen bilong yu. Sori tumas, nem bilong yu i no stap "
     "long sotlis bilong intaviu.\n\nHR, Sepik Ports"),
    ("Update - Systems Administrator",
     "Hi Alex,\n\nI spoke to the client. Tok stret, ol i no laik go het wantaim aplikesen bilong "
     "yu for the Systems Administrator role.\n\nMary"),
    ("Tali i lau talosaga - Systems Engineer",
     "Talofa Alex,\n\nFaafetai mo lau talosaga mo le tofiga. Ae paga lea, e le'i filifilia oe mo "
     "lenei tofiga.\n\nPule o Tagata Faigaluega"),
    ("Домаћи задатак – QA инжењер",
     "Поштовани Алекс,\n\nхвала на решењу. Одлучили смо да у наредни круг позовемо друге "
     "кандидате.\n\nМилица"),
    ("Intervju – QA Engineer",
     "Poštovani Alex,\n\nhvala na vremenu. Nakon razgovora izabrali smo drugog kandidata za ovu "
     "poziciju.\n\nNina"),
    ("Resultado del proceso",
     "Compañero Alex:\n\nLe informamos el resultado del proceso de selección para la plaza de "
     "Programador. El consejo de dirección acordó asignar dicha plaza a un técnico de la propia "
     "empresa.\n\nRecursos Humanos"),
    ("Gracias, Alex",
     "Hola Alex,\n\nGracias por las tres rondas. Al final nos fuimos por alguien que ya conocía "
     "el producto.\n\nAna"),
    ("ແຈ້ງຜົນ ຕຳແໜ່ງ Data Analyst",
     "ຮຽນ ທ່ານ Alex,\n\nພວກເຮົາເສຍໃຈທີ່ຈະແຈ້ງໃຫ້ທ່ານຊາບວ່າ ທ່ານບໍ່ໄດ້ຮັບການຄັດເລືອກໃນຮອບນີ້.\n\nHR"),
    ("ມຸມຜົນການສອບເສັງ ຕຳແໜ່ງ BI Developer",
     "ຮຽນ ທ່ານ Alex,\n\nຄະນະກຳມະການໄດ້ປະກາດລາຍຊື່ຜູ້ທີ່ຜ່ານການສອບເສັງ. ລາຍຊື່ດັ່ງກ່າວບໍ່ມີຊື່ຂອງທ່ານ.\n\nHR"),
    ("មុខតំណែង BI Analyst",
     "ជម្រាបសួរ លោក Alex,\n\nពាក្យស្នើសុំរបស់លោកមិនត្រូវបានជ្រើសរើសសម្រាប់ដំណាក់កាលបន្ទាប់ទេ។\n\nHR"),
    ("သင့်လျှောက်လွှာ အခြေအနေ",
     "မင်္ဂလာပါ Alex,\n\nသင် လျှောက်ထားခဲ့သော အလုပ်၏ အခြေအနေကို အလုပ်ရှင်က ပြင်ဆင်ခဲ့ပါသည်။\n\n"
     "ရာထူး: BI Analyst\nအခြေအနေ: ရွေးချယ်ခြင်း မခံရပါ\n\nBoard Team\n"
     "Unsubscribe: https://board.example.com/settings"),
    ("Proceso Android – Banco Alisio",
     "Hola Alex:\n\nHan decidido no seguir adelante con tu candidatura: el puesto requiere viajar "
     "a Madrid cada mes y con los plazos del visado Schengen no pueden esperar.\n\nLaura"),
    ("Your application – Site Network Engineer",
     "Dear Alex,\n\nYou currently hold a Working Holiday visa. This role requires permanent "
     "working rights, so we are unable to progress your application further.\n\nTalent Team"),
])
def test_a_no_in_these_words_is_a_rejection(subject, body):
    assert kind(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body", "wanted"), [
    ("Konfirmim: aplikimi juaj",
     "Përshëndetje Alex,\n\nAplikimi juaj u pranua me sukses dhe tani është në shqyrtim.\n\n"
     "Për shkak të numrit të madh të aplikimeve, nuk jemi në gjendje t'i përgjigjemi çdo "
     "kandidati individualisht. Nëse nuk keni marrë përgjigje brenda tre javësh, ju lutemi ta "
     "konsideroni që aplikimi juaj nuk është përzgjedhur.\n\nEkipi", "acknowledgement"),
    ("ຢືນຢັນການໄດ້ຮັບໃບສະໝັກ - ຕຳແໜ່ງ BI Analyst",
     "ຮຽນ ທ່ານ Alex,\n\nພວກເຮົາໄດ້ຮັບໃບສະໝັກຂອງທ່ານແລ້ວ. ຖ້າທ່ານບໍ່ໄດ້ຮັບການຕິດຕໍ່ພາຍໃນ 4 ອາທິດ, "
     "ກະລຸນາຖືວ່າໃບສະໝັກຂອງທ່ານບໍ່ໄດ້ຮັບການຄັດເລືອກ.\n\nHR", "acknowledgement"),
    ("Resultados de la convocatoria – Becas de Maestría",
     "Estimado Alex:\n\nTras la evaluación del comité académico, lamentamos informarle que su "
     "candidatura no fue seleccionada en el Programa de Becas Tzolkin.\n\nComité de Becas",
     "other"),
    ("Data Fellowship – outcome of your application",
     "Dear Alex,\n\nThe fellowship funds a part-time Master's in Data Science. We regret to "
     "inform you that your application was not successful.\n\nSecretariat", "other"),
    ("Décision concernant votre résumé n° 112",
     "Cher collègue,\n\nLe comité scientifique du congrès a examiné votre résumé. Nous sommes au "
     "regret de vous informer que votre résumé n'a pas été retenu pour une communication orale."
     "\n\nLe Comité", "other"),
    ("Round results",
     "Dear Alex,\n\nThis message concerns your profile in the Working Holiday pool. An "
     "invitation round took place on 3 March. Unfortunately, you were not selected in this "
     "round.\n\nNotifications", "other"),
    ("Re: Payroll Services RFP - result",
     "Hi Alex,\n\nThank you for letting us know that Ledgerway was not selected as the payroll "
     "provider. We appreciate that you called the other bidders as well.\n\nNoel",
     "other"),
    ("Invitation à l'entrevue",
     "Bonjour Alex,\n\nNous vous invitons à une entrevue le 12 mars. Les qualifications évaluées "
     "sont : la communication orale et le jugement.\n\nRessources humaines", "interview"),
    ("Solicitud de visado",
     "Estimado solicitante:\n\nLamentamos informarle que su solicitud de visado ha sido "
     "denegada.\n\nConsulado", "other"),
])
def test_a_receipt_a_scholarship_or_a_visa_is_no_no(subject, body, wanted):
    assert kind(subject, body) == wanted


# ------------------------------------------------------------------ company

def test_a_boards_card_below_its_first_line_names_the_employer():
    body = ("¡Hola, Alex!\n\nHay novedades en una de tus postulaciones.\n\nEmpresa: Ferretería "
            "El Almendro, S.R.L.\nVacante: Desarrollador Flutter\nEstado: Proceso finalizado\n\n"
            "La empresa revisó tu CV y decidió no continuar con tu postulación.\n\nEquipo "
            "EmpleoRD")
    letter = draft("EmpleoRD <alertas@empleord.example.com>", "Novedades sobre tu postulación",
                   body)
    assert letter.company == "Ferretería El Almendro"


@pytest.mark.parametrize(("sender", "subject", "body", "employer"), [
    # the client after the process an agency's subject names, never repeated in the letter
    ("Marta Ríos <marta@puentenearshore.example.com>", "Proceso Kotlin – Banco Alisio",
     "Hola Alex:\n\nYa tengo respuesta del cliente tras la última ronda. Han decidido no "
     "seguir adelante con tu candidatura.\n\nUn saludo,\n\nMarta Ríos\nTech Recruiter · "
     "Puente Nearshore", "Banco Alisio"),
    # a possessive is no part of the client's name
    ("Jenna <jenna@bridgewaytalent.example.com>", "Kestrel update",
     "Hi Alex,\n\nI heard back from Kestrel. Kestrel Health's design team decided to go with "
     "another candidate.\n\nJenna\nBridgeway Talent", "Kestrel Health"),
    # a Caribbean HR unit before the name is no part of it
    ("Capital Humano Cubasoft <ch@cubasoft.example.com>", "Respuesta a su solicitud",
     "Compañero Alex:\n\nLe informamos que no ha sido seleccionado para la plaza de "
     "Programador.\n\nAtentamente,\n\nLic. Odalys Pérez\nJefa de Capital Humano", "Cubasoft"),
])
def test_the_employer_an_agency_or_a_unit_writes_for(sender, subject, body, employer):
    assert draft(sender, subject, body).company == employer


def test_an_albanian_boards_employer():
    body = ("Përshëndetje Alex,\n\nPunëdhënësi Banka Drini Sh.A. ka përditësuar statusin e "
            "aplikimit tuaj.\n\nStatusi i ri: Nuk është përzgjedhur\n\nEkipi i PunaPlus")
    letter = draft("PunaPlus <njoftime@punaplus.example.com>", "Statusi i aplikimit tuaj", body)
    assert letter.company.startswith("Banka Drini")
    assert letter.person is None


@pytest.mark.parametrize(("sender", "body", "employer"), [
    ("HR <hr@phasouk.example.com>",
     "ຮຽນ ທ່ານ Alex,\n\nພວກເຮົາເສຍໃຈທີ່ຈະແຈ້ງໃຫ້ທ່ານຊາບວ່າ ທ່ານບໍ່ໄດ້ຮັບການຄັດເລືອກ.\n\n"
     "ດ້ວຍຄວາມນັບຖື,\n\nພະແນກບຸກຄະລາກອນ\nທະນາຄານ ພາສຸກ\nນະຄອນຫຼວງວຽງຈັນ",
     "ທະນາຄານ ພາສຸກ"),
    ("Careers <careers@mekongtel.example.com>",
     "ជម្រាបសួរ លោក Alex,\n\nពាក្យស្នើសុំរបស់លោកមិនត្រូវបានជ្រើសរើសទេ។\n\nដោយក្តីគោរព\n"
     "ផ្នែកធនធានមនុស្ស\nក្រុមហ៊ុន មេគង្គតេល\nរាជធានីភ្នំពេញ", "ក្រុមហ៊ុន មេគង្គតេល"),
])
def test_a_lao_or_khmer_signature_names_the_employer(sender, body, employer):
    assert draft(sender, "Your application", body).company == employer


def test_an_albanian_careers_desk_is_no_part_of_the_name():
    body = ("I/E nderuar Alex,\n\nJu njoftojmë se emri juaj nuk figuron në listën e kandidatëve "
            "që do të vazhdojnë.\n\nMe respekt,\nDepartamenti i Burimeve Njerëzore")
    letter = draft("Kosnet Karriera <karriera@kosnet.example.com>",
                   "Kosnet - Njoftim për aplikimin tuaj", body)
    assert letter.company == "Kosnet"
    assert letter.person is None


# ------------------------------------------------------------------ role

@pytest.mark.parametrize(("subject", "title"), [
    ("ຜົນການສອບເສັງຂໍ້ຂຽນ ຕຳແໜ່ງ BI Developer", "BI Developer"),
    ("មុខតំណែង Data Analyst", "Data Analyst"),
    ("Data Analyst ရာထူး - အင်တာဗျူး ရလဒ်", "Data Analyst"),
    ("Aplikimi juaj per QA Engineer", "QA Engineer"),
])
def test_a_post_word_around_the_title_is_no_part_of_it(subject, title):
    body = "Dear Alex,\n\nWe regret to inform you that you were not selected.\n\nHR"
    assert draft("HR <hr@example.com>", subject, body).role == title


# ------------------------------------------------------------------ stage

@pytest.mark.parametrize(("subject", "body", "stage"), [
    ("Lidhur me ofertën e punës – Tester",
     "Përshëndetje Alex,\n\nMe keqardhje ju njoftoj se për shkak të buxhetit, oferta e punës "
     "nuk mund të konfirmohet dhe konsiderohet e tërhequr.\n\nBlerta", "offer"),
    ("Gracias por todo",
     "Hola Alex,\n\nGracias después de tres rondas con el equipo. Al final nos fuimos por "
     "alguien con más experiencia en banca.\n\nKarla", "final-round"),
    ("Финален круг – QA Engineer",
     "Здраво Алекс,\n\nТи благодарам за финалниот разговор минатата недела. Одлучивме да "
     "продолжиме со друг кандидат.\n\nГоран", "final-round"),
    ("Update - Mobile Engineer",
     "Hola Alex!\n\nDespués del panel del miércoles, decidieron ir con otro perfil para el "
     "Mobile Engineer.\n\nCoralys", "interview"),
    ("Resultado del reto de diseño",
     "Hola Alex,\n\nGracias por enviar el reto de diseño. Por eso no vamos a avanzar con tu "
     "candidatura a la etapa de entrevistas con el equipo.\n\nTalento", "screening"),
    ("Resultado de su evaluación técnica",
     "Estimado Alex:\n\nSu puntuación no alcanzó el mínimo requerido para avanzar a la etapa de "
     "entrevistas, por lo que no continuaremos con su candidatura.\n\nGestión Humana",
     "screening"),
])
def test_the_step_reached_in_these_words(subject, body, stage):
    assert draft("HR <hr@example.com>", subject, body).stage == stage


# ------------------------------------------------------------------ reason

@pytest.mark.parametrize(("body", "phrase"), [
    ("Поштовани Алекс,\n\nРешење није покрило негативне сценарије. Због тога смо одлучили да "
     "позовемо друге кандидате.\n\nЈелена", "није покрило негативне сценарије"),
    ("Здраво Алекс,\n\nКлиентот бара некој со повеќе искуство во мобилно тестирање. Одлучивме "
     "да продолжиме со друг кандидат.\n\nГоран", "Клиентот бара некој"),
    ("Përshëndetje Alex,\n\nBanka ka vendosur të pezullojë të gjitha punësimet e reja deri në "
     "fund të vitit. Oferta konsiderohet e tërhequr.\n\nBlerina", "pezullojë"),
    ("Estimado Alex:\n\nTras revisar las prioridades del área, la posición fue cerrada y no "
     "continuaremos con el proceso.\n\nRRHH", "la posición fue cerrada"),
    ("ຮຽນ ທ່ານ Alex,\n\nທ່ານບໍ່ໄດ້ຮັບການຄັດເລືອກ. ຕຳແໜ່ງນີ້ຕ້ອງການຜູ້ທີ່ມີປະສົບການກັບ SAP.\n\nHR",
     "ຕ້ອງການຜູ້ທີ່ມີ"),
])
def test_a_reason_in_these_words(body, phrase):
    letter = draft("HR <hr@example.com>", "Your application", body)
    assert letter.reason and phrase in letter.reason


@pytest.mark.parametrize("body", [
    "Estimado Alex:\n\nLuego de una cuidadosa evaluación, hemos decidido continuar con otros "
    "candidatos cuyas cualificaciones se ajustan más a las necesidades de la posición en este "
    "momento.\n\nRRHH",
    "Hi Alex,\n\nWe have decided to offer the position to another candidate, whose background "
    "lined up a little more closely with where the team is today.\n\nKoro",
    "Dear Alex,\n\nThe panel has decided to offer the role to another candidate whose profile "
    "more closely matched what the programme needs at this point.\n\nHR",
    "Estimado Alex:\n\nEn esta ocasión, el proceso continuará con candidatos cuya experiencia se "
    "ajusta de manera más cercana a los requerimientos actuales de la plaza.\n\nRRHH",
    "Përshëndetje Alex,\n\nNë këtë rast kemi vendosur të vazhdojmë me kandidatë të tjerë.\n\n"
    "Keni marrë këtë email sepse keni aplikuar përmes PunaPlus.",
])
def test_no_reason_in_these_lines(body):
    assert draft("HR <hr@example.com>", "Your application", body).reason is None
