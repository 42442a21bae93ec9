"""A person whose given names are of both sexes: "Evan Rachel Wood".

The name table takes a person's gender from the first given name ("Evan": a man's), so a "she"
after "Evan Rachel Wood starred in the film." found no one.  When a later given name is only a
woman's and the first only a man's (or the reverse), the name tells nothing sure, and the person's
gender is left unknown: either pronoun may reach them, as for a name the lists do not hold.  A title
or a role word ("Mr", "actress") still decides.  The Catholic custom of a man's middle name "Maria"
("Jose Maria Aznar", "Rainer Maria Rilke") keeps his gender: those names are data in
:mod:`quotearchive.lexicon.people` (``MALE_MIDDLE_NAMES``).
"""

from __future__ import annotations

from ...lexicon.people import FEMALE_NAMES, MALE_MIDDLE_NAMES, MALE_NAMES


def _sex(word: str) -> str:
    """"m" or "f" for a given name one list alone holds ("Jean" is in both: "?")."""
    male, female = word in MALE_NAMES, word in FEMALE_NAMES
    return "m" if male and not female else "f" if female and not male else "?"


def mixed_given_names(gender: str, decided: bool, tokens: list[str]) -> str:
    """``gender`` (read from the first of ``tokens``, a person's name words), or "?" when a later
    given name (not the surname) is only of the other sex; ``decided``: a title or a role word gave
    the gender, which stands."""
    if decided or gender not in ("m", "f") or len(tokens) < 3 or _sex(tokens[0]) != gender:
        return gender
    other = "f" if gender == "m" else "m"
    for word in tokens[1:-1]:
        if _sex(word) == other and not (gender == "m" and word in MALE_MIDDLE_NAMES):
            return "?"
    return gender
