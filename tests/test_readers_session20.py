"""Readers, session 20: what gzip(1) reads, ingest reads too; a damaged web archive says where."""

import gzip

import pytest

from quotearchive import readers as read
from quotearchive.model import RejectedInput
from quotearchive.readers import gzipped, warc

from .test_warc import crawl_records, warc_gz

PAGE = b"""<!doctype html><html><head><meta charset="utf-8"><title>Pier reopens | Gazette</title></head>
<body><article><h1>Pier reopens</h1><p>The pier reopened on Friday after a winter of repairs.</p>
<p>"It has never looked better," said the harbour master, Ewan Dow.</p></article></body></html>"""


@pytest.mark.parametrize("tail", [b"\0" * 512, b"junk a downloader appended\n", b"\x1f"])
def test_bytes_after_the_last_gzip_member_are_ignored_as_gzip_ignores_them(tmp_path, tail):
    path = tmp_path / "pier.html.gz"
    path.write_bytes(gzip.compress(PAGE[:100]) + gzip.compress(PAGE[100:]) + tail)
    assert [PAGE] == [d.html for d in read.read_documents(path)]


@pytest.mark.parametrize(("data", "reason"), [
    (gzip.compress(PAGE)[:-30] + b"tail", r"^the gzip file is cut off \(it ends inside its stream\)$"),
    (gzip.compress(PAGE) + gzip.compress(PAGE)[:40], r"^the gzip file is cut off \(it ends inside its stream\)$"),
    (gzip.compress(PAGE)[:-8] + b"\0\0\0\0" + gzip.compress(PAGE)[-4:],
     r"^not a readable gzip file \(Error -3 while decompressing data: incorrect data check\)$"),
    (b"PK\x03\x04" + PAGE, r"^not a readable gzip file \(Not a gzipped file \(b'PK'\)\)$"),
])
def test_a_damaged_member_is_still_rejected_with_its_reason(data, reason):
    with pytest.raises(RejectedInput, match=reason):
        gzipped.inflate(data)


def test_the_limit_counts_every_member_and_stops_inflating_at_it():
    data = gzip.compress(b"a" * 600) + gzip.compress(b"b" * 600)
    assert b"a" * 600 + b"b" * 600 == gzipped.inflate(data, 1200)
    with pytest.raises(RejectedInput, match=r"^larger than 1,199 bytes inflated \(the limit is --max-bytes 1,199\)$"):
        gzipped.inflate(data, 1199)
    with pytest.raises(RejectedInput, match=r"^larger than 1,000 bytes inflated"):
        gzipped.inflate(gzip.compress(b"\0" * 50_000_000), 1000)


def _crawl_with_a_wrong_length(delta: int) -> tuple[list[bytes], int]:
    """The test crawl with its third record's Content-Length off by ``delta``, and that record's index."""
    records = crawl_records()
    record = records[2]
    at = record.index(b"Content-Length: ") + len(b"Content-Length: ")
    end = record.index(b"\r\n", at)
    records[2] = record[:at] + str(int(record[at:end]) + delta).encode() + record[end:]
    return records, 2


@pytest.mark.parametrize("gzipped", [False, True])
def test_a_damaged_web_archive_says_at_which_byte_its_damage_is(tmp_path, gzipped):
    for delta, message in [(-2, "the length of the record at byte {:,} disagrees with the file: the WARC file is damaged"),
                           (-40, "WARC record after the one at byte {:,} cannot be read (Invalid WARC record, first line: "
                                 "</article></body></html>)")]:
        records, damaged = _crawl_with_a_wrong_length(delta)
        stored = [gzip.compress(record) for record in records] if gzipped else records
        path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
        path.write_bytes(b"".join(stored))
        offset = sum(len(record) for record in stored[:damaged])  # where warcio's index puts the record
        reasons = [d.rejected for d in read.read_documents(path) if d.rejected]
        assert [message.format(offset)] == reasons


def test_a_part_damaged_after_it_was_cut_says_at_which_byte_of_the_file(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_gz(crawl_records()))
    cut = warc.record_parts(path, 400)
    records, damaged = _crawl_with_a_wrong_length(-40)  # the crawler rewrote the file since
    stored = [gzip.compress(record) for record in records]
    path.write_bytes(b"".join(stored))
    offset = sum(len(record) for record in stored[:damaged])
    [(start, end, first, named)] = [part for part in cut.parts if part[0] <= offset < part[1]]
    assert start > 0
    with pytest.raises(RejectedInput, match=rf"^WARC record after the one at byte {offset:,} cannot be read \(Invalid WARC record"):
        list(warc._read_records_part(path, (start, end), first, named, 1, []))


def test_a_warc_gzipped_whole_names_no_offset_of_the_inflated_stream(tmp_path):
    records, _ = _crawl_with_a_wrong_length(-2)
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(b"".join(records)))  # (gzip run on a .warc: one member)
    reasons = [d.rejected for d in read.read_documents(path) if d.rejected]
    assert ["a record's length disagrees with the file: the WARC file is damaged"] == reasons


def test_damage_inside_a_pages_own_member_names_that_record(tmp_path):
    from .test_warc import http_response, warc_record
    words = " ".join(f"w{i:05d}x{i * 7919 % 10007}" for i in range(20_000))
    big = f"<!doctype html><html><body><article><h1>Big</h1><p>{words}</p></article></body></html>".encode()
    records = crawl_records()
    records.insert(3, warc_record("response", "https://gazette.example/big", http_response(big), 9))
    stored = [gzip.compress(record) for record in records]
    member = bytearray(stored[3])
    for i in range(len(member) * 2 // 3, len(member) * 2 // 3 + 40):
        member[i] ^= 0xFF
    stored[3] = bytes(member)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(stored))
    offset = sum(len(record) for record in stored[:3])
    reasons = [d.rejected for d in read.read_documents(path) if d.rejected]
    assert f"the length of the record at byte {offset:,} disagrees with the file: the WARC file is damaged" in reasons
