"""Step 8: publish the database with Datasette.

``build_metadata`` turns the schema's descriptions into Datasette metadata
(so every table and column is described where it is shown), adds the
default facets, sort orders and canned queries, and ``make_datasette`` builds
the same configured instance for ``quotearchive serve`` and for the tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..schema import DB_NAME, TABLES
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
        "size": 50,
        "facets": ["speaker_id", "outlet", {"array": "topics"}, "kind", "year"],
        "facet_size": 20,
        "sortable_columns": ["id", "published", "year", "speaker_id", "outlet", "kind", "cue"],
    },
    "articles": {"sort_desc": "id", "facets": ["outlet", "year"], "size": 50},
    "speakers": {"sort_desc": "quote_count", "facets": ["type"]},
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
    """
    from datasette.app import Datasette
    from datasette.database import Database

    metadata = build_metadata()
    if not allow_sql:
        metadata["allow_sql"] = False
    datasette = Datasette(
        metadata=metadata,
        settings={**SETTINGS, **(settings or {})},
        inspect_data=inspect_data,
    )
    # Added by hand so the database is always named "quotes", whatever the file is called.
    datasette.add_database(Database(datasette, path=str(db_path), is_mutable=not immutable), name=DB_NAME)
    return datasette


# Datasette loads this package as a plugin (entry point in pyproject.toml) and
# finds templates/ and static/ beside this file; the hooks live in plugin.py.
from .plugin import extra_css_urls, extra_template_vars, register_routes  # noqa: E402,F401


def serve(db_path: str | Path, *, host: str = "127.0.0.1", port: int = 8001, **options: Any) -> None:
    """Serve the archive over HTTP until interrupted (uvicorn, as Datasette's own serve)."""
    import uvicorn

    datasette = make_datasette(db_path, **options)
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning")
