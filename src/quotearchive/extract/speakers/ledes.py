"""A tabloid's capitalised opening word, read as the name it is (session 19).

The Sun, the Mirror and the sites that copy their style set the first word of an article, and
often of its standfirst, in capitals: "KELLY Osbourne has blasted ...", "LINDA NOLAN has revealed
...".  The name rules read a run of capitals followed by a capitalised word as an acronym and a
name ("KELLY Osbourne": a description), so the person the article is about was never one entity
with the "Kelly" that speaks further down.  In the copy the rules read (``speakers.spaced``, one
character for one), such an opening word is written as a name ("Kelly Osbourne"): only at the start
of a paragraph, only when the word is a first name of the lexicon, and only before a surname (a
capitalised word, or a second word in capitals before a lower-case one), so that acronyms opening a
paragraph ("US President Joe Biden", "NASA Administrator") stay as they are.
"""

from __future__ import annotations

import re

from ...lexicon.people import ORG_WORDS
from ...lexicon.sources import COMPANY_NAME_ENDS
from .hangs import FIRST_NAMES

# A paragraph's first word in capitals, then a surname: "KELLY Osbourne", "LINDA NOLAN has".
CAPS_LEDE_RE = re.compile(r"(?m)^([A-Z]{2,})(?=[ \t]+(?:[A-Z][a-z]|[A-Z]{2,}[ \t]+[a-z]))")
# The surname in capitals after it ("NOLAN" in "LINDA NOLAN has").
CAPS_SURNAME_RE = re.compile(r"[ \t]+([A-Z]{2,})(?=[ \t]+[a-z])")

# The word after it that makes the run a body's name, not a person's ("ROSE Bowl", "DEAN Foods").
NAME_OF_BODY = ORG_WORDS | COMPANY_NAME_ENDS | frozenset({"Bowl", "Cup", "Awards", "Festival", "Games", "Street", "Square"})
NEXT_WORD_RE = re.compile(r"[ \t]+([A-Za-z]+)")


def name_caps_ledes(text: str) -> str:
    """``text`` with each paragraph-opening first name in capitals (and its surname in capitals
    right after it) written as a name; the same length, so offsets hold."""
    if not CAPS_LEDE_RE.search(text):
        return text
    parts: list[str] = []
    last = 0
    for m in CAPS_LEDE_RE.finditer(text):
        if m.group(1).capitalize() not in FIRST_NAMES:
            continue
        after = NEXT_WORD_RE.match(text, m.end())
        if after and after.group(1).capitalize() in NAME_OF_BODY:
            continue
        parts.append(text[last : m.start()])
        parts.append(m.group(1).capitalize())
        last = m.end()
        surname = CAPS_SURNAME_RE.match(text, last)
        if surname:
            parts.append(text[last : surname.start(1)])
            parts.append(surname.group(1).capitalize())
            last = surname.end()
    parts.append(text[last:])
    return "".join(parts)
