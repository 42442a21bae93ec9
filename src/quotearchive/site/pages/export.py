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


async def export_pages(datasette, args):
    """Every quote the same search matches, oldest first, in batches of rows.

    Keyset pages on the primary key, so the millionth row costs what the
    first does.
    """
    db = archive_db(datasette)
    q = (args.get("q") or "").strip()
    condition, params = where(search_filters(args), with_fts=bool(q))
    if q:
        params["fts"] = fts_query(q)
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
