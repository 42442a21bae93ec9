"""What the user supplies at ingest (issue 17): --outlet, --manifest, --exclude; files that are not
articles; sources stored relative to the folder given (issue 20, item 6); progress and summary
wording (issue 20, item 8).  Real files, real databases, the real CLI."""

import json
import shutil

import pytest
import sqlite_utils
from click.testing import CliRunner

from quotearchive import ingest
from quotearchive import readers as read
from quotearchive.cli import cli
from quotearchive.ingest.manifest import load_manifest
from quotearchive.model import NotAnArticle
from quotearchive.text.prose import check_prose

from .conftest import SEEDS, rows, seed

ARTICLE = (
    "Council backs new cycle lanes\n\n"
    "The city council has voted to build twelve miles of cycle lanes across the centre by next spring.\n\n"
    '"This is the start of a safer city for everyone who rides," said councillor Maria Lopez.\n\n'
    "Opponents said the plan would cost shops their passing trade, and asked for a review in a year.\n"
)
NAMES = "\n".join(["alfonsin", "amato", "andriessen", "baker", "balladur", "barreto", "botha", "brodersen"]) + "\n"
CODE = (
    'pred_type("Population","countries","countries").\n'
    'bgfact("Chile","Capital",["Santiago"]).\n'
    'bgfact("Chile","Population",["13286620"]).\n'
    'bgfact("Chile","MemberOf",["UN","OAS","WHO"]).\n'
    'bgfact("Peru","Capital",["Lima"]).\n'
    'bgfact("Peru","Population",["23650671"]).\n'
)
PYTHON = (
    "import os\n\n"
    "def walk(folder):\n"
    "    for name in os.listdir(folder):\n"
    "        path = os.path.join(folder, name)\n"
    "        if os.path.isdir(path):\n"
    "            yield from walk(path)\n"
    "        else:\n"
    "            yield path\n"
)
SGM = (
    '<REUTERS NEWID="7">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT>\n<TITLE>COCOA TALKS RESUME</TITLE>\n'
    "<DATELINE>    LONDON, Feb 26 - </DATELINE><BODY>Cocoa producers and consumers resumed talks on Thursday. "
    '"We expect an agreement this week," a delegate said.\n</BODY></TEXT>\n</REUTERS>\n'
)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def article_text(n: int) -> str:
    return ARTICLE.replace("twelve miles", f"{n} miles")


@pytest.fixture
def corpora(tmp_path):
    """A BBC-like folder (undated, no outlet) and a Reuters-like one with a list, code and a record."""
    bbc = tmp_path / "corpora" / "bbc"
    for i, section in enumerate(["politics", "politics", "tech"]):
        (bbc / section).mkdir(parents=True, exist_ok=True)
        (bbc / section / f"00{i}.txt").write_text(article_text(i + 10), "utf-8")
    reuters = tmp_path / "corpora" / "reuters"
    reuters.mkdir()
    (reuters / "reut2-000.sgm").write_text(SGM, "utf-8")
    (reuters / "all-people-strings.lc.txt").write_text(NAMES, "utf-8")
    (reuters / "factbook.txt").write_text(CODE, "utf-8")
    return bbc, reuters


# --- 1. --outlet for a whole folder ------------------------------------------------------------
def test_outlet_for_a_folder_gives_every_article_its_outlet(tmp_path, corpora):
    bbc, reuters = corpora
    db = tmp_path / "q.db"
    first = run("ingest", db, bbc, "-s", "--outlet", "BBC News")
    assert 0 == first.exit_code
    second = run("ingest", db, reuters, "-s")
    assert 0 == second.exit_code
    rows = sqlite_utils.Database(db).execute("select source, outlet, provenance from articles order by source").fetchall()
    assert [
        ("bbc/politics/000.txt", "BBC News", "option"),
        ("bbc/politics/001.txt", "BBC News", "option"),
        ("bbc/tech/002.txt", "BBC News", "option"),
        ("reuters/reut2-000.sgm#7", "Reuters", "record"),
    ] == [(source, outlet, json.loads(provenance)["outlet"]) for source, outlet, provenance in rows]
    quotes = sqlite_utils.Database(db).execute("select outlet, count(*) from quotes group by outlet order by outlet").fetchall()
    assert [("BBC News", 6), ("Reuters", 1)] == quotes  # each BBC fixture: a quote and a reported statement (issue 15)


