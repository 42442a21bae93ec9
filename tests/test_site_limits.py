"""Issue 18, the site under hostile requests: bad parameters, formula guard, facets, time, disconnects, serve."""

import asyncio
import csv
import io
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotearchive import ingest
from quotearchive.site import limits, make_datasette
from quotearchive.site.pages import export
from quotearchive.site.safecsv import FORMULA_PREFIXES, PLAIN_NUMBER_RE

FORMULA_ARTICLE = (
    "Formula test headline\n\n"
    '"=HYPERLINK(\\"http://evil.example\\",\\"x\\") is the answer to everything," the trader said.\n'
)


@pytest.fixture
def ds(seeds_db):
    return make_datasette(seeds_db)


@pytest.fixture
def formula_db(tmp_path):
    path = tmp_path / "in.txt"
    path.write_text(FORMULA_ARTICLE, "utf-8")
    db = tmp_path / "q.db"
    ingest.ingest(db, [path])
    conn = sqlite3.connect(db)
    conn.execute("update articles set title = '=HYPERLINK(\"http://evil.example\",\"t\")', url = '@SUM(1)'")
    conn.commit()
    conn.close()
    return db


BAD_REQUESTS = [
    ("/search?speaker=%C2%B2", "speaker"),
    ("/search?year=99999999999999999999", "year"),
    ("/search?q=a%00b", "q"),
    ("/search?article=12a", "article"),
    ("/-/quotes.csv?speaker=%C2%B2", "speaker"),
    ("/-/quotes.csv?year=99999999999999999999", "year"),
    ("/-/quotes.csv?q=a%00b", "q"),
    ("/quotes/quotes?_sort=bogus", "_sort"),
    ("/quotes/quotes?_sort_desc=bogus", "_sort_desc"),
    ("/quotes/quotes.csv?_sort=bogus", "_sort"),
    ("/quotes/quotes?_through=x", "_through"),
    ("/quotes/quotes?_through=%5B1%2C2%5D", "_through"),
    ("/quotes/quotes?id__gt=99999999999999999999999", "id__gt"),
    ("/quotes/quotes?speaker_id=%00", "speaker_id"),
    ("/quotes/search_ranked?q=a%00b", "q"),
]


@pytest.mark.asyncio
@pytest.mark.parametrize("url,name", BAD_REQUESTS)
async def test_a_bad_parameter_is_a_400_naming_it(ds, url, name):
    r = await ds.client.get(url)
    assert 400 == r.status_code, url
    assert f"Bad parameter &#39;{name}&#39;" in r.text or f"Bad parameter '{name}'" in r.text, r.text[:300]


@pytest.mark.asyncio
async def test_good_parameters_still_work(ds):
    for url in ("/search?q=mistake&year=2017", "/-/quotes.csv?q=mistake", "/quotes/quotes?_sort=published",
                "/quotes/quotes?_through=%7B%22table%22%3A%22quote_topics%22%2C%22column%22%3A%22topic%22%2C%22value%22%3A%22nato%22%7D",
                "/quotes/quotes?id__gt=1", "/search?q=12345678901234567890123"):
        assert 200 == (await ds.client.get(url)).status_code, url


@pytest.mark.asyncio
async def test_a_post_is_refused_not_a_500(ds):
    r = await ds.client.post("/quotes/search_ranked", data={"q": "x"})
    assert 405 == r.status_code
    assert "read-only" in r.text


# Every query-string parameter Datasette 0.65 reads on a table, row or query CSV.
DATASETTE_PARAMETERS = [
    "_trace", "_stream", "_dl", "_labels", "_label", "_nl", "_json", "_size", "_header", "_nofacet", "_nocount",
    "_shape", "_extra", "_col", "_nocol", "_sort", "_sort_desc", "_search", "_searchmode", "_where", "_through",
    "_timelimit", "_ttl", "_hash", "_context", "_fts_table", "_fts_pk", "_facet", "_facet_size", "_next",
    "_format", "_blob_column", "_blob_hash", "_json_infinity", "_nofacets", "_nosuggest",
]


def formula_cells(text):
    return [c for row in csv.reader(io.StringIO(text)) for c in row
            if c.startswith(FORMULA_PREFIXES) and not PLAIN_NUMBER_RE.fullmatch(c)]


