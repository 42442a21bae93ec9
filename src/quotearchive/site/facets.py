"""Facets that stay fast at millions of quotes (issue 5; DATASETTE.md §2, §8).

Datasette's own column facet runs one ``GROUP BY`` per column over the
page's whole match set, one after another, and its array facet runs
``json_each`` over every row (more than 10 s at 2M quotes).  Two facet
types replace them on the archive's tables:

``{"indexed": COLUMN}``
    The same results, names and toggle links as a column facet, computed
    differently:

    - on a page with no filter (the table's front page, and its later pages),
      and on a page filtered by one big facet value (``?outlet=BBC+News``),
      from counts computed once when the site starts (``precompute``), which
      is exact because the published database is immutable;
    - on a filtered or search page, every facet of the page (topics too) in
      one SQL statement: the matching rows are found once (a B-tree seek per
      match, the expensive part) into a materialised CTE, then each GROUP BY
      runs over that copy, instead of one full query per facet.

``{"through": "topics"}``
    The topic facet for ``quotes``, counted through the indexed
    ``quote_topics`` table (never by parsing the ``topics`` JSON); choosing a
    topic filters with Datasette's ``?_through=``, which uses the same index.
    Its results are named ``topics``, as the array facet's were.

Both respect ``facet_time_limit_ms`` and report a timeout the way Datasette
does (the facet is listed in ``facets_timed_out``).
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import urllib.parse
from collections import Counter
from typing import Any

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import Facet, load_facet_configs
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
        # The faceted table's JSON-array copy of the same values (store writes
        # both from one list): counting it over the matches is cheaper than a
        # join lookup per match, and skips the many quotes with no topic.
        "json_column": "topics",
    },
}

CACHE_ATTRIBUTE = "_quotearchive_facet_counts"
# A facet value matching at least this many rows (and this share of the
# table) gets its filtered page's facets precomputed too.
HEAVY_ROWS = 50_000
HEAVY_SHARE = 0.05
LOW_CARDINALITY = 200  # columns with at most this many values get every value's page precomputed


def configured(metadata: dict, facet_type: str) -> dict[str, list[str]]:
    """table -> facet names of one type, from Datasette table metadata."""
    out: dict[str, list[str]] = {}
    for table, options in metadata.items():
        for facet in options.get("facets", []):
            if isinstance(facet, dict) and facet_type in facet:
                out.setdefault(table, []).append(facet[facet_type])
    return out


def facet_counts_sql(table: str, inner_sql: str, indexed: list[str], through: list[str], limit: int) -> tuple[str, list[str]]:
    """One statement counting every facet over the rows ``inner_sql`` selects.

    Returns (sql, names): rows are (index into names, value, count), at most
    ``limit`` per facet, biggest first.  MATERIALIZED: the matching rows are
    found once (the expensive part: a B-tree seek per match), then every
    GROUP BY runs over that copy, instead of one full query per facet.
    """
    parts, names, pk = [], [], None
    for column in indexed:
        col = escape_sqlite(column)
        parts.append(
            f"select * from (select {len(names)} as facet, {col} as value, count(*) as n from m "
            f"where {col} is not null group by 2 order by 3 desc, 2 limit {limit})"
        )
        names.append(column)
    extra: list[str] = []
    for name in through:
        spec = THROUGH[(table, name)]
        if spec.get("json_column"):
            extra.append(spec["json_column"])
            col = escape_sqlite(spec["json_column"])
            parts.append(
                f"select * from (select {len(names)} as facet, j.value as value, count(*) as n "
                f"from m, json_each(m.{col}) j where m.{col} <> '[]' "
                f"group by 2 order by 3 desc, 2 limit {limit})"
            )
            names.append(name)
            continue
        pk = spec["pk"]
        parts.append(
            f"select * from (select {len(names)} as facet, t.{spec['column']} as value, count(*) as n "
            f"from m join {spec['through']} t on t.{spec['key']} = m.{spec['pk']} "
            f"group by 2 order by 3 desc, 2 limit {limit})"
        )
        names.append(name)
    columns = ", ".join(escape_sqlite(c) for c in dict.fromkeys(([pk] if pk else []) + indexed + extra))
    return f"with m as materialized (select {columns} from ({inner_sql})) " + " union all ".join(parts), names


def _split(rows, names: list[str]) -> dict[str, list[tuple[Any, int]]]:
    out: dict[str, list[tuple[Any, int]]] = {name: [] for name in names}
    for facet, value, n in rows:
        out[names[facet]].append((value, n))
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
                    out[(table, column, str(value))] = _split(conn.execute(sql, [value]).fetchall(), names)
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
        (table, f, v): {name: _sorted(counters.get(name, Counter()))[:limit] for name in names}
        for (f, v), counters in pages.items()
    }


def through_spec(table: str, through: str, column: str) -> dict | None:
    """The THROUGH entry counting ``table`` through ``through``'s ``column``, if any."""
    return next(
        (s for (t, _), s in THROUGH.items() if t == table and s["through"] == through and s["column"] == column), None
    )


