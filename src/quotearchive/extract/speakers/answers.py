"""An answer to the writer's question: a profile or an interview set as prose, where the writer's
question stands as a paragraph of its own and the answer, in quote marks, opens the next (session 17).

    Is Starmer a good leader?

    "Well, I'm fully supportive of him, I want him to succeed."

No sentence names the speaker: the question is the writer's, the answer the interviewee's. The
writer's own turn may also be a statement ending "..., I say." / "I ask.".  The interviewee is the
person the question asks about when it asks what someone said or thought ("What did Suh say after
the play?"), else the article's chief speaker: the one the rules credited with the most quotes (at
least :data:`MIN_CREDITED`, and more than anyone else).  :mod:`.voice` asks more of an article (one
voice throughout, no narrator) because it takes any uncued quote; this asks only of a quote right
after a question, so a writer who says "I" (an interviewer does) is no obstacle.

Runs last, after :mod:`.voice`, and fills only quotes for which no evidence at all was found.
"""

from __future__ import annotations

import re
from collections import Counter

from .model import Attribution, Candidate
from .names import Names
from .resolve import resolve_mention

MIN_CREDITED = 3  # the chief speaker's quotes credited by the rules, at least
MAX_QUESTION_WORDS = 25  # a question standing as a paragraph is short: longer is a writer's musing
QUOTE_MARKS_RE = re.compile(r"[\"“”]")
# More than one sentence in the paragraph: the question ends a writer's passage, not a turn.
INNER_SENTENCE_RE = re.compile(r"[.!?]['’)]?\s+[A-Z]")
# "But you've just written a book for him, I say.": the writer's turn as a statement.
WRITERS_TURN_RE = re.compile(r",\s+I\s+(?:say|ask|suggest|put\s+it\s+to\s+(?:him|her|them))\.$")
# "What did Suh say after the play?": the question names who answers.
ASKED_ABOUT_RE = re.compile(
    r"\b(?:did|does|do|would|will|could|should|can)[ \t]+((?:[A-Z][\w'’.-]+[ \t]+){0,3}[A-Z][\w'’-]+)[ \t]+"
    r"(?:say|think|tell|make|feel|mean|want|reply|respond)\b")


def chief_speaker(result: list[Attribution]) -> Attribution | None:
    """The attribution of the speaker the rules credited most, if clearly most (else None)."""
    credited = Counter(found.speaker for found in result if found.speaker and found.speaker_type == "person")
    top = credited.most_common(2)
    if not top or top[0][1] < MIN_CREDITED or (len(top) > 1 and top[1][1] >= top[0][1]):
        return None
    return next(found for found in result if found.speaker == top[0][0])


def writers_turn(turn: str) -> bool:
    """Is this paragraph a question (or an "I say" remark) standing alone, the writer's turn?"""
    if not turn or QUOTE_MARKS_RE.search(turn) or turn.isupper() or len(turn.split()) > MAX_QUESTION_WORDS:
        return False
    if not (turn.endswith("?") or WRITERS_TURN_RE.search(turn)):
        return False
    return INNER_SENTENCE_RE.search(turn[:-1]) is None


def answers(body: str, candidates: list[Candidate], paragraphs: list[tuple[int, int]],
            result: list[Attribution], names: Names) -> None:
    """Give each quote opening the paragraph after the writer's question, with no evidence of its
    own, to the one the question asks about or to the chief speaker (in place)."""
    if all(found.speaker for found in result):
        return  # (most articles)
    chief: Attribution | None | bool = False  # computed once, when first needed
    for i, cand in enumerate(candidates):
        found = result[i]
        if found.speaker or found.cue or found.as_written or cand.continues or cand.para <= 0:
            continue
        if cand.para >= len(paragraphs) or body[paragraphs[cand.para][0] : max(paragraphs[cand.para][0], cand.start - 1)].strip():
            continue  # the answer opens its paragraph
        start, end = paragraphs[cand.para - 1]
        if not writers_turn(body[start:end].strip()):
            continue
        if any(c.start - 1 < end and c.end + 1 > start for c in candidates):
            continue  # the question is inside a quotation: the speaker's own, rhetorical
        asked = ASKED_ABOUT_RE.search(body, start, end)
        if asked:
            named = resolve_mention(asked.group(1), asked.start(1), None, None, names)
            if named and named.speaker and named.speaker_type == "person":
                result[i] = Attribution(named.speaker, "person", named.role, None, None, -1, "answer")
            continue
        if chief is False:
            chief = chief_speaker(result)
        if chief is not None:
            result[i] = Attribution(chief.speaker, chief.speaker_type, chief.role, None, None, -1, "answer")
