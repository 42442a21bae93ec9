"""The search page (``/search?q=``): quotes with facets, and the speakers, articles and topics that match.

Best matches first (FTS5 bm25), unless the words match more quotes than can
be ranked quickly or ``sort=`` asks for another order: ``newest`` or
``oldest`` (read from the full-text index in id order, which stops after
one page) or ``reported`` (the statements reported in most articles first,
for matches few enough to rank).  Filters (``speaker``, ``outlet``,
``year``, ``kind``, ``month``, ``topic``, ``article``, and the date range
``from``/``to``: 2005, 2005-03 or 2005-03-01, read through the date-ordered
ids) narrow the quotes with or without words, and the articles listed
beside them; facets are counted by the site's facet engine when the matches
are few enough to count quickly.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from datasette.database import QueryInterrupted
from datasette.utils.asgi import Response

from ...archive.schema import DB_NAME, ID_DATE_FACTOR, VALUE_LABELS
from .. import facets, limits
from ..searchsyntax import NOTHING, fts_query, mark_words, nothing_to_find, shown_query
from ..urls import ArchiveUrls, through
from .common import DATED_MIN_ID, FACET_SIZE, NO_VALUE, QUOTE_CARD_COLUMNS, QUOTE_CARD_JOINS, SPEAKER_NAMES_SQL, TOPIC_NAMES_SQL
from .common import archive_db, limited, quote_card, rows
from .search_beside import beside_the_quotes
from .speaker_link import speaker_named

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
    "source_type": ("quotes.speaker_type = :source_type", "speaker_type"),  # person, organisation, unnamed, document
    "stance": ("quotes.cue_class = :stance", "cue_class"),  # the reporting verb's: neutral, distancing, ...
    "month": ("quotes.month = :month", "month"),  # YYYY-MM, from a timeline bar
    "topic": ("quotes.id in (select quote_id from quote_topics where topic = :topic)", None),
    "article": ("quotes.article_id = :article", "article_id"),  # an article page's own quotes
    # A date range: ids begin with the date (YYYYMMDD), so it is a range of the primary key.
    "from": ("quotes.id >= :date_from", "id__gte"),
    "to": (f"quotes.id >= {DATED_MIN_ID} and quotes.id <= :date_to", "id__lte"),
}
INTEGER_FILTERS = ("speaker", "year", "article")
# "year=-" (NO_VALUE): the quotes whose article gives no year; "outlet=-": no outlet.  Facet
# values like any other, so what a corpus does not print is counted and found, not left out.
NULLABLE_FILTERS = {"year": ("quotes.year is null", "articles.year is null"),
                    "outlet": ("quotes.outlet is null", "articles.outlet is null"),
                    "source_type": ("quotes.speaker_type is null", "exists (select 1 from quotes where "
                                    "quotes.article_id = articles.id and quotes.speaker_type is null)"),
                    # A quote with no reporting verb in its sentence ("..." under a headline) has no stance.
                    "stance": ("quotes.cue_class is null", "exists (select 1 from quotes where "
                               "quotes.article_id = articles.id and quotes.cue_class is null)")}
NO_VALUE_LABELS = {"year": "Undated", "outlet": "No outlet", "source_type": "No speaker", "stance": "No reporting verb"}
NO_VALUE_COUNT_SQL = "select count(*) from quotes where {where} and {missing}"
DATE_FILTERS = {"from": "date_from", "to": "date_to"}  # request parameter -> SQL parameter
DATE_HELP = "a date: 2005, 2005-03 or 2005-03-01"
SORTS = {  # sort= value (None: best matches first) -> label
    None: "best matches first", "newest": "newest first", "oldest": "oldest first", "reported": "most reported first",
}
# The articles beside the quotes, narrowed by the same filters.
ARTICLE_FILTERS = {
    "speaker": "articles.id in (select article_id from quotes where quotes.speaker_id = :speaker)",
    "outlet": "articles.outlet = :outlet",
    "year": "articles.year = :year",
    # A common value holds most quotes: a look-up per article, not the matching quotes' whole list.
    "kind": "exists (select 1 from quotes where quotes.article_id = articles.id and quotes.kind = :kind)",
    "source_type": "exists (select 1 from quotes where quotes.article_id = articles.id and quotes.speaker_type = :source_type)",
    "stance": "exists (select 1 from quotes where quotes.article_id = articles.id and quotes.cue_class = :stance)",
    "month": "substr(articles.published, 1, 7) = :month",
    "topic": "articles.id in (select article_id from article_topics where topic = :topic)",
    "article": "articles.id = :article",
    "from": "articles.id >= :date_from",
    "to": f"articles.id >= {DATED_MIN_ID} and articles.id <= :date_to",
}
FTS_CONDITION = "quotes.id in (select rowid from quotes_fts where quotes_fts match :fts)"
# Exact words (``exact=1``): the unstemmed index (archive/schema.py EXACT_FTS_COLUMNS).
EXACT_INDEX = "quotes_exact_fts"
EXACT_HELP = "exact words: no other forms of them (rate does not find rates)"
# A database ingested before the exact index, served read-only, is not upgraded: it says so.
EXACT_MISSING = ("Exact words need an index this archive was built without; words match with their endings here. "
                 "Running quotearchive ingest on the database again adds it.")
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
order by quotes_fts.rowid {direction} limit :limit offset :offset"""
SEARCH_BROWSE_SQL = """select {columns}, quotes.text as marked
from quotes {joins}
where {filters}
order by quotes.id {direction} limit :limit offset :offset"""
SEARCH_TOPIC_SQL = """select {columns}, quotes.text as marked
from quote_topics join quotes on quotes.id = quote_topics.quote_id {joins}
where quote_topics.topic = :topic{dated}
order by quote_topics.quote_id {direction} limit :limit offset :offset"""
# Most reported: how many quotes share each match's statement_key (an index
# lookup per match), so only for matches few enough to rank.
REPORTS_COLUMN = "(select count(*) from quotes as same where same.statement_key = quotes.statement_key) as reports"
SEARCH_REPORTED_SQL = """select {columns}, {marked} as marked, """ + REPORTS_COLUMN + """
from quotes {joins}
where {filters}
order by reports desc, quotes.id desc limit :limit offset :offset"""
TOPIC_COUNT_SQL = "select count(*) from quote_topics where topic = :topic"
SEARCH_COUNT_SQL = "select count(*) from quotes where {where}"
FTS_COUNT_SQL = "select count(*) from quotes_fts where quotes_fts match :fts"

