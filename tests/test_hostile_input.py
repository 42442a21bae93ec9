"""Issue 18: hostile input to ingest. Each test failed before its fix.

Fixtures are generated here, small, in tmp_path; real SQLite files throughout.
"""

import json
import os
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from quotearchive import ingest
from quotearchive.cli import cli

from .conftest import rows, seed

GOOD = seed("000").read_text("utf-8")


def run_ingest(db, *paths, extra=()):
    return CliRunner().invoke(cli, ["ingest", str(db), *map(str, paths), "-s", *extra])


def error_lines(result):
    return sorted(line for line in result.stderr.splitlines() if line.startswith("error:"))


# 2. A file name that is not UTF-8 ----------------------------------------------------------------


def test_file_name_that_is_not_utf8_is_stored_and_printed_with_an_escape(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    monkeypatch.chdir(tmp_path)  # sources are stored relative to the working folder
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(GOOD, "utf-8")
    (folder / os.fsdecode(b"empty\xff.txt")).write_bytes(b"")
    (folder / "z.txt").write_text(GOOD.replace("Putin", "Medvedev"), "utf-8")
    result = run_ingest(tmp_path / "q.db", "in")
    assert 1 == result.exit_code and isinstance(result.exception, SystemExit), result.exception
    assert ["error: in/empty\\xff.txt: empty file"] == error_lines(result)
    assert [("in/caf\\xe9.txt",), ("in/z.txt",)] == rows(tmp_path / "q.db", "select source from articles order by source")
    # The next run recognises it (its key is the same escaped name) and reads nothing.
    again = run_ingest(tmp_path / "q.db", "in")
    assert "2 unchanged" in again.stderr and "0 articles added" in again.stderr


# 11. Smaller: names with a newline, folder symlinks named like files ----------------------------


def test_error_line_for_a_name_with_a_newline_stays_one_line(tmp_path):
    bad = tmp_path / "two\nlines.txt"
    bad.write_bytes(b"")
    result = run_ingest(tmp_path / "q.db", bad)
    assert [f"error: {tmp_path}/two\\nlines.txt: empty file"] == error_lines(result)


def test_symlink_to_a_folder_named_like_a_file_is_not_permission_denied(tmp_path):
    folder = tmp_path / "in"
    (tmp_path / "elsewhere").mkdir()
    folder.mkdir()
    (folder / "x.txt").symlink_to(tmp_path / "elsewhere")
    (folder / "good.txt").write_text(GOOD, "utf-8")
    result = run_ingest(tmp_path / "q.db", folder)
    (line,) = error_lines(result)
    assert line.startswith(f"error: {folder}/x.txt: a symlink to a folder, not a file")
    assert "1 articles added" in result.stderr


def test_an_ingest_into_a_live_archive_leaves_its_schema_alone(tmp_path):
    """Each batch dropped and re-created the FTS triggers: a schema change per
    commit, so a live site's log filled with "schema has changed"."""
    db_path = tmp_path / "q.db"
    ingest.ingest(db_path, [seed("000")])
    version = rows(db_path, "pragma schema_version")
    summary = ingest.ingest(db_path, [seed("001"), seed("002")], batch_size=1)
    assert 2 == summary.added
    assert version == rows(db_path, "pragma schema_version")
    # The triggers still keep the index in step for writers outside a batch.
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("update quotes set text = 'quokkas galore' where rowid = (select min(rowid) from quotes)")
    assert [(1,)] == conn.execute("select count(*) from quotes_fts where quotes_fts match 'quokkas'").fetchall()
    assert [(0,)] == conn.execute("select count(*) from quotes_fts_paused").fetchall()


# 8. Disk full ------------------------------------------------------------------------------------


def test_disk_full_is_reported_as_such_and_the_database_stays_sound(tmp_path, monkeypatch):
    """SQLite rolls the whole transaction back on SQLITE_FULL; the writer's own
    rollback then failed, and "cannot rollback - no transaction is active" was
    all the user saw."""
    from quotearchive.archive import store
    from quotearchive.ingest import batch

    db_path = tmp_path / "q.db"
    ingest.ingest(db_path, [seed("000")])
    before = rows(db_path, "select id, content_hash from articles")
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(150):
        (folder / f"{i:03}.txt").write_text(GOOD + f'\n\n"Number {i} is {i * 7919} and rising," Ann Lee{i} said.\n' * 20, "utf-8")
    opened = store.open_db

    def full_soon(path):  # a disk with room for 600 more pages (2.4 MB): a real SQLite error, not a mock
        db = opened(path)
        db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0] + 600}")
        return db

    monkeypatch.setattr(store, "open_db", full_soon)
    monkeypatch.setattr(batch, "WRITER_CACHE_KB", 64)  # pages spill to the file early, as on a big ingest
    result = run_ingest(db_path, folder, extra=["--workers", "1"])
    assert 1 == result.exit_code
    assert f"Error: {db_path}: database or disk is full" == result.stderr.strip().splitlines()[-1]
    conn = sqlite3.connect(db_path)
    assert [("ok",)] == conn.execute("pragma integrity_check").fetchall()
    stored = conn.execute("select id, content_hash from articles").fetchall()
    assert set(before) <= set(stored)