@pytest.mark.asyncio
async def test_formula_guard_holds_whatever_parameter_datasette_reads(formula_db):
    """``&_trace=`` (empty) used to skip the guard; now every parameter and value is tried."""
    ds = make_datasette(formula_db)
    tried = 0
    for table in ("articles", "quotes"):
        for name in DATASETTE_PARAMETERS:
            for value in ("", "1", "on", "0", "off"):
                for base in (f"/quotes/{table}.csv?_dl=1", f"/quotes/{table}.csv?_stream=on&_dl=1"):
                    url = f"{base}&{urllib.parse.urlencode({name: value})}"
                    r = await ds.client.get(url)
                    tried += 1
                    if r.status_code == 200:
                        assert [] == formula_cells(r.text), url
    assert tried > 700
    # The exact bypass of the issue, and _trace with a value (Datasette then wraps the CSV in HTML).
    for url in ("/quotes/articles.csv?_stream=on&_dl=1&_trace=", "/quotes/articles.csv?_dl=1&_trace=1"):
        r = await ds.client.get(url)
        assert 200 == r.status_code and "HYPERLINK" in r.text and [] == formula_cells(r.text), url


@pytest.mark.asyncio
async def test_a_repeated_facet_is_counted_once_and_facets_are_bounded(ds, monkeypatch):
    db = ds.get_database("quotes")
    seen = []
    original = type(db).execute

    async def counting(self, sql, *args, **kwargs):
        seen.append(sql)
        return await original(self, sql, *args, **kwargs)

    monkeypatch.setattr(type(db), "execute", counting)
    r = await ds.client.get("/quotes/quotes.json?" + "&".join(["_facet=context"] * 100) + "&_extra=facet_results")
    assert 200 == r.status_code
    assert "context" in r.json()["facet_results"]
    assert 1 == sum("group by" in sql.lower() and "context" in sql for sql in seen)
    many = "&".join(f"_facet={c}" for c in ("context", "text", "cue", "cue_class", "speaker_role", "published",
                                             "article_id", "start", "end", "month", "kind"))
    r = await ds.client.get("/quotes/quotes?" + many)
    assert 400 == r.status_code and f"at most {limits.MAX_FACETS}" in r.text


@pytest.mark.asyncio
async def test_a_page_has_a_total_time_limit(ds, monkeypatch):
    monkeypatch.setattr(limits, "REQUEST_TIME_LIMIT_S", 0.000001)
    r = await ds.client.get("/quotes/quotes?_facet=context")
    assert 503 == r.status_code and "took longer than" in r.text


async def _export_until_disconnect(app, path):
    """Call the ASGI app as a server would for a client that leaves after the first chunk of body."""
    got_body = asyncio.Event()
    sent = []
    requested = False

    async def receive():
        nonlocal requested
        if not requested:
            requested = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await got_body.wait()
        return {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)
        if message["type"] == "http.response.body" and message.get("body"):
            got_body.set()  # like uvicorn, later sends to the closed connection do not fail

    path, _, query = path.partition("?")
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": query.encode(), "root_path": "",
             "headers": [(b"host", b"localhost")], "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}
    await asyncio.wait_for(app(scope, receive, send), 30)
    return [m for m in sent if m["type"] == "http.response.body"]


@pytest.mark.asyncio
async def test_the_export_stops_when_the_client_goes_away(seeds_db, monkeypatch):
    monkeypatch.setattr(export, "EXPORT_BATCH", 1)  # the seeds' 40 quotes: 40 batches
    ds = make_datasette(seeds_db)
    everything = (await ds.client.get("/-/quotes.csv")).text
    assert len(list(csv.reader(io.StringIO(everything)))) > 30
    batches = 0
    original = export.export_pages

    async def counted(*args):
        nonlocal batches
        async for rows in original(*args):
            batches += 1
            yield rows

    monkeypatch.setattr(export, "export_pages", counted)
    bodies = await _export_until_disconnect(ds.app(), "/-/quotes.csv")
    assert len(bodies) <= 3 and batches <= 3, (len(bodies), batches)


@pytest.mark.asyncio
async def test_datasettes_csv_stream_stops_when_the_client_goes_away(seeds_db):
    ds = make_datasette(seeds_db)
    bodies = await _export_until_disconnect(ds.app(), "/quotes/quotes.csv?_stream=on&_size=1")
    assert len(bodies) <= 3


