"""News formats that name a speaker by their layout rather than by a sentence.

A transcript or an interview labels each turn with its speaker: the turn's
paragraph opens with a name in capitals and a colon (``CLINTON: I feel ...``,
``MR. JONES: ...``, ``SEN. WARREN: ...``), or as prose writes it (``Sen.
Elizabeth Warren: ...``, a person's name only), or with ``Q:`` / ``A:`` in a
question-and-answer piece.  Web copy often sets a whole transcript inside one
run of quote marks, so the label may stand just inside the opening mark
(``"RAMOS: Secretary Clinton, ...``).  A quote in a turn is the labelled
person's words: the answerer ``A`` is the person the introduction presents
(the one the article names most); the questioner ``Q`` is the interviewer, whom
such pieces rarely name, so a question's quote gets no one rather than a guess.
An "I" in a turn is its label (``MR. STUMPF: I said we would "look into it"``).

:mod:`.rules` asks ``quote_label`` first (a label inside the marks beats any
other evidence, the quote running on from the paragraph before included) and
``turn_label`` once the quote's own sentence has named no one, then
``statement_line``: a list of statements, a line each (``- Ann Lee, mayor of
Dayton: "..."``, ``Sen. Ted Cruz (R-Texas): "..."``), each quote taking its
line's name.
"""

from __future__ import annotations

import re

from ...lexicon.not_speakers import NOT_LABELS
from .resolve import resolve_mention
from .model import Attribution, Candidate
from .names import Names
from .runs import has_name

# "CLINTON:", "MR. JONES:", "SEN. ELIZABETH WARREN:", "Q:", "A:" opening a paragraph or a quote.
LABEL_RE = re.compile(r"[ \t]*((?:[A-Z][A-Z.'’-]+[ \t]+){0,3}[A-Z][A-Z'’-]+|Q|A)[ \t]*:[ \t]+(?=\S)")
# "Sen. Elizabeth Warren:", "John Stumpf:": a name as a sentence writes it, opening a paragraph.
NAME_LABEL_RE = re.compile(r"[ \t]*((?:[A-Z][a-z]*\.[ \t]+)?(?:[A-Z][a-z][\w'’-]*[ \t]+){0,3}[A-Z][a-z][\w'’-]*)[ \t]*:[ \t]+(?=\S)")
INTERVIEW_LABELS = frozenset({"Q", "A"})
# The narrator's pronouns: no speaker in an article, the labelled one in a transcript's turn.
FIRST_PERSON = frozenset({"i", "me"})
# Spaces a paragraph may open with before its quote mark.
LINE_INDENT = 8
# A list of statements, a line each: "- Ann Lee, mayor of Dayton: "...", "Sen. Ted Cruz (R-Texas): "...":
# a bullet or nothing, a name, its role after a comma or its party in brackets, a colon or a dash.
STATEMENT_LINE_RE = re.compile(
    r"^[ \t]*(?:[-–—•*·][ \t]*)?((?:[A-Z][\w.'’-]*[ \t]+){0,4}[A-Z][\w.'’-]*)"
    r"(?:,[ \t]*[^,:;\n\"“”]{2,80}|[ \t]*\([^()\n]{1,30}\))?[ \t]*(?::|[-–—]+)[ \t]*$"
)
# The longest lead-in a line of a list of statements has (name, role or party, colon).
STATEMENT_LINE_MAX_CHARS = 200
# A label of one word this short is an organisation's acronym ("UN", "FBI"), not a surname.
ACRONYM_LENGTH = 3


def quote_label(body: str, cand: Candidate, names: Names) -> Attribution | None:
    """``"CLINTON: I feel ...``: a label just inside the opening mark of a quote that opens
    its paragraph names who speaks (None: no label there)."""
    before = body[max(0, cand.start - 1 - LINE_INDENT) : cand.start - 1]
    if body[cand.start - 1 : cand.start] not in ("\"", "“") or (before.rstrip(" \t")[-1:] not in ("\n", "") or
                                                                  cand.start - 1 > LINE_INDENT and "\n" not in before):
        return None
    return _label(body, cand.start, names, in_marks=True)


