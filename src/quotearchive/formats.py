"""Readers for archive and crawler formats (Reuters SGML, JSON Lines, ...).

Each reader is one function registered with ``@register(suffix)``; it yields
Documents whose ``meta`` carries what the format states (title, date, url).
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from .model import Document
from .read import RejectedInput, decode_text, register

LOGGER = logging.getLogger(__name__)

# --- Reuters-21578 ----------------------------------------------------------
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
# "26-FEB-1987 15:01:01.79" (a few records have a stray space or digit).
REUTERS_DATE_RE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})(?:\s+\d*?(\d{1,2}):(\d{2}):(\d{2}))?")
MONTH_NUMBERS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}
# Control characters the &#2; &#3; &#5; ... entities stand for (wire framing).
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# The wire sign-off that ends almost every body.
REUTERS_SIGNOFF_RE = re.compile(r"\s*\bReuter\s*$", re.IGNORECASE)
REUTERS_OUTLET = "Reuters"

# --- JSON Lines from crawlers -----------------------------------------------
# news-please, trafilatura and similar crawlers' field names -> Article fields,
# best first for each.
JSONL_TEXT_KEYS = ["text", "maintext", "raw_text", "content", "body"]
JSONL_HTML_KEYS = ["html", "raw_html", "source_html"]
JSONL_FIELDS = {
    "title": ["title", "headline"],
    "url": ["url", "source_url", "canonical_url", "link", "source"],
    "published": ["date_publish", "published", "date", "datePublished", "published_at", "pubdate"],
    "modified": ["date_modify", "modified", "dateModified", "updated"],
    "byline": ["authors", "author", "byline"],
    "outlet": ["sitename", "source_domain", "hostname", "site_name", "outlet", "source-hostname"],
    "language": ["language", "lang"],
    "section": ["section", "categories", "category"],
    "tags": ["tags", "keywords"],
}


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
    return CONTROL_RE.sub("", html.unescape(value))


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


def reuters_date(value: str) -> tuple[str, str] | None:
    """ISO 8601 from ``26-FEB-1987 15:01:01.79`` (no zone is given, so none is added)."""
    match = REUTERS_DATE_RE.search(value)
    if not match:
        return None
    day, month, year, hour, minute, second = match.groups()
    try:
        date = datetime(int(year), MONTH_NUMBERS[month.upper()], int(day))
        if hour is not None:
            return date.replace(hour=int(hour), minute=int(minute), second=int(second)).isoformat(), "datetime"
    except (KeyError, ValueError):
        return None
    return date.date().isoformat(), "day"


@register(".jsonl", ".ndjson", takes_bytes=True, by_lines=True)
def read_json_lines(path: Path, data: bytes | None = None) -> Iterator[Document]:
    """Crawler output, one article a line; ``source`` = ``path#LINE``.

    A line that is not a JSON object with text (or HTML) is skipped with a
    warning; the file is rejected only when no line at all is usable.
    (Ingest reads a big file in parts, with ``json_lines_documents``.)
    """
    text = decode_text(path.read_bytes() if data is None else data)
    bad: list[int] = []
    usable = 0
    for document in json_lines_documents(path, text, 1, bad):
        usable += 1
        yield document
    if not usable:
        raise RejectedInput(no_usable_json_lines(bad[0] if bad else None))
    if bad:
        LOGGER.warning("%s: %d of %d lines skipped", path, len(bad), len(bad) + usable)


def json_lines_documents(path: Path, text: str, first_line: int, bad: list[int]) -> Iterator[Document]:
    """The Documents of the lines of ``text``, the first being line ``first_line`` of
    the file; the numbers of unusable lines are appended to ``bad``.

    Lines end at "\n" only, as in the file: a raw U+2028 or U+0085, which a
    JSON string may hold, does not end a line (str.splitlines would say so).
    """
    for number, line in enumerate(text.split("\n"), first_line):
        if not line.strip():
            continue
        try:
            document = json_line_document(line, f"{path}#{number}")
        except ValueError as error:
            LOGGER.warning("%s:%d skipped: %s", path, number, error)
            bad.append(number)
            continue
        yield document


def no_usable_json_lines(first_bad: int | None) -> str:
    return "no usable JSON Lines record" + (f" (first bad line {first_bad})" if first_bad else "")


def json_line_document(line: str, source: str) -> Document:
    """One crawler record's Document; ValueError says why a line is unusable."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    meta = json_line_meta(record)
    for key in JSONL_TEXT_KEYS:
        if isinstance(record.get(key), str) and record[key].strip():
            return Document(source=source, text=record[key], meta=meta)
    for key in JSONL_HTML_KEYS:
        if isinstance(record.get(key), str) and record[key].strip():
            return Document(source=source, html=record[key], meta=meta)
    raise ValueError('no "text" or "html" string')


def json_line_meta(record: dict[str, Any]) -> dict[str, Any]:
    from .html import normalise_date  # the same date reading as web pages' meta tags

    meta: dict[str, Any] = {}
    for name, keys in JSONL_FIELDS.items():
        value = next((record[k] for k in keys if record.get(k) not in (None, "", [])), None)
        if value is None:
            continue
        if name in ("published", "modified"):
            parsed = normalise_date(str(value))
            if parsed:
                meta[name] = parsed[0]
                if name == "published":
                    meta["published_precision"] = parsed[1]
        elif name == "byline":
            names = value if isinstance(value, list) else re.split(r"\s*;\s*", str(value))
            meta[name] = ", ".join(str(n).strip() for n in names if str(n).strip()) or None
        elif name == "tags":
            tags = value if isinstance(value, list) else re.split(r"\s*[,;]\s*", str(value))
            meta[name] = [str(t).strip() for t in tags if str(t).strip()]
        elif name == "section" and isinstance(value, list):
            meta[name] = str(value[0]) if value else None
        elif isinstance(value, (str, int, float)):
            meta[name] = str(value).strip()
    if meta.get("url") and not str(meta["url"]).startswith(("http://", "https://")):
        meta.pop("url")  # trafilatura's "source" may be a file name, not an address
    return {k: v for k, v in meta.items() if v not in (None, "", [])}
