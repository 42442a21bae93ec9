"""A Korean- or Chinese-style name, family name first and a hyphenated given name: "Ban Ki-moon",
"Moon Jae-in", "Kim Jong-un", "Chiang Kai-shek", "Tsai Ing-wen" (session 24).

The name table confirms a two-word run as a person by a first name it knows, a title, a role or
the last word used alone; none holds here: the given name is in no list of first names, and it is
the *first* word ("Ban", "Moon") that the article uses alone, not the last. Unconfirmed, "Ban Ki-moon"
yielded to any confirmed person before him, so "he said" after "Ban Ki-moon arrived" went to the
man named earlier. The given name's shape is the evidence: two short syllables joined by a hyphen,
the second in lower case. English words of that shape open with a prefix ("Anti-war", "Post-war",
"Co-op", "Ex-wife", "Pre-season"), never a syllable such a name is made of.
"""

from __future__ import annotations

import re

from ...lexicon.name_shapes import ENGLISH_PREFIXES

# A family name of one short word; a given name of two syllables, each 1-5 letters, the second in
# lower case ("Ki-moon", "Jong-un", "Jae-in", "Geun-hye", "Kai-shek", "Ing-wen").
FAMILY_RE = re.compile(r"[A-Z][a-z]{1,6}")
GIVEN_RE = re.compile(r"([A-Z][a-z]{0,4})-[a-z]{2,5}")


def family_name_first(tokens: list[str]) -> bool:
    """Are ``tokens`` ("Ban", "Ki-moon") a family name and a hyphenated given name of that style?"""
    if len(tokens) != 2 or not FAMILY_RE.fullmatch(tokens[0]):
        return False
    given = GIVEN_RE.fullmatch(tokens[1])
    return given is not None and given.group(1) not in ENGLISH_PREFIXES and tokens[0] not in ENGLISH_PREFIXES
