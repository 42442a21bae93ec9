"""A paragraph's cues and its sentences: what the patterns read, one sentence
at a time (a sentence with no cue is not read)."""

from __future__ import annotations

from ...text.sentences import SENTENCE_BREAK_OR_APOSTROPHES_RE as SENTENCE_BREAK_RE
from ...text.sentences import follows_abbreviation
from .frames import CUE_FORMS, CUE_RE, CUE_SCAN_RE, PROSE_WORD_RE, TITLE_CASE_MAX, TITLE_CASE_SHARE, TITLE_CASE_WORDS, TITLE_WORD_RE
from ...lexicon.reported import FUNCTION_WORDS

# The words a title-case line writes with a capital that running prose writes without: the
# closed classes and the cue forms ("Says", "Endorses", "On", "He's"), lower-cased to read it.
_LOWERED = FUNCTION_WORDS | frozenset(f for f in CUE_FORMS if " " not in f)


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


def as_sentence_case(body: str, paragraphs: list[tuple[int, int]]) -> str:
    """``body`` with each title-case line (a headline, a live blog's entry title: "Sanders Says
    He's Riding Momentum", "Pence Endorses Paul Ryan With Trump's Blessing") written as prose
    writes it: its function words and cue forms lower-cased, names left capitalised, so the
    patterns (case-sensitive, as prose is) read it as "Sanders says he's riding momentum".
    Only ASCII initials change: offsets and length stay the same.  Only short lines are
    looked at (``TITLE_CASE_MAX`` characters), each once: linear in the body."""
    parts, at = [], 0
    for p_start, p_end in paragraphs:
        if p_end - p_start > TITLE_CASE_MAX or PROSE_WORD_RE.search(body, p_start, p_end):
            continue  # (a word of five lower-case letters is prose's: found in a line's first words, a cheap no)
        words = TITLE_WORD_RE.findall(body, p_start, p_end)
        if len(words) < TITLE_CASE_WORDS or sum(w[0].isupper() for w in words) < TITLE_CASE_SHARE * len(words):
            continue
        # The line's first word keeps its capital, as a sentence's would ("Will Smith Says ...",
        # "Hope Hicks Says ...": a name, whatever word it looks like).
        for m in TITLE_WORD_RE.finditer(body, p_start + 1, p_end):
            word = m.group()
            # ("He's": the word before its apostrophe.)
            if "A" <= word[0] <= "Z" and word[1:].islower() and word.lower().replace("’", "'").split("'")[0] in _LOWERED:
                parts += [body[at : m.start()], word[0].lower()]
                at = m.start() + 1
    return "".join(parts) + body[at:] if parts else body
