"""Issue 20, "the site a fact-checker uses all day": each item on a small archive written for it.

The archive (tests/site_fixture.py) is seven invented articles, so every
count and text below is exact: what a visitor sees.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import os
import re
import sqlite3
import xml.etree.ElementTree as ET

import pytest

from quotearchive.site import charts, make_datasette
from quotearchive.site.pages import search

from . import site_fixture

ATOM = "{http://www.w3.org/2005/Atom}"
TAX_PLEDGE = "We will not raise taxes before the election,"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return site_fixture.build(tmp_path_factory.mktemp("issue20"))


@pytest.fixture(scope="module")
def ids(archive):
    conn = sqlite3.connect(archive)
    found = {
        "holloway": conn.execute("select id from speakers where name = 'Jane Holloway'").fetchone()[0],
        "evans": conn.execute("select id from speakers where name = 'Mark Evans'").fetchone()[0],
        "growth": conn.execute("select id from quotes where text like 'The economy will grow%'").fetchone()[0],
        "undated_article": conn.execute("select id from articles where outlet is null").fetchone()[0],
        "tax_key": conn.execute("select statement_key from quotes where text = ?", [TAX_PLEDGE]).fetchone()[0],
    }
    conn.close()
    return found


@pytest.fixture
def ds(archive):
    return make_datasette(archive)


def text_of(html: str) -> str:
    """The page's text as a reader sees it: tags dropped, spaces collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace(" ,", ",").replace(" .", ".").strip()


def by_testid(html: str, name: str, tag: str = r"\w+") -> str:
    m = re.search(rf'<({tag})[^>]*data-testid="{name}"[^>]*>(.*?)</\1>', html, re.S)
    assert m, name
    return text_of(m.group(2))


def quote_ids(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'data-quote-id="(\d+)"', html)]


# --- 1. repeated statements -------------------------------------------------------
@pytest.mark.asyncio
async def test_repeated_statements_page(ds, ids):
    html = (await ds.client.get("/repeated")).text
    assert "2 statements reported in more than one article." == by_testid(html, "repeated-count")
    statements = re.findall(r'<li class="qa-statement".*?</li>\s*</ul>', html, re.S)
    assert 2 == len(statements)
    first = text_of(statements[0])
    assert first.startswith(f"{TAX_PLEDGE} Jane Holloway · 3 articles, 3 outlets · first seen 3 March 2005 (Example Wire)")
    assert ("3 March 2005 · Example Wire · Holloway promises steady growth "
            "4 March 2005 · Daily Example · Minister repeats tax pledge "
            "6 March 2005 · Example Herald · Tax pledge reported abroad") in first
    second = text_of(statements[1])
    assert second.startswith("Two terror plots were stopped this summer, Ann Carver · 2 articles, 1 outlet · "
                             "first seen 1 August 2006 (Daily Example)")
    by_outlets = (await ds.client.get("/repeated?sort=outlets")).text
    assert "most outlets" == re.search(r"<strong>(.*?)</strong>", by_testid(by_outlets, "sort", "p") and by_outlets.split('data-testid="sort"')[1]).group(1)
    one = (await ds.client.get(f"/repeated?key={ids['tax_key']}")).text
    assert 1 == one.count('class="qa-statement"') and "3 articles, 3 outlets" in text_of(one)
    home = (await ds.client.get("/")).text
    assert 'href="/repeated" data-testid="repeated-link"' in home


@pytest.mark.asyncio
async def test_quote_page_links_its_repeated_statement(ds, archive, ids):
    conn = sqlite3.connect(archive)
    quote_id = conn.execute("select id from quotes where text = ? order by id limit 1", [TAX_PLEDGE]).fetchone()[0]
    html = (await ds.client.get(f"/quotes/quotes/{quote_id}")).text
    assert f'href="/repeated?key={ids["tax_key"]}" data-testid="repeated-link"' in html


@pytest.mark.asyncio
async def test_statement_key_facet_on_the_quotes_table(ds, ids):
    data = (await ds.client.get("/quotes/quotes.json?_facet=statement_key&_extra=facet_results")).json()
    facet = data["facet_results"]["statement_key"]
    assert "indexed" == facet["type"]
    top = facet["results"][0]
    assert (ids["tax_key"], 3, "We will NOT raise taxes before the election!") == (top["value"], top["count"], top["label"])
    assert 2 == facet["results"][1]["count"]
    assert {1} == {r["count"] for r in facet["results"][2:]}


