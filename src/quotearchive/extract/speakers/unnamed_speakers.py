"""An unnamed speaker described by role, then "he said" (session 21).

    President Castro's chief aide said it was necessary.  "The obligation applies ...," he said.

    A Labour spokesman denied the campaign was anti-Semitic.  "This poster ...," he said.

News introduces a source it does not name by a role ("a senior official", "X's chief aide") in a
sentence of its own saying what the source said or denied, and goes on with "he said".  The
pronoun means that source, not the man named as the role's possessor (Castro) nor a man named a
paragraph before: a name standing only as a possessor inside the description is not its head.
:func:`.antecedents.spokesperson_before` reads "A spokesman for X said"; this reads the other roles
news leaves unnamed, a possessor before them, and a denial as the statement ("denied", "rejected").
The same guards: an indefinite description or one with a possessor ("the official" may be someone
named before) opens one of the sentences (or follows its opening phrase's comma) within :data:`LOOKBACK` characters,
no one the pronoun could mean named and no one else's quote attributed since.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...text.sentences import sentence_starts
from ..cues import SPEECH_VERBS
from .model import Attribution
from .names import Names

LOOKBACK = 600
# The roles a source left unnamed goes by; "spokesman" is here for the possessor and the denial.
ROLE_HEADS = r"aide|adviser|advisor|official|spokesman|spokeswoman|spokesperson|diplomat|insider"
# A statement's verb, or a denial's ("A Labour spokesman denied the campaign was ...").
DENIALS = r"denied|rejected|dismissed|disputed"
_GENDERED = {"spokesman": "m", "spokeswoman": "f"}
UNNAMED_SUBJECT_RE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,[ \t]))((?:(?:A|An)[ \t]+|(?:[A-Z][\w.'’-]*[ \t]+){{0,3}}[A-Z][\w-]*['’]s[ \t]+)"
    rf"(?:[a-z][\w-]*[ \t]+|[A-Z][\w-]*[ \t]+){{0,3}}?({ROLE_HEADS}))"
    rf"[ \t]+(?:(?:has|had|also)[ \t]+)?(?:{SPEECH_VERBS}|{DENIALS})\b"
)


def unnamed_source_before(gender: str, pos: int, names: Names) -> Attribution | None:
    """The unnamed source (a description) a "he"/"she" at ``pos`` means, or None."""
    lo = max(0, pos - LOOKBACK)
    found = None
    for m in UNNAMED_SUBJECT_RE.finditer(names.body, lo, pos):
        if not any(a <= m.start(1) < b for a, b in names.quote_spans):  # (a source a quote names is no writer's)
            found = m
    if found is None:
        return None
    if _GENDERED.get(found.group(2).lower(), gender) != gender:
        return None
    for k in range(bisect_left(names.positions, found.end()), bisect_left(names.positions, pos)):
        entity = names.entities[names.mention_entity[k]]
        if entity.kind == "person" and not (entity.gender in ("m", "f") and entity.gender != gender):
            return None  # someone of the pronoun's sex named since
    np_text = found.group(1).strip()
    if _another_statement(names.body, found, pos) or _new_paragraph_of_prose(names.body, found.end(), pos):
        return None
    between = names.events[bisect_left(names.event_pos, found.end()) : bisect_left(names.event_pos, pos)]
    if any(who.speaker != np_text for _, who in between):
        return None  # a quote attributed to someone else in between
    return Attribution(np_text, "description", None, np_text, None, found.start(1))


# A sentence of someone else's statement: its subject, then a speech verb, before any quote mark.
STATEMENT_SENTENCE_RE = re.compile(rf"[^\"“”\n]{{0,80}}?\b(?:{SPEECH_VERBS}|{DENIALS})\b")


def _another_statement(body: str, found: re.Match[str], pos: int) -> bool:
    """Does a sentence between the description's and the pronoun's report another source's
    statement ("The Peking representative of a securities house said ...")?  One that opens with
    the description's own head ("The official said") or a pronoun goes on with the same source."""
    head = found.group(2).lower()
    for start in sentence_starts(body, found.end(), pos):
        if body[start : start + 1] in "\"“”":
            continue  # a quote's own sentence
        words = body[start : start + 40].lower().split()
        if words[:2] == ["the", head] or words[:1] in (["he"], ["she"]):
            continue
        if STATEMENT_SENTENCE_RE.match(body, start, min(pos, start + 200)):
            return True
    return False


def _new_paragraph_of_prose(body: str, after: int, pos: int) -> bool:
    """Does a paragraph that opens with the writer's prose, not a quote, stand between the description
    and the pronoun ("A police official said two had died. / The driver's father was distraught.
    '...,' he said": the father)?"""
    at = body.rfind("\n", after, pos)
    if at < 0:
        return False
    opening = body[at:pos].lstrip()
    return not opening.startswith(('"', "“", "'", "‘"))
