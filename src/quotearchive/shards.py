"""Shards: building one archive on many machines (docs/scaling.md §2).

A cluster job (Dask, Spark, or a shell loop over ``xargs``) maps
``write_shard`` over partitions of the input paths: each partition parses its
files with the pure ``ingest.parse_file`` and writes an ordinary quotearchive
database with the normal batched writer.  ``merge_shards`` then copies the
shards into one database on one machine.  Ids are hashes of content, so the
same article parsed in two places has the same id, and shards merge without
a central id allocator: an article already present (same id, or the same
text under another source, as ``store.save_article`` decides) is skipped
with its quotes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from . import ingest, read, store
from .schema import TABLES_BY_NAME


def write_shard(shard_path: str | Path, paths: Iterable[str | Path], max_bytes: int = ingest.DEFAULT_MAX_BYTES) -> ingest.Summary:
    """Parse ``paths`` (files or folders) and write them to a new or existing shard database.

    Paths are named as ``ingest`` names them (relative to the working folder
    when inside it), so a shard's article sources, and so its ids, are those a
    single-machine ingest would give: run the job from the same folder.
    """
    db = store.open_db(shard_path)
    store.ensure_db_shape(db)
    try:
        results = (ingest.parse_file(str(p), max_bytes) for p in read.iter_input_files(paths))
        # Every reason is kept: the coordinating process reports them (a shard is bounded).
        return ingest.write_results(db, results, ingest.Summary(errors_kept=None))
    finally:
        db.close()


def _columns(table: str, prefix: str = "") -> str:
    return ", ".join(f'{prefix}"{c}"' for c in TABLES_BY_NAME[table].column_names)


def merge_shards(target: str | Path, shards: Iterable[str | Path]) -> dict[str, int]:
    """Copy every shard into ``target`` (created if needed); returns rows added per table
    (and ``skipped_articles``: already in the target, or their text is).

    One transaction per shard, FTS indexed for the new rows only (no rebuild
    of what is already there), speaker and topic counts refreshed.
    """
    db = store.open_db(target)
    store.ensure_db_shape(db)
    conn = db.conn
    added = {"articles": 0, "quotes": 0, "speakers": 0, "skipped_articles": 0}
    try:
        for shard in shards:
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
    for name in ("new_articles", "new_quotes", "new_speakers"):
        conn.execute(f"drop table if exists temp.{name}")
    # New articles: id not taken, and text not already stored under another source.
    conn.execute(
        "create temp table new_articles as select s.id from shard.articles s "
        "where not exists (select 1 from main.articles m where m.id = s.id or m.source = s.source) "
        "and s.content_hash not in (select content_hash from main.articles)"
    )
    added["skipped_articles"] += conn.execute(
        "select (select count(*) from shard.articles) - (select count(*) from temp.new_articles)"
    ).fetchone()[0]
    conn.execute(
        "create temp table new_quotes as select s.id from shard.quotes s "
        "where s.article_id in (select id from temp.new_articles) "
        "and not exists (select 1 from main.quotes m where m.id = s.id)"
    )
    conn.execute(
        "create temp table new_speakers as select s.id from shard.speakers s "
        "where not exists (select 1 from main.speakers m where m.id = s.id)"
    )
    for table, ids in (("articles", "new_articles"), ("speakers", "new_speakers"), ("quotes", "new_quotes")):
        cur = conn.execute(
            f"insert into main.{table} ({_columns(table)}) select {_columns(table)} from shard.{table} "
            f"where id in (select id from temp.{ids})"
        )
        added[table] += cur.rowcount
        cols = ", ".join(f'"{c}"' for c in store.FTS_COLUMNS[table])
        conn.execute(
            f'insert into main."{table}_fts" (rowid, {cols}) select rowid, {cols} from main.{table} '
            f"where id in (select id from temp.{ids})"
        )
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


def _write_partition(args: tuple[str, list[str], int]) -> tuple[str, list[tuple[str, str]]]:
    shard, paths, max_bytes = args
    summary = write_shard(shard, paths, max_bytes)
    return shard, summary.errors


def ingest_with_dask(
    db_path: str | Path,
    paths: Iterable[str | Path],
    scheduler: str = "local",
    *,
    workers: int | None = None,
    partition_files: int = 2_000,
    force: bool = False,
    max_bytes: int = ingest.DEFAULT_MAX_BYTES,
    on_error=None,
    batch_size: int | None = None,  # accepted as ingest's is; a shard is merged in one transaction
) -> ingest.Summary:
    """``ingest`` with the parsing on a Dask cluster: changed files, in shards, merged here.

    ``scheduler`` is "local" (a cluster of ``workers`` processes on this
    machine) or the address of a running scheduler whose workers can import
    quotearchive and read the input paths and the shard folder (a shared
    file system).  Unchanged files are skipped here, as ``ingest`` does, so
    only new and changed files travel.
    """
    import os
    import shutil
    import sys
    import tempfile
    import time

    from dask.distributed import Client, LocalCluster

    started = time.perf_counter()
    summary = ingest.Summary()
    db = store.open_db(db_path)
    store.ensure_db_shape(db)
    # Whole files: a shard job parses each file it is given in one piece.
    tasks = [t.path for t in ingest._tasks(db.conn, read.iter_input_files(paths), force, summary, part_bytes=sys.maxsize)]
    db.close()
    shard_dir = Path(tempfile.mkdtemp(prefix="shards-", dir=Path(db_path).resolve().parent))
    jobs = [
        (str(shard_dir / f"part-{i:05}.db"), tasks[start : start + partition_files], max_bytes)
        for i, start in enumerate(range(0, len(tasks), partition_files))
    ]
    cluster = None
    try:
        if scheduler == "local":
            cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True)
            client = Client(cluster)
        else:
            client = Client(scheduler)
        with client:
            results = client.gather(client.map(_write_partition, jobs)) if jobs else []
        for _, errors in results:
            for source, reason in errors:
                summary.reject(source, reason)
                if on_error:
                    on_error(source, reason)
        # Partition order, not completion order: the same input gives the same database.
        added = merge_shards(db_path, [shard for shard, _ in results])
        summary.added = added["articles"]
        summary.duplicates = added["skipped_articles"]  # already stored, or the same text as one that is
    finally:
        if cluster is not None:
            cluster.close()
        shutil.rmtree(shard_dir, ignore_errors=True)
    conn = store.open_db(db_path)
    summary.quotes = conn.execute("select count(*) from quotes").fetchone()[0]
    summary.speakers = conn.execute("select count(*) from speakers").fetchone()[0]
    conn.close()
    summary.seconds = time.perf_counter() - started
    return summary
