"""Quotations in two-apostrophe marks (``''...''``), as archived New York Times
copy writes them: paired within their paragraph, kept whole as statements, and
written as double marks for the speaker resolver, which finds a quote's speaker
by the marks around it."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from .. import quotations, speakers
from .frames import APOSTROPHES_RE, WORD_RE
from .sentences import split_sentences
from .spans import Found, keep, trim_end


def with_apostrophe_quotations(body: str, found: list[Found], inside: list[tuple[int, int]],
                                paragraphs: list[tuple[int, int]], quoted: list[tuple[int, int]]) -> list[Found]:
    """``found`` with the quotations in two-apostrophe marks (``inside``) that are speech
    (``quotations.is_quotation``: not a title, a name or a scare quote) as statements of
    their own, whole with their marks, as PolNeAR files them (the direct extractor does not
    read these marks).  A clause found starting inside one, or within it from its opening
    mark (``[''We will win],'' she said``), was the quotation's words: it yields to the
    whole quotation.  One found starting before it (``said ''...''``) stays."""
    kept = []
    for start, end in inside:
        para = bisect_left(paragraphs, (start + 1, -1)) - 1
        p_start, p_end = paragraphs[para]
        sentences = split_sentences(body, p_start, p_end)
        s_start = next((a for a, b in reversed(sentences) if a <= start), p_start)
        s_end = next((b for a, b in sentences if b >= end), p_end)
        cand = speakers.Candidate(start + 2, end - 2, para, s_start, s_end)
        item = Found(start, end, "''", para, s_start, s_end, quoted=True)
        if quotations.is_quotation(body, cand, WORD_RE.findall(body, start, end)) and keep(body, item, quoted):
            kept.append(item)
    if not kept:
        return found
    out = [f for f in found if not any(q.start < f.start < q.end or q.start == f.start and f.end <= q.end for q in kept)]
    out += [q for q in kept if not any(f.start < q.end and q.start < f.end for f in out)]
    return sorted(out, key=lambda f: f.start)


def marked(body: str, found: list[Found]) -> str:
    """``body`` with each kept two-apostrophe quotation's marks written as the double
    marks the resolver reads (``''A,'' he said`` as `` "A,"  he said``): its rules find
    a quote's speaker by the marks around it.  Offsets do not move."""
    spans = [(f.start, f.end) for f in found if f.quoted]
    if not spans:
        return body
    parts, at = [], 0
    for start, end in spans:
        parts += [body[at:start], ' "', body[start + 2 : end - 2], '" ']
        at = end
    return "".join(parts) + body[at:]


def apostrophe_quotes(body: str) -> list[tuple[int, int]]:
    """The quotations in two-apostrophe marks, (start, end) with their marks, in order:
    each opening mark paired with the next closing one in its paragraph (one pass)."""
    out, opened, line_end = [], -1, -1
    for m in APOSTROPHES_RE.finditer(body):
        a, b = m.start(), m.end()
        before, after = body[a - 1 : a], body[b : b + 1]
        if opened >= 0 and a > line_end:
            opened = -1  # a paragraph's quotation left open (the next paragraph goes on with it)
        if opened >= 0 and before.strip() and not (after.isalnum() or after == "_"):
            out.append((opened, b))
            opened = -1
        elif opened < 0 and not (before.isalnum() or before and before in "_'") and after.strip():  # "" opens the body
            opened = a
            line_end = body.find("\n", b)
            line_end = len(body) if line_end < 0 else line_end
    return out


def clip(body: str, item: Found, inside: list[tuple[int, int]]) -> Found:
    """A clause that starts inside a quotation in two-apostrophe marks (``inside``,
    in order) is the quotation's words: it ends at its closing marks, not at the
    attribution after them ("''I think [we will win],'' he said")."""
    i = bisect_left(inside, (item.start, -1)) - 1
    if i < 0 or not inside[i][0] < item.start < inside[i][1] or item.end <= inside[i][1] - 2:
        return item
    return replace(item, end=trim_end(body, item.start, inside[i][1] - 2))