def test_an_outlet_given_later_reaches_files_already_stored(tmp_path, corpora):
    bbc, _ = corpora
    db = tmp_path / "q.db"
    assert 0 == run("ingest", db, bbc, "-s").exit_code
    ids = sqlite_utils.Database(db).execute("select id from articles order by id").fetchall()
    result = run("ingest", db, bbc, "-s", "--outlet", "BBC News")  # no --force needed: files.supplied changed
    assert "3 files: 0 articles added, 3 updated, 0 unchanged" in result.stderr
    conn = sqlite_utils.Database(db)
    assert [("BBC News",)] * 3 == conn.execute("select outlet from articles").fetchall()
    assert ids == conn.execute("select id from articles order by id").fetchall()  # permalinks kept
    again = run("ingest", db, bbc, "-s", "--outlet", "BBC News")
    assert "0 articles added, 0 updated, 3 unchanged, 0 duplicates, 0 rejected; 3 files unchanged since" in again.stderr
    dropped = run("ingest", db, bbc, "-s")  # the archive holds what the last run was told
    assert "3 files: 0 articles added, 3 updated, 0 unchanged" in dropped.stderr
    assert [(None, None)] * 3 == conn.execute("select outlet, provenance ->> '$.outlet' from articles").fetchall()


def test_a_changed_manifest_row_rereads_its_file_only(tmp_path, corpora):
    bbc, _ = corpora
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,title\npolitics/000.txt,First title\n", "utf-8")
    db = tmp_path / "q.db"
    run("ingest", db, bbc, "-s", "--manifest", manifest)
    manifest.write_text("path,title\npolitics/000.txt,Second title\n", "utf-8")
    result = run("ingest", db, bbc, "-s", "--manifest", manifest)
    assert "3 files: 0 articles added, 1 updated, 2 unchanged, 0 duplicates, 0 rejected; 2 files unchanged since" in result.stderr
    titles = sqlite_utils.Database(db).execute("select source, title from articles order by source").fetchall()
    assert [("bbc/politics/000.txt", "Second title"), ("bbc/politics/001.txt", "Council backs new cycle lanes"),
            ("bbc/tech/002.txt", "Council backs new cycle lanes")] == titles


def test_a_date_supplied_later_moves_the_ids_and_the_old_permalinks_lead_to_the_new(tmp_path, corpora):
    import asyncio

    from quotearchive.site import make_datasette

    bbc, _ = corpora
    db = tmp_path / "q.db"
    run("ingest", db, bbc, "-s")
    source = "bbc/politics/000.txt"
    old_article = rows(db, "select id from articles where source = ?", [source])[0][0]
    old_quotes = [r[0] for r in rows(db, "select id from quotes where article_id = ? order by start", [old_article])]
    assert old_article < 10**8 and old_quotes and all(q < 10**8 for q in old_quotes)  # undated: no date part
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,published\npolitics/000.txt,2019-07-04\n", "utf-8")
    run("ingest", db, bbc, "-s", "--manifest", manifest)
    new_article = rows(db, "select id from articles where source = ?", [source])[0][0]
    new_quotes = [r[0] for r in rows(db, "select id from quotes where article_id = ? order by start", [new_article])]
    # Ids begin with the date, so the article sorts among 2019's; each quote keeps its own hash part.
    assert 20190704 == new_article // 10**8 and old_article % 10**8 == new_article % 10**8
    assert [20190704 * 10**8 + q for q in old_quotes] == new_quotes
    moved = rows(db, "select table_name, old_id, new_id from moved_ids order by table_name, old_id")
    assert [("articles", old_article, new_article)] + sorted(("quotes", o, n) for o, n in zip(old_quotes, new_quotes)) == moved

    async def get(path):
        return await make_datasette(db).client.get(path)

    quote = asyncio.run(get(f"/quotes/quotes/{old_quotes[0]}"))
    assert (301, f"/quotes/quotes/{new_quotes[0]}") == (quote.status_code, quote.headers["location"])
    article = asyncio.run(get(f"/quotes/articles/{old_article}.json?_shape=objects"))
    assert (301, f"/quotes/articles/{new_article}.json?_shape=objects") == (article.status_code, article.headers["location"])
    assert 200 == asyncio.run(get(f"/quotes/quotes/{new_quotes[0]}")).status_code
    assert 404 == asyncio.run(get("/quotes/quotes/12345")).status_code

    # Corrected again: the first ids lead to the latest, with no chain to follow.
    manifest.write_text("path,published\npolitics/000.txt,2019-07-05\n", "utf-8")
    run("ingest", db, bbc, "-s", "--manifest", manifest)
    latest = rows(db, "select id from articles where source = ?", [source])[0][0]
    assert {(old_article, latest), (new_article, latest)} == set(rows(
        db, "select old_id, new_id from moved_ids where table_name = 'articles'"))
    # And back to no date: the first id is the article's again, so it no longer moves.
    run("ingest", db, bbc, "-s")
    assert old_article == rows(db, "select id from articles where source = ?", [source])[0][0]
    assert {(new_article, old_article), (latest, old_article)} == set(rows(
        db, "select old_id, new_id from moved_ids where table_name = 'articles'"))


