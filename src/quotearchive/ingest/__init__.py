"""The batch: files in, database rows out, with workers, progress and error reports.

Worker processes read and parse (the expensive, pure part); this process is
the single writer.  Articles are committed in batches, each batch one
transaction holding whole articles with their quotes, speakers, topics and
the ``files`` rows that say they are done, so killing ingest at any moment
leaves a consistent database and the next run carries on where it stopped.

Everything streams, so memory stays flat however many files there are: the
folder walk is lazy, unchanged files are recognised by one primary-key
lookup each (size and mtime; a touched file with the same SHA-256 is not
parsed again either), and at most ``IN_FLIGHT_PER_WORKER`` chunks of
``CHUNK_FILES`` files per worker are being parsed or waiting for the writer
at any time.  The writer's SQLite page cache is bounded (``WRITER_CACHE_KB``).

Each transaction indexes its rows for full-text search in one statement per
FTS table (``store.batch``) instead of through per-row triggers.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import logging
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path
from stat import S_ISDIR, S_ISREG
from typing import Any

import click

from .. import readers as read
from ..archive import store
from ..model import Article, RejectedInput
from ..readers import jsonl
from ..text.decode import decode_text
from ..readers.files import DEFAULT_MAX_BYTES

LOGGER = logging.getLogger(__name__)

BATCH_ARTICLES = 2000  # articles per transaction: each commit writes new FTS segments, merged later; fewer is cheaper
BATCH_SECONDS = 2.0  # ...or commit after this long, so a slow stream still shows up in the site
IN_PROCESS_BELOW = 64  # fewer files than this (and 4 MB): parsing in-process beats starting workers
WRITER_CACHE_KB = 32 * 1024  # SQLite page cache of the writer: bounded, well under the 300 MB goal
CHUNK_FILES = 16  # files per task sent to a worker: amortises the round trip
# Parsers yield the CPU to the writer and to anything else on the machine: a
# site served from the same machine answered searches in 148 ms instead of 78
# during an ingest on two cores (78 with the parsers at 10).  The writer, which
# every article waits for, never waits for a core (ingest 1.595 -> 1.537 s).
PARSER_NICENESS = 10
# While it waits for the parsers, the writer indexes the batch's rows for search
# once this many are waiting, rather than all at the batch's end, when the
# parsers may be done and one core idles (BBC: 1.476 -> 1.433 s, 20 rounds).
IDLE_FTS_ROWS = 5000
IN_FLIGHT_PER_WORKER = 4  # chunks queued per worker: keeps workers busy, bounds memory
WORKER_DIED = "the parser process died on this file (killed, or out of memory?)"
# A file of one record a line (JSON Lines) bigger than this is read in parts
# of whole lines, each parsed by whichever worker is free: a crawl dump of
# gigabytes streams through in bounded memory, on every core.
PART_BYTES = 256 * 1024
CHUNK_BYTES = 256 * 1024  # ...and a chunk sent to a worker stops at this many bytes of input
# Rejected files whose reasons a Summary keeps (``on_error`` hears every one):
# a crawl with a million empty or binary pages must not hold a million messages.
ERRORS_KEPT = 1000


@dataclass
class Summary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0  # same text as an article already stored from another file
    skipped_files: int = 0  # unchanged since the last run, not even read
    rejected: int = 0
    quotes: int = 0
    speakers: int = 0
    files: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (source, reason): the first ``errors_kept``
    errors_kept: int | None = field(default_factory=lambda: ERRORS_KEPT)  # None: keep them all

    def reject(self, source: str, reason: str, on_error: Callable[[str, str], None] | None = None) -> None:
        """Count a rejected file or record, keep its reason (the first ``errors_kept``), tell ``on_error``."""
        self.rejected += 1
        if self.errors_kept is None or len(self.errors) < self.errors_kept:
            self.errors.append((source, reason))
        if on_error:
            on_error(source, reason)

    def describe(self) -> str:
        return (
            f"{self.files} files: {self.added} articles added, {self.updated} updated, "
            f"{self.unchanged + self.skipped_files} unchanged, {self.duplicates} duplicates, {self.rejected} rejected; "
            f"{self.quotes} quotes from {self.speakers} speakers in the database ({self.seconds:.1f}s)"
        )


@dataclass
class FileResult:
    path: str
    key: str = ""  # the files-table key: absolute path (symlinks not resolved)
    size: int = 0
    mtime_ns: int = 0
    sha256: str = ""
    articles: list[Article] = field(default_factory=list)
    quote_topics: list[list[list[str]]] = field(default_factory=list)  # per article, per quote
    unchanged_articles: int | None = None  # same bytes as last time: not parsed
    error: str | None = None  # the whole file was rejected
    record_errors: list[tuple[str, str]] = field(default_factory=list)  # (source, reason) of skipped records
    part: tuple[int, int] | None = None  # (k, n): part k of a file read in n parts
    first_bad_line: int | None = None  # of a part: its first unusable line
    earlier_articles: int | None = None  # of a part: articles of the file's unchanged beginning (not read)
    part_bytes: int = 0  # of a part: its length

    @property
    def input_bytes(self) -> int:
        return self.part_bytes if self.part is not None else self.size


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
    first_line: int = 1
    mtime_ns: int = 0
    sha256: str = ""
    earlier_articles: int | None = None  # the parts are lines added to a file of this many articles


_RESOLVED_FOLDERS: dict[str, str] = {}  # cleared by every ingest(): folders may move between runs


def file_key(path: str | Path) -> str:
    """The files-table key: the resolved absolute path, or for a symlink its own absolute path.

    Resolving every path component per file cost 0.4 s on 2,225 files, so
    each folder is resolved once (the cache) and the file name joined on.
    """
    absolute = os.path.abspath(path)
    if os.path.islink(absolute):
        return absolute
    parent, name = os.path.split(absolute)
    resolved = _RESOLVED_FOLDERS.get(parent)
    if resolved is None:
        if len(_RESOLVED_FOLDERS) > 10_000:
            _RESOLVED_FOLDERS.clear()
        resolved = _RESOLVED_FOLDERS[parent] = str(Path(parent).resolve())
    return os.path.join(resolved, name)


def parse_document(doc):
    """``pipeline.parse_document``, imported on first use.

    The writer process never parses (workers do), so it does not pay for
    importing the extractor: ingest starts sooner, and each worker imports
    it in parallel with the writer's own start-up.
    """
    from ..extract.pipeline import parse_document as parse

    return parse(doc)


def parse_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES, task: Task | None = None) -> FileResult:
    """Read and parse one file; never raises (the reason goes into ``error``).

    When ``task`` says what the last run stored and the bytes hash the same,
    the file is not parsed (``unchanged_articles`` is set instead).
    """
    result = FileResult(path=path, key=task.key if task else "")
    if task is not None and task.sha256:
        return _parse_part(result, task, max_bytes)
    try:
        if not result.key:
            result.key = file_key(path)
        stat = os.stat(path)
        result.size, result.mtime_ns = stat.st_size, stat.st_mtime_ns
        if S_ISDIR(stat.st_mode):
            raise RejectedInput("folder cannot be read (permission denied)")
        if not S_ISREG(stat.st_mode):
            # A FIFO or device named *.txt would block the read forever.
            raise RejectedInput("not a regular file")
        if result.size > max_bytes:
            raise RejectedInput(f"file too large ({result.size:,} bytes; the limit is --max-bytes {max_bytes:,})")
        data = read.read_bytes(path, result.size)
        result.sha256 = hashlib.sha256(data).hexdigest()
        if task is not None and task.known_sha256 == result.sha256:
            result.unchanged_articles = task.known_articles
            return result
        # The bytes just hashed: the file is read once.
        _parse_documents(result, read.read_documents(Path(path), data))
        if not result.articles:
            raise RejectedInput(result.record_errors[0][1] if result.record_errors else "no articles found")
    except RejectedInput as error:
        result.error = str(error)
    except FileNotFoundError:
        result.error = "file not found (a dangling symlink?)"
    except PermissionError:
        result.error = "permission denied"
    except IsADirectoryError:
        result.error = "is a directory"
    except MemoryError:
        result.error = "out of memory while parsing"
    except Exception as error:  # a bug must cost one file, not the night's batch
        result.error = _unexpected(error, path)
    return result


def _parse_documents(result: FileResult, docs: Iterable) -> None:
    """Each document's Article into ``result``: one bad record in a multi-article
    file (.sgm, .jsonl) costs that record only."""
    for doc in docs:
        try:
            result.articles.append(parse_document(doc))
        except RejectedInput as error:
            result.record_errors.append((doc.source, str(error)))
    # Topic matching is pure and costly: done here, in the worker, not by the writer.
    result.quote_topics = [store.all_quote_topics(a) for a in result.articles]


def _unexpected(error: Exception, path: str) -> str:
    LOGGER.debug("unexpected error parsing %s", path, exc_info=True)  # -v shows it; users get one line
    return f"unexpected error: {type(error).__name__}: {error}".splitlines()[0]


def _parse_part(result: FileResult, task: Task, max_bytes: int) -> FileResult:
    """One part of a file read in parts: its lines' articles (see ``_part_tasks``)."""
    result.size, result.mtime_ns, result.sha256 = task.size, task.mtime_ns, task.sha256
    if task.known_sha256 == task.sha256:
        result.unchanged_articles = task.known_articles  # touched, same bytes: nothing to parse
        return result
    result.part, result.earlier_articles = task.part, task.earlier_articles
    start, end = task.byte_range
    result.part_bytes = end - start
    try:
        if end - start > max_bytes:
            raise RejectedInput(f"line too large ({end - start:,} bytes; the limit is --max-bytes {max_bytes:,})")
        data = read.read_range(task.path, start, end)
        text = decode_text(data) if data.strip() else ""  # blank lines only: no records
        bad: list[int] = []
        _parse_documents(result, jsonl.json_lines_documents(Path(task.path), text, task.first_line, bad))
        result.first_bad_line = bad[0] if bad else None
    except RejectedInput as error:
        # Its content, as a bad record in a file read whole: reported, and the
        # file still recorded (reading it again would find the same).
        result.record_errors.append((f"{task.path}#{task.first_line}", f"{error} (the part from this line)"))
    except OSError as error:
        result.error = f"{error.strerror or error} (part {task.part[0] + 1} of {task.part[1]})"
    except Exception as error:  # as in parse_file: a bug costs this part, not the batch
        result.error = _unexpected(error, task.path)
    return result


