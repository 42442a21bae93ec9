"""Reporting verbs in text: what counts as a cue, and the stance of one found.

Both are read off the one table, :data:`quotearchive.lexicon.verbs.REPORTING_VERBS`:
its forms become the patterns the speaker resolver looks for, its stances the
``cue_class`` of a quote (a facet: every quote a paper chose to report as a
claim).  The verb as written stays in ``quotes.cue``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon.verbs import GO_ON_STATES, IRREGULAR_FORMS, OTHER, REPORTING_VERBS
from ..text.patterns import trie_pattern

# ---------------------------------------------------------------- finding cues

# Forms whose subject said the quote, wherever they stand ("said", "warned").
SPEECH_WORDS = frozenset(form for verb in REPORTING_VERBS.values() for form in verb.speech)
# Forms that report speech only with a quote after them in their sentence ("described").
WEAK_WORDS = frozenset(form for verb in REPORTING_VERBS.values() for form in verb.weak) - SPEECH_WORDS
# Regex sources, for patterns that put a verb in context ("X has said", '," said X').
SPEECH_VERBS = trie_pattern(sorted(SPEECH_WORDS))
WEAK_VERBS = trie_pattern(sorted(WEAK_WORDS))
# Forms that are adjectives before "to" ("the number opposed to a ban"): no cue there.
ADJECTIVE_BEFORE_TO = ("opposed",)
ADJECTIVE_LOOKBEHIND = "|".join(rf"(?<=\b{w})" for w in ADJECTIVE_BEFORE_TO)
NOT_ADJECTIVE = rf"(?!(?:{ADJECTIVE_LOOKBEHIND})[ \t]+to\b)"
# "went on" / "goes on" before a state it enters is no report: "the Senate goes on recess", "went on
# strike" (but '"...," he went on.', "went on: "...", "went on to say", "went on television and said").
GO_ON_LOOKBEHIND = "|".join(rf"(?<=\b{w})" for w in ("goes on", "went on", "go on"))
NOT_GO_ON_SOMEWHERE = rf"(?!(?:{GO_ON_LOOKBEHIND})[ \t]+(?:{'|'.join(sorted(GO_ON_STATES))})\b)"
# Any reporting verb; only the speech forms.
CUE_RE = re.compile(rf"\b(?:{SPEECH_VERBS}|{WEAK_VERBS})\b{NOT_ADJECTIVE}{NOT_GO_ON_SOMEWHERE}")
SPEECH_CUE_RE = re.compile(rf"\b(?:{SPEECH_VERBS})\b{NOT_GO_ON_SOMEWHERE}")

# ---------------------------------------------------------------- their stance

BASE_FORMS: dict[str, str] = {base: verb.stance for base, verb in REPORTING_VERBS.items()}
ENDINGS_RE = re.compile(r"(?:ing|ed|es|s|d)$")
Y_ENDINGS_RE = re.compile(r"(?:ied|ies)$")  # replied, replies -> reply


@lru_cache(maxsize=4096)  # a few hundred verbs recur across millions of quotes
def cue_class(cue: str | None) -> str | None:
    """The stance class of a reporting verb as written ("admitted" -> "concessive");
    "other" for a verb the table does not hold, None for no cue."""
    if not cue:
        return None
    verb = " ".join(cue.lower().split())
    verb = IRREGULAR_FORMS.get(verb, verb)
    first, _, rest = verb.partition(" ")
    verb = " ".join([IRREGULAR_FORMS.get(first, first), *([rest] if rest else [])])
    if verb in BASE_FORMS:
        return BASE_FORMS[verb]
    # A regular form: strip the ending, then try the base as it is, with its
    # silent "e" back (urged -> urge) and with its doubled consonant undone (slammed -> slam).
    first, _, rest = verb.partition(" ")
    stem = Y_ENDINGS_RE.sub("y", first) if Y_ENDINGS_RE.search(first) else ENDINGS_RE.sub("", first)
    for candidate in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
        key = f"{candidate} {rest}".strip()
        if key in BASE_FORMS:
            return BASE_FORMS[key]
    return OTHER
