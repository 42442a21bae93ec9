"""Article files gzipped one by one (.txt.gz, .html.gz, .sgm.gz...): read as the files they hold."""

import gzip
import io
import sqlite3
import zipfile

import pytest

from quotearchive import ingest
from quotearchive import readers as read
from quotearchive.model import RejectedInput
from quotearchive.readers import gzipped

from .conftest import SEEDS

SEED = sorted(SEEDS.glob("*.txt"))[0]
PAGE = b"""<!doctype html><html><head><meta charset="utf-8"><title>Ferry fares frozen | Gazette</title>
<meta property="article:published_time" content="2026-03-04T09:00:00+00:00"></head>
<body><article><h1>Ferry fares frozen</h1><p>By Ada Lovell</p>
<p>The island's ferry fares will not rise this winter, the operator said on Tuesday.</p>
<p>"Nobody should pay more to cross the water this winter," said the operator's chief executive, Rhona Baird.</p>
</article></body></html>"""
WIRE = (b'<REUTERS NEWID="7"><DATE>3-MAR-1987 09:15:42.00</DATE><TEXT><TITLE>ACME ORDERS JETS</TITLE>'
        b'<BODY>Acme Airways said it had ordered six jets, its largest order in a decade.\n Reuter\n</BODY></TEXT></REUTERS>')


@pytest.mark.parametrize(("name", "data"), [("seed.txt", SEED.read_bytes()), ("ferry.html", PAGE), ("FERRY.HTM", PAGE), ("wire.sgm", WIRE)])
def test_a_gzipped_file_gives_what_the_file_gives_named_after_the_gzipped_file(tmp_path, name, data):
    plain, packed = tmp_path / name, tmp_path / (name + ".gz")
    plain.write_bytes(data)
    packed.write_bytes(gzip.compress(data))
    documents = list(read.read_documents(packed))
    expected = list(read.read_documents(plain))
    assert [str(packed) + d.source[len(str(plain)):] for d in expected] == [d.source for d in documents]
    assert [(d.text, d.html, d.meta) for d in expected] == [(d.text, d.html, d.meta) for d in documents]
    assert [packed.name] == [p.name for p in read.iter_input_files([tmp_path]) if p.name.endswith((".gz", ".GZ"))]


def test_every_member_of_a_gzip_file_is_inflated(tmp_path):
    path = tmp_path / "ferry.html.gz"
    path.write_bytes(gzip.compress(PAGE[:200]) + gzip.compress(PAGE[200:]))  # as `cat a.gz b.gz` writes
    assert [PAGE] == [d.html for d in read.read_documents(path)]


@pytest.mark.parametrize(("data", "reason"), [
    (gzip.compress(PAGE)[:-30], r"^the gzip file is cut off \(it ends inside its stream\)$"),
    (PAGE, r"^not a readable gzip file \(Not a gzipped file \(b'<!'\)\)$"),
    (b"", r"^empty file$"),
])
def test_a_gzipped_file_that_cannot_be_inflated_is_rejected_whole_with_the_reason(tmp_path, data, reason):
    path = tmp_path / "ferry.html.gz"
    path.write_bytes(data)
    with pytest.raises(RejectedInput, match=reason):
        list(read.read_documents(path))


def test_a_file_that_inflates_past_the_limit_is_rejected_without_inflating_it_all(tmp_path, monkeypatch):
    monkeypatch.setattr(gzipped, "MAX_INFLATED_BYTES", 1000)
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"All work and no play. " * 100_000))
    with pytest.raises(RejectedInput, match=r"^larger than 1,000 bytes inflated$"):
        list(read.read_documents(path))


def test_ingest_stores_gzipped_files_beside_plain_ones_and_reports_a_bad_one_by_name(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "ferry.html.gz").write_bytes(gzip.compress(PAGE))
    (folder / "seed.txt.gz").write_bytes(gzip.compress(SEED.read_bytes()))
    (folder / "broken.txt.gz").write_bytes(gzip.compress(SEED.read_bytes())[:100])
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as z:
        z.writestr("wire/reut2-000.sgm.gz", gzip.compress(WIRE))
    (folder / "wire.zip").write_bytes(packed.getvalue())
    errors: list[tuple[str, str]] = []
    summary = ingest.ingest(tmp_path / "q.db", [folder], on_error=lambda source, reason: errors.append((source, reason)))
    assert (3, 1) == (summary.added, summary.rejected)
    assert [(str(folder / "broken.txt.gz"), "the gzip file is cut off (it ends inside its stream)")] == errors
    conn = sqlite3.connect(tmp_path / "q.db")
    assert [
        ("news/ferry.html.gz", "Ferry fares frozen", "2026-03-04T09:00:00+00:00"),
        ("news/seed.txt.gz", "Putin favors continuation of disarmament dialogue with US", "2017-06-14T06:11:00+03:00"),
        ("news/wire.zip#wire/reut2-000.sgm.gz#7", "ACME ORDERS JETS", "1987-03-03T09:15:42"),
    ] == conn.execute("select source, title, published from articles order by source").fetchall()
    assert [("Nobody should pay more to cross the water this winter,", "Rhona Baird")] == conn.execute(
        "select q.text, s.name from quotes q join speakers s on s.id = q.speaker_id join articles a on a.id = q.article_id "
        "where a.source like '%ferry%' and q.kind != 'indirect'").fetchall()


def test_max_bytes_limits_what_a_gzipped_file_holds_not_its_packed_size(tmp_path):
    path = tmp_path / "long.txt.gz"
    path.write_bytes(gzip.compress(SEED.read_bytes() * 10))
    assert path.stat().st_size < 5000 < len(SEED.read_bytes() * 10)
    errors: list[tuple[str, str]] = []
    summary = ingest.ingest(tmp_path / "q.db", [path], max_bytes=5000, on_error=lambda s, r: errors.append((s, r)))
    assert [(str(path), "larger than 5,000 bytes inflated (the limit is --max-bytes 5,000)")] == errors and 0 == summary.added


def test_a_stored_utf8_article_gzipped_is_not_replaced_by_a_guessed_reading(tmp_path):
    path = tmp_path / "cafe.txt.gz"
    text = 'Le Café de Flore reopened on Monday.\n\n"Ça va très bien," said Amélie Poulain, who owns the café.\n'
    path.write_bytes(gzip.compress(text.encode("utf-8")))
    db = tmp_path / "q.db"
    ingest.ingest(db, [path])
    path.write_bytes(gzip.compress(text.encode("utf-8") + b"More \xe9 and \xe8 and \xff here.\n"))
    errors: list[tuple[str, str]] = []
    ingest.ingest(db, [path], on_error=lambda s, r: errors.append((s, r)))
    assert [(str(path), "its text is no longer UTF-8 (guessed): the stored utf-8 version is kept")] == errors
    assert [("Le Café de Flore reopened on Monday.",)] == sqlite3.connect(db).execute("select title from articles").fetchall()
