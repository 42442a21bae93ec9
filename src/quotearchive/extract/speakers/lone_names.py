"""Lone names: a surname standing alone ("Parry said", "But Parry's"), and the surname a name is filed under.

A capitalised word outside quotes may be a surname the article uses alone
once it has named the person in full.  ``run_facts`` says what the name table
takes from a run wherever it stands (the lone word it may be, and
``runs.parse_run``'s reading); a lone word has a surname's shape ("Parry",
"McKelvey"), and ``never_a_lone_name`` refuses the words that are something
else (a function word, a place, a title, a role, a body, a nationality).
``surname_key`` is the word a name is filed under ("James Roosevelt Jr." under
"Roosevelt").  Pure functions of strings, the busy ones cached.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ...lexicon.people import ALL_TITLES, NON_NAME, NUMBER_WORDS, PLACE_WORDS, ROLE_WORDS
from .runs import NATIONALITY_RE, ParsedName, is_org, parse_run

# Words after a surname that tell a son from his father: no surname themselves.
GENERATIONAL_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
# Surnames whose prefix keeps its own capital ("McKelvey", "MacArthur", "DeSantis", "LaRouche"):
# standing alone they are a surname as much as "Parry" is; other inner capitals are brands
# and acronyms ("YouTube", "iPhone", "BBC"), never a lone surname.
PREFIXED_SURNAME_RE = re.compile(r"(?:Mc|Mac|Fitz|De|Di|Du|La|Le)[A-Z][a-z]{2,}")


class LoneWord(NamedTuple):
    """A run's one word that may be a surname standing alone ("Parry", "But Parry's")."""

    word: str
    offset: int  # where it starts in the run


@lru_cache(maxsize=1 << 16)
def run_facts(run: str) -> tuple[LoneWord | None, ParsedName | None]:
    """What the name table takes from a capitalised run outside quotes wherever it
    stands, cached by its text: the lone word it may be and ``parse_run(run)``.
    """
    if " " not in run:
        w = run[:-2] if run.endswith(("'s", "’s")) else run
        single = LoneWord(w, 0) if len(w) > 2 and _surname_shape(w) and w not in NON_NAME else None
    else:
        single = _single_word(run) if run[: run.find(" ")] in NON_NAME else None
    return single, parse_run(run)


def _single_word(run: str) -> LoneWord | None:
    """The one name word of a run like "But Parry's", after its function words."""
    tokens = run.split()
    if len(tokens) > 3:
        return None
    offset = 0
    while len(tokens) > 1 and tokens[0] in NON_NAME:
        offset += len(tokens[0]) + 1
        tokens = tokens[1:]
    if len(tokens) != 1:
        return None
    word = tokens[0]
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if word in NON_NAME or len(word) < 3 or not _surname_shape(word):
        return None
    return LoneWord(word, offset)


def surname_key(tokens: list[str]) -> str:
    """The surname of a name's words, which the name table files it under: the last word, or
    the one before a generational suffix ("James Roosevelt Jr." is a Roosevelt, so a lone
    "Roosevelt" later finds him, and his grandfather Franklin Roosevelt is his namesake)."""
    if len(tokens) > 1 and tokens[-1] in GENERATIONAL_SUFFIXES:
        return tokens[-2]
    return tokens[-1]


def _surname_shape(word: str) -> bool:
    """A capital then small letters ("Parry"), or a prefixed surname ("McKelvey")."""
    return word.isalpha() and (word[1:].islower() or PREFIXED_SURNAME_RE.fullmatch(word) is not None)


@lru_cache(maxsize=1 << 16)  # a pure function of the word, asked for every lone word of every article
def never_a_lone_name(word: str) -> bool:
    """A capitalised word that is a function word, place, number, title, role,
    organisation or nationality, so no surname standing alone."""
    return bool(word in NON_NAME or word in PLACE_WORDS or word in NUMBER_WORDS or word.lower() in ALL_TITLES
                or word.lower() in ROLE_WORDS or is_org([word]) or NATIONALITY_RE.match(word))
