"""Scoring hand-labelled quotations and speakers on web pages, shared by the two web sets: the saved pages
of ``corpora/html`` (``evaluation_web``) and the training pages of other projects' test sets
(``evaluation_web_train``).  How quotes are matched and speakers scored is told in ``evaluation_web``'s
docstring."""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..extract.pipeline import parse_documents
from ..model import WORD_RE, Document, statement_key
from .evaluation import MIN_OVERLAP, Scores, report, speaker_right


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


def print_split(name: str, web: WebScores) -> None:
    report(name, web.scores, web.pages)
    print(f"matched by statement key {web.by_key}, by one quote's words holding the other's {web.by_words}")
    if web.changed_bodies:
        print(f"bodies changed since labelling (matched by key alone): {len(web.changed_bodies)}: {', '.join(web.changed_bodies)}")


def write_misses(path: Path, web: WebScores) -> None:
    with path.open("w", encoding="utf-8") as out:
        for page in sorted(web.scores.misses):
            out.write(page + "\n" + "\n".join(web.scores.misses[page]) + "\n")


def read_labelled_page(root: Path, page: LabelledPage) -> Document:
    """The page as ``ingest`` reads a saved page (gzip undone, no address); its bytes must be the labelled ones."""
    path = root / page.file
    raw = path.read_bytes()
    digest = hashlib.sha1(raw).hexdigest()
    if digest != page.sha1:
        raise ValueError(f"{page.file}: sha1 {digest}, the labels were made on {page.sha1}")
    return Document(source=str(path), html=gzip.decompress(raw) if path.name.endswith(".gz") else raw)


def score_pages(root: Path, pages: list[LabelledPage], *targets: WebScores, where: str = "") -> None:
    """Read, parse and score ``pages`` (direct quotations only) into every one of ``targets``."""
    articles = parse_documents([read_labelled_page(root, page) for page in pages])
    for page, article in zip(pages, articles):
        if isinstance(article, Exception):
            raise SystemExit(f"{where}{page.file}: {article}")
        predicted = [q.to_dict() for q in article.quotes if q.kind != "indirect"]
        for web in targets:
            score_page(web, page, article.body, predicted)
