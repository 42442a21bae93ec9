"""A role phrase and a name introducing a quote with a colon, no verb (issue 14, class 3):
"City council leader Tom Reed: "..."", "Bolton boss Sam Allardyce: "..."".

The colon rule of ``leading.leading_speaker`` took such a line only when every word before the
name was capitalised or a role word; a body's lower-case noun inside the role ("council", "party",
"county") made it refuse, and no rule then named anyone. The role's last word, right before
the name, is its head: a job noun ("leader", "controller", "director") before a known first name
and a surname is enough.
"""

from __future__ import annotations

import re

from ...lexicon.people import FIRST_NAMES, ROLE_ADJECTIVES, ROLE_WORDS
from ..cues import SPEECH_CUE_RE

# The words that may join a role's words: "Secretary of State", "spokesman for the council".
ROLE_CONNECTIVES = frozenset({"of", "for", "and"})
# A job noun by its ending, where the lexicon lacks it ("controller", "organiser", "analyst").
JOB_ENDING_RE = re.compile(r"[a-z]{3,}(?:er|or|ist|ant|ent)$")


def role_and_name(phrase: str) -> bool:
    """Is ``phrase`` (the words before a colon) a role and a name: every word capitalised, a role
    word or a joining word, or a job noun right before a known first name and a surname?"""
    words = phrase.split()
    if all(w[:1].isupper() or w.lower() in ROLE_WORDS or w in ROLE_CONNECTIVES or w in ROLE_ADJECTIVES for w in words):
        return True
    if not words or SPEECH_CUE_RE.fullmatch(words[0].lower()):
        return False  # ("Said Wales assistant coach Scott Johnson:": an inverted verb, read as such)
    last_lower = max((k for k, w in enumerate(words) if not w[:1].isupper()), default=-1)
    name = words[last_lower + 1 :]
    head = words[last_lower].lower() if last_lower >= 0 else ""
    return (2 <= len(name) <= 3 and name[0] in FIRST_NAMES
            and (head in ROLE_WORDS or JOB_ENDING_RE.fullmatch(head) is not None))
