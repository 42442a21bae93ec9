"""A body or a document as the head of a relative "which said" (session 19).

Wire and BBC copy report a body's words in a relative clause on its name, wherever the name
stands in the sentence: "Vaskevitch was suspended by Merrill, which said it was cooperating",
"The recommendations came from the Low Pay Commission which said ...", "He was commenting on a
Preussag statement which said results were lower".  The resolver reads a subject back from the
verb to the clause's opening, and "which" opens none it can name: the statement had no speaker,
or the sentence's own subject ("Dauster rejected reports which said ..." gave Dauster).  Here
the name the relative hangs on is made the clause's subject in the copy the resolver reads
(offsets kept): a ";" before it, and ", which" blanked, so "by;Merrill        said".  Only
"which" (a "that" after a noun is as often a complement: "the fact that", "so sure that"), and
only a capitalised name ("the Low Pay Commission", "Iraq") or a document's or a body's noun
("a Preussag statement", "reports"); a name that is already the sentence's subject is left alone.
"""

from __future__ import annotations

import re

from ...lexicon.reported import WHICH_SAID_HEADS, WHICH_SAID_SPEECH_BEFORE, WHICH_SAID_TIME_WORDS

# Nouns of documents and bodies a relative "which said" may hang on.
HEADS = rf"(?:{'|'.join(WHICH_SAID_HEADS)})s?"
# The name or the described document right before ", which " (and the verb after it).
NAMED_BEFORE_WHICH_RE = re.compile(
    r"(?<![\w'’-])(?P<np>(?:the|a|an|The|A|An)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}"
    rf"(?:[A-Z][\w&.'’-]*[ \t]+)*{HEADS}"  # "the splinter group", "a Preussag statement"
    r"|(?:(?:the|a|an|The|A|An)[ \t]+)?(?:[A-Z][\w&.'’-]*[ \t]+(?:(?:and|of|for|&)[ \t]+)?){0,5}?"
    rf"(?:(?:[A-Z][\w&.'’-]*[ \t]+)*{HEADS}|[A-Z][\w&.'’-]*))(?P<rel>,?[ \t]+which[ \t]+)$"
)
REACH = 100  # characters read back from the verb for the name
# The word before a name that is the sentence's own subject: a capitalised opener ("However the
# YouGov poll, which questioned ..., found") or a time ("Last year MAB, which opposed ..., urged").
TIME_WORDS = frozenset(WHICH_SAID_TIME_WORDS)
# A speech verb before the name: the relative is inside another's statement ("He said the
# technology is vital for South Korea, which wants ..."), whose speaker the rules keep.
SPEECH_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(WHICH_SAID_SPEECH_BEFORE)})\b")
# The main clause going on after the statement: ", found 25% ..." (the relative was an aside).
ASIDE_END_RE = re.compile(r"[ \t]*,[ \t]+(?:[a-z]+[ \t]+)?[a-z]+(?:ed|s)\b")


def which_said(body: str, sent_start: int, cue_at: int, end: int) -> tuple[int, int, int] | None:
    """(where the name starts, where ", which " starts, where it ends) when a relative "which"
    on a name stands right before the verb at ``cue_at`` (the statement ending at ``end``), the
    name not the subject of its sentence and the relative no aside in it."""
    lo = max(sent_start, cue_at - REACH)
    found = NAMED_BEFORE_WHICH_RE.search(body, lo, cue_at)
    if found is None or body[sent_start : found.start("np")].strip() == "" or body[found.start("np") - 1] not in " \t":
        return None
    before = body[sent_start : found.start("np")].split()[-1]
    if before[:1].isupper() or before.lower() in TIME_WORDS or SPEECH_BEFORE_RE.search(body, sent_start, found.start("np")):
        return None
    if ASIDE_END_RE.match(body, end):
        return None
    return found.start("np"), found.start("rel"), found.end("rel")
