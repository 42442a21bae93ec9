"""Publishing safely: text is data, never markup; links only to http(s)."""

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
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


@pytest.mark.asyncio
async def test_datasettes_own_csv_exports_are_formula_safe(tmp_path):
    """The "CSV" link of every table page, streamed or not, and a row's CSV."""
    import csv
    import io

    path = tmp_path / "in.txt"
    path.write_text('Formula test headline\n\n"The answer to everything," the trader said. "Once more," he added.\n', "utf-8")
    ingest.ingest(tmp_path / "q.db", [path])
    conn = sqlite3.connect(tmp_path / "q.db")
    # Cells with a line break and with quote marks, which CSV must quote.
    conn.execute("update quotes set text = '=SUM(A1:A9) is the answer' || char(10) || 'to everything,' where text like 'The answer%'")
    conn.execute("""update quotes set text = '@once more, with "quotes", and -2+3,' where text like 'Once more%'""")
    conn.commit()
    conn.close()
    ds = make_datasette(tmp_path / "q.db")
    table_page = (await ds.client.get("/quotes/quotes")).text
    assert "/quotes/quotes.csv?" in table_page  # Datasette's own link, kept
    expected = {"'=SUM(A1:A9) is the answer\nto everything,", "'@once more, with \"quotes\", and -2+3,"}
    for url in ("/quotes/quotes.csv?_size=max", "/quotes/quotes.csv?_stream=on&_labels=on", "/quotes/quotes.csv?_dl=on"):
        r = await ds.client.get(url)
        assert 200 == r.status_code
        rows = list(csv.DictReader(io.StringIO(r.text)))
        assert expected == {row["text"] for row in rows}
        assert all(row["start"].isdigit() for row in rows)  # numbers stay numbers
    (quote_id,) = sqlite3.connect(tmp_path / "q.db").execute("select id from quotes where text like '=%'").fetchone()
    row_csv = (await ds.client.get(f"/quotes/quotes/{quote_id}.csv")).text
    assert "'=SUM" in row_csv and ",=SUM" not in row_csv
    # The site's own export is not escaped twice.
    own = list(csv.DictReader(io.StringIO((await ds.client.get("/-/quotes.csv")).text)))
    assert expected == {row["text"] for row in own}


def test_a_record_longer_than_the_csv_modules_field_limit_streams_through():
    import csv
    import io

    from quotearchive.site.safecsv import CsvCells

    body = "A long article body.\n" * 20_000  # 420 KB, over the default 128 KB field limit
    original = io.StringIO()
    csv.writer(original).writerows([["id", "body"], ["=1+1", body]])
    data, cells = original.getvalue().encode(), CsvCells()
    out = b"".join(cells.feed(data[i : i + 4096]) for i in range(0, len(data), 4096)) + cells.feed(b"", final=True)
    assert [["id", "body"], ["'=1+1", body]] == list(csv.reader(io.StringIO(out.decode(), newline="")))


def test_plain_numbers_are_data_and_formulas_are_not():
    from quotearchive.site.safecsv import safe_cell

    assert ["-5", "+1.5e3", "-.5", "'-2+3", "'=1", "'@x", "'\tx", "text"] == [
        safe_cell(c) for c in ["-5", "+1.5e3", "-.5", "-2+3", "=1", "@x", "\tx", "text"]
    ]


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(st.lists(st.text(alphabet='a"\n\r,=-+@1é \t', max_size=6), min_size=1, max_size=4), max_size=6),
    cuts=st.lists(st.integers(min_value=1, max_value=9), min_size=1, max_size=50),
)
def test_csv_rewritten_in_any_chunks_is_the_csv_of_the_safe_cells(rows, cuts):
    import csv
    import io

    from quotearchive.site.safecsv import CsvCells, safe_cell

    original, expected = io.StringIO(), io.StringIO()
    csv.writer(original).writerows(rows)
    csv.writer(expected).writerows([[safe_cell(cell) for cell in row] for row in rows])
    data, cells, out, at = original.getvalue().encode(), CsvCells(), b"", 0
    for n in cuts * (len(data) // len(cuts) + 1):
        if at >= len(data):
            break
        out += cells.feed(data[at : at + n])
        at += n
    out += cells.feed(b"", final=True)
    assert expected.getvalue() == out.decode()
