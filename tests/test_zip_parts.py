"""A big zip file (a corpus as it travels) is read in parts of members, spread over
the workers, and gives the archive that reading it whole gives."""

import dataclasses
import hashlib
import sqlite3
import warnings

import pytest

from quotearchive import ingest
from quotearchive import readers as read
from quotearchive.ingest import tasks
from quotearchive.readers import archives

from .test_packed_folders import SEED_FILES, zipped


def corpus(editions: int = 30) -> list[tuple[str, bytes]]:
    """A packed corpus of ``editions`` articles, not in name order, with a picture,
    an empty page, and one name packed twice (zip allows it)."""
    entries = [(f"news/{(k * 7) % editions:03}.txt", SEED_FILES[k % 5].read_bytes() + f"\n\nEdition {k}.\n".encode())
               for k in range(editions)]
    entries += [("news/photo.png", b"\x89PNG\r\n\x1a\n"), ("news/empty.html", b"  "),
                ("news/005.txt", SEED_FILES[2].read_bytes() + b"\n\nThe late edition.\n")]
    return entries


def packed(path, entries):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": packed twice on purpose
        path.write_bytes(zipped(entries))
    return path


def test_parts_list_every_wanted_member_once_in_name_order_with_its_copy_number(tmp_path):
    path = packed(tmp_path / "corpus.zip", corpus())
    cut = archives.member_parts(path, 6000)
    assert (path.stat().st_size, hashlib.sha256(path.read_bytes()).hexdigest()) == (cut.size, cut.sha256)
    assert len(cut.parts) >= 5
    assert 0 == cut.parts[0][0] and cut.size == cut.parts[-1][1]
    assert all(a[1] == b[0] for a, b in zip(cut.parts, cut.parts[1:]))
    labels = [label for part in cut.parts for label in part[3]]
    assert 32 == len(labels)  # 30 editions, the empty page, the second 005.txt; not the picture
    assert ["1", "1", "2", "1"] == [label.split(":")[1] for label in labels][4:8]  # 004.txt, 005.txt twice, 006.txt
    assert [part[2] for part in cut.parts] == [1 + sum(len(p[3]) for p in cut.parts[:k]) for k in range(len(cut.parts))]


def test_reading_the_parts_gives_what_reading_the_file_whole_gives(tmp_path):
    path = packed(tmp_path / "corpus.zip", corpus())
    cut = archives.member_parts(path, 6000)
    from_parts = [d for start, end, first, labels in cut.parts for d in archives._read_members_part(path, (start, end), first, labels, 1, [])]
    whole = list(read.read_documents(path))
    assert [(d.source, d.text, d.rejected) for d in whole] == [(d.source, d.text, d.rejected) for d in from_parts]
    assert f"{path}#news/005.txt~2" in [d.source for d in whole]
    assert [(f"{path}#news/empty.html", "empty file")] == [(d.source, d.rejected) for d in whole if d.rejected]


@pytest.mark.parametrize("data", [b"PK\x03\x04 not really a zip file at all", b""])
def test_a_zip_file_whose_directory_cannot_be_read_is_read_whole(tmp_path, data):
    path = tmp_path / "bad.zip"
    path.write_bytes(data)
    assert archives.member_parts(path, 6000) is None


def stored(db) -> list:
    conn = sqlite3.connect(db)
    try:
        return [
            conn.execute("select source, title, published from articles order by source").fetchall(),
            conn.execute("select a.source, q.kind, q.text, q.speaker_as_written from quotes q join articles a on a.id = q.article_id "
                         "order by 1, 2, 3").fetchall(),
            conn.execute("select path, size, sha256, articles from files").fetchall(),
        ]
    finally:
        conn.close()


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_in_parts_stores_what_reading_the_zip_whole_stores(tmp_path, monkeypatch, workers):
    path = packed(tmp_path / "corpus.zip", corpus(80))
    monkeypatch.setattr(tasks, "PART_BYTES", 1 << 30)
    whole = ingest.ingest(tmp_path / "whole.db", [path], workers=1)
    monkeypatch.setattr(tasks, "PART_BYTES", 6000)
    read_parts = tmp_path / "parts read"
    read_parts.mkdir()

    def noted(path_, byte_range, *rest):  # (workers are other processes: noted on disk)
        (read_parts / str(byte_range[0])).touch()
        return archives._read_members_part(path_, byte_range, *rest)

    monkeypatch.setitem(read.PARTED, ".zip", dataclasses.replace(archives.IN_MEMBERS, read=noted))
    errors: list[tuple[str, str]] = []
    summary = ingest.ingest(tmp_path / "parts.db", [path], workers=workers, on_error=lambda s, r: errors.append((s, r)))
    assert (whole.added, whole.duplicates, 1) == (summary.added, summary.duplicates, summary.rejected)
    assert [(f"{path}#news/empty.html", "empty file")] == errors
    assert len(archives.member_parts(path, 6000).parts) == len(list(read_parts.iterdir())) > 10
    assert stored(tmp_path / "whole.db") == stored(tmp_path / "parts.db")


def test_a_zip_file_changed_after_it_was_cut_costs_the_parts_that_cannot_be_read(tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "PART_BYTES", 6000)
    path = packed(tmp_path / "corpus.zip", corpus())
    cut = archives.member_parts(path, 6000)
    third = cut.parts[2]

    def moved(path_, byte_range, first, labels, *rest):
        if byte_range[0] == third[0]:
            labels = ("9999:1",)  # no such member any more
        return archives._read_members_part(path_, byte_range, first, labels, *rest)

    monkeypatch.setitem(read.PARTED, ".zip", dataclasses.replace(archives.IN_MEMBERS, read=moved))
    errors: list[tuple[str, str]] = []
    ingest.ingest(tmp_path / "q.db", [path], workers=1, on_error=lambda s, r: errors.append((s, r)))
    assert (f"{path}#{third[2]}", "the zip file cannot be read on (list index out of range) (the part from this member)") in errors