FACETS = (  # search filter, the facet engine's name for it, title
    ("speaker", "speaker_id", "Speaker"),
    ("topic", "topics", "Topic"),
    ("outlet", "outlet", "Outlet"),
    ("year", "year", "Year"),
    ("kind", "kind", "Kind"),
    ("source_type", "speaker_type", "Source"),
    ("stance", "cue_class", "Reporting verb"),
)
FACET_COLUMNS = ["speaker_id", "outlet", "year", "kind", "speaker_type", "cue_class"]  # counted by value
FACET_THROUGH = ["topics"]  # counted through the topics each quote holds
FILTER_TITLES = {**{name: title for name, _, title in FACETS}, "month": "Month", "article": "Article",
                 "from": "From", "to": "To"}


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
        if value and not (name in NULLABLE_FILTERS and value == NO_VALUE):
            limits.check_integer(name, value)


def date_bound(value: str, end: bool) -> int | None:
    """The first (or, ``end``, last) quote id of a date given as 2005, 2005-03 or 2005-03-01; None if not a date."""
    import datetime

    parts = value.strip().split("-")
    try:
        if not 1 <= len(parts) <= 3 or len(parts[0]) != 4:
            raise ValueError
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
        if len(parts) > 2:
            day = int(parts[2])
        elif end:
            day = (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)).day
        else:
            day = 1
        date = datetime.date(year, month, day)
    except (ValueError, IndexError):
        return None
    first = int(date.strftime("%Y%m%d")) * ID_DATE_FACTOR
    return first + ID_DATE_FACTOR - 1 if end else first


def bad_dates(filters: dict[str, str]) -> list[str]:
    """The date filters that are not dates, as the page names them."""
    return [name for name in DATE_FILTERS if name in filters and date_bound(filters[name], name == "to") is None]


