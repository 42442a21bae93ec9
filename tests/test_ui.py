"""The archive's own pages, through Datasette's test client (no server, no mocks).

Expected values come from the database itself (the top speaker, a quote's
article), so the tests hold while the extractor changes who it finds.
"""

import csv
import io
import json
import re
import shutil
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st
import sqlite_utils

from quotearchive.site import charts, facets, make_datasette
from quotearchive.site.pages import article, common, home, quote, repeated, search, search_beside, speaker, topic
from quotearchive.site.urls import external

XSS = "<script>alert('x')</script>"


@pytest.fixture
def ds(seeds_db):
    return make_datasette(seeds_db)


@pytest.fixture(scope="module")
def db(seeds_db):
    return sqlite_utils.Database(seeds_db)


@pytest.fixture(scope="module")
def top_speaker(db):
    return next(db.query("select id, name, quote_count, first_seen, last_seen from speakers order by quote_count desc limit 1"))


def quote_ids(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'data-quote-id="(\d+)"', html)]


# --- home ---------------------------------------------------------------------
@pytest.mark.asyncio
async def test_home_says_what_the_archive_holds(ds, db, top_speaker):
    r = await ds.client.get("/")
    assert 200 == r.status_code
    assert 'data-testid="home"' in r.text
    stats = re.search(r'data-testid="stats">(.*?)</p>', r.text, re.S).group(1)
    reported = db.table("quotes").count_where("kind = 'indirect'")
    assert f"<strong>{db.table('quotes').count - reported:,}</strong> quotes" in stats
    assert f"<strong>{reported:,}</strong> reported statements" in stats
    for table in ("articles", "speakers"):
        assert f"<strong>{db.table(table).count:,}</strong> {table}" in stats
    first, last = (common.human_date(row["published"]) for row in (
        next(db.query("select published from quotes where year is not null order by id limit 1")),
        next(db.query("select published from quotes order by id desc limit 1")),
    ))
    assert f"{first} to {last}" in stats
    assert f'href="/quotes/speakers/{top_speaker["id"]}">{top_speaker["name"]}</a>' in r.text
    top_topic = next(db.query("select slug, name from topics order by quote_count desc limit 1"))
    assert f'href="/quotes/topics/{top_topic["slug"]}"' in r.text
    assert 'action="/search"' in r.text


@pytest.mark.asyncio
async def test_every_page_has_the_search_box(ds):
    for path in ("/", "/quotes", "/quotes/quotes", "/search?q=mistake"):
        r = await ds.client.get(path)
        assert 200 == r.status_code, path
        assert 'id="qa-nav-q"' in r.text, path
        assert "/-/static-plugins/quotearchive/quotearchive.css" in r.text, path


@pytest.mark.asyncio
async def test_stylesheet_is_served(ds):
    r = await ds.client.get("/-/static-plugins/quotearchive/quotearchive.css")
    assert 200 == r.status_code
    assert ".qa-quote-text" in r.text


# --- search -------------------------------------------------------------------
@pytest.mark.asyncio
async def test_search_highlights_matching_words_and_counts_all_matches(ds, db):
    r = await ds.client.get("/search?q=mistake")
    assert 200 == r.status_code
    expected = next(db.query("select count(*) as n from quotes_fts where quotes_fts match 'mistake'"))["n"]
    assert f"{expected} quotes matching" in r.text
    assert len(quote_ids(r.text)) == expected
    # Stemming: "mistakes" is highlighted too, each match in its own <mark>.
    assert "<mark>mistake</mark>" in r.text and "<mark>mistakes</mark>" in r.text


@pytest.mark.asyncio
async def test_search_facets_filter_the_results(ds, db, top_speaker):
    r = await ds.client.get("/search?q=mistake")
    facets = re.search(r'data-testid="facets">(.*?)</aside>', r.text, re.S).group(1)
    assert 'data-facet="speaker"' in facets and 'data-facet="year"' in facets
    link = re.search(rf'<a href="(/search\?q=mistake&amp;speaker={top_speaker["id"]})">{top_speaker["name"]}</a>', facets)
    assert link
    narrowed = await ds.client.get(link.group(1).replace("&amp;", "&"))
    expected = [row["id"] for row in db.query(
        "select quotes.id from quotes_fts join quotes on quotes.id = quotes_fts.rowid "
        "where quotes_fts match 'mistake' and speaker_id = ? order by quotes_fts.rank", [top_speaker["id"]])]
    assert expected == quote_ids(narrowed.text)
    assert 'class="qa-selected"' in narrowed.text and "× clear" in narrowed.text


