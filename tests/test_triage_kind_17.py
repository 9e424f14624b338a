"""Seventeenth pass (kind): features that carry across languages and who a no is said to.
The first letters of a long word tie its inflections and its cousins in other languages
together; the second person in any language marks a sentence said to the reader; going on
with other people is a choice of others; a setting word that is only the employer's own
(an airline's "Flight Operations", a school called "... Gate") no longer hides a clear no
said to the reader; a Turkish, Romanian, Czech or Dutch job word opens the gate; a pet's
adoption and an exam appeal are other things. New wordings, not copied from the corpus;
each family has near misses that keep their answer."""

from __future__ import annotations

from ajar.formats import triage_model
from ajar.formats.triage import _JOB_CONTEXT, classify


def _features(sentence: str) -> set[str]:
    return triage_model.features(triage_model.tokens(sentence))


def test_long_words_share_their_first_letters_across_inflections() -> None:
    turkish = _features("sonucunuz olumsuz değerlendirildi")
    inflected = _features("sonuçlarınız olumsuz değerlendirilmiştir")
    assert "^deger" in turkish & inflected
    assert "^olums" in turkish & inflected  # "olumsuz" has seven letters: the shortest long word
    assert not any(f.startswith("^") for f in _features("we met on the day"))  # short words


def test_a_negated_long_word_keeps_its_prefix_in_the_scope() -> None:
    assert "~^selec" in _features("no has sido seleccionado para la siguiente fase")
    assert "~^selez" in _features("non sei stato selezionato")
    assert "^selec" in _features("hemos seleccionado a otra persona")  # not negated: no "~"
    assert "~^selec" not in _features("hemos seleccionado a otra persona")
    assert not any(f.startswith("^") for f in _features("your application"))  # a topic word


def test_the_reader_is_heard_in_other_languages() -> None:
    for sentence in ("nu vom continua procesul cu tine", "we gaan niet verder met jouw kandidatuur",
                     "bohužel vás nemůžeme pozvat", "sizin başvurunuz"):
        assert "#addressed" in _features(sentence), sentence
    assert "#addressed" in _features("niestety nie możemy cię zaprosić na rozmowę")
    assert "#addressed" not in _features("the team met on monday")
    assert triage_model.said_to_the_reader("können wir Ihnen kein Angebot machen")
    assert not triage_model.said_to_the_reader("the panel met twice")


def test_going_on_with_other_people_is_a_cue() -> None:
    for sentence in ("the client will take things forward with three people from banking",
                     "we are proceeding with a candidate who has led a team before",
                     "they carry on with other applicants from the pool"):
        assert "#on-with-others" in _features(sentence), sentence
    for sentence in ("we will proceed with your application next week",
                     "let's go ahead with the interview on friday",
                     "we are moving forward with the project plan"):
        assert "#on-with-others" not in _features(sentence), sentence


def test_the_explanation_reads_the_new_features() -> None:
    model = triage_model.Model(0.0, {"^selec": 1.0, "~^selec": 1.0, "#addressed": 1.0,
                                     "#on-with-others": 1.0})
    assert set(model.strongest({"^selec", "~^selec", "#addressed"})) == {
        "selec-", "not ... selec-", "said to you"}
    assert model.strongest({"#on-with-others"}) == ["going on with others"]


def test_job_words_in_turkish_romanian_czech_and_dutch_open_the_gate() -> None:
    for text in ("başvurunuz hakkında", "mülakat daveti", "procesul de recrutare",
                 "děkujeme za pohovor", "bedankt voor het intakegesprek"):
        assert _JOB_CONTEXT.search(text), text
    for text in ("gesproken met de buren", "recreation", "başka bir gün"):
        assert not _JOB_CONTEXT.search(text), text


DUTCH_NOTE = ("Waarneming Utrecht",
              "Hoi Sam,\n\nBedankt voor het intakegesprek van dinsdag. Helaas gaat het niet "
              "door bij de kliniek: zij hebben de plek intussen ingevuld met iemand die meteen "
              "kon beginnen.\n\nGroet,\nLotte")


