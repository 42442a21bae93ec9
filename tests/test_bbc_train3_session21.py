"""The third BBC training set (issue 14, session 21): business 200-229, politics 200-231.

The labels are stand-off rows beside tools/evaluation.py; these tests read them as the
evaluator does.  The tests that need the articles skip when the shared corpus is absent.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from quotearchive.tools.evaluation import LABELLED_SETS, TRAIN3_LABELS, check_files_present, load_check

from .stand_off_labels import assert_stand_off_row

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTEARCHIVE_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpora" / "bbc"
DEV_GOLD = SHARED / "corpora" / "bbc-gold-dev.jsonl"
OTHER_LABELS = ("bbc_train_labels.jsonl", "bbc_train2_labels.jsonl", "bbc_check_labels.jsonl")
# Held out for independent measurement: never labelled, never read.
HELD_OUT = {("politics", n) for n in range(301, 331)} | {(c, n) for c in ("entertainment", "tech") for n in range(101, 131)}

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"BBC corpus not found under {SHARED}")


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def category_number(file: str) -> tuple[str, int]:
    category, name = file.split("/")
    return category, int(name.removesuffix(".txt"))


def test_train3_is_a_labelled_set_of_the_evaluator():
    assert [s.key for s in LABELLED_SETS if s.labels == TRAIN3_LABELS] == ["train3"]


def test_every_row_parses_with_the_fields_train2_stores():
    train3 = rows(TRAIN3_LABELS)
    assert len(train3) == 60
    for row in train3:
        assert_stand_off_row(row)
        assert row["id"] == row["file"]


def test_the_range_is_business_200_229_and_politics_200_231_without_two_copies():
    files = {category_number(row["file"]) for row in rows(TRAIN3_LABELS)}
    politics = set(range(200, 232)) - {212, 217}  # 212 and 217: copies of held-out 329 and 321
    assert files == {("business", n) for n in range(200, 230)} | {("politics", n) for n in politics}


def test_quote_count_as_labelled():
    assert sum(len(row["quotes"]) for row in rows(TRAIN3_LABELS)) == 365


def test_disjoint_from_the_held_out_ranges():
    assert not {category_number(row["file"]) for row in rows(TRAIN3_LABELS)} & HELD_OUT


def test_disjoint_from_the_other_label_sets_by_file():
    train3 = {row["file"] for row in rows(TRAIN3_LABELS)}
    for name in OTHER_LABELS:
        assert not train3 & {row["file"] for row in rows(TRAIN3_LABELS.with_name(name))}, name


@needs_corpus
def test_disjoint_from_the_dev_gold_by_file():
    assert not {row["file"] for row in rows(TRAIN3_LABELS)} & {row["file"] for row in rows(DEV_GOLD)}


@needs_corpus
def test_no_article_is_a_byte_copy_of_a_labelled_one():
    # The copies of held-out articles (politics/212, 217) are kept out by the range test above.
    others = {row["sha256"] for name in OTHER_LABELS for row in rows(TRAIN3_LABELS.with_name(name))}
    others |= {hashlib.sha256((CORPUS / row["file"]).read_bytes()).hexdigest() for row in rows(DEV_GOLD)}
    assert not {row["sha256"] for row in rows(TRAIN3_LABELS)} & others


@needs_corpus
def test_offsets_lie_inside_the_text_and_inside_quote_marks():
    assert check_files_present(TRAIN3_LABELS, CORPUS)
    for record in load_check(TRAIN3_LABELS, CORPUS):  # refuses an article whose bytes changed
        text = record["text"]
        for quote in record["quotes"]:
            assert quote["end"] <= len(text)
            assert text[quote["start"] - 1] == '"', (record["id"], quote["start"])
            assert '"' not in quote["text"] and quote["text"] == quote["text"].strip(), (record["id"], quote["start"])


@needs_corpus
def test_a_known_quote_reads_as_labelled():
    record = next(r for r in load_check(TRAIN3_LABELS, CORPUS) if r["id"] == "business/201.txt")
    assert [(q["text"], q["speaker"]) for q in record["quotes"]][1] == ("This is a very expensive acquisition,", "Birgit Kuhlhoff")
