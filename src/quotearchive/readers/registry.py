"""The readers' registry: which function reads which file suffix.

A format is one registered reader (as in twitter-to-sqlite's archive.py): a
function taking a path (and, if it says so, the bytes already read) and
yielding Documents.  Adding a format is one module in this package with one
``@register`` function; this module imports nothing of the project.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

Reader = Callable[[Path], Iterator[Any]]
READERS: dict[str, Reader] = {}
# Readers that also take the file's bytes, already read, as a second
# argument (ingest reads each file once, to hash it, and passes them on).
READERS_OF_BYTES: set[Reader] = set()
# Suffixes of formats with one record a line (JSON Lines): ingest reads a big
# file of these in parts cut at line ends, spread over the workers.
BY_LINES: set[str] = set()
# Readers that read the file themselves, record by record (web archives,
# gzipped dumps, packed folders: often gigabytes): ingest hashes such a file as
# a stream and never holds it whole; ``--max-bytes`` does not apply to it, each
# record is bounded by its reader (20 MB).
STREAMED: set[Reader] = set()
# Readers whose file holds many articles (a wire file, a dump, a web archive):
# ingest's watchdog gives such a file time by its size, not one article's.
OF_RECORDS: set[Reader] = set()


def register(
    *suffixes: str, takes_bytes: bool = False, by_lines: bool = False, streamed: bool = False, records: bool = False,
) -> Callable[[Reader], Reader]:
    """Register a reader for the given file suffixes (".txt", ".sgm", ".warc.gz", ...).

    ``takes_bytes``: the reader accepts ``(path, data)`` with the file's
    content already read, as well as ``(path)``.  ``by_lines``: one record
    a line, so a big file can be read in parts (``line_parts``).
    ``streamed``: the reader reads the file itself as a stream (``STREAMED``).
    ``records``: a file holds many articles (``OF_RECORDS``; implied by the other two).
    """

    def decorator(reader: Reader) -> Reader:
        for suffix in suffixes:
            READERS[suffix.lower()] = reader
            if by_lines:
                BY_LINES.add(suffix.lower())
        if takes_bytes:
            READERS_OF_BYTES.add(reader)
        if streamed:
            STREAMED.add(reader)
        if records or by_lines or streamed:
            OF_RECORDS.add(reader)
        return reader

    return decorator


def reader_for(path: Path) -> Reader | None:
    """The reader registered for the file's suffix (case-insensitive), or None."""
    return READERS.get(registered_suffix(path.name))


def is_streamed(path: Path) -> bool:
    """Does the file's reader read it as a stream (``STREAMED``)?"""
    return reader_for(path) in STREAMED


def holds_records(path: Path) -> bool:
    """Does the file's format hold many articles (``OF_RECORDS``)?"""
    return reader_for(path) in OF_RECORDS


def registered_suffix(name: str) -> str:
    """The file's suffix as readers are registered, lower case: its last two
    (".warc.gz") where a reader claims them together, else its last (".txt",
    "" for none), as ``Path.suffix`` reads it."""
    name = name.lower()
    dot = name.rfind(".")
    if dot <= 0 or dot == len(name) - 1:
        return ""
    inner = name.rfind(".", 0, dot)
    if inner > 0 and name[inner:] in READERS:
        return name[inner:]
    return name[dot:]
