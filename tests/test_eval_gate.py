"""Quality gate: the extractor must not lose accuracy on the BBC gold set.

As trafilatura does, the floors are pinned just under what the extractor
reaches (see ``make eval``), so a change that makes quotes or speakers worse
fails CI.  Raise them when the figures improve; never lower them to make a
change pass.  Skipped when the shared corpora (``../shared`` beside the repo,
or ``$QUOTEARCHIVE_SHARED``) are absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quotearchive.tools.evaluation import evaluate

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTEARCHIVE_SHARED", REPO.parent / "shared"))
GOLD = SHARED / "corpora" / "bbc-gold-dev.jsonl"
CORPUS = SHARED / "corpora" / "bbc"

# Reached when pinned: P 0.977, R 0.980, F1 0.979, exact F1 0.979,
# speaker accuracy 0.950, end-to-end F1 0.930.  The gold was revised since (two
# offsets fixed): the same code then measured P 0.980, R 0.984, F1 0.982,
# speaker accuracy 0.943 (283/300), end-to-end F1 0.926, so the speaker floor
# follows the data, not a change of the extractor.
FLOORS = {
    "precision": 0.97,
    "recall": 0.97,
    "f1": 0.972,
    "exact_f1": 0.97,
    "speaker_accuracy": 0.94,
    "end_to_end_f1": 0.92,
}

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not GOLD.is_file() or not CORPUS.is_dir(), reason=f"gold corpus not found under {SHARED}"),
]


@pytest.fixture(scope="module")
def figures():
    scores, _ = evaluate(GOLD, CORPUS)
    return scores.figures()


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figure_stays_above_floor(figures, name):
    assert figures[name] >= FLOORS[name], f"{name} fell to {figures[name]:.3f} (floor {FLOORS[name]})"
