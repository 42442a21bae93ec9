"""What several reading pages share: quote cards, dates, highlighted text, time-limited queries."""

from __future__ import annotations

import json
import re
from typing import Any

from datasette.database import QueryInterrupted

from ...archive.schema import DB_NAME, ID_DATE_FACTOR
from .. import charts

# quotes.id begins with YYYYMMDD (schema.py), so id / ID_MONTH_DIVISOR is YYYYMM
# and per-month counts come from an index on (x, id) alone, with no table reads.
ID_MONTH_DIVISOR = ID_DATE_FACTOR * 100
# Ids of quotes without a year start with MMDD or 0; dated ones are above this.
DATED_MIN_ID = 10000101 * ID_DATE_FACTOR

# A filter value for "none": year=- lists the quotes without a year, outlet=- those without an outlet.
NO_VALUE = "-"
# Below this speaker_confidence a page says "attribution uncertain": on the
# evaluation sets, attributions at >= 0.8 were right about 95% of the time (make eval).
UNCERTAIN_BELOW = 0.8
LIST_SIZE = 50  # quotes listed on a speaker or topic page
FACET_SIZE = 8  # values listed in a search facet or a speaker's breakdown
FACET_TIME_LIMIT_MS = 400  # per aggregate; over it, the block is skipped with a note
BREAKDOWN_SAMPLE = 20_000  # a speaker's or topic's latest quotes, for who/where/how breakdowns
SUMMARY_TIME_LIMIT_MS = 2000
HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"
HIGHLIGHT_SPLIT_RE = re.compile("([\x02\x03])")

# The columns a quote card shows, joined once for every list of quotes.
QUOTE_CARD_COLUMNS = """quotes.id, quotes.text, quotes.speaker_id, speakers.name as speaker,
  quotes.speaker_role, quotes.outlet, quotes.published, quotes.cue, quotes.kind,
  quotes.article_id, articles.title as article_title, quotes.speaker_confidence"""
QUOTE_CARD_JOINS = """left join speakers on speakers.id = quotes.speaker_id
  left join articles on articles.id = quotes.article_id"""
SPEAKER_NAMES_SQL = "select id, name from speakers where id in (select value from json_each(:ids))"
TOPIC_NAMES_SQL = "select slug, name from topics"


def archive_db(datasette):
    return datasette.get_database(DB_NAME)


def human_date(published: str | None) -> str:
    """'14 June 2017' for an ISO date; '15 June (year unknown)' for --06-15."""
    if not published:
        return ""
    months = charts.MONTH_NAMES
    try:
        if published.startswith("--"):
            month, day = int(published[2:4]), int(published[5:7])
            return f"{day} {months[month - 1]} (year unknown)"
        year, month = int(published[:4]), int(published[5:7]) if len(published) >= 7 else 0
        if not month:
            return str(year)
        if len(published) >= 10:
            return f"{int(published[8:10])} {months[month - 1]} {year}"
        return f"{months[month - 1]} {year}"
    except (ValueError, IndexError):
        return published


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


def not_before_note(article: dict[str, Any]) -> str:
    """'not given; on or after 3 June 2017' for an undated article that embeds a dated post.

    ``published_not_before`` (a column an older database may lack) bounds the
    date from below: the article is at least as recent as the tweet or linked
    story it shows, and its own date is unknown.
    """
    bound = article.get("published_not_before")
    if article.get("published") or not bound:
        return ""
    return f"not given; on or after {human_date(bound)} (the date of a post or story it embeds)"


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
    card["uncertain"] = attribution_uncertain(card)
    return card


def attribution_uncertain(row: dict[str, Any]) -> bool:
    """A speaker is given but its confidence is below UNCERTAIN_BELOW (unknown: not flagged,
    as in a database written before the column existed)."""
    confidence = row.get("speaker_confidence")
    return bool(row.get("speaker")) and confidence is not None and confidence < UNCERTAIN_BELOW


async def rows(db, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return [dict(r) for r in (await db.execute(sql, params or {})).rows]


async def limited(db, sql: str, params: dict[str, Any], limit_ms: int = FACET_TIME_LIMIT_MS) -> list[dict[str, Any]] | None:
    """Rows, or None when the query needs longer than ``limit_ms`` (the page says so)."""
    try:
        return [dict(r) for r in (await db.execute(sql, params, custom_time_limit=limit_ms)).rows]
    except QueryInterrupted:
        return None


async def months(db, sql: str, params: dict[str, Any]) -> charts.Timeline | None:
    """A timeline from ``sql``'s (ym, n) rows: quotes per month, from the dated ids."""
    found = await limited(db, sql, {**params, "div": ID_MONTH_DIVISOR, "min_id": DATED_MIN_ID}, SUMMARY_TIME_LIMIT_MS)
    return charts.timeline({r["ym"]: r["n"] for r in found or []})
