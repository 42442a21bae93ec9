"""Is a plain-text file prose at all?  A cheap test, before any extraction.

A corpus folder holds more than articles: Reuters-21578 ships lists of
names one a line (``all-people-strings.lc.txt``), category tables and a CIA
world factbook as Prolog facts.  Read as articles, they gave "quotes" such as
"climate and soils permit a wide =".  News is written in sentences on long
lines; lists have a few words a line, code has calls and statement ends.  The
test looks only at line shapes, so it costs a fraction of extraction's time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Below this many non-empty lines a text is too short to judge: it is let
# through (extraction finds whatever it holds) rather than guessed about.
MIN_LINES = 5
# A prose line has this many words or more.  News paragraphs run to 20-60
# words, a headline to 5-10; list entries have 1-4.
PROSE_LINE_WORDS = 5
# Prose when at least this share of the words stands on prose lines.  On
# 2026-12-02: the 2,225 BBC articles 0.715-1.0 (the lowest: results tables
# under a match report); Reuters' lists of names 0.0.
MIN_PROSE_SHARE = 0.5
# ...and when there is a sentence end for every this many words at most.  BBC
# articles: 42 at most; Reuters' category notes (lines of names with a few
# notes between): 156.
MAX_WORDS_PER_SENTENCE = 80
# Marks that code writes and prose does not: a call written name( (prose puts
# a space before "("), snake_case, braces, = and angle brackets, "," between
# quoted strings, ]) and statement ends at a line's end.  Counted with
# str.count and str.find for "(" and "_": a regex alternation over every
# character cost 170 us an article, this 40 (and then ~20 of those 40 were a regex
# scanning for "(" and "_": str.find, 2026-12-04, ~1).
CODE_CHARS = "{}=<>"
CODE_PAIRS = ('","', "])")
JOINED_MARKS = "(_"  # a code mark when a word character is right before it
CODE_LINE_ENDS = (";", ":", ").")
# Code when there are at least this many marks per non-blank character.  On
# 2026-12-02: BBC articles 0.0066 at most; the Prolog factbook 0.087; 300 of
# 310 Python and C files over 2 KB (the rest: headers of comments).
MIN_CODE_MARKS = 0.02
SENTENCE_END_RE = re.compile(r"""[.!?]["')\u201d\u2019]*(?=\s|$)""")


@dataclass(frozen=True)
class ProseCheck:
    """What the test measured, and its verdict (``reason`` is None for prose)."""

    lines: int  # non-empty lines
    prose_share: float  # share of words on lines of PROSE_LINE_WORDS or more
    words_per_sentence: float  # words per sentence end
    code_marks: float  # code marks per non-blank character
    reason: str | None  # why it is not an article, e.g. "a list of names"


def check_prose(text: str) -> ProseCheck:
    """Measure ``text``'s shape and say whether it reads as an article."""
    words = prose_words = lines = code_marks = 0
    for line in text.splitlines():
        count = len(line.split())
        if count:
            lines += 1
            words += count
            if count >= PROSE_LINE_WORDS:
                prose_words += count
            if line.rstrip().endswith(CODE_LINE_ENDS):
                code_marks += 1
    if not words:
        return ProseCheck(0, 0.0, 0.0, 0.0, None)  # empty: the extractor says so in its own words
    prose_share = prose_words / words
    per_sentence = words / max(1, len(SENTENCE_END_RE.findall(text)))
    code_marks += sum(map(text.count, CODE_CHARS)) + sum(map(text.count, CODE_PAIRS))
    code_marks += _joined_marks(text)
    blank = text.count(" ") + text.count("\n") + text.count("\t") + text.count("\r")
    code_marks /= max(1, len(text) - blank)
    reason = None
    if lines >= MIN_LINES:
        if code_marks >= MIN_CODE_MARKS:
            reason = "source code"
        elif prose_share < MIN_PROSE_SHARE or per_sentence > MAX_WORDS_PER_SENTENCE:
            alphabetic = sum(1 for token in text.split() if any(c.isalpha() for c in token))
            reason = "a list of names" if alphabetic * 2 >= words else "a table of numbers"
    return ProseCheck(lines, round(prose_share, 3), round(per_sentence, 1), round(code_marks, 4), reason)


def _joined_marks(text: str) -> int:
    """How many of ``JOINED_MARKS`` stand right after a letter, a digit or "_" ("name(", "snake_case")."""
    count = 0
    for mark in JOINED_MARKS:
        at = text.find(mark, 1)  # (the text's first character has nothing before it)
        while at >= 0:
            before = text[at - 1]
            if before.isalnum() or before == "_":
                count += 1
            at = text.find(mark, at + 1)
    return count


def not_an_article(text: str) -> str | None:
    """``"not an article: <why>"`` for a text that is not prose, else None."""
    reason = check_prose(text).reason
    return f"not an article: {reason}" if reason else None
