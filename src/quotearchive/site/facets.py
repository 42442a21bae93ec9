"""Facets that stay fast at millions of quotes (issue 5; DATASETTE.md §2, §8).

Datasette's own column facet runs one ``GROUP BY`` per column over the
page's whole match set, one after another, and its array facet runs
``json_each`` over every row (more than 10 s at 2M quotes).  Two facet
types replace them on the archive's tables:

``{"indexed": COLUMN}``
    The same results, names and toggle links as a column facet, computed
    differently:

    - on a page with no filter (the table's front page, and its later pages),
      from counts computed once when the site starts (``precompute``), which
      is exact because the published database is immutable;
    - on a filtered or search page, all of the table's indexed facets in one
      pass over the matching rows, counted in Python, instead of one query
      per facet.

``{"through": "topics"}``
    The topic facet for ``quotes``, counted through the indexed
    ``quote_topics`` table (never by parsing the ``topics`` JSON); choosing a
    topic filters with Datasette's ``?_through=``, which uses the same index.
    Its results are named ``topics``, as the array facet's were.

Both respect ``facet_time_limit_ms`` and report a timeout the way Datasette
does (the facet is listed in ``facets_timed_out``).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args, sqlite_timelimit

# Query-string arguments that do not filter rows: a page with only these
# shows the whole table, so the precomputed counts are its facet counts.
NON_FILTER_ARGS = frozenset({
    "_next", "_size", "_sort", "_sort_desc", "_labels", "_label", "_shape", "_extra", "_nocount",
    "_nofacet", "_nosuggest", "_facet", "_facet_indexed", "_facet_through", "_facet_size", "_col",
    "_nocol", "_json", "_ttl", "_timelimit", "_dl", "_header", "_stream", "_nl", "_context", "_trace",
    "_hash", "_fts_table", "_fts_pk", "_searchmode",
})

# (table, facet name) -> how to count it through a many-to-many table.
THROUGH: dict[tuple[str, str], dict[str, str]] = {
    ("quotes", "topics"): {
        "through": "quote_topics",  # the join table...
        "key": "quote_id",  # ...its column pointing at the faceted table's pk
        "pk": "id",  # the faceted table's pk
        "column": "topic",  # the value counted
        "labels": "topics",  # table holding labels: value -> label
        "label_key": "slug",
        "label": "name",
    },
}

CACHE_ATTRIBUTE = "_quotearchive_facet_counts"


def configured(metadata: dict, facet_type: str) -> dict[str, list[str]]:
    """table -> facet names of one type, from Datasette table metadata."""
    out: dict[str, list[str]] = {}
    for table, options in metadata.items():
        for facet in options.get("facets", []):
            if isinstance(facet, dict) and facet_type in facet:
                out.setdefault(table, []).append(facet[facet_type])
    return out


def precompute(db_path: str, tables_metadata: dict, limit: int = 1000) -> dict[tuple[str, str], list[tuple[Any, int]]]:
    """Whole-table facet counts for every configured facet, and table row counts.

    Run once when an immutable database is published: the GROUP BYs run on
    covering indexes (about 0.1 s per facet at a million quotes).  Returns
    ``{(table, name): [(value, count), ...]}`` sorted as Datasette sorts facets,
    plus ``{(table, "*count*"): n}`` entries.
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
        return out
    finally:
        conn.close()


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


def _unfiltered(request) -> bool:
    return all(key in NON_FILTER_ARGS for key in request.args)


def _sorted(counter: Counter) -> list[tuple[Any, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], type(kv[0]).__name__, kv[0]))


class _FastFacet(Facet):
    def _cached(self, name: str) -> list[tuple[Any, int]] | None:
        cache = getattr(self.ds, CACHE_ATTRIBUTE, None)
        if cache is None or not self.table or not _unfiltered(self.request):
            return None
        return cache.get((self.table, name))

    async def _run(self, fn):
        """Run ``fn(conn)`` in a database thread under the facet time limit."""
        limit = min(self.ds.setting("facet_time_limit_ms"), self.ds.sql_time_limit_ms)

        def guarded(conn):
            with sqlite_timelimit(conn, limit):
                try:
                    return fn(conn)
                except sqlite3.OperationalError as error:
                    if "interrupted" in str(error):
                        raise QueryInterrupted(error, "", {}) from None
                    raise

        return await self.ds.get_database(self.database).execute_fn(guarded)

    def _params(self):
        return self.params if self.params is not None else {}


