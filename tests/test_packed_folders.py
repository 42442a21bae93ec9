"""Folders packed as one file (.zip, .tar, .tar.gz): read as the folder they hold, never unpacked to disk."""

import io
import sqlite3
import tarfile
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotearchive import ingest
from quotearchive import readers as read
from quotearchive.model import RejectedInput

from .conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))
WIRE = ('<REUTERS NEWID="7"><DATE>3-MAR-1987 09:15:42.00</DATE><TEXT><TITLE>ACME ORDERS JETS</TITLE>'
        '<BODY>Acme Airways said it had ordered six jets, its largest order in a decade.\n Reuter\n</BODY></TEXT></REUTERS>')


def members() -> list[tuple[str, bytes]]:
    """A corpus as it travels: articles in folders, its README, a picture, a Mac's
    resource files, a list of names saved as text, a wire file, an archive inside."""
    return [
        ("news/politics/001.txt", SEED_FILES[0].read_bytes()),
        ("news/README.TXT", b"Articles from 2004-2005, one a file.\n"),
        ("news/politics/002.txt", SEED_FILES[1].read_bytes()),
        ("news/politics/photo.png", b"\x89PNG\r\n\x1a\n"),
        ("__MACOSX/news/._001.txt", b"\x00\x05\x16\x07"),
        ("news/.hidden.txt", SEED_FILES[2].read_bytes()),
        ("news/names.txt", b"Alice\nBob\nCarol\nDave\nErin\nFrank\nGrace\nHeidi\n"),
        ("news/wire/reut2-000.sgm", WIRE.encode("latin-1")),
        ("news/broken.html", b"   "),
        ("news/inner.zip", b"PK\x05\x06" + b"\x00" * 18),
    ]


def zipped(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as packed:
        for name, data in entries:
            packed.writestr(name, data)
    return buffer.getvalue()


def tarred(entries: list[tuple[str, bytes]], mode: str) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as packed:
        for name, data in entries:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            packed.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "pack"), [
    ("corpus.zip", zipped),
    ("corpus.tar", lambda entries: tarred(entries, "w")),
    ("corpus.tar.gz", lambda entries: tarred(entries, "w:gz")),
    ("corpus.tgz", lambda entries: tarred(entries, "w:gz")),
    ("corpus.tar.bz2", lambda entries: tarred(entries, "w:bz2")),
    ("corpus.tar.xz", lambda entries: tarred(entries, "w:xz")),
])
def test_each_member_is_read_by_its_formats_reader_and_named_inside_the_file(tmp_path, name, pack):
    path = tmp_path / name
    path.write_bytes(pack(members()))
    documents = {d.source: d for d in read.read_documents(path)}
    # A zip's members come in name order, as a folder's files; a tar's as packed (a stream).
    assert {
        f"{path}#news/politics/001.txt": None,
        f"{path}#news/politics/002.txt": None,
        f"{path}#news/wire/reut2-000.sgm#7": None,
        f"{path}#news/broken.html": "empty file",
    } == {source: d.rejected for source, d in documents.items()}
    assert documents[f"{path}#news/wire/reut2-000.sgm#7"].meta["title"] == "ACME ORDERS JETS"


def test_a_member_too_large_unpacked_is_one_rejected_record(tmp_path, monkeypatch):
    from quotearchive.readers import archives

    article = SEED_FILES[0].read_bytes()
    monkeypatch.setattr(archives, "MAX_MEMBER_BYTES", len(article))
    path = tmp_path / "big.zip"
    path.write_bytes(zipped([("a.txt", article), ("b.txt", article + b" ")]))
    assert [(f"{path}#b.txt", f"member larger than {len(article):,} bytes unpacked")] == [
        (d.source, d.rejected) for d in read.read_documents(path) if d.rejected]


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("bad.zip", b"PK\x03\x04 not really a zip file at all", "not a readable zip file (File is not a zip file)"),
    ("bad.tar.gz", b"\x1f\x8b\x08\x00 not really gzip", "not a readable tar file"),
    ("pictures.zip", zipped([("a.png", b"\x89PNG")]), "no article in the packed folder"),
])
def test_a_packed_file_with_no_article_is_rejected_with_the_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(RejectedInput) as error:
        list(read.read_documents(path))
    assert str(error.value).startswith(reason) and "\n" not in str(error.value)


