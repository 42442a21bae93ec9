"""The search page (``/search?q=``): quotes with facets, and the speakers, articles and topics that match.

Best matches first (FTS5 bm25), unless the words match more quotes than can
be ranked quickly or ``sort=newest`` asks for it: then newest first, read
from the full-text index in id order, which stops after one page.  Filters
(``speaker``, ``outlet``, ``year``, ``kind``, ``month``, ``topic``,
``article``) narrow the quotes with or without words; facets are counted by
the site's facet engine when the matches are few enough to count quickly.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from datasette.database import QueryInterrupted
from datasette.utils.asgi import Response

from ...archive.schema import DB_NAME
from .. import facets, limits
from ..searchsyntax import fts_query
from ..urls import ArchiveUrls, through
from .common import FACET_SIZE, QUOTE_CARD_COLUMNS, QUOTE_CARD_JOINS, SPEAKER_NAMES_SQL, TOPIC_NAMES_SQL
from .common import archive_db, human_date, limited, parse_roles, quote_card, rows, split_marked

PAGE_SIZE = 20  # search results per page
MAX_SEARCH_PAGES = 50  # ranked paging beyond 1,000 results: use the CSV
# Ranking by bm25 reads every match: beyond this, newest first.
RANK_MAX_MATCHES = 100_000
# Facets read every match: counted up to here, not beyond.
FACET_MAX_MATCHES = 50_000
FACETS_TIME_LIMIT_MS = 800  # the one statement counting every facet
# Values with equal counts: reverse value order.  The page's own facet query
# had no order for them ("order by n desc"); over its materialised matches
# SQLite returned them so, and the engine keeps that order, not Datasette's.
TIES = "desc"

SEARCH_FILTERS = {
    # request parameter: (SQL condition, Datasette table-page argument for the same filter)
    "speaker": ("quotes.speaker_id = :speaker", "speaker_id"),
    "outlet": ("quotes.outlet = :outlet", "outlet"),
    "year": ("quotes.year = :year", "year"),
    "kind": ("quotes.kind = :kind", "kind"),
    "month": ("quotes.month = :month", "month"),  # YYYY-MM, from a timeline bar
    "topic": ("quotes.id in (select quote_id from quote_topics where topic = :topic)", None),
    "article": ("quotes.article_id = :article", "article_id"),  # an article page's own quotes
}
INTEGER_FILTERS = ("speaker", "year", "article")
FTS_CONDITION = "quotes.id in (select rowid from quotes_fts where quotes_fts match :fts)"
# The same condition as Datasette writes it on a table page, which the facet
# engine recognises (to count a big search in halves, a pure one from its index).
FACET_FTS_CONDITION = "rowid in (select rowid from quotes_fts where quotes_fts match :fts)"
SEARCH_RANKED_SQL = """select {columns}, highlight(quotes_fts, 0, char(2), char(3)) as marked
from quotes_fts join quotes on quotes.id = quotes_fts.rowid {joins}
where quotes_fts match :fts{filters}
order by quotes_fts.rank limit :limit offset :offset"""
SEARCH_NEWEST_SQL = """select {columns}, highlight(quotes_fts, 0, char(2), char(3)) as marked
from quotes_fts join quotes on quotes.id = quotes_fts.rowid {joins}
where quotes_fts match :fts{filters}
order by quotes_fts.rowid desc limit :limit offset :offset"""
SEARCH_BROWSE_SQL = """select {columns}, quotes.text as marked
from quotes {joins}
where {filters}
order by quotes.id desc limit :limit offset :offset"""
SEARCH_TOPIC_SQL = """select {columns}, quotes.text as marked
from quote_topics join quotes on quotes.id = quote_topics.quote_id {joins}
where quote_topics.topic = :topic
order by quote_topics.quote_id desc limit :limit offset :offset"""
TOPIC_COUNT_SQL = "select count(*) from quote_topics where topic = :topic"
SEARCH_COUNT_SQL = "select count(*) from quotes where {where}"
FTS_COUNT_SQL = "select count(*) from quotes_fts where quotes_fts match :fts"
SPEAKER_SEARCH_SQL = """select speakers.id, speakers.name, speakers.type, speakers.roles, speakers.quote_count,
  highlight(speakers_fts, 0, char(2), char(3)) as marked
