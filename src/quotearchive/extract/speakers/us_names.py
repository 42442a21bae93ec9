"""Names as US political news writes them (issue 14, class 2 and 9).

US copy puts a place and an office before the name and a middle initial inside it:
"New York Congressman Pete King", "Senate Majority Leader Harry M. Reid", and a home town with
its state written out after an age ("Ms. Lee, 54, a retired teacher from Dayton, Ohio, said").
The run reader (``runs``) and the subject reader (``mentions``) ask these questions; they are
kept here because those modules are full.
"""

from __future__ import annotations

import re

from ...lexicon.people import FIRST_NAMES
from ...lexicon.places import AFTER_NEW_IN_PLACES, US_STATE_NAMES, US_STATES


def new_opens_place(tokens: list[str]) -> bool:
    """Does a run open with "New" that is the first word of a place ("New York", "New Jersey"),
    so that it is kept with the role that follows rather than dropped as a headline's word?"""
    return len(tokens) > 2 and tokens[0] == "New" and tokens[1] in AFTER_NEW_IN_PLACES


def surname_after_first(rest: list[str], index: int) -> bool:
    """May the word at ``index`` of a name after a role be a surname that is also a role word
    ("Pete King", "Tom Judge")? Only as the last word, after a known first name."""
    return index == len(rest) - 1 and index > 0 and rest[0] in FIRST_NAMES


_STATE = "(?:" + "|".join(re.escape(state) for state in sorted(set(US_STATES) | set(US_STATE_NAMES), key=len, reverse=True)) + ")"
# "... from Dayton, Ohio," at the end of a subject: the state after a home town named with
# "from", "of", "in" or "near" (up to three capitalised words), right before the subject's last comma.
STATE_AFTER_TOWN_RE = re.compile(
    rf"\b(?:from|of|in|near)\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}[A-Z][\w'’.-]*(,\s*{_STATE})(?=,\s*$)"
)

# How far back from the verb the home town and state are looked for (characters).
REACH = 120


def blank_state_after_town(left: str) -> str:
    """``left`` (the words before a verb) with a state after a home town blanked, so that the
    aside's comma before it is no apposition's: "Ms. Lee, 54, a retired teacher from Dayton,
    Ohio," reads as "Ms. Lee, 54, a retired teacher from Dayton,". Blanked, not cut: offsets
    still point into the body."""
    if not left.rstrip().endswith(","):
        return left  # (most subjects: the regex is not run)
    found = STATE_AFTER_TOWN_RE.search(left, max(0, len(left) - REACH))
    if found is None:
        return left
    start, end = found.span(1)
    return left[:start] + " " * (end - start) + left[end:]
