"""The one asked is not the one who asked: a fronted question clause and the main clause's pronoun
(session 21).

    When Winfrey asked if he could share the questions, he declined, saying "I'm not comfortable."

A participle of speech ("saying", "adding", "replying") belongs to its main clause's subject, "he"
here; the name inside the fronted clause ("When Winfrey asked ...,") is the one who put the
question, the addressee of the answer, not its speaker.  The sentence rules take the name, the only
one in the sentence.  :func:`main_clause_speaker` gives the quote to the one the main clause's
pronoun means, read from the sentences before (the asker's own sentence left out), and to no one
when that is the asker again.
"""

from __future__ import annotations

import re

from .coreference import resolve_pronoun
from .model import Attribution, Candidate
from .names import Names

PARTICIPLES = frozenset({"saying", "adding", "replying", "insisting", "explaining", "responding", "answering"})
# "When/After/As <asker> asked/pressed/questioned ...,  he declined, saying"
FRONTED_QUESTION_RE = re.compile(
    r"(?:When|After|As|Once)[ \t]+[^,.!?\n]*?\b(?:asked|pressed|questioned|quizzed|challenged|put[ \t]+it[ \t]+to)\b"
    r"[^.!?\n]*?,[ \t]+(he|she)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?[\w'’-]+,?[ \t]+(?:" + "|".join(sorted(PARTICIPLES)) + r")\b")


def main_clause_speaker(found: Attribution, body: str, cand: Candidate, names: Names) -> Attribution:
    """``found``, or the speaker the main clause's "he"/"she" means when ``found`` took the asker
    named in a fronted question clause for a participle's speaker."""
    if not found.speaker or not found.cue or found.cue.lower() not in PARTICIPLES:
        return found
    if (found.as_written or "").lower() in ("he", "she"):
        return found
    m = FRONTED_QUESTION_RE.match(body, cand.sent_start, cand.start)
    if m is None or not (cand.sent_start <= found.pos < m.start(1)):
        return found
    pronoun = m.group(1)
    addressee = r"\b(?:him|his|he)\b" if pronoun.lower() == "he" else r"\b(?:her|she)\b"
    if not re.search(addressee, body[m.start() : m.start(1)]):
        return found  # the fronted clause asks no one of the pronoun's sex: "As Hale pressed ahead, he"
    meant = resolve_pronoun(pronoun.lower(), pronoun, cand.sent_start, found.cue, names)
    if meant.speaker is None or meant.speaker == found.speaker:
        return Attribution(None, None, None, pronoun, found.cue, m.start(1), found.rule)
    return Attribution(meant.speaker, meant.speaker_type, meant.role, pronoun, found.cue, m.start(1), found.rule)
