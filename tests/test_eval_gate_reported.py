"""Quality gate: reported speech must not lose accuracy on PolNeAR (issue 15).

The floors are pinned just under what ``make eval`` printed when they were set
(``tools/evaluation_reported``), on the train split the patterns were written
on and on the dev split they were checked on.  Raise them when the figures
improve; never lower them to make a change pass.  Skipped when the shared
corpora (``../shared`` beside the repo, or ``$QUOTEARCHIVE_SHARED``) are absent.
PolNeAR's test split is held out: it is never read here.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quotearchive.tools.evaluation_reported import score

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTEARCHIVE_SHARED", REPO.parent / "shared"))
POLNEAR = SHARED / "corpora" / "polnear"

# Session 19 (2026-12-04, make eval: where a statement ends, a report inside an attribution, and the
# speaker rules): train P 0.822, R 0.374, F1 0.514, speaker 0.830 (4419/5325); dev P 0.821,
# R 0.381, F1 0.520, speaker 0.890 (501/563), ECE 0.038; every floor raised just under.
# Ninth round (session 14: "saying" with any noun after it, "quoted as saying", pictures that
# show, surveys named further back; a setting alone before ", X said," and a manner phrase after
# it no statements): train P 0.815, R 0.363, F1 0.502, speaker 0.822, ECE 0.004; dev P 0.819,
# R 0.375, F1 0.515, speaker 0.875, ECE 0.027; precision, recall and F1 floors raised just under.
# Measured when pinned (eighth round: title-case lines read as prose, "cited"/"citing" and their
# target, a compound subject after "said"): train P 0.806, R 0.363, F1 0.501, speaker accuracy
# 0.821, ECE 0.005; dev P 0.814, R 0.377, F1 0.515, speaker accuracy 0.872, ECE 0.024; recall and
# F1 floors raised, precision and speaker floors as they were.  With the tagger on: train P 0.831,
# R 0.456, F1 0.589, speaker 0.734; dev P 0.787, R 0.444, F1 0.568, speaker 0.800.
# (Sixth round: short targets and infinitives, "asked NAME whether",
# settings before "that", the objects of attacked/slammed/blasted/mocked/touted/expressed/endorsed,
# "warned of", "talked about", "pointed to"; calibration_indirect.json refitted): train P 0.807,
# R 0.358, F1 0.496, speaker accuracy 0.820, ECE 0.005; dev P 0.814, R 0.369, F1 0.508, speaker
# accuracy 0.869, ECE 0.025.  The precision floors were lowered (train 0.81 -> 0.805, dev 0.82 ->
# 0.81): the round's new targets are matched about three times in five (train 142 of 228, dev 13
# of 22), below the patterns' average, for recall +0.015 (train) and +0.009 (dev), F1 up on both.
# (Fifth round: survey findings after their clause, "But, according to
# X, CLAUSE", a second speaker after "and", the tail of ", X said", settings and their
# subjects, targets ending at a second act): train P 0.812, R 0.342, F1 0.482, speaker
# accuracy 0.819, ECE 0.005; dev P 0.826, R 0.360, F1 0.502, speaker accuracy 0.868, ECE 0.023.
# (On main after the merge and the refit: train R 0.343, speaker 4,004/4,887; dev ECE 0.025.)
# (Fourth round: train P 0.806, R 0.337, F1 0.476, speaker accuracy 0.814, ECE 0.005;
# dev P 0.821, R 0.355, F1 0.495, speaker accuracy 0.871, ECE 0.028 (issue 15's fourth round:
# NYT's two-apostrophe quotations as statements, plural survey findings, "states" as a noun,
# appositions around "said", questions put mid-sentence, gerund subjects, wider targets,
# "reported"/"indicated"/"revealed" without "that"; calibration_indirect.json refitted).)
# (Third round: train 0.777/0.279/0.410/0.791, dev 0.810/0.318/0.457/0.864.)
# Session 22 (2026-12-04): a source as written counts as the direct quotes' scorer counts it, names
# compared as whole words, calibration_indirect.json refitted: train speaker 0.846 (4505/5323; by
# resolved name alone 0.827), ECE 0.005; dev 0.904 (509/563; by name alone 0.885), ECE 0.029.
# Session 24 (reported24: a short target's time, honorific targets, progressive cues, ", said former minister
# X" and ", said officials in X"): train P 0.822, R 0.375, F1 0.515, speaker 0.847 (4520/5339), ECE 0.004; dev
# P 0.823, R 0.383, F1 0.523, speaker 0.905 (512/566), ECE 0.031; recall and F1 floors raised just under.
FLOORS = {
    "train": {"precision": 0.82, "recall": 0.374, "f1": 0.514, "speaker_accuracy": 0.845},
    "dev": {"precision": 0.818, "recall": 0.382, "f1": 0.521, "speaker_accuracy": 0.90},
}
# speaker_confidence of indirect statements stays calibrated (expected calibration error, at most).
ECE_CEILINGS = {"train": 0.02, "dev": 0.045}

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not (POLNEAR / "polnear_dev.jsonl").is_file(), reason=f"PolNeAR not found under {SHARED}"),
]


@pytest.fixture(scope="module")
def figures():
    return {split: score(POLNEAR / f"polnear_{split}.jsonl").figures() for split in FLOORS}


def check_floor(figures: dict, floors: dict, split: str, name: str, mode: str = "") -> None:
    value = figures[split][name]
    assert value >= floors[split][name], f"{mode}{split} {name} fell to {value:.3f} (floor {floors[split][name]})"


def check_calibrated(figures: dict, split: str, mode: str = "") -> None:
    assert figures[split]["ece"] <= ECE_CEILINGS[split], f"{mode}{split} ECE rose to {figures[split]['ece']:.3f}"


@pytest.mark.parametrize("split, name", [(split, name) for split in FLOORS for name in FLOORS[split]])
def test_figure_stays_above_floor(figures, split, name):
    check_floor(figures, FLOORS, split, name)


@pytest.mark.parametrize("split", sorted(ECE_CEILINGS))
def test_confidence_stays_calibrated(figures, split):
    check_calibrated(figures, split)


# With the tagger on (QUOTEARCHIVE_TAGGER=on; extract/reported/tagger.py, trained by
# tools/train_reported on PolNeAR train), measured when pinned (seventh round): train P 0.831,
# R 0.453, F1 0.586, speaker accuracy 0.728, ECE 0.016; dev P 0.787, R 0.440, F1 0.565, speaker
# accuracy 0.793, ECE 0.017.  Its speaker accuracy is lower: the spans it adds have a cue-less
# or distant attribution the resolver reads less often (docs/reported-speech.md, seventh round).
# Session 20 (the model retrained with the cue-context features, issue-15-tagger2): train P 0.837,
# R 0.470, F1 0.602, speaker 0.753, ECE 0.013; dev P 0.786, R 0.463, F1 0.583, speaker 0.825,
# ECE 0.033; recall, F1 and speaker floors raised just under (dev precision was 0.791).
TAGGER_FLOORS = {
    "train": {"precision": 0.835, "recall": 0.465, "f1": 0.597, "speaker_accuracy": 0.745},
    "dev": {"precision": 0.78, "recall": 0.455, "f1": 0.578, "speaker_accuracy": 0.815},
}


# With the tagger reading only the sentences that hold a cue (QUOTEARCHIVE_TAGGER=cued; session
# 14), measured when pinned: train P 0.845, R 0.419, F1 0.560, speaker accuracy 0.783, ECE 0.012;
# dev P 0.806, R 0.411, F1 0.544, speaker accuracy 0.852, ECE 0.021.
# Session 20 (the same model): train P 0.847, R 0.440, F1 0.579, speaker 0.791, ECE 0.011; dev
# P 0.803, R 0.435, F1 0.564, speaker 0.868, ECE 0.035; recall, F1 and speaker floors raised just under.
CUED_FLOORS = {
    "train": {"precision": 0.845, "recall": 0.435, "f1": 0.574, "speaker_accuracy": 0.785},
    "dev": {"precision": 0.80, "recall": 0.43, "f1": 0.56, "speaker_accuracy": 0.86},
}
MODE_FLOORS = {"on": TAGGER_FLOORS, "cued": CUED_FLOORS}


@pytest.fixture(scope="module", params=sorted(MODE_FLOORS))
def tagger_figures(request):
    pytest.importorskip("pycrfsuite")
    from quotearchive.extract.reported import tagger

    with pytest.MonkeyPatch.context() as env:
        env.setenv(tagger.SETTING, request.param)
        assert tagger.enabled() and tagger.cued_only() == (request.param == "cued")
        figures = {split: score(POLNEAR / f"polnear_{split}.jsonl").figures() for split in MODE_FLOORS[request.param]}
    return request.param, figures


@pytest.mark.parametrize("split, name", [(split, name) for split in TAGGER_FLOORS for name in TAGGER_FLOORS[split]])
def test_tagger_figure_stays_above_floor(tagger_figures, split, name):
    mode, figures = tagger_figures
    check_floor(figures, MODE_FLOORS[mode], split, name, f"tagger {mode}: ")


@pytest.mark.parametrize("split", sorted(ECE_CEILINGS))
def test_tagger_confidence_stays_calibrated(tagger_figures, split):
    mode, figures = tagger_figures
    check_calibrated(figures, split, f"tagger {mode}: ")
