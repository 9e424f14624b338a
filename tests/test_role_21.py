"""Twenty-first pass (role): what belongs to a title and what does not.

(a) A unit with a small joining word ("Youth Offending and Prevention Team") or an area in
brackets after its unit word ("Adult Duty Team (South)") stays; an establishment after the
title that is the employer leaves. (b) A search, an offer or a selection procedure named
around the title ("CFO search", "Oferta ...", "Lowongan ...", "Auswahlverfahren ...") is
not the title. (c) A German academic post's field after "für". (d) A Danish or Swedish team
named by its acronym and the department above it. (e) A specialty after a colon that the
subject and the letter both write. (f) An orchestra's post by rank and instrument; a music
teacher's instruments. (g) A linguist's languages; "Reviser"; a double post with a slash.
(h) A job board's quoted posting; a Vietnamese title's bracketed short form; a Chinese
title's bracketed city. (i) An acronym post the mail spells out; a subject's bracketed unit
the letter writes in full; "Unidade X".

Every case is written anew (invented names, reserved example domains), then near misses
that must keep their answer.
"""

from __future__ import annotations

import pytest

from ajar.formats.mail_fields import without_campaign
from ajar.formats.mail_role_tidy import spelled_out
from ajar.formats.mail_title_languages import with_languages
from ajar.formats.mail_title_orchestra import orchestra_post, with_instruments
from ajar.formats.mail_title_scripts import title_in_script
from ajar.formats.mail_title_unit import with_colon_specialty
from test_mail_fields_families import draft

NO_EN = "Unfortunately we will not be taking your application further on this occasion."


def _en(sentence: str) -> str:
    return f"Dear Alex,\n\n{sentence} {NO_EN}\n\nKind regards,\nRecruitment"


