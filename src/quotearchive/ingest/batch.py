"""``ingest``: every article under some paths into the database, with workers, progress and error reports.

Worker processes read and parse (the expensive, pure part: ``parsing``,
``workers``); this process is the single writer (``writer``).  Everything
streams, so memory stays flat however many files there are: the folder walk
is lazy, unchanged files are recognised by one primary-key lookup each
(``tasks``), at most a few chunks of files per worker are in flight, and the
writer's SQLite page cache is bounded (``WRITER_CACHE_KB``).

The library reports and never prints: progress goes to ``progress`` (a bar
the caller makes, such as ``click.progressbar``), each rejected file or
record to ``on_error``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, closing, nullcontext
from pathlib import Path
from typing import Protocol

from .. import readers as read
from . import forksafe  # noqa: F401  (first: sqlite-utils loaded without OpenBLAS threads)
from ..archive import store
from ..readers.files import DEFAULT_MAX_BYTES
from . import parsing, tasks, writer
from ..archive.lock import DEFAULT_LOCK_TIMEOUT, ingest_lock
from .results import Summary, upgrade_rules
from .supplied import Supplied, apply_supplied, included
from .workers import parse_all

WRITER_CACHE_KB = 32 * 1024  # SQLite page cache of the writer: bounded, well under the 300 MB goal


class ProgressBar(Protocol):
    def update(self, n_bytes: int) -> None:
        """``n_bytes`` more bytes of input are done (parsed and written, or skipped unchanged)."""


# Called once with the total bytes of input; the bar it returns is entered for the whole batch.
Progress = Callable[[int], AbstractContextManager[ProgressBar]]


class _NoBar:
    def update(self, n_bytes: int) -> None:
        pass


def ingest(
    db_path: str | Path,
    paths: Sequence[str | Path],
    *,
    progress: Progress | None = None,
    on_error: Callable[[str, str], None] | None = None,
    workers: int | None = None,
    force: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int | None = None,
    dask: str | None = None,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    on_wait: Callable[[str], None] | None = None,
    seconds_per_document: float | None = parsing.DEFAULT_SECONDS_PER_DOCUMENT,
    supplied: Supplied | None = None,
    on_skip: Callable[[str, str], None] | None = None,
    summary: Summary | None = None,
) -> Summary:
    """Ingest every article under ``paths`` into the database at ``db_path``.

    ``progress``, if given, is called with the total bytes of input and
    returns the bar to update (``click.progressbar`` fits); ``on_error``
    hears ``(source, reason)`` of every rejected file or record.  With
    ``dask`` (a scheduler address, or "local"), the files are parsed on a
    Dask cluster in shards merged into ``db_path`` (``ingest.dask``; no
    progress bar); it raises ``DaskNotInstalled`` when Dask is missing.
    While another ingest writes the same database this one waits (``on_wait``
    hears why) up to ``lock_timeout`` seconds, then raises ``IngestBusy``.
    A document that takes over ``seconds_per_document`` to read and parse
    rejects its file ("took longer than 30 s"; None: no limit).  On Dask
    (whose workers parse in threads) there is neither budget nor lock.

    ``supplied`` holds what the user knows (``--outlet``, ``--manifest``,
    ``--exclude``: ``ingest.supplied``); ``on_skip`` hears ``(path, reason)``
    of each file skipped as not an article.  ``summary``, if given, is filled
    as the run goes (a progress bar can show its counts) and returned.
    """
    parsing.SECONDS_PER_DOCUMENT = seconds_per_document  # before the workers fork: they inherit it
    if dask:
        if supplied:
            raise ValueError("--outlet, --manifest and --exclude are not supported with --dask yet")
        from .dask import ingest_with_dask, require_dask

        require_dask()  # (before the lock, which creates the file)
        # The same lock: a second ingest waits, and serve knows one is writing (``site.settle_wal``).
        with ingest_lock(db_path, lock_timeout, on_wait):
            return ingest_with_dask(
                db_path, paths, dask, workers=workers, force=force, max_bytes=max_bytes, on_error=on_error,
                batch_size=batch_size,
            )
    with ingest_lock(db_path, lock_timeout, on_wait):
        db = store.open_db(db_path)
        try:
            return _ingest_locked(
                db, paths, progress, on_error, workers, force, max_bytes, batch_size, supplied, on_skip, summary
            )
        finally:
            # Closed before the lock's descriptor is: closing another descriptor of
            # the file drops the POSIX locks SQLite holds on it (``lock``).
            db.close()


def _ingest_files(
    db, files, force: bool, max_bytes: int, workers: int | None, batch_size: int | None, supplied: Supplied,
    summary: Summary, on_error, on_skip, on_progress: Callable[[int], None],
) -> None:
    """Parse and write ``files`` (``InputFile``s), the unchanged ones skipped."""
    todo = tasks.changed_tasks(db.conn, files, force, summary, min(tasks.PART_BYTES, max_bytes), on_progress, supplied.fingerprint)
    # Closed however the writing ends, so the pool's workers stop and the writer's
    # frozen garbage collector thaws at once, not whenever the generator is collected.
    with closing(parse_all(todo, max_bytes, workers)) as parsed:
        results = apply_supplied(parsed, supplied, summary, on_skip, on_progress)
        writer.write_all(db, results, summary, on_error, on_progress, batch_size)


def _read_copies_again(
    db, paths: Sequence[str | Path], max_bytes: int, workers: int | None, batch_size: int | None, supplied: Supplied,
    summary: Summary, on_error, on_skip,
) -> None:
    """A second pass over the files that held copies of an article whose text changed in the
    run (``Summary.copies_to_read``): the original no longer holds their text, so they are
    stored under their own names now.  Its counts join the run's; the files it reads were
    skipped as unchanged in the first pass, or counted there as duplicates."""
    wanted = summary.copies_to_read
    with db.conn:
        # Forgotten again: a copy whose file the first pass found touched (the same bytes) was
        # recorded by it as read after the writer had forgotten it.
        store.forget_files(db.conn, wanted)
    again = Summary(errors_kept=summary.errors_kept)
    named = (f for f in read.iter_named_files(paths) if tasks.task_key(f) in wanted)
    _ingest_files(db, included(named, supplied.exclude, again), False, max_bytes, workers, batch_size, supplied,
                  again, on_error, on_skip, lambda size: None)
    read_again = again.files - again.skipped_files
    summary.skipped_files = max(0, summary.skipped_files - read_again)
    summary.added += again.added
    summary.updated += again.updated
    summary.rejected += again.rejected
    room = len(again.errors) if summary.errors_kept is None else max(0, summary.errors_kept - len(summary.errors))
    summary.errors.extend(again.errors[:room])
    summary.copies_to_read = set()


def _ingest_locked(
    db, paths: Sequence[str | Path], progress: Progress | None, on_error: Callable[[str, str], None] | None,
    workers: int | None, force: bool, max_bytes: int, batch_size: int | None, supplied: Supplied | None,
    on_skip: Callable[[str, str], None] | None, summary: Summary | None,
) -> Summary:
    started = time.perf_counter()
    summary = summary if summary is not None else Summary()
    supplied = supplied or Supplied()
    tasks.forget_resolved_folders()
    store.ensure_db_shape(db, upgrade_rules())
    # A batch touches the quotes table and its seven indexes at scattered
    # places; with SQLite's 2 MB default cache, pages would be evicted and
    # re-read within a transaction.
    db.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KB}")
    # The bar counts bytes, so one big dump moves it as steadily as many small
    # files; the total costs a second directory walk, so only when it is shown.
    with (progress(tasks.input_bytes(paths, supplied.exclude)) if progress else nullcontext(_NoBar())) as bar:
        files = included(read.iter_named_files(paths), supplied.exclude, summary)
        _ingest_files(db, files, force, max_bytes, workers, batch_size, supplied, summary, on_error, on_skip, bar.update)
    if summary.copies_to_read:
        _read_copies_again(db, paths, max_bytes, workers, batch_size, supplied, summary, on_error, on_skip)
    with db.conn:
        store.refresh_topic_counts(db.conn)
    db.execute("PRAGMA optimize")
    summary.count_database(db.conn)
    summary.seconds = time.perf_counter() - started
    return summary
