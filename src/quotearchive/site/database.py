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
        return await super().execute(count_from_index(sql), params, *args, **kwargs)
