"""A company named once with its kind, then called "the company".

Business news introduces a company with what kind of business it is, right before its name
("Up to 2,500 jobs are to go at US insurance broker Marsh & McLennan ... the company said",
"carmaker DaimlerChrysler ... said the company", "equipment supplier Ericsson ... The firm"),
and from then on calls it by a generic noun that names no kind: "the company", "the firm",
"the group".  ``descriptions._named_with_kind`` asks for the *same* noun before the name ("the
magazine" after "magazine Mobile PC"); a generic description says nothing the kind word could
contradict, so it may stand for a company introduced with any business kind.  Tried last,
where no rule of body found an organisation (the bare names such news repeats, "Next",
"Shell", are not in the name table).  Not when the name reads as a person's ("drugmaker Dr
Reddy's": a title), opens with a nationality or a day, or when another organisation of the
name table is named after the introduction (then "the company" may be that one).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...lexicon.people import NATIONALITIES
from ...lexicon.referents import COMPANY_KIND_WORDS, GENERIC_COMPANY_HEADS
from .model import Attribution
from .names import Names
from .runs import parse_run

LOOKBACK = 1500  # characters before the description (the reach of the walk in ``salience``)
_KINDS = "|".join(sorted(COMPANY_KIND_WORDS))
# A kind word (lower case, or capitalised opening a sentence) then the name: capitalised words,
# "&" allowed between them; no stop inside (a sentence's end), an apostrophe ends the run.
INTRODUCED_RE = re.compile(
    rf"\b(?:[Bb]ook|[a-z]*)maker[ \t]+(?P<a>[A-Z][\w-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w-]*){{0,4}})"
    rf"|\b(?:(?:{_KINDS})|(?:{_KINDS.title()}))[ \t]+(?P<b>[A-Z][\w-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w-]*){{0,4}})"
)
NOT_FIRST = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December The A An In On At It He She They This That But And I "
    "Its His Her Their Our".split()
)


def introduced_company(names: Names, pos: int, words: list[str]) -> Attribution | None:
    """"the company" / "the firm" / "the group" at ``pos``: the company the article introduced
    last with its business kind right before its name, within the lookback, no other
    organisation named since; None otherwise."""
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in GENERIC_COMPANY_HEADS:
        return None
    lo = max(0, pos - LOOKBACK)
    found = None
    for found in INTRODUCED_RE.finditer(names.body, lo, pos):
        pass
    if found is None:
        return None
    run = found.group("a") or found.group("b")
    first = run.split()[0]
    if first in NOT_FIRST or first in NATIONALITIES:
        return None
    parsed = parse_run(run)
    if parsed is not None and parsed.kind == "person":
        return None  # ("group James Hardie" too: a name the rules read as a person's is left)
    end = found.end()
    k = bisect_left(names.positions, pos) - 1
    while k >= 0 and names.positions[k] > end:
        other = names.entities[names.mention_entity[k]]
        if other.kind == "organisation" and other.name not in run and run not in other.name:
            return None
        k -= 1
    return Attribution(run, "organisation", None, " ".join(words), None, pos)
