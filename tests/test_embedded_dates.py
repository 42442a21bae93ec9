"""Issue 19: an embedded post's date is never the article's date, only a lower bound."""

from pathlib import Path

import sqlite_utils

from quotearchive import ingest
from quotearchive.archive import store
from quotearchive.extract.pipeline import parse_document
from quotearchive.model import Document

from .conftest import SEEDS, seed

EMBEDDED = Path(__file__).parent / "fixtures" / "embedded"
DATES = ("published", "published_precision", "published_not_before")


def dates(path: Path) -> tuple:
    article = parse_document(Document(source=str(path), text=path.read_text("utf-8")))
    return tuple(getattr(article, f) for f in DATES)


def test_seed_004_russian_tweet_credit_is_a_lower_bound():
    # "— RT (@RT_com) 3 июня 2017 г." is the tweet's date; the story is from about 14 June.
    assert (None, None, "2017-06-03") == dates(seed("004"))


def test_english_tweet_credit_read_more_and_photo_credit():
    # The tweet (2 June), READ MORE (28 May) and photo (30 May): the latest bounds the article;
    # the "Related stories" list after it (20 June, 1 July) is the site's, refreshed later: no bound.
    assert (None, None, "2019-06-02") == dates(EMBEDDED / "tweet_credit_en.txt")


def test_instagram_and_facebook_embeds():
    assert (None, None, "2018-06-04") == dates(EMBEDDED / "instagram_only.txt")
    body = parse_document(Document(source="x", text=(EMBEDDED / "instagram_only.txt").read_text("utf-8"))).body
    assert [] == [junk for junk in ("A post shared by", "Posted by City Parks", "@maralind") if junk in body]


def test_a_date_of_its_own_wins_and_sets_no_bound():
    text = "Port plan approved\nJune 5, 2019\n" + (EMBEDDED / "tweet_credit_en.txt").read_text("utf-8").split("\n", 1)[1]
    article = parse_document(Document(source="x.txt", text=text))
    assert ("2019-06-05", "day", None) == tuple(getattr(article, f) for f in DATES)


def test_the_bound_is_stored_and_an_older_database_gains_the_column(tmp_path):
    db_path = tmp_path / "q.db"
    ingest.ingest(db_path, [SEEDS])
    db = sqlite_utils.Database(db_path)
    rows = db.execute("select source, published, year, published_not_before from articles order by source").fetchall()
    assert ["000", "001", "002", "003", "004"] == [Path(r[0]).name[:3] for r in rows]
    assert (None, None, "2017-06-03") == rows[4][1:]
    assert [None] * 4 == [r[3] for r in rows[:4]]
    db.execute("drop index idx_articles_published_not_before")
    db.execute("alter table articles drop column published_not_before")
    db.conn.commit()
    db.close()
    # Unchanged files are not read again: the column comes back, empty (a new
    # database, ingested afresh, has the bounds).
    ingest.ingest(db_path, [SEEDS])
    assert [(None,)] * 5 == store.open_db(db_path).execute("select published_not_before from articles").fetchall()


def test_a_researcher_can_filter_and_sort_by_the_bound_through_an_index(tmp_path):
    """Issue 19: the bound is there to sort and filter by, honestly, and at scale (indexed)."""
    import asyncio

    from quotearchive.site import make_datasette

    db_path = tmp_path / "q.db"
    ingest.ingest(db_path, [SEEDS])
    plan = sqlite_utils.Database(db_path).execute(
        "explain query plan select id from articles where published_not_before >= '2017-06' order by published_not_before"
    ).fetchall()
    assert any("published_not_before" in row[-1] and "INDEX" in row[-1] for row in plan), plan

    async def fetch():
        page = await make_datasette(db_path).client.get(
            "/quotes/articles.json?published_not_before__gte=2017-06&_sort=published_not_before&_shape=array"
        )
        return page.status_code, [(row["published"], row["published_not_before"]) for row in page.json()]

    assert (200, [(None, "2017-06-03")]) == asyncio.run(fetch())  # seed 004, the one undated seed
