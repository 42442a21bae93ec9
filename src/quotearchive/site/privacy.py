"""No local file paths on a published site.

``articles.source`` and ``files.path`` hold each file's path from the folder
given to ingest (``bbc/politics/209.txt``), whose folder names can say more than
an owner means to publish, and in an archive made before 2026-12, where the
file lay on the machine that ran ingest (``/home/alice/corpora/bbc/209.txt``).
Unless the site is served for its owner (``make_datasette(owner=True)``),
every connection to the archive reads those columns as NULL, through
SQLite's authorizer: table and row pages, JSON, Datasette's CSV, filters
(``?source=...`` matches nothing), facets and the site's own CSV alike; ``/-/databases.json`` is listed without
the database file's own path.
"""

from __future__ import annotations

import sqlite3

from datasette import hookimpl
from datasette.utils.asgi import Response

OWNER_ATTRIBUTE = "_quotearchive_owner"
PRIVATE_COLUMNS = frozenset({("articles", "source"), ("files", "path")})


def is_owner(datasette) -> bool:
    return bool(getattr(datasette, OWNER_ATTRIBUTE, False))


def _authorizer(action, arg1, arg2, db_name, trigger):
    if action == sqlite3.SQLITE_READ and (arg1, arg2) in PRIVATE_COLUMNS:
        return sqlite3.SQLITE_IGNORE  # the column reads as NULL
    return sqlite3.SQLITE_OK


def hide_paths(conn) -> None:
    conn.set_authorizer(_authorizer)


DATABASES_PATHS = ("/-/databases", "/-/databases.json")


@hookimpl
def asgi_wrapper(datasette):
    """Datasette's ``/-/databases.json`` names the database file's path: listed without it, unless for the owner."""

    def wrap(app):
        async def without_paths(scope, receive, send):
            if scope.get("type") == "http" and scope.get("path") in DATABASES_PATHS and not is_owner(datasette):
                listed = [{k: v for k, v in d.items() if k != "path"} for d in datasette._connected_databases()]
                await Response.json(listed).asgi_send(send)
                return
            await app(scope, receive, send)

        return without_paths

    return wrap
