"""A big web archive is read in parts of whole records, spread over the workers,
and gives the archive that reading it whole gives."""

import dataclasses
import gzip
import hashlib
import random
import sqlite3
import time

import pytest

from quotearchive import ingest
from quotearchive import readers as read
from quotearchive.ingest import tasks
from quotearchive.model import RejectedInput
from quotearchive.readers import warc

from .test_warc import PAGE, http_response, warc_gz, warc_record

TOWNS = ["Ashby", "Brill", "Corfe", "Dunster", "Eyam", "Frome", "Goring", "Hawes", "Ilam", "Jarrow", "Kirkby", "Ledbury"]


def page(k: int) -> bytes:
    town = TOWNS[k % len(TOWNS)]
    return PAGE.replace("Harbour plan approved", f"{town} harbour plan approved, vote {k}").replace(
        "This is the best day the town has had in twenty years", f"This is the best day {town} has had in {k + 3} years",
    ).encode()


def crawl(pages: int, first: int = 0, twice: int | None = None) -> list[bytes]:
    """A crawl of ``pages`` news pages, each after its request and an image; with
    ``twice``, that page is archived again at the end (a re-crawl)."""
    records = []
    for k in range(first, first + pages):
        url = f"https://gazette.example/news/{k}"
        records.append(warc_record("request", url, f"GET /news/{k} HTTP/1.1\r\n\r\n".encode(), 3 * k + 1, "application/http; msgtype=request"))
        records.append(warc_record("response", url, http_response(page(k)), 3 * k + 2))
        records.append(warc_record("response", url + ".png", http_response(b"\x89PNG" + bytes(900), headers="Content-Type: image/png"), 3 * k + 3))
    if twice is not None:
        records.append(warc_record("response", f"https://gazette.example/news/{twice}", http_response(page(twice)), 99_999))
    return records


