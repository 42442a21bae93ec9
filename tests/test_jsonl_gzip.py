"""Crawler dumps gzipped (.jsonl.gz): read as JSON Lines are, line by line as they inflate."""

import gzip
import json
import sqlite3

import pytest

from quotearchive import ingest
from quotearchive import readers as read
from quotearchive.model import RejectedInput
from quotearchive.readers import jsonl

ARTICLE = ('The council approved the harbour plan on Monday. "This is the best day the town has had in twenty years," '
           "said the mayor, Tom Ruiz. Work on the new quay is due to begin in the spring.")


def dump(records: list[object]) -> bytes:
    return "\n".join(json.dumps(r) if not isinstance(r, str) else r for r in records).encode() + b"\n"


def records() -> list[object]:
    return [
        {"id": "a1", "url": "https://gazette.example/harbour", "title": "Harbour plan approved", "text": ARTICLE},
        "not json at all",
        {"id": "a2", "url": "https://gazette.example/quay", "title": "Quay work to start", "text": ARTICLE.replace("Monday", "Tuesday")},
    ]


def test_a_gzipped_dump_reads_as_the_plain_one(tmp_path):
    plain, gzipped = tmp_path / "crawl.jsonl", tmp_path / "crawl.jsonl.gz"
    plain.write_bytes(dump(records()))
    gzipped.write_bytes(gzip.compress(dump(records())))
    strip = lambda docs: [(d.source.split("#")[1], d.text, d.meta, d.rejected) for d in docs]  # noqa: E731
    assert strip(read.read_documents(plain)) == strip(read.read_documents(gzipped))
    assert ["id=a1", "2", "id=a2"] == [d.source.split("#")[1] for d in read.read_documents(gzipped)]


def test_a_line_too_long_is_one_rejected_record_and_is_never_held_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 1000)
    path = tmp_path / "big.ndjson.gz"
    path.write_bytes(gzip.compress(dump([{"text": "x " * 50_000}, records()[0]])))
    documents = list(read.read_documents(path))
    assert [f"{path}#1", f"{path}#id=a1"] == [d.source for d in documents]
    assert ["line too large (over 1,000 bytes)", None] == [d.rejected for d in documents]


def test_a_dump_cut_off_keeps_the_lines_before_the_cut_and_reports_it(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    whole = gzip.compress(dump(records()))
    path.write_bytes(whole[: len(whole) - 12])  # the crawler died before the stream's end
    documents = list(read.read_documents(path))
    assert [None, "not JSON (Expecting value)"] == [d.rejected for d in documents[:2]]
    assert documents[-1].rejected.startswith("the gzip stream cannot be read on (")


@pytest.mark.parametrize(("data", "reason"), [
    (b"{\"text\": \"plain, not gzipped\"}\n", "not a readable gzip file (Not a gzipped file (b'{\"'))"),
    (gzip.compress(b"not json\n"), "no usable JSON Lines record (first bad line 1)"),
])
def test_a_gzipped_dump_with_nothing_usable_is_rejected_with_the_reason(tmp_path, data, reason):
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(data)
    with pytest.raises(RejectedInput) as error:
        list(read.read_documents(path))
    assert reason == str(error.value)


def test_ingest_stores_a_gzipped_dumps_articles_with_their_urls(tmp_path):
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "day1.jsonl.gz").write_bytes(gzip.compress(dump(records())))
    errors: list[tuple[str, str]] = []
    summary = ingest.ingest(tmp_path / "q.db", [folder], on_error=lambda source, reason: errors.append((source, reason)))
    assert 2 == summary.added
    rows = sqlite3.connect(tmp_path / "q.db").execute("select source, url from articles order by source").fetchall()
    assert [("dumps/day1.jsonl.gz#id=a1", "https://gazette.example/harbour"), ("dumps/day1.jsonl.gz#id=a2", "https://gazette.example/quay")] == rows
    assert [(f"{folder / 'day1.jsonl.gz'}#2", "not JSON (Expecting value)")] == errors


def test_a_gzipped_utf16_dump_is_rejected_saying_how_to_read_it(tmp_path):
    path = tmp_path / "wide.jsonl.gz"
    path.write_bytes(gzip.compress(dump(records()).decode().encode("utf-16")))
    with pytest.raises(RejectedInput, match=r"^UTF-16 or UTF-32 text: a gzipped dump is read as UTF-8 lines \(gunzip it"):
        list(read.read_documents(path))