def exact_sql(sql: str) -> str:
    """A search statement read through the exact index instead of the stemmed one.

    The exact index stores no text (contentless), so ``highlight()`` has
    none to mark: the quote's text is taken as it is and marked in Python
    (``searchsyntax.mark_words``).
    """
    return sql.replace("highlight(quotes_fts, 0, char(2), char(3))", "quotes.text").replace("quotes_fts", EXACT_INDEX)


def filter_condition(name: str, value: str, article: bool = False) -> str:
    """A filter's SQL condition on quotes (or, ``article``, on the articles listed beside them)."""
    if name in NULLABLE_FILTERS and value == NO_VALUE:
        return NULLABLE_FILTERS[name][article]
    return ARTICLE_FILTERS[name] if article else SEARCH_FILTERS[name][0]


def where(filters: dict[str, str], with_fts: bool, exact: bool = False) -> tuple[str, dict[str, Any]]:
    """The SQL condition selecting the matching quotes, and its parameters (``:fts`` left to the caller)."""
    clauses = [exact_sql(FTS_CONDITION) if exact else FTS_CONDITION] if with_fts else []
    params: dict[str, Any] = {}
    for name, value in filters.items():
        clauses.append(filter_condition(name, value))
        if name in DATE_FILTERS:
            bound = date_bound(value, name == "to")
            params[DATE_FILTERS[name]] = bound if bound is not None else (-1 if name == "to" else 1 << 62)
        elif not (name in NULLABLE_FILTERS and value == NO_VALUE):
            params[name] = int(value) if name in INTEGER_FILTERS and limits.INTEGER_RE.fullmatch(value) else value
    return " and ".join(clauses) or "1 = 1", params


def facet_source(filters: dict[str, str], with_fts: bool, exact: bool = False) -> str:
    """The matching quotes as the facet engine reads them: filters first, then the words, as Datasette does."""
    fts = [exact_sql(FACET_FTS_CONDITION) if exact else FACET_FTS_CONDITION] if with_fts else []
    clauses = [filter_condition(name, value) for name, value in filters.items()] + fts
    return "select * from quotes where " + (" and ".join(clauses) or "1 = 1")


