"""The batch: files in, database rows out, with workers, progress and error reports.

Worker processes read and parse (the expensive, pure part); this process is
the single writer.  Articles are committed in batches, each batch one
transaction holding whole articles with their quotes, speakers, topics and
the ``files`` rows that say they are done, so killing ingest at any moment
leaves a consistent database and the next run carries on where it stopped.
Unchanged files are skipped by size and mtime without being read.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
from stat import S_ISREG
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import click

from . import read, store
from .model import Article
from .pipeline import parse_document
from .read import RejectedInput

LOGGER = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # the largest single news file we have seen is a few MB
BATCH_ARTICLES = 500  # articles per transaction: big enough to be fast, small enough to lose little
BATCH_SECONDS = 2.0  # ...or commit after this long, so a slow stream still shows up in the site
IN_PROCESS_BELOW = 64  # fewer files than this: parsing in-process beats starting workers


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
    errors: list[tuple[str, str]] = field(default_factory=list)

    def describe(self) -> str:
        return (
            f"{self.files} files: {self.added} articles added, {self.updated} updated, "
            f"{self.unchanged + self.skipped_files} unchanged, {self.duplicates} duplicates, {self.rejected} rejected; "
            f"{self.quotes} quotes from {self.speakers} speakers in the database ({self.seconds:.1f}s)"
        )


@dataclass
class FileResult:
    path: str
    size: int = 0
    mtime_ns: int = 0
    sha256: str = ""
    articles: list[Article] = field(default_factory=list)
    error: str | None = None  # the whole file was rejected
    record_errors: list[tuple[str, str]] = field(default_factory=list)  # (source, reason) of skipped records


def parse_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> FileResult:
    """Read and parse one file; never raises (the reason goes into ``error``)."""
    result = FileResult(path=path)
    try:
        stat = os.stat(path)
        result.size, result.mtime_ns = stat.st_size, stat.st_mtime_ns
        if not S_ISREG(stat.st_mode):
            # A FIFO or device named *.txt would block the read forever.
            raise RejectedInput("not a regular file")
        if result.size > max_bytes:
            raise RejectedInput(f"file too large ({result.size:,} bytes; the limit is --max-bytes {max_bytes:,})")
        with open(path, "rb") as f:
            result.sha256 = hashlib.sha256(f.read()).hexdigest()
        for doc in read.read_documents(Path(path)):
            # One bad record in a multi-article file (.sgm, .jsonl) costs that record only.
            try:
                result.articles.append(parse_document(doc))
            except RejectedInput as error:
                result.record_errors.append((doc.source, str(error)))
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
        LOGGER.debug("unexpected error parsing %s", path, exc_info=True)  # -v shows it; users get one line
        result.error = f"unexpected error: {type(error).__name__}: {error}".splitlines()[0]
    return result


def _parse_file_star(args: tuple[str, int]) -> FileResult:
    return parse_file(*args)


def ingest(
    db_path: str | Path,
    paths: Sequence[str | Path],
    *,
    progress: bool = False,
    on_error: Callable[[str, str], None] | None = None,
    workers: int | None = None,
    force: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Summary:
    """Ingest every article under ``paths`` into the database at ``db_path``."""
    started = time.perf_counter()
    summary = Summary()
    db = store.open_db(db_path)
    store.ensure_db_shape(db)
    files = list(read.iter_input_files(paths))
    summary.files = len(files)
    todo = files if force else _changed_files(db, files, summary)
    results = _parse_all([str(p) for p in todo], max_bytes, workers)
    with open(os.devnull, "w") as devnull, click.progressbar(
        length=len(todo), label="Ingesting", file=sys.stderr if progress else devnull
    ) as bar:
        _write_all(db, results, summary, on_error, bar)
    with db.conn:
        store.refresh_topic_counts(db.conn)
    db.execute("PRAGMA optimize")
    summary.quotes = db.execute("select count(*) from quotes").fetchone()[0]
    summary.speakers = db.execute("select count(*) from speakers").fetchone()[0]
    summary.seconds = time.perf_counter() - started
    db.close()
    return summary


def _changed_files(db, files: list[Path], summary: Summary) -> list[Path]:
    """Files whose size or mtime differ from what the last run stored."""
    known = {path: (size, mtime) for path, size, mtime in db.execute("select path, size, mtime_ns from files")}
    todo = []
    for path in files:
        key = str(path.resolve()) if not path.is_symlink() else str(path.absolute())
        try:
            stat = path.stat()
        except OSError:
            todo.append(path)  # let the parser report it
            continue
        if known.get(key) == (stat.st_size, stat.st_mtime_ns):
            summary.skipped_files += 1
        else:
            todo.append(path)
    return todo


def _parse_all(paths: list[str], max_bytes: int, workers: int | None) -> Iterator[FileResult]:
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(paths) < IN_PROCESS_BELOW:
        return (parse_file(p, max_bytes) for p in paths)
    return _parse_in_pool(paths, max_bytes, workers)


def _parse_in_pool(paths: list[str], max_bytes: int, workers: int) -> Iterator[FileResult]:
    # fork: workers inherit the imported modules, so they start in milliseconds.
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        yield from pool.imap(_parse_file_star, ((p, max_bytes) for p in paths), chunksize=8)


def _write_all(db, results: Iterator[FileResult], summary: Summary, on_error, bar) -> None:
    conn = db.conn
    touched: set[int] = set()
    pending = 0
    last_commit = time.monotonic()
    conn.execute("begin")
    try:
        for result in results:
            bar.update(1)
            failures = [(result.path, result.error)] if result.error is not None else result.record_errors
            for source, reason in failures:
                summary.rejected += 1
                summary.errors.append((source, reason))
                if on_error:
                    on_error(source, reason)
            if result.error is not None:
                continue
            if _same_content(conn, result):
                summary.unchanged += len(result.articles)
            else:
                for article in result.articles:
                    status = store.save_article(db, article, touched)
                    setattr(summary, status, getattr(summary, status) + 1)
                _drop_vanished_records(conn, result)
            _record_file(conn, result)
            pending += len(result.articles)
            if pending >= BATCH_ARTICLES or time.monotonic() - last_commit > BATCH_SECONDS:
                store.refresh_counts(conn, touched)
                touched.clear()
                conn.execute("commit")
                conn.execute("begin")
                pending, last_commit = 0, time.monotonic()
        store.refresh_counts(conn, touched)
        conn.execute("commit")
    except BaseException:
        conn.execute("rollback")
        raise


def _file_key(path: str) -> str:
    p = Path(path)
    return str(p.absolute()) if p.is_symlink() else str(p.resolve())


def _same_content(conn, result: FileResult) -> bool:
    row = conn.execute("select sha256 from files where path = ?", [_file_key(result.path)]).fetchone()
    return bool(row) and row[0] == result.sha256


def _record_file(conn, result: FileResult) -> None:
    conn.execute(
        "insert into files (path, size, mtime_ns, sha256, articles) values (?, ?, ?, ?, ?) "
        "on conflict(path) do update set size = excluded.size, mtime_ns = excluded.mtime_ns, "
        "sha256 = excluded.sha256, articles = excluded.articles",
        [_file_key(result.path), result.size, result.mtime_ns, result.sha256, len(result.articles)],
    )


def _drop_vanished_records(conn, result: FileResult) -> None:
    """A multi-article file that lost records: delete the articles no longer in it."""
    sources = {a.source for a in result.articles}
    prefix = result.path + "#"
    stale = [
        row[0]
        for row in conn.execute(
            "select id, source from articles where source >= ? and source < ?", [prefix, result.path + "$"]
        )
        if row[1] not in sources
    ]
    for article_id in stale:
        store.delete_article(conn, article_id)
