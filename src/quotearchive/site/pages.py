"""The data behind the archive's own pages: home, search, quote, speaker, topic, article.

Each page is a few SQL statements, kept here as constants so a test can ask
SQLite for their query plans and fail on a full scan of a big table.  Every
per-request query is a lookup through an index; the few aggregates whose cost
grows with the data (facet counts over a search, a speaker's topics) run under
a short time limit and are left out, with a note, when they do not finish.
Archive-wide numbers (row counts, outlets) are computed once per immutable
database, as Datasette does for its own table counts.

Everything returned is plain data; templates escape it.  Highlighted text is
returned as segments ``[(text, is_match), ...]``, never as HTML.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
import urllib.parse
import weakref
from typing import Any

from datasette.database import QueryInterrupted
from datasette.utils import tilde_encode

from ..archive.schema import DB_NAME, ID_DATE_FACTOR
from . import charts
from .searchsyntax import fts_query

# quotes.id begins with YYYYMMDD (schema.py), so id / ID_MONTH_DIVISOR is YYYYMM
# and per-month counts come from an index on (x, id) alone, with no table reads.
ID_MONTH_DIVISOR = ID_DATE_FACTOR * 100
# Ids of quotes without a year start with MMDD or 0; dated ones are above this.
DATED_MIN_ID = 10000101 * ID_DATE_FACTOR
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

PAGE_SIZE = 20  # search results per page
MAX_SEARCH_PAGES = 50  # ranked paging beyond 1,000 results: use the CSV
LIST_SIZE = 50  # quotes listed on a speaker or topic page
FACET_SIZE = 8
FACET_TIME_LIMIT_MS = 400  # per aggregate; over it, the block is skipped with a note
# Ranking by bm25 reads every match (about 1 ms per 1,000): beyond this, newest first.
RANK_MAX_MATCHES = 100_000
# Facets read every match: counted up to here (under 300 ms), not beyond.
FACET_MAX_MATCHES = 50_000
FACETS_TIME_LIMIT_MS = 800  # the one statement counting every facet
BREAKDOWN_SAMPLE = 20_000  # a speaker's or topic's latest quotes, for who/where/how breakdowns
SUMMARY_TIME_LIMIT_MS = 2000
EXPORT_TIME_LIMIT_MS = 10_000  # per batch of an export: a rare filter may scan far between matches
LIVE_SUMMARY_TTL_S = 60
HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"
HIGHLIGHT_SPLIT_RE = re.compile("([\x02\x03])")

# The columns a quote card shows, joined once for every list of quotes.
QUOTE_CARD_COLUMNS = """quotes.id, quotes.text, quotes.speaker_id, speakers.name as speaker,
  quotes.speaker_role, quotes.outlet, quotes.published, quotes.cue, quotes.kind,
  quotes.article_id, articles.title as article_title"""
QUOTE_CARD_JOINS = """left join speakers on speakers.id = quotes.speaker_id
  left join articles on articles.id = quotes.article_id"""

# --- home -------------------------------------------------------------------
TOP_SPEAKERS_SQL = """select id, name, type, roles, quote_count, first_seen, last_seen
from speakers order by quote_count desc limit :n"""
TOP_TOPICS_SQL = """select slug, name, description, quote_count, article_count
from topics where quote_count > 0 order by quote_count desc limit :n"""
FIRST_DATED_SQL = "select published from quotes where id >= :min_id order by id limit 1"
LAST_DATED_SQL = "select published from quotes where id >= :min_id order by id desc limit 1"
LATEST_QUOTES_SQL = f"""select {QUOTE_CARD_COLUMNS}
from quotes {QUOTE_CARD_JOINS}
order by quotes.id desc limit :n"""
# Once per immutable database (and at most once a minute for a live one):
COUNT_SQL = {
    "quotes": "select count(*) from quotes",
    "articles": "select count(*) from articles",
    "speakers": "select count(*) from speakers",
}
OUTLETS_SQL = """select outlet, count(*) as n from articles where outlet is not null
group by outlet order by n desc limit :n"""

# --- search -----------------------------------------------------------------
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
FTS_CONDITION = "quotes.id in (select rowid from quotes_fts where quotes_fts match :fts)"
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
# All facets in one statement: the matches are read once into a temporary
# table, then grouped by each column (a facet per statement read them 5 times).
FACETS_SQL = """with m as materialized (
  select quotes.id, quotes.speaker_id, quotes.outlet, quotes.year, quotes.kind from quotes where {where}
)
select * from (select 'speaker' as facet, speaker_id as value, count(*) as n from m where speaker_id is not null
  group by speaker_id order by n desc limit :facet_size)