def test_serve_on_a_corrupt_database_is_one_line(tmp_path, seeds_db):
    from quotearchive.cli import cli

    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all " * 500)
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(seeds_db.read_bytes()[:40_000])
    for path, why in ((garbage, "file is not a database"), (truncated, "database disk image is malformed")):
        result = CliRunner().invoke(cli, ["serve", str(path), "--port", "0"])
        assert 1 == result.exit_code, result.output
        assert not isinstance(result.exception, sqlite3.DatabaseError), result.exception
        # One line, and no "Serving ..." before it: nothing is served.
        assert [f"Error: {path}: not a database the site can serve: {why}"] == result.output.splitlines()


def test_serve_live_says_at_start_why_it_cannot_read(tmp_path, seeds_db):
    """A WAL database whose -shm SQLite cannot create: as in a read-only folder (root ignores modes)."""
    from quotearchive.cli import cli
    from quotearchive.site import ServeError, check_database

    db = tmp_path / "live" / "q.db"
    db.parent.mkdir()
    shutil.copy(seeds_db, db)
    conn = sqlite3.connect(db)
    assert "wal" == conn.execute("pragma journal_mode").fetchone()[0]
    conn.close()  # the last connection removes -wal and -shm
    os.symlink(tmp_path / "missing" / "q.db-shm", str(db) + "-shm")
    with pytest.raises(ServeError, match="cannot serve --live.*-shm"):
        check_database(db, immutable=False)
    result = CliRunner().invoke(cli, ["serve", "--live", str(db), "--port", "0"])
    assert 1 == result.exit_code and "Error:" in result.output and "--live" in result.output, result.output
    check_database(seeds_db, immutable=True)  # a sound database passes


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_sigterm_stops_the_server_while_a_download_is_stalled(tmp_path, seeds_db):
    db = tmp_path / "big.db"
    shutil.copy(seeds_db, db)
    conn = sqlite3.connect(db)
    # 40 quotes of ~400 KB: a CSV larger than the socket buffers, so an unread download stalls the server.
    conn.execute("update quotes set context = replace(hex(zeroblob(200000)), '00', 'ab')")
    conn.commit()
    conn.close()
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", "from quotearchive.cli import cli; cli()", "serve", str(db), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                client = socket.create_connection(("127.0.0.1", port), timeout=1)
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "server did not start"
                time.sleep(0.1)
        client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        client.sendall(b"GET /-/quotes.csv HTTP/1.1\r\nHost: localhost\r\n\r\n")
        assert client.recv(100).startswith(b"HTTP/1.1 200")
        time.sleep(1.5)  # the server is now blocked writing to a client that does not read
        started = time.monotonic()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=15)
        assert time.monotonic() - started < 10
        client.close()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


@pytest.fixture
def many_quotes_db(tmp_path, seeds_db):
    """The seeds' quotes copied ~60 times over under new ids (the FTS triggers index the copies)."""
    db = tmp_path / "many.db"
    shutil.copy(seeds_db, db)
    conn = sqlite3.connect(db)
    for k in range(1, 61):
        conn.execute(f"insert into quotes select (select max(id) from quotes) + row_number() over (), text, speaker_id, speaker_as_written, speaker_role, "
                     "speaker_type, cue, cue_class, kind, article_id, outlet, published, year, month, topics, start, "
                     f"[end], context, statement_key || '-{k}', speaker_confidence from quotes where id in (select id from quotes order by id limit 40)")
    conn.commit()
    conn.close()
    return db


@pytest.mark.asyncio
async def test_a_streamed_search_csv_reads_pages_of_1000_from_the_index(many_quotes_db, monkeypatch):
    """``quotes.csv?_stream=on&_search=the`` streamed at ~350 rows/s: pages of 30, each collecting every match."""
    conn = sqlite3.connect(many_quotes_db)
    expected = [str(r[0]) for r in conn.execute(
        "select rowid from quotes_fts where quotes_fts match 'the' order by rowid desc")]
    conn.close()
    assert len(expected) > 1200
    ds = make_datasette(many_quotes_db)
    db = ds.get_database("quotes")
    pages = []
    original = type(db).execute

    async def recorded(self, sql, params=None, *args, **kwargs):
        if "quotes_fts match" in sql and sql.lstrip().startswith("select id,"):
            pages.append(sql)
        return await original(self, sql, params, *args, **kwargs)

    monkeypatch.setattr(type(db), "execute", recorded)
    r = await ds.client.get("/quotes/quotes.csv?_stream=on&_search=the")
    assert 200 == r.status_code
    assert expected == [row["id"] for row in csv.DictReader(io.StringIO(r.text))]
    assert len(pages) <= len(expected) // 1000 + 1, len(pages)
    # Paging the HTML/JSON table the same way gives the same rows.
    ids, url = [], "/quotes/quotes.json?_search=the&_size=max&_shape=objects"
    while url:
        data = (await ds.client.get(url)).json()
        ids += [str(row["id"]) for row in data["rows"]]
        url = data["next_url"] and data["next_url"].replace("http://localhost", "")
    assert expected == ids


