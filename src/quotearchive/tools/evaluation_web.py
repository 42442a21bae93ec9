"""Score direct quotations and their speakers on saved web news pages (issue 14).

    python -m quotearchive.tools.evaluation_web FOLDER [--split dev|check] [--misses FILE] [--parse-off]

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
import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..extract.pipeline import parse_documents
from ..extract.speakers import parse as speaker_parse
from ..model import WORD_RE, Document, statement_key
from .evaluation import MIN_OVERLAP, Scores, report, speaker_right
from .evaluation_html import load_index

LABELS = Path(__file__).with_name("web_speaker_labels.jsonl")
SPLITS = ("dev", "check")
NAMES = {
    "dev": "Web pages dev (English saved pages with quotations; hand-labelled, development)",
    "check": "Web pages check (English saved pages with quotations; hand-labelled, check set)",
}


@dataclass(frozen=True)
class GoldQuote:
    key: str
    start: int
    end: int
    speaker: str | None
    speaker_type: str
    kind: str


@dataclass(frozen=True)
class LabelledPage:
    file: str
    sha1: str
    split: str
    body_sha256: str
    quotes: tuple[GoldQuote, ...]


@dataclass
class WebScores:
    """The shared ``Scores`` and what only this set has: how each pair was matched, bodies that changed."""

    scores: Scores = field(default_factory=Scores)
    pages: int = 0
    by_key: int = 0
    by_words: int = 0
    changed_bodies: list[str] = field(default_factory=list)


def load_labels(path: Path = LABELS) -> list[LabelledPage]:
    pages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            quotes = tuple(GoldQuote(**q) for q in row["quotes"])
            pages.append(LabelledPage(row["file"], row["sha1"], row["split"], row["body_sha256"], quotes))
    return pages


def words(text: str) -> list[str]:
    """The words ``statement_key`` hashes, in order."""
    return WORD_RE.findall(text.casefold())


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def word_overlap(a: list[str], b: list[str]) -> float:
    """Shorter / longer when one word run holds the other, else 0."""
    if not a or not b:
        return 0.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) / len(long_) if _contains(long_, short) else 0.0


def match_page(gold: list[GoldQuote], gold_words: list[list[str]] | None, predicted: list[dict]) -> list[tuple[int, int, str]]:
    """One-to-one (gold index, predicted index, "key" | "words") pairs: equal keys first, then word runs."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if pi not in used_p and statement_key(p["text"]) == g.key:
                used_g.add(gi)
                used_p.add(pi)
                pairs.append((gi, pi, "key"))
                break
    if gold_words is not None:
        candidates = []
        for gi, gw in enumerate(gold_words):
            if gi in used_g:
                continue
            for pi, p in enumerate(predicted):
                if pi not in used_p:
                    ratio = word_overlap(gw, words(p["text"]))
                    if ratio >= MIN_OVERLAP:
                        candidates.append((ratio, gi, pi))
        for _, gi, pi in sorted(candidates, reverse=True):
            if gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
                pairs.append((gi, pi, "words"))
    return pairs


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def score_page(web: WebScores, page: LabelledPage, body: str, predicted: list[dict]) -> None:
    """Add one page's quotes to ``web`` (the body is the one our HTML step gives today)."""
    scores = web.scores
    web.pages += 1
    gold = list(page.quotes)
    unchanged = hashlib.sha256(body.encode("utf-8")).hexdigest() == page.body_sha256
    gold_words = [words(body[g.start:g.end]) for g in gold] if unchanged else None
    if not unchanged:
        web.changed_bodies.append(page.file)
    scores.gold += len(gold)
    scores.predicted += len(predicted)
    pairs = match_page(gold, gold_words, predicted)
    for gi, pi, how in pairs:
        g, p = gold[gi], predicted[pi]
        scores.matched += 1
        if how == "key":
            web.by_key += 1
            scores.exact += 1
        else:
            web.by_words += 1
        right = speaker_right(p.get("speaker"), g.speaker)
        scores.count_speaker(p, g.speaker, right)
        if not right:
            scores.add_miss(page.file, f"  who   {_short(p['text'])!r}: gold {g.speaker!r} ({g.speaker_type}, {g.kind}),"
                                       f" got {p.get('speaker')!r} (as written {p.get('speaker_as_written')!r}, {p.get('speaker_evidence')})")
    matched_g = {gi for gi, _, _ in pairs}
    matched_p = {pi for _, pi, _ in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            shown = _short(body[g.start:g.end]) if unchanged else g.key
            scores.add_miss(page.file, f"  FN    {shown!r} [{g.speaker}]")
    for pi, p in enumerate(predicted):
        if pi not in matched_p:
            scores.add_miss(page.file, f"  FP    {_short(p['text'])!r} [{p.get('speaker')}]")


def read_page(folder: Path, page: LabelledPage) -> Document:
    raw = (folder / page.file).read_bytes()
    digest = hashlib.sha1(raw).hexdigest()
    if digest != page.sha1:
        raise ValueError(f"{page.file}: sha1 {digest}, the labels were made on {page.sha1}")
    return Document(source=str(folder / page.file), html=raw)


def evaluate_split(folder: Path, pages: list[LabelledPage]) -> WebScores:
    web = WebScores()
    articles = parse_documents([read_page(folder, page) for page in pages])
    for page, article in zip(pages, articles):
        if isinstance(article, Exception):
            raise SystemExit(f"{page.file}: {article}")
        predicted = [q.to_dict() for q in article.quotes if q.kind != "indirect"]
        score_page(web, page, article.body, predicted)
    return web


def pages_present(folder: Path, pages: list[LabelledPage]) -> bool:
    return (folder / "INDEX.tsv").is_file() and all((folder / page.file).is_file() for page in pages)


def print_split(name: str, web: WebScores) -> None:
    report(name, web.scores, web.pages)
    print(f"matched by statement key {web.by_key}, by one quote's words holding the other's {web.by_words}")
    if web.changed_bodies:
        print(f"bodies changed since labelling (matched by key alone): {len(web.changed_bodies)}: {', '.join(web.changed_bodies)}")


def write_misses(path: Path, web: WebScores) -> None:
    with path.open("w", encoding="utf-8") as out:
        for page in sorted(web.scores.misses):
            out.write(page + "\n" + "\n".join(web.scores.misses[page]) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quotearchive.tools.evaluation_web", description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the saved pages (corpora/html, with INDEX.tsv)")
    parser.add_argument("--labels", type=Path, default=LABELS, help="the hand labels (default: web_speaker_labels.jsonl beside this module)")
    parser.add_argument("--split", choices=SPLITS, action="append", help="score only this split (repeatable; default both)")
    parser.add_argument("--misses", type=Path, help="write the dev split's misses to this file (never the check split's)")
    parser.add_argument("--parse-off", action="store_true", help="score again with QUOTEARCHIVE_PARSER=off (the rules alone)")
    parser.add_argument("--heading-suffix", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
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


if __name__ == "__main__":
    sys.exit(main())
