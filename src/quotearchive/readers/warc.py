"""Web archives (WARC, and ARC before it), as crawlers write them: each archived news page is one Document."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import logging
import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import brotli
from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataReader
from warcio.exceptions import ArchiveLoadFailed

from ..model import Document, RejectedInput
from .files import DEFAULT_MAX_BYTES, GZIP_MAGIC, GZIP_WBITS, Parts, sha256_of_file
from .registry import PartReading, register, registered_suffix

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
# What warcio inflates itself (brotli is done here: ``_unbrotli``).
READABLE_ENCODINGS = frozenset({"gzip", "deflate", "identity"})
PAGE_CUT = "page cut off: the file ends inside its record"
# The Internet Archive's format before WARC (1996-2009): warcio reads its
# records as WARC records ("arc2warc"), so the same code serves both.
ARC_SUFFIXES = (".arc", ".arc.gz")
NOT_ARC = "not an ARC file (no filedesc:// header record)"
NOT_WARC = "not a WARC file (no WARC/1.x record header)"
TYPED, UNTYPED = "typed", "untyped"  # how a record may hold a page (``_page_kind``)


NO_PAGE = "no HTML page answered with 200 in the {kind} file"


def record_parts(path: str | Path, part_bytes: int, before: tuple[int, str] | None = None) -> Parts | None:
    """Hash the web archive and cut it into parts of whole records, each at most
    ``part_bytes`` long unless one record alone is longer; None when it cannot
    be cut: one gzip stream for the whole file (gzip run on a ``.warc``), a
    file damaged or cut off, not a WARC file.  Such a file is read whole, by
    ``read_warc``, which says what is wrong with it.

    One pass reads the file as warcio does (inflating a gzipped crawl, never
    holding it), up to the size it has now (a crawler may be writing on),
    hashing it on the way; parts are built as the records pass.  Each part
    carries the page addresses that records before it named, so that a page
    archived twice is named as it is when the file is read whole.  ``before``
    is (size, SHA-256) of the file when last read: the same bytes are not cut
    at all, and a crawl that only had records appended (crawlers append) is
    cut from where it ended (``appended_from``), the records before only
    passed over for their addresses.
    """
    size = os.path.getsize(path)
    if before is not None and before[0] == size:
        sha256 = sha256_of_file(path, size=size)  # touched, maybe unchanged: no need to inflate it to know
        if sha256 == before[1]:
            return Parts(size, sha256, ((0, size, 1, ()),))
    arc = _is_arc(path)
    with open(path, "rb") as file:
        if not _opens_as_archive(file, arc):
            return None
        gzipped = file.read(2) == GZIP_MAGIC
        file.seek(0)
        mark = before[0] if before is not None and 0 < before[0] < size else None
        stream = _Hashing(file, hashlib.sha256(), 0, size, mark)
        cutter = _Cutter(part_bytes)
        records = ArchiveIterator(stream, arc2warc=arc)
        try:
            with contextlib.redirect_stderr(io.StringIO()) as heard:
                for number, record in enumerate(records, 1):
                    if record.format != "warc" or arc and number == 1 and record.rec_type != "warcinfo":
                        return None
                    address = _page_address(record)
                    offset = records.get_record_offset()  # reads the record to its end
                    if getattr(record.raw_stream, "limit", 0) > 0:
                        return None  # the file ends inside it
                    if offset == mark and stream.marked == before[1]:
                        cutter.restart(offset)  # the file as read before, then records appended
                    cutter.add(offset, offset + records.get_record_length(), number, address)
        except Exception:  # a damaged file, read whole, says how (warcio's errors are of many types)
            return None
        # (warcio stops without a word at a last gzip member cut short: ``_documents``)
        if heard.getvalue() or not cutter.records or gzipped and cutter.end < size:
            return None
        while stream.read(1 << 20):
            pass  # (what follows the last record: blank lines, hashed too)
    return Parts(size, stream.digest.hexdigest(), cutter.parts(size), cutter.start)


class _Cutter:
    """Parts of whole records, built as the records pass: (start, end, number of
    its first record, the page addresses of its records that records before it
    named).  Holds one part's addresses and the set of every address named."""

    def __init__(self, part_bytes: int) -> None:
        self.part_bytes = part_bytes
        self.start = 0  # where the parts begin (``appended_from``)
        self.done: list[tuple] = []
        self.named: set[str] = set()
        self.first: tuple[int, int] | None = None  # (offset, number) of the part's first record
        self.addresses: list[str] = []
        self.records = 0
        self.end = 0

    def add(self, offset: int, end: int, number: int, address: str) -> None:
        if self.first is not None and end - self.first[0] > self.part_bytes:
            self._close(offset)
        if self.first is None:
            self.first = (self.start if not self.done else offset, number)
        if address:
            self.addresses.append(address)
        self.records += 1
        self.end = end

    def restart(self, offset: int) -> None:
        """The parts begin here: the records so far only named addresses."""
        self.named.update(self.addresses)
        self.start, self.done, self.first, self.addresses = offset, [], None, []

    def parts(self, size: int) -> tuple:
        if self.first is not None:
            self._close(size)
        return tuple(self.done)

    def _close(self, end: int) -> None:
        start, number = self.first
        self.done.append((start, end, number, tuple(sorted(set(self.addresses) & self.named))))
        self.named.update(self.addresses)
        self.first, self.addresses = None, []