# 10. Two ingests into one database ---------------------------------------------------------------


def _slow_ingest(tmp_path, db_path):
    """A real ingest in another process, slowed by a commit per article."""
    folder = tmp_path / "first"
    folder.mkdir()
    for i in range(400):
        (folder / f"{i:03}.txt").write_text(GOOD + f'\n\n"Item {i} matters," Ann Lee said.\n', "utf-8")
    command = [sys.executable, "-m", "quotearchive.cli", "ingest", str(db_path), str(folder), "-s", "--workers", "1", "--batch-size", "1"]
    first = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and first.poll() is None:  # until it is writing
        try:
            if sqlite3.connect(db_path).execute("select count(*) from articles").fetchone()[0]:
                break
        except sqlite3.Error:
            pass
        time.sleep(0.05)
    assert first.poll() is None, "the first ingest finished before the second started: make it slower"
    return first


def test_a_second_ingest_waits_for_the_first_then_both_land(tmp_path):
    db_path = tmp_path / "q.db"
    first = _slow_ingest(tmp_path, db_path)
    heard = []
    summary = ingest.ingest(db_path, [seed("001")], lock_timeout=120, on_wait=heard.append)
    assert 0 == first.wait(60), first.stderr.read()
    assert [f"waiting for another ingest into {db_path} to finish (at most 120 s)..."] == heard
    assert 1 == summary.added
    assert [(401,)] == rows(db_path, "select count(*) from articles")


def test_a_second_ingest_refuses_clearly_when_the_wait_is_over(tmp_path):
    db_path = tmp_path / "q.db"
    first = _slow_ingest(tmp_path, db_path)
    try:
        with pytest.raises(ingest.IngestBusy, match="another ingest is writing this database"):
            ingest.ingest(db_path, [seed("001")], lock_timeout=0.5)
    finally:
        assert 0 == first.wait(60), first.stderr.read()
    assert [(400,)] == rows(db_path, "select count(*) from articles")


def test_the_cli_waits_as_long_as_asked_then_says_why_it_refused(tmp_path):
    db_path = tmp_path / "q.db"
    first = _slow_ingest(tmp_path, db_path)
    try:
        refused = subprocess.run([sys.executable, "-m", "quotearchive.cli", "ingest", "-s", str(db_path), str(seed("001")), "--wait", "0.5"],
                                 capture_output=True, text=True, timeout=120)
    finally:
        assert 0 == first.wait(60), first.stderr.read()
    assert 1 == refused.returncode
    assert [f"waiting for another ingest into {db_path} to finish (at most 0.5 s)...",
            f"Error: {db_path}: another ingest is writing this database (waited 0.5 s); run again when it has finished, "
            "or wait longer with --wait SECONDS"] == refused.stderr.splitlines()
    assert [(400,)] == rows(db_path, "select count(*) from articles")


# 1, 4, 9. JSON Lines: decoded line by line, records named by themselves, authors as names ---------


