"""The readers' registry: which function reads which file suffix.

A format is one registered reader (as in twitter-to-sqlite's archive.py): a
function taking a path (and, if it says so, the bytes already read) and
yielding Documents.  Adding a format is one module in this package with one
``@register`` function; this module imports nothing of the project.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Reader = Callable[[Path], Iterator[Any]]
READERS: dict[str, Reader] = {}
# Readers that also take the file's bytes, already read, as a second
# argument (ingest reads each file once, to hash it, and passes them on).
READERS_OF_BYTES: set[Reader] = set()


@dataclass(frozen=True)
class PartReading:
    """How ingest reads a big file of a format in parts of whole records, each
    parsed by whichever worker is free (JSON Lines cut at line ends, web
    archives between records): a file of any size streams through on every core.

    ``cut(path, part_bytes, before)`` hashes the file and says where its parts
    are (``files.Parts``), or None when it cannot be cut (the file is then read
    whole, by its reader, which reports what is wrong with it); ``before`` is
    (size, SHA-256) when last read, for a file that only had records added.
    ``read(path, byte_range, first, context, max_bytes, bad)`` gives one part's
    Documents (``first``: the number of its first record; ``context``: what it
    must know of the parts before it), appending the numbers of unusable
    records to ``bad``.  ``nothing_usable(first_bad, first_reason)`` is the
    reason a file none of whose parts gave an article is rejected with
    (``first_reason``: why its first unusable record was, if one was).
    """

    unit: str  # what the parts are cut between, as error messages name it: "line", "record"
    cut: Callable[..., Any]
    read: Callable[..., Iterator[Any]]
    nothing_usable: Callable[[int | None, str | None], str]


# Suffix -> how a big file of it is read in parts (``PartReading``).
PARTED: dict[str, PartReading] = {}
# Readers that read the file themselves, record by record (web archives,
# gzipped dumps, packed folders: often gigabytes): ingest hashes such a file as
# a stream and never holds it whole; ``--max-bytes`` does not apply to it, each
# record is bounded by its reader (20 MB).
STREAMED: set[Reader] = set()
# Readers whose file holds many articles (a wire file, a dump, a web archive):
# ingest's watchdog gives such a file time by its size, not one article's.
OF_RECORDS: set[Reader] = set()


def register(
    *suffixes: str, takes_bytes: bool = False, streamed: bool = False, records: bool = False,
    parts: PartReading | None = None,
) -> Callable[[Reader], Reader]:
    """Register a reader for the given file suffixes (".txt", ".sgm", ".warc.gz", ...).

    ``takes_bytes``: the reader accepts ``(path, data)`` with the file's
    content already read, as well as ``(path)``.
    ``streamed``: the reader reads the file itself as a stream (``STREAMED``).
    ``parts``: how a big file is read in parts (``PARTED``).
    ``records``: a file holds many articles (``OF_RECORDS``; implied by ``streamed`` and ``parts``).
    """

    def decorator(reader: Reader) -> Reader:
        for suffix in suffixes:
            READERS[suffix.lower()] = reader
            if parts is not None:
                PARTED[suffix.lower()] = parts
        if takes_bytes:
            READERS_OF_BYTES.add(reader)
        if streamed:
            STREAMED.add(reader)
        if records or streamed or parts is not None:
            OF_RECORDS.add(reader)
        return reader

    return decorator


def reader_for(path: Path) -> Reader | None:
    """The reader registered for the file's suffix (case-insensitive), or None."""
    return READERS.get(registered_suffix(path.name))


def part_reading(path: Path) -> PartReading | None:
    """How a big file of the path's format is read in parts, or None: read whole."""
    return PARTED.get(registered_suffix(path.name))


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