class IndexedFacet(_FastFacet):
    """A column facet on an indexed column (see the module docstring)."""

    type = "indexed"

    async def facet_results(self):
        configs = self.get_configs()
        if not configs:
            return [], []
        facet_size = self.get_facet_size()
        columns = [c["config"].get("column") or c["config"]["simple"] for c in configs]
        counts: dict[str, list[tuple[Any, int]]] = {}
        missing = []
        for column in columns:
            cached = self._cached(column)
            if cached is None:
                missing.append(column)
            else:
                counts[column] = cached
        timed_out: list[str] = []
        if missing:
            select = ", ".join(escape_sqlite(c) for c in missing)
            sql = f"select {select} from ({self.sql})"

            def count_all(conn):
                counters = [Counter() for _ in missing]
                cursor = conn.execute(sql, self._params())
                while True:
                    rows = cursor.fetchmany(5000)
                    if not rows:
                        return counters
                    for i, counter in enumerate(counters):
                        counter.update(row[i] for row in rows)

            try:
                counters = await self._run(count_all)
                for column, counter in zip(missing, counters):
                    counter.pop(None, None)
                    counts[column] = _sorted(counter)
            except QueryInterrupted:
                timed_out.extend(missing)
        qs_pairs = self.get_querystring_pairs()
        results = []
        for source_and_config, column in zip(configs, columns):
            if column not in counts:
                continue
            rows = counts[column]
            values = [value for value, _ in rows[:facet_size]]
            expanded = await self.ds.expand_foreign_keys(self.database, self.table, column, values) if self.table else {}
            facet_values = []
            for value, count in rows[:facet_size]:
                column_qs = f"{column}__exact" if column.startswith("_") else column
                selected = (column_qs, str(value)) in qs_pairs
                if selected:
                    toggle_path = path_with_removed_args(self.request, {column_qs: str(value)})
                else:
                    toggle_path = path_with_added_args(self.request, {column_qs: value})
                facet_values.append({
                    "value": value,
                    "label": expanded.get((column, value), value),
                    "count": count,
                    "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle_path)),
                    "selected": selected,
                })
            results.append({
                "name": column,
                "type": self.type,
                "hideable": source_and_config["source"] != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_indexed": column})),
                "results": facet_values,
                "truncated": len(rows) > facet_size,
            })
        return results, timed_out


class ThroughFacet(_FastFacet):
    """A many-to-many facet counted through an indexed join table (see the module docstring)."""

    type = "through"

    async def facet_results(self):
        results, timed_out = [], []
        facet_size = self.get_facet_size()
        qs_pairs = self.get_querystring_pairs()
        for source_and_config in self.get_configs():
            name = source_and_config["config"].get("column") or source_and_config["config"]["simple"]
            spec = THROUGH.get((self.table, name))
            if spec is None:
                continue
            rows = self._cached(name)
            if rows is None:
                sql = (
                    f"select {spec['column']} as value, count(*) as count from {spec['through']} "
                    f"where {spec['key']} in (select {spec['pk']} from ({self.sql})) "
                    f"group by 1 order by count desc, value limit {facet_size + 1}"
                )
                try:
                    rows = await self._run(lambda conn: conn.execute(sql, self._params()).fetchall())
                except QueryInterrupted:
                    timed_out.append(name)
                    continue
            values = [value for value, _ in rows[:facet_size]]
            labels = await self._labels(spec, values)
            facet_values = []
            for value, count in rows[:facet_size]:
                through = json.dumps({"table": spec["through"], "column": spec["column"], "value": value}, separators=(",", ":"))
                selected = ("_through", through) in qs_pairs
                if selected:
                    toggle_path = path_with_removed_args(self.request, {"_through": through})
                else:
                    toggle_path = path_with_added_args(self.request, {"_through": through})
                facet_values.append({
                    "value": value,
                    "label": labels.get(value, value),
                    "count": count,
                    "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle_path)),
                    "selected": selected,
                })
            results.append({
                "name": name,
                "type": self.type,
                "hideable": source_and_config["source"] != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_through": name})),
                "results": facet_values,
                "truncated": len(rows) > facet_size,
            })
        return results, timed_out

    async def _labels(self, spec: dict[str, str], values: list) -> dict:
        if not values:
            return {}
        marks = ", ".join("?" * len(values))
        db = self.ds.get_database(self.database)
        rows = await db.execute(
            f"select {spec['label_key']}, {spec['label']} from {spec['labels']} where {spec['label_key']} in ({marks})",
            values,
        )
        return {row[0]: row[1] for row in rows.rows}


@hookimpl
def register_facet_classes():
    return [IndexedFacet, ThroughFacet]
