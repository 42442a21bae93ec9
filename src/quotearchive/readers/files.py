"""Finding input files and reading their bytes: folders walked, big dumps cut in parts."""

from __future__ import annotations

import hashlib
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Document, RejectedInput
from .registry import READERS, READERS_OF_BYTES, reader_for, registered_suffix

# Larger input files are rejected, not parsed (ingest --max-bytes): the largest
# single news file we have seen is a few MB; a 40 MB "article" is a mistake.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# How a gzip stream opens, and zlib's window bits for one (a gzip header and trailer around the
# deflate stream): read by the gzipped-file reader and by the web archives' first-bytes test.
GZIP_MAGIC = b"\x1f\x8b"
GZIP_WBITS = 16 + zlib.MAX_WBITS
# A corpus folder's own documentation (the BBC corpus ships README.TXT) is not
# news: skipped when walking a folder, still read when named on its own.
NOT_ARTICLES = frozenset({"readme", "license", "licence", "copying", "changelog", "changes", "authors", "notice"})


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every file under ``paths`` that some reader understands, sorted.

    Folders are walked recursively with os.scandir, one folder listing at a time;
    a file named explicitly is yielded even when no reader claims it, so that
    the caller can say why it was rejected instead of silently skipping it.
    """
    for found in iter_named_files(paths):
        yield found.path


@dataclass(frozen=True)
class InputFile:
    """A file to read, and the name the archive stores for it.

    ``path`` opens it (and names it in error messages, as the user gave it);
    ``name`` is its path from the folder given to ingest, that folder's own
    name first (``bbc/politics/209.txt``; for a file given on its own, its
    folder's name and its own): what ``articles.source`` and ``files.path``
    hold, the same on any machine, never a local absolute path.  ``inner`` is
    the part below that folder (``politics/209.txt``), which a manifest names.
    """

    path: Path
    name: str
    inner: str


def iter_named_files(paths: Iterable[str | Path]) -> Iterator[InputFile]:
    """``iter_input_files`` with each file's stored name (``InputFile``)."""
    paths = [_display_path(path) for path in paths]
    tops = _root_names(paths)
    for path, top in zip(paths, tops):
        if path.is_dir():
            prefix = "" if str(path) == "." else str(path).rstrip(os.sep) + os.sep  # what _walk puts before each inner path
            for found in _walk(path):
                inner = str(found)[len(prefix):].replace(os.sep, "/")
                yield InputFile(found, f"{top}/{inner}" if top else inner, inner)
        else:
            # A file given on its own: its folder is the folder given (its name
            # first, as for a folder's files: two crawl.jsonl in two folders stay apart).
            yield InputFile(path, f"{top}/{path.name}" if top else path.name, path.name)


def _root_names(paths: list[Path]) -> list[str]:
    """The name each given path's files are stored under: a folder's own name (a file's
    folder's), or, where two different folders of one run share that name
    (``2019/news`` and ``2020/news``), as many of their parents' names as keep them apart:
    one would otherwise replace the other's articles file by file."""
    roots = [Path(os.path.abspath(path if path.is_dir() else path.parent)) for path in paths]
    depth = {root: 1 for root in roots}
    while True:
        named = {root: "/".join(root.parts[1:][-depth[root]:]) for root in roots}  # "/" itself: ""
        seen: dict[str, set[Path]] = {}
        for root, name in named.items():
            seen.setdefault(name, set()).add(root)
        clashing = [root for roots_named in seen.values() if len(roots_named) > 1 for root in roots_named
                    if depth[root] < len(root.parts) - 1]
        if not clashing:
            return [named[root] for root in roots]
        for root in clashing:
            depth[root] += 1


def _display_path(path: str | Path) -> Path:
    """Relative to the working folder when inside it: article sources read
    "seeds/000.txt", not a machine-specific absolute path."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path.cwd())
    except ValueError:
        return absolute


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
                elif is_article_name(name):
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


def is_article_name(name: str) -> bool:
    """Does some reader take a file of this name (``registered_suffix``), other than
    a corpus's own README (``NOT_ARTICLES``)?  Also what a packed folder reads."""
    suffix = registered_suffix(name)
    return suffix in READERS and name[: len(name) - len(suffix)].lower() not in NOT_ARTICLES


def read_documents(path: Path, data: bytes | None = None) -> Iterator[Document]:
    """The Documents in the file at ``path``; ``data``, if given, is its content, already read."""
    reader = reader_for(path)
    if reader is None:
        raise RejectedInput(f"unsupported file type {registered_suffix(path.name) or '(none)'!r}")
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
class Parts:
    """A file of many records cut into parts of whole records (``line_parts``,
    ``warc.record_parts``), each read by whichever worker is free."""

    size: int  # bytes read: the parts cover exactly these, from appended_from on
    sha256: str  # of those bytes, as ingest hashes a file it reads whole
    # (start, end, number of its first record) and, for a format that needs it,
    # what a part must know of the parts before it (a web archive: the page
    # addresses they named, so that a page archived twice keeps its two names).
    parts: tuple[tuple, ...]
    appended_from: int = 0  # the file is the one hashed before, with records added from here


LineParts = Parts  # a dump of one record a line, cut at line ends


def line_parts(path: str | Path, part_bytes: int, block: int = 1 << 20, before: tuple[int, str] | None = None) -> Parts:
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
    return Parts(start, digest.hexdigest(), tuple(parts) or ((start, start, line),), appended_from)


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


def sha256_of_file(path: str | Path, block: int = 1 << 20, size: int | None = None) -> str:
    """The SHA-256 of the file's bytes, read a block at a time (a streamed format's file);
    with ``size``, of its first ``size`` bytes only (a crawler may be writing on)."""
    digest = hashlib.sha256()
    left = -1 if size is None else size
    with open(path, "rb") as f:
        while left and (chunk := f.read(block if left < 0 else min(block, left))):
            digest.update(chunk)
            left -= len(chunk) if left > 0 else 0
    return digest.hexdigest()


def read_range(path: str | Path, start: int, end: int) -> bytes:
    """Bytes ``start`` to ``end`` of the file."""
    with open(path, "rb") as f:
        f.seek(start)
        return f.read(end - start)
