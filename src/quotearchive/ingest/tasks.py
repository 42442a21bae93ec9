"""Which files (and parts of files) to parse: the rest are unchanged since the last run.

A file whose size and mtime are as the ``files`` table stored them is
skipped after one primary-key lookup, without being read.  Every other file
becomes a ``Task`` carrying what the last run stored, so a worker that finds
the same SHA-256 (a touched file) does not parse it either.  A big file of
one record a line becomes one task a part, spread over the workers.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG

from .. import readers as read
from ..text.decode import path_text
from .results import Summary
from .supplied import included

# A file of records that can be cut (JSON Lines, a web archive) bigger than
# this is read in parts of whole records, each parsed by whichever worker is
# free: a crawl of gigabytes streams through in bounded memory, on every core.
PART_BYTES = 256 * 1024


@dataclass(frozen=True)
class Task:
    """A file to parse, with what the last run stored about it (if anything)."""

    path: str
    key: str
    known_sha256: str | None = None
    known_articles: int = 0
    size: int = 0  # bytes of input: chunks sent to workers are cut by it
    # A part of a file read in parts (``_part_tasks``): which, and the whole
    # file's size, mtime and SHA-256, hashed when it was cut.
    part: tuple[int, int] | None = None
    byte_range: tuple[int, int] = (0, 0)
    first_line: int = 1  # the number of the part's first record (a dump's line)
    context: tuple[str, ...] = ()  # what the part must know of the parts before it (``readers.Parts``)
    mtime_ns: int = 0
    sha256: str = ""
    earlier_articles: int | None = None  # the parts are lines added to a file of this many articles
    name: str = ""  # what the archive stores for the file (``readers.InputFile.name``); "" for ``path``
    supplied: str = ""  # hash of what the user supplied for it (``Supplied.fingerprint``)


_RESOLVED_FOLDERS: dict[str, str] = {}


def forget_resolved_folders() -> None:
    """Called at the start of every ingest: folders may move between runs."""
    _RESOLVED_FOLDERS.clear()


def file_key(path: str | Path) -> str:
    """The files-table key of a file named on its own, and of every file in archives
    written before keys were stored names (``InputFile.name``): the resolved
    absolute path, or for a symlink its own absolute path.

    Resolving every path component costs a system call per component and
    file, so each folder is resolved once (the cache) and the file name joined on.
    """
    absolute = os.path.abspath(path)
    if os.path.islink(absolute):
        return path_text(absolute)
    parent, name = os.path.split(absolute)
    resolved = _RESOLVED_FOLDERS.get(parent)
    if resolved is None:
        if len(_RESOLVED_FOLDERS) > 10_000:
            _RESOLVED_FOLDERS.clear()
        resolved = _RESOLVED_FOLDERS[parent] = str(Path(parent).resolve())
    return path_text(os.path.join(resolved, name))


def task_key(found: read.InputFile) -> str:
    """The ``files`` key of a file found by the walk: its stored name (as ``changed_tasks`` keys it)."""
    return path_text(found.name) if found.name else file_key(found.path)


def changed_tasks(
    conn, files: Iterable[Path | read.InputFile], force: bool, summary: Summary, part_bytes: int,
    skipped: Callable[[int], None] = lambda size: None, fingerprint: Callable[[read.InputFile], str] | None = None,
) -> Iterator[Task]:
    """Tasks for the files that changed since the last run (all of them with ``force``).

    A file whose size and mtime are as stored is skipped without being read;
    one whose size or mtime changed is read and hashed by a worker, and only
    parsed if its SHA-256 changed too.  (``force`` parses every file again.)
    A file of records over ``part_bytes`` whose format can be cut becomes one task a part.
    ``skipped`` hears the bytes not read (for the progress bar).  ``fingerprint``
    hashes what the user supplied for a file (``Supplied.fingerprint``): a file
    whose hash differs from the one recorded is parsed again, as with ``force``.
    """
    lookup = "select size, mtime_ns, sha256, articles, supplied from files where path = ?"
    for found in files:
        path, name = (found.path, found.name) if isinstance(found, read.InputFile) else (found, "")
        name = path_text(name) if name else ""  # a name that is not UTF-8: visible escapes, as stored
        summary.files += 1
        key = name or file_key(path)
        supplied = fingerprint(found) if fingerprint is not None and name else ""
        try:
            stat = os.stat(path)
        except OSError:
            yield Task(str(path), key, name=name, supplied=supplied)  # let the parser report it
            continue
        row = conn.execute(lookup, [key]).fetchone()
        if row is None and name:
            # An archive written before files were keyed by their stored name has
            # the row under the local path: the file is read once (hashed, and not
            # parsed if the same), and the writer moves the row and the articles'
            # sources to the name (``writer._adopt_legacy_sources``).
            legacy = conn.execute(lookup, [file_key(path)]).fetchone()
            row = (None, None, *legacy[2:]) if legacy is not None else None
        if row is not None and (row[4] or "") != supplied:
            row = None  # supplied values changed: parse it again, whatever its bytes
        if row is not None and not force and (row[0], row[1]) == (stat.st_size, stat.st_mtime_ns):
            summary.skipped_files += 1
            summary.unchanged += row[3] or 0  # its articles, as stored
            skipped(stat.st_size)
            continue
        known = (row[2], row[3] or 0) if row is not None and not force else (None, 0)
        reading = read.part_reading(path) if stat.st_size > part_bytes and S_ISREG(stat.st_mode) else None
        if reading is not None:
            before = (row[0], row[2]) if row is not None and not force and row[2] else None
            yield from _part_tasks(
                str(path), key, stat, part_bytes, reading, *known, before, skipped, name, supplied,
            )
        else:
            yield Task(str(path), key, *known, size=stat.st_size, name=name, supplied=supplied)


def _part_tasks(
    path: str, key: str, stat: os.stat_result, part_bytes: int, reading: read.PartReading, known_sha256: str | None,
    known_articles: int, before: tuple[int, str] | None = None, skipped: Callable[[int], None] = lambda size: None,
    name: str = "", supplied: str = "",
) -> Iterator[Task]:
    """A big file of records, as tasks of whole records (or one, if its bytes are unchanged).

    This process reads it once, to hash it and find where to cut; workers
    then read and parse the parts in parallel, and the writer records the
    file only once its last part is written.  A file that only had records
    added since the last run (``before``: its size and hash then) gets tasks
    for the new records only: adding ten articles to a dump of a million costs ten.
    A file its format cannot cut (``PartReading.cut`` says None) is one task.
    """
    whole = Task(path, key, known_sha256, known_articles, size=stat.st_size, name=name, supplied=supplied)
    try:
        cut = reading.cut(path, part_bytes, before)
    except OSError:
        cut = None  # read whole, so the parser reports why it cannot be read
    if cut is None:
        yield whole
        return
    mtime_ns = stat.st_mtime_ns
    # Every task carries the size hashed: the size the files table records.
    common = {"size": cut.size, "mtime_ns": mtime_ns, "sha256": cut.sha256, "name": name, "supplied": supplied}
    if known_sha256 == cut.sha256:
        yield Task(path, key, known_sha256, known_articles, **common)
        return
    earlier = known_articles if cut.appended_from else None
    skipped(cut.appended_from)
    n = len(cut.parts)
    for k, (start, end, first, *context) in enumerate(cut.parts):
        yield Task(
            path, key, part=(k, n), byte_range=(start, end), first_line=first, context=tuple(context[0]) if context else (),
            earlier_articles=earlier, **common,
        )


def task_bytes(task: Task) -> int:
    """The bytes of input a task reads."""
    return task.byte_range[1] - task.byte_range[0] if task.part else task.size


def input_bytes(paths: Sequence[str | Path], exclude: Sequence[str] = ()) -> int:
    """The size of every input file under ``paths`` (but those ``exclude`` matches):
    a second walk, for a progress bar's total."""
    total = 0
    for found in included(read.iter_named_files(paths), tuple(exclude), Summary()):
        try:
            total += os.stat(found.path).st_size
        except OSError:
            pass
    return total