# --- 2. manifests ----------------------------------------------------------------------------
def test_manifest_csv_fills_and_overrides_and_records_where_values_came_from(tmp_path, corpora):
    bbc, reuters = corpora
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "path,id,url,outlet,published,title,byline,language\n"
        "politics/000.txt,,https://www.bbc.co.uk/news/politics/1,,2005-03-14,Cycle lanes approved,Jo Smith,en\n"
        "tech/002.txt,,,The Register,2005-03,,,\n"
        ",nowhere.txt#1,,,1999,,,\n",
        "utf-8",
    )
    db = tmp_path / "q.db"
    result = run("ingest", db, bbc, "-s", "--outlet", "BBC News", "--manifest", manifest)
    assert 0 == result.exit_code, result.stderr
    rows = sqlite_utils.Database(db).execute(
        "select source, url, outlet, published, published_precision, year, title, byline, language, provenance "
        "from articles order by source"
    ).fetchall()
    first, second, third = rows
    assert (
        "bbc/politics/000.txt", "https://www.bbc.co.uk/news/politics/1", "BBC News", "2005-03-14", "day", 2005,
        "Cycle lanes approved", "Jo Smith", "en",
    ) == first[:9]
    assert {"url": "manifest", "outlet": "option", "published": "manifest", "title": "manifest", "byline": "manifest",
            "language": "manifest"} == json.loads(first[9])
    assert ("bbc/politics/001.txt", None, "BBC News", None, None, None, "Council backs new cycle lanes") == second[:7]
    assert {"title": "text", "outlet": "option"} == json.loads(second[9])
    # A manifest row is more specific than --outlet, so it wins.
    assert ("bbc/tech/002.txt", "The Register", "2005-03", "month", 2005) == (third[0], third[2], third[3], third[4], third[5])
    assert "manifest" == json.loads(third[9])["outlet"]
    quote = sqlite_utils.Database(db).execute("select outlet, published, year, month from quotes where article_id = "
                                              "(select id from articles where source = 'bbc/politics/000.txt')").fetchone()
    assert ("BBC News", "2005-03-14", 2005, "2005-03") == quote


def test_manifest_rows_by_id_reach_one_record_of_a_multi_article_file(tmp_path, corpora):
    _, reuters = corpora
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"id": "reut2-000.sgm#7", "url": "https://example.org/cocoa", "byline": "A Reporter"}) + "\n", "utf-8")
    db = tmp_path / "q.db"
    assert 0 == run("ingest", db, reuters, "-s", "--manifest", manifest).exit_code
    row = sqlite_utils.Database(db).execute("select url, byline, outlet, published, provenance from articles").fetchone()
    assert ("https://example.org/cocoa", "A Reporter", "Reuters", "1987-02-26T15:01:01") == row[:4]
    assert {"title": "record", "outlet": "record", "published": "record", "dateline": "record",
            "url": "manifest", "byline": "manifest"} == json.loads(row[4])