def _parse_task(task: Task, max_bytes: int) -> FileResult:
    return parse_file(task.path, max_bytes, task)


def ingest(
    db_path: str | Path,
    paths: Sequence[str | Path],
    *,
    progress: bool = False,
    on_error: Callable[[str, str], None] | None = None,
    workers: int | None = None,
    force: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int | None = None,
) -> Summary:
    """Ingest every article under ``paths`` into the database at ``db_path``."""
    started = time.perf_counter()
    summary = Summary()
    _RESOLVED_FOLDERS.clear()
    db = store.open_db(db_path)
    store.ensure_db_shape(db)
    # A batch touches the quotes table and its seven indexes at scattered
    # places; with SQLite's 2 MB default cache, pages were evicted and re-read
    # within a transaction (8% of the writer's time on the BBC corpus).
    db.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KB}")
    # The bar counts bytes, so one big dump moves it as steadily as many small
    # files; the total costs a second directory walk, so only when it is shown.
    total = _input_bytes(paths) if progress else 0
    with open(os.devnull, "w") as devnull, click.progressbar(
        length=total, label="Ingesting", file=sys.stderr if progress else devnull
    ) as bar:
        tasks = _tasks(db.conn, read.iter_input_files(paths), force, summary, min(PART_BYTES, max_bytes), bar.update)
        results = _parse_all(tasks, max_bytes, workers)
        _write_all(db, results, summary, on_error, bar, batch_size)
    with db.conn:
        store.refresh_topic_counts(db.conn)
    db.execute("PRAGMA optimize")
    summary.quotes = db.execute("select count(*) from quotes").fetchone()[0]
    summary.speakers = db.execute("select count(*) from speakers").fetchone()[0]
    summary.seconds = time.perf_counter() - started
    db.close()
    return summary


