"""Step 4: find direct quotations in an article body.

``extract_quotes(body)`` finds the spans inside quote marks, keeps the ones
that are speech (not scare quotes, terms or titles) and asks
:mod:`quotearchive.extract.speakers` who said each one.

How news text marks speech, and so what the rules below follow:

* Marks may be straight (``"``), curly (``“ ”``) or mixed (a curly opener
  closed by a straight mark); whether a straight mark opens or closes is
  read from its neighbours (space before and a letter after: it opens).
  Sites also type the opener where the closer goes (``“abhorrent“ in``): a
  “ glued to the word before it and followed by a space closes.
* One paragraph a line.  A quote running over several paragraphs leaves its
  closing mark off every paragraph but the last and reopens each one, so a
  span never crosses a line break; each paragraph's part is its own quote.
* Two paragraphs merged on one line show up as an opener inside an open
  quote right after a sentence end (``money. "The senior``): the first
  quote ends there.
* Single marks are apostrophes or quotes nested inside a double-quoted
  span (kept inside it); they only make a quote of their own in a line with
  no double marks, British-headline style (``Campbell: E-mail row 'silly fuss'``).

Which spans are quotations (speech, not scare quotes, terms or titles) is
decided in :mod:`quotearchive.extract.quotations`.

Everything is one left-to-right scan per paragraph plus fixed-size windows
around each quote, so the cost is linear in the body's length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from . import quotations, speakers
from .quotations import WORD_RE
from ..model import Quote
from ..text.sentences import SENTENCE_BREAK_RE, follows_abbreviation, sentence_ends_before

# Quote marks.  „ and « open, » closes; ” closes but some sites also open with it.
DOUBLE_MARK_RE = re.compile(r"[\"“”„«»]")
SINGLE_MARK_RE = re.compile(r"['‘’‚]")
OPEN_ONLY_MARKS = "“„«"
CLOSE_ONLY_MARKS = "”»"
PARAGRAPH_RE = re.compile(r"[^\n]+")
# What may stand right before an opening mark / right after a closing one.
BEFORE_OPEN = set(" \t\xa0\u2009\u202f([{—―–-/:;,") | {""}  # ― (U+2015): the quotation dash
AFTER_CLOSE = set(" \t\xa0\u2009\u202f)]}.,;:!?—―–-…/") | {""}
# A quote longer than this inside one paragraph is a stray mark, not speech.
MAX_QUOTE_CHARS = 5000
# How far around a quote its sentence is looked at (characters).
MAX_CONTEXT = 600
# Articles with more candidate spans or quote marks than this are mark soup,
# not news (a long real article has a few hundred marks): scanning stops there.
MAX_SPANS = 5000
MAX_MARKS = 100_000
@dataclass
class Span:
    """A candidate quote: offsets of the words inside the marks."""

    start: int
    end: int
    para: int  # index of the paragraph holding it
    open_end: bool = False  # no closing mark before the paragraph ended
    single: bool = False  # marked with single quotes
    continues: bool = False  # reopens a quote left open at the previous paragraph's end


@dataclass
class Found:
    """The direct quotations of an article and the name table their speakers were found with."""

    quotes: list[Quote]
    names: speakers.Names | None  # None when no quote went to the resolver


def extract_quotes(body: str) -> list[Quote]:
    """Every direct quotation in ``body``, with offsets into it."""
    return find_quotes(body).quotes


def find_quotes(body: str) -> Found:
    """``extract_quotes``, with the article's name table kept for reported speech."""
    return speakers.run(find_quotes_steps(body))


def find_quotes_steps(body: str) -> speakers.Steps[Found]:
    """``find_quotes``, waiting for the speaker parse (``speakers.attribute_steps``)."""
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH_RE.finditer(body)]
    spans: list[Span] = []
    budget = [MAX_MARKS]
    for index, (start, end) in enumerate(paragraphs):
        spans.extend(_paragraph_spans(body, start, end, index, budget))
        if len(spans) > MAX_SPANS or budget[0] <= 0:
            break  # quote-mark soup, not news: what was found so far stands
    _mark_continuations(body, spans, paragraphs)
    breaks = _sentence_breaks(body, paragraphs, spans)
    kept = []
    n_words = []  # of each kept quote, for _kind
    pull_checks = [quotations.MAX_PULL_QUOTE_CHECKS]
    for span in spans:
        sent_start, sent_end = _sentence_around(body, breaks, paragraphs[span.para], span)
        cand = speakers.Candidate(span.start, span.end, span.para, sent_start, sent_end, span.continues)
        words = WORD_RE.findall(body, span.start, span.end)
        speech = (quotations.is_quotation(body, cand, words, span.open_end)
                  or quotations.follows_a_quote(body, cand, kept[-1] if kept else None))
        if speech and not quotations.pull_quote(body, cand, paragraphs, len(words), pull_checks):
            kept.append(cand)
            n_words.append(len(words))
    names = speakers.name_table(body, kept) if kept else None
    attributions = yield from speakers.attribute_steps(body, kept, paragraphs, names=names)
    quotes = []
    for cand, who, n in zip(kept, attributions, n_words):
        if quotations.unattributed_term(body, cand, n, who.speaker):
            continue  # a scare quote or a name ("fake news", "Like"): no one said it
        text = body[cand.start : cand.end]
        quotes.append(
            Quote(
                start=cand.start,
                end=cand.end,
                text=text,
                kind=_kind(body, cand, n),
                cue=who.cue,
                speaker=who.speaker,
                speaker_type=speakers.source_type(who),
                speaker_role=who.role,
                speaker_as_written=who.as_written,
                speaker_confidence=speakers.confidence(who),
                speaker_evidence=speakers.evidence(who),
                context=body[cand.sent_start : _context_end(body, breaks, paragraphs[cand.para], cand, who)],
            )
        )
    return Found(quotes, names)


