"""Possessives inside a run of capitals: where one stands, and the one word an owner's possessive
leaves ("Capel's Murtha", "Arsenal's Edu").  Pure functions of the run's text, shared by
:mod:`.runs`, :mod:`.names` and :mod:`.resolve` (session 17).
"""

from __future__ import annotations

import re

# A possessive inside a run of capitals: what follows it may be a person ("the Budget Office's Rudolph Penner").
OWNER_RE = re.compile(r"[’']s\s+(?=[A-Z])")


def owned_word(run: str) -> re.Match | None:
    """The last possessive of ``run`` when one word alone follows it ("Capel's Murtha", "Arsenal's
    Edu"): its match (the word starts at its end); None otherwise."""
    last = None
    for last in OWNER_RE.finditer(run):
        pass
    return last if last is not None and " " not in run[last.end() :] else None


# A possessive with a word of the same run after it: "People's Daily", not "Blair's".
INNER_POSSESSIVE_RE = re.compile(r"\w['’]s[ \t]+[A-Z]")
