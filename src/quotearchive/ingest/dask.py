"""Shards: building one archive on many machines (docs/scaling.md §2).

A cluster job (Dask, Spark, or a shell loop over ``xargs``) maps
``write_shard`` over partitions of the input paths: each partition parses its
files with the pure ``parse_files`` and writes an ordinary quotearchive
database with the normal batched writer.  ``merge_shards`` then copies the
shards into one database on one machine.  Ids are hashes of content, so the
same article parsed in two places has the same id, and shards merge without
a central id allocator: an article already present (same id, or the same
text under another source, as ``store.save_article`` decides) is skipped
with its quotes.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import readers as read
from . import forksafe  # noqa: F401  (first: sqlite-utils loaded without OpenBLAS threads)
from ..archive import store
from ..archive.schema import TABLES_BY_NAME
from ..readers.files import DEFAULT_MAX_BYTES
from .parsing import parse_files
from .results import Summary, upgrade_rules
from .tasks import Task, changed_tasks
from .workers import chunks
from .writer import write_results


class DaskNotInstalled(ImportError):
    """``ingest(..., dask=...)`` without Dask: pip install 'dask[distributed]'."""


def write_shard(shard_path: str | Path, paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Summary:
    """Parse ``paths`` (files or folders) and write them to a new or existing shard database.

    Files are named as ``ingest`` names them (from the folder given, its
    name first), so a shard's article sources, and so its ids, are those a
    single-machine ingest of the same paths would give.
    """
    db = store.open_db(shard_path)
    store.ensure_db_shape(db, upgrade_rules())
    try:
        # A worker's chunk at a time: its articles' speaker parses in one batch (``parse_files``).
        tasks = (Task(str(f.path), f.name, name=f.name) for f in _named(paths))
        results = (result for chunk in chunks(tasks) for result in parse_files(chunk, max_bytes))
        # Every reason is kept: the coordinating process reports them (a shard is bounded).
        return write_results(db, results, Summary(errors_kept=None))
    finally:
        db.close()


def _named(paths: Iterable) -> Iterator[read.InputFile]:
    """Files under ``paths`` with their stored names; a ``(path, name)`` pair is a
    file a coordinator named already (``ingest_with_dask``'s partitions)."""
    plain = []
    for path in paths:
        if isinstance(path, (tuple, list)):
            yield read.InputFile(Path(path[0]), path[1], path[1])
        else:
            plain.append(path)
    yield from read.iter_named_files(plain)  # together: two folders of the same name stay apart


def _columns(table: str, prefix: str = "") -> str:
    return ", ".join(f'{prefix}"{c}"' for c in TABLES_BY_NAME[table].column_names)


def merge_shards(target: str | Path, shards: Iterable[str | Path]) -> dict[str, int]:
    """Copy every shard into ``target`` (created if needed); returns rows added per table
    (and ``skipped_articles``: already in the target, or their text is; ``updated``: articles
    stored before whose text the shard changes, counted among the articles added too).

    One transaction per shard, FTS indexed for the new rows only (no rebuild
    of what is already there), speaker and topic counts refreshed.
    """
    db = store.open_db(target)
    store.ensure_db_shape(db, upgrade_rules())
    conn = db.conn
    added = {"articles": 0, "quotes": 0, "speakers": 0, "skipped_articles": 0, "updated": 0}
    try:
        for shard in shards:
            # A shard written by an older version gains the columns added since (``reprint_key``...).
            shard_db = store.open_db(shard)
            try:
                store.ensure_db_shape(shard_db, upgrade_rules())
            finally:
                shard_db.close()
            conn.execute("attach database ? as shard", [str(shard)])
            try:
                with store.batch(conn) as current:
                    _merge_one(conn, current, added)
            finally:
                conn.execute("detach database shard")
        with conn:
            store.refresh_topic_counts(conn)
    finally:
        db.close()
    return added


def _merge_one(conn, current: store.Batch, added: dict[str, int]) -> None:
    for name in ("new_articles", "new_quotes", "speaker_map", "edited_articles"):
        conn.execute(f"drop table if exists temp.{name}")
    _free_taken_ids(conn)
    # Articles edited since they were stored (the same source, another text): the stored one
    # goes and the shard's comes in below with the new ones, as ``store.save_article`` updates
    # an article in place (its id kept when its date is, else the old id leads to the new).
    edited = conn.execute(
        "select m.id, s.id, m.source, m.title is not s.title or m.body != s.body or m.reprint_key is not s.reprint_key "
        "from shard.articles s "
        "join main.articles m on m.source = s.source where m.content_hash != s.content_hash"
    ).fetchall()
    for old_id, new_id, source, text_changed in edited:
        if text_changed:
            store.take_copies_of(conn, source)  # their text is stored nowhere now: the next ingest reads them
        current.touched_speakers.update(store.delete_article(conn, old_id, fts=current.fts))
        if old_id != new_id:
            store.record_moved(conn, "articles", {old_id: new_id})
    added["updated"] += len(edited)
    # A stored article the shard read again as a copy of another of its own (its file now holds
    # that story: the shard had stored the other file's version first) keeps no stale text: it
    # goes, and the shard's copy row points its file at the text's home.  Unchanged, or the same
    # outlet's story, it stays stored (and the shard's row is not taken: below).
    stale = conn.execute(
        "select m.id, m.source from shard.copies c join main.articles m on m.source = c.source "
        "join shard.articles o on o.source = c.original "
        "where c.source not in (select source from shard.articles) "
        "and m.content_hash != o.content_hash and (m.reprint_key is null or m.reprint_key is not o.reprint_key)"
    ).fetchall()
    for old_id, source in stale:
        store.take_copies_of(conn, source)
        current.touched_speakers.update(store.delete_article(conn, old_id, fts=current.fts))
    added["updated"] += len(stale)
    stale_sources = {source: old_id for old_id, source in stale}
    conn.execute("create temp table edited_articles (id integer primary key)")
    conn.executemany("insert or ignore into temp.edited_articles values (?)", [(new_id,) for _, new_id, _, _ in edited])
    # New articles: the edited ones (stored in their own right, as an update is, whatever text
    # they share), and those whose id is not taken and whose text is not already stored under
    # another source (the same title and body, or the same outlet's long body: ``reprint_key``).
    conn.execute(
        "create temp table new_articles as select s.id from shard.articles s "
        "where s.id in (select id from temp.edited_articles) "
        "or (not exists (select 1 from main.articles m where m.id = s.id or m.source = s.source) "
        "and s.content_hash not in (select content_hash from main.articles) "
        "and (s.reprint_key is null or not exists (select 1 from main.articles m where m.reprint_key = s.reprint_key)))"
    )
    # Skipped: the shard's articles not stored (the edited ones are among the new: stored).
    added["skipped_articles"] += conn.execute(
        "select (select count(*) from shard.articles) - (select count(*) from temp.new_articles)"
    ).fetchone()[0]
    # Copies: the shard's own, and its articles whose text is stored under another source here
    # (``store.take_copies_of``: an edit of the original must not lose them).
    conn.execute("insert or replace into main.copies (source, original, file) select source, original, file from shard.copies "
                 "where source not in (select source from main.articles)")  # a stored article is no copy
    conn.execute(
        "insert or replace into main.copies (source, original, file) "
        "select s.source, m.source, substr(s.source, 1, instr(s.source || '#', '#') - 1) from shard.articles s "
        "join main.articles m on (m.content_hash = s.content_hash or m.reprint_key = s.reprint_key) and m.source != s.source "
        "where s.id not in (select id from temp.new_articles)"
    )
    # A copy of a copy points at the stored article its original is a copy of (the shard stored a
    # and filed z as its copy, but a's text was stored here already, as b): z is b's copy, as one
    # ingest files it, so an edit of b reads z's file again.  A source the shard stores in its own
    # right is no copy any more.
    for _ in range(8):  # a chain is one link long after each shard; a few passes settle any
        if not conn.execute(
                "update main.copies set original = (select c.original from main.copies c where c.source = copies.original) "
                "where original in (select source from main.copies) and original != source").rowcount:
            break
    conn.execute("delete from main.copies where source in (select source from shard.articles where id in (select id from temp.new_articles))")
    conn.execute("delete from main.copies where source = original")
    conn.execute(
        "create temp table new_quotes as select s.id from shard.quotes s "
        "where s.article_id in (select id from temp.new_articles) "
        "and not exists (select 1 from main.quotes m where m.id = s.id)"
    )
    cur = conn.execute(
        f"insert into main.articles ({_columns('articles')}) select {_columns('articles')} from shard.articles "
        "where id in (select id from temp.new_articles)"
    )
    added["articles"] += cur.rowcount
    _index_new(conn, "articles", "new_articles")
    if stale_sources:
        # Their permalinks lead to the article that holds their text now (its copy row's original).
        moved = dict(conn.execute(
            "select c.source, m.id from main.copies c join main.articles m on m.source = c.original "
            f"where c.source in (select value from json_each(?))", [json.dumps(list(stale_sources))]).fetchall())
        store.record_moved(conn, "articles", {stale_sources[source]: new_id for source, new_id in moved.items()
                                              if new_id != stale_sources[source]})
    conn.execute("create temp table speaker_map (old_id integer primary key, new_id integer)")
    conn.executemany("insert into temp.speaker_map values (?, ?)", _merge_speakers(conn, current, added).items())
    quote_columns = _columns("quotes", "s.").replace(
        's."speaker_id"', 'coalesce((select new_id from temp.speaker_map where old_id = s.speaker_id), s.speaker_id)'
    )
    cur = conn.execute(
        f"insert into main.quotes ({_columns('quotes')}) select {quote_columns} from shard.quotes s "
        "where s.id in (select id from temp.new_quotes)"
    )
    added["quotes"] += cur.rowcount
    _index_new(conn, "quotes", "new_quotes")
    conn.execute(
        f"insert or ignore into main.article_topics ({_columns('article_topics')}) select {_columns('article_topics')} "
        "from shard.article_topics where article_id in (select id from temp.new_articles)"
    )
    conn.execute(
        f"insert or ignore into main.quote_topics ({_columns('quote_topics')}) select {_columns('quote_topics')} "
        "from shard.quote_topics where quote_id in (select id from temp.new_quotes)"
    )
    conn.execute(f"insert or replace into main.files ({_columns('files')}) select {_columns('files')} from shard.files")
    current.touched_speakers.update(
        r[0] for r in conn.execute("select distinct speaker_id from main.quotes where id in (select id from temp.new_quotes) and speaker_id is not null")
    )


def _free_taken_ids(conn) -> None:
    """Give each shard article whose id another source's stored article holds (ids are a date and
    a hash: undated articles share the date, so a big undated corpus meets collisions) the next
    free id, in the shard, its quotes and topics following, as ``store.save_article`` does."""
    taken = [r[0] for r in conn.execute(
        "select s.id from shard.articles s join main.articles m on m.id = s.id and m.source != s.source")]
    if not taken:
        return
    in_shard = {r[0] for r in conn.execute("select id from shard.articles")}
    conn.execute("pragma defer_foreign_keys = on")  # the article and its rows move together; checked at commit
    for old_id in taken:
        new_id = store.free_id(conn, "main.articles", old_id + 1, in_shard)
        in_shard.add(new_id)
        for table, column in (("articles", "id"), ("quotes", "article_id"), ("article_topics", "article_id")):
            conn.execute(f"update shard.{table} set {column} = ? where {column} = ?", [new_id, old_id])


def _index_new(conn, table: str, ids: str) -> None:
    for index, columns in store.fts_indexes(table):  # the stemmed index and, for quotes, the exact one
        cols = ", ".join(f'"{c}"' for c in columns)
        conn.execute(
            f'insert into main."{index}" (rowid, {cols}) select rowid, {cols} from main.{table} '
            f"where id in (select id from temp.{ids})"
        )


def _merge_speakers(conn, current: store.Batch, added: dict[str, int]) -> dict[int, int]:
    """Bring in the speakers of the shard's new quotes by the rules one ingest follows
    (``store.upsert_speaker``); returns shard id -> stored id where they differ.

    A shard knows only its own articles: its "Putin" (surname only) joins the
    one stored person of that surname, its "Vladimir Putin" takes over a stored
    surname-only row, and a person already stored gains the shard's roles and
    fuller name, as if the articles had been ingested here one by one.
    """
    rows = conn.execute(
        "select id, name, type, roles from shard.speakers where id in "
        "(select speaker_id from shard.quotes where id in (select id from temp.new_quotes))"
    ).fetchall()
    rows.sort(key=lambda r: -len(store.speaker_key(r[1]).split()))  # full names first, as in one article
    before = conn.execute("select count(*) from main.speakers").fetchone()[0]
    mapped: dict[int, int] = {}
    for sid, name, kind, roles_json in rows:
        target, merged_away = store.upsert_speaker(conn, name, kind, json.loads(roles_json or "[]"), current.fts)
        if target != sid:
            mapped[sid] = target
        current.touched_speakers.add(target)
        current.touched_speakers.update(merged_away)
    added["speakers"] += conn.execute("select count(*) from main.speakers").fetchone()[0] - before
    return mapped


def _write_partition(args: tuple[str, list[str], int]) -> tuple[str, list[tuple[str, str]]]:
    shard, paths, max_bytes = args
    summary = write_shard(shard, paths, max_bytes)
    return shard, summary.errors


def require_dask() -> None:
    """DaskNotInstalled, saying how to install it, when ``dask.distributed`` cannot be imported."""
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        raise DaskNotInstalled("Dask is not installed: pip install 'dask[distributed]'") from None


def ingest_with_dask(
    db_path: str | Path,
    paths: Iterable[str | Path],
    scheduler: str = "local",
    *,
    workers: int | None = None,
    partition_files: int = 2_000,
    force: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error=None,
    batch_size: int | None = None,  # accepted as ingest's is; a shard is merged in one transaction
) -> Summary:
    """``ingest`` with the parsing on a Dask cluster: changed files, in shards, merged here.

    ``scheduler`` is "local" (a cluster of ``workers`` processes on this
    machine) or the address of a running scheduler whose workers can import
    quotearchive and read the input paths and the shard folder (a shared
    file system).  Unchanged files are skipped here, as ``ingest`` does, so
    only new and changed files travel.
    """
    require_dask()
    from dask.distributed import Client, LocalCluster, as_completed

    started = time.perf_counter()
    summary = Summary()
    db = store.open_db(db_path)
    store.ensure_db_shape(db, upgrade_rules())
    shard_dir = Path(tempfile.mkdtemp(prefix="shards-", dir=Path(db_path).resolve().parent))

    def jobs():
        # Whole files: a shard job parses each file it is given in one piece.
        named = read.iter_named_files(paths)
        changed = ((t.path, t.name) for t in changed_tasks(db.conn, named, force, summary, part_bytes=sys.maxsize))
        for i in itertools.count():
            files = list(itertools.islice(changed, partition_files))
            if not files:
                return
            yield i, (str(shard_dir / f"part-{i:05}.db"), files, max_bytes)

    def shards_in_order(client, in_flight: int):
        """Shards as the cluster writes them, handed on in partition order (the
        same input gives the same database), each deleted once merged.  At most
        ``in_flight`` partitions are out at a time: the file list, the shards on
        disk and the coordinator's memory stay bounded however big the corpus."""
        waiting = jobs()
        index_of: dict = {}
        finished: dict[int, tuple[str, list]] = {}
        running = as_completed()

        def submit() -> None:
            while len(index_of) + len(finished) < in_flight and (job := next(waiting, None)) is not None:
                index, args = job
                future = client.submit(_write_partition, args, pure=False)
                index_of[future] = index
                running.add(future)

        submit()
        next_index = 0
        for future in running:
            finished[index_of.pop(future)] = future.result()
            while next_index in finished:
                shard, errors = finished.pop(next_index)
                next_index += 1
                for source, reason in errors:
                    summary.reject(source, reason, on_error)
                yield shard  # merged when the merge asks for the next one
                for suffix in ("", "-wal", "-shm"):
                    Path(shard + suffix).unlink(missing_ok=True)
            submit()

    cluster = None
    try:
        n = workers or os.cpu_count() or 1
        if scheduler == "local":
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True)
            client = Client(cluster)
        else:
            client = Client(scheduler)
        with client:
            in_flight = 2 * max(n, len(client.scheduler_info().get("workers", {})))
            added = merge_shards(db_path, shards_in_order(client, in_flight))
        summary.updated = added["updated"]
        summary.added = added["articles"] - summary.updated
        summary.duplicates = added["skipped_articles"]  # already stored, or the same text as one that is
    finally:
        db.close()
        if cluster is not None:
            cluster.close()
        shutil.rmtree(shard_dir, ignore_errors=True)
    conn = store.open_db(db_path)
    summary.count_database(conn)
    conn.close()
    summary.seconds = time.perf_counter() - started
    return summary
