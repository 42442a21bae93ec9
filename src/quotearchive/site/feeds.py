"""Atom feeds of a speaker's, a topic's and a search's newest quotes.

They follow datasette-atom's conventions (that plugin is not a dependency):
a query whose columns include ``atom_id``, ``atom_title`` and ``atom_updated``
can be rendered as Atom by adding ``.atom`` to its URL, and ``atom_content``,
``atom_link`` and ``atom_author_name`` fill the entry's content, link and
author when present.  The three feeds are canned queries (``FEED_QUERIES``,
in the metadata), so they are ``/quotes/speaker_feed.atom?speaker=ID``,
``/quotes/topic_feed.atom?topic=SLUG`` and ``/quotes/search_feed.atom?q=WORDS``
(``urls.ArchiveUrls.feed``); the same URL without ``.atom`` shows the rows.

Every value is escaped as XML text; an entry's content is the quote as
plain text (``type="text"``), so no markup from an article reaches a reader.
"""

from __future__ import annotations

from datetime import datetime, timezone
from xml.sax.saxutils import escape, quoteattr

from datasette.utils.asgi import Response

REQUIRED_COLUMNS = ("atom_id", "atom_title", "atom_updated")
FEED_SIZE = 50
EPOCH = "1970-01-01T00:00:00Z"

_ENTRY_COLUMNS = """'tag:quotearchive,2024:quote/' || quotes.id as atom_id,
  coalesce(speakers.name, 'Speaker not stated') || ': “' || substr(quotes.text, 1, 120)
    || case when length(quotes.text) > 120 then '…' else '' end || '”' as atom_title,
  quotes.published as atom_updated,
  quotes.text || char(10) || char(10) || '(' || coalesce(quotes.outlet, 'outlet unknown') || ', '
    || coalesce(quotes.published, 'date unknown') || ')' as atom_content,
  '/quotes/quotes/' || quotes.id as atom_link,
  speakers.name as atom_author_name"""
_JOINS = "left join speakers on speakers.id = quotes.speaker_id"

FEED_QUERIES = {
    "speaker_feed": {
        "title": "Atom feed: a speaker's newest quotes",
        "description": f"The {FEED_SIZE} newest quotes by one speaker (their id, as in the speakers table). "
        "Add .atom to the address for the feed.",
        "sql": f"""select {_ENTRY_COLUMNS}
from quotes {_JOINS}
where quotes.speaker_id = :speaker
order by quotes.id desc limit {FEED_SIZE}""",
    },
    "topic_feed": {
        "title": "Atom feed: a topic's newest quotes",
        "description": f"The {FEED_SIZE} newest quotes on one topic (its slug). Add .atom to the address for the feed.",
        "sql": f"""select {_ENTRY_COLUMNS}
from quote_topics join quotes on quotes.id = quote_topics.quote_id {_JOINS}
where quote_topics.topic = :topic
order by quote_topics.quote_id desc limit {FEED_SIZE}""",
    },
    "search_feed": {
        "title": "Atom feed: a search's newest quotes",
        "description": f"The {FEED_SIZE} newest quotes matching a search (the search box's syntax). "
        "Add .atom to the address for the feed.",
        "sql": f"""select {_ENTRY_COLUMNS}
from quotes_fts join quotes on quotes.id = quotes_fts.rowid {_JOINS}
where quotes_fts match escape_fts(:q)
order by quotes_fts.rowid desc limit {FEED_SIZE}""",
    },
}


def can_render(columns) -> bool:
    return set(REQUIRED_COLUMNS) <= set(columns or ())


def rfc3339(published: str | None) -> str:
    """An Atom date from an ISO date as precise as the source gave it ('2017-06-14' -> midnight UTC)."""
    value = (published or "").strip()
    if len(value) < 10 or value.startswith("--"):
        return EPOCH
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return EPOCH
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.isoformat().replace("+00:00", "Z")


def _text(tag: str, value, **attrs) -> str:
    extra = "".join(f" {k}={quoteattr(str(v))}" for k, v in attrs.items())
    return f"<{tag}{extra}>{escape(str(value))}</{tag}>"


async def render(datasette, request, columns, rows, query_name, database, table):
    # The site's title as Datasette serves it (site/metadata.py sets it): read here,
    # not imported, since metadata.py declares these feeds' queries.
    TITLE = datasette.metadata("title") or "quotearchive"
    metadata = (datasette.metadata("queries", database=database) or {}).get(query_name or "", {}) if query_name else {}
    title = f"{TITLE}: {(metadata or {}).get('title') or query_name or table}"
    entries = [dict(zip(columns, row)) if not isinstance(row, dict) else row for row in rows]
    if query_name == "speaker_feed" and entries and entries[0].get("atom_author_name"):
        title = f"{TITLE}: quotes by {entries[0]['atom_author_name']}"
    elif query_name == "search_feed" and request.args.get("q"):
        title = f"{TITLE}: quotes matching {request.args['q']}"
    elif query_name == "topic_feed" and request.args.get("topic"):
        title = f"{TITLE}: quotes on {request.args['topic']}"
    self_url = datasette.absolute_url(request, request.full_path)
    updated = max((rfc3339(e.get("atom_updated")) for e in entries), default=EPOCH)
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        _text("title", title), _text("id", self_url), _text("updated", updated),
        f"<link rel=\"self\" href={quoteattr(self_url)}/>",
        f"<author>{_text('name', TITLE)}</author>",
    ]
    for e in entries:
        parts.append("<entry>")
        parts += [_text("id", e["atom_id"]), _text("title", e["atom_title"]), _text("updated", rfc3339(e.get("atom_updated")))]
        if e.get("atom_link"):
            parts.append(f"<link href={quoteattr(datasette.absolute_url(request, datasette.urls.path(e['atom_link'])))}/>")
        if e.get("atom_author_name"):
            parts.append(f"<author>{_text('name', e['atom_author_name'])}</author>")
        if e.get("atom_content"):
            parts.append(_text("content", e["atom_content"], type="text"))
        parts.append("</entry>")
    parts.append("</feed>")
    return Response("\n".join(parts), content_type="application/atom+xml; charset=utf-8")