def through_key(table: str, spec: dict, value: Any) -> tuple[str, str, str]:
    """The cache key of a ``?_through=`` page, whatever the JSON's spacing or key order."""
    return (table, "_through", json.dumps([spec["through"], spec["column"], str(value)]))


def _through_pages(conn, table: str, columns: list[str], through: list[str], limit: int) -> dict:
    """Facets of every ``?_through=`` page (one topic's quotes), from one pass.

    A topic holds a few per cent of the quotes (30,000 at a million), and
    counting its page live costs a table seek per quote (80 ms); all topics
    together are one join over the join table, which is small.
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
            page = {c: _sorted(counter)[:limit] for c, counter in zip(columns, counters)}
            page[name] = _sorted(shared.get(value, Counter()))[:limit]
            out[through_key(table, spec, value)] = page
    return out


def _sorted(counter: Counter) -> list[tuple[Any, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], type(kv[0]).__name__, kv[0]))


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


MEMO_KEY = "quotearchive_facet_counts"
SPLIT_ABOVE = 4_000  # full-text matches above which the facet pass runs as two parallel halves
# Datasette's full-text condition; a half adds "and rowid % 2 = k" inside it,
# which FTS5 evaluates on its own rowids, before any table seek.
FTS_MATCH_RE = re.compile(r"(\(select rowid from (\w+) where \2 match (?:escape_fts\(:search\)|:search))\)")


# A pure full-text search of quotes ("... from quotes where rowid in (select
# rowid from quotes_fts ...)") reads its matches' facet columns from the
# narrow covering index schema.py declares, not from the wide table rows
# (text and context): ~1.3x faster for the facet pass of a common word.
COVERING = {"quotes": "idx_quotes_id_speaker_id_outlet_kind_year_topics"}
PURE_SEARCH_RE = re.compile(r" from (\w+) where rowid in (\(select rowid from \1_fts where )")


def _via_covering_index(sql: str, table: str) -> str | None:
    index = COVERING.get(table)
    if index is None or len(PURE_SEARCH_RE.findall(sql)) != 1:
        return None
    return PURE_SEARCH_RE.sub(lambda m: f" from {m.group(1)} indexed by {index} where id in {m.group(2)}", sql)


def _split_search(sql: str) -> list[str] | None:
    if len(FTS_MATCH_RE.findall(sql)) != 1:
        return None
    return [FTS_MATCH_RE.sub(lambda m: f"{m.group(1)} and rowid % 2 = {k})", sql) for k in (0, 1)]


class _FastFacet(Facet):
    """Shared by both facet types: one counting pass per page, whatever the facets."""

    def _name(self, config: dict) -> str:
        return config.get("column") or config["simple"]

    def _cached(self, name: str) -> list[tuple[Any, int]] | None:
        cache = getattr(self.ds, CACHE_ATTRIBUTE, None)
        if cache is None or not self.table:
            return None
        filters = [key for key in self.request.args if key not in NON_FILTER_ARGS and not key.startswith("_facet")]
        if not filters:
            return cache.get((self.table, name))
        if len(filters) == 1 and len(self.request.args.getlist(filters[0])) == 1:
            key = (self.table, filters[0], self.request.args[filters[0]])
            if filters[0] == "_through":
                key = self._through_cache_key(self.request.args["_through"])
            page = cache.get(key) if key else None
            if page is not None:
                return page.get(name)
        return None

    def _through_cache_key(self, arg: str):
        try:
            through = json.loads(arg)
            spec = through_spec(self.table, through["table"], through["column"])
            return through_key(self.table, spec, through["value"]) if spec else None
        except (ValueError, KeyError, TypeError):
            return None

    async def _counts(self, name: str) -> list[tuple[Any, int]]:
        """(value, count) rows for one of this page's facets; raises QueryInterrupted."""
        cached = self._cached(name)
        if cached is not None:
            return cached
        # Every fast facet on the page shares one pass over the matching rows:
        # the first to ask starts it, the others await the same task.
        memo = self.request.scope.setdefault(MEMO_KEY, {})
        key = (self.database, self.table, self.sql, json.dumps(self._params(), sort_keys=True, default=str))
        task = memo.get(key)
        if task is None:
            task = memo[key] = asyncio.ensure_future(self._count_all())
        return (await task)[name]

    async def _count_all(self) -> dict[str, list[tuple[Any, int]]]:
        configs = load_facet_configs(self.request, self.metadata)
        indexed = list(dict.fromkeys(self._name(c["config"]) for c in configs.get("indexed", [])))
        through = [
            name
            for name in dict.fromkeys(self._name(c["config"]) for c in configs.get("through", []))
            if (self.table, name) in THROUGH
        ]
        if not indexed and not through:
            return {}
        limit = self.get_facet_size() + 1
        halves = _split_search(self.sql) if (self.row_count or 0) > SPLIT_ABOVE else None
        if halves is None:
            sql, names = facet_counts_sql(self.table, self.sql, indexed, through, limit)
            return _split(await self._execute(sql), names)
        # A big full-text match: two threads each seek half the matches (SQLite
        # releases the GIL), with every group kept, then the halves are added.
        parts = await asyncio.gather(
            *(self._execute(facet_counts_sql(self.table, half, indexed, through, -1)[0]) for half in halves)
        )
        names = [*indexed, *through]
        counters = [Counter() for _ in names]
        for rows in parts:
            for facet, value, n in rows:
                counters[facet][value] += n
        return {name: _sorted(counter)[:limit] for name, counter in zip(names, counters)}

    async def _execute(self, sql: str) -> list[tuple]:
        limit_ms = min(self.ds.setting("facet_time_limit_ms"), self.ds.sql_time_limit_ms)
        params = self._params()

        covered = _via_covering_index(sql, self.table)

        def count(conn):
            with sqlite_timelimit(conn, limit_ms):
                try:
                    if covered is not None:
                        try:
                            return conn.execute(covered, params).fetchall()
                        except sqlite3.OperationalError as error:
                            if "no such index" not in str(error):  # a database from before the index
                                raise
                    return conn.execute(sql, params).fetchall()
                except sqlite3.OperationalError as error:
                    if "interrupted" in str(error):
                        raise QueryInterrupted(error, sql, params) from None
                    raise

        return await self.ds.get_database(self.database).execute_fn(count)

    def _params(self):
        return self.params if self.params is not None else {}

    async def facet_results(self):
        results, timed_out = [], []
        facet_size = self.get_facet_size()
        qs_pairs = self.get_querystring_pairs()
        for source_and_config in self.get_configs():
            name = self._name(source_and_config["config"])
            if not self._shown(name):
                continue
            try:
                rows = await self._counts(name)
            except QueryInterrupted:
                timed_out.append(name)
                continue
            labels = await self._labels(name, [value for value, _ in rows[:facet_size]])
            facet_values = []
            for value, count in rows[:facet_size]:
                key, arg, added = self._toggle_arg(name, value)
                selected = (key, arg) in qs_pairs
                if selected:
                    toggle_path = path_with_removed_args(self.request, {key: arg})
                else:
                    toggle_path = path_with_added_args(self.request, {key: added})
                facet_values.append({
                    "value": value,
                    "label": labels.get(value, value),
                    "count": count,
                    "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle_path)),
                    "selected": selected,
                })
            results.append(self._result(source_and_config["source"], name, rows, facet_values))
        return results, timed_out

    # What the two facet types do differently:
    def _shown(self, name: str) -> bool:
        return True

    async def _labels(self, name: str, values: list) -> dict:
        """value -> label for the values shown."""
        raise NotImplementedError

    def _toggle_arg(self, name: str, value: Any) -> tuple[str, str, Any]:
        """(query argument, its value as the query string holds it, the value to add)."""
        raise NotImplementedError

    def _result(self, source: str, name: str, rows: list, values: list[dict]) -> dict:
        return {
            "name": name,
            "type": self.type,
            "hideable": source != "metadata",
            "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {f"_facet_{self.type}": name})),
            "results": values,
            "truncated": len(rows) > self.get_facet_size(),
        }


