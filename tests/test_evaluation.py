"""Tests for quotearchive.tools.evaluation: matching and scoring rules."""

from __future__ import annotations

import json

import pytest

from quotearchive.tools.evaluation import Scores, main, match, overlap_ok, score_article, speaker_right


def test_overlap_needs_half_the_union():
    assert overlap_ok((0, 10), (0, 10))
    assert overlap_ok((0, 10), (0, 5))
    assert not overlap_ok((0, 10), (0, 4))
    assert not overlap_ok((0, 10), (10, 20))


def test_match_is_one_to_one_closest_first():
    gold = [{"start": 0, "end": 10}, {"start": 12, "end": 20}]
    predicted = [{"start": 0, "end": 18}, {"start": 0, "end": 9}, {"start": 12, "end": 19}]
    assert sorted(match(gold, predicted)) == [(0, 1), (1, 2)]


def test_speaker_rules():
    assert speaker_right("Vladimir Putin", "Putin")
    assert speaker_right("Mr Blair", "Tony Blair")
    assert speaker_right("a spokesman for the firm", "a spokesman")
    assert not speaker_right("Gordon Brown", "Tony Blair")
    assert not speaker_right(None, "Tony Blair")


def test_score_article_counts():
    text = '"Hello there," said Mr Smith. "Bye," he said.'
    gold = [
        {"start": 1, "end": 13, "text": "Hello there,", "speaker": "John Smith"},
        {"start": 31, "end": 35, "text": "Bye,", "speaker": "John Smith"},
    ]
    predicted = [{"start": 1, "end": 13, "speaker": "Smith"}, {"start": 20, "end": 28, "speaker": None}]
    scores = Scores()
    score_article(scores, "a", text, gold, predicted)
    assert (scores.gold, scores.predicted, scores.matched, scores.exact) == (2, 2, 1, 1)
    assert (scores.speaker_total, scores.speaker_right, scores.end_to_end) == (1, 1, 1)
    assert scores.figures()["f1"] == 0.5


