"""The home page (``/``): what the archive holds, its most quoted speakers, topics, outlets, latest quotes."""

from __future__ import annotations

import time
import weakref
from typing import Any

from ...archive.schema import DB_NAME
from ..urls import ArchiveUrls
from .common import DATED_MIN_ID, QUOTE_CARD_COLUMNS, QUOTE_CARD_JOINS, SUMMARY_TIME_LIMIT_MS, archive_db, human_date
from .common import limited, parse_roles, quote_card, rows

# People and organisations rank apart from sources quoted by description (speaker_type
# unnamed, document or description: "a spokesman for the ministry", "the report").
NAMED_TYPES = "('person', 'organisation')"
TOP_SPEAKERS_SQL = f"""select id, name, type, roles, quote_count, first_seen, last_seen
from speakers where coalesce(type, 'person') in {NAMED_TYPES} order by quote_count desc limit :n"""
TOP_DESCRIBED_SQL = f"""select id, name, type, roles, quote_count, first_seen, last_seen
from speakers where type not in {NAMED_TYPES} order by quote_count desc limit :n"""
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
# What the corpus did not print, counted so the page can say what its dates and outlets leave out
# (indexes on articles.year and articles.outlet: a count of their nulls reads one range).
MISSING_SQL = {
    # quotes.kind is indexed: one range read, so the page can say how many were reported, not quoted.
    "reported": "select count(*) from quotes where kind = 'indirect'",
    "undated": "select count(*) from articles where year is null",
    "no_outlet": "select count(*) from articles where outlet is null",
}
OUTLETS_SQL = """select outlet, count(*) as n from articles where outlet is not null
group by outlet order by n desc limit :n"""
LIVE_SUMMARY_TTL_S = 60

_SUMMARIES: "weakref.WeakKeyDictionary[Any, tuple[float, dict]]" = weakref.WeakKeyDictionary()


async def archive_summary(datasette) -> dict[str, Any]:
    """Row counts and outlets: computed once for an immutable database.

    Counts come from Datasette's inspect data when the server has it, else
    from one count per table under a time limit (a count that does not finish
    shows as unknown rather than slowing every visit).
    """
    db = archive_db(datasette)
    cached = _SUMMARIES.get(db)
    if cached and (not db.is_mutable or time.monotonic() - cached[0] < LIVE_SUMMARY_TTL_S):
        return cached[1]
    inspected = ((datasette.inspect_data or {}).get(DB_NAME) or {}).get("tables", {})
    counts: dict[str, int | None] = {}
    for table, sql in COUNT_SQL.items():
        if table in inspected and "count" in inspected[table]:
            counts[table] = inspected[table]["count"]
            continue
        found = await limited(db, sql, {}, SUMMARY_TIME_LIMIT_MS)
        counts[table] = found[0]["count(*)"] if found else None
    for key, sql in MISSING_SQL.items():
        found = await limited(db, sql, {}, SUMMARY_TIME_LIMIT_MS)
        counts[key] = found[0]["count(*)"] if found else None
    outlets = await limited(db, OUTLETS_SQL, {"n": 12}, SUMMARY_TIME_LIMIT_MS)
    summary = {"counts": counts, "outlets": outlets or []}
    _SUMMARIES[db] = (time.monotonic(), summary)
    return summary


async def home(datasette) -> dict[str, Any]:
    db = archive_db(datasette)
    summary = await archive_summary(datasette)
    first = await rows(db, FIRST_DATED_SQL, {"min_id": DATED_MIN_ID})
    last = await rows(db, LAST_DATED_SQL, {"min_id": DATED_MIN_ID})
    speakers = await rows(db, TOP_SPEAKERS_SQL, {"n": 10})
    described = await rows(db, TOP_DESCRIBED_SQL, {"n": 5})
    for s in speakers + described:
        s["roles"] = parse_roles(s["roles"])
    hidden = set(await db.hidden_table_names())
    tables = [name for name in await db.table_names() if name not in hidden]
    return {
        **summary,
        "first_date": human_date(first[0]["published"]) if first else None,
        "last_date": human_date(last[0]["published"]) if last else None,
        "top_speakers": speakers,
        "top_described": described,
        "tables": tables,
        "repeated_url": ArchiveUrls(datasette).repeated(),
        "undated_url": ArchiveUrls(datasette).table("articles", {"year__isnull": "1"}),
        "no_outlet_url": ArchiveUrls(datasette).table("articles", {"outlet__isnull": "1"}),
        "top_topics": await rows(db, TOP_TOPICS_SQL, {"n": 12}),
        "latest_quotes": [quote_card(r) for r in await rows(db, LATEST_QUOTES_SQL, {"n": 5})],
    }
