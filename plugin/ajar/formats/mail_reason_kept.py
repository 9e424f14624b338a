"""Twenty-eighth pass (reason): the job kept where it already was.

A small employer rarely writes "filled internally"; it says it keeps the work with the people
it has: "we're going to keep Dan on as coordinator", "keeping the position with Marc", "keep
design with the agency through the end of the year", "keep the team as it is and revisit the
post in the new financial year", "I can't justify a supervisor's wage this side of spring".
Phone notes say the same in their own languages: "lo cubrimos con alguien de adentro", "en af
vores egne montører", "aus der eigenen Truppe", "z własnej ekipy".

"I'll keep your CV on file" and "keep in touch" keep nothing of the job's, so the kept thing
may not be the reader or their papers.
"""

from __future__ import annotations

import re

REASON_CUES_KEPT = [re.compile(p, re.I) for p in (
    # the work kept with someone already there, or the team kept as it is
    r"\b(?:keep|keeping|kept)\s+(?!(?:you|your|in touch|an eye|you['’]re)\b)(?:[\w'’-]+\s+){0,4}?"
    r"(?:with|within)\s+(?:[\w'’-]+\s+){0,2}?(?:agency|team|interim|existing|own|current|people|"
    r"staff|colleagues?|in-house|partners?|two|three)\b"
    r"|\b(?:keep|keeping) (?:the|this|that) (?:role|post|position|job|seat) with (?-i:[A-Z])\w+"
    r"|\b(?:keep|keeping) (?-i:[A-Z])\w+ on (?:as|in|for)\b"
    r"|\bkeep(?:ing)? the (?:[\w-]+ ){0,3}(?:team|department|practice|desk|unit) (?:as it is|small|"
    r"where it is)\b"
    # a wage or a post the writer cannot pay for
    r"|\b(?:can['’]t|cannot|can not|couldn['’]t) justify (?:a|an|another|the|hiring)\b"
    r"|\bone (?:salary|salaried|funded) (?:line|post|position|place)\b",
    # someone from inside, said the way a phone note says it
    r"\b(?:alguien|una persona|un chico|una chica|uno|una) (?:de adentro|de dentro|de la casa)\b"
    r"|\b(?:alguém|uma pessoa) (?:de dentro|da casa)\b"
    r"|\b(?:en|et|ei|ett|én|one) af (?:vores|våre|våra) egne\b|\b(?:vores|våre|våra) egne "
    r"(?:folk|medarbejdere|ansatte|montører|folkene)\b"
    r"|\b(?:aus|von) (?:der|den|unserer|unseren) eigenen (?:Truppe|Reihen|Leuten|Mannschaft|Team)\b"
    r"|\bz (?:własnej|naszej) (?:ekipy|załogi|firmy)\b",
)]


# The job given to someone named or already there ("voted to give the Development Director job
# to Carla", "he will take the reception"; "to another candidate" is the no itself); the
# chosen person's years with the employer ("she has been volunteering with us for two years",
# "he's walked those trails for years", "gave them the edge"); and the plan the job hung on
# changed ("pushed the turnaround back to April", "suspending the programme", "the scope has
# narrowed", "cannot commit to a new salaried post").
REASON_CUES_GIVEN = [re.compile(p, re.I) for p in (
    r"\b(?:give|gave|given|giving|offer(?:ed|ing)?|award(?:ed|ing)?|hand(?:ed|ing)?) (?:the |this |"
    r"that )?(?:[\w-]+ ){0,3}(?:job|post|position|role|place|seat|contract|vacancy) to (?:one of "
    r"(?:our|their|the)|our (?:own|interim|current|existing)|(?!(?:Another|Someone|Somebody|A|An|"
    r"The)\b)(?-i:[A-Z])[\w'’-]+)"
    r"|\b(?:he|she|they) (?:will|['’]ll|is going to|are going to) (?:take|cover|run|do) (?:the|our|"
    r"this) \w+",
    r"\b(?:she|he|they)(?:['’]s|['’]ve| has| have| had)(?: been)? (?:\w+ ){1,6}?for (?:\w+ )?"
    r"(?:years|months|seasons)\b|\bgave (?:him|her|them) the edge\b",
    r"\b(?:pushed|moved|put) (?:\w+ ){0,4}?back (?:to|until|till)\b|\bpushed (?:out )?to (?:next|"
    r"the new|20\d\d)\b|\b(?:suspend(?:ed|ing)?|shelv(?:ed|ing)|scrapp(?:ed|ing)|postpon(?:ed|ing)|"
    r"defer(?:red|ring))\b|\bscope (?:has )?(?:narrowed|shrunk|changed|been cut)\b|\bcut the "
    r"scope\b|\b(?:cannot|can['’]t|could not|couldn['’]t) commit to\b",
)]
