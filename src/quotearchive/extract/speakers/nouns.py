"""A reporting verb's form that is a plural noun in its phrase: "After the Paris attacks, Trump
released an ad calling it "dangerous"" (issue 14, class 5: nouns are not verbs).

"attacks", "claims", "reports", "remarks", "calls", "demands", "promises", "answers", "notes"
are verbs in "Trump attacks the plan" and nouns in "after the Paris attacks", "despite his
claims". A noun's phrase opens with a preposition and a determiner; a verb's subject is never the
object of a preposition, so the words between them ("the Paris") are no speaker.
"""

from __future__ import annotations

import re

# The cue forms that are also plural nouns.
NOUN_FORMS = frozenset(
    "attacks claims reports remarks calls demands promises vows answers replies jokes boasts blasts slams notes".split()
)
# A preposition that opens an adverbial phrase (not one inside a subject: "The leader of the
# party claims", "A spokesman for the firm calls" keep their verb), then nothing ("amid reports",
# "over claims") or a determiner and up to three words that are no preposition ("after the Paris
# attacks", "despite his repeated claims"), ending the words before the cue.
PREPOSITION_PHRASE_RE = re.compile(
    r"\b(?:[Aa]fter|[Bb]efore|[Dd]espite|[Ff]ollowing|[Aa]mid|[Ss]ince|[Dd]uring|[Oo]ver)\s+"
    r"(?:(?:the|a|an|his|her|its|their|these|those|this|that|such|our|your|my)\s+"
    r"(?:(?!(?:of|for|in|on|at|by|to|with|from|over|about)\s)[\w'’-]+\s+){0,3})?$"
)
# How far back from the cue the phrase is looked for (characters).
REACH = 80


def cue_is_noun(text: str, cue: re.Match) -> bool:
    """Is the cue ``cue`` (matched in ``text``) a plural noun ending a prepositional phrase
    ("after the Paris attacks", "despite his repeated claims"), not a verb?"""
    if cue.group().lower() not in NOUN_FORMS:
        return False
    return PREPOSITION_PHRASE_RE.search(text, max(0, cue.start() - REACH), cue.start()) is not None
