"""A country written only as a modifier is no "it" that speaks (session 22).

News writes a country's abbreviation before a noun to say where someone or something is from:
"The US tycoon ... has approached the board with "detailed proposals", it has confirmed", "the UK
economy", "a US firm".  The name table holds "US" as a body, and the walk back from an "it" finds
it; but a country that the look-back names only as a modifier has not been the subject of
anything, and the "it" means a body the article names otherwise (or, when the rules cannot tell,
no one: a null speaker beats a wrong one).  A country the look-back writes as a noun ("the US
said", "talks with the US", "the US has") stays a possible antecedent.
"""

from __future__ import annotations

import re

from ...lexicon.people import COUNTRY_ABBREVIATIONS
from .antecedents import body_just_before
from .model import Referent
from .names import Names
from .salience import LOOKBACK

# Lower-case words after a country that make it a noun, not a modifier: verbs, auxiliaries and
# function words ("the US has", "the UK and France", "the US to act", "the US said").
NOUN_READING_NEXT = frozenset(
    "has have had is was were are will would could should may might must can did does do said says "
    "and or but to in on at of for by with from as than that which who whose itself also still "
    "then now alone too again".split()
)
# A lower-case word right after the country (the word it would modify).
NEXT_WORD_RE = re.compile(r"[ \t]+([a-z][a-z-]*)\b")


def only_a_modifier(names: Names, country: str, pos: int) -> bool:
    """Does every mention of ``country`` in the look-back before ``pos`` modify the lower-case noun
    after it ("The US tycoon", "a US bank")?  False when any reads as a noun, or there is none."""
    body = names.body
    seen = False
    lo = max(0, pos - LOOKBACK)
    at = body.find(country, lo, pos)
    while at >= 0:
        end = at + len(country)
        whole = (at == 0 or not body[at - 1].isalnum()) and (end >= len(body) or not body[end].isalnum())
        if whole:
            seen = True
            word = NEXT_WORD_RE.match(body, end)
            if word is None or word.group(1) in NOUN_READING_NEXT or word.group(1).endswith(("ed", "s")):
                return False  # "the US said", "the US officials said", "the US." : a noun, or unclear
        at = body.find(country, end, pos)
    return seen


def country_antecedent(found: Referent, names: Names, pos: int) -> Referent | None:
    """What an "it" at ``pos`` means when the walk back found a country (``found``): the body of the
    statement right before, if it is no country; else the country, unless the look-back writes it
    only as a modifier ("The US tycoon"): then None, and the pronoun's other readings are tried."""
    body = body_just_before(names, pos)
    if body is not None and body.speaker not in COUNTRY_ABBREVIATIONS:
        return Referent(body.speaker, body.speaker_type, body.role)
    return None if only_a_modifier(names, str(found.name), pos) else found
