"""JSON Lines from crawlers: one article a line; ``meta`` carries the record's own fields."""

from __future__ import annotations

import codecs
import gzip
import json
import logging
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..model import Document, RejectedInput, sha256_text
from .files import DEFAULT_MAX_BYTES, Parts, line_parts, read_range
from ..text.dates import normalise_date  # the same date reading as web pages' meta tags
from ..text.decode import decode_text
from .registry import PartReading, register

LOGGER = logging.getLogger(__name__)

# news-please, trafilatura and similar crawlers' field names -> Article fields,
# best first for each.
JSONL_TEXT_KEYS = ["text", "maintext", "raw_text", "content", "body"]
JSONL_HTML_KEYS = ["html", "raw_html", "source_html"]
# A record's own identity, best first (``record_source``).
JSONL_ID_KEYS = ["id", "_id", "uuid", "guid"]
# Byte-order marks of encodings whose b"\n" bytes are half a character.
WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
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
# One record of a gzipped dump, inflated: a crawler's article is well under it.
MAX_LINE_BYTES = DEFAULT_MAX_BYTES
# A string of several authors or tags, as crawlers write them.
AUTHOR_SEPARATOR_RE = re.compile(r"\s*;\s*")
TAG_SEPARATOR_RE = re.compile(r"\s*[,;]\s*")


def _cut_in_lines(path: Path, part_bytes: int, before: tuple[int, str] | None) -> Parts | None:
    """Where a big dump's parts of whole lines are; None for a UTF-16 or UTF-32
    file (a byte-order mark says so), whose b"\n" bytes are half characters: read whole."""
    with open(path, "rb") as f:
        head = f.read(4)
    if head.startswith(WIDE_BOMS):
        return None
    return line_parts(path, part_bytes, before=before)


def _read_lines_part(
    path: Path, byte_range: tuple[int, int], first_line: int, context: tuple[str, ...], max_bytes: int, bad: list[int],
) -> Iterator[Document]:
    """One part of a big dump: its lines' Documents (``json_lines_documents``)."""
    start, end = byte_range
    if end - start > max_bytes:
        raise RejectedInput(f"line too large ({end - start:,} bytes; the limit is --max-bytes {max_bytes:,})")
    yield from json_lines_documents(path, read_range(path, start, end), first_line, bad)


def no_usable_json_lines(first_bad: int | None) -> str:
    return "no usable JSON Lines record" + (f" (first bad line {first_bad})" if first_bad else "")


IN_LINES = PartReading(
    unit="line", cut=_cut_in_lines, read=_read_lines_part, nothing_usable=lambda first_bad, reason: no_usable_json_lines(first_bad),
)


@register(".jsonl", ".ndjson", takes_bytes=True, parts=IN_LINES)
def read_json_lines(path: Path, data: bytes | None = None) -> Iterator[Document]:
    """Crawler output, one article a line, each line UTF-8; ``source`` = ``path#id=ID``, ``path#URL`` or ``path#sha256=HASH`` (its own id, else its URL, else its text's hash; never its line number).

    A line that is not UTF-8, not a JSON object, or has no text (or HTML) is
    one rejected record, ``path#LINE``; the file is rejected only when no line
    at all is usable.  (Ingest reads a big file in parts, with ``json_lines_documents``.)
    """
    data = path.read_bytes() if data is None else data
    if not data.strip():
        raise RejectedInput("empty file")
    bad: list[int] = []
    usable = 0
    for document in json_lines_documents(path, data, 1, bad):
        usable += document.rejected is None
        yield document
    if not usable:
        raise RejectedInput(no_usable_json_lines(bad[0] if bad else None))


def json_lines_documents(path: Path, data: bytes, first_line: int, bad: list[int]) -> Iterator[Document]:
    """The Documents of the lines of ``data``, the first being line ``first_line``
    of the file; an unusable line is a Document whose ``rejected`` says why, and
    its number is appended to ``bad``.

    Each line is decoded on its own, strictly as UTF-8 (the format's rule): one
    stray byte costs its line, where decoding the file as a whole let it switch
    every line to a guessed code page.  Lines end at b"\n" only: a raw U+2028 or
    U+0085 inside a JSON string is no line end.  A file with a UTF-16 or UTF-32
    byte-order mark (never cut in parts: ``tasks._cuttable``) is decoded whole first.
    """
    if data.startswith(WIDE_BOMS):
        data = decode_text(data).encode("utf-8", "surrogatepass")
    elif first_line == 1 and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    yield from _line_documents(path, enumerate(data.split(b"\n"), first_line), bad)


def _line_documents(path: Path, lines: Iterable[tuple[int, bytes | None]], bad: list[int]) -> Iterator[Document]:
    """Each line's Document; a line given as None was too long to read."""
    for number, raw in lines:
        if raw is not None and not raw.strip():
            continue
        try:
            if raw is None:
                raise ValueError(f"line too large (over {MAX_LINE_BYTES:,} bytes)")
            document = json_line_document(raw, path)
        except ValueError as error:
            LOGGER.debug("%s:%d skipped: %s", path, number, error)
            bad.append(number)
            document = Document(source=f"{path}#{number}", rejected=str(error))
        yield document


