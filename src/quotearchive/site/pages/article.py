"""The article page (``/quotes/articles/<id>``): the stored text with every quote marked in place."""

from __future__ import annotations

from typing import Any

from ..urls import ArchiveUrls, archived_copy, external
from .common import archive_db, human_date, not_before_note, rows

ARTICLE_SQL = "select * from articles where id = :id"
ARTICLE_QUOTES_SQL = """select quotes.id, quotes.start, quotes.end, quotes.speaker_id, speakers.name as speaker,
  quotes.cue, quotes.kind
from quotes left join speakers on speakers.id = quotes.speaker_id
where quotes.article_id = :id order by quotes.start"""
ARTICLE_TOPICS_SQL = """select topics.slug, topics.name from article_topics
join topics on topics.slug = article_topics.topic where article_topics.article_id = :id order by topics.name"""


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


async def article_page(datasette, article_id: str, request=None) -> dict | None:
    db = archive_db(datasette)
    found = await rows(db, ARTICLE_SQL, {"id": article_id})
    if not found:
        return None
    article = found[0]
    quotes = await rows(db, ARTICLE_QUOTES_SQL, {"id": article["id"]})
    return {
        "article": article,
        "date": human_date(article.get("published")),
        "not_before": not_before_note(article),
        "safe_url": external(article.get("url")),
        "archived_url": archived_copy(article.get("url"), article.get("published")),
        "paragraphs": mark_spans(article.get("body") or "", quotes),
        "quote_count": len(quotes),
        "topics": await rows(db, ARTICLE_TOPICS_SQL, {"id": article["id"]}),
        "csv_url": ArchiveUrls(datasette).export_csv({"article": article["id"]}),
    }
