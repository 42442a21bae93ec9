"""The database's shape: tables, indexes, full-text search and the topic rows,
built from ``schema`` (github-to-sqlite's ``ensure_db_shape``), and the
upgrade of a database made by an older version.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import sqlite_utils

from ..model import reprint_key_of, speaker_key, statement_key_of
from .fts import create_exact_fts, hold_triggers, make_triggers_pausable, restore_triggers
from .schema import COPIES, EXACT_FTS_COLUMNS, EXACT_FTS_TOKENIZE, FILES, FTS_TOKENIZE, TABLES, TABLES_BY_NAME, Column, Insert, Table
from .schema import RETIRED_INDEXES, exact_fts_name

# Re-reading the taxonomy renames and redescribes a topic, and keeps its counts.
UPSERT_TOPIC = Insert(
    TABLES_BY_NAME["topics"], suffix=(
        " on conflict(slug) do update set name = excluded.name, description = excluded.description,"
        " code = excluded.code, parent = excluded.parent"
    ),
)


def open_db(path: Any) -> sqlite_utils.Database:
    """Open (creating if needed) a database tuned for a single writer.

    WAL lets Datasette read while ingest writes; synchronous=NORMAL keeps
    every committed transaction safe from a process crash (kill -9) and only
    risks the last commits on power loss, which a re-run restores.
    """
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    return db


def leftover_wal(path: Any) -> Path | None:
    """The WAL beside the archive at ``path`` when it holds writes (``None`` otherwise).

    A clean end of the last connection folds the WAL into the file and deletes it;
    one that holds frames after every writer is gone was left by a process that
    was killed (its committed batches, or on a new archive even its schema, are
    there and nowhere else)."""
    wal = Path(f"{path}-wal")
    try:
        return wal if wal.stat().st_size > 0 else None
    except OSError:
        return None


def fold_wal(path: Any) -> bool:
    """Copy the committed writes in the archive's WAL into the file itself (a
    checkpoint), as the next writer would; readers that ignore the WAL (an
    immutable site) then see them.  False when a reader still holding an older
    snapshot kept some of them out."""
    conn = sqlite3.connect(path, timeout=5)
    try:
        busy, frames, copied = conn.execute("pragma wal_checkpoint(truncate)").fetchone()
    finally:
        conn.close()
    return frames >= 0 and copied == frames  # busy alone: every frame copied, the WAL kept for a reader


def ensure_db_shape(
    db: sqlite_utils.Database, backfills: Mapping[tuple[str, str], Callable[..., Any]] | None = None
) -> None:
    """Create whatever tables, indexes, FTS tables and topic rows are missing, and drop
    the indexes an earlier version declared and this one retired (``RETIRED_INDEXES``).

    A database made by an older version gains the columns added since, filled
    for the rows it holds (``IDENTITY_BACKFILLS``).  A column whose values only
    extraction can compute (a cue's stance) is filled by the function the
    caller passes for it in ``backfills``, keyed by (table, column):
    ``{("quotes", "cue_class"): cues.cue_class}``.
    """
    fills = {**IDENTITY_BACKFILLS, **(backfills or {})}
    existing = set(db.table_names())
    missing = {table.name: _missing_columns(db, table) for table in TABLES if table.name in existing}
    for name, columns in missing.items():
        for column in columns:
            if (name, column.name) in BACKFILL_SOURCES and (name, column.name) not in fills:
                # Adding the column without its values would leave them empty for good
                # (unchanged files are not read again): refuse before changing anything.
                raise RuntimeError(
                    f"this database predates {name}.{column.name}, which only extraction can fill: "
                    f"pass its rule in ensure_db_shape(db, backfills={{{(name, column.name)!r}: ...}})"
                )
    for table in TABLES:
        if table.name in missing:
            _upgrade(db, table, missing[table.name], fills)
        else:
            _create(db, table)
    with db.conn:
        for index in RETIRED_INDEXES:
            db.conn.execute(f'drop index if exists "{index}"')
    if COPIES.name not in existing and FILES.name in existing:
        # An archive made before copies were recorded: its files that stored no article held
        # only copies of articles from elsewhere.  Forgotten, so the next ingest reads them
        # once and records their copies (``store.take_copies_of``), which an edit of the
        # original would otherwise lose.
        with db.conn:
            forget_files(db.conn, [path for (path,) in db.conn.execute(f"select path from {FILES.name} where articles = 0").fetchall()])
    for table in TABLES:
        if table.fts and not db.table(table.name).detect_fts():
            db.table(table.name).enable_fts(list(table.fts), tokenize=FTS_TOKENIZE, create_triggers=True)
    for name in EXACT_FTS_COLUMNS:
        if not db[exact_fts_name(name)].exists():  # an older database gains it, filled from its rows
            create_exact_fts(db.conn, name, EXACT_FTS_TOKENIZE)
    with _transaction(db.conn):
        restore_triggers(db.conn)  # held by a new archive's load that was killed (``new_archive_load``)
        make_triggers_pausable(db.conn)
    with db.conn:
        db.conn.executemany(UPSERT_TOPIC.sql, [UPSERT_TOPIC.values(row) for row in taxonomy_rows()])


def forget_files(conn, paths: Iterable[str]) -> None:
    """Clear what the ``files`` table recorded of the files at ``paths`` (``files.path``): the
    next ingest reads them whole, as if new."""
    conn.executemany(f"update {FILES.name} set size = null, mtime_ns = null, sha256 = null where path = ?", [(p,) for p in paths])


def taxonomy_rows() -> list[dict[str, Any]]:
    """The topics table's rows, from the lexicon's taxonomy (counts start at 0)."""
    data = json.loads(resources.files("quotearchive.lexicon").joinpath("topics.json").read_text("utf-8"))
    return [
        {
            "slug": t["slug"], "name": t["name"], "description": t.get("description", ""),
            "code": t.get("code"), "parent": t.get("parent"), "quote_count": 0, "article_count": 0,
        }
        for t in data["topics"]
    ]


def _create(db: sqlite_utils.Database, table: Table) -> None:
    db.table(table.name).create(
        {c.name: c.type for c in table.columns},
        pk=table.pk,
        foreign_keys=list(table.foreign_keys),
        if_not_exists=True,
    )
    create_indexes(db, table)


def create_indexes(db: sqlite_utils.Database, table: Table) -> None:
    """Create whichever of the table's declared indexes are missing."""
    for columns in table.indexes:
        db.table(table.name).create_index(list(columns), if_not_exists=True)
    for columns in table.unique_indexes:
        db.table(table.name).create_index(list(columns), unique=True, if_not_exists=True)


# The indexes the writer's own queries read: an article by source or content
# hash (re-runs, duplicates), a speaker's quotes (counts), an article's quotes
# (updates), a surname (speaker identity).  A bulk load keeps them.
WRITER_INDEXES = {
    ("articles", ("source",)), ("articles", ("content_hash",)), ("articles", ("reprint_key",)),
    ("quotes", ("speaker_id",)), ("quotes", ("article_id",)), ("speakers", ("surname",)),
}


@dataclass
class Deferred:
    """What a new archive's load left out until its end (``new_archive_load``)."""

    indexes: list[str] = field(default_factory=list)  # the facet indexes dropped, by name
    triggers: list[str] = field(default_factory=list)  # the FTS sync triggers held (``fts.hold_triggers``)


@contextmanager
def new_archive_load(db: sqlite_utils.Database) -> Iterator[Deferred]:
    """Load an empty archive first; build the indexes only the site reads, and
    create the FTS sync triggers, after.

    Inserting rows in id order (hashes, so scattered) into a dozen facet
    indexes is a random write per row and index, worse as they outgrow the
    cache (figures: docs/scaling.md); building one afterwards is a single
    sort.  The sync triggers, though paused in every batch, still run for every
    row (``fts.HELD_TABLE``); every write of the load goes through
    ``store.batch``, which indexes its rows itself.  Only when the archive has
    no quotes yet: an index rebuilt over millions of rows for a few new ones
    would cost more than it saves.

    Both ends are one transaction each, so a reader sees the archive whole or
    loading, never half rebuilt.  Done on the way out, on error or Ctrl-C too;
    after a kill -9 the next run's ``ensure_db_shape`` restores the triggers and
    builds whatever index is missing.  Yields what was left out (nothing when
    the archive is not empty).
    """
    conn = db.conn
    deferred = Deferred()
    if conn.execute("select not exists (select 1 from quotes) and not exists (select 1 from articles)").fetchone()[0]:
        with _transaction(conn):
            for table in TABLES:
                declared = set(table.indexes) - {columns for name, columns in WRITER_INDEXES if name == table.name}
                for index in db.table(table.name).indexes:
                    # Only what create_indexes builds again: never an index added by hand.
                    if index.unique or tuple(index.columns) not in declared:
                        continue
                    conn.execute(f'drop index "{index.name}"')
                    deferred.indexes.append(index.name)
            deferred.triggers = hold_triggers(conn)
    try:
        yield deferred
    finally:
        if deferred.indexes or deferred.triggers:
            with _transaction(conn):
                for table in TABLES:
                    create_indexes(db, table)
                restore_triggers(conn)


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """An explicit transaction: ``with conn`` opens none for CREATE or DROP (Python's
    sqlite3 begins one only before INSERT, UPDATE, DELETE), so each would commit alone."""
    conn.execute("begin")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("rollback")
        raise
    conn.execute("commit")


def _missing_columns(db: sqlite_utils.Database, table: Table) -> list[Column]:
    have = set(db.table(table.name).columns_dict)
    return [column for column in table.columns if column.name not in have]


def _upgrade(
    db: sqlite_utils.Database, table: Table, missing: list[Column], fills: Mapping[tuple[str, str], Callable[..., Any]]
) -> None:
    """Bring a table made by an older version up to the declared schema.

    New columns are added (and filled where they can be derived from what is
    stored), new indexes created; nothing is ever dropped.
    """
    for column in missing:
        key = (table.name, column.name)
        if key not in BACKFILL_SOURCES:
            db.table(table.name).add_column(column.name, column.type)
            continue
        # The column and its values in one transaction (``ensure_db_shape`` checked that ``fills``
        # has its rule): a backfill interrupted (Ctrl-C, a kill, over a big archive's bodies) leaves
        # no column, so the next run adds and fills it; added alone, an empty column would stay so.
        with _transaction(db.conn):
            db.table(table.name).add_column(column.name, column.type)
            _backfill(db.conn, table.name, column.name, BACKFILL_SOURCES[key], fills[key])
    create_indexes(db, table)


def _backfill(conn: sqlite3.Connection, table: str, column: str, sources: tuple[str, ...], compute: Callable[..., Any]) -> None:
    """Set ``column`` of every row to ``compute`` of its ``sources`` columns.

    In rowid ranges of ``BACKFILL_ROWS``: the sources may be whole article bodies,
    which a big archive could not hold in memory at once.
    """
    read = ", ".join(f'"{c}"' for c in sources)
    last = -(2**63)
    while rows := conn.execute(
        f'select rowid, {read} from "{table}" where rowid > ? order by rowid limit ?', [last, BACKFILL_ROWS]
    ).fetchall():
        conn.executemany(f'update "{table}" set "{column}" = ? where rowid = ?', ((compute(*values), rowid) for rowid, *values in rows))
        last = rows[-1][0]


def _surname(name: str | None, kind: str | None) -> str | None:
    """A person's surname as the speaker rows key it: the last word of the name's key."""
    key = speaker_key(name) if kind == "person" and name else ""
    return key.split()[-1] if key else None


BACKFILL_ROWS = 5_000  # rows read at a time when a new column is filled

# Columns added after the first release whose values an older database's rows
# can be given: (table, column) -> the stored columns the value is computed from.
BACKFILL_SOURCES: dict[tuple[str, str], tuple[str, ...]] = {
    ("articles", "reprint_key"): ("body", "outlet"),
    ("quotes", "statement_key"): ("text", "kind"),
    ("quotes", "cue_class"): ("cue",),
    ("speakers", "surname"): ("name", "type"),
}
# How: identity keys follow the model's rules, which the archive applies itself;
# a cue's stance is extraction's, which the caller passes (``ensure_db_shape``).
IDENTITY_BACKFILLS: dict[tuple[str, str], Callable[..., Any]] = {
    ("articles", "reprint_key"): reprint_key_of,
    ("quotes", "statement_key"): statement_key_of,
    ("speakers", "surname"): _surname,
}
