"""The reason a rejection gives: families of wording, and near misses that give none."""

from __future__ import annotations

import pytest

from ajar.formats.mail_reason import reason_from_text

# (the email's text, a phrase the reason must hold)
GIVEN = [
    # what decided
    ("Thanks for the interviews. It came down to hands-on grant writing; the person we"
     " chose has run three bids.", "grant writing"),
    ("We won't be moving ahead. The main concern for the panel was your notice period of"
     " six months.", "notice period"),
    ("We are not proceeding, because the role now needs weekend availability.",
     "weekend availability"),
    # who was chosen
    ("We have given the shift manager job to someone who already knows our till system.",
     "till system"),
    ("In the end we went with a locum who has covered this ward for a year.",
     "covered this ward"),
    ("We've taken on a student from the catering college for the summer.",
     "catering college"),
    ("The committee appointed a candidate whose fieldwork in coastal ecology suited the"
     " grant.", "coastal ecology"),
    ("They decided to interview people with more Salesforce administration behind them.",
     "Salesforce"),
    # what they need
    ("Sadly we need someone who can drive the van on day one, so it's a no.",
     "drive the van"),
    ("For this post we require a full UK driving licence, which your form did not show.",
     "driving licence"),
    # what happened to the job
    ("The vacancy has now been filled by a colleague from the Leeds office.", "filled"),
    ("Our funding for the project was not renewed, so the post will not go ahead.",
     "funding"),
    ("We can't offer visa sponsorship for this position.", "visa sponsorship"),
    # what was missing
    ("Your test score did not meet the pass mark of 70 for this grade.", "pass mark"),
    ("You have not achieved the qualifying mark at interview.", "qualifying mark"),
    ("Your portfolio was strong, but the layouts felt too close to templates for us.",
     "templates"),
    ("One referee was unable to confirm your dates of employment, so we cannot continue.",
     "referee"),
    # the vocative before "thanks" does not hide a reason later on
    ("Sam - thanks for the trial. We're giving the commis job to Leo who's been with us on"
     " weekends.", "Leo"),
    # German and French letters
    ("Ausschlaggebend war die fehlende Erfahrung mit SAP.", "SAP"),
    ("Nous ne retenons pas votre candidature en raison d'un profil plus junior.",
     "profil plus junior"),
]

# No reason in these: only how many applied, a hard choice, a closing line, a footer.
NONE_GIVEN = [
    "We received a very high volume of applications and will not be taking yours further.",
    "Due to the volume of applications we are unable to provide individual feedback.",
    "Competition for places was exceptionally strong this year.",
    "It was a difficult decision and we have chosen another candidate.",
    "You were in the final two and it wasn't an easy call.",
    "If you gain more experience in acute care, we'd encourage you to apply again.",
    "We will keep your details on file for future openings with more experience needed.",
    "You're receiving this because you applied through JobHarbor.",
    "We would be grateful if you could complete a short survey about your experience of"
    " our recruitment process.",
    "This decision is not a reflection of your qualifications.",
    "Thank you for your interest. We have decided not to proceed with your application.",
]


@pytest.mark.parametrize(("text", "phrase"), GIVEN, ids=[p for _, p in GIVEN])
def test_the_sentence_that_gives_the_reason_is_read(text: str, phrase: str) -> None:
    found = reason_from_text("Hi Alex,\n\n" + text + "\n\nBest wishes,\nJo")
    assert found is not None and phrase.casefold() in found.casefold(), found


@pytest.mark.parametrize("text", NONE_GIVEN)
def test_no_reason_is_made_up(text: str) -> None:
    assert reason_from_text("Dear Alex,\n\n" + text + "\n\nKind regards,\nHR") is None


def test_the_reason_beats_the_boilerplate_beside_it() -> None:
    text = ("We had over 300 applications for this post.\n\nIt was a tough choice - we simply"
            " had more candidates with ward-manager experience than we could interview.")
    assert "ward-manager experience" in (reason_from_text(text) or "")


def test_quoted_lines_and_abbreviations() -> None:
    text = ("Sorry, no.\n\n> We need someone who speaks Dutch, e.g. for the Ghent clients.\n\n"
            "We need someone with e.g. NHS payroll experience in the team.")
    assert reason_from_text(text) == "We need someone with e.g. NHS payroll experience in the team."


def test_a_long_sentence_is_cut_to_the_clause_that_gives_the_reason() -> None:
    filler = "we talked about it at length with everyone involved in the process " * 6
    found = reason_from_text(f"Well, {filler}; the main gap was depth in SQL tuning; {filler}.")
    assert found is not None and len(found) <= 301 and "SQL tuning" in found
    huge = reason_from_text(("word " * 5000) + "because of the budget.")
    assert huge is None or len(huge) <= 301
