"""A big JSON Lines file is read in parts, spread over workers: the database
ends up exactly as if the file had been read whole."""

import json
import sqlite3

import pytest

from quotearchive import ingest
from quotearchive import readers as read
from quotearchive.readers import jsonl
from quotearchive.ingest import parsing, tasks, workers


def record(i: int, words: str = "") -> str:
    text = (
        f"Minister {i} spoke on Monday.\n\n"
        f'"We will build {i} new schools this year{words}," said Jane Doe{i}, the education minister.'
    )
    return json.dumps({"title": f"Story {i}", "text": text, "url": f"https://news.example/{i}"}, ensure_ascii=False)


def write_dump(path, records: list[str]) -> None:
    path.write_text("\n".join(records) + "\n", "utf-8")


def sample_lines(n: int = 40) -> list[str]:
    lines = [record(i) for i in range(n)]
    lines[5] = "not json at all"
    lines[9] = ""  # a blank line keeps the numbering
    # A raw U+2028 inside a JSON string is not a line end.
    lines[12] = record(12, " \u2028 and more")
    lines[20] = json.dumps({"title": "no text here"})
    return lines


def snapshot(db) -> dict:
    conn = sqlite3.connect(db)
    try:
        return {
            "articles": sorted(conn.execute("select id, source, title, url, body from articles")),
            "quotes": sorted(conn.execute("select id, article_id, text, speaker_id from quotes")),
            "speakers": sorted(conn.execute("select id, name, quote_count from speakers")),
            "files": [r[1:] for r in conn.execute("select path, size, sha256, articles from files")],
        }
    finally:
        conn.close()


@pytest.fixture
def small_parts(monkeypatch):
    monkeypatch.setattr(tasks, "PART_BYTES", 700)


def ingested_dump(tmp_path):
    """The sample dump, written and ingested once: (the dump, its lines, the database)."""
    dump, db = tmp_path / "crawl.jsonl", tmp_path / "parts.db"
    lines = sample_lines()
    write_dump(dump, lines)
    ingest.ingest(db, [dump], workers=1)
    return dump, lines, db