@pytest.mark.asyncio
async def test_search_facets_by_source_type_and_verb_stance_in_words(ds, db):
    # USERS.md: source types and the reporting verb's stance as facets, on the search page too.
    r = await ds.client.get("/search?q=the")
    facets = re.search(r'data-testid="facets">(.*?)</aside>', r.text, re.S).group(1)
    source = re.search(r'data-facet="source_type">(.*?)</section>', facets, re.S).group(1)
    stance = re.search(r'data-facet="stance">(.*?)</section>', facets, re.S).group(1)
    assert "<h3>Source" in source and ">Named person</a>" in source and ">person</a>" not in source
    assert "<h3>Reporting verb" in stance and ">neutral (said)</a>" in stance
    link = re.search(r'<a href="(/search\?q=the&amp;stance=emphatic)">emphatic \(warned\)</a>', stance)
    assert link
    narrowed = await ds.client.get(link.group(1).replace("&amp;", "&"))
    expected = [row["id"] for row in db.query(
        "select quotes.id from quotes_fts join quotes on quotes.id = quotes_fts.rowid "
        "where quotes_fts match 'the' and cue_class = 'emphatic' order by quotes_fts.rank")]
    assert expected and expected == quote_ids(narrowed.text)
    assert "Reporting verb: emphatic (warned)" in narrowed.text  # the chip, in words
    persons = await ds.client.get("/search?source_type=person")
    expected = [row["id"] for row in db.query("select id from quotes where speaker_type = 'person' order by id desc limit 20")]
    assert expected == quote_ids(persons.text)[:20]
    assert "Source: Named person" in persons.text
    # Quotes with no speaker are counted as a value of their own, as undated ones are.
    nobody = await ds.client.get("/search?source_type=-")
    expected = [row["id"] for row in db.query("select id from quotes where speaker_type is null order by id desc")]
    assert expected and expected == quote_ids(nobody.text)
    assert "Source: No speaker" in nobody.text
    every = await ds.client.get("/search?q=the")
    assert re.search(r'data-facet="source_type">.*?>No speaker</a>', every.text, re.S) or not list(db.query(
        "select 1 from quotes_fts join quotes on quotes.id = quotes_fts.rowid where quotes_fts match 'the' and speaker_type is null"))


@pytest.mark.asyncio
async def test_table_facets_name_source_types_and_stances_in_words(ds):
    data = (await ds.client.get("/quotes/quotes.json?_extra=facet_results")).json()["facet_results"]
    labels = {r["value"]: r["label"] for r in data["speaker_type"]["results"]}
    assert labels["person"] == "Named person"
    labels = {r["value"]: r["label"] for r in data["cue_class"]["results"]}
    assert labels["neutral"] == "neutral (said)"
    html = (await ds.client.get("/quotes/speakers")).text
    assert "Named person" in html


@pytest.mark.asyncio
async def test_search_topic_and_year_filters_without_words(ds, db):
    r = await ds.client.get("/search?topic=nato")
    expected = [row["quote_id"] for row in db.query("select quote_id from quote_topics where topic = 'nato' order by quote_id desc")]
    assert expected == quote_ids(r.text)
    r = await ds.client.get("/search?year=2017&kind=partial")
    expected = [row["id"] for row in db.query("select id from quotes where year = 2017 and kind = 'partial' order by id desc")]
    assert expected == quote_ids(r.text)


@pytest.mark.asyncio
async def test_search_finds_speakers_and_articles_too(ds, db, top_speaker):
    word = top_speaker["name"].split()[-1]
    r = await ds.client.get(f"/search?q={word}")
    speakers = re.search(r'data-testid="speaker-results">(.*?)</section>', r.text, re.S).group(1)
    assert f'href="/quotes/speakers/{top_speaker["id"]}"' in speakers
    r = await ds.client.get("/search?q=disarmament")
    articles = re.search(r'data-testid="article-results">(.*?)</section>', r.text, re.S).group(1)
    article = next(db.query("select id from articles where title like '%disarmament%'"))
    assert f'href="/quotes/articles/{article["id"]}"' in articles
    assert "<mark>" in articles


