"""Measure the HTML step on a folder of saved pages (``make eval-html``).

The folder holds the pages, an ``INDEX.tsv`` (file, url, expected title,
byline and date where known) and ``expected_text/<stem>.txt`` with the
expected main text.  Each rate is over the pages that have that expected
field:

* title: exact match after whitespace is collapsed;
* date: the same calendar day as the expected date;
* byline: case-insensitive, either contains the other, after author
  separators (";", ",", " and ") are made one;
* main text: bag-of-tokens F1 (words; CJK and Thai characters one by one).
  An expected text under PREFIX_MAX_CHARS is the *start* of the article
  (goose3's tests keep only the first sentence or two and check that the
  extracted text begins with it), so it is scored against as many leading
  tokens of the extracted text; "strict" F1 scores every text whole.

``python -m quotearchive.evaluation_html FOLDER [--extractor NAME] [--show]``
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import RejectedInput

# Word tokens; scripts written without spaces count one token per character.
TOKEN_RE = re.compile(
    r"[\u0e00-\u0e7f\u1000-\u109f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]|[^\W_]+"
)
AUTHOR_SEPARATOR_RE = re.compile(r"\s*(?:;|,|\band\b|&)\s*", re.IGNORECASE)
# Some expected texts are the curator's note about a failure ("EXTRACTED
# NOTHING", "MISSED LAST PARAGRAPH"), not text: short, all capitals.
NOTE_MAX_CHARS = 200
NOTE_UPPER_SHARE = 0.6
PREFIX_MAX_CHARS = 300
csv.field_size_limit(10_000_000)


def tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(text.lower())


def token_f1(predicted: str, expected: str, prefix: bool = False) -> float:
    """Bag-of-tokens F1 between two texts (1.0 when both are empty).

    With ``prefix``, ``expected`` is the start of the text: only as many
    leading predicted tokens as it has are scored.
    """
    gold_tokens = tokens(expected)
    pred_tokens = tokens(predicted)
    if prefix:
        pred_tokens = pred_tokens[: len(gold_tokens)]
    pred, gold = Counter(pred_tokens), Counter(gold_tokens)
    if not pred and not gold:
        return 1.0
    common = sum((pred & gold).values())
    if not common:
        return 0.0
    precision, recall = common / sum(pred.values()), common / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


def is_curator_note(text: str) -> bool:
    text = text.strip()
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return len(text) < NOTE_MAX_CHARS and text.isascii() and bool(letters) and upper > NOTE_UPPER_SHARE * len(letters)


def normalise_space(text: str | None) -> str:
    return " ".join((text or "").split())


def title_matches(predicted: str | None, expected: str) -> bool:
    return normalise_space(predicted) == normalise_space(expected)


def date_matches(predicted: str | None, expected: str) -> bool:
    return bool(predicted) and predicted[:10] == expected.strip()[:10]


def normalise_byline(text: str | None) -> str:
    names = [n for n in AUTHOR_SEPARATOR_RE.split(normalise_space(text).lower()) if n]
    return ", ".join(names)


def byline_matches(predicted: str | None, expected: str) -> bool:
    pred, gold = normalise_byline(predicted), normalise_byline(expected)
    return bool(pred) and bool(gold) and (pred in gold or gold in pred)


@dataclass
class Scores:
    hits: dict[str, list[float]] = field(
        default_factory=lambda: {"title": [], "date": [], "byline": [], "text_f1": [], "text_f1_strict": []}
    )
    failures: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    pages: int = 0
    seconds: float = 0.0

    def rate(self, name: str) -> float | None:
        values = self.hits[name]
        return sum(values) / len(values) if values else None

    def report(self) -> str:
        lines = []
        for name, label in [("title", "title exact match"), ("date", "date same day"),
                            ("byline", "byline match"), ("text_f1", "main text token F1"),
                            ("text_f1_strict", "  strict (no prefix)")]:
            rate = self.rate(name)
            shown = "n/a" if rate is None else f"{rate:.3f}"
            lines.append(f"{label:<22}{shown:>7}  (n={len(self.hits[name])})")
        speed = self.pages / self.seconds if self.seconds else 0.0
        lines.append(f"{'pages/s':<22}{speed:>7.1f}  ({self.pages} pages in {self.seconds:.2f}s)")
        return "\n".join(lines)


def load_index(folder: Path) -> list[dict[str, str]]:
    with open(folder / "INDEX.tsv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def expected_text(folder: Path, name: str) -> str | None:
    path = folder / "expected_text" / (Path(name).stem + ".txt")
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    return None if is_curator_note(text) else text


def evaluate(folder: Path, extract: Callable[[bytes, str | None], dict[str, Any]]) -> Scores:
    """Score ``extract(page bytes, url)`` on every page listed in the index."""
    scores = Scores()
    rows = load_index(folder)
    pages = [(row, (folder / row["file"]).read_bytes()) for row in rows]
    started = time.perf_counter()
    results = []
    for row, data in pages:
        try:
            results.append(extract(data, row.get("url") or None))
        except RejectedInput:
            results.append({})
    scores.seconds = time.perf_counter() - started
    scores.pages = len(pages)
    for (row, _), page in zip(pages, results):
        name = row["file"]
        checks = [("title", row.get("title"), title_matches, page.get("title")),
                  ("date", row.get("date"), date_matches, page.get("published")),
                  ("byline", row.get("byline"), byline_matches, page.get("byline"))]
        for key, gold, matches, predicted in checks:
            if gold:
                ok = matches(predicted, gold)
                scores.hits[key].append(float(ok))
                if not ok:
                    scores.failures.append((name, key, gold, predicted))
        gold_text = expected_text(folder, name)
        if gold_text is not None:
            body = page.get("body") or ""
            f1 = token_f1(body, gold_text, prefix=len(gold_text.strip()) < PREFIX_MAX_CHARS)
            scores.hits["text_f1"].append(f1)
            scores.hits["text_f1_strict"].append(token_f1(body, gold_text))
            if f1 < 0.8:
                scores.failures.append((name, "text_f1", round(f1, 3), len(page.get("body") or "")))
    return scores


def _quotearchive(data: bytes, url: str | None) -> dict[str, Any]:
    from ..extract.webpage import parse_html

    return parse_html(data, url=url)


def _trafilatura(data: bytes, url: str | None) -> dict[str, Any]:
    """Bare trafilatura (no quotearchive code), for the comparison in docs/html-extraction.md."""
    import trafilatura

    result = trafilatura.bare_extraction(data, url=url, with_metadata=True, favor_precision=False)
    if result is None:
        return {}
    result = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    return {"body": result.get("text"), "title": result.get("title"),
            "byline": result.get("author"), "published": result.get("date")}


def _bs4_paragraphs(data: bytes, url: str | None) -> dict[str, Any]:
    """The original placeholder: every <p> outside script/nav/header/footer/aside."""
    from bs4 import BeautifulSoup

    from ..text.decode import decode_text

    soup = BeautifulSoup(decode_text(data), "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "aside", "form", "noscript"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    paragraphs = [" ".join(p.get_text(" ").split()) for p in soup.find_all("p")]
    return {"body": "\n\n".join(p for p in paragraphs if p), "title": title}


EXTRACTORS: dict[str, Callable[[bytes, str | None], dict[str, Any]]] = {
    "quotearchive": _quotearchive,
    "trafilatura": _trafilatura,
    "bs4-paragraphs": _bs4_paragraphs,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--extractor", choices=sorted(EXTRACTORS), default="quotearchive")
    parser.add_argument("--show", action="store_true", help="List every miss.")
    args = parser.parse_args(argv)
    if not (args.folder / "INDEX.tsv").exists():
        print(f"no INDEX.tsv in {args.folder}", file=sys.stderr)
        return 2
    scores = evaluate(args.folder, EXTRACTORS[args.extractor])
    print(f"extractor: {args.extractor}")
    print(scores.report())
    if args.show:
        for failure in scores.failures:
            print("MISS", *failure, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
