"""Reuters-21578 SGML: one Document per ``<REUTERS>`` record; ``meta`` carries its date, title, dateline and topics."""

from __future__ import annotations

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
REUTERS_RECORD_RE = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.DOTALL | re.IGNORECASE)
REUTERS_NEWID_RE = re.compile(r'\bNEWID="?(\d+)"?', re.IGNORECASE)
REUTERS_FIELD_RES = {
    name: re.compile(rf"<{name}\b[^>]*>(.*?)</{name}>", re.DOTALL | re.IGNORECASE)
    for name in ("DATE", "TITLE", "DATELINE", "BODY", "TOPICS", "TEXT")
}
REUTERS_D_RE = re.compile(r"<D>(.*?)</D>", re.DOTALL | re.IGNORECASE)
REUTERS_TAG_RE = re.compile(r"<[^>]+>")
# Control characters the &#2; &#3; &#5; ... entities stand for (wire framing).
WIRE_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# The wire sign-off that ends almost every body.
REUTERS_SIGNOFF_RE = re.compile(r"\s*\bReuter\s*$", re.IGNORECASE)
REUTERS_OUTLET = "Reuters"


@register(".sgm", ".sgml", takes_bytes=True)
def read_reuters_sgml(path: Path, data: bytes | None = None) -> Iterator[Document]:
    """Reuters-21578: one Document per ``<REUTERS>`` record, ``source`` = ``path#NEWID``."""
    # Latin-1 maps every byte, so the one stray 0xFC cannot stop the file.
    text = (path.read_bytes() if data is None else data).decode("latin-1")
    found = False
    for number, match in enumerate(REUTERS_RECORD_RE.finditer(text), 1):
        attributes, record = match.groups()
        newid = REUTERS_NEWID_RE.search(attributes)
        found = True
        document = reuters_document(record, f"{path}#{newid.group(1) if newid else number}")
        if document is not None:
            yield document
    if not found:
        raise RejectedInput("no <REUTERS> records (not Reuters-21578 SGML)")


def reuters_document(record: str, source: str) -> Document | None:
    """One record's Document, or None when it has no text at all."""

    def field(name: str) -> str | None:
        match = REUTERS_FIELD_RES[name].search(record)
        return match.group(1) if match else None

    body = field("BODY")
    if body is None:  # TYPE="BRIEF" or "UNPROC": no <BODY>, the text stands in <TEXT>
        body = REUTERS_TAG_RE.sub(" ", REUTERS_FIELD_RES["TITLE"].sub("", REUTERS_FIELD_RES["DATELINE"].sub("", field("TEXT") or "")))
    text = unwrap_paragraphs(_sgml_text(body).strip().lstrip("*"))
    title = " ".join(_sgml_text(field("TITLE") or "").split()) or None
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
    topics = [t.strip() for t in REUTERS_D_RE.findall(field("TOPICS") or "") if t.strip()]
    if topics:
        meta["tags"] = topics
    return Document(source=source, text=text or title, meta={k: v for k, v in meta.items() if v})


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