class IndexedFacet(_FastFacet):
    """A column facet on an indexed column (see the module docstring)."""

    type = "indexed"

    async def _labels(self, column: str, values: list) -> dict:
        if not self.table:
            return {}
        expanded = await self.ds.expand_foreign_keys(self.database, self.table, column, values)
        return {value: label for (_, value), label in expanded.items()}

    def _toggle_arg(self, column: str, value: Any) -> tuple[str, str, Any]:
        key = f"{column}__exact" if column.startswith("_") else column
        return key, str(value), value


class ThroughFacet(_FastFacet):
    """A many-to-many facet counted through an indexed join table (see the module docstring)."""

    type = "through"

    def _shown(self, name: str) -> bool:
        return (self.table, name) in THROUGH

    def _toggle_arg(self, name: str, value: Any) -> tuple[str, str, Any]:
        spec = THROUGH[(self.table, name)]
        through = json.dumps({"table": spec["through"], "column": spec["column"], "value": value}, separators=(",", ":"))
        return "_through", through, through

    async def _labels(self, name: str, values: list) -> dict:
        if not values:
            return {}
        spec = THROUGH[(self.table, name)]
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


@hookimpl
def asgi_wrapper(datasette):
    """Drop a ``?_facet=COLUMN`` for a column the table already facets, indexed.

    Datasette's column menu ("Facet by this") adds ``_facet=speaker_id``;
    Datasette's own column facet then showed a second copy (``speaker_id_2``)
    beside the indexed one, counted again by a slower query.
    """

    def wrap(app):
        async def without_duplicate_facets(scope, receive, send):
            if scope.get("type") == "http" and b"_facet=" in scope.get("query_string", b""):
                scope = _drop_shown_facets(datasette, scope)
            await app(scope, receive, send)

        return without_duplicate_facets

    return wrap


def _drop_shown_facets(datasette, scope: dict) -> dict:
    parts = scope.get("path", "").strip("/").split("/")
    if len(parts) != 2 or parts[0] not in datasette.databases:
        return scope
    table = parts[1].split(".")[0]  # quotes, quotes.json, quotes.csv
    shown = set(configured(datasette.metadata("tables", database=parts[0]) or {}, "indexed").get(table, ()))
    pairs = urllib.parse.parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
    kept = [(key, value) for key, value in pairs if not (key == "_facet" and value in shown)]
    if len(kept) == len(pairs):
        return scope
    return {**scope, "query_string": urllib.parse.urlencode(kept).encode("latin-1")}