@pytest.mark.asyncio
async def test_search_csv_link_exports_every_match(ds, db, top_speaker):
    r = await ds.client.get(f"/search?q=mistake&speaker={top_speaker['id']}")
    csv_url = re.search(r'href="([^"]+)" data-testid="csv-link"', r.text).group(1).replace("&amp;", "&")
    assert csv_url.startswith("/-/quotes.csv?")  # our formula-safe export, not Datasette's .csv
    exported = await ds.client.get(csv_url)
    assert 200 == exported.status_code
    assert "attachment" in exported.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert sorted(quote_ids(r.text)) == [int(row["id"]) for row in rows]
    assert {top_speaker["name"]} == {row["speaker"] for row in rows}


@pytest.mark.asyncio
async def test_search_topic_csv_uses_the_join_table(ds, db):
    r = await ds.client.get("/search?topic=nato")
    csv_url = re.search(r'href="([^"]+)" data-testid="csv-link"', r.text).group(1).replace("&amp;", "&")
    rows = list(csv.DictReader(io.StringIO((await ds.client.get(csv_url)).text)))
    assert sorted(quote_ids(r.text)) == [int(row["id"]) for row in rows]


@pytest.mark.asyncio
@pytest.mark.parametrize("query", ["topic=nuclear-weapons&year=2017", "q=nuclear&topic=nuclear-weapons&year=2017", "q=nuclear&topic=nuclear-weapons"])
async def test_search_export_links_match_the_page_whatever_the_filters(ds, query):
    r = await ds.client.get(f"/search?{query}")
    shown = sorted(quote_ids(r.text))
    assert shown
    for testid, parse in (("csv-link", lambda t: [int(row["id"]) for row in csv.DictReader(io.StringIO(t))]),):
        url = re.search(rf'href="([^"]+)" data-testid="{testid}"', r.text).group(1).replace("&amp;", "&")
        assert shown == parse((await ds.client.get(url)).text), url
    json_url = re.search(r'<a href="([^"]+)">JSON</a>', r.text).group(1).replace("&amp;", "&")
    assert shown == sorted(row["id"] for row in (await ds.client.get(json_url)).json())


@pytest.mark.asyncio
async def test_search_pages_through_ranked_results(ds, db, monkeypatch):
    monkeypatch.setattr(search, "PAGE_SIZE", 3)
    first = await ds.client.get("/search?q=mistake")
    assert 'rel="next"' in first.text
    second = await ds.client.get("/search?q=mistake&page=2")
    assert 'rel="prev"' in second.text
    assert not set(quote_ids(first.text)) & set(quote_ids(second.text))


@pytest.mark.asyncio
@pytest.mark.parametrize("q", ['"', "AND", "*", "(", "NEAR(", "climate -health", "-", "'", "a" * 500, "zzzzqqq"])
async def test_search_never_fails_on_odd_input(ds, q):
    r = await ds.client.get("/search", params={"q": q})
    assert 200 == r.status_code


@pytest.mark.asyncio
async def test_search_without_words_shows_the_form(ds):
    r = await ds.client.get("/search")
    assert 200 == r.status_code
    assert 'id="qa-q"' in r.text and 'data-testid="quote-results"' not in r.text


# --- quote page ----------------------------------------------------------------
@pytest.mark.asyncio
async def test_quote_page_shows_speaker_article_and_context(ds, db):
    quote = next(db.query(
        "select quotes.*, articles.title, articles.body from quotes join articles on articles.id = quotes.article_id "
        "where speaker_id is not null and cue is not null order by quotes.id desc limit 1"))
    r = await ds.client.get(f"/quotes/quotes/{quote['id']}")
    assert 200 == r.status_code
    html = r.text
    assert 'data-testid="quote-page"' in html
    assert f'href="/quotes/speakers/{quote["speaker_id"]}" class="qa-speaker" data-testid="speaker-link"' in html
    assert f'href="/quotes/articles/{quote["article_id"]}" data-testid="article-link"' in html
    assert f'<dd class="qa-cue">{quote["cue"]} <a class="qa-muted" href="/quotes/quotes?cue_class={quote["cue_class"]}"' in html
    # (The newest quote of the seeds is reported speech since issue 15; its kind says so in words.)
    label = "reported speech (indirect, no quote marks)" if quote["kind"] == "indirect" else f'{quote["kind"]} quote'
    assert f'<dd class="qa-kind">{label}</dd>' in html
    assert f"<mark>{quote['body'][quote['start']:quote['end']]}</mark>" in html.replace("&#39;", "'").replace("&#34;", '"')
    for slug in json.loads(quote["topics"]):
        assert f'href="/quotes/topics/{slug}"' in html


