"""The quote page (``/quotes/quotes/<id>``): the quote in its paragraph, and where else the same words ran."""

from __future__ import annotations

import datetime
import os

from ...archive.schema import DB_NAME
from ..citation import citations
from ..metadata import TITLE
from ..urls import ArchiveUrls, archived_copy, external
from .common import DATED_MIN_ID, archive_db, attribution_uncertain, human_date, not_before_note, rows

CONTEXT_CHARS = 600  # characters of article text either side of a quote, cut at a paragraph
QUOTE_SQL = """select quotes.id, quotes.text, quotes.start, quotes.end, quotes.cue, quotes.cue_class, quotes.kind,
  quotes.speaker_id, speakers.name as speaker, quotes.speaker_as_written, quotes.speaker_role,
  quotes.speaker_type, quotes.published, quotes.outlet, quotes.article_id, articles.title, articles.url,
  articles.byline, articles.dateline, quotes.statement_key, quotes.speaker_confidence,
  substr(articles.body, max(1, quotes.start - :n + 1), min(quotes.start, :n)) as before,
  substr(articles.body, quotes.start + 1, quotes.end - quotes.start) as quoted,
  substr(articles.body, quotes.end + 1, :n) as after
from quotes join articles on articles.id = quotes.article_id
  left join speakers on speakers.id = quotes.speaker_id
where quotes.id = :id"""
QUOTE_TOPICS_SQL = """select topics.slug, topics.name from quote_topics
join topics on topics.slug = quote_topics.topic where quote_topics.quote_id = :id order by topics.name"""
# The same words in other articles: how one statement travelled across outlets.
SAME_STATEMENT_SQL = """select quotes.id, quotes.outlet, quotes.published, quotes.article_id, articles.title
from quotes join articles on articles.id = quotes.article_id
where quotes.statement_key = :key and quotes.id != :id
order by quotes.id limit :n"""
SAME_STATEMENT_LIMIT = 50
# Only for an undated quote; "select *" reads an older database without the column too.
ARTICLE_DATES_SQL = "select * from articles where id = :id"


def archived_date(datasette) -> str:
    """The date the archive's database was last written: when its quotes were archived, as far as the site knows."""
    path = datasette.databases[DB_NAME].path
    try:
        stamp = os.stat(path).st_mtime
    except (OSError, TypeError):
        return datetime.date.today().isoformat()
    return datetime.datetime.fromtimestamp(stamp, datetime.timezone.utc).date().isoformat()


async def quote_page(datasette, quote_id: str, request=None) -> dict | None:
    """The quote with its article's paragraph around it, for the quote page."""
    db = archive_db(datasette)
    found = await rows(db, QUOTE_SQL, {"id": quote_id, "n": CONTEXT_CHARS})
    if not found:
        return None
    data = found[0]
    # Show the quote's own paragraph(s): cut the context at paragraph breaks.
    data["before"] = (data["before"] or "").rsplit("\n\n", 1)[-1]
    data["after"] = (data["after"] or "").split("\n\n", 1)[0]
    data["safe_url"] = external(data.get("url"))
    data["archived_url"] = archived_copy(data.get("url"), data.get("published"))
    data["date"] = human_date(data["published"])
    data["not_before"] = ""
    if not data["published"]:
        article = await rows(db, ARTICLE_DATES_SQL, {"id": data["article_id"]})
        data["not_before"] = not_before_note(article[0]) if article else ""
    data["uncertain"] = attribution_uncertain(data)
    data["topics"] = await rows(db, QUOTE_TOPICS_SQL, {"id": quote_id})
    data["elsewhere"] = []
    if data.get("statement_key"):
        data["elsewhere"] = await rows(
            db, SAME_STATEMENT_SQL, {"key": data["statement_key"], "id": data["id"], "n": SAME_STATEMENT_LIMIT}
        )
        for row in data["elsewhere"]:
            row["date"] = human_date(row["published"])
        # Ids begin with the date: no smaller dated id elsewhere means this report came first.
        dated_others = [r["id"] for r in data["elsewhere"] if r["id"] >= DATED_MIN_ID]
        data["first_reported"] = data["id"] >= DATED_MIN_ID and all(other > data["id"] for other in dated_others)
    urls = ArchiveUrls(datasette)
    path = urls.quote(data["id"])
    data["permalink"] = datasette.absolute_url(request, path) if request is not None else path
    data["repeated_url"] = urls.repeated({"key": data["statement_key"]}) if data["elsewhere"] else None
    data["citation"] = citations(data, data["permalink"], archived_date(datasette), TITLE)
    return data