union all select * from (select 'topic', quote_topics.topic, count(*) as n from quote_topics
  where quote_topics.quote_id in (select id from m) group by quote_topics.topic order by n desc limit :facet_size)
union all select * from (select 'outlet', outlet, count(*) as n from m where outlet is not null
  group by outlet order by n desc limit :facet_size)
union all select * from (select 'year', year, count(*) as n from m where year is not null
  group by year order by n desc limit :facet_size)
union all select * from (select 'kind', kind, count(*) as n from m where kind is not null
  group by kind order by n desc limit :facet_size)"""
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
SPEAKER_NAMES_SQL = "select id, name from speakers where id in (select value from json_each(:ids))"
TOPIC_NAMES_SQL = "select slug, name from topics"

# --- quote ------------------------------------------------------------------
QUOTE_SQL = """select quotes.id, quotes.text, quotes.start, quotes.end, quotes.cue, quotes.cue_class, quotes.kind,
  quotes.speaker_id, speakers.name as speaker, quotes.speaker_as_written, quotes.speaker_role,
  quotes.speaker_type, quotes.published, quotes.outlet, quotes.article_id, articles.title, articles.url,
  articles.byline, articles.dateline, quotes.statement_key,
  substr(articles.body, max(1, quotes.start - :n + 1), min(quotes.start, :n)) as before,
  substr(articles.body, quotes.start + 1, quotes.end - quotes.start) as quoted,
  substr(articles.body, quotes.end + 1, :n) as after
from quotes join articles on articles.id = quotes.article_id
  left join speakers on speakers.id = quotes.speaker_id
where quotes.id = :id"""
QUOTE_TOPICS_SQL = """select topics.slug, topics.name from quote_topics
join topics on topics.slug = quote_topics.topic where quote_topics.quote_id = :id order by topics.name"""
CONTEXT_CHARS = 600  # characters of article text either side of a quote, cut at a paragraph
# The same words in other articles: how one statement travelled across outlets.
SAME_STATEMENT_SQL = """select quotes.id, quotes.outlet, quotes.published, quotes.article_id, articles.title
from quotes join articles on articles.id = quotes.article_id
where quotes.statement_key = :key and quotes.id != :id
order by quotes.id limit :n"""
SAME_STATEMENT_LIMIT = 50

# --- speaker ----------------------------------------------------------------
SPEAKER_SQL = "select * from speakers where id = :id"
SPEAKER_QUOTES_SQL = f"""select {QUOTE_CARD_COLUMNS}
from quotes {QUOTE_CARD_JOINS}
where quotes.speaker_id = :id order by quotes.id desc limit :n"""
SPEAKER_MONTHS_SQL = """select quotes.id / :div as ym, count(*) as n from quotes
where quotes.speaker_id = :id and quotes.id >= :min_id group by ym"""
# Breakdowns read each quote: over the latest BREAKDOWN_SAMPLE only, so a speaker
# with 200,000 quotes costs what one with 20,000 does (the page says so).
SPEAKER_LATEST = "select id from quotes where speaker_id = :id order by id desc limit :sample"
SPEAKER_BREAKDOWN_SQL = {
    "outlets": f"""select outlet as value, count(*) as n from quotes where id in ({SPEAKER_LATEST}) and outlet is not null
group by outlet order by n desc limit :n""",
    "cues": f"""select cue as value, count(*) as n from quotes where id in ({SPEAKER_LATEST}) and cue is not null
