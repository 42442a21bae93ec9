"""The CSV of a search (``/-/quotes.csv?q=...&speaker=...``): every match, formula-safe, streamed.

The columns are the ``quotearchive export`` command's, and so is the rule for
cells a spreadsheet would run as a formula (``archive.export``).  Datasette's
own ``.csv`` of a table page gets the same rule from ``safecsv``.
"""

from __future__ import annotations

import csv
import io

from datasette.utils.asgi import AsgiStream

from ...archive.export import EXPORT_COLUMNS, EXPORT_SELECT, neutralise_formula
from ..searchsyntax import fts_query
from .common import archive_db
from .search import check_search_args, search_filters, where

EXPORT_BATCH = 1000
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
    """Every quote the same search matches, oldest first, in batches of rows.

    Keyset pages on the primary key, so the millionth row costs what the
    first does (for a search without filters, read from the full-text index
    in the same order: ``FTS_BATCH_CONDITION``).  Memory stays flat: one
    batch at a time, written out before the next is read; the export stops
    at the next batch when the client goes away (``limits``).
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
    after = -1
    while True:
        batch = {**params, "after": after, "batch": EXPORT_BATCH}
        rows = (await db.execute(sql, batch, custom_time_limit=EXPORT_TIME_LIMIT_MS)).rows
        if not rows:
            return
        yield rows
        after = rows[-1]["id"]


async def export_view(datasette, request):
    check_search_args(request.args)  # a bad filter is a 400 before the 200 and its header row
    async def stream(writer):
        out = io.StringIO()
        rows = csv.writer(out)
        rows.writerow(EXPORT_COLUMNS)
        async for batch in export_pages(datasette, request.args):
            for row in batch:
                rows.writerow([neutralise_formula(row[c]) for c in EXPORT_COLUMNS])
            await writer.write(out.getvalue())
            out.seek(0)
            out.truncate()
        if out.getvalue():
            await writer.write(out.getvalue())

    headers = {"content-disposition": 'attachment; filename="quotes.csv"'}
    return AsgiStream(stream, headers=headers, content_type="text/csv; charset=utf-8")