def _read_records_part(
    path: Path, byte_range: tuple[int, int], first_record: int, named_before: tuple[str, ...], max_bytes: int, bad: list[int],
) -> Iterator[Document]:
    """One part of a big web archive: the pages of its records, named as when the
    file is read whole.  Streamed: a huge record (a video) is skipped, not held."""
    start, end = byte_range
    with open(path, "rb") as file:
        file.seek(start)
        part = _Hashing(file, None, start, end)
        read_last = _ReadLast(first=start)
        try:
            yield from _quietly(path, ArchiveIterator(part, arc2warc=_is_arc(path)), set(named_before), read_last)
        except Exception as error:  # the file changed since it was cut: one rejected part
            raise RejectedInput(f"{_kind(path)} record {read_last.after()}cannot be read ({_unreadable(error)})") from None


def _in_records(kind: str) -> PartReading:
    """How ingest reads a big web archive in parts (``kind``: "WARC" or "ARC", as its reasons name it)."""
    return PartReading(unit="record", cut=record_parts, read=_read_records_part,
                       nothing_usable=lambda first_bad, reason: _no_page(kind, reason))


IN_RECORDS, IN_ARC_RECORDS = _in_records("WARC"), _in_records("ARC")


@register(".warc", ".warc.gz", streamed=True, parts=IN_RECORDS)
def read_warc(path: Path) -> Iterator[Document]:
    """A web archive (crawlers' WARC, plain or gzipped): one Document per archived HTML page answered with 200, `source` = `path#URL`; other records (images, scripts, redirects, requests) are passed over.

    The page's URL comes from the record (``WARC-Target-URI``); its bytes,
    de-chunked and inflated as the server sent them, are decoded as a saved
    page's are (the page's own charset, checked: servers' defaults lie).  The crawl's date is not
    the article's date and is not used as one.  A page served without a
    Content-Type is taken when its bytes open as HTML.  A record that cannot
    be read (a crawl cut off mid-record) is one rejected record; the pages
    before it are kept.  The file is read as a stream, never held whole; ingest
    reads a big one in parts of whole records (``record_parts``), on every worker.
    """
    with open(path, "rb") as file:
        yield from _file_pages(path, file)


@register(*ARC_SUFFIXES, streamed=True, parts=IN_ARC_RECORDS)
def read_arc(path: Path) -> Iterator[Document]:
    """The Internet Archive's format before WARC (ARC, 1996-2009), plain or gzipped: read as a web archive is; a page archived twice is named by its URL and crawl time the second time.

    ARC records carry no record id: the crawl time (``URL@2004-03-12T10:15:00Z``)
    names the second copy, so a second run names it the same.
    """
    with open(path, "rb") as file:
        yield from _file_pages(path, file)


def _file_pages(path: Path, file: BinaryIO) -> Iterator[Document]:
    head = file.read(1 << 12)
    if not head.strip() and len(head) < 1 << 12:
        raise RejectedInput("empty file")
    file.seek(0)
    if not _opens_as_archive(file, _is_arc(path)):
        raise RejectedInput(NOT_ARC if _is_arc(path) else NOT_WARC)
    gzipped = head.startswith(GZIP_MAGIC)
    pages = 0
    first_reason: str | None = None
    seen: set[str] = set()
    read_last = _ReadLast()
    try:
        for document in _documents(path, file, gzipped, seen, read_last):
            pages += document.rejected is None
            first_reason = first_reason or document.rejected
            yield document
    except RejectedInput:
        raise
    except Exception as error:  # warcio's own errors on damaged input are of many types
        reason, kind = _unreadable(error), _kind(path)
        if not pages:
            raise RejectedInput(f"not a readable {kind} file ({reason})") from None
        yield Document(source=f"{path}#end", rejected=f"{kind} record {read_last.after()}cannot be read ({reason})")
    if not pages:
        raise RejectedInput(_no_page(_kind(path), first_reason))


def _no_page(kind: str, first_reason: str | None) -> str:
    """Why a web archive gave no page: its first page's reason, if a page was rejected."""
    return f"no readable HTML page in the {kind} file ({first_reason})" if first_reason else NO_PAGE.format(kind=kind)