def _input_bytes(paths: Sequence[str | Path]) -> int:
    total = 0
    for path in read.iter_input_files(paths):
        try:
            total += os.stat(path).st_size
        except OSError:
            pass
    return total


def _tasks(
    conn, files: Iterable[Path], force: bool, summary: Summary, part_bytes: int = PART_BYTES,
    skipped: Callable[[int], None] = lambda size: None,
) -> Iterator[Task]:
    """Tasks for the files that changed since the last run (all of them with ``force``).

    A file whose size and mtime are as stored is skipped without being read;
    one whose size or mtime changed is read and hashed by a worker, and only
    parsed if its SHA-256 changed too.  (``force`` parses every file again.)
    A file of one record a line over ``part_bytes`` becomes one task a part.
    ``skipped`` hears the bytes not read (for the progress bar).
    """
    lookup = "select size, mtime_ns, sha256, articles from files where path = ?"
    for path in files:
        summary.files += 1
        key = file_key(path)
        try:
            stat = os.stat(path)
        except OSError:
            yield Task(str(path), key)  # let the parser report it
            continue
        row = conn.execute(lookup, [key]).fetchone()
        if row is not None and not force and (row[0], row[1]) == (stat.st_size, stat.st_mtime_ns):
            summary.skipped_files += 1
            skipped(stat.st_size)
            continue
        known = (row[2], row[3] or 0) if row is not None and not force else (None, 0)
        if stat.st_size > part_bytes and S_ISREG(stat.st_mode) and path.suffix.lower() in read.BY_LINES and _cuttable(path):
            before = (row[0], row[2]) if row is not None and not force and row[2] else None
            yield from _part_tasks(str(path), key, stat.st_mtime_ns, part_bytes, *known, before, skipped)
        else:
            yield Task(str(path), key, *known, size=stat.st_size)