def statement_line(body: str, cand: Candidate, names: Names, paragraphs: list[tuple[int, int]]) -> Attribution | None:
    """``- Ann Lee, mayor of Dayton: "We will not back down."``: a line of a list of statements
    names its speaker before the colon, with a role or a party the colon rules do not expect."""
    para_start, _ = paragraphs[cand.para]
    if cand.start - 1 - para_start > STATEMENT_LINE_MAX_CHARS:
        return None  # a name, a role and a colon; and the pattern is read over short lines only
    line = STATEMENT_LINE_RE.match(body[para_start : cand.start - 1])
    if line is None or not has_name(line.group(1)):
        return None
    found = resolve_mention(line.group(1), para_start + line.start(1), None, None, names)
    if found is None or found.speaker_type != "person":
        return None
    found.rule = "statement-line"
    return found


def narrator_turn(found: Attribution | None, body: str, cand: Candidate, names: Names,
                  paragraphs: list[tuple[int, int]]) -> Attribution | None:
    """``MR. STUMPF: I said we would "look into it"``: the "I" a rule found (no speaker in
    prose) is, in a transcript's turn, its label."""
    if found is None or found.speaker or (found.as_written or "").lower() not in FIRST_PERSON:
        return None
    labelled = turn_label(body, cand, names, paragraphs)
    return labelled if labelled is not None and labelled.speaker else None


def turn_label(body: str, cand: Candidate, names: Names, paragraphs: list[tuple[int, int]]) -> Attribution | None:
    """A quote inside a labelled turn (``A: He told me "..."``) is the labelled person's
    (an Attribution with no speaker: a question's, the interviewer not being named)."""
    para_start, _ = paragraphs[cand.para]
    if para_start >= cand.start - 1:
        return None  # the quote opens the paragraph: ``quote_label``'s question
    return _label(body, para_start, names)


def _label(body: str, at: int, names: Names, in_marks: bool = False) -> Attribution | None:
    """The speaker a label at ``at`` names; ``in_marks``: it stands inside a quote's opening
    mark, where a label naming no one ("VIDEO:") still marks a turn that is not the last one's."""
    m = LABEL_RE.match(body, at, at + 60)
    if m is None:
        return None if in_marks else _name_label(body, at, names)
    label = m.group(1)
    if label in INTERVIEW_LABELS:
        return _interview(label, m.start(1), names)
    words = label.split()
    if any(w in NOT_LABELS for w in words):
        # '"VIDEO: ...': a turn naming no one; no one, rather than the speaker of the turn
        # before ("UPDATE: ..." opening a paragraph of prose is no turn at all).
        return Attribution(rule="transcript-label") if in_marks else None
    if len(words) == 1 and len(label) <= ACRONYM_LENGTH:
        # "UN:", "FBI:": an acronym, the organisation as written.
        return Attribution(names.acronyms.get(label, label), "organisation", None, label, None, m.start(1), "transcript-label")
    # Read in the case a sentence writes it ("MR. JONES" -> "Mr. Jones").
    written = " ".join(w[:1] + w[1:].lower() for w in words)
    found = resolve_mention(written, m.start(1), None, None, names)
    if found is None or found.speaker_type == "description":
        return None
    if found.speaker_type == "organisation":
        if len(words) > 1:
            return None  # "NEW YORK TIMES:", a heading naming no speaker
        # One capitalised word the article names nowhere else as a person ("RAMOS"): in a
        # transcript's label it is a speaker's surname all the same.
        found = Attribution(written, "person", None, written, None, m.start(1))
    found.rule = "transcript-label"
    return found


def _name_label(body: str, at: int, names: Names) -> Attribution | None:
    """``Sen. Elizabeth Warren: You told ...``: a turn labelled with a person's name as
    written in prose (a person only: "Update:", "Bottom Line:" name no one)."""
    m = NAME_LABEL_RE.match(body, at, at + 60)
    if m is None or any(w.upper() in NOT_LABELS for w in m.group(1).split()):
        return None
    found = resolve_mention(m.group(1), m.start(1), None, None, names)
    if found is None or found.speaker_type != "person" or not found.speaker:
        return None
    found.rule = "transcript-label"
    return found


def _interview(label: str, pos: int, names: Names) -> Attribution:
    """``A``: the person the article names most; ``Q``: no one (the interviewer)."""
    person = names.main_person() if label == "A" else None
    if person is None:
        return Attribution(rule="transcript-label")
    return Attribution(person.name, "person", person.role, label, None, pos, "transcript-label")