@pytest.fixture
def edited_db(seeds_db, tmp_path):
    """A copy of the seeds database to edit: markup in the text, URLs of every kind."""
    path = tmp_path / "quotes.db"
    shutil.copy(seeds_db, path)
    return path


def edit(path, *statements):
    """Run SQL on a database copy and fold the WAL back in: immutable mode reads the main file only."""
    conn = sqlite3.connect(path)
    with conn:
        for sql, params in statements:
            conn.execute(sql, params)
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()


@pytest.mark.asyncio
async def test_quotes_with_no_reporting_verb_are_a_stance_value_of_their_own(edited_db):
    """The stance facet adds up to the matches, as the source type's does: a quote with no reporting
    verb in its sentence is counted ("No reporting verb") and found with stance=-."""
    with sqlite3.connect(edited_db) as conn:
        verbless = [i for (i,) in conn.execute("select id from quotes where kind = 'full' order by id limit 3")]
        total = conn.execute("select count(*) from quotes where kind = 'full'").fetchone()[0]
    edit(edited_db, (f"update quotes set cue = null, cue_class = null where id in ({','.join('?' * len(verbless))})", verbless))
    site = make_datasette(edited_db)
    page = await site.client.get("/search?kind=full")
    stance = re.search(r'data-facet="stance">(.*?)</section>', page.text, re.S).group(1)
    assert re.search(r'stance=-">No reporting verb</a> <span class="qa-count">3</span>', stance), stance
    assert total == sum(int(n) for n in re.findall(r'class="qa-count">(\d+)<', stance))
    narrowed = await site.client.get("/search?kind=full&stance=-&sort=newest")
    assert sorted(verbless, reverse=True) == quote_ids(narrowed.text)
    assert "Reporting verb: No reporting verb" in narrowed.text


def first_quote(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("select id, article_id, speaker_id from quotes where speaker_id is not null order by id desc limit 1").fetchone()


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "url, linked",
    [("https://example.org/a", True), ("http://example.org/a", True), ("javascript:alert(1)", False), ("/etc/passwd", False), (None, False)],
)
async def test_only_http_urls_become_links(edited_db, url, linked):
    quote_id, article_id, _ = first_quote(edited_db)
    edit(edited_db, ("update articles set url = ? where id = ?", [url, article_id]))
    ds = make_datasette(edited_db)
    for path in (f"/quotes/quotes/{quote_id}", f"/quotes/articles/{article_id}"):
        html = (await ds.client.get(path)).text
        assert linked == ('data-testid="source-link"' in html), path
        assert linked == ('data-testid="archived-link"' in html), path
        if linked:
            assert f'href="{url}" rel="nofollow noopener noreferrer" data-testid="source-link"' in html
            assert re.search(rf'href="https://web.archive.org/web/(\d{{4,8}}|\*)/{re.escape(url)}" rel="nofollow noopener noreferrer" data-testid="archived-link"', html)
        assert 'href="javascript:' not in html


