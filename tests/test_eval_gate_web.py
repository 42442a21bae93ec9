"""Issue 14 on modern web news: quote and speaker figures on the hand-labelled saved pages
(``tools/web_speaker_labels.jsonl``, scored by ``tools/evaluation_web``), pinned just under
what was measured, so a change that loses them fails.  Skipped without the shared pages."""

from __future__ import annotations

import pytest

from quotearchive.tools.evaluation_web import evaluate_split, load_labels, pages_present

from .conftest import SHARED

PAGES = SHARED / "corpora" / "html"
# Measured 2026-12-04 (make eval, after session 15's web rules and web pronoun rules, parse on):
# dev (developed on) quote F1 0.950, speaker 0.833 (215/258), ECE 0.069, at >= 0.8 0.912 of 84.1%
# (0.826, 213/258, ECE 0.068 after the third review's limits on one voice);
# check (no rule written for one of its pages, its errors never read) quote F1 0.953, speaker
# 0.841 (354/421), ECE 0.021, at >= 0.8 0.932 of 83.8%.  Labelled on 2026-12-04: before those
# rules dev was 0.709 and check 0.836.
# Session 16 (2026-12-04, make eval): dev speaker 0.876 (226/258), ECE 0.066, at >= 0.8 0.963 of 83.7%;
# check unchanged (0.841).
# Session 17 (make eval): dev 0.880 (227/258), ECE 0.066; check 0.838 (353/421), ECE 0.024, at >= 0.8
# 0.930 of 84.3% (one quote lost to the first web rule; floors unchanged).
FLOORS = {
    "dev": {"f1": 0.94, "speaker_accuracy": 0.87, "confident_accuracy": 0.95},
    "check": {"f1": 0.945, "speaker_accuracy": 0.83, "confident_accuracy": 0.92},
}
ECE_CEILING = {"dev": 0.08, "check": 0.04}

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def web_figures():
    labels = load_labels()
    if not pages_present(PAGES, labels):
        pytest.skip(f"saved web pages not found under {PAGES}")
    return {split: evaluate_split(PAGES, [p for p in labels if p.split == split]).scores.figures() for split in FLOORS}


@pytest.mark.parametrize("split,name", [(s, n) for s, floors in FLOORS.items() for n in floors])
def test_web_figure_stays_above_floor(web_figures, split, name):
    value, floor = web_figures[split][name], FLOORS[split][name]
    assert value >= floor, f"web pages {split} {name} fell to {value:.3f} (floor {floor})"


@pytest.mark.parametrize("split", sorted(ECE_CEILING))
def test_web_confidence_is_calibrated(web_figures, split):
    assert web_figures[split]["ece"] <= ECE_CEILING[split], f"web pages {split} ECE rose to {web_figures[split]['ece']:.3f}"
