"""A body's kind noun standing for the body whose name holds it (session 21).

News names a body in full once ("the parliamentary Joint Committee on Human Rights", "the
Monopolies and Mergers Commission") and then by its kind alone, with or without a modifier:
"the committee stated", "the cross-party committee said", "the commission found".  The kind
noun is the head of the name ("Court" in "Court of Appeal"), so the body meant is the one named
before whose name it heads.  Only when exactly one such body is named within the look-back (two
committees named leave "the committee" as written) and the phrase's other words keep the body's
identity ("the cross-party committee"; "the Commons committee", "the appeal court", "the company's
board" name another body).
"""

from __future__ import annotations

from bisect import bisect_left

from .model import Attribution
from .names import Names
from .salience import LOOKBACK

# Kind nouns that are the head word of bodies' names ("Joint Committee on Human Rights").  Not
# "union": the European, Soviet or Western Union is named around many a trade union.
NAMED_BODY_HEADS = frozenset(
    "committee commission council tribunal panel inquiry authority agency association federation "
    "institute foundation board league court guild".split()
)
# Lower-case words that keep the body's identity ("the cross-party committee"); any other names a
# kind of body of its own ("the appeal court", "the local authority", "the city council").
SAME_BODY_MODIFIERS = frozenset(
    "cross-party all-party parliamentary joint independent influential powerful new same whole full "
    "international national federal".split()
)
# Words after which a name's head has ended ("Joint Committee on Human Rights", "Institute for Fiscal Studies").
NAME_HEAD_ENDS = frozenset("of for on to in".split())


def named_by_head(names: Names, pos: int, words: list[str]) -> Attribution | None:
    """The body named before ``pos`` whose name the description's head heads ("the committee"
    after "the Joint Committee on Human Rights"); None when none or more than one does."""
    head = words[-1]
    if head not in NAMED_BODY_HEADS or any(w not in SAME_BODY_MODIFIERS for w in words[1:-1]):
        return None  # ("the Commons committee", "the company's board", "the appeal court": another body)
    wanted = head.capitalize()
    found: set[str] = set()
    lo = max(0, pos - LOOKBACK)
    for k in range(bisect_left(names.positions, lo), bisect_left(names.positions, pos)):
        entity = names.entities[names.mention_entity[k]]
        if entity.kind == "organisation" and name_head(entity.name) == wanted:
            found.add(entity.name)
    if len(found) != 1:
        return None
    return Attribution(found.pop(), "organisation", None, " ".join(words), None, pos)


def name_head(name: str) -> str | None:
    """The head word of a body's name: its last word, or the word before "of", "for", "on" ("Court
    of Appeal" -> "Court"; also "to", "in"); None for a one-word name ("Committee" alone names no body)."""
    words = name.split()
    if len(words) < 2:
        return None
    for k, word in enumerate(words[1:], start=1):
        if word in NAME_HEAD_ENDS:
            return words[k - 1]
    return words[-1]
