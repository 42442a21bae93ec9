"""Issue 20 (8): character references left in plain text by an HTML conversion are decoded."""

import pytest

from quotearchive.extract.pipeline import parse_document
from quotearchive.readers import read_documents
from quotearchive.text.entities import decode_references


@pytest.mark.parametrize("raw,expected", [
    ("a pr&#233;cis of the advice", "a précis of the advice"),
    ("Tottenham bid &#163;8m", "Tottenham bid £8m"),
    ("caf&eacute; and caf&#xE9;", "café and café"),
    ("&lt;PIKS&gt; &amp; more", "<PIKS> & more"),
    # The source's lost apostrophe, between letters only.
    ('"Mr Blair&#191;s government is all talk."', '"Mr Blair\'s government is all talk."'),
    ("a person¿s health", "a person's health"),
    # Not references: no semicolon, unknown names, a real Spanish question.
    ("AT&T and Q&A, R&D", "AT&T and Q&A, R&D"),
    ("&notanentity; stays", "&notanentity; stays"),
    ("él dijo: ¿Qué pasa? &#191;Por qué?", "él dijo: ¿Qué pasa? ¿Por qué?"),
    ("wire&#3; framing&#0;", "wire framing"),
    ("it&#146;s &#147;done&#148;", "it’s “done”"),  # Windows-1252's bytes, as browsers read them
])
def test_decode_references(raw, expected):
    assert expected == decode_references(raw)


def test_plain_text_reader_decodes_before_extraction(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "Parliament saw only a pr&#233;cis of the advice\n\n"
        "The claims suggested Parliament had only received a pr&#233;cis of the second opinion on the war.\n"
        'Tim Collins said: "Mr Blair&#191;s government is all talk. It costs &#163;8m a day."\n',
        "utf-8",
    )
    (doc,) = read_documents(path)
    article = parse_document(doc)
    assert "Parliament saw only a précis of the advice" == article.title
    assert [("full", "Mr Blair's government is all talk. It costs £8m a day.")] == [
        (q.kind, q.text) for q in article.quotes if q.kind != "indirect"
    ]
    # The reported clause ("The claims suggested ...", issue 15) is read from decoded text too.
    assert ["Parliament had only received a précis of the second opinion on the war"] == [
        q.text for q in article.quotes if q.kind == "indirect"
    ]
    assert "&#" not in article.body


def test_bbc_texts_read_without_references(shared):
    bbc = shared / "corpora" / "bbc"
    bodies = {name: parse_document(next(iter(read_documents(bbc / name)))) for name in ("politics/324.txt", "politics/352.txt", "sport/191.txt")}
    assert "received a précis of Lord Goldsmith's second opinion" in bodies["politics/324.txt"].body
    assert 'Mr Blair\'s government is all talk.' in bodies["politics/352.txt"].body
    assert "Tottenham bid £8m for Forest duo" == bodies["sport/191.txt"].title