@pytest.mark.asyncio
async def test_site_csv_has_statement_key_speaker_id_and_permalink_but_no_paths(ds, archive, ids):
    r = await ds.client.get(f"/-/quotes.csv?speaker={ids['holloway']}")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert ["id", "text", "speaker_id", "speaker", "speaker_type", "speaker_role", "speaker_as_written", "cue",
            "cue_class", "kind", "published", "outlet", "article_id", "article_title", "article_url", "topics",
            "start", "end", "context", "statement_key", "speaker_confidence", "permalink"] == list(rows[0])
    assert 7 == len(rows)
    assert 3 == sum(row["statement_key"] == ids["tax_key"] for row in rows)
    assert {str(ids["holloway"])} == {row["speaker_id"] for row in rows}
    assert [f"http://localhost/quotes/quotes/{row['id']}" for row in rows] == [row["permalink"] for row in rows]
    assert str(archive.parent) not in r.text
    owner = make_datasette(archive, owner=True)
    owned = list(csv.DictReader(io.StringIO((await owner.client.get(f"/-/quotes.csv?speaker={ids['holloway']}")).text)))
    # Stored relative to the folder given to ingest (its name first), never as a local path.
    assert all(row["article_source"].startswith("articles/") for row in owned)


# --- 6. no local paths on a published site ------------------------------------------------
@pytest.mark.asyncio
async def test_local_paths_are_hidden_unless_served_for_the_owner(ds, archive, ids):
    folder = str(archive.parent)
    for path in ("/quotes/articles.json?_shape=array", f"/quotes/articles/{ids['undated_article']}.json",
                 f"/quotes/articles/{ids['undated_article']}", "/quotes/articles.csv", "/quotes/files.json?_shape=array",
                 "/quotes/articles.json?_facet=source", "/quotes/articles", "/-/databases.json"):
        r = await ds.client.get(path)
        assert 200 == r.status_code, path
        assert folder not in r.text, path
    rows = (await ds.client.get("/quotes/articles.json?_shape=array&_col=source")).json()
    assert [None] * 7 == [row["source"] for row in rows]
    searched = (await ds.client.get("/quotes/articles.json?_shape=array&source__contains=articles")).json()
    assert [] == searched  # a filter on the column matches nothing either
    owner = make_datasette(archive, owner=True)
    rows = (await owner.client.get("/quotes/articles.json?_shape=array&_col=source")).json()
    assert all(row["source"].startswith("articles/") for row in rows)
    assert str(archive) in (await owner.client.get("/-/databases.json")).text


# --- 2. search ---------------------------------------------------------------------
@pytest.mark.asyncio
async def test_search_date_range(ds, ids):
    url = f"/search?speaker={ids['holloway']}&topic=economy&from=2005&to=2005"
    html = (await ds.client.get(url)).text
    assert "3 quotes" == by_testid(html, "result-count")
    cards = re.findall(r'class="qa-card-link">([^<]+)</a>', html)
    assert "The economic outlook is brighter than last spring," == cards[0]  # 4 March, then two of 3 March
    assert ["Inflation is under control and interest rates will stay low,",
            "The economy will grow by two percent this year,"] == sorted(cards[1:])
    assert "From: 2005 ×" in text_of(html) and "To: 2005 ×" in text_of(html)
    assert 'id="qa-from" name="from" value="2005"' in html
    rows = list(csv.DictReader(io.StringIO((await ds.client.get(re.search(
        r'href="([^"]+)" data-testid="csv-link"', html).group(1).replace("&amp;", "&"))).text)))
    assert 3 == len(rows)
    day = (await ds.client.get(f"/search?speaker={ids['holloway']}&from=2005-03-04&to=2005-03-04")).text
    assert "2 quotes" == by_testid(day, "result-count")
    month = (await ds.client.get("/search?to=2005-03")).text
    assert "7 quotes" == by_testid(month, "result-count")  # March 2005 and before, dated only
    bad = (await ds.client.get("/search?q=taxes&from=yesterday")).text
    assert "“From” must be a date: 2005, 2005-03 or 2005-03-01, not “yesterday”." == by_testid(bad, "search-error")


