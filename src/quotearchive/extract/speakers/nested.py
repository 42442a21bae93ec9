"""A reported clause inside the subject: "Lacerda said Epstein told her: "..."" (session 17).

The rules find a cue's subject by reading back from the verb to the start of the clause; when the
writer's own source comes first ("X said Y told her"), that reading takes "X said Y" as one phrase, a
fragment no one is called.  Where the cue is a reporting verb that takes the quote ("told her:"),
the quote is the inner subject's: the words after the writer's "said" are the subject.  Where the
cue is no reporting verb ("X said Trump still believes it is "bunk""), the words are the outer
speaker's, reported: the subject is the one before "said".
"""

from __future__ import annotations

import re

from ...lexicon.verbs import REPORTING_VERBS, THOUGHT

# The forms of verbs of speech, not of thought ("believes": what the outer speaker reports).
SPOKEN_WORDS = frozenset(form for verb in REPORTING_VERBS.values() if verb.stance != THOUGHT for form in verb.speech)

# "said Epstein", "told Trump": a reporting verb, then a capitalised subject (not a sentence
# opener's pronoun or article: "said The" would be a title).
INNER_SAID_RE = re.compile(r"\b(?:said|says|told|tells)[ \t]+(?=[A-Z][a-z])(?!(?:The|A|An|It|He|She|They|This|That)\b)")
INNER_SAID_REACH = 60  # characters read back from the cue: the inner subject is short


def inner_subject(left: str, cue_word: str | None) -> str:
    """``left`` (the text before the cue) read for the cue's subject when a "said" stands right
    before a capitalised subject: for a reporting verb that takes the quote, the words after the
    writer's source (blanked before, so offsets still point into the body); for a verb of thought
    or any other cue, the writer's source itself (cut at its "said"); else ``left``."""
    tail = left[-INNER_SAID_REACH:]
    if not cue_word or not any(word in tail for word in ("said", "says", "told", "tells")):
        return left
    inner = None
    for inner in INNER_SAID_RE.finditer(left, max(0, len(left) - INNER_SAID_REACH)):
        pass
    if inner is None or "," in left[inner.end() :]:
        return left  # (an inverted aside, "It helps, said Mr Burke, that ...": no subject after "said")
    if cue_word in SPOKEN_WORDS:
        return " " * inner.end() + left[inner.end() :]
    return left[: inner.start()].rstrip()