def _documents(path: Path, file: BinaryIO, gzipped: bool, seen: set[str], read_last: _ReadLast) -> Iterator[Document]:
    """The Documents of the file's page records, in order.

    warcio reads the standard layout, one gzip member a record, member by
    member, so a crawl cut off in its last record keeps every record before
    it.  A whole file gzipped as one member (gzip run on a .warc), which
    warcio refuses, is read again through Python's gzip, as a stream: the
    pages already given are not given twice.
    """
    arc = _is_arc(path)
    records = ArchiveIterator(file, arc2warc=arc)
    try:
        last = None
        for last in _quietly(path, records, seen, read_last, arc_header=arc):
            yield last
        # warcio stops without a word at a last gzip member cut short: where the
        # records it read end short of the file's end, the crawl was cut off
        # (said once: a page already rejected as cut off says it).
        end = records.get_record_offset() + (records.get_record_length() or 0)
        if gzipped and end < os.fstat(file.fileno()).st_size and not (last is not None and last.rejected == PAGE_CUT):
            yield Document(source=f"{path}#end", rejected=f"the file ends inside the record at byte {end:,}: the crawl was cut off")
    except ArchiveLoadFailed as error:
        if not (gzipped and "non-chunked gzip" in str(error)):
            raise
        file.seek(0)
        read_last.known = False  # (offsets in the inflated stream are no use to a reader of the file)
        yield from _quietly(path, ArchiveIterator(gzip.GzipFile(fileobj=file), arc2warc=arc), seen, read_last, given=set(seen), arc_header=arc)


def _quietly(
    path: Path, records: ArchiveIterator, seen: set[str], read_last: _ReadLast, given: set[str] | None = None,
    arc_header: bool = False,
) -> Iterator[Document]:
    """The Documents of ``records``, skipping the pages at URLs in ``given``;
    with ``arc_header``, the first record must be an ARC file's header (warcio
    reads any line of words as an ARC record's header: junk must not pass).

    warcio writes its warnings about a damaged file (a record whose length
    disagrees with the file) to stderr, which in ingest is the user's terminal
    between progress lines: they are caught here, and said once, as a rejected
    record naming the file and the offset of the record warcio was closing
    when it complained.  ``read_last`` is told the offset of each record read.
    """
    damaged = False
    damaged_at: int | None = None
    started = finished = heard_reading = False
    while True:
        # Closing the record read last: a warning now, or one heard while it was read (its
        # payload's gzip member broken), is about it, and its offset is known only now.
        with contextlib.redirect_stderr(io.StringIO()) as heard:
            if started and not finished and read_last.known:
                read_last.offset = records.get_record_offset()  # (reads the record to its end)
        if (heard.getvalue() or heard_reading) and not damaged:
            damaged, damaged_at = True, read_last.where()
        if finished:
            break
        with contextlib.redirect_stderr(io.StringIO()) as heard:
            record = next(records, None)
            started = started or record is not None
            document = None
            if record is not None and arc_header and record.rec_type != "warcinfo":
                raise RejectedInput(NOT_ARC)
            arc_header = False
            if record is not None:
                if given is not None and _target(record) in given:
                    given.discard(_target(record))  # given on the first reading
                else:
                    document = _page_document(path, record, seen)
        heard_reading, finished = bool(heard.getvalue()), record is None
        if document is not None:
            yield document
    if damaged:
        record = f"the length of the record at byte {damaged_at:,}" if damaged_at is not None else "a record's length"
        yield Document(source=f"{path}#{len(seen) + 1}", rejected=f"{record} disagrees with the file: the {_kind(path)} file is damaged")


def _page_document(path: Path, record, seen: set[str]) -> Document | None:
    """The record's page as a Document; None for a record that holds no page."""
    if record.format != "warc":
        # warcio reads any line of words as the header of an ARC record, the
        # format before WARC; junk named .warc must not pass as one.
        raise RejectedInput(NOT_WARC)
    kind = _page_kind(record)
    if not kind:
        return None
    sniffed = kind == UNTYPED
    url = _target(record)
    if _is_arc(path):  # (warcio makes up a random id for an ARC record)
        record_id = f"{url}@{record.rec_headers.get_header('WARC-Date') or ''}"
    else:
        record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip().strip("<>")
    # The URL names the page; a page archived twice in one file keeps both, the
    # second under its record's own id (never a position, which a re-crawl
    # moves, and which reading a crawl in parts would not know), or lacking one
    # (a non-conforming crawler) under the hash of the page.
    source = f"{path}#{url}" if url and url not in seen else f"{path}#{record_id}" if record_id else ""
    document = _payload_document(record, source or f"{path}#{url}", url, sniffed)
    if document is not None:
        seen.add(url)  # (a record that proves no page leaves its URL free for one)
        if not source and document.html is not None:
            document.source = f"{path}#sha256={hashlib.sha256(document.html).hexdigest()[:16]}"
    return document


