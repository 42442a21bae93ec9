"""Web archives (WARC), as crawlers write them: each archived news page is one Document."""

from __future__ import annotations

import contextlib
import gzip
import io
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import brotli
from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataReader
from warcio.exceptions import ArchiveLoadFailed

from ..model import Document, RejectedInput
from .files import DEFAULT_MAX_BYTES
from .registry import register

LOGGER = logging.getLogger(__name__)

# What a page is served as; images, scripts, style sheets, feeds and the
# crawler's own request, metadata and warcinfo records are not articles.
PAGE_TYPES = ("text/html", "application/xhtml+xml")
# Record types that hold a page: what the crawler was sent, or a page stored
# as it is (Webrecorder, browsertrix); a "revisit" only points at an earlier copy.
PAGE_RECORDS = ("response", "resource")
# One page's payload, inflated: a news page is well under this, and a record
# that inflates beyond it is skipped (a decompression bomb costs nothing).
MAX_PAGE_BYTES = DEFAULT_MAX_BYTES
GZIP_MAGIC = b"\x1f\x8b"
# What warcio inflates itself (brotli is done here: ``_unbrotli``).
READABLE_ENCODINGS = frozenset({"gzip", "deflate", "identity"})
PAGE_CUT = "page cut off: the file ends inside its record"


@register(".warc", ".warc.gz", streamed=True)
def read_warc(path: Path) -> Iterator[Document]:
    """A web archive (crawlers' WARC, plain or gzipped): one Document per archived HTML page answered with 200, `source` = `path#URL`; other records (images, scripts, redirects, requests) are passed over.

    The page's URL comes from the record (``WARC-Target-URI``); its bytes,
    de-chunked and inflated as the server sent them, are decoded as a saved
    page's are (the page's own charset, checked: servers' defaults lie).  The crawl's date is not
    the article's date and is not used as one.  A page served without a
    Content-Type is taken when its bytes open as HTML.  A record that cannot
    be read (a crawl cut off mid-record) is one rejected record; the pages
    before it are kept.  The file is read as a stream, never held whole; the
    articles it gives are held until its end (ingest sends a file's results
    at once), so a crawl of tens of thousands of pages is better split.
    """
    with open(path, "rb") as file:
        yield from _file_pages(path, file)


def _file_pages(path: Path, file: BinaryIO) -> Iterator[Document]:
    head = file.read(1 << 12)
    if not head.strip() and len(head) < 1 << 12:
        raise RejectedInput("empty file")
    file.seek(0)
    gzipped = head.startswith(GZIP_MAGIC)
    pages = 0
    first_reason: str | None = None
    seen: set[str] = set()
    try:
        for document in _documents(path, file, gzipped, seen):
            pages += document.rejected is None
            first_reason = first_reason or document.rejected
            yield document
    except RejectedInput:
        raise
    except Exception as error:  # warcio's own errors on damaged input are of many types
        reason = _unreadable(error)
        if not pages:
            raise RejectedInput(f"not a readable WARC file ({reason})") from None
        yield Document(source=f"{path}#end", rejected=f"WARC record cannot be read ({reason})")
    if not pages:
        raise RejectedInput(f"no readable HTML page in the WARC file ({first_reason})" if first_reason
                            else "no HTML page answered with 200 in the WARC file")


def _documents(path: Path, file: BinaryIO, gzipped: bool, seen: set[str]) -> Iterator[Document]:
    """The Documents of the file's page records, in order.

    warcio reads the standard layout, one gzip member a record, member by
    member, so a crawl cut off in its last record keeps every record before
    it.  A whole file gzipped as one member (gzip run on a .warc), which
    warcio refuses, is read again through Python's gzip, as a stream: the
    pages already given are not given twice.
    """
    records = ArchiveIterator(file)
    try:
        last = None
        for last in _quietly(path, records, seen):
            yield last
        # warcio stops without a word at a last gzip member cut short: where the
        # records it read end short of the file's end, the crawl was cut off
        # (said once: a page already rejected as cut off says it).
        end = records.get_record_offset() + (records.get_record_length() or 0)
        if gzipped and end < os.fstat(file.fileno()).st_size and not (last is not None and last.rejected == PAGE_CUT):
            yield Document(source=f"{path}#end", rejected="the file ends inside a record: the crawl was cut off")
    except ArchiveLoadFailed as error:
        if not (gzipped and "non-chunked gzip" in str(error)):
            raise
        file.seek(0)
        yield from _quietly(path, ArchiveIterator(gzip.GzipFile(fileobj=file)), seen, given=set(seen))


