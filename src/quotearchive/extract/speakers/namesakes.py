"""Telling apart two people of one article who share a surname.

:mod:`.names` keys people by surname; when a second full name with the same surname comes,
these tests say whether it is another person ("Officer Blake Snyder" and his widow
"Elizabeth Snyder"; "the producer Quincy Jones" and "Paul Jones"), and which of the
namesakes a title alone means ("Mrs Snyder" is the woman).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lexicon.people import FIRST_NAMES
from .model import Entity
from .runs import gender_of


def named_as_person(first: str, evidenced: bool) -> bool:
    """Is ``first``, the word before a surname, a first name: a known one, or any
    capitalised word of letters when the mention came with a title or a role
    ("Officer Blake Snyder", "the producer Quincy Jones"); not "Rolling" of
    "Rolling Stone", nor a headline's adjective ("Fuming Robinson")."""
    return first in FIRST_NAMES or (evidenced and first.isalpha() and first[:1].isupper())


def another_namesake(named: list[str], named_evidenced: bool, tokens: list[str], evidenced: bool) -> bool:
    """Are ``tokens`` a different person from the one named ``named`` (same surname)?
    Yes when the first names differ and both are first names: two known ones were told apart
    already (``names._same_person``); this adds a known first name against an unknown one
    given with a title, a role or an age, and two unknown ones given so ("the producer
    Quincy Jones", "Norah Jones, the singer,")."""
    first = tokens[0]
    if len(named) < 2 or len(tokens) < 2 or first in named:
        return False
    other = named[0]
    if first not in FIRST_NAMES and other not in FIRST_NAMES:
        return evidenced and named_evidenced and first.isalpha() and other.isalpha()
    return named_as_person(first, evidenced) and named_as_person(other, named_evidenced)


def by_gender(candidates: list[tuple[int, int]], entities: Sequence[Entity], gender: str) -> list[tuple[int, int]]:
    """Of the namesakes' full mentions (position, entity), those of the person of ``gender``
    ("Mrs Snyder" after "Officer Blake Snyder" and "Elizabeth Snyder"): all of them when
    the title tells nothing or no one of that gender is among them."""
    if gender not in ("m", "f"):
        return candidates
    kept = [spot for spot in candidates if entities[spot[1]].gender == gender]
    return kept or candidates


# Session 18: a relative named with the family's surname ("Fischer's mother, Adrianne Fischer,", "his
# wife Jane Doe") and a person given an age as a description ("Tanner Fischer, the 26-year-old president")
# are people in their own right, as a title or a role shows: two unknown first names so given are two people.
KIN_BEFORE_RE = re.compile(
    r"\b(?:mother|father|wife|husband|son|daughter|brother|sister|widow|widower|aunt|uncle|cousin|niece|nephew|"
    r"grandmother|grandfather|grandson|granddaughter|stepmother|stepfather|stepson|stepdaughter|twin)"
    r"(?:-in-law)?,?[ \t]+$")
AGE_DESCRIBED_AFTER_RE = re.compile(r",[ \t]+(?:the|a|an)[ \t]+\d{1,3}-year-old\b")
KIN_REACH = 20  # characters before the name: "stepdaughter, " is the longest


def shown_by_kin_or_age(body: str, start: int, end: int) -> bool:
    """A kinship word just before the name at ``start`` or ", the 26-year-old" just after its ``end``."""
    return (KIN_BEFORE_RE.search(body, max(0, start - KIN_REACH), start) is not None
            or AGE_DESCRIBED_AFTER_RE.match(body, end) is not None)


FEMALE_KIN = frozenset("mother wife daughter sister widow aunt niece grandmother granddaughter stepmother stepdaughter".split())
MALE_KIN = frozenset("father husband son brother widower uncle nephew grandfather grandson stepfather stepson".split())


def kin_gender(body: str, start: int) -> str:
    """"f" for "his mother, Adrianne Fischer", "m" for "her husband John": the sex of a kinship word
    just before the name at ``start``; else "?"."""
    kin = KIN_BEFORE_RE.search(body, max(0, start - KIN_REACH), start)
    word = kin.group().split(",")[0].split("-")[0].strip().lower() if kin else ""
    return "f" if word in FEMALE_KIN else "m" if word in MALE_KIN else "?"


TITLE_BEFORE_RE = re.compile(r"\b(Mrs|Ms|Miss|Mr|Madam|Lady|Sir|Lord|Dame)\.? $")


def title_gender(body: str, at: int) -> str:
    """The sex of a title standing just before the surname at ``at`` ("Mrs Snyder"), or "?"."""
    title = TITLE_BEFORE_RE.search(body, max(0, at - 7), at)
    return gender_of(title.group(1), None) if title else "?"
