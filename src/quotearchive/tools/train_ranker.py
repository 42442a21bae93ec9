"""Train the speaker ranker (``extract/speakers/ranker.json``) on the development labels (issue 14).

    python -m quotearchive.tools.train_ranker --shared DIR [--cache FILE] [--folds 5] [--write]

Development labels only: PolNeAR train, the BBC dev gold, the two BBC training sets
(``bbc_train_labels.jsonl``, ``bbc_train2_labels.jsonl``) and the web pages' dev split.  Never a
check set (PolNeAR dev, BBC check, web check).  Each article is extracted in this process with the
ranker's recorder on (``ranker.RECORDER``); its quotes are matched to the gold by the evaluations'
own matchers (``evaluation.match``, ``evaluation_web.match_page``) and each option a quote offers is
labelled right or wrong by the evaluations' own ``speaker_right`` (PolNeAR's gold names the source as
written, so there the option's mention as written may match it, as in ``evaluation``).

A conditional logit (softmax over a quote's options and "no one named here"; L2; numpy, spaCy's
dependency, at training only) scores every option.  The
override margin and the fill threshold are chosen by cross-validation by article (``--folds``): a
quote's answer changes only where the held-out model is that sure, and the pair that gains most
right speakers over the development sets' quotes, pooled, among those whose changes are right at
least ``MIN_PRECISION`` of the time, is kept.  ``--write`` fits on every
article and writes the weights, margin and threshold beside ``ranker.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from ..extract.pipeline import extract_quotes_from_text, parse_documents
from ..extract.speakers import ranker
from . import evaluation, evaluation_web
from .web_scores import read_labelled_page

MODEL_PATH = Path(ranker.__file__).with_name(ranker.MODEL_FILE)
L2 = 1.0

# A change the model makes must be right at least this often on held-out articles: a null speaker
# beats a wrong one, so a filled gap wrong more than two times in five is not worth the three right.
MIN_PRECISION = 0.6
MARGINS = [x / 20 for x in range(0, 20)] + [2.0]
THRESHOLDS = [x / 20 for x in range(6, 20)] + [2.0]


def _label(option: ranker.Option, gold: str, as_written: bool) -> bool:
    if evaluation.speaker_right(option.name, gold):
        return True
    return as_written and evaluation.speaker_right(option.found.as_written, gold)


def _rows(records: list, predicted: list[dict], pairs: list[tuple[int, int]], gold: list[dict | object],
          article: str, corpus: str, as_written: bool, nulls: bool = True) -> list[dict]:
    """One row per quote: its options' features and labels.  A matched quote with a gold speaker
    is scored; a quote the gold does not hold (a scare quote, a title: no one said it), or one the
    gold gives no speaker (``nulls``: not PolNeAR's, whose null is a pronoun source), is a row whose
    right answer is no one, kept where the rules found no one too: what a gap to fill looks like
    when it should stay empty."""
    index = {(p["start"], p["end"]): pi for pi, p in enumerate(predicted)}
    rows = []
    matched = {pi: gi for gi, pi in pairs}
    spans = [(g["start"], g["end"]) if isinstance(g, dict) else (g.start, g.end) for g in gold]
    for _, cand, rules, options in records:
        pi = index.get((cand.start, cand.end))
        if pi is None and any(evaluation.overlap_ok((cand.start, cand.end), span) for span in spans):
            continue  # dropped by the extractor (no speaker: taken for a term), yet a gold quote
        speaker = None
        if pi in matched:
            g = gold[matched[pi]]
            speaker = g["speaker"] if isinstance(g, dict) else g.speaker
            if not speaker and not nulls:
                continue
        scored = bool(speaker)
        if not scored and rules.speaker:
            continue
        rows.append({"article": article, "corpus": corpus, "scored": scored,
                     "options": [{"f": o.features, "y": scored and _label(o, speaker, as_written), "rules": o.rules}
                                 for o in options]})
    return rows


def _text_rows(records: list[dict], corpus: str, as_written: bool) -> list[dict]:
    rows = []
    for record in records:
        ranker.RECORDER = []
        predicted = [q for q in extract_quotes_from_text(record["text"]) if q.get("kind") != "indirect"]
        recorded, ranker.RECORDER = ranker.RECORDER, None
        pairs = evaluation.match(record["quotes"], predicted)
        rows += _rows(recorded, predicted, pairs, record["quotes"], record["id"], corpus, as_written, nulls=not as_written)
    return rows


def _web_rows(folder: Path) -> list[dict]:
    rows = []
    for page in evaluation_web.load_labels():
        if page.split != "dev":  # the check split is measure-only
            continue
        ranker.RECORDER = []
        article = parse_documents([read_labelled_page(folder, page)])[0]
        recorded, ranker.RECORDER = ranker.RECORDER, None
        if isinstance(article, Exception):
            continue
        predicted = [q.to_dict() for q in article.quotes if q.kind != "indirect"]
        body = article.body
        unchanged = hashlib.sha256(body.encode("utf-8")).hexdigest() == page.body_sha256
        gold_words = [evaluation_web.words(body[g.start:g.end]) for g in page.quotes] if unchanged else None
        pairs = [(gi, pi) for gi, pi, _ in evaluation_web.match_page(list(page.quotes), gold_words, predicted)]
        rows += _rows(recorded, predicted, pairs, list(page.quotes), page.file, "web dev", False)
    return rows


def collect(shared: Path) -> list[dict]:
    corpora = shared / "corpora"
    rows = _text_rows(evaluation.load_bbc(corpora / "bbc-gold-dev.jsonl", corpora / "bbc"), "BBC dev", False)
    rows += _text_rows(evaluation.load_check(evaluation.TRAIN_LABELS, corpora / "bbc"), "BBC train", False)
    rows += _text_rows(evaluation.load_check(evaluation.TRAIN2_LABELS, corpora / "bbc"), "BBC train2", False)
    rows += _text_rows(evaluation.load_polnear(corpora / "polnear" / "polnear_train.jsonl"), "PolNeAR train", True)
    rows += _web_rows(corpora / "html")
    return rows


# ---------------------------------------------------------------- the model


def _matrix(rows: list[dict], names: list[str]):
    import numpy as np

    index = {k: j for j, k in enumerate(names)}
    options = [o for r in rows for o in r["options"]]
    X = np.zeros((len(options), len(names)))
    for i, o in enumerate(options):
        for k, v in o["f"].items():
            if k in index:
                X[i, index[k]] = v
    return X


def fit(rows: list[dict], l2: float = L2, steps: int = 400) -> dict[str, float]:
    """A conditional logit over each quote's options and "no one named here" (score 0): the
    chance of the right option(s), or of no one when none is right, is maximised (Adam, L2)."""
    import numpy as np

    rows = [r for r in rows if r["options"]]
    names = sorted({k for r in rows for o in r["options"] for k in o["f"]})
    X = _matrix(rows, names)
    y = np.array([1.0 if o["y"] else 0.0 for r in rows for o in r["options"]])
    sizes = np.array([len(r["options"]) for r in rows])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    group = np.repeat(np.arange(len(rows)), sizes)
    none_right = np.add.reduceat(y, starts) == 0
    w = np.zeros(len(names))
    m1, m2 = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, steps + 1):
        z = X @ w
        top = np.maximum(np.maximum.reduceat(z, starts), 0.0)
        e = np.exp(z - top[group])
        e_none = np.exp(-top)
        denom = np.add.reduceat(e, starts) + e_none
        p = e / denom[group]
        num = np.add.reduceat(e * y, starts) + e_none * none_right
        q = e * y / num[group]
        grad = X.T @ (p - q) / len(rows) + l2 * w / len(rows)
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad ** 2
        w -= 0.05 * (m1 / (1 - 0.9 ** t)) / (np.sqrt(m2 / (1 - 0.999 ** t)) + 1e-8)
    return {k: float(v) for k, v in zip(names, w)}


def outcome(row: dict, weights: dict[str, float], margin: float, threshold: float) -> tuple[bool, bool, str]:
    """(rules right, chosen right, what happened: keep | override | fill) for one quote."""
    options = [ranker.Option("", None, o["rules"], o["f"]) for o in row["options"]]  # type: ignore[arg-type]
    rules = next((o for o in row["options"] if o["rules"]), None)
    before = bool(rules is not None and rules["y"])
    k, what = ranker.choose(options, weights, margin, threshold)
    return (before, before, what) if k is None else (before, bool(row["options"][k]["y"]), what)


def folds_of(rows: list[dict], folds: int) -> list[int]:
    return [int(hashlib.sha1(r["article"].encode()).hexdigest(), 16) % folds for r in rows]


def cross_validate(rows: list[dict], folds: int) -> list[tuple[dict, dict[str, float]]]:
    """Each row with the weights of the model fitted without its fold."""
    fold = folds_of(rows, folds)
    out: list[tuple[dict, dict[str, float]]] = []
    for k in range(folds):
        weights = fit([r for r, f in zip(rows, fold) if f != k])
        out += [(r, weights) for r, f in zip(rows, fold) if f == k]
    return out


def sweep(held: list[tuple[dict, dict[str, float]]]) -> list[tuple[int, float, float, dict]]:
    """(gain in right speakers, margin, threshold, per-corpus figures), best first."""
    results = []
    for margin in MARGINS:
        for threshold in THRESHOLDS:
            per: dict[str, list[int]] = {}
            for row, weights in held:
                before, after, what = outcome(row, weights, margin, threshold)
                tally = per.setdefault(row["corpus"], [0, 0, 0, 0, 0])
                scored = row.get("scored", True)
                tally[0] += scored
                tally[1] += before and scored
                tally[2] += after and scored
                tally[3] += what != "keep"  # a change on a quote no one said counts, as wrong
                tally[4] += what != "keep" and after
            gain = sum(t[2] - t[1] for t in per.values())
            changed, right = sum(t[3] for t in per.values()), sum(t[4] for t in per.values())
            if changed and right < MIN_PRECISION * changed:
                continue
            results.append((gain, margin, threshold, per))
    results.sort(key=lambda r: (-r[0], -r[1], -r[2]))
    return results


def print_result(gain: int, margin: float, threshold: float, per: dict) -> None:
    print(f"margin {margin:.2f} threshold {threshold:.2f}: gain {gain:+d}")
    for corpus, (n, before, after, changed, right) in sorted(per.items()):
        print(f"  {corpus:14s} {before / n:.3f} -> {after / n:.3f} ({before}/{n} -> {after}/{n}); changed {changed}, of them right {right}")


def print_fill_curve(held: list[tuple[dict, dict[str, float]]]) -> None:
    """How many gaps the held-out model fills at each threshold, how many of them rightly, and how
    many on quotes no one said (a scare quote, a title: these are wrong however the figures count)."""
    print("fills by threshold (held out): on gold quotes (right), on quotes no one said, share right")
    for threshold in THRESHOLDS[:-1]:
        gold = right = none = 0
        for row, weights in held:
            _, after, what = outcome(row, weights, 2.0, threshold)
            if what == "fill":
                if row.get("scored", True):
                    gold += 1
                    right += after
                else:
                    none += 1
        print(f"  {threshold:.2f}: {gold} ({right}), {none}, {right / max(1, gold + none):.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quotearchive.tools.train_ranker", description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, required=True, help="the shared folder (its corpora/)")
    parser.add_argument("--cache", type=Path, help="keep the collected options here (JSON), and read them back if present")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--write", action="store_true", help=f"fit on every article and write {MODEL_PATH.name}")
    args = parser.parse_args(argv)
    if args.cache and args.cache.is_file():
        rows = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        rows = collect(args.shared)
        if args.cache:
            args.cache.write_text(json.dumps(rows), encoding="utf-8")
    print(f"{len(rows)} quotes ({sum(r.get('scored', True) for r in rows)} with a gold speaker), "
          f"{sum(len(r['options']) for r in rows)} options; a right option among them: "
          f"{sum(any(o['y'] for o in r['options']) for r in rows)}")
    held = cross_validate(rows, args.folds)
    results = sweep(held)
    print(f"cross-validation by article, {args.folds} folds; the best settings:")
    for gain, margin, threshold, per in results[:3]:
        print_result(gain, margin, threshold, per)
    print_fill_curve(held)
    gain, margin, threshold, _ = results[0]
    if args.write:
        weights = fit(rows)
        changed = sum(t[3] for t in results[0][3].values())
        right = sum(t[4] for t in results[0][3].values())
        model = {"margin": margin, "threshold": threshold, "cv_gain": gain, "cv_changed": changed, "cv_right": right,
                 "folds": args.folds,
                 "trained_on": ["PolNeAR train", "BBC dev", "BBC train", "BBC train2", "web dev"],
                 "weights": {k: round(v, 5) for k, v in sorted(weights.items())}}
        MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
