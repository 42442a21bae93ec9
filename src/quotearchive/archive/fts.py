"""Full-text search kept in step with its tables, in bulk (see ``FtsBatch``)."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from typing import Any

from .schema import EXACT_FTS_COLUMNS, FTS_COLUMNS, exact_fts_name, fts_indexes


class FtsBatch:
    """Keeps the FTS5 indexes in step with their tables for one transaction.

    sqlite-utils' per-row triggers are exact but slow in bulk: FTS5 flushes
    its pending terms at every statement savepoint, so each trigger-indexed
    row becomes its own tiny segment: most of a bulk load's writing time.
    ``batch()`` drops the triggers inside the transaction and this class
    indexes the batch's new rows with one ``INSERT ... SELECT`` per table at
    the end.  The triggers stand down meanwhile (``pause_triggers``), and take
    up again before the commit, so every committed state has working triggers
    and an index matching the rows.

    ``pending[table]`` holds rowids whose current content is not indexed yet.
    Before a row is changed or deleted, ``unindex`` removes its old content
    from the index (or just forgets it, if it was never indexed).
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.pending: dict[str, set[int]] = {table: set() for table in FTS_COLUMNS}

    def added(self, table: str, rowid: int) -> None:
        self.pending[table].add(rowid)

    def unindex(self, table: str, where: str, params: Iterable[Any]) -> list[int]:
        """Take the rows matching ``where`` out of the index; returns their rowids."""
        rowids = [r[0] for r in self.conn.execute(f"select rowid from {table} where {where}", list(params))]
        pending = self.pending[table]
        indexed = [r for r in rowids if r not in pending]
        pending.difference_update(rowids)
        for index, cols in fts_indexes(table) if indexed else ():
            col_list = ", ".join(f'"{c}"' for c in cols)
            self.conn.execute(
                f'insert into "{index}" ("{index}", rowid, {col_list}) '
                f"select 'delete', rowid, {col_list} from {table} where rowid in (select value from json_each(?))",
                [json.dumps(indexed)],
            )
        return rowids

    def flush(self, at_least: int = 0) -> None:
        """Index the pending rows (if there are ``at_least`` that many)."""
        if at_least and sum(map(len, self.pending.values())) < at_least:
            return
        for table, rowids in self.pending.items():
            if not rowids:
                continue
            for index, cols in fts_indexes(table):
                col_list = ", ".join(f'"{c}"' for c in cols)
                self.conn.execute(
                    f'insert into "{index}" (rowid, {col_list}) '
                    f"select rowid, {col_list} from {table} where rowid in (select value from json_each(?))",
                    [json.dumps(sorted(rowids))],
                )
            rowids.clear()


