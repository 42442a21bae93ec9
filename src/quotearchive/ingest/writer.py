"""The single writer: parsed files into the database, in batched transactions.

Each transaction holds whole articles with their quotes, speakers and topics
and the ``files`` rows that say they are done, so killing ingest at any
moment leaves a consistent database and the next run carries on where it
stopped.  Each transaction indexes its rows for full-text search in one
statement per FTS table (``store.batch``) instead of through per-row triggers.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import forksafe  # noqa: F401  (first: sqlite-utils loaded without OpenBLAS threads)
from ..archive import store
from .. import readers as read
from ..text.decode import less_certain
from .results import IDLE, FileResult, Summary
from .tasks import file_key

BATCH_ARTICLES = 2000  # articles per transaction: each commit writes new FTS segments, merged later; fewer is cheaper
BATCH_SECONDS = 2.0  # ...or commit after this long, so a slow stream still shows up in the site
# While it waits for the parsers, the writer indexes the batch's rows for search
# once this many are waiting, rather than all at the batch's end, when the
# parsers may be done and one core idles.
IDLE_FTS_ROWS = 5000


def _ignore(n: int) -> None:
    pass


def write_results(db, results: Iterable[FileResult], summary: Summary | None = None, on_error=None) -> Summary:
    """Write parsed files (from ``parse_file``, in any process) in batched transactions.

    The writer half of ``ingest``, for callers that parse elsewhere: a
    cluster job writing a shard (``ingest.dask.write_shard``), or a test.
    """
    summary = summary or Summary()
    write_all(db, iter(results), summary, on_error, _ignore)
    return summary


def write_all(
    db, results: Iterator[FileResult | None], summary: Summary, on_error, on_progress: Callable[[int], None],
    batch_size: int | None = None,
) -> None:
    """Write every result; ``on_progress`` hears each one's bytes of input."""
    # A new archive is loaded first, its facet indexes and FTS sync triggers made after.
    with store.new_archive_load(db):
        _write_batches(db.conn, iter(results), summary, on_error, on_progress, batch_size or BATCH_ARTICLES)


def _write_batches(
    conn, results: Iterator[FileResult | None], summary: Summary, on_error, on_progress: Callable[[int], None],
    batch_size: int,
) -> None:
    parted: _PartedFile | None = None  # the file whose parts are being written
    while True:
        pending = 0
        last_commit = time.monotonic()
        with store.batch(conn) as current:
            for result in results:
                if result is IDLE:
                    if pending and time.monotonic() - last_commit > BATCH_SECONDS:
                        break  # waiting on a slow file: commit what is done meanwhile
                    current.fts.flush(at_least=IDLE_FTS_ROWS)
                    continue
                on_progress(result.input_bytes)
                if result.error is None and (result.part is None or result.part[0] == 0):
                    _adopt_legacy_sources(conn, result)
                if result.part is not None:
                    parted = _write_part(conn, result, parted, current, summary, on_error)
                else:
                    _write_file(conn, result, current, summary, on_error)
                pending += max(1, len(result.articles))
                if pending >= batch_size or time.monotonic() - last_commit > BATCH_SECONDS:
                    break
            else:
                return  # the last batch commits on leaving the with block


def _write_file(conn, result: FileResult, current: store.Batch, summary: Summary, on_error) -> None:
    """One file read whole: its articles, its bad records reported, the file recorded."""
    failures = [(result.path, result.error)] if result.error is not None else result.record_errors
    for source, reason in failures:
        summary.reject(source, reason, on_error)
    if result.error is not None:
        return
    stored = conn.execute("select sha256, decoding, supplied, articles from files where path = ?", [result.key]).fetchone()
    if result.unchanged_articles is not None:
        kept = result.unchanged_articles
        summary.unchanged += kept
    elif stored and stored[0] == result.sha256 and (stored[2] or "") == result.supplied:
        # The same bytes with the same supplied values (--outlet, a manifest row);
        # given, corrected or dropped, they send the articles to save_article,
        # whose content hash includes them.
        kept = len(result.articles) if stored[3] is None else min(stored[3], len(result.articles))
        summary.unchanged += kept
    elif stored and less_certain(result.decoding, stored[1]):
        # Not recorded either: the next run reads it again and says so again.
        summary.reject(result.path, f"its text is no longer UTF-8 ({result.decoding}): the stored {stored[1]} version is kept", on_error)
        return
    else:
        kept = len(result.articles) - _save_articles(conn, result, current, summary)
        sources = {a.source for a in result.articles}
        _report_vanished_records(conn, result.name or result.path, sources.__contains__, summary, on_error)
    _record_file(conn, result, kept)


def _save_articles(conn, result: FileResult, current: store.Batch, summary: Summary) -> int:
    """Save each article of ``result``, counted in ``summary``; how many were duplicates.

    An article the parser did not extract (``FileResult.unextracted``: the text of one it
    had extracted) is extracted here in the rare case that it proves not to be stored
    already: a duplicate of an article that was not stored, an older copy edited.
    """
    duplicates = 0
    unextracted = set(result.unextracted)
    for k, article in enumerate(result.articles):
        if k in unextracted and store.writes_content(conn, article):
            from ..extract.pipeline import extract  # the writer extracts nothing else

            article = result.articles[k] = extract(article)
        status = store.save_article(conn, article, batch=current)
        setattr(summary, status, getattr(summary, status) + 1)
        if status == store.DUPLICATE:
            duplicates += 1
            conn.execute("update copies set file = ? where source = ?", [result.key, article.source])
    summary.copies_to_read.update(current.copies_to_read)
    return duplicates


