"""Tests for quotearchive.tools.evaluation_web: matching web-page quotes by their words, and scoring.

The page is written here (not corpus text): a short news story with two quotations, one
partial, one full, and a headline; the labels are made the way web_speaker_labels.jsonl is.
"""

from __future__ import annotations

import hashlib
import json

from quotearchive.extract.pipeline import parse_document
from quotearchive.model import Document, statement_key
from quotearchive.tools.evaluation_web import (
    GoldQuote,
    LabelledPage,
    WebScores,
    load_labels,
    main,
    match_page,
    score_page,
    word_overlap,
    words,
)

PAGE = (
    "<html><head><title>Harbour plan approved</title></head><body><article>"
    "<h1>Harbour plan approved</h1>"
    "<p>The council approved the harbour plan on Tuesday after a long debate.</p>"
    "<p>\u201cWe have waited ten years for this,\u201d said Maria Lindqvist, the council leader.</p>"
    "<p>Critics called the cost \u201ca burden on every household in the town\u201d and promised to keep fighting.</p>"
    "<p>The first boats are expected to use the new quay next spring, officials said.</p>"
    "</article></body></html>"
).encode("utf-8")


def _labelled(body: str, quotes: list[tuple[str, str | None, str, str]], sha1: str = "x") -> LabelledPage:
    gold = []
    for text, speaker, kind_of_speaker, kind in quotes:
        start = body.index(text)
        gold.append(GoldQuote(statement_key(text), start, start + len(text), speaker, kind_of_speaker, kind))
    return LabelledPage("page.html", sha1, "dev", hashlib.sha256(body.encode("utf-8")).hexdigest(), tuple(gold))


def test_words_and_overlap():
    assert words("\u201cWe WON, didn't we?\u201d") == ["we", "won", "didn", "t", "we"]
    assert word_overlap(["a", "b", "c", "d"], ["b", "c"]) == 0.5
    assert word_overlap(["a", "b", "c"], ["c", "b"]) == 0.0  # a run, in order
    assert word_overlap([], ["a"]) == 0.0


def test_match_by_key_first_then_by_words():
    gold = [GoldQuote(statement_key("we will win the vote"), 0, 20, "A", "person", "full"),
            GoldQuote(statement_key("a disgrace to the town"), 30, 52, "B", "person", "partial")]
    gold_words = [words("we will win the vote"), words("a disgrace to the town")]
    predicted = [{"text": "a disgrace to the town, and"}, {"text": "We will win the vote!"}, {"text": "nothing"}]
    assert sorted(match_page(gold, gold_words, predicted)) == [(0, 1, "key"), (1, 0, "words")]
    # Without the gold words (the body changed since labelling), keys alone.
    assert match_page(gold, None, predicted) == [(0, 1, "key")]
    # One word of five is not the same quotation.
    assert match_page(gold[1:], gold_words[1:], [{"text": "a disgrace"}]) == []


def test_score_page_on_a_page_we_wrote():
    article = parse_document(Document(source="page.html", html=PAGE))
    body = article.body
    page = _labelled(body, [("We have waited ten years for this,", "Maria Lindqvist", "person", "full"),
                            ("a burden on every household in the town", "Critics", "description", "partial")])
    predicted = [q.to_dict() for q in article.quotes if q.kind != "indirect"]
    web = WebScores()
    score_page(web, page, body, predicted)
    scores = web.scores
    assert (web.pages, scores.gold) == (1, 2)
    assert scores.matched == 2 and web.by_key + web.by_words == 2 and not web.changed_bodies
    lindqvist = next(p for p in predicted if p["text"].startswith("We have waited"))
    assert lindqvist["speaker"] == "Maria Lindqvist"
    assert scores.speaker_total == 2 and scores.speaker_right >= 1
    assert len(scores.scored) == 2  # a confidence kept for each scored speaker


def test_a_changed_body_is_matched_by_key_alone():
    page = _labelled("\u201cWe will win the vote,\u201d she said.", [("We will win the vote,", "Ann Lee", "person", "full")])
    web = WebScores()
    score_page(web, page, "Another body. \u201cWe will win the vote\u201d, she said.", [{"text": "We will win the vote", "speaker": "Ann Lee"}])
    assert web.changed_bodies == ["page.html"] and web.by_key == 1 and web.scores.speaker_right == 1


def test_a_speakerless_quote_counts_for_quotes_not_speakers():
    body = "\u201cNothing lasts,\u201d the sign read."
    page = _labelled(body, [("Nothing lasts,", None, "none", "full")])
    web = WebScores()
    score_page(web, page, body, [{"text": "Nothing lasts,", "speaker": None}])
    assert (web.scores.matched, web.scores.speaker_total, web.scores.end_to_end) == (1, 0, 1)


def test_main_scores_a_folder_and_writes_dev_misses(tmp_path, capsys):
    folder = tmp_path / "html"
    folder.mkdir()
    (folder / "page.html").write_bytes(PAGE)
    sha1 = hashlib.sha1(PAGE).hexdigest()
    (folder / "INDEX.tsv").write_text("file\tlang\turl\tsha1\npage.html\ten\t\t" + sha1 + "\n", encoding="utf-8")
    body = parse_document(Document(source=str(folder / "page.html"), html=PAGE)).body
    page = _labelled(body, [("We have waited ten years for this,", "Maria Lindqvist", "person", "full")], sha1=sha1)
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps({"id": page.file, "file": page.file, "sha1": page.sha1, "split": "dev",
                                  "body_sha256": page.body_sha256,
                                  "quotes": [q.__dict__ for q in page.quotes]}) + "\n", encoding="utf-8")
    assert len(load_labels(labels)) == 1
    misses = tmp_path / "misses.txt"
    assert main([str(folder), "--labels", str(labels), "--misses", str(misses)]) == 0
    out = capsys.readouterr().out
    assert "Web pages dev" in out and "recall 1.000" in out and "speaker accuracy 1.000 (1/1)" in out
    assert misses.exists()


def test_main_skips_without_the_pages(tmp_path, capsys):
    assert main([str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_the_shipped_labels_hold_no_page_text():
    for page in load_labels():
        assert page.split in ("dev", "check")
        for quote in page.quotes:
            assert len(quote.key) == 16 and quote.end > quote.start
            assert quote.speaker_type in ("person", "organisation", "description", "none")
            assert (quote.speaker is None) == (quote.speaker_type == "none")
