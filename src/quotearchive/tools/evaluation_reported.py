"""Score reported (indirect) speech against PolNeAR's annotations (issue 15).

    python -m quotearchive.tools.evaluation_reported DIR [--split train dev] [--misses N]

DIR holds ``polnear_train.jsonl`` and ``polnear_dev.jsonl`` (one article a
line: ``{"id", "text", "indirect": [{"start", "end", "text", "speaker",
"speaker_resolved", ...}]}``, offsets into ``text``).  Each text goes through
the same function as ``quotearchive extract --jsonl`` (no cleaning, so the
offsets agree), and only the ``kind == "indirect"`` records are scored.

PolNeAR never annotates a clause holding quotation marks as indirect: it files
it as a "mixed" quote whose span is the quoted words.  A predicted clause
holding a gold mixed quote is therefore left out of the scores (counted
apart, as "not scored").

Matching (as in the corpus README): a predicted span matches a gold one when
their shared characters are at least half of the two spans' union,
one-to-one, closest pairs first.  Speaker accuracy is over matched spans with
a gold speaker: right when the predicted name contains the gold's last word or
one contains the other, or (as the direct quotes are scored) when the mention as
written (``speaker_as_written``) does so for a hand-written gold speaker; the
figure by the resolved name alone is printed beside it.  PolNeAR writes the speaker as written next to the
clause and leaves it null for a pronoun; for those the automatically resolved
``speaker_resolved`` is used where it has one, and the span is skipped where
it has none (``speaker accuracy`` counts both; ``as written`` only the
hand-written ones).  ``QUOTEARCHIVE_TAGGER=on`` scores the patterns with the
tagger stacked on them (``extract/reported/tagger.py``; ``tools/train_reported``).  Never run this on PolNeAR's test split: it is held out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..extract.pipeline import extract_quotes_from_text
from ..lexicon.verbs import REPORTING_VERBS
# The same matching and speaker rule as the direct quotes are scored by.
from .evaluation import CONFIDENT, expected_calibration_error, match, speaker_right, written_right

WORD_RE = re.compile(r"[\w’']+")
VERB_FORMS = frozenset(f for v in REPORTING_VERBS.values() for f in v.speech + v.weak + v.clause)


@dataclass
class Scores:
    articles: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_total: int = 0  # matched, gold speaker known (as written, or resolved)
    speaker_right: int = 0
    name_right: int = 0  # of speaker_total, right by the resolved name alone
    written_total: int = 0  # matched, gold speaker as written
    written_right: int = 0
    verb_led: int = 0  # gold spans right after a reporting verb (or its "that"): what the patterns address
    verb_led_found: int = 0
    mixed_skipped: int = 0  # predictions holding a gold mixed quote: not scored
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)
    # (evidence, confidence, right) for every scored speaker, for calibration (as tools/evaluation).
    scored: list[tuple[str | None, float, bool]] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return {
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "speaker_accuracy": self.speaker_right / self.speaker_total if self.speaker_total else 0.0,
            "speaker_accuracy_as_written": self.written_right / self.written_total if self.written_total else 0.0,
            "ece": expected_calibration_error([(c, r) for _, c, r in self.scored]),
            "confident_accuracy": _ratio(sum(r for _, c, r in self.scored if c >= CONFIDENT), sum(1 for _, c, _ in self.scored if c >= CONFIDENT)),
            "confident_coverage": _ratio(sum(1 for _, c, _ in self.scored if c >= CONFIDENT), len(self.scored)),
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _verb_led(text: str, start: int) -> bool:
    """Does a gold span follow a reporting verb ("said (that) ...")?  The rest are
    PolNeAR's wider net: nouns ("criticism of X"), objects ("endorsed Cruz"), headlines."""
    words = WORD_RE.findall(text[max(0, start - 40) : start])
    if words and words[-1].lower() == "that":
        words = words[:-1]
    return bool(words) and words[-1] in VERB_FORMS


