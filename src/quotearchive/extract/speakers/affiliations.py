"""A person, then where they work and where that is: "Lauren Nel from Natural Justice in Cape Town
says:" (session 21).

News gives a source's affiliation and its town after the name, each joined by a preposition ("from",
"of", "at", "with", "in").  The speaker is the person named first; the runs after are the body and
the place, whatever the name table made of them (a place next to "says" may be taken for a person).
:mod:`.resolve` reads the last name-like run of the phrase; :func:`after_named_person` tells it to
keep the person a run joined by such a preposition follows.
"""

from __future__ import annotations

import re

from .names import Names
from .runs import ParsedName

# The words between the person's run and the next: a preposition, an article, up to three words.
JOINED_RE = re.compile(r"[ \t,]+(?:of|from|at|with|in)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,3}")


def after_named_person(np_text: str, best: ParsedName | None, best_end: int, run_start: int, names: Names) -> bool:
    """Does the run at ``run_start`` come after a person the article names (``best``, ending at
    ``best_end``), joined to it by an affiliation's or a place's preposition?"""
    if best is None or best.kind != "person" or len(best.tokens) < 2:
        return False
    if not JOINED_RE.fullmatch(np_text, best_end, run_start):
        return False
    entity = names.person(best.tokens, best.title)
    return entity is not None and entity.kind == "person" and entity.gender in ("m", "f")
