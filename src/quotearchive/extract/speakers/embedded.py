"""A quote inside the clause a speech verb reports: the verb's subject speaks, not a thing.

"In his ruling, Reeves wrote that the history of the law showed it to be "an attempt to ...""
holds two verbs before the quote; the nearer, "showed", is a reporting verb only in the weak
sense (findings show, polls suggest) and its subject here is a thing that says nothing ("the
history of the law"), so the words in marks are the writer's of the verb that reports the clause,
"wrote" (issue 14, class 1); so in "Yeutter said the U.S. will examine it and if the U.S.
believes ..., "will respond"", the words are Yeutter's.  Only where the rule found a description
that is neither a person, a group, a body nor a document (:func:`.sources.source_type`), and a
speech verb before it in the sentence reports the clause it stands in, no comma between them;
not a source "according to" names.
"""

from __future__ import annotations

import re

from ..cues import SPEECH_CUE_RE
from .clauses import cue_subject, sound, verb_cues
from .model import Attribution, Candidate
from .names import Names
from .sources import source_type

# Between the speech verb and the clause's subject: the clause's opening words, with no comma, quote
# mark or colon ("wrote that the title of the law", "said the U.S. will examine the decision and if"),
# or nothing.  A comma ends the reported clause: "has said it will wait, while India",
# "announced plans to cut jobs, in a move branded".
CLAUSE_OPENING_RE = re.compile(r"[ \t]+(?:[^,;:!?\"“”\n]{0,100}[ \t])?")


def outer_reporter(found: Attribution | None, body: str, cand: Candidate, names: Names) -> Attribution | None:
    """``found``, or the subject of the speech verb whose reported clause ``found`` opens."""
    if found is None or found.rule != "sentence" or found.speaker_type != "description" or found.pos <= cand.sent_start:
        return found
    if source_type(found) != "description" or (found.cue or "").lower().startswith("according"):
        return found
    lo, hi = cand.sent_start, found.pos
    left = body[lo:hi]
    for cue in reversed(list(verb_cues(SPEECH_CUE_RE, left))):
        if not CLAUSE_OPENING_RE.fullmatch(left, cue.end()):
            continue
        named = sound(cue_subject(left, lo, cue, names))
        if named is not None and named.speaker_type in ("person", "organisation"):
            named.rule = found.rule
            return named
    return found
