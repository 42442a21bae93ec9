"""A body's kind noun standing for the body whose name holds it (session 21).

News names a body in full once ("the parliamentary Joint Committee on Human Rights", "the
Monopolies and Mergers Commission") and then by its kind alone, with or without a modifier:
"the committee stated", "the cross-party committee said", "the commission found".  The kind
noun is a word of the name, so the body meant is the one named before whose name holds it,
capitalised.  Only when exactly one such body is named within the look-back (two committees
named leave "the committee" as written) and the phrase holds no capitalised word of its own
("the Commons committee" names another body).
"""

from __future__ import annotations

from bisect import bisect_left

from .model import Attribution
from .names import Names
from .salience import LOOKBACK

# Kind nouns that are the head word of bodies' names ("Joint Committee on Human Rights").
NAMED_BODY_HEADS = frozenset(
    "committee commission council tribunal panel inquiry authority agency association federation "
    "institute foundation board league".split()
)


def named_by_head(names: Names, pos: int, words: list[str]) -> Attribution | None:
    """The body named before ``pos`` whose name holds the description's head ("the committee"
    after "the Joint Committee on Human Rights"); None when none or more than one does."""
    head = words[-1]
    if head not in NAMED_BODY_HEADS or any(w[:1].isupper() for w in words[1:]):
        return None
    wanted = head.capitalize()
    found: set[str] = set()
    lo = max(0, pos - LOOKBACK)
    for k in range(bisect_left(names.positions, lo), bisect_left(names.positions, pos)):
        entity = names.entities[names.mention_entity[k]]
        name = entity.name.split()
        if entity.kind == "organisation" and len(name) > 1 and wanted in name:  # (not a bare "Committee")
            found.add(entity.name)
    if len(found) != 1:
        return None
    return Attribution(found.pop(), "organisation", None, " ".join(words), None, pos)
