"""Twenty-eighth pass (stage): an English letter that alludes to the step instead of naming it.

Two families the earlier cues read as applying:

* the reader met the team, said only by what happened: "thanks so much for speaking with Paweł
  and Kinga", "lovely to see you at the office on Thursday", "thank you for coming down to the
  office on Saturday" (an interview);
* an agency's relay of its client's answer: "heard back from my client", "had feedback from my
  client this morning", "the client's gone another way", "while we waited on the client", "the
  CVs I presented". The corpus convention (see ``mail_stage_client``) makes a CV put to a
  client the screening, whatever the client decided.

Only forms that put the step in the past are listed; "I'd love you to meet the team" or "the
client will review" is no step reached.
"""

from __future__ import annotations

import re

_CLIENT = r"(?:client|hiring company|client company|hiring manager)"

_THANKS_FOR_SPEAKING = (r"(?:thanks|thank you)(?: so much| very much| again)? for (?:speaking|talking|"
                        r"chatting|meeting|sitting down) (?:with|to) ")
_NAMED = (r"(?!(?:me|us|myself)\b)(?:(?:Dr|Prof|Mr|Mrs|Ms)\.? )?(?-i:[A-Z])[\w'’-]+"
          r"(?: (?-i:[A-Z])[\w'’-]+)?(?![\w'’-])")

TWENTY_EIGHTH_STAGE_CUES = {
    "interview": (
        # thanks for speaking with two people named: the team (one named is a recruiter's
        # screen, below; "with me" is read by the talk reader, recruiter or hiring side)
        r"\b" + _THANKS_FOR_SPEAKING + _NAMED + r",? and (?:me\b|myself\b|(?-i:[A-Z])[\w'’-]+)"
        # seen or met in person, with a place or a day
        r"|\b(?:lovely|great|good|nice|wonderful|a pleasure|a real pleasure|brilliant) (?:to )?"
        r"(?:see|seeing|meet|meeting) you (?:at (?:the|our) |in (?:the|our) |on (?:mon|tues|wednes|"
        r"thurs|fri|satur|sun)day|yesterday|last week|earlier|this morning)"
        # came down or up to the office, or came on a day ("thanks for coming up saturday")
        r"|\bfor (?:coming|popping|dropping) (?:down |up |over |in |by |along )+to (?:the|our) "
        r"(?:office|studio|site|yard|clinic|kitchen|restaurant|lab|plant|depot|school|hotel|store)\b"
        r"|\b(?:thanks|thank you|thx|cheers)(?: so much| again)? for (?:coming|popping|dropping|"
        r"stopping) (?:in |by |over |along |up |down |out )?(?:on |last )?(?:mon|tues|wednes|thurs|"
        r"fri|satur|sun)(?:day)?\b|\b(?:thanks|thank you|thx|cheers)(?: so much| again)? for "
        r"(?:coming|popping|dropping|stopping) (?:in |by |over |along |up |down |out )?(?:on )?"
        r"(?:sat|sun|mon|tue|wed|thu|fri)\b"),
    "screening": (
        # thanks for speaking with one person named: "chatting with Rosa last week"
        r"\b" + _THANKS_FOR_SPEAKING + _NAMED + r"(?!,? and |\s(?-i:[A-Z]))"
        # the agency heard its client, or waited on it
        r"|\b(?:heard|hear|came|come|got|get|getting) back from (?:the|my|our) " + _CLIENT + r"\b"
        r"|\b(?:feedback|word|news|an answer|a response|a reply|an update) (?:back )?from (?:the|my|"
        r"our) client\b"
        r"|\bclient['’]s (?:now |just |finally |since )?(?:gone|going|decided|chosen|opted|come "
        r"back|passed|declined)\b"
        r"|\b(?:waited|waiting) (?:on|for) (?:the|my|our) client\b"
        # (eighty-second pass: the client named, "Holloway Bank came back to me today")
        r"|\b(?-i:[A-Z])[\w&'’.-]+ (?-i:[A-Z])[\w&'’.-]+(?: (?-i:[A-Z])[\w&'’.-]+)? (?:came|has come|got) "
        r"back to me (?:today|yesterday|this morning|this afternoon|earlier)\b"
        # the agency put the CV to the client
        r"|\bI (?:have |had |'ve |’ve )?(?:presented|submitted|sent|forwarded|put forward) your "
        r"(?:cv|c\.v\.|resume|résumé|profile)\b"
        r"|\bthe (?:cvs?|c\.v\.s?|profiles?|resumes?) I (?:had )?(?:presented|sent|submitted|"
        r"put forward|forwarded)\b"),
}
