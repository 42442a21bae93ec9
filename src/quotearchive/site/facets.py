"""The site's one facet engine: counts per value, for the table pages and the reading pages.

Datasette's own column facet runs one ``GROUP BY`` per column over the
page's whole match set, one after another, and its array facet runs
``json_each`` over every row; both grow too slow for a big archive.  Here a
page's facets are counted together:

- from counts computed once when the site starts (``precompute``, exact for
  an immutable database) when the page is the whole table, one
  low-cardinality or heavy value (``?outlet=BBC+News``) or one topic;
- otherwise in one SQL statement (``count``): the matching rows are found
  once (a B-tree seek per match, the expensive part) into a materialised
  CTE, then each GROUP BY runs over that copy.  A pure full-text search
  reads its rows from a narrow covering index, and a big one is counted as
  two halves in parallel.  The statement runs under a time limit and raises
  ``QueryInterrupted`` when it does not finish.

Datasette's table pages use it through two registered facet types:

``{"indexed": COLUMN}``
    The same results, names and toggle links as a column facet.
``{"through": "topics"}``
    The topic facet for ``quotes``, counted through the topics the quote
    holds (never Datasette's array facet); choosing a topic filters with
    Datasette's ``?_through=``.  Its results are named ``topics``, as the
    array facet's were.

Both report a timeout as Datasette does (``facets_timed_out``).  The search
page (``pages.search``) calls ``precomputed`` and ``count`` directly.
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import urllib.parse
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import Facet, load_facet_configs
from datasette.utils import escape_sqlite, sqlite_timelimit

from ..archive.schema import QUOTES_COVERING, VALUE_LABELS, index_name
from . import urls

Rows = list[tuple[Any, int]]  # (value, count), biggest count first

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

# Indexed columns a table does not facet by default but a visitor may ask for
# (``?_facet=statement_key``): counted by this engine as an indexed facet.
# Datasette's own column facet on statement_key, a value per quote, showed nothing.
ON_REQUEST: dict[str, tuple[str, ...]] = {"quotes": ("statement_key", "cue", "month", "article_id")}

# A column of hashes labelled by the words they stand for (one quote's, shortened).
TEXT_LABELS = {
    ("quotes", "statement_key"): "select statement_key, substr(min(text), 1, 80) from quotes "
    "where statement_key in ({marks}) group by statement_key",
}

CACHE_ATTRIBUTE = "_quotearchive_facet_counts"  # where make_datasette keeps the precomputed counts
MEMO_KEY = "quotearchive_facet_counts"  # a request's shared counting task
SPLIT_ABOVE = 4_000  # full-text matches above which the facet pass runs as two parallel halves
# Datasette's full-text condition (the search page writes it the same way with
# :fts); a half adds "and rowid % 2 = k" inside it, which FTS5 evaluates on its
# own rowids, before any table seek.
FTS_MATCH_RE = re.compile(r"(\(select rowid from (\w+) where \2 match (?:escape_fts\(:search\)|:search|:fts))\)")
# A pure full-text search of quotes ("... from quotes where rowid in (select
# rowid from quotes_fts ...)") reads its matches' facet columns from the
# narrow covering index schema.py declares, not from the wide table rows
# (text and context).  A filtered search's own index is better: not for it.
COVERING = {"quotes": index_name("quotes", QUOTES_COVERING)}
PURE_SEARCH_RE = re.compile(r" from (\w+) where rowid in (\(select rowid from \1_fts where )")
# Values with the same count: the table pages list them in value order, as
# Datasette's column facet does; the search page in reverse value order (see
# pages/search.py).
TIES = {"asc": "3 desc, 2", "desc": "3 desc, 2 desc"}


def configured(metadata: dict, facet_type: str) -> dict[str, list[str]]:
    """table -> facet names of one type, from Datasette table metadata."""
    out: dict[str, list[str]] = {}
    for table, options in metadata.items():
        for facet in options.get("facets", []):
            if isinstance(facet, dict) and facet_type in facet:
                out.setdefault(table, []).append(facet[facet_type])
    return out


def through_spec(table: str, through: str, column: str) -> dict | None:
    """The THROUGH entry counting ``table`` through ``through``'s ``column``, if any."""
    return next(
        (s for (t, _), s in THROUGH.items() if t == table and s["through"] == through and s["column"] == column), None
    )


def through_key(table: str, spec: dict, value: Any) -> tuple[str, str, str]:
    """The cache key of a ``?_through=`` page, whatever the JSON's spacing or key order."""
    return (table, "_through", json.dumps([spec["through"], spec["column"], str(value)]))