def test_a_dutch_note_whose_only_job_word_is_the_intake_is_a_rejection() -> None:
    assert classify(*DUTCH_NOTE, "lotte@bureau.example").kind == "rejection"


def test_a_dutch_intake_invitation_is_not_a_rejection() -> None:
    text = ("Hoi Sam,\n\nLeuk dat je gesolliciteerd hebt! Zullen we volgende week dinsdag om "
            "tien uur een intakegesprek plannen?\n\nGroet,\nLotte")
    assert classify("Intakegesprek", text, "lotte@bureau.example").kind != "rejection"


ADOPTION = ("Your application to adopt Pepper",
            "Hi Sam,\n\nThanks so much for applying to adopt Pepper and for letting our "
            "volunteer do the home check.\n\nSadly we have decided not to go ahead with your "
            "application. Pepper is nervous around other dogs and cats, and the rescue feels "
            "she needs a quiet home as the only pet. Another adopter with no pets has been "
            "matched with her.\n\nBest,\nMaria (rehoming team)")
EXAM_APPEAL = ("Appeal outcome - candidate 2291",
               "Dear Ms Grey,\n\nWe have completed the appeal you submitted on behalf of your "
               "centre for candidate 2291.\n\nUnfortunately the appeal was unsuccessful: the "
               "marking was found to be consistent and the grade stands.\n\nExaminations "
               "Officer\nNational Examinations Board")


def test_an_adoption_turned_down_is_not_a_rejection() -> None:
    verdict = classify(*ADOPTION, "homing@rescue.example")
    assert verdict.kind == "other", verdict
    assert "an animal or an adoption" in verdict.because[0]


def test_an_unsuccessful_exam_appeal_is_not_a_rejection() -> None:
    assert classify(*EXAM_APPEAL, "appeals@exams.example").kind == "other"


def test_a_job_at_a_rescue_or_an_exam_board_is_still_a_job() -> None:
    text = ("Dear Sam,\n\nThank you for interviewing for the Kennel Assistant position at our "
            "rescue centre. Unfortunately we will not be offering you the position; we have "
            "appointed a candidate with more experience of handling nervous dogs.\n\nHR")
    assert classify("Kennel Assistant position", text, "hr@rescue.example").kind == "rejection"
    text = ("Dear Sam,\n\nThank you for applying for the Examinations Officer post. We regret "
            "that your application has not been successful and we will not be inviting you to "
            "interview.\n\nHR, National Examinations Board")
    assert classify("Examinations Officer post", text, "hr@exams.example").kind == "rejection"


SIM_CHECK = ("Your simulator assessment",
             "Dear Sam,\n\nThank you for attending the simulator assessment, the final stage of "
             "our recruitment for First Officers.\n\nHaving reviewed the assessors' reports, I'm "
             "sorry to tell you that we will not be taking your application further. The engine "
             "failure exercise was the deciding factor.\n\nYou may reapply after twelve months."
             "\n\nRegards,\nPilot Recruitment\nFlight Operations, Examplair")
SIM_BOOKING = ("Your simulator session",
               "Dear Sam,\n\nThank you for booking a simulator session for your type rating "
               "revalidation.\n\nUnfortunately we are unable to offer you the slot on Friday as "
               "the flight simulator is under maintenance; your booking has moved to Monday.\n\n"
               "Regards,\nTraining Bookings\nFlight Operations, Examplair")


def test_an_airlines_own_setting_word_does_not_hide_a_no_said_to_the_reader() -> None:
    verdict = classify(*SIM_CHECK, "pilots@examplair.example")
    assert verdict.kind == "rejection", verdict


def test_a_simulator_booking_moved_is_still_not_a_rejection() -> None:
    assert classify(*SIM_BOOKING, "bookings@examplair.example").kind == "other"