@pytest.mark.asyncio
async def test_search_sorts(ds):
    html = (await ds.client.get("/search?q=taxes")).text
    assert "Order: best matches first · newest first · oldest first · most reported first" == by_testid(html, "sort")
    oldest = (await ds.client.get("/search?q=inflation&sort=oldest")).text
    assert quote_ids(oldest) == sorted(quote_ids(oldest)) and 2 == len(quote_ids(oldest))
    newest = (await ds.client.get("/search?q=inflation&sort=newest")).text
    assert quote_ids(newest) == sorted(quote_ids(newest), reverse=True)
    reported = (await ds.client.get("/search?q=election+OR+terror*&sort=reported")).text
    texts = re.findall(r'class="qa-card-link">(.*?)</a>', reported)
    assert [TAX_PLEDGE, "We will NOT raise taxes before the election!", TAX_PLEDGE,  # 3 reports each, newest first
            "Two terror plots were stopped this summer,"] == [re.sub(r"</?mark>", "", t) for t in texts[:4]]
    assert "Order: best matches first · newest first · oldest first · most reported first" == by_testid(reported, "sort")
    assert "<strong>most reported first</strong>" in reported
    browse = (await ds.client.get("/search?year=2006&sort=oldest")).text
    assert "Order: newest first · oldest first · most reported first" == by_testid(browse, "sort")
    assert quote_ids(browse) == sorted(quote_ids(browse)) and 5 == len(quote_ids(browse))


@pytest.mark.asyncio
async def test_search_filters_reach_the_articles_panel(ds):
    def panel(html):
        listed = html.split('data-testid="article-results"')[1].split("</section>")[0]
        return [re.sub(r"</?mark>", "", t) for t in re.findall(r'href="/quotes/articles/\d+">(.*?)</a>', listed)]

    every = (await ds.client.get("/search?q=holloway")).text
    assert 4 == len(panel(every))
    html = (await ds.client.get("/search?q=holloway&year=2006")).text
    assert ["Holloway warns on inflation"] == panel(html)
    html = (await ds.client.get("/search?q=holloway&outlet=Daily+Example")).text
    assert ["Minister repeats tax pledge"] == panel(html)


@pytest.mark.asyncio
async def test_search_heading_and_a_lone_minus_word(ds):
    html = (await ds.client.get('/search?q="interest rates"')).text
    assert "1 quote matching “interest rates”" == by_testid(html, "result-count")
    html = (await ds.client.get("/search?q=-taxes")).text
    assert ("“-taxes” only leaves words out: a search needs at least one word to find. "
            "Add one, as in “climate -taxes”.") == by_testid(html, "search-note")


# --- 3. speaker pages and the most quoted ----------------------------------------------
@pytest.mark.asyncio
async def test_speaker_topics_link_to_their_quotes_on_the_topic(ds, ids):
    html = (await ds.client.get(f"/quotes/speakers/{ids['holloway']}")).text
    topics = html.split('data-testid="speaker-topics"')[1].split("</section>")[0]
    # Narrower topics come with their IPTC parents (issue 17).
    assert [(f"/search?speaker={ids['holloway']}&amp;topic=economy", "Economy", "4"),
            (f"/search?speaker={ids['holloway']}&amp;topic=economy-business-finance", "Economy, business and finance", "4"),
            (f"/search?speaker={ids['holloway']}&amp;topic=politics", "Politics", "4"),
            (f"/search?speaker={ids['holloway']}&amp;topic=elections", "Elections", "3")] == re.findall(
        r'<a href="([^"]+)">([^<]+)</a>\s*<span class="qa-count">(\d+)</span>', topics)
    narrowed = (await ds.client.get(f"/search?speaker={ids['holloway']}&topic=economy")).text
    assert "4 quotes" == by_testid(narrowed, "result-count")


@pytest.mark.asyncio
async def test_a_speaker_without_outlets_is_not_reported_by_none(ds, ids):
    html = (await ds.client.get(f"/quotes/speakers/{ids['evans']}")).text
    assert "Reported by No outlet is known for the articles quoting them." == by_testid(html, "speaker-outlets", "section")
    assert "None." not in text_of(html)


@pytest.mark.asyncio
async def test_described_sources_are_listed_apart(ds):
    html = (await ds.client.get("/")).text
    people = re.findall(r'<a href="/quotes/speakers/\d+">([^<]+)</a>', html.split('data-testid="top-speakers"')[1].split("</ol>")[0])
    assert ["Jane Holloway", "Ann Carver", "Tom Brennan", "Mark Evans"] == people  # ties: by id, the index's order
    assert "Described sources Quoted by description, not by name. a spokesman for the ministry 1" in text_of(html)


