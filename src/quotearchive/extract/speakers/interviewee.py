"""An interview written as prose: the writer's own questions name other people, the answers are
the interviewee's (session 21).

    I ask if Sir Keir Starmer is good enough to last two terms.

    "Yes, of course, he's just beginning," he snaps.

    When I suggest the public hate the freebies, he interrupts me.

    "I've known him for over 30 years. ..."

Two rules of this kind of writing, which the sentence rules, reading back for the nearest man,
cannot see:

- a "he" or "she" in the writer's prose is the interviewee: the people the writer asks about
  (Starmer above) are the questions' topics, never quoted by name in the article;
- a quote paragraph with no cue, right after a paragraph of the writer's prose about the
  interviewee (by name or by a pronoun of their sex) or a turn of the writer's own ("I didn't ask
  you to."), is the interviewee's answer, as :mod:`.answers` finds after a question.

Both ask first that the article be an interview: the writer says "I ask", "I suggest", "I put it
to him" (or an answer was found after a question of the writer's), and one person, of known sex,
is the one the rules credited with the most quotes (:func:`.answers.chief_speaker`).  Runs after
:mod:`.answers`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ...text.sentences import sentence_starts
from .answers import chief_speaker, writers_turn
from .interviews import TURN_LABEL_RE
from .model import Attribution, Candidate
from .names import Names

# The writer puts a question or a remark to the interviewee.
# (The present only: an interview written as prose runs in the present, "I ask", "I put it to him";
# "When I asked the council for comment" is a reporter's news story, which names others who speak.)
WRITER_ASKS_RE = re.compile(r"\bI[ \t]+(?:ask|suggest|put[ \t]+it[ \t]+to|press|wonder[ \t]+aloud)\b")
PRONOUN_GENDER = {"he": "m", "she": "f"}
QUOTE_MARKS_RE = re.compile(r"[\"“”]")
# The writer's turn spoken to the interviewee: "I didn't ask you to."
WRITER_TO_YOU_RE = re.compile(r"^I\b.*\byou\b", re.S)
# A bare answer fills its paragraph: after its closing mark, only punctuation (or another quote).
ANSWER_END_RE = re.compile(r"[\"”’'.,!?…\s]*(?:$|[\"“])")
MAX_PROSE_WORDS = 80  # a paragraph of the writer's prose leading into an answer is short
MIN_ANSWER_WORDS = 3


def is_interview(body: str, candidates: list[Candidate], result: list[Attribution]) -> bool:
    """Does the writer put questions to someone (in their own words, outside the quotes: a speaker's
    "I ask you to ..." is no interview; or as a question an answer follows)?"""
    if any(found.rule == "answer" for found in result):
        return True
    return any(not any(c.start <= m.start() < c.end for c in candidates) for m in WRITER_ASKS_RE.finditer(body))


def interviewee_turns(body: str, candidates: list[Candidate], paragraphs: list[tuple[int, int]],
                      result: list[Attribution], names: Names) -> None:
    """In an interview, give the interviewee the quotes a "he"/"she" of their sex was resolved to
    someone never quoted by name, and the uncued answers after the writer's prose about them (in place)."""
    if not is_interview(body, candidates, result):
        return
    chief = chief_speaker(result)
    if chief is None or chief.speaker_type != "person":
        return
    entity = next((e for e in names.entities if e.name == chief.speaker and e.kind == "person"), None)
    if entity is None or entity.gender not in ("m", "f"):
        return
    named_speakers = {found.speaker for found in result
                      if found.speaker and found.as_written and found.as_written.lower() not in PRONOUN_GENDER}
    for i, found in enumerate(result):
        pronoun = (found.as_written or "").lower()
        if (PRONOUN_GENDER.get(pronoun) == entity.gender and found.speaker_type == "person"
                and found.speaker != entity.name and found.speaker not in named_speakers
                and _in_writers_prose(body, found.pos, candidates, paragraphs)
                and not _named_before_in_paragraph(body, found, names, paragraphs)):
            result[i] = Attribution(entity.name, "person", entity.role, found.as_written, found.cue, found.pos,
                                    found.rule)
    surname = entity.name.split()[-1]
    pronouns = ("he", "him", "his") if entity.gender == "m" else ("she", "her")
    about_re = re.compile(r"\b(?:%s|%s)\b" % (re.escape(surname), "|".join(p.capitalize() + "|" + p for p in pronouns)))
    for i, cand in enumerate(candidates):
        found = result[i]
        if found.speaker or found.cue or found.as_written or cand.para <= 0 or cand.para >= len(paragraphs):
            continue
        if body[paragraphs[cand.para][0] : max(paragraphs[cand.para][0], cand.start - 1)].strip():
            continue  # the answer opens its paragraph
        if len(body[cand.start : cand.end].split()) < MIN_ANSWER_WORDS:
            continue
        if not ANSWER_END_RE.match(body, cand.end, paragraphs[cand.para][1]):
            continue  # words of the writer's after it ('"...," a former specialist who ...'): not a bare answer
        start, end = paragraphs[cand.para - 1]
        prose = body[start:end].strip()
        if not prose or QUOTE_MARKS_RE.search(prose) or len(prose.split()) > MAX_PROSE_WORDS:
            continue  # after another quote, the rules' carrying decides; a long passage is the writer's own
        if not (writers_turn(prose) or WRITER_TO_YOU_RE.match(prose) or about_re.search(prose)):
            continue
        result[i] = Attribution(entity.name, "person", entity.role, None, None, -1, "answer")


def _in_writers_prose(body: str, pos: int, candidates: list[Candidate], paragraphs: list[tuple[int, int]]) -> bool:
    """Is the mention at ``pos`` the writer's: outside every quote and outside an answer a label opens
    ("McKelvey: ... he said, 'I don't know.'" is the interviewee's own account of someone else)?"""
    if pos < 0 or any(c.start <= pos < c.end for c in candidates):
        return False
    para = next((p for p in paragraphs if p[0] <= pos < p[1]), None)
    return para is not None and TURN_LABEL_RE.match(body, para[0]) is None


def _named_before_in_paragraph(body: str, found: Attribution, names: Names, paragraphs: list[tuple[int, int]]) -> bool:
    """Is the person the pronoun was resolved to named earlier in its paragraph, in a sentence that is
    no question of the writer's ("His old coach, Frank Moss, remembers a shy boy. '...,' he says": the
    coach speaks, not the interviewee; "I ask him about Starmer. He ...": the interviewee)?"""
    para = next((p for p in paragraphs if p[0] <= found.pos < p[1]), None)
    entity = next((e for e in names.entities if e.name == found.speaker), None)
    if para is None or entity is None:
        return False
    starts = [para[0], *sentence_starts(body, para[0], para[1]), para[1]]
    for at in entity.mentions:
        if para[0] <= at < found.pos:
            k = bisect_right(starts, at)
            sentence = body[starts[k - 1] : starts[k]]
            if not (WRITER_ASKS_RE.search(sentence) or sentence.rstrip().endswith("?")):
                return True
    return False
