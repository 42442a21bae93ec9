"""The published site, through Datasette's own test client (no mocks)."""

import csv
import io

import pytest

from quotearchive.site import build_metadata, make_datasette
from quotearchive.archive.schema import TABLES


@pytest.fixture
def ds(seeds_db):
    return make_datasette(seeds_db)


@pytest.mark.asyncio
async def test_database_is_named_quotes_and_lists_tables(ds):
    r = await ds.client.get("/quotes.json")
    assert 200 == r.status_code
    names = {t["name"] for t in r.json()["tables"] if not t["hidden"]}
    assert {"articles", "quotes", "speakers", "topics", "quote_topics", "article_topics"} <= names


@pytest.mark.asyncio
async def test_full_text_search_on_quotes(ds):
    r = await ds.client.get("/quotes/quotes.json?_search=genie&_shape=array")
    assert 200 == r.status_code
    assert [row["text"][:24] for row in r.json()] == ["Why did they do that? Be"]


@pytest.mark.asyncio
async def test_ranked_search_query(ds):
    r = await ds.client.get("/quotes/search_ranked.json?q=mistake&_shape=array")
    assert 200 == r.status_code
    assert len(r.json()) >= 3 and all("mistake" in row["text"].lower() for row in r.json())


@pytest.mark.asyncio
async def test_default_facets_and_newest_first(ds):
    r = await ds.client.get("/quotes/quotes.json?_extra=facet_results")
    data = r.json()
    assert {"speaker_id", "outlet", "topics", "kind", "year"} <= set(data["facet_results"])
    rows = (await ds.client.get("/quotes/quotes.json?_shape=array&_size=max")).json()
    ids = [row["id"] for row in rows]
    assert ids == sorted(ids, reverse=True)


@pytest.mark.asyncio
async def test_quote_rows_show_speaker_and_article_by_name(ds):
    # Every row on one page: with reported speech the seeds hold more quotes than a default page.
    r = await ds.client.get("/quotes/quotes?_size=max")
    assert 200 == r.status_code
    assert "Putin" in r.text and "Putin favors continuation" in r.text


@pytest.mark.asyncio
async def test_quote_page_shows_quote_in_article(ds):
    rows = (await ds.client.get("/quotes/quotes.json?_search=genie&_shape=array")).json()
    r = await ds.client.get(f"/quotes/quotes/{rows[0]['id']}")
    assert 200 == r.status_code
    assert 'data-testid="quote-page"' in r.text
    assert "<mark>Why did they do that?" in r.text


@pytest.mark.asyncio
async def test_csv_export_streams_every_row(ds, seeds_db):
    import sqlite_utils

    r = await ds.client.get("/quotes/quotes.csv?_stream=on&_labels=on&_size=2")
    assert 200 == r.status_code
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert sqlite_utils.Database(seeds_db).table("quotes").count == len(rows)
    assert "speaker_id_label" in rows[0]


@pytest.mark.asyncio
async def test_arbitrary_sql_off_by_default(ds, seeds_db):
    r = await ds.client.get("/quotes.json?sql=select+1")
    assert 403 == r.status_code
    allowed = make_datasette(seeds_db, allow_sql=True)
    assert 200 == (await allowed.client.get("/quotes.json?sql=select+1")).status_code


@pytest.mark.asyncio
async def test_canned_queries_run(ds):
    for path in (
        "/quotes/speaker_quotes.json?speaker=Vladimir+Putin&since=&until=",
        "/quotes/topic_quotes.json?topic=nato",
        "/quotes/top_speakers_per_topic.json",
    ):
        r = await ds.client.get(path)
        assert 200 == r.status_code, path


def test_every_table_and_column_described():
    tables = build_metadata()["databases"]["quotes"]["tables"]
    for table in TABLES:
        assert tables[table.name]["description"]
        assert set(table.column_names) == set(tables[table.name]["columns"])
        assert all(tables[table.name]["columns"].values())