FOUND = [
    # (a) a unit with a joining word, an area after the unit
    ("People Services <jobs@oakbury.gov.example>", "Your application to Oakbury Council",
     _en("Thank you for applying for the position of Youth Worker - Youth Offending and "
         "Prevention Team (Ref OB-2290)."), "Youth Worker - Youth Offending and Prevention Team"),
    ("NHS Jobs <no-reply@fernhill-nhs.example.org>", "Application update",
     _en("Post: Occupational Therapist - Adult Duty Team (South), Band 6"),
     "Occupational Therapist - Adult Duty Team (South)"),
    # (a) the employer after the title on a job board's card
    ("Jobs Board <alerts@jobsboard.example.com>",
     "An update on your application to Brookside Children's Centre",
     "Hi Alex,\n\nNursery Practitioner - Brookside Children's Centre, Leeds\n\nBrookside "
     "Children's Centre has decided not to take your application further.\n\nThe Jobs Board team",
     "Nursery Practitioner"),
    # (b) a search after the title, in a subject and in a letter
    ("Maria Quist <maria@quistpartners.example>", "Director of Philanthropy search - update",
     _en("I presented you to my client last week."), "Director of Philanthropy"),
    ("Dan Rowe <dan.rowe@harbourphil.example>", "Re: your audition",
     "Hi Alex,\n\nWe decided to close the Principal Cello search without a hire, so your "
     "application is closed.\n\nBest,\nDan", "Principal Cello"),
    # (b) an offer, a search, an application or a selection named before the title
    ("Paula Ríos <prios@vinasur.example>", "Oferta Jefe de Bodega",
     "Hola Alex,\n\nLamentablemente no podremos seguir adelante con la oferta. Ya no contamos "
     "con el presupuesto.\n\nSaludos,\nPaula", "Jefe de Bodega"),
    ("Budi Santoso <budi@tokosegar.example>", "Lowongan Staf Gudang - Toko Segar",
     "Halo Alex,\n\nTerima kasih atas lamaran Anda. Mohon maaf, Anda belum lolos ke tahap "
     "berikutnya.\n\nSalam,\nBudi", "Staf Gudang"),
    ("RH <rh@maisonbleue.example>", "Offre Chef de rang",
     "Bonjour Alex,\n\nNous sommes au regret de ne pas pouvoir donner suite à votre "
     "candidature.\n\nCordialement,\nRH", "Chef de rang"),
    # (c) a German academic post's field after "für"
    ("Berufungskommission <berufung@hochschule-rheintal.example>",
     "Auswahlverfahren Professur",
     "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung auf die Stelle Professor für "
     "Kammermusik an unserer Hochschule. Leider müssen wir Ihnen mitteilen, dass wir uns für "
     "eine andere Kandidatin entschieden haben.\n\nMit freundlichen Grüßen\nDie Kommission",
     "Professor für Kammermusik"),
    # (d) a Danish team by its acronym, and the department above a team
    ("Havby Kommune <job@havby.example>", "Din ansøgning",
     "Kære Alex\n\nTak for din ansøgning til stillingen som pædagog til UU-teamet.\n\nVi har "
     "desværre valgt en anden kandidat.\n\nVenlig hilsen\nHavby Kommune",
     "Pædagog til UU-teamet"),
    ("Søby Kommune <job@soeby.example>", "Stillingen som konsulent",
     "Kære Alex\n\nTak for samtalen om stillingen som konsulent til ydelsesteamet i "
     "Borgerserviceafdelingen.\n\nVi har desværre valgt en anden kandidat.\n\nMed venlig "
     "hilsen\nSøby Kommune", "Konsulent til ydelsesteamet i Borgerserviceafdelingen"),
    # (e) a specialty after a colon, in the subject and the letter
    ("Naledi Dube <chair@ubuntu-care.example.org>", "Project Coordinator: Early Childhood",
     "Dear Alex,\n\nThank you for interviewing for the position of Project Coordinator: Early "
     "Childhood. The board has resolved to appoint another candidate.\n\nYours sincerely,\n"
     "Naledi Dube\nChair of the Board\nUbuntu Care Trust", "Project Coordinator: Early Childhood"),
    # (f) an orchestra's post, by rank and instrument, in German, Swedish and English
    ("Orchesterbüro <orchester@theater-lindau.example>", "Ihre Bewerbung: Tutti-Violoncello",
     "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung. Leider können wir Sie nicht "
     "zum Probespiel einladen.\n\nMit freundlichen Grüßen\nOrchesterbüro", "Tutti-Violoncello"),
    ("Eva Berg <eva.berg@vastkust.example>", "Provspel",
     "Hej Alex!\n\nTack för din inspelning till provspelet för tutti violin. Tyvärr blev "
     "du inte inbjuden till provspelet.\n\nHälsningar\nEva", "Tutti violin"),
    ("Sam Cole <sam.cole@lakesymphony.example>", "finals",
     "hey Alex - sorry, you didn't advance past the semis for Associate Principal Horn today. "
     "please come back next season.\n\nSam", "Associate Principal Horn"),
    # (g) a linguist's languages
    ("Talent <jobs@verbalis.example>", "Your application to Verbalis",
     _en("Thank you for applying for the position of Translator (German and Italian into "
         "English) in our Lisbon office."), "Translator (German and Italian into English)"),
    ("Selection <selection@comite.example.org>",
     "Votre candidature - traductrice de langue espagnole (AD 5)",
     "Madame, Monsieur,\n\nNous avons examiné votre candidature pour le profil de traductrice "
     "de langue espagnole (AD 5). Nous sommes au regret de vous informer que votre candidature "
     "ne peut être retenue.\n\nUnité Sélection", "Traductrice de langue espagnole"),
    # (h) a job board's quoted posting; a Vietnamese title's short form
    ("EmpleosYa <avisos@empleosya.example.com>", "Novedades sobre tu postulación",
     "Hola Alex,\n\nLa empresa Granja Sur revisó tu postulación al aviso \"Operario/a de "
     "Planta - Lácteos\" (Rafaela) y decidió no continuar con ella.\n\nEmpleosYa",
     "Operario/a de Planta - Lácteos"),
    # (i) an acronym post spelled out; the letter's full unit for a subject's bracket
    ("Ian Moss <ian.moss@westvale.example.org>", "Interview outcome - Best Interests Assessor",
     _en("Thank you for interviewing with us. You would need to finish the BIA programme "
         "first."), "Best Interests Assessor"),
    ("Tom Reyes <tom@brightlocums.example>", "Team Manager (Fostering) - feedback",
     "Hi Alex,\n\nThanks for letting me put you forward for the Team Manager, Fostering Team "
     "locum. Unfortunately they won't be taking your CV further.\n\nTom",
     "Team Manager, Fostering Team"),
    ("Recrutamento <vagas@laticinios.example>", "Atualização sobre sua candidatura",
     "Prezado(a) Alex,\n\nAgradecemos pela candidatura à posição de Supervisor de Produção, "
     "Unidade Marília. Informamos que a vaga já foi preenchida.\n\nAtenciosamente",
     "Supervisor de Produção, Unidade Marília"),
]