def layout(records: list[bytes], name: str) -> bytes:
    return warc_gz(records) if name.endswith(".gz") else b"".join(records)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_parts_are_whole_records_that_cover_the_file_and_hash_it(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(layout(crawl(12), name))
    cut = warc.record_parts(path, 3000)
    assert (path.stat().st_size, hashlib.sha256(path.read_bytes()).hexdigest(), 0) == (cut.size, cut.sha256, cut.appended_from)
    assert len(cut.parts) >= 4
    assert 0 == cut.parts[0][0] and cut.size == cut.parts[-1][1]
    assert all(a[1] == b[0] for a, b in zip(cut.parts, cut.parts[1:]))  # no gap, no overlap
    # Each part starts at a record: read alone, the parts give the file's pages, in order.
    from_parts = [d for start, end, first, named in cut.parts for d in warc._read_records_part(path, (start, end), first, named, 1, [])]
    whole = list(read.read_documents(path))
    assert 12 == len(whole)
    assert [(d.source, d.html) for d in whole] == [(d.source, d.html) for d in from_parts]


def test_a_page_archived_again_in_a_later_part_keeps_the_name_it_has_when_read_whole(tmp_path):
    path = tmp_path / "recrawl.warc.gz"
    path.write_bytes(warc_gz(crawl(8, twice=2)))
    cut = warc.record_parts(path, 3000)
    assert ("https://gazette.example/news/2",) == cut.parts[-1][3]
    from_parts = [d.source for start, end, first, named in cut.parts for d in warc._read_records_part(path, (start, end), first, named, 1, [])]
    assert f"{path}#urn:uuid:00000000-0000-0000-0000-000000099999" == from_parts[-1]
    assert [d.source for d in read.read_documents(path)] == from_parts


@pytest.mark.parametrize(("why", "data"), [
    ("gzip run on the whole .warc: one stream, no record boundary to cut at", gzip.compress(b"".join(crawl(6)))),
    ("the crawl was cut off in its last record", warc_gz(crawl(6))[:-200]),
    ("not a web archive", b"This is a plain letter, named as if it were a crawl.\n" * 400),
])
def test_a_file_that_cannot_be_cut_is_read_whole(tmp_path, why, data):
    path = tmp_path / "odd.warc.gz"
    path.write_bytes(data)
    assert warc.record_parts(path, 3000) is None, why


def stored(db) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return [
            conn.execute("select source, title, published, url from articles order by source").fetchall(),
            conn.execute("select a.source, q.kind, q.text from quotes q join articles a on a.id = q.article_id order by 1, 3").fetchall(),
            conn.execute("select path, size, sha256, articles from files").fetchall(),
        ]
    finally:
        conn.close()


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_ingest_in_parts_stores_what_reading_the_crawl_whole_stores(tmp_path, monkeypatch, workers, name):
    path = tmp_path / name
    path.write_bytes(layout(crawl(40, twice=3), name))
    whole_db, parts_db = tmp_path / "whole.db", tmp_path / "parts.db"
    monkeypatch.setattr(tasks, "PART_BYTES", 1 << 30)
    ingest.ingest(whole_db, [path], workers=1)
    monkeypatch.setattr(tasks, "PART_BYTES", 4000)
    parts = len(warc.record_parts(path, 4000).parts)
    assert parts > 10
    read_parts = tmp_path / "parts read"
    read_parts.mkdir()
    real_read = warc._read_records_part

    def noted(path_, byte_range, *rest):  # (workers are other processes: noted on disk)
        (read_parts / str(byte_range[0])).touch()
        return real_read(path_, byte_range, *rest)

    monkeypatch.setitem(read.PARTED, name[name.index("."):], dataclasses.replace(warc.IN_RECORDS, read=noted))
    summary = ingest.ingest(parts_db, [path], workers=workers)
    assert (1, 40, 0) == (summary.files, summary.added, summary.rejected)  # the page archived again is a copy
    assert parts == len(list(read_parts.iterdir()))
    assert stored(whole_db) == stored(parts_db)


def test_a_crawl_with_records_appended_reads_only_the_new_ones(tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "PART_BYTES", 4000)
    path, db = tmp_path / "growing.warc.gz", tmp_path / "q.db"
    path.write_bytes(warc_gz(crawl(10)))
    assert 10 == ingest.ingest(db, [path], workers=1).added
    with open(path, "ab") as file:  # the crawler goes on
        file.write(warc_gz(crawl(5, first=10)))
    parsed: list[str] = []
    real_read = warc._read_records_part

    def counting(path_, byte_range, *rest):
        documents = list(real_read(path_, byte_range, *rest))
        parsed.extend(d.source.rpartition("/")[2] for d in documents)
        return iter(documents)

    monkeypatch.setitem(read.PARTED, ".warc.gz", dataclasses.replace(warc.IN_RECORDS, read=counting))
    summary = ingest.ingest(db, [path], workers=1)
    assert (5, 10) == (summary.added, summary.unchanged)
    assert ["10", "11", "12", "13", "14"] == parsed
    conn = sqlite3.connect(db)
    assert [(15, path.stat().st_size)] == conn.execute("select articles, size from files").fetchall()
    assert 15 == conn.execute("select count(*) from articles").fetchone()[0]


def test_a_part_that_cannot_be_read_is_one_reason_and_the_other_parts_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "PART_BYTES", 4000)
    path, db = tmp_path / "crawl.warc.gz", tmp_path / "q.db"
    path.write_bytes(warc_gz(crawl(20)))
    third = warc.record_parts(path, 4000).parts[2]
    real_read = warc._read_records_part

    def changed_since_cut(path_, byte_range, *rest):
        if byte_range[0] == third[0]:
            return real_read(path_, (byte_range[0] + 7, byte_range[1]), *rest)  # no longer a record's start
        return real_read(path_, byte_range, *rest)

    monkeypatch.setitem(read.PARTED, ".warc.gz", dataclasses.replace(warc.IN_RECORDS, read=changed_since_cut))
    errors: list[tuple[str, str]] = []
    summary = ingest.ingest(db, [path], workers=1, on_error=lambda source, reason: errors.append((source, reason)))
    assert 1 == len(errors)
    source, reason = errors[0]
    assert f"{path}#{third[2]}" == source
    assert reason.startswith(f"WARC record at byte {third[0] + 7:,} cannot be read") and reason.endswith("(the part from this record)")
    assert 20 - summary.added == sum(1 for start, end, *_ in [third] for d in warc._read_records_part(path, (start, end), third[2], (), 1, []))


def test_a_big_crawl_is_not_limited_by_max_bytes_nor_held_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "PART_BYTES", 4000)
    path = tmp_path / "crawl.warc.gz"
    video = warc_record("response", "https://gazette.example/film.mp4", http_response(random.Random(7).randbytes(200_000), headers="Content-Type: video/mp4"), 77)
    path.write_bytes(warc_gz(crawl(6) + [video] + crawl(6, first=6)))
    cut = warc.record_parts(path, 4000)
    assert any(end - start > 10_000 for start, end, *_ in cut.parts)  # the video's record is a part of its own
    summary = ingest.ingest(tmp_path / "q.db", [path], workers=1, max_bytes=5000)
    assert (12, 0) == (summary.added, summary.rejected)