def score(path: Path, misses: int = 0) -> Scores:
    scores = Scores()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        article = json.loads(line)
        text = article["text"]
        started = time.perf_counter()
        predicted = [q for q in extract_quotes_from_text(text) if q["kind"] == "indirect"]
        scores.seconds += time.perf_counter() - started
        # PolNeAR files a clause carrying quoted words as a "mixed" quote (its span: the
        # quoted words only), never as indirect: such predictions are left out, not counted.
        mixed = [(q["start"], q["end"]) for q in article.get("quotes") or [] if q.get("type") == "mixed"]
        kept = [p for p in predicted if not any(p["start"] <= a and b <= p["end"] for a, b in mixed)]
        scores.mixed_skipped += len(predicted) - len(kept)
        predicted = kept
        gold = article.get("indirect") or []
        scores.articles += 1
        scores.gold += len(gold)
        scores.predicted += len(predicted)
        pairs = match(gold, predicted)
        scores.matched += len(pairs)
        found_gold = {gi for gi, _ in pairs}
        for gi, g in enumerate(gold):
            if _verb_led(text, g["start"]):
                scores.verb_led += 1
                scores.verb_led_found += gi in found_gold
        for gi, pi in pairs:
            g, p = gold[gi], predicted[pi]
            who = g.get("speaker") or g.get("speaker_resolved")
            if not who:
                continue
            right_name = speaker_right(p.get("speaker"), who)
            # As the direct quotes are scored: PolNeAR names a source as written ("the DNC"), so the
            # mention as written may match a hand-written gold speaker too.
            right = right_name or written_right(p, g.get("speaker"))
            scores.speaker_total += 1
            scores.speaker_right += right
            scores.name_right += right_name
            scores.scored.append((p.get("speaker_evidence"), float(p.get("speaker_confidence") or 0.0), right))
            if g.get("speaker"):
                scores.written_total += 1
                scores.written_right += right
            if not right and len(scores.misses) < misses:
                scores.misses.append(f"who  {article['id']}: gold {who!r}, got {p.get('speaker')!r} ({p.get('speaker_as_written')!r}) | {text[p['start']:p['end']][:70]!r}")
        if len(scores.misses) < misses:
            found_g = {gi for gi, _ in pairs}
            found_p = {pi for _, pi in pairs}
            for pi, p in enumerate(predicted):
                if pi not in found_p and len(scores.misses) < misses:
                    scores.misses.append(f"FP   {article['id']}: [{p['cue']}] {text[p['start']:p['end']][:90]!r}")
            for gi, g in enumerate(gold):
                if gi not in found_g and len(scores.misses) < misses:
                    near = [text[p['start']:p['end']][:60] for p in predicted if p["start"] < g["end"] and p["end"] > g["start"]]
                    scores.misses.append(f"FN   {article['id']}: {g['text'][:90]!r} near {near}")
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quotearchive.tools.evaluation_reported", description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="the folder holding polnear_train.jsonl and polnear_dev.jsonl")
    parser.add_argument("--split", nargs="+", default=["train", "dev"], choices=["train", "dev"])
    parser.add_argument("--misses", type=int, default=0, help="print this many misses (use on train)")
    args = parser.parse_args(argv)
    for split in args.split:
        path = args.polnear / f"polnear_{split}.jsonl"
        if not path.exists():
            print(f"reported speech, PolNeAR {split}: {path} not found, skipped")
            continue
        s = score(path, args.misses)
        f = s.figures()
        for line in s.misses:
            print(line)
        print(f"reported speech, PolNeAR {split}: articles {s.articles}  gold {s.gold}  predicted {s.predicted}  matched {s.matched}"
              f"  (not scored: {s.mixed_skipped} holding a mixed quote)")
        print(f"  span     precision {f['precision']:.3f}  recall {f['recall']:.3f}  F1 {f['f1']:.3f}")
        print(f"  recall after a reporting verb {s.verb_led_found / s.verb_led if s.verb_led else 0:.3f} ({s.verb_led_found}/{s.verb_led}"
              f" of the gold spans; the others are nouns, objects and headlines the patterns do not address)")
        print(f"  speaker  accuracy {f['speaker_accuracy']:.3f} ({s.speaker_right}/{s.speaker_total}; pronoun sources by speaker_resolved)"
              f"  as written {f['speaker_accuracy_as_written']:.3f} ({s.written_right}/{s.written_total})"
              f"  by resolved name alone {s.name_right / s.speaker_total if s.speaker_total else 0:.3f} ({s.name_right}/{s.speaker_total})")
        print(f"  confidence  ECE {f['ece']:.3f}  at >= {CONFIDENT}: accuracy {f['confident_accuracy']:.3f}  coverage {f['confident_coverage']:.3f}"
              f"  (speaker_confidence of the matched spans with a gold speaker)")
        print(f"  speed    {s.articles / s.seconds if s.seconds else 0:,.0f} articles/s (direct and reported extraction)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
