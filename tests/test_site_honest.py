"""Issues 17, 19 and 20 on the site: what the corpus does not print is counted and said,
exact words are searched through the unstemmed index, entities are read as text.

The archive (tests/honest_fixture.py) is the seeds, the embedded-post fixtures
and two articles about interest rates; every count below is exact.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3

import pytest

from quotearchive.site import make_datasette

from . import honest_fixture
from .test_site_issue20 import by_testid, quote_ids, text_of


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return honest_fixture.build(tmp_path_factory.mktemp("honest"))


@pytest.fixture
def ds(archive):
    return make_datasette(archive)


@pytest.fixture(scope="module")
def ids(archive):
    conn = sqlite3.connect(archive)
    found = {
        "stone": conn.execute("select id from speakers where name = 'Mary Stone'").fetchone()[0],
        "seed004": conn.execute("select id from articles where source like '%004_%'").fetchone()[0],
        "seed004_quote": conn.execute("select min(quotes.id) from quotes join articles on articles.id = quotes.article_id "
                                      "where articles.source like '%004_%'").fetchone()[0],
        "rates": conn.execute("select id from quotes where text like 'Interest rates will stay%'").fetchone()[0],
        "rate": conn.execute("select id from quotes where text like 'The interest rate is%'").fetchone()[0],
        # The undated article's "She said Parliament had seen only a précis ...": reported speech (issue 15).
        "reported": conn.execute("select id from quotes where kind = 'indirect' and text like 'Parliament had seen%'").fetchone()[0],
        "undated_article": conn.execute("select id from articles where source like '%rates_undated%'").fetchone()[0],
    }
    conn.close()
    return found


@pytest.mark.asyncio
async def test_home_counts_undated_and_outletless_articles(ds):
    html = (await ds.client.get("/")).text
    assert ("6 undated articles (no year in the text: left out of the dates above and of the charts); "
            "5 without an outlet. Search lists them as “Undated” and “No outlet”.") == by_testid(html, "left-out")
    assert 'href="/quotes/articles?year__isnull=1"' in html and 'href="/quotes/articles?outlet__isnull=1"' in html
    assert "in 4 outlets," in by_testid(html, "stats")
    assert "1 outlets" not in text_of(html)
    listed = (await ds.client.get("/quotes/articles.json?year__isnull=1&_shape=array")).json()
    assert 6 == len(listed)


@pytest.mark.asyncio
async def test_search_facets_count_undated_and_no_outlet_and_filter_on_them(ds, ids):
    html = (await ds.client.get("/search?q=interest+rate")).text
    year = html.split('data-facet="year"')[1].split("</section>")[0]
    outlet = html.split('data-facet="outlet"')[1].split("</section>")[0]
    assert "Year 2019 1 Undated 1" == text_of(year.split(">", 1)[1])
    assert "Outlet No outlet 2" == text_of(outlet.split(">", 1)[1])
    undated = (await ds.client.get("/search?q=interest+rate&year=-")).text
    assert [ids["rate"]] == quote_ids(undated)
    assert "1 quote matching “interest rate”" == by_testid(undated, "result-count", "h2")
    assert "Year: Undated ×" in text_of(undated)
    no_outlet = (await ds.client.get("/search?outlet=-&speaker=%d" % ids["stone"])).text
    assert sorted([ids["rate"], ids["rates"], ids["reported"]]) == sorted(quote_ids(no_outlet))
    rows = list(csv.DictReader(io.StringIO((await ds.client.get("/-/quotes.csv?q=interest+rate&year=-")).text)))
    assert [str(ids["rate"])] == [r["id"] for r in rows]


@pytest.mark.asyncio
async def test_oldest_first_leaves_undated_quotes_out_and_says_so(ds, ids):
    html = (await ds.client.get("/search?q=interest+rate&sort=oldest")).text
    assert [ids["rates"]] == quote_ids(html)
    assert ("Oldest first lists the dated quotes only: those whose article gives no year cannot be placed in time. "
            "List the undated ones.") == by_testid(html, "undated-left-out")
    assert 'href="/search?q=interest+rate&amp;year=-"' in html
    newest = (await ds.client.get("/search?q=interest+rate&sort=newest")).text
    assert [ids["rates"], ids["rate"]] == quote_ids(newest)  # the undated one after the dated


@pytest.mark.asyncio
async def test_speaker_page_lists_undated_after_dated_and_the_chart_says_what_it_leaves_out(ds, ids):
    html = (await ds.client.get(f"/quotes/speakers/{ids['stone']}")).text
    assert [ids["rates"], ids["rate"], ids["reported"]] == quote_ids(html)
    assert "Dated quotes first; the 2 whose article gives no year come after them." == by_testid(html, "speaker-quotes-undated")
    assert "Not shown: 2 quotes without a year." == by_testid(html, "chart-left-out", "span")
    assert f'href="/search?speaker={ids["stone"]}&amp;year=-"' in html


@pytest.mark.asyncio
async def test_topic_page_says_how_many_quotes_have_no_year(ds, archive):
    conn = sqlite3.connect(archive)
    slug, total, undated = conn.execute(
        "select topic, count(*), sum(quote_id < 10000101 * 100000000) from quote_topics group by topic "
        "having sum(quote_id < 10000101 * 100000000) > 0 order by count(*) desc limit 1").fetchone()
    html = (await ds.client.get(f"/quotes/topics/{slug}")).text
    ending = " (all of them)." if undated == total else "."
    assert f"Dated quotes first; the {undated} whose article gives no year come after them{ending}" == by_testid(html, "topic-quotes-undated")
    assert f"Not shown: {undated} quote{'s' if undated != 1 else ''} without a year." == by_testid(html, "chart-left-out", "span")


@pytest.mark.asyncio
async def test_embedded_post_date_is_shown_as_a_lower_bound(ds, ids):
    article = (await ds.client.get(f"/quotes/articles/{ids['seed004']}")).text
    assert ("Date not given; on or after 3 June 2017 (the date of a post or story it embeds)"
            == by_testid(article, "not-before", "span"))
    quote = (await ds.client.get(f"/quotes/quotes/{ids['seed004_quote']}")).text
    assert "not given; on or after 3 June 2017 (the date of a post or story it embeds)" == by_testid(quote, "not-before", "span")


@pytest.mark.asyncio
async def test_exact_words_search_reads_the_unstemmed_index(ds, ids):
    stemmed = (await ds.client.get('/search?q="interest rates"')).text
    assert sorted([ids["rates"], ids["rate"]]) == sorted(quote_ids(stemmed))
    exact = (await ds.client.get('/search?q="interest rates"&exact=1')).text
    assert [ids["rates"]] == quote_ids(exact)
    assert "1 quote matching “interest rates” (exact words)" == by_testid(exact, "result-count", "h2")
    assert "<mark>Interest rates</mark> will stay" in exact
    assert 'name="exact" value="1" data-testid="exact" checked' in exact
    assert 'data-testid="feed-link"' in stemmed and 'data-testid="feed-link"' not in exact  # feeds read the stemmed index
    singular = (await ds.client.get("/search?q=rate&exact=1")).text
    assert [ids["rate"]] == quote_ids(singular)
    rows = list(csv.DictReader(io.StringIO((await ds.client.get('/-/quotes.csv?q="interest rates"&exact=1')).text)))
    assert [str(ids["rates"])] == [r["id"] for r in rows]
    table = (await ds.client.get('/quotes/quotes.json?_search="interest rates"&_fts_table=quotes_exact_fts&_shape=array')).json()
    assert [ids["rates"]] == [r["id"] for r in table]


def article_titles(html: str) -> list[str]:
    """The titles in the Articles panel beside the quotes, as a reader sees them."""
    panel = html.split('data-testid="article-results"')[1].split("</section>")[0] if 'data-testid="article-results"' in html else ""
    return [text_of(title) for title in re.findall(r'<li><a href="[^"]*">(.*?)</a>', panel, re.S)]


@pytest.mark.asyncio
async def test_exact_words_keep_the_articles_panel_to_the_words_as_written(ds):
    stemmed = (await ds.client.get("/search?q=rates")).text
    assert ["Bank holds interest rates as inflation slows", "Governor questions the rate as a tool"] == sorted(article_titles(stemmed))
    exact = (await ds.client.get("/search?q=rates&exact=1")).text
    assert ["Bank holds interest rates as inflation slows"] == article_titles(exact)
    panel = exact.split('data-testid="article-results"')[1].split("</section>")[0]
    assert "Bank holds interest <mark>rates</mark> as inflation slows" in panel
    singular = (await ds.client.get("/search?q=rate&exact=1")).text
    assert ["Governor questions the rate as a tool"] == article_titles(singular)
    assert "The <mark>interest rate</mark> is the wrong tool" in (await ds.client.get('/search?q="interest rate"&exact=1')).text.split(
        'data-testid="article-results"')[1].split("</section>")[0]


@pytest.mark.asyncio
async def test_lone_minus_word_says_why_and_heading_has_single_marks(ds):
    html = (await ds.client.get("/search?q=-sport")).text
    assert ("“-sport” only leaves words out: a search needs at least one word to find. "
            "Add one, as in “climate -sport”.") == by_testid(html, "search-note", "p")
    phrase = (await ds.client.get('/search?q="interest rates"')).text
    assert "2 quotes matching “interest rates”" == by_testid(phrase, "result-count", "h2")


@pytest.mark.asyncio
async def test_article_text_has_no_character_references(ds, ids):
    html = (await ds.client.get(f"/quotes/articles/{ids['undated_article']}")).text
    assert "She said Parliament had seen only a précis of the bank's report on house prices." in text_of(html).replace("&#39;", "'")
    assert "&amp;#" not in html


@pytest.mark.asyncio
async def test_a_database_from_before_these_columns_is_served_and_upgraded(archive, ids, tmp_path):
    import shutil

    from quotearchive.archive import store
    from quotearchive.extract import pipeline

    old = tmp_path / "old.db"
    shutil.copy(archive, old)
    conn = sqlite3.connect(old)
    for suffix in ("ai", "ad", "au"):
        conn.execute(f"drop trigger quotes_exact_fts_{suffix}")
    conn.execute("drop table quotes_exact_fts")
    conn.execute("drop index idx_articles_published_not_before")
    conn.execute("alter table articles drop column published_not_before")
    conn.commit()
    conn.close()
    ds = make_datasette(old)  # read-only: served as it is
    article = (await ds.client.get(f"/quotes/articles/{ids['seed004']}"))
    assert 200 == article.status_code and 'data-testid="not-before"' not in article.text
    quote = await ds.client.get(f"/quotes/quotes/{ids['seed004_quote']}")
    assert 200 == quote.status_code and "not given" in by_testid(quote.text, "quote-page", "article")
    exact = (await ds.client.get('/search?q="interest rates"&exact=1')).text
    assert ("Exact words need an index this archive was built without; words match with their endings here. "
            "Running quotearchive ingest on the database again adds it.") == by_testid(exact, "search-note", "p")
    assert sorted([ids["rates"], ids["rate"]]) == sorted(quote_ids(exact))
    refused = await ds.client.get('/-/quotes.csv?q="interest rates"&exact=1')
    assert 400 == refused.status_code
    store.ensure_db_shape(store.open_db(old), pipeline.BACKFILLS)  # what the next ingest does first
    upgraded = (await make_datasette(old).client.get('/search?q="interest rates"&exact=1')).text
    assert [ids["rates"]] == quote_ids(upgraded)