def test_a_page_crawled_again_after_the_last_run_keeps_the_name_reading_the_whole_file_gives(tmp_path, monkeypatch):
    # Records appended to a crawl are read alone, but a page archived again in
    # them must still know the address was named before it.
    monkeypatch.setattr(tasks, "PART_BYTES", 4000)
    path, db = tmp_path / "growing.warc.gz", tmp_path / "q.db"
    path.write_bytes(warc_gz(crawl(10)))
    ingest.ingest(db, [path], workers=1)
    edited = warc_record("response", "https://gazette.example/news/2", http_response(page(2).replace(b"vote 2", b"vote 2, updated")), 88_888)
    with open(path, "ab") as file:
        file.write(warc_gz([edited] + crawl(3, first=10)))
    summary = ingest.ingest(db, [path], workers=1)
    assert (4, 10) == (summary.added, summary.unchanged)
    monkeypatch.setattr(tasks, "PART_BYTES", 1 << 30)
    ingest.ingest(tmp_path / "whole.db", [path], workers=1)
    assert stored(tmp_path / "whole.db") == stored(db)
    assert 14 == len(stored(db)[0])


def test_pages_archived_twice_without_a_record_id_are_named_by_their_text_alike_in_parts(tmp_path, monkeypatch):
    def without_id(record: bytes) -> bytes:
        head, _, block = record.partition(b"\r\n\r\n")
        kept = b"\r\n".join(line for line in head.split(b"\r\n") if not line.startswith(b"WARC-Record-ID"))
        return kept + b"\r\n\r\n" + block

    again = [without_id(warc_record("response", f"https://gazette.example/news/{k}",
                                    http_response(page(k).replace(b"approved", b"approved again")), 0)) for k in (1, 5)]
    records = crawl(6) + [again[0]] + crawl(6, first=6) + [again[1]]
    path = tmp_path / "noid.warc.gz"
    path.write_bytes(warc_gz(records))
    whole = [d.source for d in read.read_documents(path)]
    assert 2 == sum("#sha256=" in source for source in whole) and len(set(whole)) == 14
    cut = warc.record_parts(path, 3000)
    from_parts = [d.source for start, end, first, named in cut.parts for d in warc._read_records_part(path, (start, end), first, named, 1, [])]
    assert whole == from_parts


def test_a_page_served_without_a_type_names_its_address_alike_whole_and_in_parts(tmp_path):
    untyped_text = warc_record("response", "https://gazette.example/news/3", http_response(b"hello", headers="X-Served-By: cache"), 1)
    untyped_page = warc_record("response", "https://gazette.example/news/4", http_response(page(4), headers="X-Served-By: cache"), 2)
    records = [untyped_text, untyped_page] + crawl(8)
    path = tmp_path / "untyped.warc"
    path.write_bytes(b"".join(records))
    whole = [d.source for d in read.read_documents(path)]
    cut = warc.record_parts(path, 3000)
    assert whole == [d.source for start, end, first, named in cut.parts for d in warc._read_records_part(path, (start, end), first, named, 1, [])]
    assert f"{path}#https://gazette.example/news/3" in whole  # the text was no page: the address stays free for the page
    assert f"{path}#urn:uuid:00000000-0000-0000-0000-000000000014" in whole  # news/4 archived twice: its second copy by id


def test_a_crawl_written_on_while_it_is_cut_is_cut_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "live.warc.gz"
    path.write_bytes(warc_gz(crawl(10)))
    size = path.stat().st_size
    real_getsize = warc.os.path.getsize

    def then_written_on(name):
        answer = real_getsize(name)
        with open(path, "ab") as file:  # the crawler writes on between the size and the read
            file.write(warc_gz(crawl(4, first=10)))
        return answer

    monkeypatch.setattr(warc.os.path, "getsize", then_written_on)
    cut = warc.record_parts(path, 3000)
    assert (size, hashlib.sha256(path.read_bytes()[:size]).hexdigest(), size) == (cut.size, cut.sha256, cut.parts[-1][1])
    assert all(start < end for start, end, *_ in cut.parts)


def test_a_crawl_whose_pages_cannot_be_read_says_why_alike_whole_and_in_parts(tmp_path, monkeypatch):
    empty = [warc_record("response", f"https://gazette.example/news/{k}", http_response(b"  "), k) for k in range(40)]
    path = tmp_path / "empty.warc.gz"
    path.write_bytes(warc_gz(empty))
    with pytest.raises(RejectedInput) as whole:
        list(read.read_documents(path))
    monkeypatch.setattr(tasks, "PART_BYTES", 2000)
    errors: list[tuple[str, str]] = []
    ingest.ingest(tmp_path / "q.db", [path], workers=1, on_error=lambda s, r: errors.append((s, r)))
    assert [(str(path), str(whole.value))] == errors
    assert "no readable HTML page in the WARC file (empty page)" == str(whole.value)


def test_junk_named_as_a_web_archive_is_turned_away_on_its_first_bytes(tmp_path):
    path = tmp_path / "junk.warc"
    path.write_bytes(b"x" * 4_000_000)  # one long line: warcio would take its time over it
    started = time.perf_counter()
    with pytest.raises(RejectedInput, match=r"^not a WARC file \(no WARC/1\.x record header\)$"):
        list(read.read_documents(path))
    assert warc.record_parts(path, 3000) is None
    assert time.perf_counter() - started < 1
