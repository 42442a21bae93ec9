"""Train the reported-speech tagger on PolNeAR train (issue 15, seventh round).

    python -m quotearchive.tools.train_reported DIR [--out PATH] [--no-score]

DIR holds ``polnear_train.jsonl`` (and ``polnear_dev.jsonl``, scored by its figure
only).  Each train article goes through the direct extractor and the patterns
(``extract.reported.statements.read_rules``), each of its sentences becomes
a sequence of token features (``extract.reported.tagger.sentence_features``) labelled
B/I/O from PolNeAR's ``indirect`` spans, and a linear-chain CRF (python-crfsuite,
L-BFGS, fixed options: the same input gives the same model) is written to
``extract/reported/tagger.crfsuite``.  Then ``tools/evaluation_reported``'s scores are
printed with the tagger on, train and dev side by side.  PolNeAR's test split is
never read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from ..extract import quotes
from ..extract.reported import tagger
from ..extract.reported.statements import read_rules

# Fixed options, so the model is the same for the same data (L-BFGS has no randomness).
OPTIONS = {"c1": 1.0, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def labelled(text: str, gold: list[dict]) -> list[tuple[list[list[str]], list[str]]]:
    """(features, labels) of each sentence of ``text``."""
    reading = read_rules(text, quotes.find_quotes(text).quotes, every_sentence=True)
    spans = sorted(((g["start"], g["end"]) for g in gold), key=lambda s: (s[0], -s[1]))
    out = []
    j = 0
    rules = tagger.split_found(reading)[1]  # the statements the tagger's features see when it tags
    for s_start, s_end, para, cues in reading.sentences:
        toks = tagger.tokens(text, s_start, s_end)
        if not toks:
            continue
        while j < len(rules) and rules[j].end <= s_start:
            j += 1
        near = [f for f in rules[j:] if f.start < s_end]
        labels = ["O"] * len(toks)
        for start, end in spans:
            if end <= s_start or start >= s_end:
                continue
            inside = [i for i, (a, b) in enumerate(toks) if a >= start and b <= end and labels[i] == "O"]
            for k, i in enumerate(inside):
                labels[i] = "B" if k == 0 else "I"
        out.append((tagger.sentence_features(text, toks, cues, near, para), labels))
    return out


def articles(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def train(polnear: Path, out: Path) -> int:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.select("lbfgs", "crf1d")
    trainer.set_params(OPTIONS)
    sentences = tokens = 0
    for article in articles(polnear / "polnear_train.jsonl"):
        for xseq, yseq in labelled(article["text"], article.get("indirect") or []):
            trainer.append(xseq, yseq)
            sentences += 1
            tokens += len(yseq)
    started = time.process_time()
    trainer.train(str(out))
    print(f"trained on PolNeAR train: {sentences:,} sentences, {tokens:,} tokens, {time.process_time() - started:.0f} CPU s;"
          f" model {out} ({out.stat().st_size:,} bytes)")
    return sentences


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quotearchive.tools.train_reported", description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="the folder holding polnear_train.jsonl and polnear_dev.jsonl")
    parser.add_argument("--out", type=Path, default=tagger.MODEL, help="where the model is written (default: the package's)")
    parser.add_argument("--no-score", action="store_true", help="train only; do not print the evaluation's figures")
    args = parser.parse_args(argv)
    train(args.polnear, args.out)
    if args.no_score or args.out != tagger.MODEL:
        return 0
    from . import evaluation_reported

    os.environ[tagger.SETTING] = "on"
    tagger.reload()
    return evaluation_reported.main([str(args.polnear)])


if __name__ == "__main__":
    sys.exit(main())
