"""Rule 4 of the attribution rules: the context, where the quote's own sentence names no one.

A quote standing as its own sentence continues the speech around it: the
subject of ``X said that ...`` just before it (``previous_sentence``), the
speaker of the previous paragraph's closing attribution when the quote's
paragraph has no reporting verb of its own (``previous_paragraph``), a credit
line under a quote paragraph (``credit_under``: ``- Hillary Clinton.``), or a
claim opening the next paragraph (``next_paragraph_claim``: ``Mr Smith, the
coach, said.``).  :mod:`.rules` tries them after the sentence's own rules.
"""

from __future__ import annotations

import re

from ...lexicon.people import PRONOUNS
from ..cues import SPEECH_CUE_RE, SPEECH_VERBS
from .clauses import cue_subject, has_cue, is_headline, prose_sentence_starts, verb_cues
from .mentions import subject_np
from .inverted import inverted_np
from .sentence_subjects import sentence_start_subject
from .model import Attribution, Candidate
from .names import Names
from .photo_credits import is_credit_line
from .runs import has_name, titled_credit

# How far back the sentence before a quote may start (characters).
PREVIOUS_SENTENCE_REACH = 600
# "- Hillary Clinton." / "— Ann Lee, mayor of Dayton": a credit line under a quote.
CREDIT_UNDER_RE = re.compile(r"^[ \t]*[-–—]+[ \t]*([A-Z][^\n\"“”]{1,100}?)[ \t]*\.?[ \t]*$")
# '...,” Trump said.' ending a sentence: a closing mark, then a short attribution and its stop.
QUOTE_TAIL_RE = re.compile(r"[\"”][,.!?]?[ \t]+([^\"“”.!?]{2,80})\.?[ \t]*$")
# "Josh Bivens, Economic Policy Institute." under a quote: a name, an affiliation, nothing else.
NAME_LINE_RE = re.compile(r"^[ \t]*([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})(?:,[ \t]*[A-Z][^\n.;:\"“”]{1,80})?\.?[\"”]?[ \t]*$")
# Opening quote marks (a quote's span starts right after one; a reported statement's does not).
QUOTE_OPENERS = frozenset("\"“‘'«")
# "Jim Reed, the team coach, said." opening the paragraph after a quote.
CLAIM_RE = re.compile(rf"^([^.\"“”]{{1,80}}?)\s+({SPEECH_VERBS})\b[.,]")


def credit_under(body: str, cand: Candidate, names: Names, paragraphs: list[tuple[int, int]]) -> Attribution | None:
    """A quote filling its paragraph, and under it a credit line: '"I will look into it."'
    then '- Hillary Clinton.' (a pull quote's name line, issue 14 class 3)."""
    para_start, para_end = paragraphs[cand.para]
    if cand.para + 1 >= len(paragraphs) or body[para_start : cand.start - 1].strip() or body[cand.end + 1 : para_end].strip(" \"”.,"):
        return None
    nstart, nend = paragraphs[cand.para + 1]
    line = body[nstart : min(nend, nstart + 200)]
    credit = CREDIT_UNDER_RE.match(line)
    if credit and credit.group(1) != titled_credit(credit.group(1)):
        # '―MARY ANN LEE, Columbus, Ohio': the name set in capitals.
        line = line[: credit.start(1)] + titled_credit(credit.group(1)) + line[credit.end(1) :]
        credit = CREDIT_UNDER_RE.match(line)
    if not credit or not (has_name(credit.group(1)) or _known_surname(credit.group(1), names)):
        # 'Josh Bivens, Economic Policy Institute.': a name and an affiliation, no dash, no verb.
        credit = NAME_LINE_RE.match(line)
        if not credit or not has_name(credit.group(1)) or SPEECH_CUE_RE.search(line):
            return None
    found = inverted_np(credit.group(1), nstart + credit.start(1), None, names)
    if found and found.speaker_type == "person":
        found.rule = "credit-under"
        return found
    return None


def _known_surname(text: str, names: Names) -> bool:
    """A credit line of one word, the surname of a person the article named in full
    ('- Sanders.' under a debate quote, after 'Bernie Sanders' above it)."""
    words = text.split()
    return len(words) == 1 and words[0][:1].isupper() and names.person(words) is not None


def next_paragraph_claim(body: str, cand: Candidate, names: Names, paragraphs: list[tuple[int, int]]) -> Attribution | None:
    """A quote paragraph whose speaker is named at the start of the next one."""
    para_start, para_end = paragraphs[cand.para]
    if body[para_start:cand.start - 1].strip() or body[cand.end + 1 : para_end].strip(" \"”.,"):
        return None
    if cand.para + 1 >= len(paragraphs):
        return None
    nstart, nend = paragraphs[cand.para + 1]
    text = body[nstart : min(nend, nstart + 200)]
    m = CLAIM_RE.match(text)
    if m:
        found = subject_np(m.group(1) + " ", nstart, m.group(2), names)
        if found:
            found.rule = "next-paragraph"
        return found
    return None