@pytest.mark.asyncio
async def test_markup_in_the_data_shows_as_text_on_every_page(edited_db):
    quote_id, article_id, speaker_id = first_quote(edited_db)
    with sqlite3.connect(edited_db) as conn:
        body = conn.execute("select body from articles where id = ?", [article_id]).fetchone()[0]
    intro = f"Intro {XSS} paragraph.\n\n"
    edit(
        edited_db,
        ("update articles set body = ?, title = ? where id = ?", [intro + body, f"Title {XSS}", article_id]),
        # Keep the quotes' offsets pointing at their words in the edited body.
        ("update quotes set start = start + ?, end = end + ? where article_id = ?", [len(intro), len(intro), article_id]),
        ("update quotes set text = ?, cue = ? where id = ?", [f"We will search for {XSS} everywhere", XSS, quote_id]),
        ("update speakers set name = ?, roles = ? where id = ?", [f"Speaker {XSS}", json.dumps([XSS]), speaker_id]),
        ("update topics set name = ? where slug = 'nato'", [f"NATO {XSS}"]),
    )
    ds = make_datasette(edited_db)
    for path in (
        "/", f"/quotes/quotes/{quote_id}", f"/quotes/speakers/{speaker_id}", f"/quotes/articles/{article_id}",
        "/quotes/topics/nato", "/search?q=search", "/search?q=speaker", f"/search?q={XSS}", "/search?topic=nato",
    ):
        r = await ds.client.get(path)
        assert 200 == r.status_code, path
        assert "<script>alert" not in r.text, path
        assert "&lt;script&gt;alert(" in r.text, path


# --- speaker page --------------------------------------------------------------
@pytest.mark.asyncio
async def test_speaker_page(ds, db, top_speaker):
    r = await ds.client.get(f"/quotes/speakers/{top_speaker['id']}")
    assert 200 == r.status_code
    html = r.text
    assert f"<h1>{top_speaker['name']}</h1>" in html
    assert f'data-testid="quote-count">{top_speaker["quote_count"]:,}<' in html
    assert common.human_date(top_speaker["first_seen"]) in html and common.human_date(top_speaker["last_seen"]) in html
    ids = quote_ids(html)
    expected = [row["id"] for row in db.query("select id from quotes where speaker_id = ? order by id desc limit 50", [top_speaker["id"]])]
    assert expected == ids  # newest first
    months = {row["month"] for row in db.query("select distinct month from quotes where speaker_id = ? and month is not null", [top_speaker["id"]])}
    bars = re.findall(r'<a href="(/search\?speaker=\d+&amp;month=([\d-]+))"><rect class="qa-bar"', html)
    assert months == {month for _, month in bars}
    month_page = await ds.client.get(bars[0][0].replace("&amp;", "&"))
    # The month's first page of results (with reported speech the seeds' busiest month holds more than a page).
    expected = [row["id"] for row in db.query(
        "select id from quotes where speaker_id = ? and month = ? order by id desc limit 20", [top_speaker["id"], bars[0][1]])]
    assert expected == quote_ids(month_page.text)
    assert f"Month: {bars[0][1]} ×" in month_page.text
    assert "<svg" in html and "<script" not in html.split('data-testid="speaker-page"')[1].split("</article>")[0]
    csv_url = re.search(r'href="([^"]+)" data-testid="csv-link"', html).group(1).replace("&amp;", "&")
    rows = list(csv.DictReader(io.StringIO((await ds.client.get(csv_url)).text)))
    assert top_speaker["quote_count"] == len(rows)


@pytest.mark.asyncio
async def test_speaker_roles_are_listed_as_written(edited_db):
    _, _, speaker_id = first_quote(edited_db)
    edit(edited_db, ("update speakers set roles = ? where id = ?", ['["Russian President", "the Kremlin leader"]', speaker_id]))
    r = await make_datasette(edited_db).client.get(f"/quotes/speakers/{speaker_id}")
    roles = re.search(r'data-testid="roles">(.*?)</p>', r.text, re.S).group(1)
    assert ["Russian President", "the Kremlin leader"] == re.findall(r'<span class="qa-chip">([^<]+)</span>', roles)


@pytest.mark.asyncio
async def test_missing_rows_are_404(ds):
    for path in ("/quotes/speakers/1", "/quotes/topics/no-such-topic", "/quotes/quotes/1", "/quotes/articles/1"):
        assert 404 == (await ds.client.get(path)).status_code, path


