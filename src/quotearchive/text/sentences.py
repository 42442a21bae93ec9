"""Where sentences end: the one place every stage asks.

News text is asked four different questions about sentence ends, and each
answer reads its own kind of text, so each has its own function here, named by
what it is for.  They share the marks that end a sentence (``STOPS``); where
their details differ (which closing marks, whether a line break counts) the
difference is what each reader has been measured to need, so it is kept.

* ``SENTENCE_BREAK_RE`` with ``follows_abbreviation``: where the next
  sentence starts *inside one paragraph of prose* (``... he said. The ...``):
  a stop, closing marks, space, then a capital, digit or opening mark; not
  after "Mr." or "U.S.".  Use it to cut a paragraph into sentences (a quote's
  sentence, in :mod:`quotearchive.extract.quotes`).
* ``sentence_starts``: where sentences start in a stretch that may cross
  paragraphs, *walking back* from a point: a stop then a capital, or a line
  break (every paragraph ends a sentence).  Coarse and cheap, no abbreviation
  test: for "which sentence is this mention in" (the speaker resolver).
* ``ends_sentence``: does a *line* end as a sentence does (a stop, maybe
  closing marks and spaces)?  Tells a paragraph of prose from a headline, a
  navigation link or a tag list (:mod:`quotearchive.extract.clean`).
* ``ends_like_sentence``: does a *web page's block* end in a stop of any script
  or a closing mark?  Tells text from a label ("Courtesy G4", "Main Content")
  among a page's first blocks.
* ``sentence_ends_before``: while scanning an open quote, did a sentence end
  right before this point (two paragraphs merged on one line)?
"""

from __future__ import annotations

import re

# The marks that end a sentence in English news text.
STOPS = ".!?…"

# ---------------------------------------------------------------- inside a paragraph

# A stop, optional closing marks, space, then a capital, digit or opening mark.
# The position after the space is where the next sentence starts.
_STOP_THEN_SPACE = rf"[{STOPS}][\"'”’)\]]*\s+"
_OPENING_MARK = r"[\"'“‘(\[]"
SENTENCE_BREAK_RE = re.compile(rf"{_STOP_THEN_SPACE}(?={_OPENING_MARK}?[A-Z0-9])")
# The same, and also before two apostrophes, the opening quotation mark of archived New York
# Times copy ("he said. ''The plan ..."), which the direct extractor does not read as a mark:
# reported speech breaks there, or a clause would run on into the next sentence's quotation.
SENTENCE_BREAK_OR_APOSTROPHES_RE = re.compile(rf"{_STOP_THEN_SPACE}(?=(?:''|{_OPENING_MARK})?[A-Z0-9])")
# A stop that ends an abbreviation ("Mr.", "Jan.", "U.S.") ends no sentence.
ABBREVIATION_RE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Gov|Rep|Gen|Col|Lt|Sgt|Capt|Jr|Sr|Inc|Ltd|Co|Corp|No|vs|Mt|Ft|Rev|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z](?:\.[A-Z])*)\.$"
)
# The longest abbreviation before its stop, plus the word boundary before it.
ABBREVIATION_REACH = 6
# Letters this many before a stop are a word longer than any of ``ABBREVIATION_RE``'s (four
# letters at most, or one capital after a stop): no abbreviation ends there.
ABBREVIATION_WORD = 5


# Abbreviations a sentence may end with ("... born in the U.S."), and the words that
# then can only open the next one ("in the U.S. He says"): a pronoun or a connective,
# never a name, so "U.S. Senate" and "Smith Jr. Inc." still run on.
SENTENCE_FINAL_ABBREVIATION_RE = re.compile(r"(?:\b(?:Jr|Sr|Inc|Ltd|Co|Corp)|\b[A-Z]\.[A-Z](?:\.[A-Z])*)\.$")
SENTENCE_OPENERS = frozenset(
    "The He She It They We I You There This That These Those But And However Yet So Still Then Now Meanwhile".split()
)
NEXT_WORD_RE = re.compile(r"[\"'”’)\]]*\s+([A-Z][a-z]*)(?![\w-])")
# After such an abbreviation, a quoted sentence opens a sentence too ('... of USX Corp. "The
# outlook is negative," it said'): a capital after the mark, and a stop or comma at its close
# (inside or just after it); not a quoted title ('the U.S. "Star Wars" program').
NEXT_QUOTATION_RE = re.compile(r"\s+[\"“][A-Z][^\"”\n]{0,300}(?:[.,!?][\"”]|[\"”][.,])")


