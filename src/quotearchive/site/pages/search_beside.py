"""Beside the quotes a search finds: the speakers, articles and topics its words match.

Speakers and articles come from their own (stemmed) full-text indexes.  For
an exact-words search (``exact=1``) the best matches of those are kept when
their text holds the words as written, and are marked by those words.
"""

from __future__ import annotations

from typing import Any

from ..searchsyntax import has_words_as_written, mark_words, snippet_as_written
from .common import human_date, limited, parse_roles, rows, split_marked

SPEAKER_SEARCH_SQL = """select speakers.id, speakers.name, speakers.type, speakers.roles, speakers.quote_count,
  highlight(speakers_fts, 0, char(2), char(3)) as marked
from speakers_fts join speakers on speakers.id = speakers_fts.rowid
where speakers_fts match :fts order by speakers_fts.rank limit :n"""
ARTICLE_SEARCH_SQL = """select articles.id, articles.outlet, articles.published, articles.quote_count,
  highlight(articles_fts, 0, char(2), char(3)) as marked,
  snippet(articles_fts, 1, char(2), char(3), '…', 24) as snippet
from articles_fts join articles on articles.id = articles_fts.rowid
where articles_fts match :fts{filters} order by articles_fts.rank limit :n"""
# Beside an exact-words search, the speakers and articles come from their stemmed
# indexes: the best matches of these, kept when they hold the words as written.
EXACT_PANEL_CANDIDATES = 50
ARTICLE_EXACT_SQL = """select articles.id, articles.outlet, articles.published, articles.quote_count,
  articles.title, substr(articles.body, 1, 200000) as body
from articles_fts join articles on articles.id = articles_fts.rowid
where articles_fts match :fts{filters} order by articles_fts.rank limit :n"""
# The taxonomy is a few dozen rows: a scan is cheaper than an index would be.
TOPIC_SEARCH_SQL = """select slug, name, description, quote_count from topics
where name like :like or description like :like order by quote_count desc limit :n"""


async def beside_the_quotes(db, q: str, fts: str, article_filters: str, params: dict[str, Any],
                            exact: bool) -> dict[str, list[dict[str, Any]]]:
    """``speakers``, ``articles`` and ``topics`` for the search page's side panels.

    ``article_filters`` narrows the articles as the page's filters narrow its quotes
    (SQL conditions, each after " and "), with their values in ``params``.
    """
    found: dict[str, list[dict[str, Any]]] = {}
    for key, sql, shown, extra in (
        ("speakers", SPEAKER_SEARCH_SQL, 6, {}),
        ("articles", (ARTICLE_EXACT_SQL if exact else ARTICLE_SEARCH_SQL).format(filters=article_filters), 5, params),
    ):
        also = await limited(db, sql, {"fts": fts, **extra, "n": EXACT_PANEL_CANDIDATES if exact else shown}) or []
        if exact:
            also = [_as_written(row, q) for row in also if has_words_as_written(_panel_text(row), q)][:shown]
        for row in also:
            row["segments"] = split_marked(row.pop("marked"))
            if "snippet" in row:
                row["snippet"] = split_marked(row["snippet"])
                row["date"] = human_date(row["published"])
            if "roles" in row:
                row["roles"] = parse_roles(row["roles"])
        found[key] = also
    found["topics"] = await rows(db, TOPIC_SEARCH_SQL, {"like": f"%{q}%", "n": 5})
    return found


def _panel_text(row: dict[str, Any]) -> str:
    """What a speaker's or article's stemmed match was found in: name and roles, or title and body."""
    if "body" in row:
        return f"{row['title'] or ''}\n{row['body'] or ''}"
    return f"{row['name'] or ''}\n{row['roles'] or ''}"


def _as_written(row: dict[str, Any], q: str) -> dict[str, Any]:
    """A panel row marked by the words as written, not by the stemmed index's highlight()."""
    if "body" in row:
        body = row.pop("body") or ""
        row["marked"] = mark_words(row.pop("title") or "", q)
        row["snippet"] = snippet_as_written(body, q)
    else:
        row["marked"] = mark_words(row["name"] or "", q)
    return row
