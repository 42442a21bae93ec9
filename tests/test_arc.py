"""ARC files, the Internet Archive's format before WARC (1996-2009): read as web archives are."""

import gzip
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotearchive import ingest
from quotearchive import readers as read
from quotearchive.model import RejectedInput
from quotearchive.readers import warc

from .test_warc import PAGE, SECOND, assert_pages_or_reasons, damaged, http_response


def arc_record(url: str, block: bytes, date: str = "20040312101500", content_type: str = "text/html") -> bytes:
    return f"{url} 192.0.2.1 {date} {content_type} {len(block)}\n".encode() + block + b"\n"


FILEDESC = arc_record("filedesc://gazette-2004.arc", b"1 0 InternetArchive\nURL IP-address Archive-date Content-type Archive-length\n",
                      content_type="text/plain")


def arc_records(again: bool = False) -> list[bytes]:
    records = [
        FILEDESC,
        arc_record("http://gazette.example/harbour", http_response(PAGE.encode())),
        arc_record("http://gazette.example/logo.png", http_response(b"\x89PNG....", headers="Content-Type: image/png"), content_type="image/png"),
        arc_record("http://gazette.example/gone", http_response(b"<html>Not found</html>", "404 Not Found")),
        arc_record("http://gazette.example/ferry", http_response(SECOND.encode()), date="20040312101800"),
    ]
    if again:  # the crawler came back a day later
        records.append(arc_record("http://gazette.example/harbour", http_response(PAGE.encode()), date="20040313090000"))
    return records


@pytest.mark.parametrize("name", ["gazette.arc", "gazette.arc.gz", "GAZETTE.ARC.GZ"])
def test_each_html_page_answered_with_200_is_one_document_named_by_its_url(tmp_path, name):
    path = tmp_path / name
    records = arc_records(again=True)
    path.write_bytes(b"".join(gzip.compress(r) for r in records) if name.lower().endswith(".gz") else b"".join(records))
    documents = list(read.read_documents(path))
    assert [
        f"{path}#http://gazette.example/harbour",
        f"{path}#http://gazette.example/ferry",
        f"{path}#http://gazette.example/harbour@2004-03-13T09:00:00Z",  # ARC records have no id: its crawl time names the copy
    ] == [d.source for d in documents]
    assert [PAGE.encode(), SECOND.encode(), PAGE.encode()] == [d.html for d in documents]
    assert [{"url": "http://gazette.example/harbour"}] == [d.meta for d in documents][:1]


@pytest.mark.parametrize(("data", "reason"), [
    (b"This is a plain letter, named as if it were a crawl.\nIt has lines of words.\n", r"^not a"),
    (arc_record("http://gazette.example/harbour", http_response(PAGE.encode())), r"^not an ARC file \(no filedesc:// header record\)$"),
    (FILEDESC + arc_record("http://gazette.example/logo.png", http_response(b"PNG", headers="Content-Type: image/png")),
     r"^no HTML page answered with 200 in the ARC file$"),
])
def test_a_file_that_is_no_arc_file_or_holds_no_page_is_rejected_with_the_reason(tmp_path, data, reason):
    path = tmp_path / "crawl.arc"
    path.write_bytes(data)
    with pytest.raises(RejectedInput, match=reason):
        list(read.read_documents(path))


def test_ingest_reads_a_big_arc_file_in_parts_and_stores_what_reading_it_whole_stores(tmp_path, monkeypatch):
    from quotearchive.ingest import tasks

    records = [FILEDESC] + [arc_record(f"http://gazette.example/news/{k}", http_response(
        PAGE.replace("Harbour plan approved", f"Harbour plan approved, vote {k}").replace("twenty years", f"{k + 21} years").encode()))
        for k in range(30)]
    path = tmp_path / "gazette.arc.gz"
    path.write_bytes(b"".join(gzip.compress(r) for r in records))
    cut = warc.record_parts(path, 3000)
    assert len(cut.parts) >= 5
    assert warc.IN_ARC_RECORDS is read.part_reading(path)  # ingest reads it in parts
    monkeypatch.setattr(tasks, "PART_BYTES", 1 << 30)
    ingest.ingest(tmp_path / "whole.db", [path], workers=1)
    monkeypatch.setattr(tasks, "PART_BYTES", 3000)
    summary = ingest.ingest(tmp_path / "parts.db", [path], workers=2)
    assert (30, 0) == (summary.added, summary.rejected)

    def stored(db):
        conn = sqlite3.connect(db)
        return conn.execute("select a.source, q.text from quotes q join articles a on a.id = q.article_id order by 1, 2").fetchall()

    assert stored(tmp_path / "whole.db") == stored(tmp_path / "parts.db")
    assert 60 <= len(stored(tmp_path / "parts.db"))


@settings(max_examples=150, deadline=None)
@given(cut=st.integers(min_value=1, max_value=3000), flips=st.lists(st.tuples(st.integers(0, 3000), st.integers(0, 255)), max_size=3),
       gzipped=st.booleans())
def test_a_damaged_arc_file_gives_pages_or_reasons_never_a_crash(tmp_path_factory, cut, flips, gzipped):
    path = tmp_path_factory.mktemp("damaged") / ("crawl.arc.gz" if gzipped else "crawl.arc")
    path.write_bytes(damaged(b"".join(gzip.compress(r) for r in arc_records()) if gzipped else b"".join(arc_records()), cut, flips))
    if not assert_pages_or_reasons(path):
        return
    # Cut into parts (or found uncuttable), the same file never raises either.
    cut_up = warc.record_parts(path, 400)
    assert cut_up is None or cut_up.parts[-1][1] == path.stat().st_size
