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

The shares are measured on the sets the rules were written against, so they promise
too much on other news.  The transfer layer (``transfer`` in the same file,
:mod:`quotearchive.extract.speakers.confidence`) maps a share, and whether the
mention is an epithet kept as written, to the chance on unseen news: a logistic
fit (``TRANSFER_L2``: a ridge towards the identity, so 258 attributions do not
swing it) on ``calibration_unseen.jsonl`` beside this module, every scored speaker
of the BBC training set as the rules attributed them *before* any rule was
written against it (``2c5dfd9``).  The shares it is fitted against are the
development sets' without the BBC training set, as they were for those articles.
That file is written by ``--write-unseen --unseen-source OLD/src``, running the
extractor of another checkout (``git archive 2c5dfd9 src | tar -x -C OLD``); it
holds evidence keys and right/wrong only, no text.

``--only-rule RULE`` (repeatable) refits only that rule's keys and merges them into the table, its
other keys and the transfer layer left as they are: how the speaker ranker's keys (``ranker``,
``ranker-fill``, run with ``QUOTEARCHIVE_RANKER=on``) were added without refitting the rules' keys.

Reported statements get a table of their own, ``calibration_indirect.json``,
fitted the same way on PolNeAR train's indirect spans (scored as
``evaluation_reported`` scores them); ``--indirect-only`` refits that one
alone and leaves the quotes' table as it is.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from ..extract.speakers.confidence import EDGE, share, with_epithet
from .evaluation import (SPEAKER_MODES, TRAIN_LABELS, Scores, check_files_present, evaluate_records, load_bbc, load_check,
                         load_polnear, run_cli, score_article)
from .evaluation_reported import score as score_reported

PRIOR = 10  # pseudo-quotes of the parent's share added to each group
OUT = Path(__file__).resolve().parent.parent / "extract" / "speakers" / "calibration.json"
OUT_INDIRECT = OUT.with_name("calibration_indirect.json")
UNSEEN = Path(__file__).with_name("calibration_unseen.jsonl")
UNSEEN_FROM = "the BBC training set (entertainment, sport, tech 021-045) with the rules of 2c5dfd9, before any was written against it"
# Ridge weight pulling the layer towards the identity (bias 0, base 1, epithet 0); chosen by
# ten-fold cross-validation over the unseen file's articles (docs/speakers.md).
TRANSFER_L2 = 3.0
TRANSFER_PRIOR = {"bias": 0.0, "base": 1.0, "epithet": 0.0}


def fit(scored: list[tuple[str | None, float, bool]]) -> dict[str, float]:
    """Smoothed share right per ``rule:mention`` key, per rule and overall ("*"); a key's
    further parts (``:epithet``) are read by the transfer layer, not the table."""
    attributed = [(":".join(key.split(":")[:2]), right) for key, _, right in scored if key]
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


def fit_transfer(table: dict[str, float], rows: list[tuple[str, bool]], l2: float = TRANSFER_L2) -> dict[str, float]:
    """Logistic coefficients mapping ``table``'s share of each evidence key (and its epithet
    part) to the share right in ``rows``: Newton's method on the ridge-penalised log loss."""
    names = list(TRANSFER_PRIOR)
    xs = []
    for key, _ in rows:
        p = min(max(share(key, table), EDGE), 1 - EDGE)
        xs.append([1.0, math.log(p / (1 - p)), float(key.endswith(":epithet"))])
    b = [TRANSFER_PRIOR[n] for n in names]
    for _ in range(30):
        grad = [l2 * (b[i] - TRANSFER_PRIOR[n]) for i, n in enumerate(names)]
        hess = [[l2 * (i == j) for j in range(3)] for i in range(3)]
        for x, (_, right) in zip(xs, rows):
            p = 1 / (1 + math.exp(-sum(bi * xi for bi, xi in zip(b, x))))
            for i in range(3):
                grad[i] += (p - right) * x[i]
                for j in range(3):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        b = [bi - di for bi, di in zip(b, _solve(hess, grad))]
    return {n: round(v, 4) for n, v in zip(names, b)}


