"""Articles saved as JSON files: one a file (news-please, webz.io) or a list of them (scrapers' exports)."""

import codecs
import json
import sqlite3

import pytest

from quotearchive import ingest
from quotearchive import readers as read
from quotearchive.model import NotAnArticle, RejectedInput

FERRY = {
    "title": "Ferry fares frozen",
    "maintext": 'The island\'s ferry fares will not rise this winter, the operator said on Tuesday. '
                '"Nobody should pay more to cross the water this winter," said its chief executive, Rhona Baird.',
    "authors": ["Ada Lovell"],
    "date_publish": "2026-03-04 09:00:00",
    "url": "https://gazette.example/ferry",
    "source_domain": "gazette.example",
    "language": "en",
}
HARBOUR = {
    "uuid": "a1b2c3",
    "title": "Harbour plan approved",
    "text": '"This is the best day the town has had in twenty years," said the mayor, Tom Ruiz.',
    "published": "2026-03-02T09:00:00+00:00",
    "author": "Sam Patel",
}


def test_a_news_please_file_is_one_article_named_by_the_file(tmp_path):
    path = tmp_path / "gazette.example" / "ferry.json"
    path.parent.mkdir()
    path.write_text(json.dumps(FERRY, indent=2), encoding="utf-8")
    [document] = read.read_documents(path)
    assert (str(path), FERRY["maintext"], None) == (document.source, document.text, document.rejected)
    assert {"title": "Ferry fares frozen", "url": "https://gazette.example/ferry", "byline": "Ada Lovell", "language": "en",
            "outlet": "gazette.example"}.items() <= document.meta.items()


@pytest.mark.parametrize("wrap", [lambda records: records, lambda records: {"status": "ok", "articles": records},
                                  lambda records: {"data": records, "next": None}])
def test_a_list_of_articles_gives_each_named_as_a_json_lines_record_and_its_bad_items_as_reasons(tmp_path, wrap):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(wrap([FERRY, HARBOUR, {"title": "No text here"}, "a string"])), encoding="utf-8")
    assert [
        (f"{path}#https://gazette.example/ferry", None),
        (f"{path}#id=a1b2c3", None),
        (f"{path}#3", 'no "text" or "html" string'),
        (f"{path}#4", "not a JSON object"),
    ] == [(d.source, d.rejected) for d in read.read_documents(path)]


@pytest.mark.parametrize("content", [{"name": "quotearchive", "version": "1.0"}, [{"label": "speaker"}], {"items": [1, 2]}, []])
def test_a_json_file_with_no_article_text_is_passed_over_as_not_an_article(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(content))
    with pytest.raises(NotAnArticle):
        list(read.read_documents(path))


@pytest.mark.parametrize(("data", "reason"), [
    (b'{"title": "Ferry", "text": "Fares frozen"', r"^not JSON \(Expecting ',' delimiter, line 1 column 42\)$"),
    (b'{"text": "caf\xe9"}', r"^not UTF-8 JSON \(byte 0xe9 at byte 14\)$"),
    (b"  \n", r"^empty file$"),
])
def test_a_json_file_that_cannot_be_read_is_rejected_with_the_reason(tmp_path, data, reason):
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    with pytest.raises(RejectedInput, match=reason):
        list(read.read_documents(path))


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_json_with_a_byte_order_mark_is_read(tmp_path, encoding):
    path = tmp_path / "ferry.json"
    path.write_bytes(json.dumps(FERRY, ensure_ascii=False).encode(encoding))
    assert codecs.BOM_UTF8 in path.read_bytes()[:3] or encoding == "utf-16"
    assert [FERRY["maintext"]] == [d.text for d in read.read_documents(path)]


def test_ingest_reads_a_crawlers_folder_of_json_files_and_passes_over_its_settings(tmp_path):
    folder = tmp_path / "crawl"
    (folder / "gazette.example").mkdir(parents=True)
    (folder / "gazette.example" / "ferry.json").write_text(json.dumps(FERRY))
    (folder / "gazette.example" / "harbour.json").write_text(json.dumps(HARBOUR))
    (folder / "config.json").write_text(json.dumps({"start_urls": ["https://gazette.example/"]}))
    (folder / "broken.json").write_text('{"text": ')
    errors: list[tuple[str, str]] = []
    summary = ingest.ingest(tmp_path / "q.db", [folder], on_error=lambda s, r: errors.append((s, r)))
    assert (2, 1, 1) == (summary.added, summary.rejected, summary.not_articles)
    assert [(str(folder / "broken.json"), "not JSON (Expecting value, line 1 column 10)")] == errors
    conn = sqlite3.connect(tmp_path / "q.db")
    assert [
        ("crawl/gazette.example/ferry.json", "Ferry fares frozen", "2026-03-04T09:00:00", "Ada Lovell", "https://gazette.example/ferry"),
        ("crawl/gazette.example/harbour.json", "Harbour plan approved", "2026-03-02T09:00:00+00:00", "Sam Patel", None),
    ] == conn.execute("select source, title, published, byline, url from articles order by source").fetchall()
    assert [("Nobody should pay more to cross the water this winter,", "Rhona Baird"),
            ("This is the best day the town has had in twenty years,", "Tom Ruiz")] == conn.execute(
        "select q.text, s.name from quotes q join speakers s on s.id = q.speaker_id where q.kind != 'indirect' order by 1").fetchall()
