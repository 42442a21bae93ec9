"""Web archives (WARC) as crawlers write them: each archived news page is one article."""

import gzip
import os
import sqlite3
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from click.testing import CliRunner

from quotearchive import ingest
from quotearchive import readers as read
from quotearchive.cli import cli
from quotearchive.model import RejectedInput

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Harbour plan approved | Gazette</title>
<meta property="article:published_time" content="2026-03-02T09:00:00+00:00"></head>
<body><article><h1>Harbour plan approved</h1><p>By Ada Lovell</p>
<p>The council approved the harbour plan on Monday after a long debate.</p>
<p>"This is the best day the town has had in twenty years," said the mayor, Tom Ruiz.</p>
<p>Work on the new quay is due to begin in the spring, the council said.</p>
</article></body></html>"""
SECOND = PAGE.replace("Harbour plan approved", "Ferry fares frozen").replace(
    "This is the best day the town has had in twenty years", "Nobody should pay more to cross the water this winter"
).replace("2026-03-02", "2026-03-04")


def http_response(body: bytes, status: str = "200 OK", headers: str = "Content-Type: text/html; charset=utf-8") -> bytes:
    head = f"HTTP/1.1 {status}\r\n{headers}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
    return head + body


def chunked(body: bytes) -> bytes:
    middle = len(body) // 2
    return b"".join(f"{len(part):x}\r\n".encode() + part + b"\r\n" for part in (body[:middle], body[middle:])) + b"0\r\n\r\n"


def warc_record(kind: str, uri: str, block: bytes, number: int, content_type: str = "application/http; msgtype=response") -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Date: 2026-03-05T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def crawl_records() -> list[bytes]:
    """What a crawler writes for two news pages: its info record, requests, the
    pages (one sent chunked and gzipped), an image, a redirect and a 404."""
    gzipped = gzip.compress(SECOND.encode())
    return [
        warc_record("warcinfo", "", b"software: test-crawler\r\n", 1, "application/warc-fields"),
        warc_record("request", "https://gazette.example/harbour", b"GET /harbour HTTP/1.1\r\nHost: gazette.example\r\n\r\n", 2,
                    "application/http; msgtype=request"),
        warc_record("response", "https://gazette.example/harbour", http_response(PAGE.encode()), 3),
        warc_record("response", "https://gazette.example/logo.png", http_response(b"\x89PNG\r\n\x1a\n....", headers="Content-Type: image/png"), 4),
        warc_record("response", "https://gazette.example/old", http_response(b"", "301 Moved Permanently", "Location: /harbour"), 5),
        warc_record("response", "https://gazette.example/missing", http_response(b"<html>Not found</html>", "404 Not Found"), 6),
        warc_record("response", "https://gazette.example/ferry", (
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
        ).encode() + chunked(gzipped), 7),
    ]


def warc_gz(records: list[bytes]) -> bytes:
    """The standard layout: one gzip member per record."""
    return b"".join(gzip.compress(record) for record in records)


def test_each_html_page_answered_with_200_is_one_document_named_by_its_url(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_gz(crawl_records()))
    documents = list(read.read_documents(path))
    assert [f"{path}#https://gazette.example/harbour", f"{path}#https://gazette.example/ferry"] == [d.source for d in documents]
    assert [{"url": "https://gazette.example/harbour"}, {"url": "https://gazette.example/ferry"}] == [d.meta for d in documents]
    # The chunked, gzipped page arrives as the page the server meant.
    assert SECOND.encode() == documents[1].html


@pytest.mark.parametrize("layout", ["plain", "member per record", "one member"])
def test_every_warc_layout_reads_the_same(tmp_path, layout):
    raw = b"".join(crawl_records())
    data = {"plain": raw, "member per record": warc_gz(crawl_records()), "one member": gzip.compress(raw)}[layout]
    path = tmp_path / ("crawl.warc" if layout == "plain" else "crawl.warc.gz")
    path.write_bytes(data)
    assert ["https://gazette.example/harbour", "https://gazette.example/ferry"] == [d.meta["url"] for d in read.read_documents(path)]


def test_a_page_archived_twice_keeps_both_the_second_under_its_record_id(tmp_path):
    path = tmp_path / "twice.warc"
    page = http_response(PAGE.encode())
    path.write_bytes(warc_record("response", "https://gazette.example/harbour", page, 1)
                     + warc_record("response", "https://gazette.example/harbour", page, 2))
    assert [f"{path}#https://gazette.example/harbour", f"{path}#urn:uuid:00000000-0000-0000-0000-000000000002"] == [
        d.source for d in read.read_documents(path)]


def test_a_resource_record_holding_a_page_is_read(tmp_path):
    path = tmp_path / "saved.warc"
    path.write_bytes(warc_record("resource", "https://gazette.example/harbour", PAGE.encode(), 1, "text/html; charset=utf-8"))
    (document,) = read.read_documents(path)
    assert PAGE.encode() == document.html


def test_a_page_in_an_unreadable_compression_is_one_rejected_record(tmp_path):
    path = tmp_path / "zstd.warc"
    zstd = http_response(b"\x28\xb5\x2f\xfd", headers="Content-Type: text/html\r\nContent-Encoding: zstd")
    path.write_bytes(warc_record("response", "https://gazette.example/zstd", zstd, 1)
                     + warc_record("response", "https://gazette.example/harbour", http_response(PAGE.encode()), 2))
    documents = list(read.read_documents(path))
    assert ["page compressed as 'zstd', which cannot be read", None] == [d.rejected for d in documents]


def test_a_page_sent_brotli_compressed_is_read(tmp_path):
    import brotli

    path = tmp_path / "br.warc"
    page = http_response(brotli.compress(PAGE.encode()), headers="Content-Type: text/html\r\nContent-Encoding: br")
    path.write_bytes(warc_record("response", "https://gazette.example/harbour", page, 1))
    (document,) = read.read_documents(path)
    assert PAGE.encode() == document.html


def test_a_page_served_without_a_type_is_taken_when_it_opens_as_html(tmp_path):
    path = tmp_path / "untyped.warc"
    untyped = [http_response(PAGE.encode(), headers="Server: old"), http_response(b"GIF89a...", headers="Server: old")]
    path.write_bytes(warc_record("response", "https://gazette.example/logo", untyped[1], 1)
                     + warc_record("response", "https://gazette.example/harbour", untyped[0], 2))
    assert [f"{path}#https://gazette.example/harbour"] == [d.source for d in read.read_documents(path)]


def test_a_page_that_inflates_past_the_limit_is_skipped_not_inflated(tmp_path, monkeypatch):
    from quotearchive.readers import warc

    monkeypatch.setattr(warc, "MAX_PAGE_BYTES", 10_000)
    bomb = zlib.compress(b"<p>" + b" " * 1_000_000)  # 1 MB of page in ~1 KB: a deflate body
    path = tmp_path / "bomb.warc"
    path.write_bytes(warc_record("response", "https://gazette.example/bomb", http_response(
        bomb, headers="Content-Type: text/html\r\nContent-Encoding: deflate"), 1))
    with pytest.raises(RejectedInput, match=r"^no readable HTML page in the WARC file \(page larger than 10,000 bytes\)$"):
        list(read.read_documents(path))


@pytest.mark.parametrize(("data", "reason"), [
    (b"GIF89a this is not a web archive\r\n", "not a WARC file (no WARC/1.x record header)"),
    (warc_record("response", "https://gazette.example/logo.png", http_response(b"PNG", headers="Content-Type: image/png"), 1),
     "no HTML page answered with 200 in the WARC file"),
    (b"  \n", "empty file"),
])
def test_a_file_with_no_page_is_rejected_with_the_reason(tmp_path, data, reason):
    path = tmp_path / "bad.warc"
    path.write_bytes(data)
    with pytest.raises(RejectedInput) as error:
        list(read.read_documents(path))
    assert reason == str(error.value)


def test_folders_walked_take_web_archives_and_pass_over_other_compressed_files(tmp_path):
    for name in ("a.warc", "b.WARC.GZ", "c.csv.gz", "d.gz", "e.txt.bz2"):
        (tmp_path / name).write_bytes(b"x")
    assert ["a.warc", "b.WARC.GZ"] == [p.name for p in read.iter_input_files([tmp_path])]
    with pytest.raises(RejectedInput, match=r"^unsupported file type '\.gz'$"):
        list(read.read_documents(tmp_path / "c.csv.gz"))


def test_ingest_stores_each_page_with_its_url_and_quotes_and_a_cut_off_crawl_keeps_what_came_before(tmp_path):
    folder = tmp_path / "crawls"
    folder.mkdir()
    (folder / "day1.warc.gz").write_bytes(warc_gz(crawl_records()))
    third = PAGE.replace("Harbour plan approved", "Lighthouse to reopen").replace(
        "This is the best day the town has had in twenty years", "The light will shine again before the summer")
    whole = warc_gz([warc_record("response", "https://gazette.example/lighthouse", http_response(third.encode()), 1)])
    # The crawler died in the middle of writing its next record.
    (folder / "day2.warc.gz").write_bytes(whole + gzip.compress(crawl_records()[6])[:60])
    db = tmp_path / "q.db"
    errors: list[tuple[str, str]] = []
    summary = ingest.ingest(db, [folder], on_error=lambda source, reason: errors.append((source, reason)))
    assert 3 == summary.added
    conn = sqlite3.connect(db)
    rows = conn.execute("select source, url, title, published from articles order by source").fetchall()
    assert [
        ("crawls/day1.warc.gz#https://gazette.example/ferry", "https://gazette.example/ferry", "Ferry fares frozen", "2026-03-04T09:00:00+00:00"),
        ("crawls/day1.warc.gz#https://gazette.example/harbour", "https://gazette.example/harbour", "Harbour plan approved", "2026-03-02T09:00:00+00:00"),
        ("crawls/day2.warc.gz#https://gazette.example/lighthouse", "https://gazette.example/lighthouse", "Lighthouse to reopen", "2026-03-02T09:00:00+00:00"),
    ] == rows
    speakers = conn.execute("select q.text, s.name from quotes q join speakers s on s.id = q.speaker_id "
                            "join articles a on a.id = q.article_id where a.source like 'crawls/day1%' and q.kind != 'indirect' order by q.text").fetchall()
    assert [("Nobody should pay more to cross the water this winter,", "Tom Ruiz"),
            ("This is the best day the town has had in twenty years,", "Tom Ruiz")] == speakers
    assert [(f"{folder / 'day2.warc.gz'}#end", f"the file ends inside the record at byte {len(whole):,}: the crawl was cut off")] == errors


def test_extract_prints_the_pages_of_a_web_archive(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_gz(crawl_records()))
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert 0 == result.exit_code, result.output
    assert "Tom Ruiz" in result.output and "https://gazette.example/ferry" in result.output


@settings(max_examples=150, deadline=None)
@given(cut=st.integers(min_value=1, max_value=4000), flips=st.lists(st.tuples(st.integers(0, 4000), st.integers(0, 255)), max_size=3),
       gzipped=st.booleans())
def test_a_damaged_web_archive_gives_pages_or_reasons_never_a_crash(tmp_path_factory, cut, flips, gzipped):
    path = tmp_path_factory.mktemp("damaged") / ("crawl.warc.gz" if gzipped else "crawl.warc")
    path.write_bytes(damaged(warc_gz(crawl_records()) if gzipped else b"".join(crawl_records()), cut, flips))
    assert_pages_or_reasons(path)


def damaged(data: bytes, cut: int, flips: list[tuple[int, int]]) -> bytes:
    """``data`` with the bytes at ``flips`` changed, then cut off after byte ``cut``."""
    changed = bytearray(data)
    for at, value in flips:
        changed[at % len(changed)] = value
    return bytes(changed[: cut % len(changed) + 1])


def assert_pages_or_reasons(path) -> bool:
    """A damaged web archive gives pages or one-line reasons, never a crash; whether it gave pages."""
    try:
        documents = list(read.read_documents(path))
    except RejectedInput as error:
        assert str(error) and "\n" not in str(error)
        return False
    for document in documents:
        assert (document.html is None) != (document.rejected is None)
        assert document.rejected is None or "\n" not in document.rejected
    return True


def test_a_web_archive_is_streamed_so_max_bytes_does_not_reject_it(tmp_path):
    path = tmp_path / "crawls" / "big.warc.gz"
    path.parent.mkdir()
    path.write_bytes(warc_gz(crawl_records()))
    assert path.stat().st_size > 1500
    db = tmp_path / "q.db"
    summary = ingest.ingest(db, [path.parent], max_bytes=1500)
    assert (2, 0) == (summary.added, summary.rejected)
    # Touched, same bytes: hashed again as a stream, found unchanged, not parsed.
    os.utime(path, ns=(1, 1))
    summary = ingest.ingest(db, [path.parent], max_bytes=1500)
    assert (0, 2) == (summary.added, summary.unchanged)


def test_reading_past_what_is_not_a_page_is_off_the_pages_clock(tmp_path, monkeypatch):
    # Between two pages a crawl may hold gigabytes of video; skipping it is no page's time,
    # and one document's budget (30 s) spent there rejected the whole file.
    import time

    from quotearchive.ingest import parsing
    from quotearchive.readers import warc

    real = warc._page_document

    def slow_past_pictures(path, record, seen):
        if record.rec_type == "response" and "logo" in record.rec_headers.get_header("WARC-Target-URI"):
            time.sleep(0.5)
        return real(path, record, seen)

    monkeypatch.setattr(warc, "_page_document", slow_past_pictures)
    monkeypatch.setattr(parsing, "SECONDS_PER_DOCUMENT", 1)
    picture = crawl_records()[3]
    path = tmp_path / "video.warc.gz"
    path.write_bytes(warc_gz([crawl_records()[2], picture, picture, picture, crawl_records()[6]]))
    result = parsing.parse_file(str(path))
    assert (None, 2) == (result.error, len(result.articles))
