"""The repeated statements page (``/repeated``): the same words reported in more than one article.

A quote's ``statement_key`` hashes its words (case and punctuation
ignored), so the same statement reported by several articles shares it.
The page lists the statements reported in the most articles (``sort=articles``,
the default) or by the most outlets (``sort=outlets``), each with its count
of articles and outlets, the first dated report and every report with its
date and outlet; ``?key=`` shows one statement.

Finding the repeated keys groups the whole ``statement_key`` index: for an
immutable database that is done once and kept (as the home page's counts),
for a live one at most once a minute, and under a time limit either way.
"""

from __future__ import annotations

import json
import time
import weakref
from typing import Any

from datasette.utils.asgi import Response

from ...archive.schema import DB_NAME
from ..urls import ArchiveUrls
from .common import DATED_MIN_ID, archive_db, human_date, limited, rows

PAGE_SIZE = 20  # statements a page
REPORTS_SHOWN = 50  # reports listed under one statement
REPEATED_TIME_LIMIT_MS = 5000
LIVE_TTL_S = 60
SORTS = {  # sort= value: (label, key function over a statement's counts)
    "articles": ("most articles", lambda s: (-s["articles"], -s["outlets"], s["first_id"])),
    "outlets": ("most outlets", lambda s: (-s["outlets"], -s["articles"], s["first_id"])),
}
# Keys shared by two quotes or more (a covering-index scan), then the articles and outlets of just those.
REPEATED_SQL = """with repeated as materialized (
  select statement_key from quotes where statement_key is not null
  group by statement_key having count(*) > 1)
select quotes.statement_key as key, count(*) as reports, count(distinct quotes.article_id) as articles,
  count(distinct quotes.outlet) as outlets, min(quotes.id) as first_id
from quotes where quotes.statement_key in repeated
group by quotes.statement_key having count(distinct quotes.article_id) > 1"""
STATEMENT_SQL = """select count(*) as reports, count(distinct quotes.article_id) as articles,
  count(distinct quotes.outlet) as outlets, min(quotes.id) as first_id
from quotes where quotes.statement_key = :key"""
REPORTS_SQL = """select quotes.id, quotes.statement_key, quotes.text, quotes.outlet, quotes.published, quotes.article_id,
  quotes.speaker_id, speakers.name as speaker, articles.title
from quotes join articles on articles.id = quotes.article_id
  left join speakers on speakers.id = quotes.speaker_id
where quotes.statement_key in (select value from json_each(:keys))
order by quotes.id"""

_CACHE: "weakref.WeakKeyDictionary[Any, tuple[float, list[dict] | None]]" = weakref.WeakKeyDictionary()


def plural(n: int, noun: str) -> str:
    """'1 outlet', '2 outlets', '1,234 articles'."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


async def repeated_statements(datasette) -> list[dict] | None:
    """Every statement reported in more than one article, with its counts; None past the time limit."""
    db = archive_db(datasette)
    cached = _CACHE.get(db)
    if cached and (not db.is_mutable or time.monotonic() - cached[0] < LIVE_TTL_S):
        return cached[1]
    found = await limited(db, REPEATED_SQL, {}, REPEATED_TIME_LIMIT_MS)
    _CACHE[db] = (time.monotonic(), found)
    return found


async def repeated(datasette, args) -> dict[str, Any]:
    db = archive_db(datasette)
    urls = ArchiveUrls(datasette)
    sort = args.get("sort") if args.get("sort") in SORTS else "articles"
    key = (args.get("key") or "").strip()
    try:
        page = max(1, int(args.get("page") or 1))
    except ValueError:
        page = 1
    result: dict[str, Any] = {
        "sort": sort, "key": key, "page": page, "statements": [], "total": None, "timed_out": False,
        "sorts": [{"value": v, "label": label, "url": urls.repeated({"sort": None if v == "articles" else v}),
                   "selected": v == sort} for v, (label, _) in SORTS.items()],
        "next_url": None, "prev_url": None, "all_url": urls.repeated(),
    }
    if key:
        found = [dict(r, key=key) for r in await rows(db, STATEMENT_SQL, {"key": key}) if r["reports"]]
        chosen = found
        result["total"] = len(found)
    else:
        found = await repeated_statements(datasette)
        if found is None:
            result["timed_out"] = True
            return result
        ordered = sorted(found, key=SORTS[sort][1])
        result["total"] = len(ordered)
        chosen = ordered[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        state = {"sort": None if sort == "articles" else sort}
        if page * PAGE_SIZE < len(ordered):
            result["next_url"] = urls.repeated({**state, "page": page + 1})
        if page > 1:
            result["prev_url"] = urls.repeated({**state, "page": page - 1 if page > 2 else None})
    reports: dict[str, list[dict]] = {}
    if chosen:
        for r in await rows(db, REPORTS_SQL, {"keys": json.dumps([s["key"] for s in chosen])}):
            r["date"] = human_date(r["published"])
            reports.setdefault(r["statement_key"], []).append(r)
    for s in chosen:
        listed = reports.get(s["key"], [])
        first = listed[0] if listed else {}
        dated = [r for r in listed if r["id"] >= DATED_MIN_ID]
        result["statements"].append({
            **s,
            "text": first.get("text", ""),
            "speaker": next((r["speaker"] for r in listed if r["speaker"]), None),
            "speaker_id": next((r["speaker_id"] for r in listed if r["speaker"]), None),
            "first_seen": dated[0]["date"] if dated else None,
            "first_outlet": dated[0]["outlet"] if dated else None,
            "reports": listed[:REPORTS_SHOWN],
            "reports_count": s["reports"],
            "counts": f"{plural(s['articles'], 'article')}, {plural(s['outlets'], 'outlet')}",
            "url": urls.repeated({"key": s["key"]}),
            "table_url": urls.table("quotes", {"statement_key": s["key"]}),
        })
    return result


async def repeated_view(datasette, request):
    data = await repeated(datasette, request.args)
    html = await datasette.render_template(
        "qa_repeated.html", {"repeated": data, "database": DB_NAME}, request=request, view_name="qa_repeated"
    )
    return Response.html(html)