# ---------------------------------------------------------------- spans


def _paragraph_spans(body: str, start: int, end: int, para: int, budget: list[int]) -> list[Span]:
    if DOUBLE_MARK_RE.search(body, start, end):
        return _double_spans(body, start, end, para, budget)
    if SINGLE_MARK_RE.search(body, start, end):
        return _single_spans(body, start, end, para, budget)
    return []


def _flanks(body: str, pos: int, start: int, end: int) -> tuple[bool, bool]:
    """(may open, may close) for the straight mark at ``pos``."""
    before = body[pos - 1] if pos > start else ""
    after = body[pos + 1] if pos + 1 < end else ""
    may_open = before in BEFORE_OPEN and after != "" and not after.isspace()
    may_close = (before != "" and not before.isspace()) and (after in AFTER_CLOSE or after in "\"'“”‘’")
    if not may_open and not may_close and after != "" and not after.isspace() and before not in BEFORE_OPEN:
        may_close = True  # word"word: take it as closing whatever is open
    if not may_open and not may_close and before.isspace() and pos >= start + 2 and body[pos - 2] in "'’" and after in AFTER_CLOSE:
        may_close = True  # a nested quote's mark, a space, then ours: "... the 'Title Sponsor,' " Eric wrote
    return may_open, may_close


def _double_spans(body: str, start: int, end: int, para: int, budget: list[int]) -> list[Span]:
    spans: list[Span] = []
    open_at = -1  # offset just after the opening mark, or -1 when outside
    curly = False  # the open quote began with a curly or angle mark
    nested = False  # inside it, a straight-quoted phrase is open: “He called it "madness"”
    for match in DOUBLE_MARK_RE.finditer(body, start, end):
        budget[0] -= 1
        if budget[0] <= 0 or len(spans) > MAX_SPANS:
            return spans
        pos = match.start()
        mark = match.group()
        if mark in OPEN_ONLY_MARKS:
            may_open, may_close = True, False
            if open_at >= 0 and mark == "“" and pos > start and not body[pos - 1].isspace() and body[pos - 1] not in BEFORE_OPEN:
                after = body[pos + 1] if pos + 1 < end else ""
                if after in AFTER_CLOSE:
                    may_open, may_close = False, True  # an opening mark typed as the closer: “abhorrent“ in
        elif mark in CLOSE_ONLY_MARKS:
            may_open, may_close = _flanks(body, pos, start, end)
            may_open = may_open and not may_close and open_at < 0
            may_close = may_close or not may_open
        else:
            may_open, may_close = _flanks(body, pos, start, end)
        if open_at < 0:
            if may_open:
                open_at = pos + 1
                curly, nested = mark != '"', False
            continue
        if curly and mark == '"':
            if nested and may_close:
                nested = False
                continue
            if may_open and not may_close:
                nested = True
                continue
        if may_close and not (may_open and pos == open_at):
            _add_span(body, spans, open_at, pos, para)
            open_at = -1
        elif may_open and (sentence_ends_before(body, pos, open_at) or not curly and not may_close):
            # An opener inside an open quote: two paragraphs merged on one line
            # (after a sentence end), or a closing mark typed as a space.  Nested
            # quotes inside straight ones take single marks, so this one opens anew.
            _add_span(body, spans, open_at, pos, para, open_end=True)
            open_at = pos + 1
            curly, nested = mark != '"', False
    if open_at >= 0:
        _add_span(body, spans, open_at, end, para, open_end=True)
    return spans


