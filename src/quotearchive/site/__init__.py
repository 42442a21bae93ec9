"""Step 8: publish the database with Datasette.

``build_metadata`` turns the schema's descriptions into Datasette metadata
(so every table and column is described where it is shown), adds the
default facets, sort orders and canned queries, and ``make_datasette`` builds
the same configured instance for ``quotearchive serve`` and for the tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..archive.schema import DB_NAME, TABLES
from .queries import CANNED_QUERIES

TITLE = "Quote Archive"
DESCRIPTION_HTML = (
    "<p>Who said what, when, and where was it reported? Quotations extracted from news "
    "articles, with their speakers, outlets, dates and topics. Search the statements, browse "
    "by speaker, outlet, topic and date, open any quote in its article, and export CSV or JSON.</p>"
)
LICENSE = "Extracted data: CC BY 4.0; article text remains its publishers'"
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
SOURCE = "quotearchive"
SOURCE_URL = "https://pypi.org/project/quotearchive/"

# What a public site needs by default (README "Safety"): no arbitrary SQL,
# bounded time and page sizes, no facet suggestions scanning big tables.
SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 1000,
    "facet_suggest_time_limit_ms": 50,
    "suggest_facets": False,
    "default_facet_size": 20,
    "default_page_size": 50,
    "max_returned_rows": 1000,
    "allow_csv_stream": True,
    "max_csv_mb": 0,  # researchers want every row (USERS.md: "no row caps")
    "truncate_cells_html": 0,  # never truncate a quotation
    "default_cache_ttl": 300,
}

TABLE_OPTIONS: dict[str, dict[str, Any]] = {
    "quotes": {
        # sort_desc on the primary key, which is date-ordered: newest first and
        # keyset pagination that stays fast at millions of rows.
        "sort_desc": "id",
        # Rendering a row of 19 columns, long text among them, is most of a
        # page's time: 30 quotes a page keeps a common-word search page under
        # 50 ms at a million quotes (make bench), and a screen holds fewer.
        "size": 30,
        # Facet types from facets.py: "indexed" is a column facet answered from
        # counts precomputed at startup (unfiltered pages) or in one pass over
        # the matches (filtered pages); "through" counts topics through the
        # indexed quote_topics table.  Datasette's {"array": "topics"} facet
        # took over 10 s at 2M quotes (DATASETTE.md §8).
        "facets": [
            {"indexed": "speaker_id"},
            {"indexed": "outlet"},
            {"through": "topics"},
            {"indexed": "kind"},
            {"indexed": "year"},
        ],
        "facet_size": 20,
        "sortable_columns": ["id", "published", "year", "speaker_id", "outlet", "kind", "cue", "cue_class"],
    },
    "articles": {"sort_desc": "id", "facets": [{"indexed": "outlet"}, {"indexed": "year"}], "size": 50},
    "speakers": {"sort_desc": "quote_count", "facets": [{"indexed": "type"}]},
    "topics": {"sort_desc": "quote_count"},
}


def build_metadata() -> dict[str, Any]:
    tables: dict[str, Any] = {}
    for table in TABLES:
        entry: dict[str, Any] = {
            "description": table.description,
            "columns": {c.name: c.description for c in table.columns},
        }
        if table.label_column:
            entry["label_column"] = table.label_column
        if table.hidden:
            entry["hidden"] = True
        entry.update(TABLE_OPTIONS.get(table.name, {}))
        tables[table.name] = entry
    return {
        "title": TITLE,
        "description_html": DESCRIPTION_HTML,
        "license": LICENSE,
        "license_url": LICENSE_URL,
        "source": SOURCE,
        "source_url": SOURCE_URL,
        "databases": {DB_NAME: {"tables": tables, "queries": CANNED_QUERIES}},
    }


def make_datasette(
    db_path: str | Path,
    *,
    immutable: bool = True,
    allow_sql: bool = False,
    settings: dict[str, Any] | None = None,
    inspect_data: dict | None = None,
):
    """A configured Datasette for the archive at ``db_path``.

    ``immutable`` (the default) is right for a database nothing is writing:
    no locking and counts computed once.  Serve a database that ingest is
    still writing with ``immutable=False`` (opened read-only, WAL lets both run).

    For an immutable database, the table row counts (Datasette's ``inspect``
    data) and the whole-table facet counts are computed here, once, so no
    page ever counts a million rows (about 8 s at startup for 1M quotes,
    instead of on the first visitor's request or on every front page), and
    kept beside the database for the next start (``startup``).
    """
    from datasette.app import Datasette
    from datasette.plugins import pm

    from . import facets, startup
    from .database import ArchiveDatabase

    if not pm.is_registered(facets):
        pm.register(facets, name="quotearchive.site.facets")
    metadata = build_metadata()
    if not allow_sql:
        metadata["allow_sql"] = False
    all_settings = {**SETTINGS, **(settings or {})}
    counts = None
    if immutable:
        tables = metadata["databases"][DB_NAME]["tables"]
        limit = all_settings.get("max_returned_rows", 1000)
        key = startup.cache_key(db_path, {"tables": tables, "limit": limit})
        cached = startup.load(db_path, key)
        if cached is None:
            table_counts = facets.table_counts(str(db_path))
            counts = facets.precompute(str(db_path), tables, limit=limit)
            startup.save(db_path, key, table_counts, counts)
        else:
            table_counts, counts = cached
        if inspect_data is None:
            inspect_data = _inspect(db_path, table_counts)
    datasette = Datasette(metadata=metadata, settings=all_settings, inspect_data=inspect_data)
    # Added by hand so the database is always named "quotes", whatever the file is called.
    datasette.add_database(ArchiveDatabase(datasette, path=str(db_path), is_mutable=not immutable), name=DB_NAME)
    if counts is not None:
        setattr(datasette, facets.CACHE_ATTRIBUTE, counts)
    return datasette


def _inspect(db_path: str | Path, table_counts: dict[str, int] | None = None) -> dict:
    """What ``datasette inspect`` writes, computed in-process.

    The "hash" stands in for Datasette's SHA-256 of the whole file (seconds
    at a few GB, paid on first use otherwise): size and mtime identify an
    immutable file just as well.
    """
    import hashlib

    from . import facets

    stat = Path(db_path).stat()
    return {
        DB_NAME: {
            "hash": hashlib.sha256(f"{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest(),
            "size": stat.st_size,
            "file": str(db_path),
            "tables": {name: {"count": n} for name, n in (table_counts or facets.table_counts(str(db_path))).items()},
        }
    }


# Datasette loads this package as a plugin (entry point in pyproject.toml) and
# finds templates/ and static/ beside this file; the hooks live in plugin.py.
from .plugin import asgi_wrapper, extra_css_urls, extra_template_vars, prepare_connection, register_routes  # noqa: E402,F401


def serve(db_path: str | Path, *, host: str = "127.0.0.1", port: int = 8001, **options: Any) -> None:
    """Serve the archive over HTTP until interrupted (uvicorn, as Datasette's own serve)."""
    import uvicorn

    datasette = make_datasette(db_path, **options)
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning")
