"""The CSV of a search (``/-/quotes.csv?q=...&speaker=...``): every match, formula-safe, streamed.

The columns are the ``quotearchive export`` command's (``archive.export``'s
EXPORT_COLUMNS), plus each quote's ``permalink`` on this site;
``article_source``, a path on the machine that ran ingest, only when the site
is served for its owner (``privacy``).  The rule for cells a spreadsheet would
run as a formula is the command's too.  Datasette's own ``.csv`` of a table
page gets the same rule from ``safecsv``.
"""

from __future__ import annotations

import csv
import io

from datasette.utils import sqlite_timelimit
from datasette.utils.asgi import AsgiStream

from ...archive.export import EXPORT_COLUMNS, EXPORT_SELECT, FORMULA_PREFIXES
from .. import limits
from ..privacy import is_owner
from ..searchsyntax import fts_query
from ..urls import ArchiveUrls
from .common import archive_db
from .search import EXACT_INDEX, EXACT_MISSING, check_search_args, exact_sql, search_filters, where
from .speaker_link import speaker_named

EXPORT_BATCH = 5000  # rows per batch: ~2.5 MB of CSV at most, written before the next is read
EXPORT_TIME_LIMIT_MS = 10_000  # per batch of an export: a rare filter may scan far between matches
EXPORT_PAGE_SQL = """{select}
from quotes
  join articles on articles.id = quotes.article_id
  left join speakers on speakers.id = quotes.speaker_id
where {where} and quotes.id > :after
order by quotes.id
limit :batch"""
# A search with no other filter: the batch is read from the full-text index in
# rowid order, so each batch costs its own rows.  The general condition
# (``quotes.id in (select rowid ... match :fts)``) collects every match again
# for every batch: a common word's export slowed as it went (issue 18).
FTS_BATCH_CONDITION = ("quotes.id in (select rowid from quotes_fts where quotes_fts match :fts "
                       "and rowid > :after order by rowid limit :batch)")
OWNER_ONLY_COLUMNS = ("article_source",)
ID_PLACEHOLDER = 987654321  # stands for a quote's id in the permalink template


def site_columns(datasette) -> list[str]:
    """The CSV's header: the export command's columns and the permalink, paths for the owner only."""
    owner = is_owner(datasette)
    return [c for c in EXPORT_COLUMNS if owner or c not in OWNER_ONLY_COLUMNS] + ["permalink"]


async def export_pages(datasette, args, columns=EXPORT_COLUMNS, permalink: str | None = None):
    """Every quote the same search matches, oldest first, as CSV text in batches.

    Keyset pages on the primary key, so the millionth row costs what the
    first does (for a search without filters, read from the full-text index
    in the same order: ``FTS_BATCH_CONDITION``).  Memory stays flat: one
    batch at a time, written out before the next is read; the export stops
    at the next batch when the client goes away (``limits``).  Each batch is
    read and written as CSV in Datasette's query thread, as plain tuples in
    the columns' order, not rows looked up by name: that was half the time of
    a batch.  ``columns``: which of the export's columns, in its order (a
    ``permalink`` column among them is left to the caller's ``permalink``: a
    quote page's URL with ``ID_PLACEHOLDER`` for its id, appended to each row).
    """
    db = archive_db(datasette)
    q = (args.get("q") or "").strip()
    filters = search_filters(args)
    exact = bool(q) and args.get("exact") == "1"  # the search's exact words: its unstemmed index
    condition, params = where(filters, with_fts=bool(q), exact=exact)
    if q:
        params["fts"] = fts_query(q)
        if not filters:
            condition = exact_sql(FTS_BATCH_CONDITION) if exact else FTS_BATCH_CONDITION
    sql = EXPORT_PAGE_SQL.format(select=EXPORT_SELECT, where=condition)
    kept = [EXPORT_COLUMNS.index(c) for c in columns if c in EXPORT_COLUMNS]
    before, _, after_id = (permalink or "").partition(str(ID_PLACEHOLDER))
    state = {"after": -1}

    def batch_csv(conn):
        with sqlite_timelimit(conn, EXPORT_TIME_LIMIT_MS):
            cursor = conn.cursor()
            cursor.row_factory = None
            rows = cursor.execute(sql, {**params, "after": state["after"], "batch": EXPORT_BATCH}).fetchall()
        if not rows:
            return None
        state["after"] = rows[-1][0]
        out = io.StringIO()
        csv.writer(out).writerows(
            [("'" + v) if v.__class__ is str and v.startswith(FORMULA_PREFIXES) else v for v in (row[i] for i in kept)]
            + ([f"{before}{row[0]}{after_id}"] if permalink else [])
            for row in rows
        )
        return out.getvalue()

    while (text := await db.execute_fn(batch_csv)) is not None:
        yield text


async def export_view(datasette, request):
    named = await speaker_named(datasette, request)
    if named is not None:
        return named
    check_search_args(request.args)  # a bad filter is a 400 before the 200 and its header row
    if request.args.get("exact") == "1" and not await archive_db(datasette).table_exists(EXACT_INDEX):
        raise limits.bad("exact", EXACT_MISSING)  # not the stemmed matches under an exact-words name
    permalink = datasette.absolute_url(request, ArchiveUrls(datasette).quote(ID_PLACEHOLDER))
    columns = site_columns(datasette)

    async def stream(writer):
        header = io.StringIO()
        csv.writer(header).writerow(columns)
        await writer.write(header.getvalue())
        async for text in export_pages(datasette, request.args, columns, permalink):
            await writer.write(text)

    headers = {"content-disposition": 'attachment; filename="quotes.csv"'}
    return AsgiStream(stream, headers=headers, content_type="text/csv; charset=utf-8")
