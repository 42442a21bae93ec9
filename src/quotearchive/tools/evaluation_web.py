"""Score direct quotations and their speakers on saved web news pages (issue 14).

    python -m quotearchive.tools.evaluation_web FOLDER [--split dev|check] [--misses FILE] [--parse-off]
    python -m quotearchive.tools.evaluation_web --train [--fundus DIR] [--mercury DIR] [--htmldate DIR] [--misses FILE] [--parse-off]

``--train`` scores the training pages of other projects' test sets instead (``tools/evaluation_web_train.py``).

FOLDER is the saved-pages corpus (``corpora/html``: the pages and their ``INDEX.tsv``).  The gold is
``web_speaker_labels.jsonl`` beside this module: every direct quotation, and who said it, in the English
pages of both splits that hold at least one (the split is ``evaluation_html.split_of``, the one the
HTML step is measured by), hand-labelled on 2026-12-04 on the body our own HTML extraction gives, before
the extractor's quotes were looked at (docs/speakers.md, "Session 15: web news speakers").  One page a
line: ``{"id", "file", "sha1" (of the page's bytes), "split", "body_sha256" (of the body the labels were
made on), "quotes": [{"key", "start", "end", "speaker", "speaker_type", "kind"}]}``.  ``key`` is the
quotation's ``model.statement_key`` (a hash of its words: no page text is stored); ``start``/``end`` are
offsets into that body, valid while the HTML step still gives the same body.

Each page is read as ``ingest`` reads a saved page (``Document(source, html)``, no address) and parsed by
``pipeline.parse_documents``; reported speech (kind "indirect") is left out, the gold being quotations.

**Matching**, one-to-one, in two passes: first a predicted quote whose ``statement_key`` equals a gold
key; then, among the rest, one whose words contain the gold quotation's words or are contained in them as
a run, the shorter at least half the longer (the BBC sets' "half the union" rule, in words), closest
first.  The second pass needs the gold words, so it runs only where the page's body is unchanged (its
hash); a changed body is reported and matched by key alone.  A speaker is right by the BBC sets' rule
(``evaluation.speaker_right``); quotations whose gold speaker is none (``speaker_type`` "none") count for
quote P/R/F1, not for speaker accuracy.  Confidence: ECE and accuracy/coverage at >= 0.8, as the other rows.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from ..extract.speakers import parse as speaker_parse
from .evaluation_html import load_index
# The shared scoring, also imported from here by callers of this module's earlier versions.
from .web_scores import (  # noqa: F401
    GoldQuote,
    LabelledPage,
    WebScores,
    match_page,
    print_split,
    score_page,
    score_pages,
    word_overlap,
    words,
    write_misses,
)

LABELS = Path(__file__).with_name("web_speaker_labels.jsonl")
SPLITS = ("dev", "check")
NAMES = {
    "dev": "Web pages dev (English saved pages with quotations; hand-labelled, development)",
    "check": "Web pages check (English saved pages with quotations; hand-labelled, check set)",
}


def load_labels(path: Path = LABELS) -> list[LabelledPage]:
    pages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            quotes = tuple(GoldQuote(**q) for q in row["quotes"])
            pages.append(LabelledPage(row["file"], row["sha1"], row["split"], row["body_sha256"], quotes))
    return pages


def evaluate_split(folder: Path, pages: list[LabelledPage]) -> WebScores:
    web = WebScores()
    score_pages(folder, pages, web)
    return web


def pages_present(folder: Path, pages: list[LabelledPage]) -> bool:
    return (folder / "INDEX.tsv").is_file() and all((folder / page.file).is_file() for page in pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quotearchive.tools.evaluation_web", description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", help="the saved pages (corpora/html, with INDEX.tsv); not with --train")
    parser.add_argument("--labels", type=Path, default=LABELS, help="the hand labels (default: web_speaker_labels.jsonl beside this module)")
    parser.add_argument("--split", choices=SPLITS, action="append", help="score only this split (repeatable; default both)")
    parser.add_argument("--misses", type=Path, help="write the dev split's misses (with --train: the training pages') to this file (never the check split's)")
    parser.add_argument("--train", action="store_true", help="score the web_train_labels_*.jsonl pages (fundus, Mercury, htmldate) instead")
    for corpus in ("fundus", "mercury", "htmldate"):
        parser.add_argument(f"--{corpus}", type=Path, help=f"with --train: the {corpus} root its labels' paths are relative to (absent: skipped)")
    parser.add_argument("--parse-off", action="store_true", help="score again with QUOTEARCHIVE_PARSER=off (the rules alone)")
    parser.add_argument("--heading-suffix", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.train:
        return _main_train(args)
    if args.folder is None:
        parser.error("FOLDER is needed (or --train)")
    pages = load_labels(args.labels)
    if not pages_present(args.folder, pages):
        print(f"== {NAMES['dev']}\nskipped: the labelled pages are not under {args.folder}")
        return 0
    # Only English pages were labelled; a label for a page the index calls another language is a mistake.
    languages = {row["file"]: row.get("lang") for row in load_index(args.folder)}
    wrong = [page.file for page in pages if languages.get(page.file) != "en"]
    if wrong:
        raise SystemExit(f"labels for pages not marked English in INDEX.tsv: {', '.join(wrong)}")
    for split in args.split or SPLITS:
        split_pages = [page for page in pages if page.split == split]
        web = evaluate_split(args.folder, split_pages)
        print_split(NAMES[split] + args.heading_suffix, web)
        if split == "dev" and args.misses:
            write_misses(args.misses, web)
    print(speaker_parse.describe())
    if args.parse_off:
        # In a fresh process: the parser, once loaded, stays loaded for the process's life.
        command = [sys.executable, "-m", "quotearchive.tools.evaluation_web", str(args.folder), "--labels", str(args.labels),
                   "--heading-suffix", f", parse off ({speaker_parse.PARSER_ENV}=off)"]
        for split in args.split or SPLITS:
            command += ["--split", split]
        sys.stdout.flush()
        done = subprocess.run(command, env=dict(os.environ, **{speaker_parse.PARSER_ENV: "off"}), check=False)
        if done.returncode:
            return done.returncode
    return 0


def _main_train(args: argparse.Namespace) -> int:
    from .evaluation_web_train import CORPORA, run_train

    roots = {corpus: getattr(args, corpus) for corpus in CORPORA}
    run_train(roots, args.misses, args.heading_suffix)
    print(speaker_parse.describe())
    if args.parse_off:
        # In a fresh process, as for FOLDER: the parser, once loaded, stays loaded.
        command = [sys.executable, "-m", "quotearchive.tools.evaluation_web", "--train",
                   "--heading-suffix", f", parse off ({speaker_parse.PARSER_ENV}=off)"]
        for corpus, root in roots.items():
            if root is not None:
                command += [f"--{corpus}", str(root)]
        sys.stdout.flush()
        return subprocess.run(command, env=dict(os.environ, **{speaker_parse.PARSER_ENV: "off"}), check=False).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
