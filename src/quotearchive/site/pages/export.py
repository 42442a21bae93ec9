"""The CSV of a search (``/-/quotes.csv?q=...&speaker=...``): every match, formula-safe, streamed.

The columns are the ``quotearchive export`` command's, and so is the rule for
cells a spreadsheet would run as a formula (``archive.export``).  Datasette's
own ``.csv`` of a table page gets the same rule from ``safecsv``.
"""

from __future__ import annotations

import csv
import io

from datasette.utils.asgi import AsgiStream

from datasette.utils import sqlite_timelimit

from ...archive.export import EXPORT_COLUMNS, EXPORT_SELECT, FORMULA_PREFIXES
from ..searchsyntax import fts_query
from .common import archive_db
from .search import check_search_args, search_filters, where

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


async def export_pages(datasette, args):
    """Every quote the same search matches, oldest first, as CSV text in batches.

    Keyset pages on the primary key, so the millionth row costs what the
    first does (for a search without filters, read from the full-text index
    in the same order: ``FTS_BATCH_CONDITION``).  Memory stays flat: one
    batch at a time, written out before the next is read; the export stops
    at the next batch when the client goes away (``limits``).  Each batch is
    read and written as CSV in Datasette's query thread, as plain tuples in
    the columns' order: half the time of a batch used to be building rows
    and looking cells up by name (issue 18, ``make bench``).
    """
    db = archive_db(datasette)
    q = (args.get("q") or "").strip()
    filters = search_filters(args)
    condition, params = where(filters, with_fts=bool(q))
    if q:
        params["fts"] = fts_query(q)
        if not filters:
            condition = FTS_BATCH_CONDITION
    sql = EXPORT_PAGE_SQL.format(select=EXPORT_SELECT, where=condition)
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
            [("'" + v) if v.__class__ is str and v.startswith(FORMULA_PREFIXES) else v for v in row] for row in rows
        )
        return out.getvalue()

    while (text := await db.execute_fn(batch_csv)) is not None:
        yield text


async def export_view(datasette, request):
    check_search_args(request.args)  # a bad filter is a 400 before the 200 and its header row

    async def stream(writer):
        header = io.StringIO()
        csv.writer(header).writerow(EXPORT_COLUMNS)
        await writer.write(header.getvalue())
        async for text in export_pages(datasette, request.args):
            await writer.write(text)

    headers = {"content-disposition": 'attachment; filename="quotes.csv"'}
    return AsgiStream(stream, headers=headers, content_type="text/csv; charset=utf-8")