from speakers_fts join speakers on speakers.id = speakers_fts.rowid
where speakers_fts match :fts order by speakers_fts.rank limit :n"""
ARTICLE_SEARCH_SQL = """select articles.id, articles.outlet, articles.published, articles.quote_count,
  highlight(articles_fts, 0, char(2), char(3)) as marked,
  snippet(articles_fts, 1, char(2), char(3), '…', 24) as snippet
from articles_fts join articles on articles.id = articles_fts.rowid
where articles_fts match :fts order by articles_fts.rank limit :n"""
# The taxonomy is a few dozen rows: a scan is cheaper than an index would be.
TOPIC_SEARCH_SQL = """select slug, name, description, quote_count from topics
where name like :like or description like :like order by quote_count desc limit :n"""

FACETS = (  # search filter, the facet engine's name for it, title
    ("speaker", "speaker_id", "Speaker"),
    ("topic", "topics", "Topic"),
    ("outlet", "outlet", "Outlet"),
    ("year", "year", "Year"),
    ("kind", "kind", "Kind"),
)
FACET_COLUMNS = ["speaker_id", "outlet", "year", "kind"]  # counted by value
FACET_THROUGH = ["topics"]  # counted through the topics each quote holds
FILTER_TITLES = {**{name: title for name, _, title in FACETS}, "month": "Month", "article": "Article"}


def search_filters(args) -> dict[str, str]:
    """The filters a request sets, in SEARCH_FILTERS' order, stripped; empty ones left out."""
    filters = {}
    for name in SEARCH_FILTERS:
        value = (args.get(name) or "").strip()
        if value:
            filters[name] = value
    return filters


def check_search_args(args) -> None:
    """BadRequest (a 400 naming the parameter) for a filter the search cannot use.

    The whole-number filters must be ASCII digits within SQLite's range
    (``speaker=²`` passed ``str.isdigit`` and failed ``int``;
    ``year=99999999999999999999`` overflowed SQLite: both were 500s).
    NUL characters are refused for every page by ``limits``.
    """
    limits.check_pairs((name, args.get(name) or "") for name in ("q", *SEARCH_FILTERS))
    for name in INTEGER_FILTERS:
        value = (args.get(name) or "").strip()
        if value:
            limits.check_integer(name, value)


def where(filters: dict[str, str], with_fts: bool) -> tuple[str, dict[str, Any]]:
    """The SQL condition selecting the matching quotes, and its parameters (``:fts`` left to the caller)."""
    clauses = [FTS_CONDITION] if with_fts else []
    params: dict[str, Any] = {}
    for name, value in filters.items():
        clauses.append(SEARCH_FILTERS[name][0])
        params[name] = int(value) if name in INTEGER_FILTERS and limits.INTEGER_RE.fullmatch(value) else value
    return " and ".join(clauses) or "1 = 1", params


def facet_source(filters: dict[str, str], with_fts: bool) -> str:
    """The matching quotes as the facet engine reads them: filters first, then the words, as Datasette does."""
    clauses = [SEARCH_FILTERS[name][0] for name in filters] + ([FACET_FTS_CONDITION] if with_fts else [])
    return "select * from quotes where " + (" and ".join(clauses) or "1 = 1")


def table_filter_args(q: str, filters: dict[str, str]) -> dict[str, str]:
    """The same search as Datasette table-page arguments (for CSV/JSON and paging)."""
    args: dict[str, str] = {}
    if q:
        args["_search"] = q
    for name, value in filters.items():
        column = SEARCH_FILTERS[name][1]
        if column:
            args[column] = value
        elif name == "topic" and len(filters) == 1:
            # Through the (topic, quote_id) index: fast for a topic on its own.
            args["_through"] = through(value)
        elif name == "topic":
            # Datasette 0.65 names both _through's and a column filter's parameter :p0,
            # so together they match nothing; the array filter runs on the rows the
            # other filters' indexes already narrowed.
            args["topics__arraycontains"] = value
    return args


