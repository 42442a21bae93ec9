"""Fit ``speaker_confidence``: the share of right speakers per kind of evidence.

    python -m quotearchive.tools.calibrate --bbc-gold GOLD.jsonl --corpus DIR --polnear DIR

Runs the extractor over the development sets only (the BBC dev gold, the hand-labelled
BBC training set of entertainment, sport and tech beside ``evaluation.py`` when its
articles are under ``--corpus``, and PolNeAR *train*; the BBC check set and PolNeAR dev
are the check sets ``make eval`` reports the calibration error on, and the test split is
held out), groups every scored
speaker by its evidence (``rule:mention``, :mod:`quotearchive.extract.speakers.confidence`)
and writes the share right per key, per rule and overall to
``extract/speakers/calibration.json``.  A rare key is pulled towards its rule's
share, a rare rule towards the overall one (``PRIOR`` pseudo-quotes), so a key
seen three times does not claim 100%.

Reported statements get a table of their own, ``calibration_indirect.json``,
fitted the same way on PolNeAR train's indirect spans (scored as
``evaluation_reported`` scores them); ``--indirect-only`` refits that one
alone and leaves the quotes' table as it is.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .evaluation import SPEAKER_MODES, TRAIN_LABELS, check_files_present, evaluate_records, load_bbc, load_check, load_polnear
from .evaluation_reported import score as score_reported

PRIOR = 10  # pseudo-quotes of the parent's share added to each group
OUT = Path(__file__).resolve().parent.parent / "extract" / "speakers" / "calibration.json"
OUT_INDIRECT = OUT.with_name("calibration_indirect.json")


def fit(scored: list[tuple[str | None, float, bool]]) -> dict[str, float]:
    """Smoothed share right per ``rule:mention`` key, per rule and overall ("*")."""
    attributed = [(key, right) for key, _, right in scored if key]
    if not attributed:
        return {}
    overall = sum(r for _, r in attributed) / len(attributed)
    table = {"*": round(overall, 3)}
    by_rule: dict[str, list[bool]] = {}
    by_key: dict[str, list[bool]] = {}
    for key, right in attributed:
        by_rule.setdefault(key.split(":", 1)[0], []).append(right)
        by_key.setdefault(key, []).append(right)
    rule_share = {}
    for rule, rights in by_rule.items():
        rule_share[rule] = (sum(rights) + PRIOR * overall) / (len(rights) + PRIOR)
        table[rule] = round(rule_share[rule], 3)
    for key, rights in by_key.items():
        parent = rule_share[key.split(":", 1)[0]]
        table[key] = round((sum(rights) + PRIOR * parent) / (len(rights) + PRIOR), 3)
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quotearchive.tools.calibrate", description=__doc__.splitlines()[0])
    parser.add_argument("--bbc-gold", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True, help="the BBC folder the gold's files are in")
    parser.add_argument("--polnear", type=Path, required=True, help="PolNeAR folder (only polnear_train.jsonl is read)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--indirect-out", type=Path, default=OUT_INDIRECT)
    parser.add_argument("--indirect-only", action="store_true", help="refit only the reported statements' table")
    args = parser.parse_args(argv)
    if not args.indirect_only:
        bbc = evaluate_records(load_bbc(args.bbc_gold, args.corpus))
        scored, fitted_on = bbc.scored, "BBC dev gold (60 articles)"
        if check_files_present(TRAIN_LABELS, args.corpus):
            # The hand-labelled BBC training set (entertainment, sport, tech): genres the dev gold lacks.
            scored = scored + evaluate_records(load_check(TRAIN_LABELS, args.corpus)).scored
            fitted_on += " + BBC train labels (75 articles)"
        polnear = evaluate_records(load_polnear(args.polnear / "polnear_train.jsonl"), as_written=True)
        write(args.out, scored + polnear.scored, fitted_on + " + PolNeAR train (840 articles)")
    # Fitted on what the shipped tables give (the reported patterns do not read confidence).
    reported = score_reported(args.polnear / "polnear_train.jsonl")
    write(args.indirect_out, reported.scored, "PolNeAR train (840 articles), indirect spans")
    return 0


def write(out: Path, scored: list[tuple[str | None, float, bool]], fitted_on: str) -> None:
    """Fit ``scored`` and write the table, with its counts, to ``out``."""
    table = fit(scored)
    counts: dict[str, int] = {}
    for key, _, _ in scored:
        if key:
            counts[key] = counts.get(key, 0) + 1
    payload = {
        "fitted_on": fitted_on,
        # Which resolver ran (rules alone, or with the parse): a table fitted without the
        # parser has no "parse" keys, and its speakers fall back to the overall share.
        "speakers": sorted(SPEAKER_MODES),
        "scored_speakers": len(scored),
        "counts": dict(sorted(counts.items())),
        "confidence": dict(sorted(table.items())),
    }
    out.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"== {out.name}")
    print("\n".join(sorted(SPEAKER_MODES)))
    for key, value in sorted(table.items()):
        print(f"{key:32} {value:.3f}  n={counts.get(key, '')}")


if __name__ == "__main__":
    sys.exit(main())