def _payload_document(record, source: str, url: str, sniffed: bool) -> Document | None:
    """The page the record holds, as a Document named ``source`` (rejected when it cannot be
    read); None when it proves no page (``sniffed``: served without a type, and no HTML)."""
    encoding = _content_encoding(record)
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


def _page_kind(record) -> str:
    """How the record may hold a page: ``TYPED`` (answered with 200 and served as HTML),
    ``UNTYPED`` (served without a type: a page if its bytes open as HTML, as a browser
    sniffs), or "" (no page: another record type, status or media type)."""
    if record.rec_type not in PAGE_RECORDS:
        return ""
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None or headers.get_statuscode() != "200":
            return ""
        content_type = headers.get_header("Content-Type")
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    if content_type is None:
        return UNTYPED
    return TYPED if content_type.partition(";")[0].strip().lower() in PAGE_TYPES else ""


def _page_address(record) -> str:
    """The address of a record that gives a page (``_page_document`` decides), else ""."""
    kind = _page_kind(record)
    return _target(record) if kind == TYPED or kind == UNTYPED and _sniffed_html(record) else ""


def _content_encoding(record) -> str:
    """How the server compressed the page ("gzip", "br"...; "" for none)."""
    headers = record.http_headers
    return (headers.get_header("Content-Encoding") or "").strip().lower() if headers is not None else ""


def _sniffed_html(record) -> bool:
    """Does a record served without a type hold HTML (or a page in an encoding that
    cannot be read, which ``_payload_document`` names too)?  Its first bytes say."""
    encoding = _content_encoding(record)
    if encoding and encoding != "br" and encoding not in READABLE_ENCODINGS:
        return True
    try:
        head = _unbrotli(record) if encoding == "br" else record.content_stream().read(1024)
    except Exception:  # a page that cannot be inflated is named, rejected, when read whole
        return True
    return _opens_as_html(head)


class _ReadLast:
    """Where the record read last begins, in bytes of the file as stored (warcio's
    offsets: its index and CDX tools give the same), so a reason can say where a
    damaged file goes wrong: ``offset`` is None before any record; ``first`` is
    where reading began (a part's start); ``known`` is False where offsets are
    not the file's (a file gzipped whole, read through gzip)."""

    def __init__(self, first: int = 0, known: bool = True) -> None:
        self.offset: int | None = None
        self.first = first
        self.known = known

    def where(self) -> int | None:
        """The offset of the record read last, when it is known and the file's."""
        return self.offset if self.known else None

    def after(self) -> str:
        """"after the one at byte N " ("at byte N " before any record; nothing when offsets are unknown)."""
        if not self.known:
            return ""
        return f"at byte {self.first:,} " if self.offset is None else f"after the one at byte {self.offset:,} "


class _Hashing:
    """The file read forward from ``offset`` to ``end``, hashed as it is read
    (when ``digest`` is given); ``tell`` is the offset in the file, so that
    warcio's record offsets are the file's.  ``marked`` is the hash of the
    bytes before ``mark`` once read past it (a file that had records appended)."""

    def __init__(self, file: BinaryIO, digest, offset: int, end: int, mark: int | None = None) -> None:
        self.file, self.digest, self.offset, self.end, self.mark = file, digest, offset, end, mark
        self.marked: str | None = None

    def read(self, size: int = -1) -> bytes:
        left = max(0, self.end - self.offset)
        data = self.file.read(left if size is None or size < 0 else min(size, left))
        if self.digest is not None:
            if self.mark is not None and self.offset <= self.mark < self.offset + len(data):
                self.digest.update(data[: self.mark - self.offset])
                self.marked = self.digest.hexdigest()
                self.digest.update(data[self.mark - self.offset:])
            else:
                self.digest.update(data)
        self.offset += len(data)
        return data

    def tell(self) -> int:
        return self.offset


def _opens_as_archive(file: BinaryIO, arc: bool) -> bool:
    """Does the file begin as a web archive does (a WARC record's header, an ARC
    file's filedesc:// line), inflated if gzipped?  warcio takes its time over
    junk (a long line without a line end costs it quadratic time), so junk is
    turned away on its first bytes.  The file is left at its start."""
    head = file.read(1 << 12)
    file.seek(0)
    if head.startswith(GZIP_MAGIC):
        try:
            head = zlib.decompressobj(wbits=GZIP_WBITS).decompress(head, 1 << 12)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n").startswith(b"filedesc://" if arc else b"WARC/")


def _is_arc(path: str | Path) -> bool:
    return registered_suffix(Path(path).name) in ARC_SUFFIXES


def _kind(path: str | Path) -> str:
    return "ARC" if _is_arc(path) else "WARC"


def _target(record) -> str:
    return (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")


def _unreadable(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:120]
