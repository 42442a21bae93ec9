"""Canned queries a researcher wants, as data (Datasette ``queries`` metadata)."""

CANNED_QUERIES = {
    "search_ranked": {
        "title": "Search quotes, best matches first",
        "description": "Full-text search over quotations: the 100 most relevant (SQLite FTS5 bm25). "
        "Words are matched with stemming; put a phrase in double quotes; clim* for a prefix, "
        "putin OR blair for either, -sport to leave a word out. Every match: the quotes table's search.",
        "sql": """select quotes.id, quotes.published, speakers.name as speaker, quotes.outlet,
  quotes.text, quotes.kind, quotes.article_id
from quotes_fts
  join quotes on quotes.id = quotes_fts.rowid
  left join speakers on speakers.id = quotes.speaker_id
where quotes_fts match escape_fts(:q)
order by quotes_fts.rank
limit 100""",
    },
    "speaker_quotes": {
        "title": "A speaker's quotes in a date range",
        "description": "Quotes by one speaker (name as in the speakers table), newest first. "
        "Dates are ISO (2017-06-01); leave them empty for no bound.",
        "sql": """select quotes.id, quotes.published, quotes.outlet, quotes.text, quotes.cue, quotes.kind,
  articles.title as article, quotes.article_id
from quotes
  join speakers on speakers.id = quotes.speaker_id
  join articles on articles.id = quotes.article_id
where speakers.name = :speaker
  and (:since = '' or quotes.published >= :since)
  and (:until = '' or substr(quotes.published, 1, 10) <= :until)
order by quotes.id desc
limit 1000""",
    },
    "topic_quotes": {
        "title": "Quotes on a topic",
        "description": "Quotes on one topic (its slug, e.g. nato), newest first.",
        "sql": """select quotes.id, quotes.published, speakers.name as speaker, quotes.outlet, quotes.text
from quote_topics
  join quotes on quotes.id = quote_topics.quote_id
  left join speakers on speakers.id = quotes.speaker_id
where quote_topics.topic = :topic
order by quotes.id desc
limit 1000""",
    },
    "top_speakers_per_topic": {
        "title": "Top speakers per topic",
        "description": "Who is quoted most on each topic.",
        "sql": """select topics.name as topic, speakers.name as speaker, count(*) as quotes
from quote_topics
  join topics on topics.slug = quote_topics.topic
  join quotes on quotes.id = quote_topics.quote_id
  join speakers on speakers.id = quotes.speaker_id
group by topics.slug, speakers.id
order by topics.name, quotes desc
limit 1000""",
    },
}
