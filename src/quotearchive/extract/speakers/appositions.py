"""A description with a name in apposition after it: the name speaks.

US copy introduces people by their office first and their name in commas after it:
"Trump's Virginia state director, Mike Rubino, reached out to the firm, writing in an email:
"..."", "said the bureau's director, James B. Comey, on Monday".  Where a rule's mention
is the description alone (a participle's subject, a verb's subject found past the name, a
parse's noun phrase), the person it names is the one in commas right after it
(issue 14, class 4).  :func:`.mentions.subject_np` does this for a verb right after the
closing comma; this is the same reading for the mentions the other rules find.
"""

from __future__ import annotations

import re

from ...lexicon.people import PERSON_HEADS, ROLE_WORDS
from .model import Attribution
from .names import Names
from .resolve import resolve_mention

# ", Mike Rubino," / ", James B. Comey,": two to four capitalised words or initials between commas.
NAME_IN_COMMAS_RE = re.compile(r",[ \t]+((?:[A-Z][\w'’-]*\.?[ \t]+){1,3}[A-Z][\w'’-]+),")
# How far the text after the description is read (characters): a name and its comma.
REACH = 60
# The last word of a description that a name in apposition may follow: a role, a person.
DESCRIPTION_HEADS = ROLE_WORDS | PERSON_HEADS


def _description_head(as_written: str) -> bool:
    """Does the mention end with a word for a role or a person ("director", "spokesman")?"""
    words = as_written.split()
    return bool(words) and words[-1].lower().rstrip(",") in DESCRIPTION_HEADS


def named_in_apposition(found: Attribution | None, body: str, names: Names) -> Attribution | None:
    """``found``, or the person named in commas right after it when ``found`` is a description
    the rules did not resolve to anyone ("the bureau's director, James B. Comey,")."""
    if found is None or not found.speaker or not found.as_written or found.pos < 0:
        return found
    written = found.as_written.strip()
    if found.speaker != written or not _description_head(written):
        return found  # (a name, or a description resolved to one already)
    end = found.pos + len(written)
    if body[found.pos : end] != written:
        return found
    named = NAME_IN_COMMAS_RE.match(body, end, min(len(body), end + REACH))
    if named is None:
        return found
    person = resolve_mention(named.group(1), named.start(1), found.cue, written, names)
    if person is None or person.speaker_type != "person" or not person.speaker:
        return found
    person.role = person.role or written
    person.rule = found.rule
    return person