def test_main_runs_the_cli(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text('Headline\n\n"We will win," said Mr Smith.\n', encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    row = {"id": "a.txt", "file": "a.txt", "quotes": [{"start": 11, "end": 23, "text": "We will win,", "speaker": "Mr Smith"}]}
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert main([str(gold), "--corpus", str(corpus), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "precision 1.000  recall 1.000  F1 1.000" in out
    assert "speaker accuracy 1.000 (1/1)" in out
    assert "articles/s" in out


def test_expected_calibration_error():
    from quotearchive.tools.evaluation import expected_calibration_error

    # Confidence 0.9, right 9 times in 10: calibrated.
    assert expected_calibration_error([(0.9, True)] * 9 + [(0.9, False)]) < 1e-9
    # Confidence 0.9, right half the time: off by 0.4.
    assert abs(expected_calibration_error([(0.9, True), (0.9, False)]) - 0.4) < 1e-9


def test_confidence_figures_from_scored_speakers():
    scores = Scores(scored=[("trailing:name", 0.95, True), ("sentence:description", 0.6, False), (None, 0.0, False)])
    figures = scores.figures()
    assert figures["confident_accuracy"] == 1.0
    assert abs(figures["confident_coverage"] - 1 / 3) < 1e-9


def test_polnear_scores_direct_and_mixed_quotes_with_speaker_as_written(tmp_path):
    from quotearchive.tools.evaluation import load_polnear

    row = {"id": "a", "text": 'T\n\n"We will win," the senator said. He called it "a joke".', "quotes": [
        {"start": 4, "end": 16, "text": "We will win,", "speaker": "the senator", "type": "direct"},
        {"start": 48, "end": 54, "text": "a joke", "speaker": None, "type": "mixed"},
        {"start": 0, "end": 1, "text": "T", "speaker": "x", "type": "other"},
    ]}
    path = tmp_path / "polnear_train.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    records = load_polnear(path)
    assert [q["text"] for q in records[0]["quotes"]] == ["We will win,", "a joke"]
    scores = Scores(as_written=True)
    predicted = [{"start": 4, "end": 16, "speaker": "Ann Lee", "speaker_as_written": "the senator"}]
    score_article(scores, "a", row["text"], records[0]["quotes"], predicted)
    assert (scores.speaker_total, scores.speaker_right, scores.speaker_right_name) == (1, 1, 0)


def _check_corpus(tmp_path, text: str):
    corpus = tmp_path / "corpus"
    (corpus / "sport").mkdir(parents=True)
    (corpus / "sport" / "001.txt").write_bytes(text.encode("utf-8"))
    return corpus


def test_check_labels_take_their_text_from_the_corpus(tmp_path):
    import hashlib

    from quotearchive.tools.evaluation import load_check

    text = 'Headline\n\n"We will win," said Ann Lee.\n'
    corpus = _check_corpus(tmp_path, text)
    labels = tmp_path / "labels.jsonl"
    row = {"id": "sport/001.txt", "file": "sport/001.txt", "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
           "quotes": [{"start": 11, "end": 23, "speaker": "Ann Lee", "speaker_type": "person", "kind": "full"}]}
    labels.write_text(json.dumps(row) + "\n", encoding="utf-8")
    records = load_check(labels, corpus)
    assert [{"start": 11, "end": 23, "speaker": "Ann Lee", "speaker_type": "person", "kind": "full", "text": "We will win,"}] == records[0]["quotes"]
    assert text == records[0]["text"]


def test_check_labels_refuse_an_article_whose_bytes_changed(tmp_path):
    from quotearchive.tools.evaluation import load_check

    corpus = _check_corpus(tmp_path, 'Headline\n\n"We will win," said Ann Lee.\n')
    labels = tmp_path / "labels.jsonl"
    row = {"id": "sport/001.txt", "file": "sport/001.txt", "sha256": "0" * 64, "quotes": []}
    labels.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="sport/001.txt: sha256"):
        load_check(labels, corpus)


def test_main_skips_the_check_set_when_its_articles_are_absent(tmp_path, capsys):
    corpus = _check_corpus(tmp_path, 'Headline\n\n"We will win," said Mr Smith.\n')
    gold = tmp_path / "gold.jsonl"
    row = {"id": "sport/001.txt", "file": "sport/001.txt", "quotes": [{"start": 11, "end": 23, "text": "We will win,", "speaker": "Mr Smith"}]}
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert main([str(gold), "--corpus", str(corpus), "--check", "--no-speed"]) == 0
    out = capsys.readouterr().out
    assert "== BBC train (entertainment, sport, tech 021-045; hand-labelled, development)\nskipped: its articles are not under" in out
    assert "== BBC train2 (entertainment, sport, tech 046-065; hand-labelled, development)\nskipped: its articles are not under" in out
    assert "== BBC check (entertainment, sport, tech 001-020; hand-labelled, check set)\nskipped: its articles are not under" in out


# The articles each hand-labelled set covers; never entertainment/101-130 or tech/101-130 (held out).
LABELLED_ARTICLES = {"check": range(1, 21), "train": range(21, 46), "train2": range(46, 66)}


@pytest.mark.parametrize("key", sorted(LABELLED_ARTICLES))
def test_labels_in_the_repository_hold_no_corpus_text(key):
    from quotearchive.tools.evaluation import LABELLED_SETS

    labels = {labelled.key: labelled.labels for labelled in LABELLED_SETS}[key]
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines()]
    expected = [f"{category}/{n:03d}.txt" for category in ("entertainment", "sport", "tech") for n in LABELLED_ARTICLES[key]]
    assert expected == [row["file"] for row in rows]
    assert [{"id", "file", "sha256", "quotes"}] == list({frozenset(row) for row in rows})
    keys = {frozenset(q) for row in rows for q in row["quotes"]}
    assert [{"start", "end", "speaker", "speaker_type", "kind"}] == [set(k) for k in keys]
    assert {"person", "org", "description", "none"} == {q["speaker_type"] for row in rows for q in row["quotes"]}
