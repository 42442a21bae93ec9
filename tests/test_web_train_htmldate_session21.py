"""The web training set on htmldate's evaluation pages (issue 14, session 21):
``tools/web_train_labels_htmldate.jsonl`` loads, stores no page text, names only English dev-split
pages of htmldate's set, and its offsets and statement keys still fit the bodies our HTML step gives.

The pages are read from ``$HTMLDATE_EVAL`` (as the Makefile passes it; else
``$QUOTEARCHIVE_HTMLDATE_EVAL``, else ``../htmldate-eval/tests`` beside the shared folder); the tests
that need them skip when they are absent.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from quotearchive.extract.pipeline import describe_document
from quotearchive.model import Document, statement_key
from quotearchive.tools.evaluation_html import htmldate_pages, split_of

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "src" / "quotearchive" / "tools" / "web_train_labels_htmldate.jsonl"
SHARED = Path(os.environ.get("QUOTEARCHIVE_SHARED", REPO.parent / "shared"))
HTMLDATE = Path(os.environ.get("HTMLDATE_EVAL") or os.environ.get("QUOTEARCHIVE_HTMLDATE_EVAL")
                or SHARED.parent / "htmldate-eval" / "tests")

ROW_KEYS = {"id", "file", "sha1", "split", "body_sha256", "quotes", "corpus"}
QUOTE_KEYS = {"key", "start", "end", "speaker", "speaker_type", "kind"}


def rows() -> list[dict]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]


def pages_present() -> bool:
    return (HTMLDATE / "eval_default.json").is_file() and all((HTMLDATE / row["file"]).is_file() for row in rows())


needs_pages = pytest.mark.skipif(not pages_present(), reason=f"htmldate's evaluation pages are not under {HTMLDATE}")


def test_every_row_parses_in_the_web_labels_format_and_stores_no_text():
    loaded = rows()
    assert len(loaded) == 43
    assert sum(len(row["quotes"]) for row in loaded) == 487
    for row in loaded:
        assert set(row) == ROW_KEYS, row["file"]
        assert row["corpus"] == "htmldate" and row["split"] == "train" and row["id"] == row["file"]
        assert row["file"].split("/")[0] in {"eval", "test_set"}
        assert len(row["sha1"]) == 40 and len(row["body_sha256"]) == 64
        starts = [q["start"] for q in row["quotes"]]
        assert starts == sorted(starts), row["file"]
        for quote in row["quotes"]:
            assert set(quote) == QUOTE_KEYS, row["file"]
            assert 0 <= quote["start"] < quote["end"]
            assert len(quote["key"]) == 16
            assert quote["speaker_type"] in {"person", "organisation", "description", "none"}
            assert quote["kind"] in {"full", "partial"}
            # A quotation with no source has no speaker, and only such a one.
            assert (quote["speaker"] is None) == (quote["speaker_type"] == "none")


def test_label_counts_by_speaker_type_and_kind():
    quotes = [quote for row in rows() for quote in row["quotes"]]
    by_type = {kind: sum(q["speaker_type"] == kind for q in quotes) for kind in ("person", "organisation", "description", "none")}
    assert by_type == {"person": 395, "organisation": 47, "description": 39, "none": 6}
    assert sum(q["kind"] == "full" for q in quotes) == 375
    assert sum(q["kind"] == "partial" for q in quotes) == 112


def test_no_page_is_one_of_the_check_split_or_another_corpus():
    for row in rows():
        # htmldate's own split by file name: only the dev half may be developed on.
        assert split_of(Path(row["file"]).name) == "dev", row["file"]
        assert "readability" not in row["file"] and "trafilatura" not in row["file"]


@needs_pages
def test_pages_are_htmldate_dev_pages_with_the_bytes_labelled():
    dev = {str(path.relative_to(HTMLDATE)) for _, _, path in htmldate_pages(HTMLDATE, "dev")}
    for row in rows():
        assert row["file"] in dev, row["file"]
        assert hashlib.sha1((HTMLDATE / row["file"]).read_bytes()).hexdigest() == row["sha1"], row["file"]


@needs_pages
def test_offsets_fit_the_body_and_keys_match_its_words_while_it_is_unchanged():
    for row in rows():
        raw = (HTMLDATE / row["file"]).read_bytes()
        # As ingest reads a saved page: no address.
        body = describe_document(Document(source=str(HTMLDATE / row["file"]), html=raw)).body
        for quote in row["quotes"]:
            assert quote["end"] <= len(body), row["file"]
        if hashlib.sha256(body.encode("utf-8")).hexdigest() != row["body_sha256"]:
            continue  # the HTML step changed: the evaluator matches such a page by key alone
        for quote in row["quotes"]:
            words = body[quote["start"]:quote["end"]]
            assert statement_key(words) == quote["key"], (row["file"], words[:60])
            # The span is the words inside the marks, not the marks or the space around them.
            assert words == words.strip() and words[0] not in "\"“”"
