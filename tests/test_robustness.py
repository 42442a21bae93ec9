"""Bad input, crashes and interruptions: nothing lost, nothing half-written."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from quotearchive import ingest
from quotearchive.cli import cli

from .conftest import seed

GOOD = seed("000").read_text("utf-8")


def run_ingest(db, *paths, extra=()):
    return CliRunner().invoke(cli, ["ingest", str(db), *map(str, paths), "-s", *extra])


def error_lines(result):
    return sorted(line for line in result.stderr.splitlines() if line.startswith("error:"))


def test_each_bad_file_gets_one_line_and_good_files_land(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD, "utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\n\t ")
    (folder / "nul.txt").write_bytes(b"Some text\x00with NUL bytes" * 10)
    (folder / "quotes_only.txt").write_text('"' * 5000 + "“”" * 3000, "utf-8")
    (folder / "latin1.txt").write_bytes('Café owner said: "Ça va très bien," adding more.\n'.encode("latin-1") * 3)
    (folder / "broken.html").write_bytes(b"<html><head><title>Broken</title><body><p>He said \"we will win,\" and left")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    os.mkfifo(folder / "fifo.txt")
    result = run_ingest(tmp_path / "q.db", folder)
    assert 1 == result.exit_code
    assert [
        f"error: {folder}/binary.txt: binary file (NUL bytes)",
        f"error: {folder}/blank.txt: empty file",
        f"error: {folder}/dangling.txt: file not found (a dangling symlink?)",
        f"error: {folder}/empty.txt: empty file",
        f"error: {folder}/fifo.txt: not a regular file",
        f"error: {folder}/nul.txt: binary file (NUL bytes)",
    ] == error_lines(result)
    assert "Traceback" not in result.output
    db = sqlite_utils.Database(tmp_path / "q.db")
    sources = {r[0].rsplit("/", 1)[-1] for r in db.execute("select source from articles")}
    assert {"a_good.txt", "quotes_only.txt", "latin1.txt", "broken.html"} == sources
    (body,) = db.execute("select body from articles where source like '%latin1.txt'").fetchone()
    assert "Café owner" in body


def test_size_limit_rejects_instead_of_hanging(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 300_000, "utf-8")
    result = run_ingest(tmp_path / "q.db", big, extra=["--max-bytes", "1000000"])
    assert 1 == result.exit_code
    assert [f"error: {big}: file too large (1,500,000 bytes; the limit is --max-bytes 1,000,000)"] == error_lines(result)


def test_huge_single_paragraph_with_unbalanced_marks_finishes(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text('Headline\n\n' + ('He said "this never closes and ' * 100_000), "utf-8")  # ~3 MB
    started = time.perf_counter()
    result = run_ingest(tmp_path / "q.db", big)
    assert 0 == result.exit_code, result.output
    assert time.perf_counter() - started < 60  # a hang guard, not a benchmark


def test_database_errors_are_one_line(tmp_path):
    not_a_db = tmp_path / "q.db"
    not_a_db.write_bytes(b"this is not sqlite" * 100)
    result = run_ingest(not_a_db, seed("000"))
    assert 1 == result.exit_code
    assert result.output.startswith("Error: ") and "Traceback" not in result.output
    assert 1 == len(result.output.strip().splitlines())


def test_existing_data_survives_a_bad_batch(tmp_path):
    db_path = tmp_path / "q.db"
    ingest.ingest(db_path, [seed("000"), seed("002")])
    before = sqlite_utils.Database(db_path).execute("select id, content_hash from articles order by id").fetchall()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    summary = ingest.ingest(db_path, [bad])
    assert 1 == summary.rejected
    assert before == sqlite_utils.Database(db_path).execute("select id, content_hash from articles order by id").fetchall()


def consistent(db_path):
    """Integrity, FTS in step, and no article without all of its quotes."""
    conn = sqlite3.connect(db_path)
    assert "ok" == conn.execute("pragma integrity_check").fetchone()[0]
    for fts in ("quotes_fts", "articles_fts", "speakers_fts"):
        # rank 1: checked against the rows too, not only for internal consistency.
        conn.execute(f"insert into {fts}({fts}, rank) values('integrity-check', 1)")
    half_written = conn.execute(
        "select count(*) from articles where quote_count != (select count(*) from quotes where article_id = articles.id)"
    ).fetchone()[0]
    assert 0 == half_written
    conn.close()


def snapshot(db_path):
    db = sqlite_utils.Database(db_path)
    return {
        "articles": db.execute("select id, source, content_hash, quote_count from articles order by id").fetchall(),
        "quotes": db.execute("select id, text, speaker_id, start, end from quotes order by id").fetchall(),
        "speakers": db.execute("select id, name, quote_count, article_count from speakers order by id").fetchall(),
        "topics": db.execute("select slug, quote_count, article_count from topics order by slug").fetchall(),
        # A new archive's facet indexes are built after its load: a kill leaves them to the next run.
        "indexes": db.execute("select name, sql from sqlite_master where type = 'index' order by name").fetchall(),
    }


@pytest.mark.corpus
def _children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as f:
        return [int(x) for x in f.read().split()]


def _state(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


def kill_after_first_commit(db, *paths) -> list[int]:
    """Run ``quotearchive ingest DB PATHS`` until it has committed an article, then
    kill -9 it; returns the pids of its parser processes."""
    # Small batches: several commits before the end, however fast ingest gets.
    command = [sys.executable, "-m", "quotearchive.cli", "ingest", str(db), *map(str, paths), "-s", "--batch-size", "50"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
                if conn.execute("select count(*) from articles").fetchone()[0] > 0:
                    break
        except sqlite3.Error:
            pass
    if proc.poll() is not None:
        pytest.fail("ingest finished before it could be killed; make the input larger")
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return workers


def test_kill_9_mid_ingest_then_rerun_matches_clean_ingest(tmp_path, shared):
    corpus = shared / "corpora" / "bbc"
    killed = tmp_path / "killed.db"
    workers = kill_after_first_commit(killed, corpus)
    # The parser processes notice their parent is gone and exit: no orphans.
    deadline = time.monotonic() + 10
    while any(os.path.exists(f"/proc/{pid}") and _state(pid) != "Z" for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert workers and not [pid for pid in workers if os.path.exists(f"/proc/{pid}") and _state(pid) != "Z"]
    consistent(killed)
    partial = sqlite_utils.Database(killed).table("articles").count
    assert 0 < partial
    ingest.ingest(killed, [corpus])
    consistent(killed)
    clean = tmp_path / "clean.db"
    ingest.ingest(clean, [corpus])
    assert snapshot(clean) == snapshot(killed)


def test_folder_of_100000_files(tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    for i in range(100_000):
        (folder / f"{i:06d}.jpg").touch()  # what a crawler saves beside the pages
    (folder / "story.txt").write_text(GOOD, "utf-8")
    summary = ingest.ingest(tmp_path / "q.db", [folder])
    assert (1, 1, 0) == (summary.files, summary.added, summary.rejected)


def test_bad_record_in_multi_article_file_costs_only_that_record(tmp_path):
    import json

    crawl = tmp_path / "crawl.jsonl"
    good = {"url": "https://example.org/a", "title": "Minister speaks", "text": 'The minister said: "We are ready to act now," in London.'}
    empty_page = {"url": "https://example.org/b", "html": "<html><body><nav>Home</nav></body></html>"}
    crawl.write_text(json.dumps(empty_page) + "\n" + json.dumps(good) + "\n", "utf-8")
    result = run_ingest(tmp_path / "q.db", crawl)
    assert 1 == result.exit_code
    (line,) = error_lines(result)
    assert line.startswith(f"error: {crawl}#https://example.org/b: ")  # a record is named by its URL
    assert "1 articles added" in result.stderr and "1 rejected" in result.stderr
    assert ["Minister speaks"] == [r[0] for r in sqlite_utils.Database(tmp_path / "q.db").execute("select title from articles")]


def _as_unprivileged_user():
    """argv prefix running a command as an ordinary user: root reads every file anyway."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: an unreadable file cannot be made")
    prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    # A clone under a private (0700) folder, or a virtualenv only root can read:
    # the ordinary user cannot even start Python with the package, so the test
    # cannot say anything about unreadable input files.
    probe = subprocess.run([*prefix, sys.executable, "-c", "import quotearchive.cli"], capture_output=True, text=True, cwd="/")
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["(no output)"])[-1]
        pytest.skip(f"the unprivileged user (uid 65534) cannot import quotearchive here: {last}")
    return prefix


