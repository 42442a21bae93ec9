"""The site's Datasette metadata and settings: titles, descriptions, facets, sort orders, queries.

``build_metadata`` turns the schema's descriptions into Datasette metadata
(so every table and column is described where it is shown) and adds the
default facets, sort orders and canned queries.
"""

from __future__ import annotations

from typing import Any

from ..archive.schema import DB_NAME, TABLES
from .feeds import FEED_QUERIES
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
    "max_csv_mb": 0,  # researchers want every row: no cap on a CSV download
    "truncate_cells_html": 0,  # never truncate a quotation
    "default_cache_ttl": 300,
}

TABLE_OPTIONS: dict[str, dict[str, Any]] = {
    "quotes": {
        # sort_desc on the primary key, which is date-ordered: newest first and
        # keyset pagination that stays fast at millions of rows.
        "sort_desc": "id",
        # Rendering a row of 19 columns, long text among them, is most of a
        # page's time: 30 quotes a page keep a common-word search page within
        # the page-time goal (make bench; docs/scaling.md), and a screen holds fewer.
        "size": 30,
        # Facet types from facets.py: "indexed" is a column facet answered from
        # counts precomputed at startup (unfiltered pages) or in one pass over
        # the matches (filtered pages); "through" counts the topics each quote
        # holds.  Datasette's {"array": "topics"} facet parses every row's JSON
        # on every page, which does not scale to millions of quotes.
        "facets": [
            {"indexed": "speaker_id"},
            {"indexed": "outlet"},
            {"through": "topics"},
            {"indexed": "kind"},
            {"indexed": "year"},
            {"indexed": "speaker_type"},
            {"indexed": "cue_class"},
        ],
        "facet_size": 20,
        # Every column with an index (schema.py) sorts through it; the others
        # (text, context, start, end, speaker_role, ...) would sort every row:
        # refused with a 400 that says so (limits.check_table_args).
        "sortable_columns": ["id", "published", "year", "month", "speaker_id", "outlet", "kind", "cue", "cue_class",
                             "article_id", "statement_key", "speaker_confidence", "speaker_type"],
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
        "databases": {DB_NAME: {"tables": tables, "queries": {**CANNED_QUERIES, **FEED_QUERIES}}},
    }
