"""No local file paths on a published site.

``articles.source`` and ``files.path`` hold where each article was read
from on the machine that ran ingest (``/home/alice/corpora/bbc/209.txt``).
Unless the site is served for its owner (``make_datasette(owner=True)``),
every connection to the archive reads those columns as NULL, through
SQLite's authorizer: table and row pages, JSON, Datasette's CSV, filters
(``?source=...`` matches nothing), facets and the site's own CSV alike.
"""

from __future__ import annotations

import sqlite3

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