def test_bad_manifest_rows_get_one_line_each_naming_file_and_line(tmp_path, corpora):
    bbc, _ = corpora
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        "path,id,url,published,language\n"
        "politics/000.txt,,ftp://x,,\n"
        "politics/001.txt,,,1987-13-45,\n"
        ",,https://example.org/a,,\n"
        "/home/alice/corpora/bbc/tech/002.txt,,,2005,\n"
        "tech/002.txt,,,,english!\n"
        "tech/002.txt,,,2005-06-01,\n"
        "tech/002.txt,,,2005,\n"
        "politics/000.txt,,,,\n",
        "utf-8",
    )
    heard = []
    loaded = load_manifest(manifest, on_error=lambda where, reason: heard.append(f"{where}: {reason}"))
    assert [
        f"{manifest}:2: url 'ftp://x' is not an http(s) address",
        f"{manifest}:3: published '1987-13-45' is not an ISO 8601 date (2005-03-14, 2005-03 or 2005)",
        f"{manifest}:4: needs a path (below the folder given to ingest) or an id",
        f"{manifest}:5: path '/home/alice/corpora/bbc/tech/002.txt' must be relative to the folder given to ingest",
        f"{manifest}:6: language 'english!' is not a language code such as en or pt-BR",
        f"{manifest}:8: path 'tech/002.txt' already given on line 7",
        f"{manifest}:9: gives none of url, outlet, published, title, byline, language",
    ] == heard
    assert (1, 7) == (loaded.rows, loaded.bad_rows)
    # Through the CLI: the same lines on stderr, and the rest of the batch goes on.
    db = tmp_path / "q.db"
    result = run("ingest", db, bbc, "-s", "--manifest", manifest)
    assert 7 == sum(line.startswith(f"error: {manifest}:") for line in result.stderr.splitlines())
    assert "3 articles added" in result.stderr
    assert [("2005-06-01",)] == sqlite_utils.Database(db).execute("select published from articles where published is not null").fetchall()


def test_a_manifest_that_is_not_a_manifest_is_one_clear_error(tmp_path, corpora):
    bbc, _ = corpora
    wrong = tmp_path / "m.csv"
    wrong.write_text("file,when\na.txt,2005\n", "utf-8")
    result = run("ingest", tmp_path / "q.db", bbc, "-s", "--manifest", wrong)
    assert 1 == result.exit_code
    assert (f"Error: {wrong}:1: the header must name path or id and any of url, outlet, published, title, byline, "
            "language (unknown: file, when)\n") == result.stderr
    broken = tmp_path / "m.jsonl"
    broken.write_text('{"path": "politics/000.txt", "title": "A"}\n{not json\n["a list"]\n', "utf-8")
    heard = []
    assert 1 == load_manifest(broken, lambda where, reason: heard.append(f"{where}: {reason}")).rows
    assert [f"{broken}:2: not JSON: Expecting property name enclosed in double quotes",
            f"{broken}:3: each line must be a JSON object"] == heard


# --- 3. files that are not articles, --exclude ---------------------------------------------------
def test_files_that_are_not_articles_are_skipped_with_a_reason(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE, "utf-8")
    (folder / "names.txt").write_text(NAMES, "utf-8")
    (folder / "facts.txt").write_text(CODE, "utf-8")
    (folder / "walk.txt").write_text(PYTHON, "utf-8")
    result = run("ingest", tmp_path / "q.db", folder, "-s")
    assert 0 == result.exit_code  # skipped, not rejected: nothing went wrong
    assert [
        f"skipped: {folder}/facts.txt: not an article: source code",
        f"skipped: {folder}/names.txt: not an article: a list of names",
        f"skipped: {folder}/walk.txt: not an article: source code",
    ] == sorted(line for line in result.stderr.splitlines() if line.startswith("skipped:"))
    assert "4 files: 1 articles added, 0 updated, 0 unchanged, 0 duplicates, 0 rejected; " in result.stderr
    assert ", 3 not articles, 0 excluded; " in result.stderr
    assert [("in/article.txt",)] == sqlite_utils.Database(tmp_path / "q.db").execute("select source from articles").fetchall()