group by cue order by n desc limit :n""",
    "topics": f"""select quote_topics.topic as value, count(*) as n from quote_topics
where quote_topics.quote_id in ({SPEAKER_LATEST})
group by quote_topics.topic order by n desc limit :n""",
}

# --- topic ------------------------------------------------------------------
TOPIC_SQL = "select * from topics where slug = :slug"
TOPIC_QUOTES_SQL = f"""select {QUOTE_CARD_COLUMNS}
from quote_topics join quotes on quotes.id = quote_topics.quote_id {QUOTE_CARD_JOINS}
where quote_topics.topic = :slug order by quote_topics.quote_id desc limit :n"""
TOPIC_MONTHS_SQL = """select quote_id / :div as ym, count(*) as n from quote_topics
where topic = :slug and quote_id >= :min_id group by ym"""
TOPIC_SPEAKERS_SQL = """select quotes.speaker_id as value, count(*) as n
from quotes where quotes.id in (
  select quote_id from quote_topics where topic = :slug order by quote_id desc limit :sample)
  and quotes.speaker_id is not null
group by quotes.speaker_id order by n desc limit :n"""

# --- article ----------------------------------------------------------------
ARTICLE_SQL = "select * from articles where id = :id"
ARTICLE_QUOTES_SQL = """select quotes.id, quotes.start, quotes.end, quotes.speaker_id, speakers.name as speaker,
  quotes.cue, quotes.kind
from quotes left join speakers on speakers.id = quotes.speaker_id
where quotes.article_id = :id order by quotes.start"""
ARTICLE_TOPICS_SQL = """select topics.slug, topics.name from article_topics
join topics on topics.slug = article_topics.topic where article_topics.article_id = :id order by topics.name"""


# -----------------------------------------------------------------------------
def _db(datasette):
    return datasette.get_database(DB_NAME)


def human_date(published: str | None) -> str:
    """'14 June 2017' for an ISO date; '15 June (year unknown)' for --06-15."""
    if not published:
        return ""
    try:
        if published.startswith("--"):
            month, day = int(published[2:4]), int(published[5:7])
            return f"{day} {MONTHS[month - 1]} (year unknown)"
        year, month = int(published[:4]), int(published[5:7]) if len(published) >= 7 else 0
        if not month:
            return str(year)
        if len(published) >= 10:
            return f"{int(published[8:10])} {MONTHS[month - 1]} {year}"
        return f"{MONTHS[month - 1]} {year}"
    except (ValueError, IndexError):
        return published


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None: only those become links."""
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else None


def split_marked(marked: str | None) -> list[tuple[str, bool]]:
    """FTS5 highlight() output, with \\x02 and \\x03 around matches, as (text, is_match) segments."""
    segments: list[tuple[str, bool]] = []
    hit = False
    for piece in HIGHLIGHT_SPLIT_RE.split(marked or ""):
        if piece in (HIGHLIGHT_START, HIGHLIGHT_END):
            hit = piece == HIGHLIGHT_START
        elif piece:
            segments.append((piece, hit))
    return segments


def parse_roles(roles: str | None) -> list[str]:
    try:
        value = json.loads(roles or "[]")
    except ValueError:
        return [roles] if roles else []
    return [str(r) for r in value] if isinstance(value, list) else [str(value)]


def quote_card(row: Any) -> dict[str, Any]:
    card = dict(row)
    card["date"] = human_date(card.get("published"))
    card["segments"] = split_marked(card["marked"]) if "marked" in card else [(card.get("text") or "", False)]
    return card


