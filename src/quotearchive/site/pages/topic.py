"""The topic page (``/quotes/topics/<slug>``): its quotes over time and who is quoted on it."""

from __future__ import annotations

import json

from ..urls import ArchiveUrls, through
from .common import BREAKDOWN_SAMPLE, DATED_MIN_ID, NO_VALUE, LIST_SIZE, QUOTE_CARD_COLUMNS, QUOTE_CARD_JOINS, SPEAKER_NAMES_SQL
from .common import archive_db, limited, months, quote_card, rows

TOPIC_SQL = "select * from topics where slug = :slug"
TOPIC_QUOTES_SQL = f"""select {QUOTE_CARD_COLUMNS}
from quote_topics join quotes on quotes.id = quote_topics.quote_id {QUOTE_CARD_JOINS}
where quote_topics.topic = :slug order by quote_topics.quote_id desc limit :n"""
# Ids below DATED_MIN_ID are the quotes without a year: a range of the (topic, quote_id) index.
TOPIC_UNDATED_SQL = "select count(*) as n from quote_topics where topic = :slug and quote_id < :min_id"
TOPIC_MONTHS_SQL = """select quote_id / :div as ym, count(*) as n from quote_topics
where topic = :slug and quote_id >= :min_id group by ym"""
# Who is quoted, over the topic's latest BREAKDOWN_SAMPLE quotes.
TOPIC_SPEAKERS_SQL = """select quotes.speaker_id as value, count(*) as n
from quotes where quotes.id in (
  select quote_id from quote_topics where topic = :slug order by quote_id desc limit :sample)
  and quotes.speaker_id is not null
group by quotes.speaker_id order by n desc limit :n"""
TOP_SPEAKERS = 10


async def topic_page(datasette, slug: str, request=None) -> dict | None:
    db = archive_db(datasette)
    urls = ArchiveUrls(datasette)
    found = await rows(db, TOPIC_SQL, {"slug": slug})
    if not found:
        return None
    topic = found[0]
    params = {"slug": topic["slug"]}
    speakers = await limited(db, TOPIC_SPEAKERS_SQL, {**params, "n": TOP_SPEAKERS, "sample": BREAKDOWN_SAMPLE})
    if speakers:
        ids = json.dumps([r["value"] for r in speakers])
        names = {r["id"]: r["name"] for r in await rows(db, SPEAKER_NAMES_SQL, {"ids": ids})}
        for r in speakers:
            r["label"] = names.get(r["value"], str(r["value"]))
            r["href"] = urls.speaker(r["value"])
    search_args = {"topic": topic["slug"]}
    undated = await limited(db, TOPIC_UNDATED_SQL, {**params, "min_id": DATED_MIN_ID})
    return {
        "undated": undated[0]["n"] if undated else 0,
        "undated_url": urls.search({**search_args, "year": NO_VALUE}),
        "topic": topic,
        "quotes": [quote_card(r) for r in await rows(db, TOPIC_QUOTES_SQL, {**params, "n": LIST_SIZE})],
        "timeline": await months(db, TOPIC_MONTHS_SQL, params),
        "speakers": speakers,
        "sampled": (topic.get("quote_count") or 0) > BREAKDOWN_SAMPLE,
        "sample": BREAKDOWN_SAMPLE,
        "all_url": urls.table("quotes", {"_through": through(topic["slug"])}),
        "search_args": search_args,  # a timeline bar adds its month or year
        "csv_url": urls.export_csv(search_args),
        "search_url": urls.search(search_args),
        "feed_url": urls.feed("topic", {"topic": topic["slug"]}),
    }
