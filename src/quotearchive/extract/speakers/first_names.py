"""A person named by first name alone, as features and web news name the people they meet when
they do not give a surname ("said Jared, an undergraduate who ...", "Daniel, a New York University
senior who didn't want to give his last name, said ...", "Another Duke student, Brittany, said")
(session 17).

The name table takes a lone word for a person only when the article has it do what people do
("Parry, 57, said"); a lone first name with a description in apposition after it is one too, with
the gender of the name.  Not a month or a word that is also a common noun ("In May, a report ...",
"Will, a ..."): the name must be a first name of one sex only, and none of :data:`NOT_LONE_FIRST`.
"""

from __future__ import annotations

import re

from ...lexicon.people import FEMALE_NAMES, MALE_NAMES

# The nouns of a described person a feature puts beside a first name.
PERSON_NOUNS = ("(?:student|undergraduate|senior|junior|sophomore|freshman|graduate|resident|mother|father|worker|"
                "nurse|teacher|owner|manager|member|volunteer|veteran|supporter|voter|activist|user|customer|fan|"
                "employee|organizer|organiser|retiree|woman|man|girl|boy|driver|farmer|engineer|lawyer|doctor)")
# ", a New York University senior", ", an undergraduate who": a description in apposition after the name.
# The noun heads the description: no "of", "whose", "with" before it (", a city of a million
# residents", ", a city whose residents": a place, not a person).
APPOSITION_AFTER_RE = re.compile(
    rf",[ \t]+(?:a|an)[ \t]+(?:(?!(?:of|whose|who|which|that|with|in|for|where)\b)[\w'’-]+[ \t]+){{0,5}}?{PERSON_NOUNS}s?\b")
# "Another Duke student, Brittany, said": the description first, the first name in apposition.
APPOSITION_BEFORE_RE = re.compile(rf"\b{PERSON_NOUNS}s?,[ \t]+$")
# First names that are also months or common words: never a person alone.
NOT_LONE_FIRST = frozenset("May June April August Will Mark Bill Grace Hope Faith Rose Dawn Summer Rich Guy Art "
                           "Chase Hunter Page Frank Sandy Rusty Penny Sterling Victoria Georgia Virginia Carolina "
                           # and places: "Rain fell on Austin, a city ..."
                           "Austin Charlotte Madison Eugene Jackson Lincoln Houston Dallas Florence Raleigh Marion "
                           "Beverly Camden Troy Orlando Chester Aurora Phoenix Sydney Paris Albany Tyler".split())


def lone_first_name(word: str, body: str, spots: list[int]) -> str | None:
    """"m" or "f" when ``word``, standing alone at ``spots``, is a first name with a person's
    description in apposition at one of them; else None."""
    if word in NOT_LONE_FIRST:
        return None
    male, female = word in MALE_NAMES, word in FEMALE_NAMES
    if male == female:
        return None  # no first name, or one of both sexes ("Jordan", "Kim")
    if not any(APPOSITION_AFTER_RE.match(body, at + len(word), at + len(word) + 120)
               or body.startswith(",", at + len(word)) and APPOSITION_BEFORE_RE.search(body, max(0, at - 60), at)
               for at in spots):
        return None
    return "m" if male else "f"
