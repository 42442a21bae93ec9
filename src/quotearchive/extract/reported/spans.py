"""Where a statement starts and ends: the ``Found`` record (and ``Reading``, a body's
statements with the sentences they were read in), the subject before a verb, the end of
a clause, and which statements are kept."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ...lexicon.reported import PRONOUN_THAT_VERBS, SECOND_THAT_SUBJECT_WORDS
from ...text.patterns import trie_pattern
from .frames import (
    AUXILIARY, APPOSITION_WORDS, CLAUSE_CUT_RE, CLAUSE_JOIN_RE, CLAUSE_VERB_RE, CLAUSE_VERB_SIGN_RE, MIN_WORDS, PARENTHETICAL_WORDS, PREPOSITION_RE,
    QUOTE_MARKS, SETTING_VERB_RE, SHORT_SPAN_RE, SPEECH_FORMS, SUBJECT_WORDS, WORD_RE,
)


@dataclass
class Found:
    """One reported statement before its speaker is resolved."""

    start: int
    end: int
    cue: str
    para: int
    sent_start: int
    sent_end: int
    # No one is named as its source: "Asked whether ...", "X is expected to ...".
    unattributed: bool = False
    # A quotation in two-apostrophe marks, kept whole with its marks (the resolver reads its words).
    quoted: bool = False
    # An act's target or an infinitive ("criticized [Cruz]", "declined [to comment]"): whole at
    # one word, where a clause needs ``MIN_WORDS``.
    short: bool = False
    # Inside a subordinate clause opening its sentence ("While Lee said [...], the board ...") or
    # inside another statement ("Lee believes [...], Porter said"): what follows it is no
    # attribution of it, so the resolver reads the sentence up to its end.
    inner: bool = False


@dataclass
class Reading:
    """What the patterns read in a body: their statements, the paragraphs, the direct
    quotations' spans, and the sentences read with their cues (the tagger's input)."""

    found: list[Found]
    paragraphs: list[tuple[int, int]]
    quoted: list[tuple[int, int]]
    sentences: list[tuple[int, int, int, list[tuple[str, int, int]]]] = field(default_factory=list)  # start, end, para, cues
    # The body as the patterns read it where it differs (title-case lines in prose case), else None.
    prose: str | None = None


def keep(body: str, item: Found, quoted: list[tuple[int, int]]) -> bool:
    """A clause of a few words (a target or an infinitive of one, ``SHORT_SPAN_RE``) that is
    not mostly a direct quotation."""
    words = len(WORD_RE.findall(body, item.start, item.end))
    if words < MIN_WORDS and not (item.short and SHORT_SPAN_RE.fullmatch(body, item.start, item.end)):
        return False  # (also "[This campaign], he says, ...": a fragment would be one "statement" in every article)
    covered = 0
    i = max(0, bisect_left(quoted, (item.start, -1)) - 1)
    while i < len(quoted) and quoted[i][0] < item.end:
        a, b = quoted[i]
        if a < item.start < b:
            return False  # it starts inside a direct quotation: speech within the quote, the quote's own words
        covered += max(0, min(b, item.end) - max(a, item.start))
        i += 1
    return covered * 2 < item.end - item.start


def parenthetical_subject(left: str) -> bool:
    """Is the end of ``left`` the subject of an attribution set inside its statement
    ("In the years since, Porter says, ...")?  A short noun phrase: no clause verb,
    no preposition (which would make "states" or "reports" a noun after it)."""
    subject = left[subject_start(left) :]
    if subject.strip() in ("and", "or", "nor", "but"):
        return False  # "have cut their contract, or posted, prices": a second verb, no subject
    return len(subject.split()) <= PARENTHETICAL_WORDS and not CLAUSE_VERB_RE.search(subject) and not PREPOSITION_RE.search(subject)


def subject_before_apposition(left: str) -> str:
    """The subject of a verb after an apposition set off by commas or dashes ("...,
    and Brian Deese, the White House adviser, said"; "Many speakers — including
    X, Y and Z — said"): the words before the apposition's opening mark, back to
    the clause boundary before them; "" when either part is too long to be one,
    or holds a quotation mark (then the verb's "subject" is a quote before it)."""
    stripped = left.rstrip()
    mark = stripped[-1]
    opening = stripped.rfind(mark, 0, len(stripped) - 1)
    if mark in "—–" and opening < 0:
        opening = max(stripped.rfind("—", 0, len(stripped) - 1), stripped.rfind("–", 0, len(stripped) - 1))
    if opening < 0:
        return stripped if len(stripped.split()) <= APPOSITION_WORDS and not any(m in stripped for m in QUOTE_MARKS) else ""
    head, apposition = stripped[:opening], stripped[opening + 1 : -1]
    subject = head[subject_start(head) :]
    if len(apposition.split()) > APPOSITION_WORDS or not 0 < len(subject.split()) <= SUBJECT_WORDS:
        return ""
    return "" if any(m in head[-200:] + apposition for m in QUOTE_MARKS) else subject + apposition


def subject_start(left: str) -> int:
    """Where the subject of a verb at the end of ``left`` starts: after the last
    comma, semicolon, colon or dash (one pass, left to right)."""
    start = 0
    for m in CLAUSE_JOIN_RE.finditer(left):
        start = m.end()
    while start < len(left) and left[start].isspace():
        start += 1
    return start


def clause_end(sentence: str, pos: int) -> int:
    """Where a clause starting at ``pos`` ends: the sentence's end, or the comma of
    a second clause or attribution (``CLAUSE_CUT_RE``), without the final stop."""
    cut = CLAUSE_CUT_RE.search(sentence, pos)
    while cut and (sentence[cut.start()] != "," and len(WORD_RE.findall(sentence, pos, cut.start())) < MIN_WORDS
                   or second_that(sentence, pos, cut.start()) or relative_in_subject(sentence, pos, cut.start())):
        # "said [he and Rubio promised to ...]": an "and" before the clause has words enough for a
        # verb joins its subjects; the second verb is the clause's own, not a second speaker's.
        cut = CLAUSE_CUT_RE.search(sentence, cut.end())
    return trim_end(sentence, pos, cut.start() if cut else len(sentence))


# ", but that CLAUSE" / " and that CLAUSE" after a clause: a second clause of the same verb, one
# statement ("predicted [that wages would fall, but that overtime would more than offset it]":
# PolNeAR's span, and the reader's).  "that" opens a clause when a subject's first word follows
# it (a pronoun, "there", a determiner, a name) or when the first clause opened with "that" too;
# otherwise it may be a determiner ("those who said [...], but that group was small").
SECOND_THAT_RE = re.compile(r",?\s+(?:but|and)\s+(?:also\s+)?that\s+")
SUBJECT_START_RE = re.compile(rf"(?:{'|'.join(SECOND_THAT_SUBJECT_WORDS)})\b|[A-Z]")

# "that" as a pronoun, the subject of a verb of the reporter's ("said [that prices would rise], but
# that proved wrong"): a finite verb or an auxiliary right after it (no clause's subject does).
PRONOUN_THAT_VERB_RE = re.compile(rf"(?:{AUXILIARY}|{trie_pattern(sorted(PRONOUN_THAT_VERBS))})\b")


def second_that(sentence: str, pos: int, cut: int) -> bool:
    """Is the cut at ``cut`` of a clause starting at ``pos`` the opening of a second "that" clause?"""
    second = SECOND_THAT_RE.match(sentence, cut)
    if not second or PRONOUN_THAT_VERB_RE.match(sentence, second.end()):
        return False
    return SUBJECT_START_RE.match(sentence, second.end()) is not None or sentence[:pos].rstrip().endswith("that")


# ", which ..., VERB": a relative clause set off by commas inside the clause's subject, its verb
# after the closing comma ("said [the plan, which cost $5 million, had failed]"); the clause is
# cut at ", which" only when it has its verb before it ("said [the plan failed], which ...": the
# reporter's comment on the statement).  A verb before the cut is told by an auxiliary, a past or a
# negation (``SETTING_VERB_RE``: not a form in "-s", which a plural subject has, "the plans"); a
# personal pronoun takes no relative ("said [they support the bill], which ..."), and a word and a
# verb of speech after the relative are a second attribution (", which ..., officials said").
RELATIVE_ASIDE_RE = re.compile(r",\s+which\s+[^,;:!?—–()\"“”]{3,80},\s+")
PRONOUN_SUBJECT_RE = re.compile(r"(?:that\s+)?(?:I|we|you|they|he|she|it)\b", re.IGNORECASE)
SPEECH_AFTER_RE = re.compile(rf"(?!(?:{AUXILIARY}|not|never|also)\b)[\w’'-]+\s+(?:{trie_pattern(sorted(SPEECH_FORMS))})\b")


def relative_in_subject(sentence: str, pos: int, cut: int) -> bool:
    """Is the cut at ``cut`` of a clause starting at ``pos`` a relative clause on its subject,
    the clause's verb still to come after the relative?"""
    aside = RELATIVE_ASIDE_RE.match(sentence, cut)
    if aside is None or SETTING_VERB_RE.search(sentence, pos, cut) or PRONOUN_SUBJECT_RE.match(sentence, pos):
        return False
    if SPEECH_AFTER_RE.match(sentence, aside.end()):
        return False
    return CLAUSE_VERB_SIGN_RE.match(sentence, aside.end()) is not None


def trim_end(sentence: str, start: int, end: int) -> int:
    """The clause's end without its final stop and spaces (a closing mark stays
    with the words it closes)."""
    while end > start and (sentence[end - 1].isspace() or sentence[end - 1] in ".;:,"):
        end -= 1
    return end


def skip_space(text: str, pos: int) -> int:
    n = 0
    while pos + n < len(text) and text[pos + n].isspace():
        n += 1
    return n