async def search(datasette, args) -> dict[str, Any]:
    """Quote search with facets, plus matching speakers, articles and topics (see the module docstring)."""
    db = archive_db(datasette)
    urls = ArchiveUrls(datasette)
    q = (args.get("q") or "").strip()
    filters = search_filters(args)
    fts = fts_query(q) if q else ""
    try:
        page = max(1, min(MAX_SEARCH_PAGES, int(args.get("page") or 1)))
    except ValueError:
        page = 1
    wants_newest = args.get("sort") == "newest"
    state = {"q": q, **filters, "sort": "newest" if wants_newest else None}
    result: dict[str, Any] = {
        "q": q, "filters": filters, "page": page, "searched": bool(fts or filters), "sort": None,
        "quotes": [], "count": None, "facets": [], "chips": [], "facets_skipped": False, "speakers": [], "articles": [],
        "topics": [], "error": None, "next_url": None, "prev_url": None, "csv_url": None, "json_url": None,
        "table_url": None, "facet_max": FACET_MAX_MATCHES, "relevance_url": None, "newest_url": None, "too_many_to_rank": False,
    }
    if not result["searched"]:
        return result
    condition, params = where(filters, with_fts=bool(fts))
    fts_total = None
    if fts:
        params["fts"] = fts
        # The full-text index counts its matches without reading a row.
        counted = await limited(db, FTS_COUNT_SQL, {"fts": fts})
        fts_total = counted[0]["count(*)"] if counted else None
        result["too_many_to_rank"] = fts_total is None or fts_total > RANK_MAX_MATCHES
    filter_sql = "".join(f" and {SEARCH_FILTERS[name][0]}" for name in filters)
    if fts and not wants_newest and not result["too_many_to_rank"]:
        result["sort"] = "relevance"
        sql = SEARCH_RANKED_SQL.format(columns=QUOTE_CARD_COLUMNS, joins=QUOTE_CARD_JOINS, filters=filter_sql)
    elif fts:
        result["sort"] = "newest"
        sql = SEARCH_NEWEST_SQL.format(columns=QUOTE_CARD_COLUMNS, joins=QUOTE_CARD_JOINS, filters=filter_sql)
    elif set(filters) == {"topic"}:
        # A topic alone: walk its (topic, quote_id) index newest first instead of collecting every id.
        result["sort"] = "newest"
        sql = SEARCH_TOPIC_SQL.format(columns=QUOTE_CARD_COLUMNS, joins=QUOTE_CARD_JOINS)
    else:
        result["sort"] = "newest"
        sql = SEARCH_BROWSE_SQL.format(columns=QUOTE_CARD_COLUMNS, joins=QUOTE_CARD_JOINS, filters=condition)
    if fts and not result["too_many_to_rank"]:
        result["relevance_url"] = urls.search(state, sort=None)
        result["newest_url"] = urls.search(state, sort="newest")
    try:
        found = await rows(db, sql, {**params, "limit": PAGE_SIZE + 1, "offset": (page - 1) * PAGE_SIZE})
    except (sqlite3.OperationalError, QueryInterrupted) as error:
        result["error"] = "That search could not be run: " + (
            "it took too long; add a word or a filter." if isinstance(error, QueryInterrupted) else str(error)
        )
        return result
    result["quotes"] = [quote_card(r) for r in found[:PAGE_SIZE]]
    if len(found) > PAGE_SIZE and page < MAX_SEARCH_PAGES:
        result["next_url"] = urls.search(state, page=page + 1)
    if page > 1:
        result["prev_url"] = urls.search(state, page=page - 1 if page > 2 else None)
    if fts and not filters:
        result["count"] = fts_total
    elif not fts and set(filters) == {"topic"}:
        counted = await limited(db, TOPIC_COUNT_SQL, params)
        result["count"] = counted[0]["count(*)"] if counted else None
    else:
        counted = await limited(db, SEARCH_COUNT_SQL.format(where=condition), params)
        result["count"] = counted[0]["count(*)"] if counted else None
    # Each facet reads every match once: past FACET_MAX_MATCHES that is too slow for a page.
    run_facets = result["count"] is not None and result["count"] <= FACET_MAX_MATCHES
    counts = await _facet_counts(datasette, q, fts, filters, params, result["count"]) if run_facets else {}
    result["facets_skipped"] = counts is None or not run_facets
    result["facets"] = await _facets(db, urls, counts or {}, state)
    labels = {f["name"]: {o["value"]: o["label"] for o in f["options"]} for f in result["facets"]}
    result["chips"] = [
        {"title": FILTER_TITLES[name], "label": labels.get(name, {}).get(value, value),
         "clear_url": urls.search(state, **{name: None, "page": None})}
        for name, value in filters.items()
    ]
    table_args = table_filter_args(q, filters)
    result["table_url"] = urls.table("quotes", table_args)
    # Our own CSV, formula-safe (Datasette's .csv is not), streamed in key order.
    result["csv_url"] = urls.export_csv({"q": q, **filters})
    result["json_url"] = urls.table("quotes", {**table_args, "_shape": "array", "_labels": "on"}, format="json")
    if fts and page == 1:
        for key, sql, extra in (
            ("speakers", SPEAKER_SEARCH_SQL, {"n": 6}),
            ("articles", ARTICLE_SEARCH_SQL, {"n": 5}),
        ):
            also = await limited(db, sql, {"fts": fts, **extra}) or []
            for row in also:
                row["segments"] = split_marked(row.pop("marked"))
                if "snippet" in row:
                    row["snippet"] = split_marked(row["snippet"])
                    row["date"] = human_date(row["published"])
                if "roles" in row:
                    row["roles"] = parse_roles(row["roles"])
            result[key] = also
        result["topics"] = await rows(db, TOPIC_SEARCH_SQL, {"like": f"%{q}%", "n": 5})
    return result


