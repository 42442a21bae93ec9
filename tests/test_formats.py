"""Archive and crawler readers: Reuters-21578 SGML and JSON Lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotearchive.extract.pipeline import parse_document
from quotearchive.model import Document, RejectedInput
from quotearchive.readers import read_documents
from quotearchive.readers.reuters import unwrap_paragraphs
from quotearchive.text.dates import reuters_date

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def documents(name: str) -> list[Document]:
    return list(read_documents(FIXTURES / name))


def test_reuters_records_become_documents():
    path = FIXTURES / "sample.sgm"
    assert [
        Document(
            source=f"{path}#101",
            text="Farmers in the plains states planted more winter wheat this season than last, a survey by the "
            "invented Plains Grain Council said.\n\n"
            '"We expect a large harvest," the council\'s director said, adding that rain had come at the right time.'
            "\n\nThe survey covered four states.",
            meta={
                "outlet": "Reuters",
                "title": "FARMERS (FRM) PLANT MORE WHEAT",
                "published": "1987-03-03T09:15:42",
                "published_precision": "datetime",
                "dateline": "KANSAS CITY",
                "tags": ["grain", "wheat"],
            },
        ),
        Document(
            source=f"{path}#102",
            text="Blah blah blah.",
            meta={
                "outlet": "Reuters",
                "title": "TEST COMPANY SETS QUARTERLY DIVIDEND",
                "published": "1987-03-03T09:20:00",
                "published_precision": "datetime",
            },
        ),
    ] == documents("sample.sgm")


def test_reuters_company_marks_leave_the_subject_next_to_its_verb(tmp_path):
    # The wire puts a listed company's ticker in angle brackets after its name and an unlisted
    # company's name in them; between a subject and "said" the marks hid the speaker.
    record = (
        '<REUTERS NEWID="7"><DATE>3-MAR-1987 09:15:42.00</DATE><TEXT><TITLE>ACME &lt;ACM.T> SETS ORDER</TITLE>'
        "<BODY>Acme Airways &lt;ACM.T> said it had ordered six jets from &lt;Orbital Aircraft Corp>.\n"
        "    &lt;Orbital Aircraft Corp> said it would deliver them in 1989, and that costs were\n"
        "    less than 5 pct &lt; last year.\n Reuter\n</BODY></TEXT></REUTERS>"
    )
    path = tmp_path / "marks.sgm"
    path.write_text(record)
    [document] = read_documents(path)
    assert document.meta["title"] == "ACME (ACM.T) SETS ORDER"
    assert document.text.startswith("Acme Airways (ACM.T) said it had ordered six jets from Orbital Aircraft Corp.")
    assert "less than 5 pct < last year" in document.text
    article = parse_document(document)
    assert [(q.speaker, q.kind) for q in article.quotes] == [
        ("Acme Airways", "indirect"), ("Orbital Aircraft Corp", "indirect")]


def test_reuters_stray_byte_does_not_stop_the_file():
    [document] = documents("stray_byte.sgm")
    assert ("MüNCHEN BANK PROFIT UP", "Profit rose.") == (document.meta["title"], document.text)


def test_reuters_document_through_the_pipeline():
    article = parse_document(documents("sample.sgm")[0])
    assert ("FARMERS (FRM) PLANT MORE WHEAT", "1987-03-03T09:15:42", "Reuters", "KANSAS CITY") == (
        article.title, article.published, article.outlet, article.dateline
    )
    assert article.body.startswith("Farmers in the plains states planted")
    assert all(article.body[q.start:q.end] == q.text for q in article.quotes)


def test_not_reuters_sgml_is_rejected(tmp_path):
    path = tmp_path / "other.sgm"
    path.write_text("<DOC><TEXT>hello</TEXT></DOC>")
    with pytest.raises(RejectedInput, match="no <REUTERS> records"):
        list(read_documents(path))


@pytest.mark.parametrize(
    "value, expected",
    [
        ("26-FEB-1987 15:01:01.79", ("1987-02-26T15:01:01", "datetime")),
        (" 5-MAR-1987 09:10:54.28", ("1987-03-05T09:10:54", "datetime")),
        ("31-MAR-1987", ("1987-03-31", "day")),
        ("garbage", None),
    ],
)
def test_reuters_date(value, expected):
    assert expected == reuters_date(value)


def test_unwrap_paragraphs():
    assert "One two three.\n\nFour five." == unwrap_paragraphs("One two\nthree.\n    Four\nfive.\n Reuter")


def test_json_lines_bad_lines_are_rejected_records_and_the_rest_kept():
    path = FIXTURES / "crawl.jsonl"
    everything = documents("crawl.jsonl")
    # A record is named by its own URL (or id, or a hash of its text), not its line.
    docs = [d for d in everything if d.rejected is None]
    assert [f"{path}#https://news.example/a", f"{path}#https://blog.example/b", f"{path}#https://news.example/c"] == [
        d.source for d in docs
    ]
    assert [
        (f"{path}#2", "not JSON (Expecting value)"),
        (f"{path}#5", "not a JSON object"),
        (f"{path}#6", 'no "text" or "html" string'),
    ] == [(d.source, d.rejected) for d in everything if d.rejected]
    assert {
        "title": "First story",
        "url": "https://news.example/a",
        "published": "2021-05-04T10:30:00",
        "published_precision": "datetime",
        "byline": "Ann Writer, Bob Scribe",
        "outlet": "news.example",
        "language": "en",
    } == docs[0].meta
    assert {
        "title": "Second story",
        "url": "https://blog.example/b",
        "published": "2021-05-05",
        "published_precision": "day",
        "byline": "Cy Author, Di Author",
        "outlet": "Example Blog",
        "tags": ["alpha", "beta"],
    } == docs[1].meta
    assert (None, True) == (docs[2].text, docs[2].html.startswith("<html>"))


def test_json_lines_html_record_through_the_pipeline():
    article = parse_document(documents("crawl.jsonl")[3])
    assert ("Third story", "https://news.example/c") == (article.title, article.url)
    assert 2 == len(article.body.split("\n\n"))


def test_json_lines_with_no_usable_line_is_rejected():
    with pytest.raises(RejectedInput, match="no usable JSON Lines record"):
        documents("all_bad.jsonl")


def test_a_company_mark_after_a_verb_is_an_unlisted_companys_name_not_a_ticker():
    from quotearchive.readers.reuters import unmark_companies

    assert unmark_companies("Texaco Inc said <AMI> would buy the unit. Separately, <AMI> said") == (
        "Texaco Inc said AMI would buy the unit. Separately, AMI said")
    assert unmark_companies("Texaco Inc <TX> and Pennzoil Co <PZL> said") == "Texaco Inc (TX) and Pennzoil Co (PZL) said"
