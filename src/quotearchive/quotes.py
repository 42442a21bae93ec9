"""Step 4: find direct quotations in an article body.

PLACEHOLDER: a minimal implementation so the pipeline runs end to end; the
real extractor (issue 3) replaces it behind the same function.
"""

from __future__ import annotations

import re

from .model import Quote

QUOTE_RE = re.compile(r"[\"“”]([^\"“”\n]{1,2000}?)[\"“”]")
CUE_RE = re.compile(r"\b(said|added|told|stressed|asked|noted|replied|explained)\b")
SPEAKER_RE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)*) (?:said|added|told|stressed|asked)\b")


def extract_quotes(body: str) -> list[Quote]:
    """Every direct quotation in ``body``, with offsets into it."""
    quotes = []
    for match in QUOTE_RE.finditer(body):
        start, end = match.span(1)
        tail = body[end : end + 80]
        cue = CUE_RE.search(tail)
        speaker = SPEAKER_RE.search(tail)
        quotes.append(
            Quote(
                start=start,
                end=end,
                text=body[start:end],
                kind="full" if body[start : start + 1].isupper() else "partial",
                cue=cue.group(1) if cue else None,
                speaker=speaker.group(1) if speaker else None,
            )
        )
    return quotes