def previous_paragraph(body: str, cand: Candidate, names: Names, paragraphs: list[tuple[int, int]]) -> Attribution | None:
    """``Suggestions that ... are wrong, Ms Diemont says.`` then a paragraph opening ``There are
    "no big differences" ...`` with no reporting verb of its own: the speaker goes on."""
    para_start, _ = paragraphs[cand.para]
    if cand.sent_start > para_start or cand.para == 0 or is_headline(body, paragraphs, cand.para - 1):
        return None
    if has_cue(body, cand) or re.search(r"[\"“”]", body[cand.sent_start : cand.start - 1]):
        return None
    prev_start, prev_end = paragraphs[cand.para - 1]
    lo = max(prev_start, prev_end - PREVIOUS_SENTENCE_REACH)
    text = body[lo:prev_end].rstrip()
    starts = prose_sentence_starts(text)
    start = lo + (starts[-1] if starts else 0)
    sentence = body[start : lo + len(text)]
    if re.search(r"[\"“”]", sentence):
        return None  # a quote there has its own speaker, and the quote rules follow it
    for cue in verb_cues(SPEECH_CUE_RE, sentence):
        found = cue_subject(sentence, start, cue, names)
        if found and found.speaker and found.speaker_type == "person":
            return found
    return None


def _quote_attribution(sentence: str, start: int, names: Names) -> Attribution | None:
    """'"...," DeSantis said. "...': the sentence before ends in a quote's own attribution,
    a name and a verb after its closing mark; the quote after it goes on (when the quote
    before was not kept as one, the previous-quote rule has nothing to carry over)."""
    tail = QUOTE_TAIL_RE.search(sentence)
    if tail is None:
        return None
    words = tail.group(1)
    at = start + tail.start(1)
    for cue in verb_cues(SPEECH_CUE_RE, words):
        found = cue_subject(words, at, cue, names)
        # (A name: "he told the BBC" there is for the quote before, and reaches back to whomever.)
        if found and found.speaker and found.speaker_type == "person" and (found.as_written or "").lower() not in PRONOUNS:
            return found
    return None


def previous_sentence(body: str, cand: Candidate, names: Names, paragraphs: list[tuple[int, int]],
                       paragraph_opening: bool, prev: Candidate | None = None) -> Attribution | None:
    """A full quote after ``Putin said that ...`` speaks for that subject.

    The sentence may end the previous paragraph when the quote opens its own.
    ``prev``, the quote before: a sentence inside it is no one's attribution (a quote in
    marks: reported speech's statements hold their own attributions).
    """
    if body[cand.sent_start : cand.start - 1].strip():
        return None
    para_start, _ = paragraphs[cand.para]
    if cand.sent_start <= para_start:
        if not paragraph_opening or cand.para == 0 or is_headline(body, paragraphs, cand.para - 1):
            return None  # (a headline is no attribution evidence for the text under it)
        para_start, end = paragraphs[cand.para - 1]
        if is_credit_line(body[para_start:end]):
            return None  # "Jessica Kourkounis for The New York Times": a photo's credit, no sentence
    else:
        end = cand.sent_start
    lo = max(para_start, end - PREVIOUS_SENTENCE_REACH)
    text = body[lo:end].rstrip()
    if text.endswith(("\"", "”")):
        return None  # that sentence is a quote with its own speaker
    starts = prose_sentence_starts(text)
    start = lo + (starts[-1] if starts else 0)
    if prev is not None and prev.start <= start < prev.end and body[prev.start - 1 : prev.start] in QUOTE_OPENERS:
        # '"She enjoys the guessing. She knows it is news. "Kelly has to decide ...': a quote
        # left open where the next one opens (the corpus's merged paragraphs); the sentence
        # before is the quoted speaker's own words, and a "she" in it names no speaker.
        return None
    sentence = body[start : lo + len(text)]
    if re.search(r"[\"“”]", sentence):
        return _quote_attribution(sentence, start, names)
    for cue in verb_cues(SPEECH_CUE_RE, sentence):
        found = cue_subject(sentence, start, cue, names)
        if found and found.speaker:
            return found
    # "Ann Lee repeated her party's call for an inquiry. "...": a person introduced as
    # the subject of the sentence before a quote standing alone takes it over.
    if body[cand.start : cand.start + 1].isupper():
        found = sentence_start_subject(sentence, start, None, names)
        if found and found.speaker and found.speaker_type == "person":
            found.rule = "previous-subject"
            return found
    return None
