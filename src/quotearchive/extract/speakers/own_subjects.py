"""A new person opening a quote's own sentence takes the quote from the speaker before (session 22).

A quote that continues the speech before it keeps that speech's speaker (the "previous-quote" rule
of :mod:`.rules`).  But news often brings in a new person in the very sentence that holds a short
quote, as its subject, with a verb the rules do not read as speech: ""The reality is ...," he said.
On Wednesday, Mr Mallon provoked fury by branding the campaign "two-bit Tories"".  The quote is
the new person's, not the speaker's before.  Only a person named (not a pronoun, which may well be
the speaker before), opening the quote's own sentence after the previous quote has ended, and
different from the speaker carried over.
"""

from __future__ import annotations

import re

from ...lexicon.people import PRONOUNS
from ..cues import SPEECH_CUE_RE
from .model import Attribution, Candidate
from .names import Names
from .sentence_subjects import sentence_start_subject

# The fewest words before the quote for a sentence to have a subject and a verb of its own.
MIN_WORDS = 3
# A passive after the subject ("Barley is described as a "..."": the words are someone else's).
PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|been|being|be)[ \t]+(?:\w+ly[ \t]+)?\w+ed\b")
# Another's words named before the quote ("a rebuff to Peter Hain's description of him as an "...").
POSSESSIVE_NAME_RE = re.compile(r"\b[A-Z][\w-]+['’]s[ \t]+(?:[a-z]+[ \t]+){0,2}(?:description|words|phrase|term|claim|label|view)\b")


def own_subject(found: Attribution, body: str, candidates: list[Candidate], i: int, names: Names) -> Attribution:
    """``found``, or the person opening quote ``i``'s own sentence when ``found`` only carries the
    previous quote's speaker over."""
    if found.rule != "previous-quote" or not found.speaker or i == 0:
        return found
    cand = candidates[i]
    if cand.sent_start <= candidates[i - 1].end or cand.start < 1 or body[cand.start - 1] not in "\"“'‘":
        return found  # the quote shares its sentence with the one before; or a reported statement, no quote
    text = body[cand.sent_start : max(cand.sent_start, cand.start - 1)]
    if len(text.split()) < MIN_WORDS or PASSIVE_RE.search(text) or POSSESSIVE_NAME_RE.search(text):
        return found
    if SPEECH_CUE_RE.search(body, min(cand.end + 1, cand.sent_end), cand.sent_end):
        return found  # ("..., the Tory leader said": the sentence's own attribution follows the quote)
    subject = sentence_start_subject(text, cand.sent_start, None, names)
    if subject is None or subject.speaker_type != "person" or not subject.speaker or subject.speaker == found.speaker:
        return found
    if (subject.as_written or "").strip().lower() in PRONOUNS:
        return found  # ("She dismissed it as "nonsense"": who she is, the walk back already says)
    return Attribution(subject.speaker, "person", subject.role, subject.as_written, None, subject.pos, "sentence")