def table_filter_args(q: str, filters: dict[str, str], exact: bool = False) -> dict[str, str]:
    """The same search as Datasette table-page arguments (for CSV/JSON and paging)."""
    args: dict[str, str] = {}
    if q:
        args["_search"] = q
        if exact:
            args["_fts_table"] = EXACT_INDEX  # Datasette reads a table page's index from here
    for name, value in filters.items():
        column = SEARCH_FILTERS[name][1]
        if name in NULLABLE_FILTERS and value == NO_VALUE:
            args[f"{column}__isnull"] = "1"
        elif name in DATE_FILTERS:
            bound = date_bound(value, name == "to")
            args[column] = str(bound if bound is not None else value)
            if name == "to" and "from" not in filters:
                args["id__gte"] = str(DATED_MIN_ID)  # dated quotes only, as the search
        elif column:
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
    exact = bool(fts) and fts != NOTHING and args.get("exact") == "1"
    exact_missing = exact and not await db.table_exists(EXACT_INDEX)
    exact = exact and not exact_missing
    try:
        page = max(1, min(MAX_SEARCH_PAGES, int(args.get("page") or 1)))
    except ValueError:
        page = 1
    sort = args.get("sort") if args.get("sort") in SORTS else None
    state = {"q": q, **filters, "sort": sort, "exact": "1" if exact else None}
    result: dict[str, Any] = {
        "q": q, "q_shown": shown_query(q), "filters": filters, "page": page, "searched": bool(fts or filters), "sort": None,
        "quotes": [], "count": None, "facets": [], "chips": [], "facets_skipped": False, "speakers": [], "articles": [],
        "topics": [], "error": None, "note": None, "next_url": None, "prev_url": None, "csv_url": None, "json_url": None,
        "table_url": None, "facet_max": FACET_MAX_MATCHES, "sorts": [], "too_many_to_rank": False, "feed_url": None,
        "dates": {"from": filters.get("from", ""), "to": filters.get("to", "")},
        "exact": exact, "exact_help": EXACT_HELP, "undated_left_out_url": None,
    }
    if q and fts == NOTHING:
        result["note"] = nothing_to_find(q)
    elif exact_missing:
        result["note"] = EXACT_MISSING
    if not result["searched"]:
        return result
    wrong = bad_dates(filters)
    if wrong:
        result["error"] = " ".join(f"“{FILTER_TITLES[name]}” must be {DATE_HELP}, not “{filters[name]}”." for name in wrong)
        return result
    condition, params = where(filters, with_fts=bool(fts), exact=exact)
    fts_total = None
    if fts:
        params["fts"] = fts
        # The full-text index counts its matches without reading a row.
        counted = await limited(db, exact_sql(FTS_COUNT_SQL) if exact else FTS_COUNT_SQL, {"fts": fts})
        fts_total = counted[0]["count(*)"] if counted else None
        result["too_many_to_rank"] = fts_total is None or fts_total > RANK_MAX_MATCHES
    elif sort == "reported":
        counted = await limited(db, SEARCH_COUNT_SQL.format(where=condition), params)
        result["too_many_to_rank"] = not counted or counted[0]["count(*)"] > RANK_MAX_MATCHES
    filter_sql = "".join(f" and {filter_condition(name, value)}" for name, value in filters.items())
    # What the page can do: rank by relevance with words, by reports when the matches are few enough.
    offered = [None] if fts and not result["too_many_to_rank"] else []
    offered += ["newest", "oldest"] + (["reported"] if not result["too_many_to_rank"] else [])
    chosen = sort if sort in offered else offered[0]
    result["sort"] = "relevance" if chosen is None else chosen
    result["sorts"] = [{"label": SORTS[v], "url": urls.search(state, sort=v, page=None), "selected": v == chosen}
                       for v in offered]
    direction = "asc" if chosen == "oldest" else "desc"
    listed, topic_extra = condition, ""
    if chosen == "oldest" and filters.get("year") != NO_VALUE:
        # Undated quotes have the smallest ids (schema.py): oldest first would list them
        # first, as if older than all.  They are left out of this order, and the page says so.
        dated = f" and quotes.id >= {DATED_MIN_ID}"
        filter_sql, listed, topic_extra = filter_sql + dated, condition + dated, f" and quote_topics.quote_id >= {DATED_MIN_ID}"
        result["undated_left_out_url"] = urls.search(state, year=NO_VALUE, sort=None, page=None)
    columns = dict(columns=QUOTE_CARD_COLUMNS, joins=QUOTE_CARD_JOINS)
    if chosen == "reported":
        marked = "highlight(quotes_fts, 0, char(2), char(3))" if fts else "quotes.text"
        joins = QUOTE_CARD_JOINS + (" join quotes_fts on quotes_fts.rowid = quotes.id" if fts else "")
        sql = SEARCH_REPORTED_SQL.format(columns=QUOTE_CARD_COLUMNS, joins=joins, marked=marked,
                                         filters=listed.replace(exact_sql(FTS_CONDITION) if exact else FTS_CONDITION,
                                                                "quotes_fts match :fts"))
    elif chosen is None:
        sql = SEARCH_RANKED_SQL.format(**columns, filters=filter_sql)
    elif fts:
        sql = SEARCH_NEWEST_SQL.format(**columns, filters=filter_sql, direction=direction)
    elif set(filters) == {"topic"}:
        # A topic alone: walk its (topic, quote_id) index instead of collecting every id.
        sql = SEARCH_TOPIC_SQL.format(**columns, direction=direction, dated=topic_extra)
    else:
        sql = SEARCH_BROWSE_SQL.format(**columns, filters=listed, direction=direction)
    if exact:
        sql = exact_sql(sql)
    try:
        found = await rows(db, sql, {**params, "limit": PAGE_SIZE + 1, "offset": (page - 1) * PAGE_SIZE})
    except (sqlite3.OperationalError, QueryInterrupted) as error:
        result["error"] = "That search could not be run: " + (
            "it took too long; add a word or a filter." if isinstance(error, QueryInterrupted) else str(error)
        )
        return result
    if exact:
        for row in found:
            row["marked"] = mark_words(row["text"] or "", q)
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
    counts = await _facet_counts(datasette, q, fts, filters, params, result["count"], exact) if run_facets else {}
    if counts:
        counts = await _with_no_value(db, counts, filters, condition, params)
    result["facets_skipped"] = counts is None or not run_facets
    result["facets"] = await _facets(db, urls, counts or {}, state)
    labels = {f["name"]: {o["value"]: o["label"] for o in f["options"]} for f in result["facets"]}
    result["chips"] = [
        {"title": FILTER_TITLES[name], "label": labels.get(name, {}).get(value, value),
         "clear_url": urls.search(state, **{name: None, "page": None})}
        for name, value in filters.items()
    ]
    table_args = table_filter_args(q, filters, exact)
    result["table_url"] = urls.table("quotes", table_args)
    # Our own CSV, formula-safe (Datasette's .csv is not), streamed in key order.
    result["csv_url"] = urls.export_csv({"q": q, **filters, "exact": state["exact"]})
    result["json_url"] = urls.table("quotes", {**table_args, "_shape": "array", "_labels": "on"}, format="json")
    if fts and q and not exact:  # the feed reads the stemmed index: not offered for exact words
        result["feed_url"] = urls.feed("search", {"q": q})
    if fts and page == 1:
        article_filters = "".join(f" and {filter_condition(name, value, article=True)}" for name, value in filters.items())
        result.update(await beside_the_quotes(db, q, fts, article_filters, params, exact))
    return result


