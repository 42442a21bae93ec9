"""Web pages saved by a browser as one file (MHTML), as Chrome writes them."""

import quopri
import sqlite3

import pytest

from quotearchive import ingest
from quotearchive import readers as read
from quotearchive.model import RejectedInput

PAGE = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Harbour plan approved | Gazette</title>
<meta property="article:published_time" content="2026-03-02T09:00:00+00:00"></head>
<body><article><h1>Harbour plan approved</h1>
<p>The council approved the harbour plan on Monday after a long debate lasting into the night.</p>
<p>"This is the best day the town has had in twenty years – and the café agrees," said the mayor, Tom Ruiz.</p>
<p>Work on the new quay is due to begin in the spring.</p><img src="https://gazette.example/logo.png">
</article></body></html>"""


def saved(page: str = PAGE, snapshot: str = "https://gazette.example/harbour") -> bytes:
    """What Chrome's "Save as: Webpage, Single File" writes: the page quoted-printable, then its images."""
    html = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    boundary = "----MultipartBoundary--k2X9qLp7----"
    return (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {snapshot}\r\n"
        "Subject: Harbour plan approved | Gazette\r\n"
        "Date: Sat, 4 Apr 2026 18:12:00 +0100\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://gazette.example/harbour?ref=home\r\n\r\n"
        f"{html}\r\n\r\n"
        f"--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: https://gazette.example/logo.png\r\n\r\niVBORw0KGgo=\r\n\r\n"
        f"--{boundary}--\r\n"
    ).encode("ascii")


def test_the_saved_page_is_its_html_part_with_its_address(tmp_path):
    path = tmp_path / "harbour.mhtml"
    path.write_bytes(saved())
    (document,) = read.read_documents(path)
    assert PAGE.encode("utf-8") == document.html.replace(b"\r\n", b"\n").rstrip(b"\n")
    assert {"url": "https://gazette.example/harbour"} == document.meta


def test_without_a_snapshot_address_the_parts_address_is_kept(tmp_path):
    path = tmp_path / "harbour.mht"
    path.write_bytes(saved().replace(b"Snapshot-Content-Location: https://gazette.example/harbour\r\n", b""))
    (document,) = read.read_documents(path)
    assert {"url": "https://gazette.example/harbour?ref=home"} == document.meta


@pytest.mark.parametrize(("data", "reason"), [
    (b"just some words, not a saved page\n", "not an MHTML file (no MIME parts)"),
    (saved().replace(b"Content-Type: text/html\r\n", b"Content-Type: text/css\r\n"), "no HTML part in the MHTML file"),
    (b"\n\n", "empty file"),
])
def test_a_file_that_is_no_saved_page_is_rejected_with_the_reason(tmp_path, data, reason):
    path = tmp_path / "bad.mhtml"
    path.write_bytes(data)
    with pytest.raises(RejectedInput) as error:
        list(read.read_documents(path))
    assert reason == str(error.value)


def test_ingest_stores_the_page_its_date_not_the_save_date_and_its_quote(tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "harbour.mhtml").write_bytes(saved())
    summary = ingest.ingest(tmp_path / "q.db", [folder])
    assert (1, 0) == (summary.added, summary.rejected)
    conn = sqlite3.connect(tmp_path / "q.db")
    assert [("saved/harbour.mhtml", "https://gazette.example/harbour", "Harbour plan approved", "2026-03-02T09:00:00+00:00")] == conn.execute(
        "select source, url, title, published from articles").fetchall()
    assert [("This is the best day the town has had in twenty years – and the café agrees,", "Tom Ruiz")] == conn.execute(
        "select q.text, s.name from quotes q join speakers s on s.id = q.speaker_id where q.kind != 'indirect'").fetchall()