def fts_triggers(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, sql) of the FTS sync triggers: sqlite-utils' and the exact indexes' (``exact_triggers``)."""
    names = [f"{t}_{suffix}" for t in FTS_COLUMNS for suffix in ("ai", "ad", "au")]
    names += [f"{exact_fts_name(t)}_{suffix}" for t in EXACT_FTS_COLUMNS for suffix in ("ai", "ad", "au")]
    marks = ",".join("?" * len(names))
    return conn.execute(
        f"select name, sql from sqlite_master where type = 'trigger' and name in ({marks}) order by name", names
    ).fetchall()


# The sync triggers stand down while a batch indexes its own rows: each has a
# WHEN clause reading this table, and the batch puts a row in it inside its
# transaction and takes it out before committing, so no other connection ever
# sees it paused.  Dropping and re-creating the triggers did the same, but
# changed the schema at every commit: a live site's readers then re-prepared
# every statement ("schema has changed" filled its log).  Datasette hides the
# table because its name starts with that of a hidden FTS table.
PAUSE_TABLE = "quotes_fts_paused"
PAUSE_CLAUSE = f' WHEN NOT EXISTS (SELECT 1 FROM "{PAUSE_TABLE}")'
BEGIN_RE = re.compile(r"\s+BEGIN\b", re.IGNORECASE)


def make_triggers_pausable(conn: sqlite3.Connection) -> None:
    """Give the sync triggers their WHEN clause (once per database: a schema change)."""
    conn.execute(f'create table if not exists "{PAUSE_TABLE}" (paused integer)')
    for name, sql in fts_triggers(conn):
        if PAUSE_CLAUSE not in sql:
            conn.execute(f'drop trigger "{name}"')
            conn.execute(BEGIN_RE.sub(PAUSE_CLAUSE + " BEGIN", sql, count=1))


# A new archive's whole load runs without the sync triggers (``hold_triggers``):
# paused, each still runs for every row it would have fired on, only to find its
# WHEN clause false (~0.3 s of the writer's ~3 s for the BBC corpus: the quotes'
# two, the articles' and the speakers' one each).  Their SQL is kept in this
# table, in the transaction that drops them, so that they are restored as they
# were: at the load's end, or by the next ``ensure_db_shape`` after a kill -9.
# Hidden from Datasette as the pause table is.
HELD_TABLE = "quotes_fts_held_triggers"


def hold_triggers(conn: sqlite3.Connection) -> list[str]:
    """Inside a transaction: drop the sync triggers, their SQL kept in ``HELD_TABLE``; their names.

    Only for a load whose every write goes through ``store.batch``, which indexes
    its rows itself (``FtsBatch``): another write would leave the index behind.
    """
    triggers = fts_triggers(conn)
    conn.execute(f'create table "{HELD_TABLE}" (name text primary key, sql text)')
    conn.executemany(f'insert into "{HELD_TABLE}" (name, sql) values (?, ?)', triggers)
    for name, _ in triggers:
        conn.execute(f'drop trigger "{name}"')
    return [name for name, _ in triggers]


def restore_triggers(conn: sqlite3.Connection) -> list[str]:
    """Inside a transaction: create the held sync triggers again (``hold_triggers``); their names."""
    if not conn.execute("select 1 from sqlite_master where type = 'table' and name = ?", [HELD_TABLE]).fetchone():
        return []
    have = {name for (name,) in conn.execute("select name from sqlite_master where type = 'trigger'")}
    held = conn.execute(f'select name, sql from "{HELD_TABLE}" order by name').fetchall()
    for name, sql in held:
        if name not in have:  # an index enabled again meanwhile made its own
            conn.execute(sql)
    conn.execute(f'drop table "{HELD_TABLE}"')
    return [name for name, _ in held]


def pause_triggers(conn: sqlite3.Connection, paused: bool) -> None:
    """Inside a transaction: the triggers stand down (``paused``) or take up again."""
    if paused:
        if not conn.execute("select 1 from sqlite_master where type = 'table' and name = ?", [PAUSE_TABLE]).fetchone():
            make_triggers_pausable(conn)  # a database made before the pause existed
        conn.execute(f'insert into "{PAUSE_TABLE}" values (1)')
    else:
        conn.execute(f'delete from "{PAUSE_TABLE}"')
def exact_triggers(table: str) -> list[str]:
    """The triggers keeping ``table``'s exact index in step, as sqlite-utils' keep the stemmed one
    (named apart from them: sqlite-utils names its own ``<table>_ai``)."""
    index = exact_fts_name(table)
    cols = EXACT_FTS_COLUMNS[table]
    names = ", ".join(f'"{c}"' for c in cols)
    new = ", ".join(f'new."{c}"' for c in cols)
    old = ", ".join(f'old."{c}"' for c in cols)
    delete = f"insert into \"{index}\" (\"{index}\", rowid, {names}) values ('delete', old.rowid, {old});"
    insert = f'insert into "{index}" (rowid, {names}) values (new.rowid, {new});'
    return [
        f'create trigger "{index}_ai" after insert on "{table}" begin {insert} end',
        f'create trigger "{index}_ad" after delete on "{table}" begin {delete} end',
        f'create trigger "{index}_au" after update on "{table}" begin {delete} {insert} end',
    ]


def create_exact_fts(conn: sqlite3.Connection, table: str, tokenize: str) -> None:
    """Create ``table``'s exact index with its triggers, and index the rows it already holds."""
    index = exact_fts_name(table)
    cols = ", ".join(f'"{c}"' for c in EXACT_FTS_COLUMNS[table])
    with conn:
        conn.execute(f"create virtual table \"{index}\" using fts5({cols}, content='', tokenize='{tokenize}')")
        for sql in exact_triggers(table):
            conn.execute(sql)
        conn.execute(f'insert into "{index}" (rowid, {cols}) select rowid, {cols} from "{table}"')
