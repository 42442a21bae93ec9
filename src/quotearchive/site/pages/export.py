"""The CSV of a search (``/-/quotes.csv?q=...&speaker=...``): every match, formula-safe, streamed.

The columns are the ``quotearchive export`` command's (``archive.export``'s
EXPORT_COLUMNS, with ``speaker_id`` and ``statement_key``), plus each quote's
``permalink`` on this site; ``article_source``, a path on the machine that ran
ingest, only when the site is served for its owner (``privacy``).  The rule
for cells a spreadsheet would run as a formula is the command's too.
Datasette's own ``.csv`` of a table page gets the same rule from ``safecsv``.
"""

from __future__ import annotations

import csv
import io

from datasette.utils.asgi import AsgiStream

from ...archive.export import EXPORT_COLUMNS, EXPORT_SELECT, neutralise_formula
from ..privacy import is_owner
from ..searchsyntax import fts_query
from ..urls import ArchiveUrls
from .common import archive_db
from .search import search_filters, where

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


OWNER_ONLY_COLUMNS = ("article_source",)


def site_columns(datasette) -> list[str]:
    """The CSV's header: the export command's columns and the permalink, paths for the owner only."""
    owner = is_owner(datasette)
    return [c for c in EXPORT_COLUMNS if owner or c not in OWNER_ONLY_COLUMNS] + ["permalink"]


async def export_view(datasette, request):
    columns = site_columns(datasette)
    urls = ArchiveUrls(datasette)

    def value(row, column):
        if column == "permalink":
            return datasette.absolute_url(request, urls.quote(row["id"]))
        return row[column]

    async def stream(writer):
        out = io.StringIO()
        rows = csv.writer(out)
        rows.writerow(columns)
        async for batch in export_pages(datasette, request.args):
            for row in batch:
                rows.writerow([neutralise_formula(value(row, c)) for c in columns])
            await writer.write(out.getvalue())
            out.seek(0)
            out.truncate()
        if out.getvalue():
            await writer.write(out.getvalue())

    headers = {"content-disposition": 'attachment; filename="quotes.csv"'}
    return AsgiStream(stream, headers=headers, content_type="text/csv; charset=utf-8")
