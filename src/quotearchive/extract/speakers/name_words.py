"""Two kinds of capitalised words the name rules read as no person's, which web news uses for people
(session 17): an acronym's possessive before a reporter ("NBC's Lester Holt", "WSJ's Theo Francis"),
and a place word that is a common surname ("Richard Lane", "Mr Hall").  Asked by
:func:`.runs.parse_run`; pure functions of the words.
"""

from __future__ import annotations

from ...lexicon.people import FIRST_NAMES, ORG_WORDS, PLACE_SURNAMES, PLACE_WORDS

HONORIFIC_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr"})
MAX_ACRONYM = 5  # "NBC", "WSJ", "NASA": an acronym is short ("POLITICO's Off Message" is a show)


def outlet_owner(owner: str, tokens: list[str]) -> bool:
    """"NBC's Lester Holt", "WSJ's Theo Francis": an acronym (a network, a paper, an agency) owns a
    first name and a surname, both capitalised words of letters: the body's reporter or official,
    whatever the first name.  Not "BBC's Today" (one word after it), nor an organisation's words
    ("NBC's Universal Group")."""
    return (2 <= len(owner) <= MAX_ACRONYM and owner.isupper() and owner.isalpha() and len(tokens) == 2
            and all(t[:1].isupper() and t[1:].islower() and t.isalpha() for t in tokens)
            and ORG_WORDS.isdisjoint(tokens) and PLACE_WORDS.isdisjoint(tokens))


def place_surname(tokens: list[str], title: str | None) -> bool:
    """"Richard Lane", "Mr Hall": a place word that is a common surname, after a known first name
    (two words in all) or an honorific: a person, not a street or a building ("Governor's Ball")."""
    if tokens[-1] not in PLACE_SURNAMES or not PLACE_WORDS.isdisjoint(tokens[:-1]):
        return False
    return len(tokens) == 2 and tokens[0] in FIRST_NAMES or len(tokens) == 1 and (title or "").rstrip(".") in HONORIFIC_TITLES