# --- topic and article pages ----------------------------------------------------
@pytest.mark.asyncio
async def test_topic_page(ds, db):
    topic = next(db.query("select * from topics order by quote_count desc limit 1"))
    r = await ds.client.get(f"/quotes/topics/{topic['slug']}")
    assert 200 == r.status_code
    assert f"<h1>{topic['name']}</h1>" in r.text
    # The page lists the newest LIST_SIZE of the topic's quotes (the seeds' largest topic holds 51 since
    # session 18's reported statements).
    expected = [row["quote_id"] for row in db.query("select quote_id from quote_topics where topic = ? order by quote_id desc", [topic["slug"]])]
    assert expected[: common.LIST_SIZE] == quote_ids(r.text)
    assert '<rect class="qa-bar"' in r.text
    csv_url = re.search(r'href="([^"]+)" data-testid="csv-link"', r.text).group(1).replace("&amp;", "&")
    rows = list(csv.DictReader(io.StringIO((await ds.client.get(csv_url)).text)))
    assert sorted(expected) == [int(row["id"]) for row in rows]


@pytest.mark.asyncio
async def test_article_page_marks_every_quote_in_the_text(ds, db):
    article = next(db.query("select * from articles order by quote_count desc limit 1"))
    r = await ds.client.get(f"/quotes/articles/{article['id']}")
    assert 200 == r.status_code
    linked = re.findall(r'class="qa-inline-quote" href="/quotes/quotes/(\d+)"', r.text)
    quotes = [row["id"] for row in db.query("select id from quotes where article_id = ? order by start", [article["id"]])]
    assert [str(q) for q in quotes] == linked


# --- performance: the pages' SQL reads through indexes ---------------------------
BIG_TABLES = ("quotes", "articles", "quote_topics", "article_topics", "speakers")
# Lists of quotes must come out of an index in order, never sorted whole.
LIST_QUERIES = ("LATEST_QUOTES_SQL", "SEARCH_NEWEST_SQL", "SEARCH_TOPIC_SQL", "SEARCH_RANKED_SQL", "SEARCH_BROWSE_SQL", "SPEAKER_QUOTES_SQL", "TOPIC_QUOTES_SQL", "FIRST_DATED_SQL", "LAST_DATED_SQL", "TOP_SPEAKERS_SQL")
# Reads only the newest rows of the primary key, then stops at the LIMIT.
SCAN_OK = {"LATEST_QUOTES_SQL"}


def search_facets_sql(filters: dict[str, str], with_fts: bool) -> str:
    """The statement the facet engine runs for a search page's facets."""
    sql, _ = facets.facet_counts_sql("quotes", search.facet_source(filters, with_fts), search.FACET_COLUMNS,
                                     search.FACET_THROUGH, 8, ties=search.TIES)
    return facets._via_covering_index(sql, "quotes") or sql


def page_queries() -> dict[str, str]:
    sqls = {}
    for page in (common, home, search, search_beside, quote, speaker, topic, article, repeated):
        sqls.update({k: v for k, v in vars(page).items() if k.endswith("_SQL") and isinstance(v, str) and "{" not in v})
    sqls.pop("OUTLETS_SQL")  # once per immutable database, with the counts (archive_summary)
    columns = dict(columns=common.QUOTE_CARD_COLUMNS, joins=common.QUOTE_CARD_JOINS)
    sqls["SEARCH_RANKED_SQL"] = search.SEARCH_RANKED_SQL.format(**columns, filters=" and quotes.speaker_id = :speaker")
    for name in search.SEARCH_FILTERS:
        where = search.where({name: "1"}, False)[0]
        for direction in ("desc", "asc"):
            sqls[f"SEARCH_BROWSE_SQL[{name} {direction}]"] = search.SEARCH_BROWSE_SQL.format(**columns, filters=where, direction=direction)
        sqls[f"FACETS[{name}]"] = search_facets_sql({name: "1"}, False)
        sqls[f"FACETS[q+{name}]"] = search_facets_sql({name: "1"}, True)
    sqls["FACETS[q]"] = search_facets_sql({}, True)
    for name, (missing, on_articles) in search.NULLABLE_FILTERS.items():  # year=-, outlet=-
        where = search.where({name: search.NO_VALUE}, False)[0]
        sqls[f"SEARCH_BROWSE_SQL[{name}=-]"] = search.SEARCH_BROWSE_SQL.format(**columns, filters=where, direction="desc")
        sqls[f"NO_VALUE_COUNT_SQL[{name}]"] = search.NO_VALUE_COUNT_SQL.format(where=search.where({"speaker": "1"}, True)[0], missing=missing)
        sqls[f"ARTICLES[{name}=-]"] = f"select id from articles where {on_articles}"
    sqls.update({f"MISSING_SQL[{k}]": v for k, v in home.MISSING_SQL.items()})
    sqls["SEARCH_RANKED_SQL[exact]"] = search.exact_sql(sqls["SEARCH_RANKED_SQL"])
    sqls["SEARCH_NEWEST_SQL[exact]"] = search.exact_sql(search.SEARCH_NEWEST_SQL.format(**columns, filters="", direction="desc"))
    for direction in ("desc", "asc"):
        sqls[f"SEARCH_TOPIC_SQL[{direction}]"] = search.SEARCH_TOPIC_SQL.format(**columns, direction=direction, dated="")
        # Oldest first: dated quotes only, still read from the index in order.
        sqls[f"SEARCH_TOPIC_SQL[{direction} dated]"] = search.SEARCH_TOPIC_SQL.format(
            **columns, direction=direction, dated=f" and quote_topics.quote_id >= {common.DATED_MIN_ID}")
        sqls[f"SEARCH_NEWEST_SQL[{direction}]"] = search.SEARCH_NEWEST_SQL.format(**columns, filters=" and quotes.year = :year", direction=direction)
    every_filter = "".join(f" and {c}" for c in search.ARTICLE_FILTERS.values())
    sqls["ARTICLE_SEARCH_SQL"] = search_beside.ARTICLE_SEARCH_SQL.format(filters=every_filter)
    sqls["ARTICLE_EXACT_SQL"] = search_beside.ARTICLE_EXACT_SQL.format(filters=every_filter)
    sqls.update({f"SPEAKER_BREAKDOWN_SQL[{k}]": v for k, v in speaker.SPEAKER_BREAKDOWN_SQL.items()})
    return sqls