async def _facet_counts(datasette, q: str, fts: str, filters: dict[str, str], params: dict[str, Any],
                        count: int) -> dict[str, list[tuple[Any, int]]] | None:
    """search filter -> (value, count) rows over the matches, or None when counting ran out of time.

    The table page showing the same quotes may have its counts precomputed
    (one big filter); otherwise they are counted in one pass over the matches.
    """
    args = {key: [value] for key, value in table_filter_args(q, filters).items()}
    known = {}
    for name, column, _ in FACETS:
        found = facets.precomputed(datasette, "quotes", args, column)
        known[name] = facets.first(found, FACET_SIZE, ties=TIES) if found is not None else None
    if all(found is not None for found in known.values()):
        return known
    try:
        counted = await facets.count(
            archive_db(datasette), "quotes", facet_source(filters, bool(fts)), params, FACET_COLUMNS, FACET_THROUGH,
            limit=FACET_SIZE, time_limit_ms=min(FACETS_TIME_LIMIT_MS, datasette.sql_time_limit_ms), row_count=count,
            ties=TIES,
        )
    except QueryInterrupted:
        return None
    return {name: counted[column] for name, column, _ in FACETS}


async def _facets(db, urls: ArchiveUrls, counts: dict[str, list[tuple[Any, int]]], state: dict[str, Any]) -> list[dict]:
    """The facets as the page lists them; a selected value not counted is still listed, so it can be cleared."""
    speaker_ids = [int(value) for value, _ in counts.get("speaker", [])]
    if str(state.get("speaker") or "").isdigit():
        speaker_ids.append(int(state["speaker"]))
    speaker_names = {str(r["id"]): r["name"] for r in await rows(db, SPEAKER_NAMES_SQL, {"ids": json.dumps(speaker_ids)})}
    topic_names = {r["slug"]: r["name"] for r in await rows(db, TOPIC_NAMES_SQL)}
    labels = {"speaker": speaker_names, "topic": topic_names}
    listed = []
    for name, _, title in FACETS:
        found = counts.get(name) or []
        if not found and state.get(name):
            found = [(state[name], None)]  # not counted: still show it, to clear it
        facet = {"name": name, "title": title, "options": [], "selected": state.get(name),
                 "clear_url": urls.search(state, **{name: None, "page": None}) if state.get(name) else None}
        for raw, n in found:
            value = str(raw)
            facet["options"].append({
                "value": value,
                "label": labels.get(name, {}).get(value, value),
                "count": n,
                "selected": state.get(name) == value,
                "url": urls.search(state, **{name: None if state.get(name) == value else value}),
            })
        if facet["options"]:
            listed.append(facet)
    return listed


async def search_view(datasette, request):
    check_search_args(request.args)
    results = await search(datasette, request.args)
    html = await datasette.render_template(
        "qa_search.html", {"search": results, "database": DB_NAME}, request=request, view_name="qa_search"
    )
    return Response.html(html)
