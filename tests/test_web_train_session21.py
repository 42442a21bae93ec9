"""The web training set's scorer (``tools/evaluation_web_train.py``, ``evaluation_web --train``): its
loader, how it reads a page (gzip undone, bytes checked), its matching and scoring through
``evaluation_web``, and the corpora it skips.  The page is a small one written for these tests."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from quotearchive.extract.pipeline import describe_document
from quotearchive.model import Document, statement_key
from quotearchive.tools import evaluation_web
from quotearchive.tools.web_scores import read_labelled_page
from quotearchive.tools.evaluation_web_train import (
    ALL,
    corpus_status,
    evaluate_train,
    load_train_labels,
    run_train,
    train_label_files,
)

PAGE = b"""<!DOCTYPE html><html><head><title>Council approves river bridge</title></head><body><article>
<h1>Council approves river bridge</h1>
<p>The city council approved a new footbridge over the river on Monday evening, after a debate that ran for more than three hours in the town hall.</p>
<p>"This bridge will join two neighbourhoods that have been apart for far too long," said Mayor Jane Holloway, who has backed the plan since her election.</p>
<p>Not everyone in the chamber was convinced by the figures the engineers presented to the members.</p>
<p>"It costs far too much money for a town of our size," said Tom Becker, who runs a hardware shop near the old ferry landing.</p>
<p>Work on the footbridge is expected to begin next spring and to take about two years to finish.</p>
</article></body></html>"""

FIRST = "This bridge will join two neighbourhoods that have been apart for far too long,"
SECOND = "It costs far too much money for a town of our size,"
FUNDUS_FILE = "tests/resources/parser/test_data/us/Town_2024_01_01.html.gz"
MERCURY_FILE = "fixtures/town.example.html"


def _body() -> str:
    return describe_document(Document(source="page.html", html=PAGE)).body


def _row(corpus: str, file: str, raw: bytes, speakers: tuple[str, str]) -> dict:
    body = _body()
    quotes = []
    for text, speaker in zip((FIRST, SECOND), speakers):
        start = body.index(text)
        quotes.append({"key": statement_key(text), "start": start, "end": start + len(text), "speaker": speaker,
                       "speaker_type": "person", "kind": "full"})
    return {"id": f"{corpus}:{file}", "corpus": corpus, "file": file, "sha1": hashlib.sha1(raw).hexdigest(),
            "split": "train", "body_sha256": hashlib.sha256(body.encode("utf-8")).hexdigest(), "quotes": quotes}


@pytest.fixture
def corpora(tmp_path: Path) -> tuple[dict[str, Path | None], Path]:
    """A fundus-like root with the page gzip-compressed, a Mercury-like root with it as is, and labels
    (the Mercury page's second speaker deliberately wrong, so one speaker scores wrong)."""
    fundus, mercury = tmp_path / "fundus", tmp_path / "mercury"
    packed = gzip.compress(PAGE, mtime=0)
    (fundus / FUNDUS_FILE).parent.mkdir(parents=True)
    (fundus / FUNDUS_FILE).write_bytes(packed)
    (mercury / MERCURY_FILE).parent.mkdir(parents=True)
    (mercury / MERCURY_FILE).write_bytes(PAGE)
    labels = tmp_path / "web_train_labels_test.jsonl"
    rows = [_row("fundus", FUNDUS_FILE, packed, ("Jane Holloway", "Tom Becker")),
            _row("mercury", MERCURY_FILE, PAGE, ("Jane Holloway", "Anna Smith"))]
    labels.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return {"fundus": fundus, "mercury": mercury, "htmldate": None}, labels


def test_loader_reads_corpus_and_quotes(corpora: tuple[dict, Path]) -> None:
    _, labels = corpora
    pages = load_train_labels([labels])
    assert [p.corpus for p in pages] == ["fundus", "mercury"]
    assert pages[0].page.file == FUNDUS_FILE
    assert pages[1].page.quotes[1].speaker == "Anna Smith"
    assert pages[0].page.quotes[0].key == statement_key(FIRST)


def test_loader_refuses_an_unknown_corpus(tmp_path: Path) -> None:
    path = tmp_path / "web_train_labels_bad.jsonl"
    path.write_text(json.dumps({"corpus": "readability", "file": "x.html", "sha1": "0", "split": "train",
                                "body_sha256": "0", "quotes": []}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="readability"):
        load_train_labels([path])


def test_a_gz_page_is_decompressed_and_its_bytes_checked(corpora: tuple[dict, Path]) -> None:
    roots, labels = corpora
    fundus_page = load_train_labels([labels])[0].page
    doc = read_labelled_page(roots["fundus"], fundus_page)
    assert doc.html == PAGE
    (roots["fundus"] / FUNDUS_FILE).write_bytes(gzip.compress(PAGE + b" ", mtime=0))
    with pytest.raises(ValueError, match="sha1"):
        read_labelled_page(roots["fundus"], fundus_page)


def test_scores_per_corpus_and_together(corpora: tuple[dict, Path]) -> None:
    roots, labels = corpora
    scored, skipped = evaluate_train(roots, load_train_labels([labels]))
    assert skipped == {"htmldate": "skipped, no labelled pages for htmldate (no web_train_labels_*.jsonl row with corpus 'htmldate')"}
    fundus, mercury, together = scored["fundus"], scored["mercury"], scored[ALL]
    assert (fundus.pages, fundus.scores.gold, fundus.scores.matched, fundus.by_key) == (1, 2, 2, 2)
    assert (fundus.scores.speaker_right, fundus.scores.speaker_total) == (2, 2)
    assert (mercury.scores.speaker_right, mercury.scores.speaker_total) == (1, 2)
    assert (together.pages, together.scores.gold, together.scores.speaker_right, together.scores.speaker_total) == (2, 4, 3, 4)
    assert together.changed_bodies == []


def test_a_corpus_without_its_folder_or_its_pages_is_skipped(corpora: tuple[dict, Path], tmp_path: Path) -> None:
    roots, labels = corpora
    pages = [p for p in load_train_labels([labels]) if p.corpus == "mercury"]
    assert corpus_status("mercury", None, pages) == "skipped, no --mercury DIR given"
    assert corpus_status("mercury", roots["mercury"], pages) is None
    empty = tmp_path / "empty"
    empty.mkdir()
    assert corpus_status("mercury", empty, pages) == f"skipped, 1 labelled pages are not under {empty} (first: {MERCURY_FILE})"
    scored, skipped = evaluate_train({"fundus": roots["fundus"], "mercury": None}, load_train_labels([labels]))
    assert sorted(scored) == [ALL, "fundus"]
    assert skipped["mercury"] == "skipped, no --mercury DIR given"


def test_run_train_prints_rows_and_writes_misses(corpora: tuple[dict, Path], tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    roots, labels = corpora
    misses = tmp_path / "misses.txt"
    run_train(roots, misses, label_files=[labels])
    out = capsys.readouterr().out
    assert "== Web train: fundus (fundus pages; hand-labelled, development)\narticles 1  gold quotes 2" in out
    assert "== Web train: htmldate (htmldate pages; hand-labelled, development)\nskipped, no labelled pages" in out
    assert "== Web train: all corpora (the corpora scored above, together; hand-labelled, development)\narticles 2" in out
    assert "speaker accuracy 0.750 (3/4)" in out
    written = misses.read_text(encoding="utf-8")
    assert written.startswith(MERCURY_FILE + "\n  who   ")
    assert "gold 'Anna Smith' (person, full), got 'Tom Becker'" in written


def test_train_label_files_are_found_by_their_name(tmp_path: Path) -> None:
    for name in ("web_train_labels_b.jsonl", "web_train_labels_a.jsonl", "web_speaker_labels.jsonl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert [p.name for p in train_label_files(tmp_path)] == ["web_train_labels_a.jsonl", "web_train_labels_b.jsonl"]
    shipped = [p.name for p in train_label_files()]
    assert "web_train_labels_fundus_mercury.jsonl" in shipped


def test_command_line_needs_a_folder_unless_train(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        evaluation_web.main([])
    assert stopped.value.code == 2
    assert "FOLDER is needed (or --train)" in capsys.readouterr().err