# --- 5. sorting the quotes table ----------------------------------------------------
@pytest.mark.asyncio
@pytest.mark.parametrize("column", ["statement_key", "month", "article_id"])
async def test_indexed_columns_sort(ds, archive, column):
    for arg in ("_sort", "_sort_desc"):
        r = await ds.client.get(f"/quotes/quotes.json?{arg}={column}&_shape=array&_size=max")
        assert 200 == r.status_code
        values = [row[column] for row in r.json()]
        assert values == sorted(values, key=lambda v: (v is not None, v), reverse=arg == "_sort_desc")


@pytest.mark.asyncio
@pytest.mark.parametrize("column", ["text", "context", "start", "speaker_role"])
async def test_unindexed_columns_are_refused_with_a_reason(ds, column):
    r = await ds.client.get(f"/quotes/quotes.json?_sort={column}")
    assert 400 == r.status_code
    assert (f"Cannot sort quotes by {column}: it has no index, so sorting would read and order every row. "
            "Sort by one of: id, published, year, month, speaker_id, outlet, kind, cue, cue_class, article_id, "
            "statement_key, speaker_confidence, speaker_type.") in r.text
    page = await ds.client.get(f"/quotes/quotes?_sort_desc={column}")
    assert 400 == page.status_code and f"Cannot sort quotes by {column}: it has no index" in page.text


# --- 6. citations -----------------------------------------------------------------
@pytest.mark.asyncio
async def test_quote_page_citation(ds, archive, ids):
    html = (await ds.client.get(f"/quotes/quotes/{ids['growth']}")).text
    archived = datetime.datetime.fromtimestamp(os.stat(archive).st_mtime, datetime.timezone.utc).date().isoformat()
    link = f"http://localhost/quotes/quotes/{ids['growth']}"
    assert (f"Jane Holloway, “The economy will grow by two percent this year”, quoted in “Holloway promises steady "
            f"growth”, Example Wire, 3 March 2005. https://example.org/wire/holloway-growth. Archived {archived} in "
            f"Quote Archive: {link}") == by_testid(html, "cite-text", "pre")
    bibtex = by_testid(html, "cite-bibtex", "pre").replace("&#39;", "'")
    assert (f"@misc{{quote{ids['growth']}, author = {{{{Jane Holloway}}}}, title = {{{{The economy will grow by two "
            "percent this year}}, howpublished = {Quoted in ``Holloway promises steady growth'', Example Wire}, "
            "date = {2005-03-03}, year = {2005}, url = {https://example.org/wire/holloway-growth}, "
            f"urldate = {{{archived}}}, note = {{Archived in Quote Archive: \\url{{{link}}}}} }}") == bibtex
    csl_text = re.search(r'data-testid="cite-csl">(.*?)</pre>', html, re.S).group(1)
    csl = json.loads(csl_text.replace("&#34;", '"'))
    assert [{
        "id": f"quote-{ids['growth']}", "type": "article-newspaper", "title": "Holloway promises steady growth",
        "container-title": "Example Wire", "note": "Jane Holloway: “The economy will grow by two percent this year”",
        "archive": "Quote Archive", "archive_location": link,
        "accessed": {"date-parts": [[int(p) for p in archived.split("-")]]},
        "issued": {"date-parts": [[2005, 3, 3]]}, "URL": "https://example.org/wire/holloway-growth",
    }] == csl
    assert 3 == html.count('class="qa-copy"')


# --- 7. feeds ---------------------------------------------------------------------
def entries(xml: str) -> list[dict]:
    root = ET.fromstring(xml)
    return [{"title": e.findtext(f"{ATOM}title"), "link": e.find(f"{ATOM}link").get("href"),
             "updated": e.findtext(f"{ATOM}updated"), "author": e.findtext(f"{ATOM}author/{ATOM}name")}
            for e in root.findall(f"{ATOM}entry")]


