"""What an immutable database's site counts once, at start-up: row counts and facet pages.

``precompute`` counts the facets of the pages whose counts grow with the
archive, so no visitor waits for them: the whole table, every
``?column=value`` page of a low-cardinality column, the pages of the values
that match a large share of the table, and every topic's ``?_through=``
page.  The counts are exact because the published database is immutable;
``facets.precomputed`` looks a page's counts up, ``startup`` keeps them
beside the database for the next start.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Any

from datasette.utils import escape_sqlite

from .facets import THROUGH, configured, facet_counts_sql, sorted_counts, split_rows, through_key

# A facet value matching at least this many rows (and this share of the
# table) gets its filtered page's facets precomputed too.
HEAVY_ROWS = 50_000
HEAVY_SHARE = 0.05
LOW_CARDINALITY = 200  # columns with at most this many values get every value's page precomputed


def precompute(db_path: str, tables_metadata: dict, limit: int = 1000) -> dict[tuple, Any]:
    """Whole-table facet counts for every configured facet, and the heavy pages' facets.

    The GROUP BYs run on covering indexes.  Returns
    ``{(table, name): [(value, count), ...]}`` sorted as Datasette sorts
    facets, and ``{(table, column, value): {name: rows}}`` for filtered pages.
    """
    conn = sqlite3.connect(f"file:{db_path}?mode=ro&immutable=1", uri=True)
    try:
        out: dict = {}
        existing = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        for table, columns in configured(tables_metadata, "indexed").items():
            if table not in existing:
                continue
            for column in columns:
                out[(table, column)] = conn.execute(
                    f"select {escape_sqlite(column)}, count(*) as n from {escape_sqlite(table)} "
                    f"where {escape_sqlite(column)} is not null group by 1 order by n desc, 1 limit {limit + 1}"
                ).fetchall()
        for table, names in configured(tables_metadata, "through").items():
            for name in names:
                spec = THROUGH.get((table, name))
                if spec is None or spec["through"] not in existing:
                    continue
                out[(table, name)] = conn.execute(
                    f"select {spec['column']}, count(*) as n from {spec['through']} "
                    f"group by 1 order by n desc, 1 limit {limit + 1}"
                ).fetchall()
        # One click on a facet value (?year=2010, ?outlet=BBC+News) would
        # count tens or hundreds of thousands of rows: precompute those pages
        # too.  Low-cardinality columns: every value, from one GROUP BY scan
        # of the table (plus one per other facet); other columns: only the
        # values matching a large share of the table.
        indexed_all = configured(tables_metadata, "indexed")
        through_all = configured(tables_metadata, "through")
        for table, columns in indexed_all.items():
            if table not in existing:
                continue
            total = conn.execute(f"select count(*) from {escape_sqlite(table)}").fetchone()[0]
            heavy = max(HEAVY_ROWS, int(HEAVY_SHARE * total))
            through = [n for n in through_all.get(table, []) if (table, n) in THROUGH]
            low = [c for c in columns if len(out.get((table, c), [])) <= LOW_CARDINALITY]
            out.update(_low_cardinality_pages(conn, table, low, columns, through, limit + 1))
            out.update(_through_pages(conn, table, columns, through, limit + 1))
            for column in columns:
                if column in low:
                    continue
                for value, n in out.get((table, column), []):
                    if n < heavy:
                        break
                    inner = f"select * from {escape_sqlite(table)} where {escape_sqlite(column)} = ?"
                    sql, names = facet_counts_sql(table, inner, columns, through, limit + 1)
                    out[(table, column, str(value))] = split_rows(conn.execute(sql, [value]).fetchall(), names)
        return out
    finally:
        conn.close()


def _low_cardinality_pages(conn, table: str, low: list[str], columns: list[str], through: list[str], limit: int) -> dict:
    """Facets of every ``?col=value`` page for the low-cardinality columns, by cross-tabulation."""
    if not low:
        return {}
    pages: dict[tuple[str, str], dict[str, Counter]] = {}

    def add(rows, name: str | None) -> None:
        # rows: (*values of the low columns, [value of facet `name`], count)
        for row in rows:
            keys, n = row[: len(low)], row[-1]
            counted = list(zip(low, keys)) if name is None else [(name, row[len(low)])]
            for f, v in zip(low, keys):
                if v is None:
                    continue
                page = pages.setdefault((f, str(v)), {})
                for c, cv in counted:
                    if cv is not None:
                        page.setdefault(c, Counter())[cv] += n

    t = escape_sqlite(table)
    group = ", ".join(escape_sqlite(c) for c in low)
    add(conn.execute(f"select {group}, count(*) from {t} group by {group}"), None)
    for column in columns:
        if column not in low:
            col = escape_sqlite(column)
            add(conn.execute(f"select {group}, {col}, count(*) from {t} group by {group}, {col}"), column)
    for name in through:
        spec = THROUGH[(table, name)]
        qgroup = ", ".join(f"q.{escape_sqlite(c)}" for c in low)
        add(
            conn.execute(
                f"select {qgroup}, x.{spec['column']}, count(*) from {spec['through']} x "
                f"join {t} q on q.{spec['pk']} = x.{spec['key']} group by {qgroup}, x.{spec['column']}"
            ),
            name,
        )
    names = [*columns, *through]
    return {
        (table, f, v): {name: sorted_counts(counters.get(name, Counter()))[:limit] for name in names}
        for (f, v), counters in pages.items()
    }


def _through_pages(conn, table: str, columns: list[str], through: list[str], limit: int) -> dict:
    """Facets of every ``?_through=`` page (one topic's quotes), from one pass.

    A topic holds a few per cent of the quotes, and counting its page live
    costs a table seek per quote; all topics together are one join over the
    join table, which is small.
    """
    out: dict = {}
    t = escape_sqlite(table)
    for name in through:
        spec = THROUGH[(table, name)]
        cols = ", ".join(f"q.{escape_sqlite(c)}" for c in columns)
        pages: dict[Any, list[Counter]] = {}
        for row in conn.execute(
            f"select x.{spec['column']}, {cols} from {spec['through']} x join {t} q on q.{spec['pk']} = x.{spec['key']}"
        ):
            counters = pages.get(row[0])
            if counters is None:
                counters = pages[row[0]] = [Counter() for _ in columns]
            for counter, value in zip(counters, row[1:]):
                if value is not None:
                    counter[value] += 1
        # The many-to-many facet on its own pages: which topics the quotes share.
        shared: dict[Any, Counter] = {}
        for a, b, n in conn.execute(
            f"select a.{spec['column']}, b.{spec['column']}, count(*) from {spec['through']} a "
            f"join {spec['through']} b on b.{spec['key']} = a.{spec['key']} group by 1, 2"
        ):
            shared.setdefault(a, Counter())[b] = n
        for value, counters in pages.items():
            page = {c: sorted_counts(counter)[:limit] for c, counter in zip(columns, counters)}
            page[name] = sorted_counts(shared.get(value, Counter()))[:limit]
            out[through_key(table, spec, value)] = page
    return out


def table_counts(db_path: str) -> dict[str, int]:
    """Row count of every table: Datasette's ``inspect`` data, computed in-process."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro&immutable=1", uri=True)
    try:
        # Virtual (FTS) tables are left out: counting one reads its whole index.
        names = [
            r[0]
            for r in conn.execute("select name, sql from sqlite_master where type = 'table'")
            if not (r[1] or "").upper().startswith("CREATE VIRTUAL")
        ]
        counts = {}
        for name in names:
            try:
                counts[name] = conn.execute(f"select count(*) from {escape_sqlite(name)}").fetchone()[0]
            except sqlite3.Error:  # e.g. a virtual table needing a missing module
                continue
        return counts
    finally:
        conn.close()