def ingest_whole(tmp_path, dump, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(tasks, "PART_BYTES", 1 << 30)
        whole_db = tmp_path / "whole.db"
        ingest.ingest(whole_db, [dump], workers=1)
    return snapshot(whole_db)


@pytest.mark.parametrize("workers", [1, 2])
def test_parts_give_the_database_reading_the_file_whole_gives(tmp_path, small_parts, monkeypatch, workers):
    dump = tmp_path / "crawl.jsonl"
    write_dump(dump, sample_lines(100))
    if workers > 1:
        monkeypatch.setattr(tasks, "PART_BYTES", 150)  # a line a part: past the in-process threshold
    parts = read.line_parts(dump, tasks.PART_BYTES).parts
    assert len(parts) > (64 if workers > 1 else 5)
    summary = ingest.ingest(tmp_path / "parts.db", [dump], workers=workers)
    assert 1 == summary.files and summary.added > 90
    assert ingest_whole(tmp_path, dump, monkeypatch) == snapshot(tmp_path / "parts.db")
    again = ingest.ingest(tmp_path / "parts.db", [dump], workers=workers)
    assert (0, 1) == (again.added, again.skipped_files)


def test_an_edited_dump_updates_and_reports_what_is_gone_as_a_whole_read_would(tmp_path, small_parts, monkeypatch):
    dump, lines, db = ingested_dump(tmp_path)
    before = snapshot(db)
    edited = lines[:30]  # the last ten records are gone...
    edited[3] = record(3, " and two hospitals")  # ...one is changed
    edited[7] = "{broken"  # ...and one is now unusable
    write_dump(dump, edited)
    heard = []
    summary = ingest.ingest(db, [dump], workers=1, on_error=lambda source, reason: heard.append(source))
    assert summary.updated == 1
    after = snapshot(db)
    # Nothing stored is deleted: each record no longer readable is reported, its article kept.
    assert len(before["articles"]) == len(after["articles"])
    stored = f"{dump.parent.name}/{dump.name}"  # a file given on its own: stored under its folder's name
    gone = [f"{stored}#https://news.example/{i}" for i in [7, *range(30, 40)]]
    assert set(gone) <= set(heard) and f"{dump}#8" in heard
    with monkeypatch.context() as m:  # the same file read whole says the same
        m.setattr(tasks, "PART_BYTES", 1 << 30)
        whole = []
        dump.write_text(dump.read_text("utf-8") + "\n", "utf-8")
        ingest.ingest(db, [dump], workers=1, on_error=lambda source, reason: whole.append(source))
    assert sorted(heard) == sorted(whole)


def test_a_touched_dump_with_the_same_bytes_is_not_parsed(tmp_path, small_parts, monkeypatch):
    dump, _, db = ingested_dump(tmp_path)
    before = snapshot(db)
    dump.touch()

    def fail(doc):
        raise AssertionError("parsed an unchanged file")

    monkeypatch.setattr(parsing, "describe_document", fail)
    summary = ingest.ingest(db, [dump], workers=1)
    assert (0, 0, 0) == (summary.added, summary.updated, summary.rejected)
    assert before["articles"] == snapshot(db)["articles"]
    # Recorded with its size and new mtime: the next run skips it without reading it.
    assert before["files"] == snapshot(db)["files"]
    monkeypatch.setattr(jsonl, "line_parts", fail)  # where the dump is cut
    assert 1 == ingest.ingest(db, [dump], workers=1).skipped_files


def test_a_lost_part_keeps_the_rest_and_the_next_run_completes(tmp_path, small_parts, monkeypatch):
    dump = tmp_path / "crawl.jsonl"
    write_dump(dump, sample_lines())
    db = tmp_path / "parts.db"
    third = read.line_parts(dump, tasks.PART_BYTES).parts[2]
    real_read_range = read.read_range

    def flaky(path, start, end):
        if start == third[0]:
            raise PermissionError(13, "Permission denied")
        return real_read_range(path, start, end)

    monkeypatch.setattr(jsonl, "read_range", flaky)  # where a part is read
    heard = []
    summary = ingest.ingest(db, [dump], workers=1, on_error=lambda source, reason: "#" in source or heard.append(reason))
    assert [f"Permission denied (part 3 of {len(read.line_parts(dump, tasks.PART_BYTES).parts)})"] == heard
    assert summary.added > 20  # the other parts' articles are stored...
    assert [] == snapshot(db)["files"]  # ...but the file is not recorded as done
    monkeypatch.setattr(jsonl, "read_range", real_read_range)
    ingest.ingest(db, [dump], workers=1)
    assert ingest_whole(tmp_path, dump, monkeypatch) == snapshot(db)


def test_the_size_limit_applies_to_each_line_of_a_dump(tmp_path):
    dump = tmp_path / "crawl.jsonl"
    lines = sample_lines()
    lines[30] = record(30, " and " + "very " * 400)  # one line over the limit
    write_dump(dump, lines)
    heard = []
    db = tmp_path / "q.db"
    summary = ingest.ingest(db, [dump], workers=1, max_bytes=1500, on_error=lambda s, r: heard.append((s, r)))
    assert summary.added > 30  # the file is far over 1,500 bytes, its lines are not
    ((source, reason),) = [(s, r) for s, r in heard if "too large" in r]
    assert f"{dump}#31" == source and reason.startswith("line too large (")
    assert "the limit is --max-bytes 1,500" in reason
    # A bad line, like a bad record in a file read whole: the file is done, not read again.
    assert 1 == len(snapshot(db)["files"])
    assert 1 == ingest.ingest(db, [dump], workers=1, max_bytes=1500).skipped_files


def test_a_dump_with_no_usable_line_is_rejected_as_a_whole_one_is(tmp_path, small_parts):
    dump = tmp_path / "crawl.jsonl"
    write_dump(dump, ["not json"] * 3 + ['{"title": "no text"}'] * 100)
    heard = []
    summary = ingest.ingest(tmp_path / "q.db", [dump], workers=1, on_error=lambda s, r: heard.append((s, r)))
    assert (0, 1) == (summary.added, summary.rejected)
    assert [(str(dump), "no usable JSON Lines record (first bad line 1)")] == heard


def test_kill_9_in_the_middle_of_a_dump_then_rerun_matches_a_clean_ingest(tmp_path):
    from .test_robustness import consistent, kill_after_first_commit

    dump = tmp_path / "crawl.jsonl"
    write_dump(dump, [record(i, f" in district {i % 97}") for i in range(20_000)])  # ~6 MB: ~25 parts
    killed = tmp_path / "killed.db"
    kill_after_first_commit(killed, dump)
    consistent(killed)
    partial = snapshot(killed)
    assert partial["articles"] and not partial["files"]  # some parts written, the file not yet done
    ingest.ingest(killed, [dump])
    consistent(killed)
    ingest.ingest(tmp_path / "clean.db", [dump])
    assert snapshot(tmp_path / "clean.db") == snapshot(killed)


def test_a_utf16_dump_is_read_whole_not_cut_through_its_characters(tmp_path, small_parts):
    dump = tmp_path / "crawl.jsonl"
    dump.write_bytes("\n".join(sample_lines()).encode("utf-16"))
    summary = ingest.ingest(tmp_path / "q.db", [dump], workers=1)
    assert summary.added > 30 and 2 == summary.rejected  # lines 6 and 21 (sample_lines)


def test_lines_added_to_a_dump_cost_only_themselves(tmp_path, small_parts, monkeypatch):
    dump, _, db = ingested_dump(tmp_path)
    with dump.open("a", encoding="utf-8") as f:  # a crawler appends its new articles
        f.write("\n".join(record(i) for i in range(100, 105)) + "\n")
    parsed = []
    real_parse = parsing.describe_document
    monkeypatch.setattr(parsing, "describe_document", lambda doc: parsed.append(doc.source) or real_parse(doc))
    summary = ingest.ingest(db, [dump], workers=1)
    assert [f"{dump}#https://news.example/{n}" for n in range(100, 105)] == parsed
    assert 5 == summary.added
    assert ingest_whole(tmp_path, dump, monkeypatch) == snapshot(db)
    # An edit inside the old lines is no append: the whole file is read again.
    dump.write_text(dump.read_text("utf-8").replace('"Story 2"', '"Story two"'), "utf-8")
    parsed.clear()
    summary = ingest.ingest(db, [dump], workers=1)
    assert 1 == summary.updated and len(parsed) > 40
    assert ingest_whole(tmp_path, dump, monkeypatch) == snapshot(db)


def test_the_progress_bar_counts_bytes_so_a_dump_moves_it_part_by_part(tmp_path, small_parts):
    import contextlib
    import shutil

    from .conftest import SEEDS

    bars = []

    @contextlib.contextmanager
    def progressbar(length):
        bar = type("Bar", (), {"length": length, "steps": []})()
        bar.update = bar.steps.append
        bars.append(bar)
        yield bar

    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    write_dump(folder / "crawl.jsonl", sample_lines())
    db = tmp_path / "q.db"
    ingest.ingest(db, [folder], workers=1, progress=progressbar)
    with (folder / "crawl.jsonl").open("a", encoding="utf-8") as f:
        f.write(record(200) + "\n")
    ingest.ingest(db, [folder], workers=1, progress=progressbar)  # seeds skipped, the dump's end appended
    first, second = bars
    parts = len(read.line_parts(folder / "crawl.jsonl", tasks.PART_BYTES).parts)
    assert first.length == sum(first.steps) and len(first.steps) >= 5 + parts - 1
    assert second.length == sum(second.steps)


def test_a_parser_that_dies_on_a_part_costs_that_part_and_the_next_run_mends_it(tmp_path, monkeypatch):
    import os

    monkeypatch.setattr(tasks, "PART_BYTES", 150)  # a line a part: more parts than run in-process
    dump = tmp_path / "crawl.jsonl"
    write_dump(dump, sample_lines(100))
    real = workers._parse_chunk

    def parse(chunk, max_bytes, seen):
        if any(task.part is not None and task.part[0] == 50 for task in chunk):
            os._exit(9)  # the OOM killer, say
        return real(chunk, max_bytes, seen)

    monkeypatch.setattr(workers, "_parse_chunk", parse)  # inherited by the forked workers
    heard = []
    db = tmp_path / "parts.db"
    summary = ingest.ingest(db, [dump], workers=2, on_error=lambda source, reason: heard.append((source, reason)))
    assert [(str(dump), workers.WORKER_DIED)] == [(s, r) for s, r in heard if "#" not in s]
    assert summary.added > 80 and [] == snapshot(db)["files"]
    monkeypatch.setattr(workers, "_parse_chunk", real)
    ingest.ingest(db, [dump], workers=2)
    assert ingest_whole(tmp_path, dump, monkeypatch) == snapshot(db)
