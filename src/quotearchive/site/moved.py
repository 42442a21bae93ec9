"""Permalinks that outlive an id change: an old article or quote address is sent on to the new one.

Ids begin with the article's date (``archive/schema.py``), so an article whose
date is supplied or corrected later gets new ids for itself and its quotes;
the archive lists the old ones in ``moved_ids``.  An ASGI middleware
(``guard``, installed by ``plugin.asgi_wrapper``) answers a request for a
row page (HTML or ``.json``) whose id is not stored but was moved with a 301
to the new address, query string kept.
"""

from __future__ import annotations

import re

from ..archive.schema import DB_NAME, MOVED_IDS

ROW_PATH_RE = re.compile(rf"/{DB_NAME}/(articles|quotes)/(\d{{1,19}})(\.json)?$")
MOVED_SQL = f"""select new_id from {MOVED_IDS.name} where table_name = :table and old_id = :id
and not exists (select 1 from {{table}} where id = :id)"""


def guard(datasette):
    """The ASGI middleware factory: ``guard(datasette)(app)``."""

    def wrap(app):
        async def moved_rows(scope, receive, send):
            found = ROW_PATH_RE.search(scope.get("path", "")) if scope.get("type") == "http" else None
            target = await _new_id(datasette, found.group(1), int(found.group(2))) if found else None
            if target is None:
                await app(scope, receive, send)
                return
            path = scope.get("raw_path", b"").decode("latin-1") or scope["path"]
            location = path[: path.rfind(found.group(2))] + str(target) + (found.group(3) or "")
            query = scope.get("query_string", b"").decode("latin-1")
            await send({"type": "http.response.start", "status": 301,
                        "headers": [(b"location", (location + ("?" + query if query else "")).encode("latin-1")),
                                    (b"content-type", b"text/plain; charset=utf-8")]})
            await send({"type": "http.response.body", "body": b"Moved: this row's id changed with its date.\n"})

        return moved_rows

    return wrap


async def _new_id(datasette, table: str, old_id: int) -> int | None:
    try:
        db = datasette.get_database(DB_NAME)
    except KeyError:
        return None
    if not await db.table_exists(MOVED_IDS.name):  # an archive made before ids could move
        return None
    result = await db.execute(MOVED_SQL.format(table=table), {"table": table, "id": old_id})
    row = result.first()
    return row[0] if row else None