@pytest.mark.asyncio
async def test_atom_feeds_of_a_speaker_a_topic_and_a_search(ds, ids):
    html = (await ds.client.get(f"/quotes/speakers/{ids['holloway']}")).text
    feed_url = f"/quotes/speaker_feed.atom?speaker={ids['holloway']}"
    assert f'<link rel="alternate" type="application/atom+xml" title="Newest quotes by Jane Holloway" href="{feed_url}">' in html
    r = await ds.client.get(feed_url)
    assert 200 == r.status_code and r.headers["content-type"].startswith("application/atom+xml")
    assert "Quote Archive: quotes by Jane Holloway" == ET.fromstring(r.text).findtext(f"{ATOM}title")
    found = entries(r.text)
    assert 7 == len(found)
    assert {"title": "Jane Holloway: “Inflation is the biggest risk to the economy,”", "updated": "2006-07-10T00:00:00Z",
            "author": "Jane Holloway"} == {k: v for k, v in found[0].items() if k != "link"}
    assert re.fullmatch(r"http://localhost/quotes/quotes/\d+", found[0]["link"])
    topic = entries((await ds.client.get("/quotes/topic_feed.atom?topic=terrorism")).text)
    assert ["Ann Carver", "Ann Carver", "Ann Carver", "Tom Brennan", "a spokesman for the ministry"] == [e["author"] for e in topic]
    searched = (await ds.client.get("/search?q=terror*")).text
    assert 'href="/quotes/search_feed.atom?q=terror%2A" data-testid="feed-link"' in searched
    found = entries((await ds.client.get("/quotes/search_feed.atom?q=terror%2A")).text)
    assert 5 == len(found)
    assert '<link rel="alternate" type="application/atom+xml"' in (await ds.client.get("/quotes/topics/terrorism")).text


# --- 8. polish ---------------------------------------------------------------------
@pytest.mark.asyncio
async def test_article_without_outlet_or_date(ds, ids):
    html = (await ds.client.get(f"/quotes/articles/{ids['undated_article']}")).text
    assert "1 quote marked below" == by_testid(html, "article-meta", "p")


@pytest.mark.asyncio
async def test_one_outlet_is_singular(tmp_path):
    from quotearchive import ingest

    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps(site_fixture.ARTICLES[0]) + "\n", "utf-8")
    ingest.ingest(tmp_path / "one.db", [folder])
    html = (await make_datasette(tmp_path / "one.db").client.get("/")).text
    assert "3 quotes from 1 article, by 1 speaker, in 1 outlet, published 3 March 2005 to 3 March 2005." == by_testid(html, "stats", "p")


@pytest.mark.asyncio
async def test_home_tells_quotes_from_reported_statements(tmp_path):
    from quotearchive import ingest

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Council backs new bridge\n\n"
        "The council approved the bridge on Monday. \"It will change the town,\" said the mayor, Ann Lee.\n\n"
        "Ann Lee said the work would start in the spring.\n",
        "utf-8",
    )
    summary = ingest.ingest(tmp_path / "news.db", [folder])
    assert (1, 1) == (summary.quotes - summary.reported, summary.reported)
    assert "1 quote and 1 reported statement from 1 speaker in the database" in summary.describe()
    html = (await make_datasette(tmp_path / "news.db").client.get("/")).text
    assert by_testid(html, "stats", "p").startswith("1 quote and 1 reported statement from 1 article, by 1 speaker")


@pytest.mark.asyncio
async def test_charts_label_months(ds, ids):
    html = (await ds.client.get(f"/quotes/speakers/{ids['holloway']}")).text
    months = re.findall(r'class="qa-axis-label qa-month-label"[^>]*>(\w+)<', html)
    assert ["Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul"] == months
    assert ["2005", "2006"] == re.findall(r'class="qa-axis-label qa-year-label"[^>]*>(\w+)<', html)


def test_charts_label_quarters_when_months_are_narrow():
    tl = charts.timeline({200501: 1, 200812: 1})
    assert ["Jan", "Apr", "Jul", "Oct"] * 4 == [t.label for t in tl.month_ticks]
    assert charts.timeline({199001: 1, 200912: 1}).month_ticks == ()  # years: their own labels


@pytest.mark.asyncio
async def test_table_pages_fold_column_descriptions_and_home_lists_every_table(ds):
    html = (await ds.client.get("/quotes/quotes")).text
    assert "<summary>What the 20 columns mean</summary>" in html
    home = (await ds.client.get("/")).text
    assert "articles, speakers, topics, quotes, quote_topics, article_topics" == by_testid(home, "tables", "span")


def test_date_bounds():
    assert 2005010100000000 == search.date_bound("2005", end=False)
    assert 2005123199999999 == search.date_bound("2005", end=True)
    assert 2008022999999999 == search.date_bound("2008-02", end=True)
    assert search.date_bound("2005-13", end=False) is None and search.date_bound("yesterday", end=True) is None