def _cuttable(path: Path) -> bool:
    """Can the file be cut at its b"\n" bytes?  Not in UTF-16 or UTF-32 (a BOM says
    so), where that byte is half a character: such a file is read whole."""
    try:
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError:
        return False  # read whole, so the parser reports why it cannot be
    return not head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"))


def _part_tasks(
    path: str, key: str, mtime_ns: int, part_bytes: int, known_sha256: str | None, known_articles: int,
    before: tuple[int, str] | None = None, skipped: Callable[[int], None] = lambda size: None,
) -> Iterator[Task]:
    """A big file of one record a line, as tasks of whole lines (or one, if its bytes are unchanged).

    This process reads it once, to hash it and find where to cut; workers
    then read and parse the parts in parallel, and the writer records the
    file only once its last part is written.  A file that only had lines
    added since the last run (``before``: its size and hash then) gets tasks
    for the new lines only: adding ten articles to a dump of a million costs ten.
    """
    try:
        cut = read.line_parts(path, part_bytes, before=before)
    except OSError:
        yield Task(path, key)  # let the parser report it
        return
    # Every task carries the size hashed: the size the files table records.
    common = {"size": cut.size, "mtime_ns": mtime_ns, "sha256": cut.sha256}
    if known_sha256 == cut.sha256:
        yield Task(path, key, known_sha256, known_articles, **common)
        return
    earlier = known_articles if cut.appended_from else None
    skipped(cut.appended_from)
    n = len(cut.parts)
    for k, (start, end, first_line) in enumerate(cut.parts):
        yield Task(path, key, part=(k, n), byte_range=(start, end), first_line=first_line, earlier_articles=earlier, **common)


def _task_bytes(task: Task) -> int:
    return task.byte_range[1] - task.byte_range[0] if task.part else task.size


def _next_chunk(tasks: Iterator[Task]) -> list[Task]:
    """Up to ``CHUNK_FILES`` tasks, fewer when they add up to ``CHUNK_BYTES``:
    what a worker holds at once stays bounded whatever the files' sizes."""
    chunk: list[Task] = []
    held = 0
    for task in tasks:
        chunk.append(task)
        held += _task_bytes(task)
        if len(chunk) >= CHUNK_FILES or held >= CHUNK_BYTES:
            break
    return chunk


# What the parsers' result stream yields when the writer would wait for them.
IDLE = None


def _parse_all(tasks: Iterator[Task], max_bytes: int, workers: int | None) -> Iterator[FileResult | None]:
    """Results in input order; from worker processes, ``IDLE`` before each wait for them."""
    workers = workers or os.cpu_count() or 1
    first = list(itertools.islice(tasks, IN_PROCESS_BELOW))
    few = len(first) < IN_PROCESS_BELOW and sum(map(_task_bytes, first)) < IN_PROCESS_BELOW * CHUNK_BYTES // CHUNK_FILES
    if workers == 1 or few:
        return (_parse_task(t, max_bytes) for t in itertools.chain(first, tasks))
    return _parse_in_pool(itertools.chain(first, tasks), max_bytes, workers, idle=True)