def story(i: int, text: str | None = None, **fields) -> dict:
    text = text or f'Minister {i} spoke on Monday.\n\n"We will build {i} new schools this year," said Jane Doe{i}, the minister.'
    return {"title": f"Story {i}", "text": text, **fields}


def write_lines(path, lines) -> None:
    path.write_bytes(b"\n".join(line if isinstance(line, bytes) else json.dumps(line, ensure_ascii=False).encode() for line in lines) + b"\n")


def test_one_stray_byte_costs_its_line_and_garbles_nothing(tmp_path):
    crawl = tmp_path / "crawl.jsonl"
    cafe = story(1, 'Le Café de Flore reopened.\n\n"Ça va très bien," said Amélie Poulain, the owner of the café.', url="https://x.example/1")
    lines = [cafe, story(2, url="https://x.example/2"), story(3, url="https://x.example/3")]
    write_lines(crawl, lines)
    db_path = tmp_path / "q.db"
    assert 3 == ingest.ingest(db_path, [crawl]).added
    before = rows(db_path, "select source, body from articles order by source")
    bad_line = json.dumps(story(4, url="https://x.example/4")).encode().replace(b"Story 4", b"Story \xe9")
    write_lines(crawl, [*lines, bad_line])
    result = run_ingest(db_path, crawl)
    assert [f"error: {crawl}#4: not UTF-8 (byte 0xe9 at byte 18 of the line)"] == error_lines(result)
    assert before == rows(db_path, "select source, body from articles order by source")
    assert "Café de Flore" in before[0][1]


def test_records_are_named_by_id_or_url_or_text_not_line_number(tmp_path):
    crawl = tmp_path / "crawl.jsonl"
    records = [story(1, id=41), story(2, url="https://x.example/2"), story(3)]
    write_lines(crawl, records)
    db_path = tmp_path / "q.db"
    ingest.ingest(db_path, [crawl])
    ids = dict(rows(db_path, "select title, id from articles"))
    sources = sorted(source.rpartition(".jsonl#")[2] for (source,) in rows(db_path, "select source from articles"))
    assert ["https://x.example/2", "id=41", sources[2]] == sources and sources[2].startswith("sha256=")
    # A record inserted at the top shifts every line; each article keeps its id and permalink.
    write_lines(crawl, [story(0, url="https://x.example/0"), *records])
    summary = ingest.ingest(db_path, [crawl])
    assert (1, 0, 3) == (summary.added, summary.updated, summary.unchanged)
    assert ids.items() <= dict(rows(db_path, "select title, id from articles")).items()


def test_a_record_that_disappears_is_reported_and_kept(tmp_path):
    crawl = tmp_path / "crawl.jsonl"
    records = [story(1, url="https://x.example/1"), story(2, url="https://x.example/2"), story(3, url="https://x.example/3")]
    write_lines(crawl, records)
    db_path = tmp_path / "q.db"
    ingest.ingest(db_path, [crawl])
    truncated = crawl.read_bytes()[:-40]  # the last line cut off mid-record, as a crawler killed mid-write leaves it
    crawl.write_bytes(truncated)
    result = run_ingest(db_path, crawl)
    assert 1 == result.exit_code
    assert [
        f"error: {crawl}#3: not JSON (Unterminated string starting at)",
        f"error: {crawl.parent.name}/crawl.jsonl#https://x.example/3: no longer in the file, or unreadable now: the stored article is kept",
    ] == error_lines(result)
    assert [(3,)] == rows(db_path, "select count(*) from articles")