def facet_counts_sql(
    table: str, inner_sql: str, indexed: list[str], through: list[str], limit: int, *, ties: str = "asc"
) -> tuple[str, list[str]]:
    """One statement counting every facet over the rows ``inner_sql`` selects.

    Returns (sql, names): rows are (index into names, value, count), at most
    ``limit`` per facet (-1: all), biggest first, then by value (``ties``:
    "asc" or "desc", see ``TIES``).
    """
    order = TIES[ties]
    parts, names, pk = [], [], None
    for column in indexed:
        col = escape_sqlite(column)
        parts.append(
            f"select * from (select {len(names)} as facet, {col} as value, count(*) as n from m "
            f"where {col} is not null group by 2 order by {order} limit {limit})"
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
                f"group by 2 order by {order} limit {limit})"
            )
            names.append(name)
            continue
        pk = spec["pk"]
        parts.append(
            f"select * from (select {len(names)} as facet, t.{spec['column']} as value, count(*) as n "
            f"from m join {spec['through']} t on t.{spec['key']} = m.{spec['pk']} "
            f"group by 2 order by {order} limit {limit})"
        )
        names.append(name)
    columns = ", ".join(escape_sqlite(c) for c in dict.fromkeys(([pk] if pk else []) + indexed + extra))
    return f"with m as materialized (select {columns} from ({inner_sql})) " + " union all ".join(parts), names


def split_rows(rows, names: list[str]) -> dict[str, Rows]:
    """(facet index, value, count) rows as {facet name: [(value, count), ...]}."""
    out: dict[str, Rows] = {name: [] for name in names}
    for facet, value, n in rows:
        out[names[facet]].append((value, n))
    return out


def sorted_counts(counter: Counter | Rows, *, ties: str = "asc") -> Rows:
    """Biggest count first, then by value: the order the SQL above returns."""
    items = counter.items() if isinstance(counter, Counter) else counter
    by_value = sorted(items, key=lambda kv: (type(kv[0]).__name__, kv[0]), reverse=ties == "desc")
    return sorted(by_value, key=lambda kv: -kv[1])


def first(rows: Rows, size: int, *, ties: str = "asc") -> Rows | None:
    """The first ``size`` of precomputed ``rows`` (ties ascending), with ``ties`` as asked.

    None when that cannot be told from the rows: the list may have been cut
    inside the group of values tied with the last one shown.
    """
    if ties == "asc":
        return rows[:size]
    if len(rows) > size and rows[size - 1][1] == rows[-1][1]:
        return None
    return sorted_counts(rows, ties=ties)[:size]


def _via_covering_index(sql: str, table: str) -> str | None:
    index = COVERING.get(table)
    if index is None or len(PURE_SEARCH_RE.findall(sql)) != 1:
        return None
    return PURE_SEARCH_RE.sub(lambda m: f" from {m.group(1)} indexed by {index} where id in {m.group(2)}", sql)


def _split_search(sql: str) -> list[str] | None:
    if len(FTS_MATCH_RE.findall(sql)) != 1:
        return None
    return [FTS_MATCH_RE.sub(lambda m: f"{m.group(1)} and rowid % 2 = {k})", sql) for k in (0, 1)]


def precomputed(datasette, table: str, args: Mapping[str, Sequence[str]], name: str) -> Rows | None:
    """Start-up counts of facet ``name`` on the table page with these query arguments, if there are any.

    ``args`` maps each argument to its values (``{"year": ["2017"]}``); the
    counts are there for the whole table and for a page with one filter whose
    value ``precompute`` counted.
    """
    cache = getattr(datasette, CACHE_ATTRIBUTE, None)
    if cache is None or not table:
        return None
    filters = [key for key in args if key not in NON_FILTER_ARGS and not key.startswith("_facet")]
    if not filters:
        return cache.get((table, name))
    if len(filters) == 1 and len(args[filters[0]]) == 1:
        value = args[filters[0]][0]
        key = _through_cache_key(table, value) if filters[0] == "_through" else (table, filters[0], value)
        page = cache.get(key) if key else None
        if page is not None:
            return page.get(name)
    return None


def _through_cache_key(table: str, arg: str):
    try:
        through = json.loads(arg)
        spec = through_spec(table, through["table"], through["column"])
        return through_key(table, spec, through["value"]) if spec else None
    except (ValueError, KeyError, TypeError):
        return None


