"""Readers, session 20: what gzip(1) reads, ingest reads too."""

import gzip

import pytest

from quotearchive import readers as read
from quotearchive.model import RejectedInput
from quotearchive.readers import gzipped

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