async def _with_no_value(db, counts: dict[str, list[tuple[Any, int]]], filters: dict[str, str], condition: str,
                         params: dict[str, Any]) -> dict[str, list[tuple[Any, int]]]:
    """The counts with, for year and outlet, how many matches have none (``NO_VALUE``), listed last.

    The facet engine counts values; a corpus that prints no dates (the BBC
    set) would otherwise have its quotes silently missing from the year facet.
    """
    counts = dict(counts)
    for name, (missing, _) in NULLABLE_FILTERS.items():
        if name in filters:
            continue  # one year chosen: none of its quotes is undated
        found = await limited(db, NO_VALUE_COUNT_SQL.format(where=condition, missing=missing), params)
        if found and found[0]["count(*)"]:
            counts[name] = [*(counts.get(name) or []), (NO_VALUE, found[0]["count(*)"])]
    return counts


async def _facet_counts(datasette, q: str, fts: str, filters: dict[str, str], params: dict[str, Any],
                        count: int, exact: bool = False) -> dict[str, list[tuple[Any, int]]] | None:
    """search filter -> (value, count) rows over the matches, or None when counting ran out of time.

    The table page showing the same quotes may have its counts precomputed
    (one big filter); otherwise they are counted in one pass over the matches.
    """
    args = {key: [value] for key, value in table_filter_args(q, filters, exact).items()}
    known = {}
    for name, column, _ in FACETS:
        found = facets.precomputed(datasette, "quotes", args, column)
        known[name] = facets.first(found, FACET_SIZE, ties=TIES) if found is not None else None
    if all(found is not None for found in known.values()):
        return known
    try:
        counted = await facets.count(
            archive_db(datasette), "quotes", facet_source(filters, bool(fts), exact), params, FACET_COLUMNS, FACET_THROUGH,
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
    labels = {"speaker": speaker_names, "topic": topic_names,
              "source_type": VALUE_LABELS[("quotes", "speaker_type")], "stance": VALUE_LABELS[("quotes", "cue_class")]}
    for name, label in NO_VALUE_LABELS.items():
        labels[name] = {**labels.get(name, {}), NO_VALUE: label}
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
    named = await speaker_named(datasette, request)
    if named is not None:
        return named
    check_search_args(request.args)
    results = await search(datasette, request.args)
    html = await datasette.render_template(
        "qa_search.html", {"search": results, "database": DB_NAME}, request=request, view_name="qa_search"
    )
    return Response.html(html)
