"""The speaker page (``/quotes/speakers/<id>``): who they are, when they were quoted, on what, by whom."""

from __future__ import annotations

from ..urls import ArchiveUrls
from .common import BREAKDOWN_SAMPLE, DATED_MIN_ID, NO_VALUE, FACET_SIZE, LIST_SIZE, QUOTE_CARD_COLUMNS, QUOTE_CARD_JOINS, TOPIC_NAMES_SQL
from .common import archive_db, human_date, limited, months, parse_roles, quote_card, rows

SPEAKER_SQL = "select * from speakers where id = :id"
SPEAKER_QUOTES_SQL = f"""select {QUOTE_CARD_COLUMNS}
from quotes {QUOTE_CARD_JOINS}
where quotes.speaker_id = :id order by quotes.id desc limit :n"""
# Ids below DATED_MIN_ID are the quotes without a year (schema.py): a range of the speaker_id index.
SPEAKER_UNDATED_SQL = "select count(*) as n from quotes where speaker_id = :id and id < :min_id"
SPEAKER_MONTHS_SQL = """select quotes.id / :div as ym, count(*) as n from quotes
where quotes.speaker_id = :id and quotes.id >= :min_id group by ym"""
# Breakdowns read each quote: over the latest BREAKDOWN_SAMPLE only, so a speaker
# with 200,000 quotes costs what one with 20,000 does (the page says so).
# (Summaries of a sample, each under its own time limit, rather than facets of
# a filter: the facet engine's one pass would change which come back.)
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


async def speaker_page(datasette, speaker_id: str, request=None) -> dict | None:
    db = archive_db(datasette)
    urls = ArchiveUrls(datasette)
    found = await rows(db, SPEAKER_SQL, {"id": speaker_id})
    if not found:
        return None
    speaker = found[0]
    speaker["roles"] = parse_roles(speaker.get("roles"))
    speaker["first_date"] = human_date(speaker.get("first_seen"))
    speaker["last_date"] = human_date(speaker.get("last_seen"))
    params = {"id": speaker["id"]}
    quotes = [quote_card(r) for r in await rows(db, SPEAKER_QUOTES_SQL, {**params, "n": LIST_SIZE})]
    counts = {}
    for key, sql in SPEAKER_BREAKDOWN_SQL.items():
        counts[key] = await limited(db, sql, {**params, "n": FACET_SIZE, "sample": BREAKDOWN_SAMPLE})
    if counts["topics"]:
        names = {r["slug"]: r["name"] for r in await rows(db, TOPIC_NAMES_SQL)}
        for r in counts["topics"]:
            r["label"] = names.get(r["value"], r["value"])
            r["href"] = urls.search({"speaker": speaker["id"], "topic": r["value"]})  # their quotes on it
    for key, column in (("outlets", "outlet"), ("cues", "cue")):
        for r in counts[key] or []:
            r["href"] = urls.table("quotes", {"speaker_id": speaker["id"], column: r["value"]})
    search_args = {"speaker": speaker["id"]}
    undated = await limited(db, SPEAKER_UNDATED_SQL, {**params, "min_id": DATED_MIN_ID})
    return {
        "undated": undated[0]["n"] if undated else 0,
        "undated_url": urls.search({**search_args, "year": NO_VALUE}),
        "speaker": speaker,
        "quotes": quotes,
        "timeline": await months(db, SPEAKER_MONTHS_SQL, params),
        "breakdowns": counts,
        "sampled": (speaker.get("quote_count") or 0) > BREAKDOWN_SAMPLE,
        "sample": BREAKDOWN_SAMPLE,
        "all_url": urls.table("quotes", {"speaker_id": speaker["id"]}),
        "search_args": search_args,  # a timeline bar adds its month or year
        "csv_url": urls.export_csv(search_args),
        "search_url": urls.search(search_args),
        "feed_url": urls.feed("speaker", {"speaker": speaker["id"]}),
    }