def test_page_queries_never_scan_or_sort_a_big_table(seeds_db, tmp_path):
    # Without ANALYZE statistics SQLite plans as for big tables, as it would at a million quotes.
    path = tmp_path / "plan.db"
    shutil.copy(seeds_db, path)
    conn = sqlite3.connect(path)
    conn.execute("drop table if exists sqlite_stat1")
    conn.commit()
    conn = sqlite3.connect(path)
    params = dict(n=10, sample=20000, min_id=common.DATED_MIN_ID, div=common.ID_MONTH_DIVISOR, id=1, slug="nato", fts="x", limit=20,
                  offset=0, facet_size=8, ids="[1]", like="%x%", speaker=1, key="x", outlet="x", year=2017, kind="full", topic="nato", month="2017-06", article=1, source_type="person", stance="neutral",
                  date_from=1, date_to=2, keys="[]")
    problems = []
    for name, sql in page_queries().items():
        plan = [row[3] for row in conn.execute("explain query plan " + sql, params)]
        for line in plan:
            if any(line == f"SCAN {t}" for t in BIG_TABLES) and name not in SCAN_OK:
                problems.append((name, line))
            if name.split("[")[0] in LIST_QUERIES and "TEMP B-TREE FOR ORDER BY" in line:
                problems.append((name, line))
    assert [] == problems


