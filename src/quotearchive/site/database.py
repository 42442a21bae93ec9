"""The archive's Datasette database: two cheap changes that matter at a million rows.

- Read connections memory-map the file (``PRAGMA mmap_size``): a search or
  facet touches one B-tree page per matching row, and reading pages through
  the OS page cache without a copy per page is faster, and the mapping is
  shared by Datasette's connection threads instead of each having its own
  page cache.
- The row count of a search page is taken from the full-text index.
  Datasette counts ``select count(*) from quotes where rowid in (select rowid
  from quotes_fts where quotes_fts match ...)``, one table seek per match;
  when that is the whole filter, the same number is ``select count(*) from
  quotes_fts where quotes_fts match ...``, which reads the index alone,
  because ``archive.store`` keeps each FTS index exactly in step with its
  table (FTS5 integrity-checked in the tests).
  Likewise a page filtered by one topic (``?_through=``): Datasette counts
  ``select count(*) from quotes where id in (select quote_id from
  quote_topics where topic = :p0)``, a seek per quote; the join table's own
  rows are the same number (its primary key is (quote_id, topic) and every
  quote_id is a stored quote), counted on its (topic, quote_id) index alone.
  Any other count is left alone.
- Paging newest first by ``id`` (the tables' INTEGER PRIMARY KEY, never
  null), Datasette's next-page condition ``(id < :p2 or id is null or (id =
  :p2 and ((id > :p1))))``, with p1 = p2, is ``id < :p2``: the ``or``s kept
  SQLite from seeking to the key, so page n read the n-1 pages before it.
  And a pure full-text search paged newest first (a table page's
  ``?_search=`` and its ``.csv?_stream=on``) takes its page from the FTS
  index in rowid order (``order by rowid desc limit N`` inside the ``in``),
  instead of collecting every match for every page: a CSV of a common word
  streamed at ~350 rows/s (issue 18), each page costing the whole match set.
"""

from __future__ import annotations

import re

from datasette.database import Database

from ..archive.schema import FTS_COLUMNS
from .facets import through_spec

MMAP_BYTES = 2**31  # SQLite's default compile-time ceiling; larger values are clamped
SEARCH_COUNT_RE = re.compile(
    r"select count\(\*\) from (?P<table>\w+) where rowid in "
    r"\(select rowid from (?P<fts>\w+) where (?P=fts) match (?P<match>escape_fts\(:search\)|:search)\) ?"
)


THROUGH_COUNT_RE = re.compile(
    r"select count\(\*\) from (?P<table>\w+) where (?P<pk>\w+) in "
    r"\(select (?P<key>\w+) from (?P<through>\w+) where (?P<column>\w+) = (?P<param>:p\d+)\) ?"
)


# Datasette 0.65's keyset condition after a page sorted by the primary key.
KEYSET_RE = re.compile(r"\(id < :(?P<a>p\d+) or id is null or \(id = :(?P=a) and \(\(id > :(?P<b>p\d+)\)\)\)\)")
PK_ID_TABLES = frozenset({"quotes", "articles", "speakers"})  # "id" INTEGER PRIMARY KEY (schema.py)
NEWEST_SEARCH_RE = re.compile(
    r"(?P<select>select .+? from (?P<table>\w+) where )rowid in \(select rowid from (?P<fts>\w+) where (?P=fts) match "
    r"(?P<match>escape_fts\(:search\)|:search)\)(?P<after> and \(id < :p\d+\))? order by id desc(?:, id)? limit (?P<limit>\d+)",
    re.S,
)


def keyset_by_id(sql: str, params) -> str:
    """Datasette's newest-first paging of an id-keyed table, rewritten to seek (see the module docstring)."""
    if " id is null " not in sql or not isinstance(params, dict):
        return sql
    m = re.search(r" from (\w+) where ", sql)
    if not m or m[1] not in PK_ID_TABLES:
        return sql
    return KEYSET_RE.sub(lambda k: f"(id < :{k['a']})" if params.get(k["a"]) == params.get(k["b"]) else k[0], sql)


def newest_search_page(sql: str) -> str:
    """A pure full-text search's page, newest first, read from the index in rowid order and stopped at the page."""
    m = NEWEST_SEARCH_RE.fullmatch(sql.strip())
    if not m or m["table"] not in PK_ID_TABLES or m["fts"] != f"{m['table']}_fts":
        return sql
    after = m["after"] or ""
    bound = f" and rowid < cast({after.split('<')[1].strip().removesuffix(')')} as integer)" if after else ""
    return (f"{m['select']}rowid in (select rowid from {m['fts']} where {m['fts']} match {m['match']}{bound} "
            f"order by rowid desc limit {m['limit']}){after} order by id desc limit {m['limit']}")


def count_from_index(sql: str) -> str:
    """Datasette's count of a pure full-text search or one-topic page, rewritten to count an index alone."""
    m = SEARCH_COUNT_RE.fullmatch(sql)
    if m and m["table"] in FTS_COLUMNS and m["fts"] == f"{m['table']}_fts":
        return f"select count(*) from {m['fts']} where {m['fts']} match {m['match']}"
    m = THROUGH_COUNT_RE.fullmatch(sql)
    if m:
        spec = through_spec(m["table"], m["through"], m["column"])
        if spec and (m["pk"], m["key"]) == (spec["pk"], spec["key"]):
            return f"select count(*) from {m['through']} where {m['column']} = {m['param']}"
    return sql


class ArchiveDatabase(Database):
    def connect(self, write=False):
        conn = super().connect(write=write)
        if not write and not self.is_memory:
            conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        return conn

    async def execute(self, sql, params=None, *args, **kwargs):
        sql = newest_search_page(keyset_by_id(count_from_index(sql), params))
        return await super().execute(sql, params, *args, **kwargs)
