"""Publishing safely: text is data, never markup; links only to http(s)."""

import sqlite3

import pytest
import sqlite_utils

from quotearchive import ingest
from quotearchive.site import make_datasette

HOSTILE = (
    "Evil quote test\n\n"
    'The hacker said: "<script>alert(1)</script> is my <b>plan</b>," and left the room quietly.\n'
)


@pytest.fixture
def hostile_db(tmp_path):
    path = tmp_path / "in.txt"
    path.write_text(HOSTILE, "utf-8")
    db_path = tmp_path / "q.db"
    ingest.ingest(db_path, [path])
    sqlite_utils.Database(db_path).execute("update articles set url = 'javascript:alert(2)'")
    sqlite_utils.Database(db_path).conn.commit()
    return db_path


@pytest.mark.asyncio
async def test_quote_markup_is_escaped_everywhere(hostile_db):
    ds = make_datasette(hostile_db)
    (quote,) = (await ds.client.get("/quotes/quotes.json?_shape=array")).json()
    assert quote["text"].startswith("<script>")
    for path in ("/quotes/quotes", f"/quotes/quotes/{quote['id']}", f"/quotes/articles/{quote['article_id']}"):
        html = (await ds.client.get(path)).text
        assert "<script>alert(1)" not in html, path
        assert "&lt;script&gt;alert(1)" in html, path


@pytest.mark.asyncio
async def test_non_http_source_url_is_not_a_link(hostile_db):
    ds = make_datasette(hostile_db)
    (quote,) = (await ds.client.get("/quotes/quotes.json?_shape=array")).json()
    html = (await ds.client.get(f"/quotes/quotes/{quote['id']}")).text
    assert 'href="javascript:' not in html


def test_export_csv_neutralises_formulas(tmp_path):
    import csv
    import io

    from click.testing import CliRunner

    from quotearchive.cli import cli

    path = tmp_path / "in.txt"
    path.write_text('Formula test headline\n\n"=SUM(A1:A9) is the answer to everything," the trader said.\n', "utf-8")
    ingest.ingest(tmp_path / "q.db", [path])

    def cells(*extra):
        out = CliRunner().invoke(cli, ["export", str(tmp_path / "q.db"), *extra]).stdout
        return [cell for row in csv.reader(io.StringIO(out)) for cell in row]

    assert "'=SUM(A1:A9) is the answer to everything," in cells()
    assert [] == [c for c in cells() if c[:1] in ("=", "+", "-", "@")]
    assert "=SUM(A1:A9) is the answer to everything," in cells("--no-formula-escape")


@pytest.mark.asyncio
async def test_public_defaults_bounded_and_read_only(hostile_db):
    ds = make_datasette(hostile_db)
    assert ds.databases["quotes"].is_mutable is False
    assert 3000 == ds.setting("sql_time_limit_ms")
    r = await ds.client.get("/quotes/quotes.json?_size=5000")
    assert 400 == r.status_code
    assert 403 == (await ds.client.get("/quotes.json?sql=select+1")).status_code
    live = make_datasette(hostile_db, immutable=False)
    assert live.databases["quotes"].is_mutable is True


@pytest.mark.asyncio
async def test_site_csv_export_is_formula_safe(tmp_path):
    import csv
    import io

    path = tmp_path / "in.txt"
    path.write_text('Formula test headline\n\n"=SUM(A1:A9) is the answer to everything," the trader said.\n', "utf-8")
    ingest.ingest(tmp_path / "q.db", [path])
    ds = make_datasette(tmp_path / "q.db")
    page = (await ds.client.get("/search?q=answer")).text
    assert 'href="/-/quotes.csv?q=answer" data-testid="csv-link"' in page
    r = await ds.client.get("/-/quotes.csv?q=answer")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert ["'=SUM(A1:A9) is the answer to everything,"] == [row["text"] for row in rows]
    # The article page's "its quotes as CSV" link is the same safe export.
    (article_id,) = sqlite3.connect(tmp_path / "q.db").execute("select id from articles").fetchone()
    page = (await ds.client.get(f"/quotes/articles/{article_id}")).text
    assert f'href="/-/quotes.csv?article={article_id}"' in page
    rows = list(csv.DictReader(io.StringIO((await ds.client.get(f"/-/quotes.csv?article={article_id}")).text)))
    assert ["'=SUM(A1:A9) is the answer to everything,"] == [row["text"] for row in rows]