def _solve(a: list[list[float]], y: list[float]) -> list[float]:
    """``a x = y`` for a small symmetric positive-definite ``a`` (Gaussian elimination)."""
    n = len(y)
    m = [row[:] + [y[i]] for i, row in enumerate(a)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [v - f * w for v, w in zip(m[r], m[c])]
    x = [0.0] * n
    for r in reversed(range(n)):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def read_unseen(path: Path = UNSEEN) -> list[tuple[str, bool]]:
    """(evidence, right) of every attributed speaker in the unseen file."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(row["evidence"], bool(row["right"])) for row in rows if row["evidence"]]


def write_unseen(corpus: Path, source: Path, out: Path = UNSEEN) -> None:
    """Score the BBC training set with the extractor under ``source`` and write its evidence and right/wrong."""
    records = load_check(TRAIN_LABELS, corpus)
    lines = []
    for record, predicted in zip(records, run_cli(records, source=source)):
        for p in predicted:  # the key as this checkout writes it, from what the other one found
            if p.get("speaker_evidence"):
                p["speaker_evidence"] = with_epithet(p["speaker_evidence"], p.get("speaker"), p.get("speaker_as_written"))
        scores = Scores()
        score_article(scores, record["id"], record["text"], record["quotes"], predicted)
        lines += [json.dumps({"id": record["id"], "evidence": key, "right": right}) for key, _, right in scores.scored]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(lines)} scored speakers, {sum(1 for line in lines if ': true' in line)} right")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quotearchive.tools.calibrate", description=__doc__.splitlines()[0])
    parser.add_argument("--bbc-gold", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True, help="the BBC folder the gold's files are in")
    parser.add_argument("--polnear", type=Path, required=True, help="PolNeAR folder (only polnear_train.jsonl is read)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--indirect-out", type=Path, default=OUT_INDIRECT)
    parser.add_argument("--indirect-only", action="store_true", help="refit only the reported statements' table")
    parser.add_argument("--unseen", type=Path, default=UNSEEN, help="the unseen attributions the transfer layer is fitted on")
    parser.add_argument("--write-unseen", action="store_true", help="only write --unseen, scoring the BBC training set with --unseen-source")
    parser.add_argument("--unseen-source", type=Path, help="src folder of the checkout whose rules had not seen the BBC training set")
    parser.add_argument("--only-rule", action="append", metavar="RULE",
                        help="refit only this rule's keys (repeatable) and merge them into --out, every other key and the "
                             "transfer layer kept as they are (a new rule, e.g. the ranker's, without refitting the rest)")
    args = parser.parse_args(argv)
    if args.write_unseen:
        if args.unseen_source is None:
            parser.error("--write-unseen needs --unseen-source")
        write_unseen(args.corpus, args.unseen_source, args.unseen)
        return 0
    if not args.indirect_only:
        bbc = evaluate_records(load_bbc(args.bbc_gold, args.corpus))
        polnear = evaluate_records(load_polnear(args.polnear / "polnear_train.jsonl"), as_written=True)
        scored, fitted_on = bbc.scored, "BBC dev gold (60 articles)"
        if check_files_present(TRAIN_LABELS, args.corpus):
            # The hand-labelled BBC training set (entertainment, sport, tech): genres the dev gold lacks.
            scored = scored + evaluate_records(load_check(TRAIN_LABELS, args.corpus)).scored
            fitted_on += " + BBC train labels (75 articles)"
        # The unseen attributions are the BBC training set's: the layer reads the shares those
        # articles would have had without it in the fit.
        if args.only_rule:
            merge(args.out, scored + polnear.scored, set(args.only_rule))
            return 0
        layer = fit_transfer(fit(bbc.scored + polnear.scored), read_unseen(args.unseen))
        write(args.out, scored + polnear.scored, fitted_on + " + PolNeAR train (840 articles)", layer)
    # Fitted on what the shipped tables give (the reported patterns do not read confidence).
    reported = score_reported(args.polnear / "polnear_train.jsonl")
    write(args.indirect_out, reported.scored, "PolNeAR train (840 articles), indirect spans")
    return 0


def merge(out: Path, scored: list[tuple[str | None, float, bool]], rules: set[str]) -> None:
    """Refit the keys of ``rules`` on ``scored`` and write them into ``out``, leaving its other keys,
    their counts and the transfer layer as they are (a new rule's keys, the rest not refitted)."""
    payload = json.loads(out.read_text(encoding="utf-8"))
    ours = {k: v for k, v in fit(scored).items() if k.split(":")[0] in rules}
    counts = {k: n for k, n in payload.get("counts", {}).items() if k.split(":")[0] not in rules}
    for key, _, _ in scored:
        if key and key.split(":")[0] in rules:
            counts[key] = counts.get(key, 0) + 1
    kept = {k: v for k, v in payload["confidence"].items() if k.split(":")[0] not in rules}
    payload["confidence"] = dict(sorted({**kept, **ours}.items()))
    payload["counts"] = dict(sorted(counts.items()))
    payload["merged_rules"] = sorted(set(payload.get("merged_rules", [])) | rules)
    out.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    for key, value in sorted(ours.items()):
        print(f"{key:32} {value:.3f}  n={counts.get(key, '')}")


def write(out: Path, scored: list[tuple[str | None, float, bool]], fitted_on: str, layer: dict[str, float] | None = None) -> None:
    """Fit ``scored`` and write the table, with its counts (and the transfer layer), to ``out``."""
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
    if layer:
        payload["transfer"] = {"fitted_on": UNSEEN_FROM, "l2": TRANSFER_L2, "coefficients": layer}
    out.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"== {out.name}")
    print("\n".join(sorted(SPEAKER_MODES)))
    for key, value in sorted(table.items()):
        print(f"{key:32} {value:.3f}  n={counts.get(key, '')}")
    if layer:
        print("transfer " + "  ".join(f"{k} {v:+.3f}" for k, v in layer.items()))


if __name__ == "__main__":
    sys.exit(main())
