"""JSON Lines from crawlers: one article a line; ``meta`` carries the record's own fields."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..model import Document, RejectedInput
from ..text.dates import normalise_date  # the same date reading as web pages' meta tags
from ..text.decode import decode_text
from .registry import register

LOGGER = logging.getLogger(__name__)

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
# A string of several authors or tags, as crawlers write them.
AUTHOR_SEPARATOR_RE = re.compile(r"\s*;\s*")
TAG_SEPARATOR_RE = re.compile(r"\s*[,;]\s*")


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
            names = value if isinstance(value, list) else AUTHOR_SEPARATOR_RE.split(str(value))
            meta[name] = ", ".join(str(n).strip() for n in names if str(n).strip()) or None
        elif name == "tags":
            tags = value if isinstance(value, list) else TAG_SEPARATOR_RE.split(str(value))
            meta[name] = [str(t).strip() for t in tags if str(t).strip()]
        elif name == "section" and isinstance(value, list):
            meta[name] = str(value[0]) if value else None
        elif isinstance(value, (str, int, float)):
            meta[name] = str(value).strip()
    if meta.get("url") and not str(meta["url"]).startswith(("http://", "https://")):
        meta.pop("url")  # trafilatura's "source" may be a file name, not an address
    return {k: v for k, v in meta.items() if v not in (None, "", [])}