def follows_abbreviation(text: str, stop: int, floor: int = 0) -> bool:
    """Is the stop at ``text[stop]`` (a ``SENTENCE_BREAK_RE`` match's start) the end of
    an abbreviation?  ``floor``: where the paragraph starts; nothing before it is read."""
    if stop >= ABBREVIATION_WORD and text[stop - ABBREVIATION_WORD : stop].isalpha():
        return False  # a word longer than any abbreviation ends there ("said."): the regex cannot match
    lo = max(floor, stop - ABBREVIATION_REACH)
    if ABBREVIATION_RE.search(text, lo, stop + 1) is None:
        return False
    if SENTENCE_FINAL_ABBREVIATION_RE.search(text, lo, stop + 1) is None:
        return True
    if NEXT_QUOTATION_RE.match(text, stop + 1):
        return False
    following = NEXT_WORD_RE.match(text, stop + 1)
    return following is None or following.group(1) not in SENTENCE_OPENERS


# ---------------------------------------------------------------- walking back over paragraphs

# A stop, optional closing mark, space and a capital; or line breaks.  Written as
# one leading character class, then which kind it was (the lookbehinds test the
# character just matched): Python's engine skips ahead only to a pattern's first
# character class, so "[.!?]...|\n+" would make it try both branches at every offset.
SENTENCE_OR_LINE_END_RE = re.compile(r"[.!?\n](?:(?<=\n)\n*|(?<!\n)[\"”’']?\s+(?=[\"“‘']?[A-Z]))")


def sentence_starts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Sorted offsets in ``text[start:end]`` where a sentence starts after a stop or a line break.

    Nothing past ``end`` is looked at (not even the capital after a stop), and
    ``start`` itself is not included.
    """
    return [m.end() for m in SENTENCE_OR_LINE_END_RE.finditer(text, start, len(text) if end is None else end)]


# ---------------------------------------------------------------- the end of a line or block

# Closing marks that may follow the stop ending a line.
CLOSERS = "\"'”’»)]"
# What ends_sentence tests, as a regex (its specification; the function is faster).
ENDS_SENTENCE_RE = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")


def ends_sentence(line: str) -> bool:
    """``ENDS_SENTENCE_RE.search(line)``: a stop, maybe closing quotes or brackets,
    maybe whitespace, at the end -- read off the end of the line instead of
    trying the regex at every position of a paragraph."""
    stripped = line.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in STOPS


# A block of a web page ends in a stop (Latin or CJK) or a closing mark: prose or a quote.
ENDS_LIKE_SENTENCE_RE = re.compile(r"[.!?。！？…\"”’»)]$")


def ends_like_sentence(block: str) -> bool:
    """``ENDS_LIKE_SENTENCE_RE.search(block)``: a web page's block reads as text, not a label."""
    return ENDS_LIKE_SENTENCE_RE.search(block) is not None


# ---------------------------------------------------------------- inside an open quote

# How far back from a mark the stop before it may be (the stop and its spaces).
STOP_REACH = 8


def sentence_ends_before(text: str, pos: int, floor: int) -> bool:
    """Does a sentence end just before ``pos``: a stop, then spaces up to ``pos``?

    Only ``text[floor + 1 : pos]`` is read (``floor``: where the open quote
    started), and only its last few characters.
    """
    if pos <= floor + 1 or not text[pos - 1].isspace():
        return False
    i = pos - 1
    while i > floor and text[i].isspace() and pos - i < STOP_REACH:
        i -= 1
    return i > floor and text[i] in STOPS
