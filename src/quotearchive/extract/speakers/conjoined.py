"""A second predicate with a setting fronted before its verb: "The employee first said he did not
recall it, but in a later interview said he had ...", "The mayor denied it and in a statement
said ..." (issue 14, class 1).

The verb's subject is the sentence's, as for "X denied it and said"; read back from the verb
without this, the setting's noun ("a later interview", "a statement") was taken as the speaker.
The setting is cut from the words before the verb, so that they end with the conjunction and the
coordinated-subject rule of :func:`.mentions.subject_before` reads the sentence's subject.
"""

from __future__ import annotations

import re

from ...lexicon.reported import SPEAKING_OCCASIONS

_OCCASION = "(?:" + "|".join(re.escape(noun) for noun in SPEAKING_OCCASIONS) + ")"
_WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "and"/"but", then a preposition, up to four lower-case words and an occasion's noun, and an
# optional time ("on Tuesday", "last week", "later"), ending the words before the verb. Lower
# case only: a capitalised word may be the subject ("and in a statement Ms Lee said").
SETTING_AFTER_CONJUNCTION_RE = re.compile(
    r"\b(?:and|but)(\s+(?:in|on|at|during)\s+(?:[a-z][\w'’-]*\s+){0,4}" + _OCCASION
    + r"(?:\s+(?:on\s+" + _WEEKDAY + r"|last\s+(?:week|month|year|night)|later|afterwards?|" + _WEEKDAY + r"))?)\s*$"
)

# How far back from the verb the setting is looked for (characters): the regex reads only the end.
REACH = 120


def cut_setting_after_conjunction(left: str) -> str:
    """``left`` (the words before a verb) without a setting between "and"/"but" and the verb."""
    end = left[-REACH:]
    if " and " not in end and " but " not in end:
        return left  # (most verbs' left words: the regex is not run)
    found = SETTING_AFTER_CONJUNCTION_RE.search(left, max(0, len(left) - REACH))
    if found is None:
        return left
    return left[: found.start(1)] + " "
