"""Title-case phrases that are no person's name (issue 14, class 9).

Marketing copy and company news capitalise a job and a firm: "Marketing Manager at Ocean Florida
Abby Dunn said". The run reader took "Marketing Manager" and "Ocean Florida Abby Dunn" for people,
and the name table then gave a later "she" to them. Two questions of a run's words, asked by
``runs``:

- a job's words with no name ("Marketing Manager", "Sales Director"): words ending in a role word,
  none of them a known first name, name no one;
- two capitalised words glued to a known first name and a surname ("Ocean Florida Abby Dunn",
  "Hong Kong Tony Leung"): names do not put two other words before the first name, so the person
  is the last two.
"""

from __future__ import annotations

from ...lexicon.people import FIRST_NAMES, PARTICLES, ROLE_WORDS
from ...lexicon.surnames import ROLE_SURNAMES


def _plain_word(word: str) -> bool:
    """A capitalised word of letters that is no first name or particle ("Ocean", "Florida")."""
    return (word[:1].isupper() and word[1:].isalpha() and word[1:].islower()
            and word not in FIRST_NAMES and word not in PARTICLES)


def role_without_name(tokens: list[str]) -> bool:
    """Are ``tokens`` (two or three words) a job's title-case words with no name in them
    ("Marketing Manager", "Senior Sales Director"), not "John Major" (a first name) or "Mervyn
    King" (a role word that is a surname, after a first name the lexicon may lack)?"""
    last = tokens[-1].lower()
    return (2 <= len(tokens) <= 3 and last in ROLE_WORDS and last not in ROLE_SURNAMES
            and all(_plain_word(t) for t in tokens))


def glued_pair(tokens: list[str]) -> bool:
    """Are ``tokens`` two capitalised words glued to a known first name and a surname
    ("Ocean Florida Abby Dunn")?"""
    return (len(tokens) == 4 and _plain_word(tokens[0]) and _plain_word(tokens[1]) and tokens[2] in FIRST_NAMES
            and tokens[3][:1].isupper() and tokens[3][1:2].islower())