def _parse_in_pool(tasks: Iterator[Task], max_bytes: int, workers: int, idle: bool = False) -> Iterator[FileResult | None]:
    """Results in input order, with at most ``IN_FLIGHT_PER_WORKER * workers`` chunks outstanding.
    With ``idle``, ``IDLE`` is yielded before each wait for a worker: the consumer's turn to
    do work it can do early.

    A small pool of our own rather than ``multiprocessing.Pool``: Pool's
    three helper threads cost this process 0.25 s of CPU on the BBC corpus
    (a sixth of the writer's core), ``Pool.imap`` would read the whole task
    iterator and let results pile up when the writer is slower, and a worker
    killed by the kernel (out of memory) leaves Pool waiting forever.  Here
    each worker has a pipe; chunks go to the least busy worker, results are
    read as they come (so no worker blocks on a full pipe while the writer
    works) and handed out in input order.  A worker that dies costs a retry
    of its chunks one file at a time, so one poisonous file costs one file.
    """
    pool = _Workers(workers, max_bytes)
    try:
        limit = IN_FLIGHT_PER_WORKER * workers
        pending: deque = deque()  # chunks not yet sent, retries first (see _Workers)
        done: dict[int, list[FileResult]] = {}
        next_id = next_out = 0
        exhausted = False
        while True:
            # Finished chunks waiting for an earlier one count too: memory stays bounded.
            while pool.in_flight() + len(done) < limit:
                if not pending and not exhausted:
                    chunk = _next_chunk(tasks)
                    if chunk:
                        pending.append((next_id, None, chunk))
                        next_id += 1
                    else:
                        exhausted = True
                if not pending:
                    break
                pool.send(pending.popleft())
            if next_out in done:
                for result in done.pop(next_out):
                    yield result
                    # Drain finished chunks between results, so a worker is never
                    # kept waiting on a full pipe while the writer works.
                    pool.collect(done, pending, block=False)
                next_out += 1
            elif pool.in_flight() == 0 and not pending:
                return
            else:
                if idle:
                    yield IDLE
                pool.collect(done, pending, block=True)
    finally:
        pool.close()


def _worker_main(conn, max_bytes: int, inherited: list) -> None:
    # Ctrl+C goes to the whole process group: the parent reports it, workers just stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The fork copied the parent's ends of the other workers' pipes: closed
    # here, so that when the parent dies (even by kill -9) every pipe's
    # other end is gone and each worker sees EOF and exits, not waits forever.
    for other in inherited:
        other.close()
    gc.freeze()  # the inherited objects are never garbage: don't scan (and copy) them
    os.nice(PARSER_NICENESS)
    while True:
        try:
            tasks = conn.recv()
            if tasks is None:
                return
            conn.send([_parse_task(t, max_bytes) for t in tasks])
        except (EOFError, OSError):  # the parent is gone
            return