def test_the_prose_test_measures_line_shapes():
    assert ("a list of names", 8, 0.0) == (check_prose(NAMES).reason, check_prose(NAMES).lines, check_prose(NAMES).prose_share)
    assert "source code" == check_prose(CODE).reason
    assert "source code" == check_prose(PYTHON).reason
    assert "a table of numbers" == check_prose("\n".join(f"{i} {i * 7} {i * 13}" for i in range(10))).reason
    prose = check_prose(ARTICLE)
    assert (None, 4, 1.0) == (prose.reason, prose.lines, prose.prose_share)
    assert None is check_prose("alpha\nbeta\ngamma\n").reason  # under five lines: too short to judge


def test_exclude_skips_matching_files_and_the_summary_counts_them(tmp_path, corpora):
    _, reuters = corpora
    (reuters / "notes").mkdir()
    (reuters / "notes" / "n.txt").write_text(ARTICLE, "utf-8")
    result = run("ingest", tmp_path / "q.db", reuters, "-s", "--exclude", "*.lc.txt", "--exclude", "notes/*")
    assert 0 == result.exit_code
    assert [f"skipped: {reuters}/factbook.txt: not an article: source code"] == [
        line for line in result.stderr.splitlines() if line.startswith("skipped:")
    ]
    assert "4 files: 1 articles added" in result.stderr and ", 1 not articles, 2 excluded; " in result.stderr


def test_reuters_auxiliary_files_are_not_articles_and_every_bbc_article_is(shared):
    reuters = shared / "corpora" / "reuters"
    verdicts = {}
    for found in read.iter_named_files([reuters]):
        try:
            verdicts[found.inner] = sum(1 for _ in read.read_documents(found.path))
        except NotAnArticle as error:
            verdicts[found.inner] = str(error)
    assert {
        "all-exchanges-strings.lc.txt": "not an article: a list of names",
        "all-orgs-strings.lc.txt": "not an article: a list of names",
        "all-people-strings.lc.txt": "not an article: a list of names",
        "all-places-strings.lc.txt": "not an article: a list of names",
        "all-topics-strings.lc.txt": "not an article: a list of names",
        "cat-descriptions_120396.txt": "not an article: a list of names",
        "feldman-cia-worldfactbook-data.txt": "not an article: source code",
    } == {name: verdict for name, verdict in verdicts.items() if isinstance(verdict, str)}
    records = {name: n for name, n in verdicts.items() if not isinstance(n, str)}
    assert [f"reut2-{i:03}.sgm" for i in range(22)] == sorted(records)
    assert 21577 == sum(records.values())
    bbc = [found for found in read.iter_named_files([shared / "corpora" / "bbc"])]
    assert 2225 == len(bbc)
    assert [] == [found.inner for found in bbc if check_prose(read.read_bytes(found.path).decode("latin-1")).reason]


# --- 4. stored paths relative to the folder given --------------------------------------------------
def test_sources_are_relative_to_the_folder_given_never_local_paths(tmp_path, corpora, monkeypatch):
    bbc, reuters = corpora
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "q.db"
    ingest.ingest(db, [bbc.resolve(), reuters / "reut2-000.sgm"])
    sources = [r[0] for r in sqlite_utils.Database(db).execute("select source from articles order by source")]
    assert ["bbc/politics/000.txt", "bbc/politics/001.txt", "bbc/tech/002.txt", "reuters/reut2-000.sgm#7"] == sources
    files = [r[0] for r in sqlite_utils.Database(db).execute("select path from files order by path")]
    assert ["bbc/politics/000.txt", "bbc/politics/001.txt", "bbc/tech/002.txt", "reuters/reut2-000.sgm"] == files


