"""What ``serve`` does with a WAL an ingest left behind, and with an ingest still running.

An immutable site reads the main file alone: writes a killed ingest committed to the
WAL (on a new archive, its whole schema) were invisible to it, and a new archive
killed in its first second could not be served at all."""

from __future__ import annotations

import json
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from quotearchive.archive import shape
from quotearchive.archive.lock import ingest_lock, ingest_running
from quotearchive.site import ServeError, check_database, settle_wal

# A new archive's load killed after two committed batches, before any checkpoint: the
# schema and both articles are in the WAL only.
KILLED_LOAD = """
import os, signal, sys
from quotearchive.archive import store
from quotearchive.extract import pipeline
from quotearchive.model import Document
db = store.open_db(sys.argv[1])
db.execute("pragma wal_autocheckpoint = 0")
store.ensure_db_shape(db)
texts = ['Talks go on\\n\\n"We will meet again," Ann Lee said.', 'Port reopens\\n\\n"Ships are back," Bo Rahn said.']
with store.new_archive_load(db):
    for k, text in enumerate(texts):
        with store.batch(db.conn) as current:
            store.save_article(db.conn, pipeline.parse_document(Document(source=f"{k}.txt", text=text)), batch=current)
    os.kill(os.getpid(), signal.SIGKILL)
"""


def _killed_load(db_path: Path) -> None:
    killed = subprocess.run([sys.executable, "-c", KILLED_LOAD, str(db_path)], capture_output=True, text=True)
    assert -signal.SIGKILL == killed.returncode, killed.stderr


def _immutable_count(db_path: Path, table: str) -> int:
    conn = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True)
    try:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        conn.close()


def test_a_killed_new_archive_is_folded_and_then_servable(tmp_path):
    db_path = tmp_path / "q.db"
    _killed_load(db_path)
    assert shape.leftover_wal(db_path) is not None
    with pytest.raises(ServeError, match="no such table: quotes"):  # what plain serve said before
        check_database(db_path)
    warnings: list[str] = []
    assert settle_wal(db_path, on_warning=warnings.append) is False
    assert warnings == []
    assert shape.leftover_wal(db_path) is None
    check_database(db_path)
    assert 2 == _immutable_count(db_path, "articles")
    assert 2 == _immutable_count(db_path, "quotes")


def test_no_wal_is_nothing_to_do(seeds_db):
    before = seeds_db.stat().st_mtime_ns
    assert settle_wal(seeds_db) is False
    assert before == seeds_db.stat().st_mtime_ns


def test_a_running_ingest_is_refused_immutable_and_followed_live(tmp_path, seeds_db):
    db_path = tmp_path / "q.db"
    db_path.write_bytes(seeds_db.read_bytes())
    assert ingest_running(db_path) is False
    with ingest_lock(db_path, timeout=1):
        assert ingest_running(db_path) is True
        with pytest.raises(ServeError, match="an ingest is writing it now; serve --live"):
            settle_wal(db_path)
        assert settle_wal(db_path, immutable=False) is True
    assert ingest_running(db_path) is False


def test_a_wal_a_reader_keeps_is_a_warning_not_a_crash(tmp_path):
    """A reader on an older snapshot (another site, ``--live``) keeps the newer writes in the
    WAL: the site starts without them and says so."""
    db_path = tmp_path / "q.db"
    writer = sqlite3.connect(db_path)
    writer.execute("pragma journal_mode = wal")
    writer.execute("pragma wal_autocheckpoint = 0")
    writer.execute("create table quotes(id integer primary key)")
    writer.commit()
    reader = sqlite3.connect(db_path, isolation_level=None)
    reader.execute("begin")
    assert 0 == reader.execute("select count(*) from quotes").fetchone()[0]  # its snapshot, held
    writer.execute("insert into quotes values (1)")
    writer.commit()
    try:
        warnings: list[str] = []
        assert settle_wal(db_path, on_warning=warnings.append) is False
        assert len(warnings) == 1 and "could not be moved now" in warnings[0] and "q.db-wal" in warnings[0], warnings
    finally:
        reader.close()
        writer.close()


def _get_when_up(url: str, within_s: float = 20.0) -> bytes:
    """"Serving ..." is printed just before the server binds its port."""
    deadline = time.monotonic() + within_s
    while True:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                return response.read()
        except urllib.error.URLError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db_path: Path, *options: str) -> tuple[subprocess.Popen, list[str]]:
    """``quotearchive serve`` started, and the lines it printed up to "Serving ..." or an error."""
    server = subprocess.Popen([sys.executable, "-c", "from quotearchive.cli import cli; cli()", "serve", str(db_path), *options],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    try:
        for line in server.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith(("Serving ", "Error")):
                break
    except BaseException:
        server.kill()
        raise
    return server, lines


def test_serve_shows_what_a_killed_ingest_committed(tmp_path):
    """The command end to end: before, ``Error: ... no such table: quotes``."""
    db_path = tmp_path / "q.db"
    _killed_load(db_path)
    port = _free_port()
    server, lines = _serve(db_path, "--port", str(port))
    try:
        assert lines and lines[-1].startswith("Serving "), lines
        # The load was killed before its facet indexes were built: named, as for an older archive.
        assert any(line.startswith("Warning:") and "Running quotearchive ingest on it once adds them" in line for line in lines)
        assert 2 == len(json.loads(_get_when_up(f"http://127.0.0.1:{port}/quotes/quotes.json?_shape=array&_col=text")))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=15)


def test_serve_live_does_not_name_the_indexes_a_running_load_builds_at_its_end(tmp_path, seeds_db):
    db_path = tmp_path / "q.db"
    db_path.write_bytes(seeds_db.read_bytes())
    conn = sqlite3.connect(db_path)
    conn.execute("drop index idx_quotes_speaker_type")  # as a new archive's load holds it back
    conn.commit()
    conn.close()

    def first_lines() -> list[str]:
        server, lines = _serve(db_path, "--live", "--port", str(_free_port()))
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=15)
        return lines

    with ingest_lock(db_path, timeout=1):
        loading = first_lines()
    assert loading[-1].startswith("Serving ") and not [line for line in loading if line.startswith("Warning")], loading
    idle = first_lines()  # no ingest: an index missing for good is named
    assert any("idx_quotes_speaker_type" in line for line in idle if line.startswith("Warning")), idle
