"""A paragraph's cues and its sentences: what the patterns read, one sentence
at a time (a sentence with no cue is not read)."""

from __future__ import annotations

from ...text.sentences import SENTENCE_BREAK_OR_APOSTROPHES_RE as SENTENCE_BREAK_RE
from ...text.sentences import follows_abbreviation
from .frames import CUE_RE, CUE_SCAN_RE


def paragraph_cues(body: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """``CUE_RE``'s matches in a paragraph, as (word, start, end) in ``body``.

    ``CUE_SCAN_RE`` reads the character before each cue (a cue starts with a
    letter, so a non-word character there is its ``\\b``): the engine tries
    only those offsets, not every one.  The body's first word has none."""
    out = []
    if start == 0:
        first = CUE_RE.match(body, 0, end)
        if first:
            out.append((first.group(), 0, first.end()))
            start = first.end()
    else:
        start -= 1  # the line break before the paragraph
    out += [(m.group(1), m.start(1), m.end(1)) for m in CUE_SCAN_RE.finditer(body, start, end)]
    return out


def split_sentences(body: str, start: int, end: int, last: int | None = None) -> list[tuple[int, int]]:
    """The sentences of one paragraph, as (start, end) without trailing space;
    with ``last``, only as far as the sentence holding that offset."""
    bounds = [start]
    for m in SENTENCE_BREAK_RE.finditer(body, start, end):
        if not follows_abbreviation(body, m.start(), start):
            bounds.append(m.end())
            if last is not None and m.end() > last:
                break  # the sentences after the last cue are not read
    else:
        bounds.append(end)
    out = []
    for a, b in zip(bounds, bounds[1:]):
        while b > a and body[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out