def test_unreadable_file_and_folder_are_one_line_each():
    prefix = _as_unprivileged_user()
    base = Path(tempfile.mkdtemp(prefix="qa-unreadable-"))
    try:
        base.chmod(0o777)
        folder = base / "in"
        (folder / "closed").mkdir(parents=True)
        (folder / "good.txt").write_text(GOOD, "utf-8")
        locked = folder / "locked.txt"
        locked.write_text(GOOD.replace("Putin", "Medvedev"), "utf-8")
        for path in (base, folder, folder / "good.txt"):
            path.chmod(0o777)
        locked.chmod(0)
        (folder / "closed").chmod(0)
        command = [*prefix, sys.executable, "-m", "quotearchive.cli", "ingest", str(base / "q.db"), str(folder), "-s"]
        result = subprocess.run(command, capture_output=True, text=True, cwd=base, env={**os.environ, "HOME": str(base)})
        errors = sorted(line for line in result.stderr.splitlines() if line.startswith("error:"))
        assert [
            "error: in/closed: folder cannot be read (permission denied)",
            "error: in/locked.txt: permission denied",
        ] == errors
        assert 1 == result.returncode and "1 articles added" in result.stderr
    finally:
        (folder / "closed").chmod(0o755)
        shutil.rmtree(base)