def test_newest_first_paging_sql_is_rewritten_to_seek():
    from quotearchive.site.database import keyset_by_id, newest_search_page

    page = ("select id, text from quotes where rowid in (select rowid from quotes_fts where quotes_fts match "
            "escape_fts(:search)) and (id < :p2 or id is null or (id = :p2 and ((id > :p1)))) order by id desc, id limit 1001")
    assert newest_search_page(keyset_by_id(page, {"p1": "7", "p2": "7"})) == (
        "select id, text from quotes where rowid in (select rowid from quotes_fts where quotes_fts match "
        "escape_fts(:search) and rowid < cast(:p2 as integer) order by rowid desc limit 1001) and (id < :p2) "
        "order by id desc limit 1001")
    # Another filter, another table's fts, or keys that differ: left as Datasette wrote it.
    filtered = page.replace("where rowid in", 'where "year" = :p0 and rowid in')
    assert "limit 1001) " not in newest_search_page(keyset_by_id(filtered, {"p1": "7", "p2": "7"}))
    assert keyset_by_id(page, {"p1": "6", "p2": "7"}) == page


@pytest.mark.asyncio
async def test_the_export_of_a_search_reads_its_batches_from_the_index(many_quotes_db, monkeypatch):
    monkeypatch.setattr(export, "EXPORT_BATCH", 100)
    conn = sqlite3.connect(many_quotes_db)
    expected = [str(r[0]) for r in conn.execute("select rowid from quotes_fts where quotes_fts match 'the' order by rowid")]
    year = conn.execute("select year from quotes where year is not null group by 1 order by count(*) desc").fetchone()[0]
    in_year = [str(r[0]) for r in conn.execute(
        "select id from quotes where year = ? and id in (select rowid from quotes_fts where quotes_fts match 'the') "
        "order by id", [year])]
    conn.close()
    ds = make_datasette(many_quotes_db)
    r = await ds.client.get("/-/quotes.csv?q=the")
    assert expected == [row["id"] for row in csv.DictReader(io.StringIO(r.text))]
    r = await ds.client.get(f"/-/quotes.csv?q=the&year={year}")
    assert in_year == [row["id"] for row in csv.DictReader(io.StringIO(r.text))] and in_year


@pytest.mark.asyncio
async def test_a_refused_or_missing_page_leaves_no_traceback_in_the_log(seeds_db, capfd):
    ds = make_datasette(seeds_db)
    for path, status in (("/quotes/quotes/12345", 404), ("/search?speaker=%C2%B2", 400), ("/search?year=99999999999999999999", 400)):
        assert status == (await ds.client.get(path)).status_code, path
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err


def _serve_until_ready(db: Path) -> list[str]:
    """The lines ``quotearchive serve`` prints up to "Serving ...", the server then stopped."""
    server = subprocess.Popen(
        [sys.executable, "-c", "from quotearchive.cli import cli; cli()", "serve", str(db), "--port", str(_free_port())],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    lines = []
    try:
        for line in server.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("Serving "):
                break
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=15)
    return lines


def test_a_first_start_says_it_is_counting_and_the_next_start_does_not(tmp_path, seeds_db):
    from quotearchive.site import startup

    db = tmp_path / "q.db"
    shutil.copy(seeds_db, db)  # a copy with no start-up cache beside it
    first = _serve_until_ready(db)
    assert first[0].startswith(f"Counting the rows and facets of {db} for its first start"), first
    assert str(startup.cache_path(db)) in first[0]
    assert startup.cache_path(db).exists()
    assert [line for line in _serve_until_ready(db) if line.startswith("Counting")] == []  # read from the cache