@dataclass
class _PartedFile:
    """What the writer gathers of a file read in parts, until its last part."""

    path: str
    articles: int = 0
    duplicates: int = 0  # of those, the same text as an article stored from elsewhere
    record_errors: int = 0
    first_bad_line: int | None = None
    failed: bool = False  # a part was lost: the file is not recorded, so the next run reads it again
    # A file's bad lines are held back until it gives an article: a file with
    # no usable line is one rejected file, as when it is read whole.  Held at
    # most ERRORS_HELD: a huge file of garbage is reported as it goes.
    held: list[tuple[str, str]] | None = field(default_factory=list)


ERRORS_HELD = 1000
# The records of a file read in parts that were seen in this run, so that the
# stored ones no longer in it can be found after its last part.  A temporary
# table: a dump of millions of records must not hold their names in memory.
SEEN_TABLE = "temp.ingest_seen_sources"


def _write_part(conn, result: FileResult, parted: _PartedFile | None, current: store.Batch, summary: Summary, on_error) -> _PartedFile | None:
    """Write one part; after the last, do what a whole file's result does.

    Parts arrive in order, each in whatever transaction is open: a run killed
    between two parts keeps the articles written, and leaves the file
    unrecorded, so the next run reads it again and finds them unchanged.
    """
    k, n = result.part
    if k == 0 or parted is None or parted.path != result.path:
        parted = _PartedFile(result.path)
        conn.execute(f"create table if not exists {SEEN_TABLE} (source text primary key) without rowid")
        conn.execute(f"delete from {SEEN_TABLE}")
    if result.error is not None:
        parted.failed = True
        summary.reject(result.path, result.error, on_error)
    else:
        parted.duplicates += _save_articles(conn, result, current, summary)
        conn.executemany(f"insert or ignore into {SEEN_TABLE} values (?)", [(a.source,) for a in result.articles])
        parted.articles += len(result.articles)
        parted.record_errors += len(result.record_errors)
        parted.first_bad_line = parted.first_bad_line or result.first_bad_line
        _report_held(parted, result.record_errors, summary, on_error)
    if k < n - 1:
        return parted
    if parted.failed:
        return None
    earlier = result.earlier_articles  # None: the parts were the whole file
    if not parted.articles and not earlier:
        if parted.held is not None:  # as a file read whole with no usable line is rejected
            reason = parted.held[0][1] if parted.held else None
            summary.reject(result.path, read.part_reading(Path(result.path)).nothing_usable(parted.first_bad_line, reason), on_error)
        return None
    if earlier is None:
        def seen(source: str) -> bool:
            return conn.execute(f"select 1 from {SEEN_TABLE} where source = ?", [source]).fetchone() is not None

        _report_vanished_records(conn, result.name or result.path, seen, summary, on_error)
    else:
        summary.unchanged += earlier  # the file's beginning, not read again
    _record_file(conn, result, parted.articles - parted.duplicates + (earlier or 0))
    return None


def _report_held(parted: _PartedFile, errors: list[tuple[str, str]], summary: Summary, on_error) -> None:
    """Report a part's bad records, or hold them until the file proves to have a usable one."""
    if parted.held is not None and not parted.articles and len(parted.held) + len(errors) <= ERRORS_HELD:
        parted.held.extend(errors)
        return
    for source, reason in (parted.held or []) + errors:
        summary.reject(source, reason, on_error)
    parted.held = None


def _record_file(conn, result: FileResult, articles: int) -> None:
    """The file as read now, with ``articles``: how many articles stored from it."""
    conn.execute(
        "insert into files (path, size, mtime_ns, sha256, articles, decoding, supplied) values (?, ?, ?, ?, ?, ?, ?) "
        "on conflict(path) do update set size = excluded.size, mtime_ns = excluded.mtime_ns, "
        "sha256 = excluded.sha256, articles = excluded.articles, "
        "decoding = coalesce(excluded.decoding, files.decoding), supplied = excluded.supplied",
        [result.key, result.size, result.mtime_ns, result.sha256, articles, result.decoding, result.supplied or None],
    )


def _report_vanished_records(conn, path: str, present: Callable[[str], bool], summary: Summary, on_error) -> None:
    """Stored records of a multi-record file that are no longer in it: reported, and kept.

    A record whose line became malformed or was cut off (a truncated dump)
    must not take its stored article with it, and one deleted on purpose is
    said so; deleting the article is the owner's decision, not ingest's.
    """
    prefix = path + "#"
    for (source,) in conn.execute(
        "select source from articles where source >= ? and source < ? order by source", [prefix, path + "$"]
    ).fetchall():
        if not present(source):
            summary.reject(source, "no longer in the file, or unreadable now: the stored article is kept", on_error)


def _adopt_legacy_sources(conn, result: FileResult) -> None:
    """Articles an older version stored under the file's local path (absolute,
    or relative to where ingest ran) take the file's stored name, keeping their
    ids and so their permalinks, and the file's row its name: an existing
    archive loses its local paths as the next ingest reads each file once."""
    if not result.name:
        return
    legacy_key = file_key(result.path)
    if legacy_key != result.key:
        conn.execute("delete from files where path = ?", [legacy_key])  # recorded again under its name
    for old in {result.path, legacy_key, os.path.abspath(result.path)} - {result.name}:
        rows = conn.execute(
            "select id, source from articles where source = ? or (source >= ? and source < ?)", [old, old + "#", old + "$"]
        ).fetchall()
        for article_id, source in rows:
            renamed = result.name + source[len(old):]
            if conn.execute("select 1 from articles where source = ?", [renamed]).fetchone() is None:
                conn.execute("update articles set source = ? where id = ?", [renamed, article_id])
                conn.execute("update copies set original = ? where original = ?", [renamed, source])
