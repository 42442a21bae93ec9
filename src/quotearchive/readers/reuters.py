"""Reuters-21578 SGML: one Document per ``<REUTERS>`` record; ``meta`` carries its date, title, dateline and topics."""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..model import Document, RejectedInput
from ..text.dates import reuters_date
from .registry import register

# SGML, not XML: unquoted structure, &#N; control entities, a stray non-ASCII
# byte.  Regular expressions over the whole file read it in one linear pass.
# An element is found as a start tag and the first end tag after it (``_elements``),
# not with ``<X>(.*?)</X>``: on a file of unclosed start tags that regex scans
# to the end from each one (16,000 unclosed <REUTERS> took 43 s).
REUTERS_NEWID_RE = re.compile(r'\bNEWID="?(\d+)"?', re.IGNORECASE)
REUTERS_TAGS = {
    name: (re.compile(rf"<{name}\b([^<>]*)>", re.IGNORECASE), re.compile(rf"</{name}>", re.IGNORECASE))
    for name in ("REUTERS", "DATE", "TITLE", "DATELINE", "BODY", "TOPICS", "TEXT")
}
REUTERS_D_TAGS = (re.compile(r"<D>()", re.IGNORECASE), re.compile(r"</D>", re.IGNORECASE))
REUTERS_TAG_RE = re.compile(r"<[^<>]+>")  # [^<>]: linear on a file of unclosed "<"
# Control characters the &#2; &#3; &#5; ... entities stand for (wire framing).
WIRE_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# The wire sign-off that ends almost every body.
REUTERS_SIGNOFF_RE = re.compile(r"\s*\bReuter\s*$", re.IGNORECASE)
REUTERS_OUTLET = "Reuters"
# The wire marks a company in angle brackets: its ticker after its name ("Swissair <SWSZ.Z>
# said"), or the name of one with no ticker ("<Versatile Corp> said").  Left in the body, the
# marks stand between a subject and its verb, so nine in ten such statements had no speaker; the
# ticker becomes a parenthesis, as other copy writes it, and a name loses its brackets.
WIRE_TICKER_RE = re.compile(r"(?<=[\w.] )<([A-Z0-9][A-Z0-9.\-]{0,11}(?: [A-Z]{1,3})?)>")
# A ticker follows its company's name, a capitalised word ("Texaco Inc <TX>"); after "said",
# "of", "that" an all-capital mark is an unlisted company's acronym name ("said <AMI> would").
NAME_BEFORE_TICKER_RE = re.compile(r"(?:^|[\s(])[A-Z0-9&][\w.&'’-]*[ ]$")
WIRE_COMPANY_RE = re.compile(r"<([A-Z][^<>\n]{0,99}(?<! ))>")


@register(".sgm", ".sgml", takes_bytes=True, records=True)
def read_reuters_sgml(path: Path, data: bytes | None = None) -> Iterator[Document]:
    """Reuters-21578: one Document per ``<REUTERS>`` record, ``source`` = ``path#NEWID``. The wire's company marks are unwrapped in the body and title: a ticker after a name becomes a parenthesis ("Swissair (SWSZ.Z) said"), an unlisted company's name loses its angle brackets.
    """
    # Latin-1 maps every byte, so the one stray 0xFC cannot stop the file.
    text = (path.read_bytes() if data is None else data).decode("latin-1")
    found = False
    for number, (attributes, record, _, _) in enumerate(_elements(text, *REUTERS_TAGS["REUTERS"]), 1):
        newid = REUTERS_NEWID_RE.search(attributes)
        found = True
        document = reuters_document(record, f"{path}#{newid.group(1) if newid else number}")
        if document is not None:
            yield document
    if not found:
        raise RejectedInput("no <REUTERS> records (not Reuters-21578 SGML)")


def _elements(text: str, start_re: re.Pattern, end_re: re.Pattern) -> Iterator[tuple[str, str, int, int]]:
    """(attributes, content, start, end) of each element, in one pass.

    What ``<X\\b([^>]*)>(.*?)</X>`` finds (``finditer``), in linear time: each
    start tag is paired with the first end tag after it, the next element is
    looked for after that end, and a start tag with no end after it ends the search.
    """
    ends = [m.start() for m in end_re.finditer(text)]
    after = k = 0
    for start in start_re.finditer(text):
        if start.start() < after:
            continue  # inside the element just read
        k = bisect.bisect_left(ends, start.end(), lo=k)
        if k == len(ends):
            return
        after = end_re.match(text, ends[k]).end()
        yield start.group(1), text[start.end() : ends[k]], start.start(), after


def _without(text: str, name: str) -> str:
    """``text`` without its ``name`` elements."""
    pieces, last = [], 0
    for _, _, start, end in _elements(text, *REUTERS_TAGS[name]):
        pieces.append(text[last:start])
        last = end
    return "".join(pieces) + text[last:]


def reuters_document(record: str, source: str) -> Document | None:
    """One record's Document, or None when it has no text at all."""

    def field(name: str) -> str | None:
        first = next(_elements(record, *REUTERS_TAGS[name]), None)
        return first[1] if first else None

    body = field("BODY")
    if body is None:  # TYPE="BRIEF" or "UNPROC": no <BODY>, the text stands in <TEXT>
        body = REUTERS_TAG_RE.sub(" ", _without(_without(field("TEXT") or "", "DATELINE"), "TITLE"))
    text = unwrap_paragraphs(unmark_companies(_sgml_text(body)).strip().lstrip("*"))
    title = " ".join(unmark_companies(_sgml_text(field("TITLE") or "")).split()) or None
    if not text and not title:
        return None
    meta: dict[str, Any] = {"outlet": REUTERS_OUTLET}
    if title:
        meta["title"] = title
    date = reuters_date(field("DATE") or "")
    if date:
        meta["published"], meta["published_precision"] = date
    dateline = " ".join(_sgml_text(field("DATELINE") or "").split())
    if dateline:
        meta["dateline"] = dateline.split(",")[0].strip(" -") or None
    topics = [t.strip() for t in (content for _, content, _, _ in _elements(field("TOPICS") or "", *REUTERS_D_TAGS)) if t.strip()]
    if topics:
        meta["tags"] = topics
    return Document(source=source, text=text or title, meta={k: v for k, v in meta.items() if v})


def unmark_companies(text: str) -> str:
    """The body without the wire's company marks: "Swissair <SWSZ.Z>" -> "Swissair (SWSZ.Z)",
    "<Versatile Corp>" -> "Versatile Corp"."""
    if "<" not in text:
        return text
    def ticker(m: re.Match) -> str:
        named = NAME_BEFORE_TICKER_RE.search(text, max(0, m.start() - 40), m.start())
        return f"({m.group(1)})" if named else m.group(1)

    return WIRE_COMPANY_RE.sub(r"\1", WIRE_TICKER_RE.sub(ticker, text))


def _sgml_text(value: str) -> str:
    return WIRE_CONTROL_RE.sub("", html.unescape(value))


def unwrap_paragraphs(text: str) -> str:
    """Join hard-wrapped lines; an indented line starts a new paragraph."""
    paragraphs: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip():
            if paragraphs and paragraphs[-1]:
                paragraphs.append([])
            continue
        if not paragraphs or line[:1].isspace():
            paragraphs.append([])
        paragraphs[-1].append(line.strip())
    joined = [" ".join(lines) for lines in paragraphs if lines]
    if joined:
        joined[-1] = REUTERS_SIGNOFF_RE.sub("", joined[-1])
    return "\n\n".join(p for p in joined if p)