def test_a_dump_stored_under_line_numbers_keeps_its_ids_when_renamed(tmp_path):
    """Databases made before records were named by themselves hold path#LINE sources."""
    crawl = tmp_path / "crawl.jsonl"
    write_lines(crawl, [story(1, url="https://x.example/1"), story(2)])
    db_path = tmp_path / "q.db"
    ingest.ingest(db_path, [crawl])
    conn = sqlite3.connect(db_path)
    with conn:  # as the old version named them
        for n, (source,) in enumerate(conn.execute("select source from articles order by title").fetchall(), 1):
            conn.execute("update articles set source = ? where source = ?", [f"{crawl}#{n}", source])
        conn.execute("delete from files")
    ids = rows(db_path, "select id from articles order by title")
    summary = ingest.ingest(db_path, [crawl])
    assert (0, 2, 0) == (summary.added, summary.unchanged, summary.rejected)
    assert ids == rows(db_path, "select id from articles order by title")
    assert [(f"{crawl.parent.name}/crawl.jsonl#https://x.example/1",)] == rows(
        db_path, "select source from articles where title = 'Story 1'"
    )


def test_utf16_without_a_bom_is_text_and_a_bom_alone_is_empty(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "le.txt").write_bytes(GOOD.encode("utf-16-le"))
    (folder / "be.txt").write_bytes(GOOD.replace("Putin", "Medvedev").encode("utf-16-be"))
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf")
    (folder / "bom16.txt").write_bytes(b"\xff\xfe")
    result = run_ingest(tmp_path / "q.db", folder)
    assert [f"error: {folder}/bom.txt: empty file", f"error: {folder}/bom16.txt: empty file"] == error_lines(result)
    bodies = [body for (body,) in rows(tmp_path / "q.db", "select body from articles")]
    assert 2 == len(bodies) and all("Putin" in b or "Medvedev" in b for b in bodies)


def test_authors_and_tags_given_as_objects_are_stored_as_names_and_json(tmp_path):
    crawl = tmp_path / "crawl.jsonl"
    write_lines(crawl, [story(
        1, url="https://x.example/1",
        authors=[{"@type": "Person", "name": "Ann Writer"}, {"name": "Bob Scribe"}],
        tags=[{"name": "politics"}, "schools", {"id": 7}],
    )])
    ingest.ingest(tmp_path / "q.db", [crawl])
    ((byline, tags),) = rows(tmp_path / "q.db", "select byline, tags from articles")
    assert "Ann Writer, Bob Scribe" == byline
    assert ["politics", "schools", '{"id": 7}'] == json.loads(tags)


# 3. Slow files ------------------------------------------------------------------------------------


def slow_page(path):
    """300,000 short paragraphs: seconds of parsing even now each stage is linear."""
    path.write_text("<html><body>" + "".join(f"<p>w{i}</p>" for i in range(300_000)) + "</body></html>", "utf-8")


def test_a_file_over_its_time_budget_is_one_rejected_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, "utf-8")
    slow_page(folder / "slow.html")
    (folder / "z.txt").write_text(GOOD.replace("Putin", "Medvedev"), "utf-8")
    heard = []
    started = time.monotonic()
    summary = ingest.ingest(tmp_path / "q.db", [folder], workers=2, seconds_per_document=1, on_error=lambda s, r: heard.append((s, r)))
    assert [(f"{folder}/slow.html", "took longer than 1 s")] == heard
    assert 2 == summary.added
    assert time.monotonic() - started < 30  # a hang guard, not a benchmark


def test_a_slow_file_does_not_keep_the_files_before_it_uncommitted(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, "utf-8")
    slow_page(folder / "slow.html")
    db_path = tmp_path / "q.db"
    code = f"from quotearchive import ingest; ingest.ingest({str(db_path)!r}, [{str(folder)!r}], workers=2, seconds_per_document=None)"
    run = subprocess.Popen([sys.executable, "-c", code])
    seen = None
    while run.poll() is None:
        try:
            if sqlite3.connect(db_path).execute("select count(*) from articles").fetchone()[0]:
                seen = seen or time.monotonic()
        except sqlite3.Error:
            pass
        time.sleep(0.05)
    assert 0 == run.returncode
    assert seen is not None and time.monotonic() - seen > 2, "a.txt was committed only when the slow page was done"