async def _rows(db, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return [dict(r) for r in (await db.execute(sql, params or {})).rows]


async def _limited(db, sql: str, params: dict[str, Any], limit_ms: int = FACET_TIME_LIMIT_MS) -> list[dict[str, Any]] | None:
    """Rows, or None when the query needs longer than ``limit_ms`` (the page says so)."""
    try:
        return [dict(r) for r in (await db.execute(sql, params, custom_time_limit=limit_ms)).rows]
    except QueryInterrupted:
        return None


async def _months(db, sql: str, params: dict[str, Any]) -> charts.Timeline | None:
    rows = await _limited(db, sql, {**params, "div": ID_MONTH_DIVISOR, "min_id": DATED_MIN_ID}, SUMMARY_TIME_LIMIT_MS)
    return charts.timeline({r["ym"]: r["n"] for r in rows or []})


# --- archive summary (home) --------------------------------------------------
_SUMMARIES: "weakref.WeakKeyDictionary[Any, tuple[float, dict]]" = weakref.WeakKeyDictionary()


async def archive_summary(datasette) -> dict[str, Any]:
    """Row counts and outlets: computed once for an immutable database.

    Counts come from Datasette's inspect data when the server has it, else
    from one count per table under a time limit (a count that does not finish
    shows as unknown rather than slowing every visit).
    """
    db = _db(datasette)
    cached = _SUMMARIES.get(db)
    if cached and (not db.is_mutable or time.monotonic() - cached[0] < LIVE_SUMMARY_TTL_S):
        return cached[1]
    inspected = ((datasette.inspect_data or {}).get(DB_NAME) or {}).get("tables", {})
    counts: dict[str, int | None] = {}
    for table, sql in COUNT_SQL.items():
        if table in inspected and "count" in inspected[table]:
            counts[table] = inspected[table]["count"]
            continue
        rows = await _limited(db, sql, {}, SUMMARY_TIME_LIMIT_MS)
        counts[table] = rows[0]["count(*)"] if rows else None
    outlets = await _limited(db, OUTLETS_SQL, {"n": 12}, SUMMARY_TIME_LIMIT_MS)
    summary = {"counts": counts, "outlets": outlets or []}
    _SUMMARIES[db] = (time.monotonic(), summary)
    return summary


async def home(datasette) -> dict[str, Any]:
    db = _db(datasette)
    summary = await archive_summary(datasette)
    first = await _rows(db, FIRST_DATED_SQL, {"min_id": DATED_MIN_ID})
    last = await _rows(db, LAST_DATED_SQL, {"min_id": DATED_MIN_ID})
    speakers = await _rows(db, TOP_SPEAKERS_SQL, {"n": 10})
    for s in speakers:
        s["roles"] = parse_roles(s["roles"])
    return {
        **summary,
        "first_date": human_date(first[0]["published"]) if first else None,
        "last_date": human_date(last[0]["published"]) if last else None,
        "top_speakers": speakers,
        "top_topics": await _rows(db, TOP_TOPICS_SQL, {"n": 12}),
        "latest_quotes": [quote_card(r) for r in await _rows(db, LATEST_QUOTES_SQL, {"n": 5})],
    }


# --- search -----------------------------------------------------------------
def _search_filters(args) -> dict[str, str]:
    filters = {}
    for name in SEARCH_FILTERS:
        value = (args.get(name) or "").strip()
        if value:
            filters[name] = value
    return filters


def _where(filters: dict[str, str], with_fts: bool) -> tuple[str, dict[str, Any]]:
    clauses = [FTS_CONDITION] if with_fts else []
    params: dict[str, Any] = {}
    for name, value in filters.items():
        clauses.append(SEARCH_FILTERS[name][0])
        params[name] = int(value) if name in ("speaker", "year", "article") and value.lstrip("-").isdigit() else value
    return " and ".join(clauses) or "1 = 1", params


def _url(path: str, params: dict[str, Any]) -> str:
    query = urllib.parse.urlencode([(k, v) for k, v in params.items() if v not in (None, "")])
    return f"{path}?{query}" if query else path


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
            args["_through"] = json.dumps({"table": "quote_topics", "column": "topic", "value": value})
        elif name == "topic":
            # Datasette 0.65 names both _through's and a column filter's parameter :p0,
            # so together they match nothing; the array filter runs on the rows the
            # other filters' indexes already narrowed.
            args["topics__arraycontains"] = value
    return args


# --- formula-safe CSV of a search's matches -----------------------------------
EXPORT_BATCH = 1000
EXPORT_PAGE_SQL = """{select}
from quotes
  join articles on articles.id = quotes.article_id
  left join speakers on speakers.id = quotes.speaker_id
where {where} and quotes.id > :after
order by quotes.id
limit :batch"""


def export_url(datasette, q: str, filters: dict[str, str]) -> str:
    return _url(datasette.urls.path("-/quotes.csv"), {"q": q, **filters})


async def export_pages(datasette, args):
    """Every quote the same search matches, oldest first, in batches of rows.

    Keyset pages on the primary key, so the millionth row costs what the
    first does; the columns are the ``quotearchive export`` command's.
    """
    from ..archive.export import EXPORT_SELECT

    db = _db(datasette)
    q = (args.get("q") or "").strip()
    where, params = _where(_search_filters(args), with_fts=bool(q))
    if q:
        params["fts"] = fts_query(q)
    sql = EXPORT_PAGE_SQL.format(select=EXPORT_SELECT, where=where)
    after = -1
    while True:
        rows = (await db.execute(sql, {**params, "after": after, "batch": EXPORT_BATCH}, custom_time_limit=EXPORT_TIME_LIMIT_MS)).rows
        if not rows:
            return
        yield rows
        after = rows[-1]["id"]


async def search(datasette, args) -> dict[str, Any]:
    """Quote search with facets, plus matching speakers, articles and topics.

    Best matches first (FTS5 bm25), unless the words match more quotes than
    can be ranked quickly or ``sort=newest`` asks for it: then newest first,
    read from the full-text index in id order, which stops after one page.
    Facets are counted when the matches are few enough to count quickly.
    """
    db = _db(datasette)
    q = (args.get("q") or "").strip()
    filters = _search_filters(args)
    fts = fts_query(q) if q else ""
    try:
        page = max(1, min(MAX_SEARCH_PAGES, int(args.get("page") or 1)))
    except ValueError:
        page = 1
    wants_newest = args.get("sort") == "newest"
    search_path = datasette.urls.path("search")
    state = {"q": q, **filters, "sort": "newest" if wants_newest else None}
    result: dict[str, Any] = {
        "q": q, "filters": filters, "page": page, "searched": bool(fts or filters), "sort": None,
        "quotes": [], "count": None, "facets": [], "chips": [], "facets_skipped": False, "speakers": [], "articles": [],
        "topics": [], "error": None, "next_url": None, "prev_url": None, "csv_url": None, "json_url": None,
        "table_url": None, "facet_max": FACET_MAX_MATCHES, "relevance_url": None, "newest_url": None, "too_many_to_rank": False,
    }
    if not result["searched"]:
        return result
    where, params = _where(filters, with_fts=bool(fts))
    fts_total = None
    if fts:
        params["fts"] = fts
        # The full-text index counts its matches without reading a row (40 ms for 900,000).
        counted = await _limited(db, FTS_COUNT_SQL, {"fts": fts})
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
        sql = SEARCH_BROWSE_SQL.format(columns=QUOTE_CARD_COLUMNS, joins=QUOTE_CARD_JOINS, filters=where)
    if fts and not result["too_many_to_rank"]:
        result["relevance_url"] = _url(search_path, {**state, "sort": None})
        result["newest_url"] = _url(search_path, {**state, "sort": "newest"})
    try:
        rows = await _rows(db, sql, {**params, "limit": PAGE_SIZE + 1, "offset": (page - 1) * PAGE_SIZE})
    except (sqlite3.OperationalError, QueryInterrupted) as error:
        result["error"] = "That search could not be run: " + (
            "it took too long; add a word or a filter." if isinstance(error, QueryInterrupted) else str(error)
        )
        return result
    result["quotes"] = [quote_card(r) for r in rows[:PAGE_SIZE]]
    if len(rows) > PAGE_SIZE and page < MAX_SEARCH_PAGES:
        result["next_url"] = _url(search_path, {**state, "page": page + 1})
    if page > 1:
        result["prev_url"] = _url(search_path, {**state, "page": page - 1 if page > 2 else None})
    if fts and not filters:
        result["count"] = fts_total
    elif not fts and set(filters) == {"topic"}:
        count = await _limited(db, TOPIC_COUNT_SQL, params)
        result["count"] = count[0]["count(*)"] if count else None
    else:
        count = await _limited(db, SEARCH_COUNT_SQL.format(where=where), params)
        result["count"] = count[0]["count(*)"] if count else None
    # Each facet reads every match once: past FACET_MAX_MATCHES that is too slow for a page.
    run_facets = result["count"] is not None and result["count"] <= FACET_MAX_MATCHES
    result["facets_skipped"] = not run_facets
    result["facets"], timed_out = await _facets(db, where, params, state, search_path, run=run_facets)
    labels = {f["name"]: {o["value"]: o["label"] for o in f["options"]} for f in result["facets"]}
    result["chips"] = [
        {"title": FILTER_TITLES[name], "label": labels.get(name, {}).get(value, value),
         "clear_url": _url(search_path, {**state, name: None, "page": None})}
        for name, value in filters.items()
    ]
    result["facets_skipped"] = result["facets_skipped"] or timed_out
    table_args = table_filter_args(q, filters)
    quotes_table = datasette.urls.table(DB_NAME, "quotes")
    result["table_url"] = _url(quotes_table, table_args)
    # Our own CSV, formula-safe (Datasette's .csv is not), streamed in key order.
    result["csv_url"] = export_url(datasette, q, filters)
    result["json_url"] = _url(quotes_table + ".json", {**table_args, "_shape": "array", "_labels": "on"})
    if fts and page == 1:
        for key, sql, extra in (
            ("speakers", SPEAKER_SEARCH_SQL, {"n": 6}),
            ("articles", ARTICLE_SEARCH_SQL, {"n": 5}),
        ):
            found = await _limited(db, sql, {"fts": fts, **extra}) or []
            for row in found:
                row["segments"] = split_marked(row.pop("marked"))
                if "snippet" in row:
                    row["snippet"] = split_marked(row["snippet"])
                    row["date"] = human_date(row["published"])
                if "roles" in row:
                    row["roles"] = parse_roles(row["roles"])
            result[key] = found
        result["topics"] = await _rows(db, TOPIC_SEARCH_SQL, {"like": f"%{q}%", "n": 5})
    return result


FACETS = (("speaker", "Speaker"), ("topic", "Topic"), ("outlet", "Outlet"), ("year", "Year"), ("kind", "Kind"))
FILTER_TITLES = {**dict(FACETS), "month": "Month", "article": "Article"}


async def _facets(db, where: str, params: dict[str, Any], state: dict[str, Any], search_path: str,
                  run: bool = True) -> tuple[list[dict], bool]:
    """Facet counts over the matches, and whether counting ran out of time.

    When not ``run`` (or out of time) only the selected values are listed, so they can be cleared.
    """
    counted: dict[str, list[dict]] = {name: [] for name, _ in FACETS}
    timed_out = False
    if run:
        rows = await _limited(db, FACETS_SQL.format(where=where), {**params, "facet_size": FACET_SIZE}, FACETS_TIME_LIMIT_MS)
        timed_out = rows is None
        for r in rows or []:
            counted[r["facet"]].append(r)
    speaker_ids = [int(r["value"]) for r in counted["speaker"]]
    if str(state.get("speaker") or "").isdigit():
        speaker_ids.append(int(state["speaker"]))
    speaker_names = {str(r["id"]): r["name"] for r in await _rows(db, SPEAKER_NAMES_SQL, {"ids": json.dumps(speaker_ids)})}
    topic_names = {r["slug"]: r["name"] for r in await _rows(db, TOPIC_NAMES_SQL)}
    labels = {"speaker": speaker_names, "topic": topic_names}
    facets = []
    for name, title in FACETS:
        rows = counted[name]
        if not rows and state.get(name):
            rows = [{"value": state[name], "n": None}]  # not counted: still show it, to clear it
        facet = {"name": name, "title": title, "options": [], "selected": state.get(name),
                 "clear_url": _url(search_path, {**state, name: None, "page": None}) if state.get(name) else None}
        for r in rows:
            value = str(r["value"])
            facet["options"].append({
                "value": value,
                "label": labels.get(name, {}).get(value, value),
                "count": r["n"],
                "selected": state.get(name) == value,
                "url": _url(search_path, {**state, name: None if state.get(name) == value else value}),
            })
        if facet["options"]:
            facets.append(facet)
    return facets, timed_out


# --- quote, speaker, topic, article -----------------------------------------
async def quote_page(datasette, quote_id: str) -> dict | None:
    """The quote with its article's paragraph around it, for the quote page."""
    db = _db(datasette)
    rows = await _rows(db, QUOTE_SQL, {"id": quote_id, "n": CONTEXT_CHARS})
    if not rows:
        return None
    data = rows[0]
    # Show the quote's own paragraph(s): cut the context at paragraph breaks.
    data["before"] = (data["before"] or "").rsplit("\n\n", 1)[-1]
    data["after"] = (data["after"] or "").split("\n\n", 1)[0]
    data["safe_url"] = safe_url(data.get("url"))
    data["date"] = human_date(data["published"])
    data["topics"] = await _rows(db, QUOTE_TOPICS_SQL, {"id": quote_id})
    data["elsewhere"] = []
    if data.get("statement_key"):
        data["elsewhere"] = await _rows(
            db, SAME_STATEMENT_SQL, {"key": data["statement_key"], "id": data["id"], "n": SAME_STATEMENT_LIMIT}
        )
        for row in data["elsewhere"]:
            row["date"] = human_date(row["published"])
        # Ids begin with the date: no smaller dated id elsewhere means this report came first.
        dated_others = [r["id"] for r in data["elsewhere"] if r["id"] >= DATED_MIN_ID]
        data["first_reported"] = data["id"] >= DATED_MIN_ID and all(other > data["id"] for other in dated_others)
    return data


async def speaker_page(datasette, speaker_id: str) -> dict | None:
    db = _db(datasette)
    rows = await _rows(db, SPEAKER_SQL, {"id": speaker_id})
    if not rows:
        return None
    speaker = rows[0]
    speaker["roles"] = parse_roles(speaker.get("roles"))
    speaker["first_date"] = human_date(speaker.get("first_seen"))
    speaker["last_date"] = human_date(speaker.get("last_seen"))
    params = {"id": speaker["id"]}
    quotes = [quote_card(r) for r in await _rows(db, SPEAKER_QUOTES_SQL, {**params, "n": LIST_SIZE})]
    breakdowns = {}
    for key, sql in SPEAKER_BREAKDOWN_SQL.items():
        breakdowns[key] = await _limited(db, sql, {**params, "n": FACET_SIZE, "sample": BREAKDOWN_SAMPLE})
    quotes_table = datasette.urls.table(DB_NAME, "quotes")
    search_path = datasette.urls.path("search")
    if breakdowns["topics"]:
        names = {r["slug"]: r["name"] for r in await _rows(db, TOPIC_NAMES_SQL)}
        for r in breakdowns["topics"]:
            r["label"] = names.get(r["value"], r["value"])
            r["href"] = datasette.urls.row(DB_NAME, "topics", tilde_encode(r["value"]))
    for key, column in (("outlets", "outlet"), ("cues", "cue")):
        for r in breakdowns[key] or []:
            r["href"] = _url(quotes_table, {"speaker_id": speaker["id"], column: r["value"]})
    return {
        "speaker": speaker,
        "quotes": quotes,
        "timeline": await _months(db, SPEAKER_MONTHS_SQL, params),
        "breakdowns": breakdowns,
        "sampled": (speaker.get("quote_count") or 0) > BREAKDOWN_SAMPLE,
        "sample": BREAKDOWN_SAMPLE,
        "all_url": _url(quotes_table, {"speaker_id": speaker["id"]}),
        "month_url": _url(search_path, {"speaker": speaker["id"]}) + "&month=",
        "year_url": _url(search_path, {"speaker": speaker["id"]}) + "&year=",
        "csv_url": export_url(datasette, "", {"speaker": speaker["id"]}),
        "search_url": _url(search_path, {"speaker": speaker["id"]}),
    }


async def topic_page(datasette, slug: str) -> dict | None:
    db = _db(datasette)
    rows = await _rows(db, TOPIC_SQL, {"slug": slug})
    if not rows:
        return None
    topic = rows[0]
    params = {"slug": topic["slug"]}
    speakers = await _limited(db, TOPIC_SPEAKERS_SQL, {**params, "n": 10, "sample": BREAKDOWN_SAMPLE})
    if speakers:
        ids = json.dumps([r["value"] for r in speakers])
        names = {r["id"]: r["name"] for r in await _rows(db, SPEAKER_NAMES_SQL, {"ids": ids})}
        for r in speakers:
            r["label"] = names.get(r["value"], str(r["value"]))
            r["href"] = datasette.urls.row(DB_NAME, "speakers", r["value"])
    through = json.dumps({"table": "quote_topics", "column": "topic", "value": topic["slug"]})
    search_path = datasette.urls.path("search")
    quotes_table = datasette.urls.table(DB_NAME, "quotes")
    quotes_through = _url(quotes_table, {"_through": through})
    return {
        "topic": topic,
        "quotes": [quote_card(r) for r in await _rows(db, TOPIC_QUOTES_SQL, {**params, "n": LIST_SIZE})],
        "timeline": await _months(db, TOPIC_MONTHS_SQL, params),
        "speakers": speakers,
        "sampled": (topic.get("quote_count") or 0) > BREAKDOWN_SAMPLE,
        "sample": BREAKDOWN_SAMPLE,
        "all_url": quotes_through,
        "month_url": _url(search_path, {"topic": topic["slug"]}) + "&month=",
        "year_url": _url(search_path, {"topic": topic["slug"]}) + "&year=",
        "csv_url": export_url(datasette, "", {"topic": topic["slug"]}),
        "search_url": _url(search_path, {"topic": topic["slug"]}),
    }


def mark_spans(body: str, spans: list[dict[str, Any]]) -> list[list[tuple[str, dict | None]]]:
    """The body as paragraphs of (text, quote or None) segments, quotes in place.

    Spans are the quotes' [start, end) offsets into the body; overlapping or
    out-of-range spans are skipped rather than garbling the text.
    """
    segments: list[tuple[str, dict | None]] = []
    position = 0
    for span in sorted(spans, key=lambda s: (s["start"], s["end"])):
        start, end = span["start"], span["end"]
        if start is None or end is None or start < position or end > len(body) or end <= start:
            continue
        if start > position:
            segments.append((body[position:start], None))
        segments.append((body[start:end], span))
        position = end
    if position < len(body):
        segments.append((body[position:], None))
    paragraphs: list[list[tuple[str, dict | None]]] = [[]]
    for text, quote in segments:
        if quote is not None:  # a quote spanning paragraphs stays in one piece
            paragraphs[-1].append((text, quote))
            continue
        parts = text.split("\n\n")
        for i, part in enumerate(parts):
            if i:
                paragraphs.append([])
            if part.strip("\n"):
                paragraphs[-1].append((part.strip("\n") if len(parts) > 1 else part, None))
    return [p for p in paragraphs if p]


async def article_page(datasette, article_id: str) -> dict | None:
    db = _db(datasette)
    rows = await _rows(db, ARTICLE_SQL, {"id": article_id})
    if not rows:
        return None
    article = rows[0]
    quotes = await _rows(db, ARTICLE_QUOTES_SQL, {"id": article["id"]})
    return {
        "article": article,
        "date": human_date(article.get("published")),
        "safe_url": safe_url(article.get("url")),
        "paragraphs": mark_spans(article.get("body") or "", quotes),
        "quote_count": len(quotes),
        "topics": await _rows(db, ARTICLE_TOPICS_SQL, {"id": article["id"]}),
        "csv_url": export_url(datasette, "", {"article": article["id"]}),
    }
