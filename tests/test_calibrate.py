"""tools/calibrate: the transfer layer's fit, and the unseen attributions it is fitted on (issue 14)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import quotearchive
from quotearchive.extract.speakers.confidence import transferred
from quotearchive.tools.calibrate import TRANSFER_PRIOR, fit, fit_transfer, read_unseen, write_unseen


def test_a_share_already_right_on_unseen_news_is_left_as_it_is():
    rows = [("trailing:name", True)] * 9 + [("trailing:name", False)]
    assert TRANSFER_PRIOR == fit_transfer({"*": 0.9}, rows)


def test_an_overclaiming_share_is_brought_down_to_what_unseen_news_shows():
    rows = [("trailing:name", i < 6) for i in range(10)]
    layer = fit_transfer({"*": 0.9}, rows, l2=1e-6)
    assert 0.6 == round(transferred(0.9, False, layer), 3)
    assert 0.0 == layer["epithet"]  # no epithet seen: nothing learnt about them


def test_the_ridge_keeps_a_few_rows_from_swinging_the_layer():
    rows = [("trailing:name", i < 6) for i in range(10)] + [("trailing:description:epithet", i < 2) for i in range(5)]
    layer = fit_transfer({"*": 0.9}, rows)
    assert {"bias": -0.2978, "base": 0.3456, "epithet": -0.2532} == layer
    assert 0.6 < transferred(0.9, False, layer) < 0.9


def test_the_table_reads_two_parts_of_a_key():
    scored = [("trailing:description:epithet", 0.0, False), ("trailing:description", 0.0, True)]
    assert ["*", "trailing", "trailing:description"] == sorted(fit(scored))


def test_the_unseen_file_holds_evidence_and_right_or_wrong_only():
    rows = read_unseen()
    assert (251, 230) == (len(rows), sum(right for _, right in rows))
    assert 5 == sum(key.endswith(":epithet") for key, _ in rows)
    assert all(2 <= len(key.split(":")) <= 3 for key, _ in rows)


SHARED = Path(os.environ.get("QUOTEARCHIVE_SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
CORPUS = SHARED / "corpora" / "bbc"


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"BBC corpus not found under {SHARED}")
def test_the_unseen_file_is_written_by_the_extractor_of_the_source_given(tmp_path):
    # This checkout's own src as the "other" one: its rules have seen the training set, so its
    # speakers are right where 2c5dfd9's were not (245 of 258 against 230; 244 before session 22's acronyms).
    out = tmp_path / "unseen.jsonl"
    write_unseen(CORPUS, Path(quotearchive.__file__).resolve().parent.parent, out)
    rows = read_unseen(out)
    assert (251, 245) == (len(rows), sum(right for _, right in rows))
