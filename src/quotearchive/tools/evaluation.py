"""Score the quote extractor against hand-annotated articles (issue 3).

    python -m quotearchive.evaluation GOLD.jsonl --corpus DIR [--misses]

GOLD.jsonl holds one article a line: ``{"id", "file", "sha256", "quotes":
[{"start", "end", "text", "speaker", "speaker_type", "kind"}]}`` with
offsets into the UTF-8 text of ``DIR/file``.  The articles are fed, as raw
text, to the real command line ``quotearchive extract --jsonl -`` in a
subprocess, so what is scored is what users get.

Matching (as in the corpus README): a predicted quote matches a gold one when
their shared characters are at least half of the union of the two spans,
one-to-one, closest pairs (shared / union) first.  A speaker is right when the predicted name
contains the gold name's last word, or one name contains the other.  The
command also times ``extract_quotes`` over every text file in DIR.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

# A match needs shared characters >= this share of the two spans' union.
MIN_OVERLAP = 0.5


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    speaker_total: int = 0  # matched gold quotes whose gold speaker is named
    speaker_right: int = 0
    end_to_end: int = 0  # matched and speaker right (speaker-less gold: matched)
    misses: dict[str, list[str]] = field(default_factory=dict)

    def add_miss(self, article: str, line: str) -> None:
        self.misses.setdefault(article, []).append(line)

    def figures(self) -> dict[str, float]:
        precision = _ratio(self.matched, self.predicted)
        recall = _ratio(self.matched, self.gold)
        exact_p = _ratio(self.exact, self.predicted)
        exact_r = _ratio(self.exact, self.gold)
        e2e_p = _ratio(self.end_to_end, self.predicted)
        e2e_r = _ratio(self.end_to_end, self.gold)
        return {
            "precision": precision,
            "recall": recall,
            "f1": _f1(precision, recall),
            "exact_f1": _f1(exact_p, exact_r),
            "speaker_accuracy": _ratio(self.speaker_right, self.speaker_total),
            "end_to_end_f1": _f1(e2e_p, e2e_r),
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def overlap_ok(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return shared > 0 and shared >= MIN_OVERLAP * union


def speaker_right(predicted: str | None, gold: str | None) -> bool:
    if not gold:
        return not predicted
    if not predicted:
        return False
    p, g = predicted.casefold(), gold.casefold()
    last = g.split()[-1] if g.split() else g
    return last in p or p in g or g in p


def match(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, closest (shared / union) first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            a, b = (g["start"], g["end"]), (p["start"], p["end"])
            if overlap_ok(a, b):
                shared = min(a[1], b[1]) - max(a[0], b[0])
                pairs.append((shared / (max(a[1], b[1]) - min(a[0], b[0])), gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def score_article(scores: Scores, article_id: str, text: str, gold: list[dict], predicted: list[dict]) -> None:
    scores.gold += len(gold)
    scores.predicted += len(predicted)
    pairs = match(gold, predicted)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, pi in pairs:
        g, p = gold[gi], predicted[pi]
        scores.matched += 1
        if (g["start"], g["end"]) == (p["start"], p["end"]):
            scores.exact += 1
        else:
            scores.add_miss(article_id, f"  span  gold {_show(text, g)}\n        got  {_show(text, p)}")
        right = speaker_right(p.get("speaker"), g.get("speaker"))
        if g.get("speaker"):
            scores.speaker_total += 1
            scores.speaker_right += right
        scores.end_to_end += right
        if not right:
            scores.add_miss(
                article_id,
                f"  who   {_short(g['text'])!r}: gold {g.get('speaker')!r}, got {p.get('speaker')!r}"
                f" (as written {p.get('speaker_as_written')!r})",
            )
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            scores.add_miss(article_id, f"  FN    {_show(text, g)} [{g.get('speaker')}]")
    for pi, p in enumerate(predicted):
        if pi not in matched_p:
            scores.add_miss(article_id, f"  FP    {_show(text, p)} [{p.get('speaker')}]")


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def _show(text: str, q: dict) -> str:
    s, e = q["start"], q["end"]
    return f"{s}-{e} {_short(text[s:e])!r}"


def run_cli(records: list[dict]) -> list[list[dict]]:
    """Feed ``{"id", "text"}`` lines to ``quotearchive extract --jsonl -``."""
    payload = "".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n" for r in records)
    exe = Path(sys.executable).with_name("quotearchive")
    command = [str(exe), "extract", "--jsonl", "-"] if exe.exists() else [sys.executable, "-m", "quotearchive.cli", "extract", "--jsonl", "-"]
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    done = subprocess.run(command, input=payload.encode("utf-8"), capture_output=True, check=False, env=env)
    if done.returncode != 0:
        raise SystemExit(f"quotearchive extract failed ({done.returncode}): {done.stderr.decode('utf-8', 'replace')}")
    by_id = {}
    for line in done.stdout.decode("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            # Reported speech (kind "indirect") is scored by evaluation_reported: this gold has direct quotes only.
            by_id[row["id"]] = [q for q in row["quotes"] if q.get("kind") != "indirect"]
    return [by_id.get(r["id"], []) for r in records]


def evaluate(gold_path: Path, corpus: Path) -> tuple[Scores, list[dict]]:
    records = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            row["text"] = (corpus / row["file"]).read_bytes().decode("utf-8")
            records.append(row)
    predictions = run_cli(records)
    scores = Scores()
    for row, predicted in zip(records, predictions):
        score_article(scores, row["id"], row["text"], row["quotes"], predicted)
    return scores, records


def speed(corpus: Path) -> tuple[int, float]:
    """(articles, seconds) for extract_quotes over every .txt file in ``corpus``."""
    from ..extract.quotes import extract_quotes

    texts = [p.read_bytes().decode("utf-8", "replace") for p in sorted(corpus.rglob("*.txt")) if p.name != "README.TXT"]
    started = time.perf_counter()
    for text in texts:
        extract_quotes(text)
    return len(texts), time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quotearchive.evaluation", description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, help="gold annotations, JSON Lines")
    parser.add_argument("--corpus", type=Path, required=True, help="folder the gold 'file' paths are relative to")
    parser.add_argument("--misses", action="store_true", help="list every miss, article by article")
    parser.add_argument("--no-speed", action="store_true", help="skip timing extract_quotes over the corpus")
    args = parser.parse_args(argv)
    scores, records = evaluate(args.gold, args.corpus)
    figures = scores.figures()
    if args.misses:  # first, so the figures end the output
        print("misses, article by article (FN: gold quote not found; FP: found, not in gold; who: wrong speaker)")
        for article in sorted(scores.misses):
            print(article)
            print("\n".join(scores.misses[article]))
        print()
    print(f"articles {len(records)}  gold quotes {scores.gold}  predicted {scores.predicted}  matched {scores.matched}")
    print(f"quote    precision {figures['precision']:.3f}  recall {figures['recall']:.3f}  F1 {figures['f1']:.3f}")
    print(f"exact-span F1 {figures['exact_f1']:.3f}")
    print(f"speaker accuracy {figures['speaker_accuracy']:.3f} ({scores.speaker_right}/{scores.speaker_total})")
    print(f"end-to-end F1 {figures['end_to_end_f1']:.3f}")
    if not args.no_speed:
        count, seconds = speed(args.corpus)
        rate = count / seconds if seconds else float("inf")
        print(f"speed    extract_quotes over {count} articles: {seconds:.2f} s, {rate:,.0f} articles/s, {1000 * seconds / max(count, 1):.2f} ms/article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