def test_reuters_elements_are_what_the_regex_found_without_its_quadratic_scan():
    """The one-pass pairing (issue 18 #3) finds exactly what <X\\b([^<>]*)>(.*?)</X> found."""
    import random
    import re

    from quotearchive.readers import reuters

    pattern = re.compile(r"<REUTERS\b([^<>]*)>(.*?)</REUTERS>", re.DOTALL | re.IGNORECASE)
    pieces = ['<REUTERS NEWID="1">', "<reuters>", "</REUTERS>", "</reuters>", "text ", "<", ">", "<REUTERSX>", "\n"]
    rng = random.Random(18)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(12)))
        expected = [m.groups() for m in pattern.finditer(text)]
        assert expected == [(a, c) for a, c, _, _ in reuters._elements(text, *reuters.REUTERS_TAGS["REUTERS"])], text


def test_a_stored_utf8_article_is_not_replaced_by_a_guessed_reading(tmp_path):
    """Issue 18 #1, for files decoded whole: a UTF-8 file that gains stray bytes is
    not re-read as a guessed code page over the stored text."""
    story_file = tmp_path / "cafe.txt"
    text = 'Le Café de Flore reopened on Monday.\n\n"Ça va très bien," said Amélie Poulain, who owns the café.\n'
    story_file.write_text(text, "utf-8")
    db_path = tmp_path / "q.db"
    ingest.ingest(db_path, [story_file])
    before = rows(db_path, "select body from articles")
    story_file.write_bytes(text.encode("utf-8") + b"More \xe9 and \xe8 and \xff here.\n")
    result = run_ingest(db_path, story_file)
    assert [f"error: {story_file}: its text is no longer UTF-8 (guessed): the stored utf-8 version is kept"] == error_lines(result)
    assert before == rows(db_path, "select body from articles")
    # Bytes as sure as before replace it as usual.
    story_file.write_text(text.replace("Monday", "Tuesday"), "utf-8")
    assert 1 == ingest.ingest(db_path, [story_file]).updated


def test_a_parser_stuck_where_the_budget_cannot_reach_is_stopped(tmp_path, monkeypatch):
    """A call into C code (lxml, say) sees the budget's signal only when it returns:
    the parent stops the worker instead, and the file is one rejected file."""
    import signal

    from quotearchive.ingest import parsing, workers

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(8):
        (folder / f"{i}.txt").write_text(GOOD + f"\n\nNote {i}.\n", "utf-8")
    # 1.2 MB: parsed by the worker pool (not in-process), in a chunk of its own
    (folder / "stuck.txt").write_text(GOOD + "\n\nMore was said about it on the day.\n" * 35_000, "utf-8")
    real = parsing.describe_document

    def parse(doc):
        if doc.source.endswith("stuck.txt"):
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # as deaf as C code
            time.sleep(120)
        return real(doc)

    monkeypatch.setattr(parsing, "describe_document", parse)  # inherited by the forked workers
    monkeypatch.setattr(workers, "OVERDUE_GRACE_SECONDS", 1)
    heard = []
    started = time.monotonic()
    summary = ingest.ingest(tmp_path / "q.db", [folder], workers=2, seconds_per_document=1, on_error=lambda s, r: heard.append((s, r)))
    assert [(f"{folder}/stuck.txt", "took longer than 1 s")] == heard
    assert 8 == summary.added
    assert time.monotonic() - started < 60


def test_a_file_over_its_time_budget_in_a_workers_chunk_is_one_rejected_file(tmp_path, monkeypatch):
    # A chunk's documents run their steps in turns (their speaker parse in one batch): each is
    # still timed on its own steps, and one over its budget costs its own file only.
    from quotearchive.ingest import parsing
    from quotearchive.ingest.tasks import Task

    (tmp_path / "a.txt").write_text(GOOD, "utf-8")
    slow_page(tmp_path / "slow.html")
    (tmp_path / "z.txt").write_text(GOOD.replace("Putin", "Medvedev"), "utf-8")
    monkeypatch.setattr(parsing, "SECONDS_PER_DOCUMENT", 1)
    paths = [str(tmp_path / name) for name in ("a.txt", "slow.html", "z.txt")]
    results = parsing.parse_files([Task(path, path) for path in paths])
    assert [(None, 1), ("took longer than 1 s", 0), (None, 1)] == [(r.error, len(r.articles)) for r in results]