def _single_spans(body: str, start: int, end: int, para: int, budget: list[int]) -> list[Span]:
    """Single-quoted spans in a line without double marks (headline style)."""
    spans: list[Span] = []
    open_at = -1
    for match in SINGLE_MARK_RE.finditer(body, start, end):
        budget[0] -= 1
        if budget[0] <= 0 or len(spans) > MAX_SPANS:
            return spans
        pos = match.start()
        before = body[pos - 1] if pos > start else ""
        after = body[pos + 1] if pos + 1 < end else ""
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word: don't, Russia’s
        if open_at < 0:
            if before in BEFORE_OPEN and after.isalnum():
                open_at = pos + 1
        elif before and not before.isspace() and after in AFTER_CLOSE:
            if before == "s" and after == " " and pos + 1 < end and body[pos + 2 : pos + 3].islower():
                continue  # a plural possessive: the Joneses' house
            _add_span(body, spans, open_at, pos, para, single=True)
            open_at = -1
    return spans


def _add_span(body: str, spans: list[Span], start: int, end: int, para: int, open_end: bool = False, single: bool = False) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end - start < 1 or end - start > MAX_QUOTE_CHARS or not WORD_RE.search(body, start, end):
        return
    spans.append(Span(start, end, para, open_end=open_end, single=single))


def _mark_continuations(body: str, spans: list[Span], paragraphs: list[tuple[int, int]]) -> None:
    """Flag a quote that reopens one left open at the previous paragraph's end."""
    for prev, span in zip(spans, spans[1:]):
        if prev.open_end and span.para == prev.para + 1:
            para_start = paragraphs[span.para][0]
            if span.start - para_start <= 2:
                span.continues = True


# ---------------------------------------------------------------- sentences


def _sentence_breaks(body: str, paragraphs: list[tuple[int, int]], spans: list[Span]) -> list[int]:
    """Sorted offsets where sentences start, never inside a quote.

    Only paragraphs holding a quote are split into sentences: a quote's sentence
    never reaches past its paragraph, so the others need only their start.
    """
    breaks = []
    span_index = 0
    quoted = {span.para for span in spans}
    for index, (start, end) in enumerate(paragraphs):
        breaks.append(start)
        if index not in quoted:
            continue
        for match in SENTENCE_BREAK_RE.finditer(body, start, end):
            pos = match.end()
            while span_index < len(spans) and spans[span_index].end < pos:
                span_index += 1
            if span_index < len(spans) and spans[span_index].start < pos < spans[span_index].end:
                continue  # inside a quote (tested first: cheaper than the abbreviation regex)
            if follows_abbreviation(body, match.start(), start):
                continue
            breaks.append(pos)
    return breaks


def _sentence_around(body: str, breaks: list[int], paragraph: tuple[int, int], span: Span) -> tuple[int, int]:
    i = bisect_right(breaks, span.start - 1) - 1
    sent_start = max(breaks[i] if i >= 0 else 0, paragraph[0])
    j = bisect_right(breaks, span.end)
    sent_end = breaks[j] if j < len(breaks) else len(body)
    sent_end = min(sent_end, paragraph[1])
    # A "sentence" with no stops in it can be a whole 40 MB paragraph: every rule
    # looks only this far around the quote, which keeps the cost linear.
    sent_start = max(sent_start, span.start - MAX_CONTEXT)
    sent_end = min(sent_end, span.end + MAX_CONTEXT)
    while sent_end > sent_start and body[sent_end - 1].isspace():
        sent_end -= 1
    return sent_start, sent_end


def _context_end(body: str, breaks: list[int], paragraph: tuple[int, int], cand: speakers.Candidate, who: speakers.Attribution) -> int:
    """The end of the quote's sentence, or of the next one when the speaker is named there
    ('"...aimed?" Putin asked.')."""
    if who.pos < cand.sent_end or who.pos >= paragraph[1]:
        return cand.sent_end
    j = bisect_right(breaks, who.pos)
    end = min(breaks[j] if j < len(breaks) else len(body), paragraph[1], who.pos + MAX_CONTEXT)
    while end > cand.sent_end and body[end - 1].isspace():
        end -= 1
    return end


# ---------------------------------------------------------------- filters


def _kind(body: str, cand: speakers.Candidate, n_words: int) -> str:
    """"full" for a quoted sentence set off on its own, "partial" for words woven into ours
    (``n_words``: how many words the quote has)."""
    text = body[cand.start : cand.end]
    if not text[:1].isupper() and not text[:1].isdigit() and text[:1] not in "[(….":
        return "partial"
    lead = body[cand.sent_start : cand.start - 1].rstrip()
    set_off = not lead or lead[-1:] in ":,—–-" or text.rstrip()[-1:] in ".,!?…"
    # A sentence of its own, however short ('"Never again."'), is a full quotation.
    whole_sentence = not lead and text.rstrip()[-1:] in ".!?…" and not body[cand.end : cand.sent_end].strip(quotations.CLOSING_TAIL)
    return "full" if set_off and (n_words >= 3 or whole_sentence) else "partial"