def test_an_archive_with_absolute_paths_keeps_working_and_loses_them_on_the_next_ingest(tmp_path, corpora):
    bbc, _ = corpora
    db = tmp_path / "q.db"
    ingest.ingest(db, [bbc])
    conn = sqlite_utils.Database(db)
    root = str(bbc.resolve())
    with conn.conn:  # as an older version stored them: the files' absolute paths
        conn.execute("update articles set source = ? || substr(source, 4)", [root])
        conn.execute("update files set path = ? || substr(path, 4)", [root])
    before = conn.execute("select id, source from articles order by id").fetchall()
    assert 3 == sum(source.startswith(root + "/") for _, source in before)
    again = ingest.ingest(db, [bbc])  # each file read once (hashed, not parsed), its rows renamed
    assert (0, 0, 0, 0, 3) == (again.added, again.updated, again.duplicates, again.skipped_files, again.unchanged)
    after = conn.execute("select id, source from articles order by id").fetchall()
    assert [(i, "bbc/" + s[len(root) + 1:]) for i, s in before] == after  # the same ids: permalinks kept
    files = [r[0] for r in conn.execute("select path from files order by path")]
    assert ["bbc/politics/000.txt", "bbc/politics/001.txt", "bbc/tech/002.txt"] == files
    assert 3 == ingest.ingest(db, [bbc]).skipped_files


# --- 5. progress and summary -----------------------------------------------------------------
def test_progress_shows_files_articles_and_rate(tmp_path, progress_bars):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    (folder / "names.txt").write_text(NAMES, "utf-8")
    assert 0 == run("ingest", tmp_path / "q.db", folder).exit_code
    line = progress_bars[0].format_progress_line()
    assert "100%" in line and "6 files, 5 articles, " in line and line.endswith(" articles/s")
    summary = ingest.Summary(added=5, unchanged=15, files_done=4, skipped_files=16)
    assert "20 files, 20 articles, 8 articles/s" == summary.progress_line(2.5)
    assert seed("000").exists()


def test_options_not_yet_supported_with_dask_say_so(tmp_path, corpora):
    bbc, _ = corpora
    result = run("ingest", tmp_path / "q.db", bbc, "-s", "--dask", "local", "--outlet", "BBC News")
    assert 2 == result.exit_code
    assert result.stderr.endswith("Error: --outlet, --manifest and --exclude do not work with --dask yet.\n")
    assert not (tmp_path / "q.db").exists()


def test_a_date_the_manifest_gives_replaces_the_lower_bound_an_embedded_post_gave(tmp_path):
    """Seed 004's only date is an embedded tweet's (issue 19): stored as a lower bound,
    until the user supplies the article's own date."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(seed("004"), folder / "004.txt")
    db = tmp_path / "q.db"
    assert 0 == run("ingest", db, folder, "-s").exit_code
    query = "select published, published_not_before from articles"
    assert [(None, "2017-06-03")] == sqlite_utils.Database(db).execute(query).fetchall()
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,published\n004.txt,2017-06-14\n", "utf-8")
    assert 0 == run("ingest", db, folder, "-s", "--manifest", manifest).exit_code
    assert [("2017-06-14", None)] == sqlite_utils.Database(db).execute(query).fetchall()


def test_a_copy_is_released_when_its_originals_outlet_changes(tmp_path):
    """A reprint is the same outlet's story under another headline: b.txt is a copy of a.txt while
    neither names an outlet; once a.txt is given one (--outlet), b.txt is no copy of it any more and
    is stored in its own right on the next run, not left out as a duplicate for good."""
    from .conftest import WIRE_STORY

    folder = tmp_path / "o"
    folder.mkdir()
    (folder / "a.txt").write_text("Plan goes ahead\n\n" + WIRE_STORY, "utf-8")
    (folder / "b.txt").write_text("Council backs plan\n\n" + WIRE_STORY, "utf-8")
    db = tmp_path / "o.db"
    assert 0 == run("ingest", db, folder, "-s").exit_code
    assert [("b.txt", "a.txt")] == [tuple(p.rsplit("/", 1)[-1] for p in r) for r in rows(db, "select source, original from copies")]
    assert 0 == run("ingest", db, folder / "a.txt", "-s", "--outlet", "Daily Z").exit_code
    assert [] == rows(db, "select source, original from copies")
    assert 0 == run("ingest", db, folder / "b.txt", "-s").exit_code  # (the folder again would take a's outlet back)
    assert ["a.txt", "b.txt"] == sorted(s.rsplit("/", 1)[-1] for (s,) in rows(db, "select source from articles"))