class _Workers:
    """Forked parser processes, each fed chunks of tasks through its own pipe.

    A chunk is ``(chunk_id, part, tasks)``: ``part`` is None for a chunk as
    cut, or ``(k, n)`` for file k of n when a chunk is retried file by file.
    """

    def __init__(self, count: int, max_bytes: int):
        self.max_bytes = max_bytes
        # fork: workers inherit the imported modules, so they start in milliseconds.
        self.context = multiprocessing.get_context("fork")
        self.processes: dict[Any, Any] = {}  # connection -> process
        self.queued: dict[Any, deque] = {}  # connection -> chunks sent to it, oldest first
        self.parts: dict[int, list] = {}  # chunk id -> results of its files, while retried
        for _ in range(count):
            self._start()

    def _start(self) -> None:
        parent, child = self.context.Pipe()
        process = self.context.Process(
            target=_worker_main, args=(child, self.max_bytes, [parent, *self.processes]), daemon=True
        )
        process.start()
        child.close()
        self.processes[parent] = process
        self.queued[parent] = deque()

    def in_flight(self) -> int:
        return sum(len(q) for q in self.queued.values())

    def send(self, chunk: tuple) -> None:
        conn = min(self.queued, key=lambda c: len(self.queued[c]))
        try:
            conn.send(chunk[2])
        except OSError:
            # It died while idle (nothing of ours was lost): replace it, send again.
            self._retire(conn)
            return self.send(chunk)
        self.queued[conn].append(chunk)

    def collect(self, done: dict[int, list[FileResult]], retry: deque, block: bool) -> None:
        """Move finished chunks into ``done``; a dead worker's chunks go to ``retry``."""
        for conn in wait([c for c, q in self.queued.items() if q], timeout=None if block else 0):
            try:
                results = conn.recv()
            except (EOFError, OSError):
                self._replace(conn, done, retry)
                continue
            self._finish(self.queued[conn].popleft(), results, done)

    def _finish(self, chunk: tuple, results: list[FileResult], done: dict[int, list[FileResult]]) -> None:
        chunk_id, part, _ = chunk
        if part is None:
            done[chunk_id] = results
            return
        k, n = part
        slots = self.parts.setdefault(chunk_id, [None] * n)
        slots[k] = results[0]
        if all(slot is not None for slot in slots):
            done[chunk_id] = self.parts.pop(chunk_id)

    def _replace(self, conn, done: dict[int, list[FileResult]], retry: deque) -> None:
        """A worker died (killed, out of memory, a crash in C code) holding chunks."""
        lost = self._retire(conn)
        # The oldest chunk is the one it was parsing; the others never started
        # and go back as they are.
        (chunk_id, part, tasks), rest = lost[0], list(lost)[1:]
        retry.extendleft(reversed(rest))
        if part is None and len(tasks) > 1:
            # Which of its files killed it is unknown: each is tried again on its own.
            n = len(tasks)
            retry.extendleft(reversed([(chunk_id, (k, n), [t]) for k, t in enumerate(tasks)]))
        else:
            task = tasks[0]
            self._finish(lost[0], [FileResult(path=task.path, key=task.key, error=WORKER_DIED, part=task.part)], done)

    def _retire(self, conn) -> deque:
        """Forget a dead worker, start another in its place; returns the chunks it held."""
        lost = self.queued.pop(conn)
        self.processes.pop(conn).join(timeout=1)
        conn.close()
        self._start()
        return lost

    def close(self) -> None:
        for conn, process in self.processes.items():
            try:
                conn.send(None)
            except OSError:
                pass
            conn.close()
        for process in self.processes.values():
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()


class _NoBar:
    def update(self, n: int) -> None:
        pass


def write_results(db, results: Iterable[FileResult], summary: Summary | None = None, on_error=None) -> Summary:
    """Write parsed files (from ``parse_file``, in any process) in batched transactions.

    The writer half of ``ingest``, for callers that parse elsewhere: a
    cluster job writing a shard (``shards.write_shard``), or a test.
    """
    summary = summary or Summary()
    _write_all(db, iter(results), summary, on_error, _NoBar())
    return summary


def _write_all(db, results: Iterator[FileResult | None], summary: Summary, on_error, bar, batch_size: int | None = None) -> None:
    # A new archive is loaded first and its facet indexes built after.
    with store.site_indexes_built_after(db):
        _write_batches(db.conn, iter(results), summary, on_error, bar, batch_size or BATCH_ARTICLES)


def _write_batches(conn, results: Iterator[FileResult | None], summary: Summary, on_error, bar, batch_size: int) -> None:
    parted: _PartedFile | None = None  # the file whose parts are being written
    while True:
        pending = 0
        last_commit = time.monotonic()
        with store.batch(conn) as current:
            for result in results:
                if result is IDLE:
                    current.fts.flush(at_least=IDLE_FTS_ROWS)
                    continue
                bar.update(result.input_bytes)
                failures = [(result.path, result.error)] if result.error is not None else result.record_errors
                for source, reason in failures:
                    summary.reject(source, reason, on_error)
                if result.part is not None:
                    parted = _write_part(conn, result, parted, current, summary, on_error)
                elif result.error is not None:
                    continue
                elif result.unchanged_articles is not None:
                    summary.unchanged += result.unchanged_articles
                    _record_file(conn, result)
                elif _same_content(conn, result):
                    summary.unchanged += len(result.articles)
                    _record_file(conn, result)
                else:
                    _save_articles(conn, result, current, summary)
                    _drop_vanished_records(conn, result, current)
                    _record_file(conn, result)
                pending += max(1, len(result.articles))
                if pending >= batch_size or time.monotonic() - last_commit > BATCH_SECONDS:
                    break
            else:
                return  # the last batch commits on leaving the with block


