"""An object relative clause before a quote: its subject speaks, not its antecedent.

"Much of his anger was directed at Bannon, who Beck on Wednesday called "a horrible human being"":
the relative pronoun is the verb's object (Bannon was called it); the subject after the pronoun,
Beck, said the words (issue 14, class 1: attribution in the same sentence not linked).  The rules
read "X, who said" (a subject relative) as X's; this reads the other order, a name or a
pronoun between the relative pronoun and the verb, with at most a day or an adverb after it.
The verb must stand right before the quote (the words in marks are its object or complement),
and the subject must be no word that is never a name ("Clinton, who Tuesday called": a day).
It is read after the rules, over what they found: they take the antecedent ("Ann Lee, who Tom
Hale described as "...") or no one.
"""

from __future__ import annotations

import re

from ...lexicon.people import NON_NAME
from ..cues import SPEECH_VERBS, WEAK_VERBS
from .model import Attribution, Candidate
from .names import Names
from .resolve import resolve_mention

# ", who Beck on Wednesday called "...", ", which she described as a "...", ", who he speculates are "...".
OBJECT_RELATIVE_RE = re.compile(
    r",[ \t]+(?:who|whom|which)[ \t]+((?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’-]*|he|she|they)"
    r"(?:[ \t]+(?:on|last|this|earlier|in)[ \t]+[A-Za-z]+)?(?:[ \t]+[a-z]+ly)?"
    rf"[ \t]+(?:{SPEECH_VERBS}|{WEAK_VERBS})(?:[ \t]+(?:as|is|are|was|were))?(?:[ \t]+(?:a|an|the))?[ \t]*$"
)
# How far before the opening mark the clause may start (characters).
REACH = 120


def object_relative(found: Attribution | None, body: str, cand: Candidate, names: Names) -> Attribution | None:
    """``found``, or the subject of an object relative right before the quote."""
    lo = max(cand.sent_start, cand.start - 1 - REACH)
    if "wh" not in body[lo : cand.start]:
        return found  # (no relative pronoun: most quotes)
    m = OBJECT_RELATIVE_RE.search(body, lo, max(lo, cand.start - 1))
    if m is None or m.group(1).split()[0] in NON_NAME:
        return found
    named = resolve_mention(m.group(1), m.start(1), None, None, names)
    if named is None or not named.speaker or named.speaker_type not in ("person", "organisation"):
        return found
    named.rule = "sentence"
    return named