def test_month_from_id_matches_the_month_column(db):
    rows = list(db.query("select id, month from quotes where id >= ?", [common.DATED_MIN_ID]))
    assert rows
    assert [int(r["month"].replace("-", "")) for r in rows] == [r["id"] // common.ID_MONTH_DIVISOR for r in rows]
    undated = list(db.query("select id from quotes where year is null"))
    assert all(r["id"] < common.DATED_MIN_ID for r in undated)


@pytest.mark.asyncio
async def test_archive_counts_come_from_inspect_data_when_served_with_it(seeds_db):
    ds = make_datasette(seeds_db, inspect_data={
        "quotes": {"hash": "0" * 64, "size": 1, "file": "quotes.db", "tables": {"quotes": {"count": 1234567}}}})
    r = await ds.client.get("/")
    reported = sqlite3.connect(seeds_db).execute("select count(*) from quotes where kind = 'indirect'").fetchone()[0]
    assert f"<strong>{1234567 - reported:,}</strong> quotes and <strong>{reported:,}</strong> reported" in r.text


# --- the small pure helpers -----------------------------------------------------
def test_timeline_fills_empty_months_and_links_each_bar():
    tl = charts.timeline({201711: 2, 201802: 4, 1: 9})  # 1: an undated id prefix, ignored
    assert ["2017-11", "2017-12", "2018-01", "2018-02"] == [b.key for b in tl.bars]
    assert [2, 0, 0, 4] == [b.count for b in tl.bars]
    assert 4 == tl.max_count and 6 == tl.total and "month" == tl.unit
    assert ["2017", "2018"] == [t.label for t in tl.ticks]
    tall = max(tl.bars, key=lambda b: b.height)
    assert tall.key == "2018-02" and tall.y == charts.PLOT_TOP


def test_timeline_switches_to_years_for_long_spans():
    tl = charts.timeline({200001: 1, 202012: 3, 202101: 2})
    assert "year" == tl.unit
    assert "2000" == tl.bars[0].key and "2021" == tl.bars[-1].key
    assert 22 == len(tl.bars) and 2 == tl.bars[-1].count


def test_timeline_of_nothing_dated_is_none():
    assert charts.timeline({}) is None
    assert charts.timeline({6: 3}) is None


def test_split_marked():
    assert [("a ", False), ("b", True), (" c", False)] == common.split_marked("a \x02b\x03 c")
    assert [("<b>", True)] == common.split_marked("\x02<b>\x03")
    assert [] == common.split_marked(None)


def test_mark_spans_keeps_quotes_in_place():
    body = "He said \"yes\".\n\nThen \"no\" and \"maybe\"."
    spans = [{"id": 2, "start": body.index("no"), "end": body.index("no") + 2},
             {"id": 1, "start": 9, "end": 12}, {"id": 3, "start": 10, "end": 11}]  # 3 overlaps 1: skipped
    paragraphs = article.mark_spans(body, spans)
    assert [[("He said \"", None), ("yes", spans[1]), ("\".", None)],
            [("Then \"", None), ("no", spans[0]), ("\" and \"maybe\".", None)]] == paragraphs


def test_human_date_and_safe_url():
    assert "14 June 2017" == common.human_date("2017-06-14T06:11:00+03:00")
    assert "15 June (year unknown)" == common.human_date("--06-15")
    assert "June 2017" == common.human_date("2017-06")
    assert "" == common.human_date(None)
    assert "https://x.org" == external(" https://x.org ")
    assert external("JavaScript:alert(1)") is None


@given(st.text(alphabet=st.sampled_from("ab <>&\x02\x03")))
def test_split_marked_loses_no_text(marked):
    segments = common.split_marked(marked)
    assert marked.replace("\x02", "").replace("\x03", "") == "".join(text for text, _ in segments)


@given(st.text(alphabet=st.sampled_from("ab \n<"), max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=5))
def test_mark_spans_marks_exactly_the_quoted_text(body, spans):
    quotes = [{"id": i, "start": min(a, b), "end": max(a, b)} for i, (a, b) in enumerate(spans)]
    for paragraph in article.mark_spans(body, quotes):
        for text, quote in paragraph:
            if quote is not None:
                assert body[quote["start"]:quote["end"]] == text


@pytest.mark.asyncio
async def test_quote_page_lists_the_same_statement_in_other_articles(tmp_path):
    from quotearchive import ingest
    from quotearchive.site import make_datasette

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Wire story\n\nLONDON, March 3, 2005 (Reuters) - The minister spoke.\n\"We will not raise taxes this year,\" the minister said on Monday.\n", "utf-8")
    (folder / "b.txt").write_text("Reprint\n\n2005-03-04\n\nA reprint of the story followed a day later.\n\"We will NOT raise taxes this year!\" the minister said again.\n", "utf-8")
    ingest.ingest(tmp_path / "q.db", [folder])
    ds = make_datasette(tmp_path / "q.db")
    rows = (await ds.client.get("/quotes/quotes.json?_shape=array&_sort=id")).json()
    assert 2 == len(rows)
    page = (await ds.client.get(f"/quotes/quotes/{rows[0]['id']}")).text
    assert 'data-testid="same-statement"' in page and f"/quotes/quotes/{rows[1]['id']}" in page
    assert "the first dated report" in page
    later = (await ds.client.get(f"/quotes/quotes/{rows[1]['id']}")).text
    assert f"/quotes/quotes/{rows[0]['id']}" in later and "the first dated report" not in later