async def count(
    db, table: str, sql: str, params: dict, indexed: list[str], through: list[str], *,
    limit: int, time_limit_ms: int, row_count: int | None = None, ties: str = "asc",
) -> dict[str, Rows]:
    """Every facet over the rows ``sql`` selects, in one pass: {name: [(value, count), ...]}.

    At most ``limit`` values per facet, ties in ``ties`` order of value.
    ``row_count``, when known, says whether a full-text search is big enough
    to count in two halves.  Raises ``QueryInterrupted`` past ``time_limit_ms``.
    """
    halves = _split_search(sql) if (row_count or 0) > SPLIT_ABOVE else None
    if halves is None:
        counting, names = facet_counts_sql(table, sql, indexed, through, limit, ties=ties)
        return split_rows(await _execute(db, table, counting, params, time_limit_ms), names)
    # Two threads each seek half the matches (SQLite releases the GIL), with
    # every group kept, then the halves are added.
    parts = await asyncio.gather(*(
        _execute(db, table, facet_counts_sql(table, half, indexed, through, -1)[0], params, time_limit_ms)
        for half in halves
    ))
    names = [*indexed, *through]
    counters = [Counter() for _ in names]
    for rows in parts:
        for facet, value, n in rows:
            counters[facet][value] += n
    return {name: sorted_counts(counter, ties=ties)[:limit] for name, counter in zip(names, counters)}


async def _execute(db, table: str, sql: str, params: dict, limit_ms: int) -> list[tuple]:
    covered = _via_covering_index(sql, table)

    def run(conn):
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

    return await db.execute_fn(run)


class _FastFacet(Facet):
    """Shared by both facet types: one counting pass per page, whatever the facets."""

    def _name(self, config: dict) -> str:
        return config.get("column") or config["simple"]

    async def _counts(self, name: str) -> Rows:
        """(value, count) rows for one of this page's facets; raises QueryInterrupted."""
        args = {key: self.request.args.getlist(key) for key in self.request.args}
        cached = precomputed(self.ds, self.table, args, name)
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

    async def _count_all(self) -> dict[str, Rows]:
        configs = load_facet_configs(self.request, self.metadata)
        indexed = list(dict.fromkeys(self._name(c["config"]) for c in configs.get("indexed", [])))
        through = [
            name
            for name in dict.fromkeys(self._name(c["config"]) for c in configs.get("through", []))
            if (self.table, name) in THROUGH
        ]
        if not indexed and not through:
            return {}
        return await count(
            self.ds.get_database(self.database), self.table, self.sql, self._params(), indexed, through,
            limit=self.get_facet_size() + 1, row_count=self.row_count,
            time_limit_ms=min(self.ds.setting("facet_time_limit_ms"), self.ds.sql_time_limit_ms),
        )

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
            for value, n in rows[:facet_size]:
                key, arg, added = self._toggle_arg(name, value)
                selected = (key, arg) in qs_pairs
                facet_values.append({
                    "value": value,
                    "label": labels.get(value, value),
                    "count": n,
                    "toggle_url": urls.without_args(self.ds, self.request, {key: arg})
                    if selected else urls.with_args(self.ds, self.request, {key: added}),
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
            "toggle_url": urls.without_args(self.ds, self.request, {f"_facet_{self.type}": name}, absolute=False),
            "results": values,
            "truncated": len(rows) > self.get_facet_size(),
        }


class IndexedFacet(_FastFacet):
    """A column facet on an indexed column (see the module docstring)."""

    type = "indexed"

    async def _labels(self, column: str, values: list) -> dict:
        if not self.table:
            return {}
        if (self.table, column) in VALUE_LABELS:
            words = VALUE_LABELS[(self.table, column)]
            return {value: words[value] for value in values if value in words}
        if (self.table, column) in TEXT_LABELS and values:
            sql = TEXT_LABELS[(self.table, column)].format(marks=", ".join("?" * len(values)))
            rows = await self.ds.get_database(self.database).execute(sql, values)
            return {row[0]: row[1] for row in rows.rows}
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
            # (and counts a requested ``_facet=statement_key`` with this engine: ON_REQUEST)
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
    on_request = ON_REQUEST.get(table, ())
    kept = [("_facet_indexed" if key == "_facet" and value in on_request else key, value) for key, value in kept]
    if kept == pairs:
        return scope
    return {**scope, "query_string": urllib.parse.urlencode(kept).encode("latin-1")}