def _save_articles(conn, result: FileResult, current: store.Batch, summary: Summary) -> None:
    for article, quote_topics in zip(result.articles, result.quote_topics):
        status = store.save_article(conn, article, batch=current, quote_topics=quote_topics)
        setattr(summary, status, getattr(summary, status) + 1)


@dataclass
class _PartedFile:
    """What the writer gathers of a file read in parts, until its last part."""

    path: str
    seen: bytearray = field(default_factory=bytearray)  # seen[line] = 1: that line gave an article
    articles: int = 0
    record_errors: int = 0
    first_bad_line: int | None = None
    failed: bool = False  # a part was lost: the file is not recorded, so the next run reads it again

    def mark(self, source: str) -> None:
        line = int(source.rpartition("#")[2])  # path#LINE
        if line >= len(self.seen):
            self.seen.extend(bytes(line + 1 - len(self.seen)))
        self.seen[line] = 1


def _write_part(conn, result: FileResult, parted: _PartedFile | None, current: store.Batch, summary: Summary, on_error) -> _PartedFile | None:
    """Write one part; after the last, do what a whole file's result does.

    Parts arrive in order, each in whatever transaction is open: a run killed
    between two parts keeps the articles written, and leaves the file
    unrecorded, so the next run reads it again and finds them unchanged.
    """
    k, n = result.part
    if k == 0 or parted is None or parted.path != result.path:
        parted = _PartedFile(result.path)
    if result.error is not None:
        parted.failed = True
    else:
        _save_articles(conn, result, current, summary)
        for article in result.articles:
            parted.mark(article.source)
        parted.articles += len(result.articles)
        parted.record_errors += len(result.record_errors)
        parted.first_bad_line = parted.first_bad_line or result.first_bad_line
    if k < n - 1:
        return parted
    if parted.failed:
        return None
    earlier = result.earlier_articles  # None: the parts were the whole file
    if not parted.articles and not earlier:
        if not parted.record_errors:  # as a file read whole with no usable line is rejected
            summary.reject(result.path, jsonl.no_usable_json_lines(parted.first_bad_line), on_error)
        return None
    if earlier is None:
        _drop_vanished_records(conn, result, current, parted.seen)
    else:
        summary.unchanged += earlier  # the file's beginning, not read again
    _record_file(conn, result, parted.articles + (earlier or 0))
    return None


def _same_content(conn, result: FileResult) -> bool:
    row = conn.execute("select sha256 from files where path = ?", [result.key]).fetchone()
    return bool(row) and row[0] == result.sha256


def _record_file(conn, result: FileResult, articles: int | None = None) -> None:
    if articles is None:
        articles = result.unchanged_articles if result.unchanged_articles is not None else len(result.articles)
    conn.execute(
        "insert into files (path, size, mtime_ns, sha256, articles) values (?, ?, ?, ?, ?) "
        "on conflict(path) do update set size = excluded.size, mtime_ns = excluded.mtime_ns, "
        "sha256 = excluded.sha256, articles = excluded.articles",
        [result.key, result.size, result.mtime_ns, result.sha256, articles],
    )


def _drop_vanished_records(conn, result: FileResult, current: store.Batch | None = None, seen_lines: bytearray | None = None) -> None:
    """A multi-article file that lost records: delete the articles no longer in it.

    The articles now in it are ``result.articles``, or for a file read in
    parts, those of the lines marked in ``seen_lines``.
    """
    prefix = result.path + "#"
    if seen_lines is None:
        sources = {a.source for a in result.articles}

        def gone(source: str) -> bool:
            return source not in sources
    else:

        def gone(source: str) -> bool:
            line = source[len(prefix) :]
            return not (line.isdigit() and int(line) < len(seen_lines) and seen_lines[int(line)])

    stale = [
        row[0]
        for row in conn.execute(
            "select id, source from articles where source >= ? and source < ?", [prefix, result.path + "$"]
        )
        if gone(row[1])
    ]
    for article_id in stale:
        speakers = store.delete_article(conn, article_id, fts=current.fts if current else None)
        if current is not None:
            current.touched_speakers.update(speakers)
