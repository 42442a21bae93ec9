"""Step 1 of the pipeline: find input files and turn them into Documents.

A format is one registered reader (as in twitter-to-sqlite's archive.py): a
function taking a path and yielding Documents, registered for the file
suffixes it understands.  Adding a format is writing one function.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from .model import Document

LOGGER = logging.getLogger(__name__)

# Larger input files are rejected, not parsed (ingest --max-bytes): the largest
# single news file we have seen is a few MB; a 40 MB "article" is a mistake.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

Reader = Callable[[Path], Iterator[Document]]
READERS: dict[str, Reader] = {}
# Readers that also take the file's bytes, already read, as a second
# argument (ingest reads each file once, to hash it, and passes them on).
READERS_OF_BYTES: set[Reader] = set()
# Suffixes of formats with one record a line (JSON Lines): ingest reads a big
# file of these in parts cut at line ends, spread over the workers.
BY_LINES: set[str] = set()

# A text whose decoded form has more of these than this share is binary, not
# an article (PDFs, images, archives saved under a .txt name).
CONTROL_CHARS = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v")
CONTROL_RE = re.compile("[" + re.escape("".join(sorted(CONTROL_CHARS))) + "]")
CONTROL_BYTES = "".join(sorted(CONTROL_CHARS)).encode("ascii")
MAX_CONTROL_SHARE = 0.01


class RejectedInput(ValueError):
    """An input that cannot become an article; the message is one line."""


def register(*suffixes: str, takes_bytes: bool = False, by_lines: bool = False) -> Callable[[Reader], Reader]:
    """Register a reader for the given file suffixes (".txt", ".sgm", ...).

    ``takes_bytes``: the reader accepts ``(path, data)`` with the file's
    content already read, as well as ``(path)``.  ``by_lines``: one record
    a line, so a big file can be read in parts (``line_parts``).
    """

    def decorator(reader: Reader) -> Reader:
        for suffix in suffixes:
            READERS[suffix.lower()] = reader
            if by_lines:
                BY_LINES.add(suffix.lower())
        if takes_bytes:
            READERS_OF_BYTES.add(reader)
        return reader

    return decorator


def reader_for(path: Path) -> Reader | None:
    return READERS.get(path.suffix.lower())


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every file under ``paths`` that some reader understands, sorted.

    Folders are walked recursively with os.scandir, one folder listing at a time;
    a file named explicitly is yielded even when no reader claims it, so that
    the caller can say why it was rejected instead of silently skipping it.
    """
    for path in map(_display_path, paths):
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _display_path(path: str | Path) -> Path:
    """Relative to the working folder when inside it: article sources read
    "seeds/000.txt", not a machine-specific absolute path."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path.cwd())
    except ValueError:
        return absolute


# A corpus folder's own documentation (the BBC corpus ships README.TXT) is not
# news: skipped when walking a folder, still read when named on its own.
NOT_ARTICLES = frozenset({"readme", "license", "licence", "copying", "changelog", "changes", "authors", "notice"})


def _walk(folder: Path) -> Iterator[Path]:
    """The article files under ``folder``, depth first, each folder's entries sorted by name.

    A folder's entries must be held to be sorted; only the names of the
    wanted ones are (about 90 bytes each, not the ~260 of a DirEntry and its
    path), so a flat crawl folder of a million files costs ~90 MB while walked.
    """
    names: list[str] = []
    folders: set[str] = set()
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                name = entry.name
                if name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    folders.add(name)
                    names.append(name)
                elif _is_article_name(name):
                    # Dangling symlinks are kept too: reading them fails with a
                    # clear message rather than the file vanishing from the report.
                    names.append(name)
    except OSError:
        # An unreadable folder is reported like a bad file (ingest says why), not a crash.
        yield folder
        return
    names.sort()
    for name in names:
        if name in folders:
            yield from _walk(folder / name)
        else:
            yield folder / name


def _is_article_name(name: str) -> bool:
    """Does some reader take a file of this name (``Path.suffix``/``stem`` rules)?"""
    dot = name.rfind(".")
    if dot <= 0 or dot == len(name) - 1:
        return False  # no suffix, as Path sees it
    return name[dot:].lower() in READERS and name[:dot].lower() not in NOT_ARTICLES


def read_documents(path: Path, data: bytes | None = None) -> Iterator[Document]:
    """The Documents in the file at ``path``; ``data``, if given, is its content, already read."""
    reader = reader_for(path)
    if reader is None:
        raise RejectedInput(f"unsupported file type {path.suffix or '(none)'!r}")
    if data is not None and reader in READERS_OF_BYTES:
        yield from reader(path, data)  # type: ignore[call-arg]
    else:
        yield from reader(path)


def read_bytes(path: str | Path, size: int = 0) -> bytes:
    """The whole content of a file whose size (from a stat just made) is about ``size``.

    Two system calls for a small file: open() builds a file object around
    them, which cost as much as the reading itself for a BBC article.
    """
    fd = os.open(path, os.O_RDONLY)
    try:
        data = b""
        while chunk := os.read(fd, max(size + 1 - len(data), 1 << 16)):  # read on if the file grew
            data += chunk
        return data
    finally:
        os.close(fd)


@dataclass(frozen=True)
class LineParts:
    """A file of one record a line, cut into parts of whole lines (``line_parts``)."""

    size: int  # bytes read: the parts cover exactly these, from appended_from on
    sha256: str  # of those bytes, as ingest hashes a file it reads whole
    parts: tuple[tuple[int, int, int], ...]  # (start, end, number of its first line)
    appended_from: int = 0  # the file is the one hashed before, with lines added from here


def line_parts(path: str | Path, part_bytes: int, block: int = 1 << 20, before: tuple[int, str] | None = None) -> LineParts:
    """Hash the file and cut it into parts of whole lines, each at most
    ``part_bytes`` long unless one line alone is longer.

    One window of ``part_bytes`` is held at a time: a 10 GB crawl dump costs a
    few seconds here and no memory, and each part is then read by a worker.
    ``before`` is (size, SHA-256) of the file when last read: if it has only
    had whole lines added since (a crawler appending to its dump), only the new
    lines are cut into parts (``appended_from``).
    """
    digest = hashlib.sha256()
    start, line = 0, 1
    if before is not None and 0 < before[0] <= os.path.getsize(path):
        start, line = _unchanged_beginning(path, before, digest, block)
        if not start:
            digest = hashlib.sha256()
    appended_from = start
    parts: list[tuple[int, int, int]] = []
    with open(path, "rb") as f:
        while True:
            f.seek(start)
            window = f.read(part_bytes + 1)
            if not window:
                break
            if len(window) <= part_bytes:
                cut = len(window)  # the rest of the file fits
            else:
                window = window[:part_bytes]
                cut = window.rfind(b"\n") + 1  # the whole lines that fit
            if cut:
                digest.update(window[:cut])
                end, lines = start + cut, window.count(b"\n", 0, cut)
            else:  # one line longer than a part: it is a part of its own
                digest.update(window)
                end, lines = start + len(window), 0
                f.seek(end)
                while more := f.read(block):
                    found = more.find(b"\n") + 1
                    digest.update(more[: found or len(more)])
                    end += found or len(more)
                    if found:
                        lines = 1
                        break
            parts.append((start, end, line))
            start, line = end, line + lines
    return LineParts(start, digest.hexdigest(), tuple(parts) or ((start, start, line),), appended_from)


def _unchanged_beginning(path: str | Path, before: tuple[int, str], digest, block: int) -> tuple[int, int]:
    """(size, next line number) if the file begins with the bytes hashed before,
    ending with a line end; else (0, 1).  ``digest`` has hashed those bytes."""
    size, sha256 = before
    left, lines, last = size, 0, b""
    with open(path, "rb") as f:
        while left and (chunk := f.read(min(block, left))):
            digest.update(chunk)
            lines += chunk.count(b"\n")
            left -= len(chunk)
            last = chunk[-1:]
    if left or last != b"\n" or digest.hexdigest() != sha256:
        return 0, 1
    return size, lines + 1


def read_range(path: str | Path, start: int, end: int) -> bytes:
    """Bytes ``start`` to ``end`` of the file."""
    with open(path, "rb") as f:
        f.seek(start)
        return f.read(end - start)


def decode_text(data: bytes) -> str:
    """Decode bytes of unknown encoding: BOM, then UTF-8, then detection.

    UTF-8 is tried strictly first because detection on short texts guesses
    wrong more often than valid UTF-8 is not UTF-8.
    """
    if not data.strip():
        raise RejectedInput("empty file")
    # Most files have no control byte (NUL included), which bytes.translate
    # tells in a microsecond: then there is no NUL to look for and, if they
    # are UTF-8 (a control character in the text is that byte in the file),
    # no control character to count either.
    has_control = len(data.translate(None, CONTROL_BYTES)) != len(data)
    if has_control and b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RejectedInput("binary file (NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data[:200_000]).best()
        if best is None:
            raise RejectedInput("binary file or unknown text encoding") from None
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            raise RejectedInput(f"undecodable as {best.encoding}") from None
    else:
        if not has_control:
            return text
    sample = text[:100_000]
    # Counted in C (a regex), not char by char in Python: this ran for every file.
    if len(CONTROL_RE.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise RejectedInput("binary file (control characters)")
    return text.replace("\x00", "")


@register(".txt", ".text", takes_bytes=True)
def read_text_file(path: Path, data: bytes | None = None) -> Iterator[Document]:
    """A plain-text article: the whole file is one article."""
    yield Document(source=str(path), text=decode_text(path.read_bytes() if data is None else data))


@register(".html", ".htm", ".xhtml", takes_bytes=True)
def read_html_file(path: Path, data: bytes | None = None) -> Iterator[Document]:
    """A saved web page: decoding is left to the HTML step, which reads the page's declared charset."""
    if data is None:
        data = path.read_bytes()
    if not data.strip():
        raise RejectedInput("empty file")
    yield Document(source=str(path), html=data)


# Readers for archive and crawler formats register themselves on import.
from . import formats  # noqa: E402,F401