@pytest.mark.parametrize("sender, subject, body, role", FOUND)
def test_role_families_21(sender, subject, body, role):
    assert draft(sender, subject, body).role == role


def test_search_after_a_title_leaves_but_a_search_title_stays():
    assert without_campaign("Director of Development search") == "Director of Development"
    assert without_campaign("Head of Search") == "Head of Search"
    assert without_campaign("Director of Executive Search") == "Director of Executive Search"
    assert without_campaign("Paid Search") == "Paid Search"


def test_colon_specialty_needs_both_subject_and_letter():
    letter = "the post of Programme Officer: Water Access. We"
    assert with_colon_specialty("Programme Officer", "Programme Officer: Water Access", letter,
                                None) == "Programme Officer: Water Access"
    # only the letter writes it: not enough
    assert with_colon_specialty("Programme Officer", "Your application", letter,
                                None) == "Programme Officer"
    # the letter going on after a colon, or a status word, is no specialty
    assert with_colon_specialty("Data Analyst", "Data Analyst: Update",
                                "for Data Analyst: Update on your application", None) == "Data Analyst"
    assert with_colon_specialty("Site Engineer", "Site Engineer: Manchester",
                                "the post of Site Engineer: Manchester office", None) == "Site Engineer"
    assert with_colon_specialty("Data Analyst", "Data Analyst: We",
                                "for Data Analyst: We have decided", None) == "Data Analyst"


def test_orchestra_post_needs_a_rank_beside_the_instrument():
    assert orchestra_post("Probespiel stellvertretende Solo-Flöte", "") == \
        "Stellvertretende Solo-Flöte"
    assert orchestra_post("Update: Theater Nord - Oboe (Tutti)", "") == "Oboe (Tutti)"
    # an instrument alone, an Italian verb, a horn in a sentence: no post
    assert orchestra_post("Your application", "We loved your viola playing.") is None
    assert orchestra_post("Esito", "Il documento viola le regole.") is None
    assert orchestra_post("Re: horn", "The car horn was loud.") is None
    assert with_instruments("Musikpedagog", "tjänsten som Musikpedagog piano/gitarr") == \
        "Musikpedagog"  # not an orchestra instrument listed: left alone
    assert with_instruments("Stråklärare", "tjänsten som stråklärare violin/cello. Vi") == \
        "Stråklärare violin/cello"
    assert with_instruments("Data Analyst", "the Data Analyst viola") == "Data Analyst"


def test_linguist_languages_only_after_a_linguist_title():
    assert with_languages("Reviser", ["the Reviser (Spanish) post"]) == "Reviser (Spanish)"
    assert with_languages("Interprète", ["comme interprète, cabine française, auprès"]) == \
        "Interprète, cabine française"
    # another title keeps its bracket to the readers that judge it
    assert with_languages("Sales Manager", ["the Sales Manager (French) role"]) == "Sales Manager"
    # a bracket that is no language stays out
    assert with_languages("Translator", ["the Translator (Remote) role"]) == "Translator"


def test_chinese_city_bracket_leaves_a_language_bracket_stays():
    assert title_in_script("", "感谢您应聘我司日语翻译（北京）职位") == "日语翻译"
    assert title_in_script("", "感谢您应聘我司翻译（英语）职位") == "翻译（英语）"


def test_spelled_out_only_for_an_acronym_and_a_post_word():
    assert spelled_out("ECT role", "Early Career Teacher - outcome", "") == "Early Career Teacher"
    assert spelled_out("IMCA", "Application - Independent Mental Capacity Advocate", "") == \
        "Independent Mental Capacity Advocate"
    assert spelled_out("ECT role", "Outcome", "nothing spelled") == "ECT role"
    assert spelled_out("Data Analyst", "Data Analyst", "") == "Data Analyst"


def test_hostile_inputs_stay_quick():
    long = "Translator " + "(English and " * 5000
    assert with_languages("Translator", [long]) == "Translator"
    assert orchestra_post("Tutti " * 20000, "solo-" * 20000) is None
    assert with_colon_specialty("Analyst", "Analyst: " + "A " * 5000, "Analyst: " + "A " * 5000,
                                None) in ("Analyst", "Analyst: A A A A")
