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

from ..archive import store
from ..readers import jsonl
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
    # A new archive is loaded first and its facet indexes built after.
    with store.site_indexes_built_after(db):
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
                    current.fts.flush(at_least=IDLE_FTS_ROWS)
                    continue
                on_progress(result.input_bytes)
                failures = [(result.path, result.error)] if result.error is not None else result.record_errors
                for source, reason in failures:
                    summary.reject(source, reason, on_error)
                if result.error is None and (result.part is None or result.part[0] == 0):
                    _adopt_legacy_sources(conn, result)
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
    for article in result.articles:
        status = store.save_article(conn, article, batch=current)
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
    """The same bytes stored with the same supplied values (``--outlet``, a manifest
    row): given, corrected or dropped, they send the articles to ``save_article``,
    whose content hash includes them."""
    row = conn.execute("select sha256, supplied from files where path = ?", [result.key]).fetchone()
    return bool(row) and row[0] == result.sha256 and (row[1] or "") == result.supplied


def _record_file(conn, result: FileResult, articles: int | None = None) -> None:
    if articles is None:
        articles = result.unchanged_articles if result.unchanged_articles is not None else len(result.articles)
    conn.execute(
        "insert into files (path, size, mtime_ns, sha256, articles, supplied) values (?, ?, ?, ?, ?, ?) "
        "on conflict(path) do update set size = excluded.size, mtime_ns = excluded.mtime_ns, "
        "sha256 = excluded.sha256, articles = excluded.articles, supplied = excluded.supplied",
        [result.key, result.size, result.mtime_ns, result.sha256, articles, result.supplied or None],
    )


def _drop_vanished_records(conn, result: FileResult, current: store.Batch, seen_lines: bytearray | None = None) -> None:
    """A multi-article file that lost records: delete the articles no longer in it.

    The articles now in it are ``result.articles``, or for a file read in
    parts, those of the lines marked in ``seen_lines``.
    """
    base = result.name or result.path
    prefix = base + "#"
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
            "select id, source from articles where source >= ? and source < ?", [prefix, base + "$"]
        )
        if gone(row[1])
    ]
    for article_id in stale:
        current.touched_speakers.update(store.delete_article(conn, article_id, fts=current.fts))


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