def test_ingest_stores_a_packed_corpus_as_its_folder_and_reports_its_bad_members(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "corpus.zip").write_bytes(zipped(members()))
    errors: list[tuple[str, str]] = []
    db = tmp_path / "q.db"
    summary = ingest.ingest(db, [folder], on_error=lambda source, reason: errors.append((source, reason)))
    assert (3, 1) == (summary.added, summary.rejected)
    assert [(f"{folder / 'corpus.zip'}#news/broken.html", "empty file")] == errors
    sources = [row[0] for row in sqlite3.connect(db).execute("select source from articles order by source")]
    assert ["in/corpus.zip#news/politics/001.txt", "in/corpus.zip#news/politics/002.txt", "in/corpus.zip#news/wire/reut2-000.sgm#7"] == sources
    # The same corpus as a folder stores the same quotes.
    unpacked = tmp_path / "news"
    (unpacked / "politics").mkdir(parents=True)
    for index in (0, 1):
        (unpacked / "politics" / f"00{index + 1}.txt").write_bytes(SEED_FILES[index].read_bytes())
    ingest.ingest(tmp_path / "folder.db", [unpacked / "politics"])
    texts = "select q.text, q.speaker_as_written from quotes q join articles a on a.id = q.article_id where a.source not like '%sgm%' order by q.text"
    assert sqlite3.connect(tmp_path / "folder.db").execute(texts).fetchall() == sqlite3.connect(db).execute(texts).fetchall()


def test_the_pools_watchdog_gives_a_file_of_many_articles_time_by_its_size(tmp_path, monkeypatch):
    # The watchdog kills a worker past its chunk's budget, one document's a file: a file of
    # many articles (a packed corpus, a web archive, a wire file) would be killed for its size.
    import time

    from quotearchive.ingest import parsing, workers

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(64):  # enough files for the worker pool
        (folder / f"{i:02}.txt").write_bytes(SEED_FILES[i % 5].read_bytes() + f"\n\nNote {i}.\n".encode())
    (folder / "packed.zip").write_bytes(zipped([(f"day/{i:02}.txt", SEED_FILES[i % 5].read_bytes() + f"\nEdition {i}.\n".encode())
                                                 for i in range(20)]))
    real = parsing.describe_document

    def slow(doc):
        if ".zip#" in doc.source:
            time.sleep(0.15)  # within each article's budget; 3 s for the file's twenty
        return real(doc)

    monkeypatch.setattr(parsing, "describe_document", slow)  # inherited by the forked workers
    monkeypatch.setattr(workers, "OVERDUE_GRACE_SECONDS", 1)
    monkeypatch.setattr(workers, "BYTES_PER_BUDGET", 2048)  # the test's articles are slow: one budget each
    heard: list[tuple[str, str]] = []
    summary = ingest.ingest(tmp_path / "q.db", [folder], workers=2, seconds_per_document=1, on_error=lambda s, r: heard.append((s, r)))
    assert [] == heard
    assert 84 == summary.added + summary.duplicates


def test_a_member_that_cannot_be_unpacked_costs_itself_only(tmp_path):
    path = tmp_path / "damaged.zip"
    data = bytearray(zipped([("a.txt", SEED_FILES[0].read_bytes()), ("b.txt", SEED_FILES[1].read_bytes())]))
    # Damage b.txt's compressed bytes (its local header is the second "PK\x03\x04").
    second = data.index(b"PK\x03\x04", 4)
    data[second + 60: second + 90] = b"\xff" * 30
    path.write_bytes(bytes(data))
    documents = list(read.read_documents(path))
    assert [f"{path}#a.txt", f"{path}#b.txt"] == [d.source for d in documents]
    # The damage is in b.txt's deflate data: zlib's error, and a bad CRC, are that member's.
    assert None is documents[0].rejected and documents[1].rejected.startswith("member cannot be unpacked (")


@settings(max_examples=120, deadline=None)
@given(cut=st.integers(min_value=1, max_value=100_000), flips=st.lists(st.tuples(st.integers(0, 100_000), st.integers(0, 255)), max_size=4),
       kind=st.sampled_from(["zip", "tar.gz", "tar"]))
def test_a_damaged_packed_folder_gives_articles_or_reasons_never_a_crash(tmp_path_factory, cut, flips, kind):
    packed = zipped(members()) if kind == "zip" else tarred(members(), "w:gz" if kind == "tar.gz" else "w")
    data = bytearray(packed)
    for at, value in flips:
        data[at % len(data)] = value
    path = tmp_path_factory.mktemp("damaged") / f"corpus.{kind}"
    path.write_bytes(bytes(data[: cut % len(data) + 1]))
    try:
        documents = list(read.read_documents(path))
    except RejectedInput as error:
        assert str(error) and "\n" not in str(error)
        return
    for document in documents:
        assert (document.rejected is None) == (document.text is not None or document.html is not None)
        assert document.rejected is None or "\n" not in document.rejected


def test_a_name_packed_twice_is_two_articles_the_second_labelled(tmp_path):
    path = tmp_path / "appended.zip"
    monday, friday = SEED_FILES[0].read_bytes(), SEED_FILES[1].read_bytes()
    with pytest.warns(UserWarning, match="Duplicate name"):
        path.write_bytes(zipped([("day/one.txt", monday), ("day/one.txt", friday)]))
    documents = list(read.read_documents(path))
    assert [f"{path}#day/one.txt", f"{path}#day/one.txt~2"] == [d.source for d in documents]
    assert documents[0].text != documents[1].text