def _quietly(path: Path, records: ArchiveIterator, seen: set[str], given: set[str] | None = None) -> Iterator[Document]:
    """The Documents of ``records``, skipping the pages at URLs in ``given``.

    warcio writes its warnings about a damaged file (a record whose length
    disagrees with the file) to stderr, which in ingest is the user's terminal
    between progress lines: they are caught here, and said once, as a rejected
    record naming the file.
    """
    damaged = False
    while True:
        with contextlib.redirect_stderr(io.StringIO()) as heard:
            record = next(records, None)
            document = None
            if record is not None:
                if given is not None and _target(record) in given:
                    given.discard(_target(record))  # given on the first reading
                else:
                    document = _page_document(path, record, seen)
        damaged = damaged or bool(heard.getvalue())
        if record is None:
            break
        if document is not None:
            yield document
    if damaged:
        yield Document(source=f"{path}#{len(seen) + 1}", rejected="a record's length disagrees with the file: the WARC file is damaged")


def _page_document(path: Path, record, seen: set[str]) -> Document | None:
    """The record's page as a Document; None for a record that holds no page."""
    if record.format != "warc":
        # warcio reads any line of words as the header of an ARC record, the
        # format before WARC; junk named .warc must not pass as one.
        raise RejectedInput("not a WARC file (no WARC/1.x record header)")
    if record.rec_type not in PAGE_RECORDS:
        return None
    headers = record.http_headers
    if record.rec_type == "response":
        if headers is None or headers.get_statuscode() != "200":
            return None
        content_type = headers.get_header("Content-Type")
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    media_type = (content_type or "").partition(";")[0].strip().lower()
    sniffed = content_type is None  # no type given: a page if its bytes open as HTML (a browser sniffs so)
    if media_type not in PAGE_TYPES and not sniffed:
        return None
    url = _target(record)
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip().strip("<>")
    # The URL names the page; a page archived twice in one file keeps both, the
    # second under its record's own id (never a position, which a re-crawl moves).
    source = f"{path}#{url}" if url and url not in seen else f"{path}#{record_id or len(seen) + 1}"
    document = _payload_document(record, source, url, sniffed)
    if document is not None:
        seen.add(url)  # (a record that proves no page leaves its URL free for one)
    return document


def _payload_document(record, source: str, url: str, sniffed: bool) -> Document | None:
    """The page the record holds, as a Document named ``source`` (rejected when it cannot be
    read); None when it proves no page (``sniffed``: served without a type, and no HTML)."""
    headers = record.http_headers
    encoding = (headers.get_header("Content-Encoding") or "").strip().lower() if headers is not None else ""
    if encoding == "br":
        payload = _unbrotli(record)
    elif encoding and encoding not in READABLE_ENCODINGS:
        return Document(source=source, rejected=f"page compressed as {encoding!r}, which cannot be read")
    else:
        payload = record.content_stream().read(MAX_PAGE_BYTES + 1)
    if len(payload) > MAX_PAGE_BYTES:
        return Document(source=source, rejected=f"page larger than {MAX_PAGE_BYTES:,} bytes")
    if getattr(record.raw_stream, "limit", 0) > 0:
        # The record says how long it is: a file that ends before that holds half a page.
        return Document(source=source, rejected=PAGE_CUT)
    if sniffed and not _opens_as_html(payload):
        return None
    if not payload.strip():
        return Document(source=source, rejected="empty page")
    meta = {"url": url} if url.startswith(("http://", "https://")) else {}
    return Document(source=source, html=payload, meta=meta)


def _unbrotli(record) -> bytes:
    """A brotli-compressed page, de-chunked, inflated to at most one byte over the
    limit.  Done here: warcio's own brotli hook sets an attribute brotli's
    decompressor (1.1 and later) does not have."""
    raw = record.raw_stream
    if (record.http_headers.get_header("Transfer-Encoding") or "").strip().lower() == "chunked":
        raw = ChunkedDataReader(raw)
    data = raw.read(MAX_PAGE_BYTES + 1)
    try:
        return brotli.Decompressor().process(data, output_buffer_limit=MAX_PAGE_BYTES + 1)
    except brotli.error:
        return b""  # not brotli after all: an empty page, rejected as one


def _opens_as_html(payload: bytes) -> bool:
    return payload[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")[:14].lower().startswith((b"<!doctype html", b"<html"))


def _target(record) -> str:
    return (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")


def _unreadable(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:120]
