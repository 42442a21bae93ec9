"""Score direct quotations and their speakers on the web *training* pages (issue 14, session 21).

    python -m quotearchive.tools.evaluation_web --train [--fundus DIR] [--mercury DIR] [--htmldate DIR]
                                                [--misses FILE] [--parse-off]

The gold is every ``web_train_labels_*.jsonl`` beside this module: hand labels of direct quotations and
their speakers on saved news pages of other projects' test sets, made blind (docs/speakers.md, "Session
21 (2026-12-04): a web training set from fundus and Mercury pages"), for developing rules: its errors may
be read (``--misses``).  One page a line, the row format of ``web_speaker_labels.jsonl`` plus ``corpus``
("fundus", "mercury", "htmldate"): ``{"id", "corpus", "file", "sha1", "split": "train", "body_sha256",
"quotes": [...]}``.  ``file`` is relative to that corpus's root: a checkout of flairNLP/fundus
(``tests/resources/parser/test_data/us/APNews_2023_04_28.html.gz``), of postlight/parser
(``fixtures/x.html``), or htmldate's ``tests`` folder.  ``sha1`` is of the file's bytes as stored (a
``.gz`` page compressed).  A corpus whose folder is not given, or whose labelled pages are not all
under it, is skipped with a line saying so.

Each page is read as ``ingest`` reads a saved page: decompressed when it ends in ``.gz``, then
``Document(source, html)`` with no address (Mercury's fixtures as saved, their renamed meta tags not
restored: ``ingest`` would not restore them either).  Matching and scoring are ``evaluation_web``'s.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .web_scores import GoldQuote, LabelledPage, WebScores, print_split, score_pages, write_misses

TRAIN_LABELS_GLOB = "web_train_labels_*.jsonl"
CORPORA = ("fundus", "mercury", "htmldate")
ALL = "all corpora"


@dataclass(frozen=True)
class TrainPage:
    corpus: str
    page: LabelledPage


def train_label_files(folder: Path = Path(__file__).parent) -> list[Path]:
    return sorted(folder.glob(TRAIN_LABELS_GLOB))


def load_train_labels(paths: list[Path]) -> list[TrainPage]:
    """Every labelled page of ``paths``, in file order; a corpus outside ``CORPORA`` is a mistake."""
    pages = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("corpus") not in CORPORA:
                raise ValueError(f"{path.name}: page {row.get('file')!r} has corpus {row.get('corpus')!r}, not one of {', '.join(CORPORA)}")
            quotes = tuple(GoldQuote(**q) for q in row["quotes"])
            pages.append(TrainPage(row["corpus"], LabelledPage(row["file"], row["sha1"], row["split"], row["body_sha256"], quotes)))
    return pages


def corpus_status(corpus: str, root: Path | None, pages: list[TrainPage]) -> str | None:
    """Why ``corpus`` is skipped, or None when it can be scored."""
    if not pages:
        return f"skipped, no labelled pages for {corpus} (no {TRAIN_LABELS_GLOB} row with corpus {corpus!r})"
    if root is None:
        return f"skipped, no --{corpus} DIR given"
    missing = [p.page.file for p in pages if not (root / p.page.file).is_file()]
    if missing:
        return f"skipped, {len(missing)} labelled pages are not under {root} (first: {missing[0]})"
    return None


def evaluate_train(roots: dict[str, Path | None], pages: list[TrainPage]) -> tuple[dict[str, WebScores], dict[str, str]]:
    """Per corpus scored and all together (key ``ALL``), and the skipped corpora with the reason."""
    scored: dict[str, WebScores] = {}
    skipped: dict[str, str] = {}
    together = WebScores()
    for corpus in CORPORA:
        corpus_pages = [p for p in pages if p.corpus == corpus]
        reason = corpus_status(corpus, roots.get(corpus), corpus_pages)
        if reason:
            skipped[corpus] = reason
            continue
        root = roots[corpus]
        assert root is not None
        web = WebScores()
        score_pages(root, [p.page for p in corpus_pages], web, together, where=f"{corpus} ")
        scored[corpus] = web
    if scored:
        scored[ALL] = together
    return scored, skipped


def heading(corpus: str, suffix: str = "") -> str:
    what = "the corpora scored above, together" if corpus == ALL else f"{corpus} pages"
    return f"Web train: {corpus} ({what}; hand-labelled, development){suffix}"


def run_train(roots: dict[str, Path | None], misses: Path | None = None, suffix: str = "",
              label_files: list[Path] | None = None) -> None:
    """Print one "Web train" row per corpus and all together; write the misses of all scored pages."""
    pages = load_train_labels(train_label_files() if label_files is None else label_files)
    scored, skipped = evaluate_train(roots, pages)
    for corpus in CORPORA:
        if corpus in skipped:
            print(f"== {heading(corpus, suffix)}\n{skipped[corpus]}")
        else:
            print_split(heading(corpus, suffix), scored[corpus])
    if ALL in scored:
        print_split(heading(ALL, suffix), scored[ALL])
        if misses:
            write_misses(misses, scored[ALL])