@register(".jsonl.gz", ".ndjson.gz", streamed=True)
def read_gzipped_json_lines(path: Path) -> Iterator[Document]:
    """Crawler output gzipped, read as `.jsonl` is (UTF-8 lines), line by line as it inflates; one worker reads the whole file.

    Nothing is held whole, neither the file nor what it inflates to: a line
    is read up to ``MAX_LINE_BYTES`` (a longer one is one rejected record,
    the rest of it skipped).  A file cut off part-way keeps the lines before
    the cut and reports the cut.
    """
    if not os.path.getsize(path):
        raise RejectedInput("empty file")
    bad: list[int] = []
    usable = 0
    with gzip.open(path, "rb") as stream:
        try:
            for document in _line_documents(path, _inflated_lines(stream), bad):
                usable += document.rejected is None
                yield document
        except (EOFError, OSError, zlib.error) as error:  # a cut-off or damaged stream: BadGzipFile is an OSError
            if not usable:
                raise RejectedInput(f"not a readable gzip file ({error})") from None
            yield Document(source=f"{path}#end", rejected=f"the gzip stream cannot be read on ({error})")
    if not usable:
        raise RejectedInput(no_usable_json_lines(bad[0] if bad else None))


def _inflated_lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """(number, line) of the inflated stream; a line over ``MAX_LINE_BYTES`` comes
    as None, the rest of it skipped."""
    number = 0
    while line := stream.readline(MAX_LINE_BYTES + 1):
        number += 1
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        elif number == 1 and line.startswith(WIDE_BOMS):
            # Its b"\n" bytes are half characters: lines cannot be cut as it inflates.
            raise RejectedInput("UTF-16 or UTF-32 text: a gzipped dump is read as UTF-8 lines (gunzip it to read it as .jsonl)")
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield number, None
            continue
        yield number, line.rstrip(b"\n")


def json_line_document(line: bytes | str, path: Path | str) -> Document:
    """One crawler record's Document; ValueError says why a line is unusable."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ValueError(f"not UTF-8 (byte 0x{line[error.start]:02x} at byte {error.start + 1} of the line)") from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    return record_document(record, path)


def record_document(record: dict[str, Any], path: Path | str, source: str | None = None) -> Document:
    """A crawler record's Document, named ``source`` (default: ``record_source``);
    ValueError when it holds no text or HTML."""
    found = record_content(record)
    if found is None:
        raise ValueError('no "text" or "html" string')
    kind, content = found
    meta = json_line_meta(record)
    return Document(source=source or record_source(path, record, meta, content), meta=meta, **{kind: content})


def record_content(record: dict[str, Any]) -> tuple[str, str] | None:
    """("text" or "html", the record's article) by the first key crawlers use that holds a
    non-blank string (``JSONL_TEXT_KEYS`` before ``JSONL_HTML_KEYS``), or None."""
    for keys, kind in ((JSONL_TEXT_KEYS, "text"), (JSONL_HTML_KEYS, "html")):
        for key in keys:
            content = record.get(key)
            if isinstance(content, str) and content.strip():
                return kind, content
    return None


def record_source(path: Path | str, record: dict[str, Any], meta: dict[str, Any], content: str) -> str:
    """A record's identity within its file: its own id, else its URL, else a hash of its text.

    Not its line number: a line inserted above it, or one before it lost,
    would give every later record another's id and permalinks.
    """
    for key in JSONL_ID_KEYS:
        value = record.get(key)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            return f"{path}#id={str(value).strip()}"
    if meta.get("url"):
        return f"{path}#{meta['url']}"
    return f"{path}#sha256={sha256_text(content)[:16]}"


def names(value: Any) -> list[str]:
    """Authors or tags as crawlers give them: strings, objects with a name
    (schema.org's {"@type": "Person", "name": ...}), or lists of either; an
    object without a name is kept as JSON, never as a Python repr."""
    if isinstance(value, list):
        return [name for item in value for name in names(item)]
    if isinstance(value, dict):
        for key in ("name", "@name", "title", "label"):
            if isinstance(value.get(key), str) and value[key].strip():
                return [value[key].strip()]
        return [json.dumps(value, ensure_ascii=False, sort_keys=True)] if value else []
    if value is None or isinstance(value, bool):
        return []
    text = str(value).strip()
    return [text] if text else []


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
            authors = names(value) if not isinstance(value, str) else AUTHOR_SEPARATOR_RE.split(value)
            meta[name] = ", ".join(a.strip() for a in authors if a.strip()) or None
        elif name == "tags":
            tags = names(value) if not isinstance(value, str) else TAG_SEPARATOR_RE.split(value)
            meta[name] = [t.strip() for t in tags if t.strip()]
        elif name == "section" and isinstance(value, (list, dict)):
            meta[name] = next(iter(names(value)), None)
        elif isinstance(value, (str, int, float)):
            meta[name] = str(value).strip()
    if meta.get("url") and not str(meta["url"]).startswith(("http://", "https://")):
        meta.pop("url")  # trafilatura's "source" may be a file name, not an address
    return {k: v for k, v in meta.items() if v not in (None, "", [])}
