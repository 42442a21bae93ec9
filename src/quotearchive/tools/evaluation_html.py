"""Measure the HTML step on a folder of saved pages (``make eval-html``).

One piece, though long: the five page sets (the corpus, htmldate's, fundus's, Mercury's, snacktory's) are
scored here by the same rules and printed in one table beside trafilatura, and the rules are what must not
drift apart; reading fundus's, Mercury's and snacktory's pages and their labels is ``tools/fundus_pages.py``,
``tools/mercury_pages.py`` and ``tools/snacktory_pages.py``.

The folder holds the pages, an ``INDEX.tsv`` (file, url, expected title,
byline and date where known) and ``expected_text/<stem>.txt`` with the
expected main text.  Each rate is over the pages that have that expected
field:

* title: the same title under either convention (below);
* date: the same calendar day as the expected date;
* byline: case-insensitive, either contains the other, after author
  separators (";", ",", " and ", "&") are made one;
* main text: bag-of-tokens F1 (words; CJK and Thai characters one by one).
  An expected text under PREFIX_MAX_CHARS is the *start* of the article
  (goose3's tests keep only the first sentence or two and check that the
  extracted text begins with it), so it is scored against as many leading
  tokens of the extracted text; "strict" F1 scores every text whole.

Titles are scored as either convention is right: the headline alone, or
the page's own title with the site's name; a site segment cut or kept at
either end, quote typography and case unified, both score the same.

**Splits.** Every page falls in the *dev* split (rules are tuned on it) or
the *check* split (only measured, never looked at while tuning) by the first
byte of the SHA-1 of its file name: even -> dev, odd -> check
(``split_of``).  Figures are printed per split, quotearchive and trafilatura
(2.3, ``bare_extraction`` with its defaults and ``with_metadata``) side by
side on the same pages.

**Which labels.** The repository's stand-off labels (``tools/html_labels.tsv``:
every page of both splits, read by hand; byte ranges into each page, so no corpus
text is in the repository, see ``tools/html_labels.py`` and docs/html-extraction.md
for the conventions) laid over the index's own cells (``INDEX.tsv``: the few that
the pages' source test suites gave); ``--no-stand-off`` reads the index alone.  A
byline or date labelled ``none`` (the page names no author, gives no date) is
scored on its own row: right when the extractor gives none.  Where no label gives
a date or ``none``, the day in the page's address (``/2014/12/29/``;
``--no-address-dates`` turns it off).  Each split's label counts are printed.
Two more sets, kept outside the repository, are read when present:

* ``--labels TSV`` (or ``$QUOTEARCHIVE_HTML_LABELS``; default
  ``FOLDER/../html-labels.tsv`` when it exists): columns file, title,
  byline, date as text; laid over the others, a non-empty cell replaces
  (``-`` clears: the page names no author).
* ``--htmldate DIR`` (or ``$QUOTEARCHIVE_HTMLDATE_EVAL``; ``make eval-html``
  passes ``../htmldate-eval/tests`` when it exists): the ``tests`` folder
  of the public adbar/htmldate repository (``eval/``, ``test_set/``,
  ``eval_default.json``, ``eval_mediacloud_2020.json``: ~900 pages with
  their expected publication day; NaN, five pages, "no date": scored on the
  "no date where none" row): dates only, split by the same hash,
  every page of the split unless ``--htmldate-sample N``.  htmldate was
  developed on these pages, and trafilatura and quotearchive's fallback both
  call htmldate, so both columns are optimistic there; the difference
  between them is what the page-data rules add or lose.

* ``--fundus DIR`` (or ``$QUOTEARCHIVE_FUNDUS``): a checkout of flairNLP/fundus, whose parser tests
  (``tests/resources/parser/test_data/<country>/``: ~260 news pages, 40 countries, 2023-2026,
  gzip-compressed) give each page's ``title``, ``authors`` (a list of names) and ``publishing_date``,
  split by the same hash of "<country>_<page file>" and printed twice: the English-language countries'
  pages and all countries' (``tools/fundus_pages.py``).  Those labels are what fundus's per-publisher
  parsers read (mostly the page's JSON-LD or meta tags), not read by hand: a few are wrong (a day-first
  date read month-first).  Titles as above; a byline is cut into names and compared with the list
  (``authors_match``: every name on both sides matched).
* ``--mercury DIR`` (or ``$QUOTEARCHIVE_MERCURY``; ``make eval-html`` passes ``../mercury-eval/checkout``
  when it exists): a checkout of postlight/parser (Mercury), whose per-site extractor tests
  (``src/extractors/custom/<site>/index.test.js``) read ``fixtures/<page>.html`` for an address and assert
  its title, author and ``date_published``: ~165 pages, mostly US news sites 2016-2022 and Japanese
  tech sites, split by the same hash of the fixture's name.  Those labels are what each site's selectors
  read, in UTC; the expected day is that instant in the zone the page tells (``mercury_day``).
* ``--snacktory DIR`` (or ``$QUOTEARCHIVE_SNACKTORY``; ``make eval-html`` passes ``../snacktory-eval/checkout``
  when it exists): a checkout of smallrivers/snacktory at its ``skyshard-master`` branch (b489095), whose
  extractor tests assert the title, author and date of 278 saved pages of about 200 outlets, mostly 2014-2017
  (``tools/snacktory_pages.py``).  Split **by outlet** (the hash of the page's brand: its registrable domain's name), so an
  outlet's pages are all dev or all check; the expected day is the asserted instant's day as the page
  shows it (``snacktory_day``).

``python -m quotearchive.tools.evaluation_html FOLDER [--extractor NAME] [--split dev|check] [--show]``
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from ..model import RejectedInput
from .html_labels import LABELS as STAND_OFF_LABELS
from .html_labels import NONE_SUFFIX, label_counts, overlay
from .fundus_pages import ENGLISH_COUNTRIES, FUNDUS_TEST_DATA, FundusPage, read_fundus_pages
from .mercury_pages import (
    MERCURY_TESTS,
    MercuryPage,
    mercury_day,
    read_mercury_pages,
    undo_mercury_meta,
)
from .snacktory_pages import SNACKTORY_TESTS, SnacktoryPage, read_snacktory_pages, snacktory_day

# Word tokens; scripts written without spaces count one token per character.
TOKEN_RE = re.compile(
    r"[\u0e00-\u0e7f\u1000-\u109f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]|[^\W_]+"
)
# The enumeration comma and full-width comma and semicolon of Chinese and Japanese ("著、嶋田") separate names as
# "," does: both extractors' bylines and the labels are cut there alike.
AUTHOR_SEPARATOR_RE = re.compile(r"\s*(?:;|,|\band\b|&|[、，；])\s*", re.IGNORECASE)
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


QUOTE_TYPOGRAPHY = str.maketrans({"‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"',
                                   "«": '"', "»": '"', "–": "-", "—": "-", "\xa0": " "})
TITLE_SEGMENT_RE = re.compile(r"\s+(?:\||--|-|::|·|/|:|»)\s+|\s*\|\s*")
# Unspaced "--" too ("标题--时政--人民网"), for the site path's cut only: an English title's "--" is a dash.
SITE_SEGMENT_RE = re.compile(TITLE_SEGMENT_RE.pattern + r"|(?<=\S)--(?=\S)")
# A guillemet standing alone between spaces separates a site's name ("Headline « Shropshire Star", "Site » Section »
# Headline"); a page's title that holds both kinds quotes with them ("« Nous sommes prêts »"), so it keeps them.
SITE_GUILLEMET_RE = re.compile(r"\s[«»]\s")
# The site's segments a label may keep beside the headline: its name and its section path ("Headline - NFL - Sporting
# News", "Headline : 岐阜 : 地域 : YOMIURI ONLINE", "Actors - Headline | Backstage"): up to this many, each a name's
# length; what is left must be a headline's length, not one word of it.
SITE_SEGMENTS_MAX = 3
SITE_SEGMENT_MAX_WORDS = 6
HEADLINE_MIN_WORDS = 3
HEADLINE_MIN_CHARS = 10


# Soft hyphens and zero-width characters: invisible, no part of a title's wording (a label may keep them).
INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# A label cut for length ("... how many children do couple have?..."): a record truncated by its site.
TRUNCATED_TITLE_RE = re.compile(r"\s*(?:\.\.\.|…)$")
TRUNCATED_TITLE_MIN_CHARS = 30


def _title_text(title: str | None) -> str:
    text = normalise_space(INVISIBLE_RE.sub("", title or ""))
    if not ("«" in text and "»" in text):
        text = SITE_GUILLEMET_RE.sub(" | ", text)
    return text.translate(QUOTE_TYPOGRAPHY).lower().strip()


def _title_forms(title: str | None) -> set[str]:
    """The title, and the title with its site's segments cut at either end (typography unified): one segment
    of any length, or up to ``SITE_SEGMENTS_MAX`` name-length ones leaving a headline-length rest."""
    text = _title_text(title)
    if not text:
        return set()
    forms = {text}
    parts = TITLE_SEGMENT_RE.split(text)
    if len(parts) > 1:
        forms.add(text[: text.rfind(parts[-1])].rstrip(" |-:·/»"))
        forms.add(text[len(parts[0]):].lstrip(" |-:·/»"))
    forms |= _site_cut_forms(text)
    return {f.strip() for f in forms if f.strip()}


def _segment_weight(segment: str) -> int:
    """A segment's length, a wide (CJK) character counted as a word's worth of letters."""
    return sum(3 if ord(c) >= 0x2E80 else 1 for c in segment.strip())


def _site_cut_forms(text: str) -> set[str]:
    """``text`` less two or more short segments at its ends (a site's name and its section path)."""
    seps = list(SITE_SEGMENT_RE.finditer(text))
    spans = [(0 if i == 0 else seps[i - 1].end(), seps[i].start() if i < len(seps) else len(text))
             for i in range(len(seps) + 1)]
    forms = set()
    # Whatever is cut, the headline stays: the rest must hold the title's longest segment (review 6: "Sporting News"
    # from "Raiders cut ties with Cable - NFL - Sporting News" was scored as the title).  The one-segment cut above
    # has no such guard, as before: "First | The Gazette" is the headline "First".
    longest = max((text[a:b] for a, b in spans), key=_segment_weight).strip()
    for head in range(SITE_SEGMENTS_MAX + 1):
        for tail in range(SITE_SEGMENTS_MAX + 1 - head):
            if head + tail < 2 or head + tail >= len(spans):
                continue
            cut = spans[:head] + spans[len(spans) - tail:]
            if any(len(text[a:b].split()) > SITE_SEGMENT_MAX_WORDS for a, b in cut):
                continue
            kept = text[spans[head][0]: spans[len(spans) - tail - 1][1]].strip()
            if (len(kept.split()) >= HEADLINE_MIN_WORDS or len(kept) >= HEADLINE_MIN_CHARS) and longest in kept:
                forms.add(kept)
    return forms


def title_matches(predicted: str | None, expected: str) -> bool:
    """Same title, either convention: headline alone, or with the site's name at one end.

    A label may list alternatives separated by " || " (a page whose visible
    headline and ``<title>`` differ in wording: both are the page's title).
    Invisible characters (soft hyphens, zero-width spaces) are no part of either; a label
    ending in "..." is a record cut for length, matched by a title that starts with it.
    """
    if " || " in expected:
        return any(title_matches(predicted, alternative) for alternative in expected.split(" || "))
    pred, gold = _title_forms(predicted), _title_forms(expected)
    full_pred, full_gold = _title_text(predicted), _title_text(expected)
    stem = TRUNCATED_TITLE_RE.sub("", full_gold)
    if stem != full_gold and len(stem) >= TRUNCATED_TITLE_MIN_CHARS and any(p.startswith(stem) for p in pred):
        return True
    return bool(pred) and (full_pred in gold or full_gold in pred)


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
        default_factory=lambda: {"title": [], "date": [], "byline": [], "byline_none": [], "date_none": [],
                                 "text_f1": [], "text_f1_strict": []}
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


def split_of(name: str) -> str:
    """"dev" or "check", by the first byte of the SHA-1 of the page's file name."""
    return "dev" if hashlib.sha1(name.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def load_index(folder: Path) -> list[dict[str, str]]:
    with open(folder / "INDEX.tsv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def default_labels(folder: Path) -> Path | None:
    """``$QUOTEARCHIVE_HTML_LABELS``, else ``FOLDER/../html-labels.tsv`` if it exists (an extra overlay)."""
    path = Path(os.environ.get("QUOTEARCHIVE_HTML_LABELS") or folder.resolve().parent / "html-labels.tsv")
    return path if path.exists() else None


# "/2014/12/29/" in a page's address: the day it was filed under.
ADDRESS_DATE_RE = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/-]|$)")


def address_date(url: str | None) -> str | None:
    """The day in a page's address ("/2014/12/29/"), as a date label, or None."""
    match = ADDRESS_DATE_RE.search(url or "")
    return "-".join(match.groups()) if match else None


def load_rows(folder: Path, labels: Path | None = None, address_dates: bool = True,
              stand_off: Path | None = STAND_OFF_LABELS, warnings: list[str] | None = None) -> list[dict[str, str]]:
    """The index's rows, with the repository's stand-off labels and then the labels file laid over them.

    ``stand_off`` (``tools/html_labels.tsv``; None: not read) gives, per page,
    byte ranges resolved against the page itself; a label whose page is absent
    or changed (SHA-1) is refused, with a line in ``warnings``.  A field the
    labels mark ``none`` (no author named, no date given) is left empty and
    flagged ``byline_none``/``date_none``.  ``labels`` (TSV of text: file,
    title, byline, date) is an extra overlay: a non-empty cell replaces, ``-``
    clears.  With ``address_dates``, a page with no expected date (and none
    flagged) gets the day in its address, where it has one.  Reproducible by
    anyone with the pages, but it favours extractors that read the address
    (ours does, to check a page's stamps; htmldate does, first).
    """
    rows = load_index(folder)
    if stand_off is not None and stand_off.exists():
        rows = overlay(folder, rows, stand_off, warnings if warnings is not None else [])
    rows = _with_labels(rows, labels)
    if address_dates:
        for row in rows:
            if not row.get("date") and not row.get("date" + NONE_SUFFIX):
                row["date"] = address_date(row.get("url")) or ""
    return rows


def _with_labels(rows: list[dict[str, str]], labels: Path | None) -> list[dict[str, str]]:
    if labels is None or not labels.exists():
        return rows
    with open(labels, encoding="utf-8", newline="") as handle:
        extra = {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}
    for row in rows:
        for key, value in extra.get(row["file"], {}).items():
            if key != "file" and value:
                row[key] = "" if value.strip() == "-" else value.strip()
                if key in ("byline", "date"):
                    row[key + NONE_SUFFIX] = "1" if value.strip() == "-" else ""
    return rows


def expected_text(folder: Path, name: str) -> str | None:
    path = folder / "expected_text" / (Path(name).stem + ".txt")
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    return None if is_curator_note(text) else text


Extractor = Callable[[bytes, str | None], dict[str, Any]]


def _run(extract: Extractor, data: bytes, url: str | None) -> dict[str, Any]:
    try:
        return extract(data, url)
    except RejectedInput:
        return {}


def evaluate(folder: Path, extract: Extractor, split: str | None = None,
             labels: Path | None | str = "default", address_dates: bool = True,
             stand_off: Path | None = STAND_OFF_LABELS) -> Scores:
    """Score ``extract(page bytes, url)`` on every page of ``split`` (None: all) listed in the index."""
    scores = Scores()
    labels_path = default_labels(folder) if labels == "default" else labels
    rows = [r for r in load_rows(folder, labels_path, address_dates, stand_off)
            if split is None or split_of(r["file"]) == split]
    pages = [(row, (folder / row["file"]).read_bytes()) for row in rows]
    started = time.perf_counter()
    results = [_run(extract, data, row.get("url") or None) for row, data in pages]
    scores.seconds = time.perf_counter() - started
    scores.pages = len(pages)
    for (row, _), page in zip(pages, results):
        name = row["file"]
        checks = [("title", row.get("title"), title_matches, page.get("title")),
                  ("date", row.get("date"), date_matches, page.get("published")),
                  ("byline", row.get("byline"), byline_matches, page.get("byline"))]
        _score_checks(scores, name, checks)
        # A page labelled as naming no author (giving no date): right when the extractor gives none.
        for key, predicted in (("byline", page.get("byline")), ("date", page.get("published"))):
            if row.get(key + NONE_SUFFIX):
                scores.hits[key + NONE_SUFFIX].append(float(not predicted))
                if predicted:
                    scores.failures.append((name, key + NONE_SUFFIX, "none", predicted))
        gold_text = expected_text(folder, name)
        if gold_text is not None:
            body = page.get("body") or ""
            f1 = token_f1(body, gold_text, prefix=len(gold_text.strip()) < PREFIX_MAX_CHARS)
            scores.hits["text_f1"].append(f1)
            scores.hits["text_f1_strict"].append(token_f1(body, gold_text))
            if f1 < 0.8:
                scores.failures.append((name, "text_f1", round(f1, 3), len(page.get("body") or "")))
    return scores


def htmldate_pages(folder: Path, split: str, sample: int | None = None) -> list[tuple[str, str, Path]]:
    """(url, expected date, page path) of htmldate's evaluation set in ``split``: ``sample`` of them, or all.

    A page whose expected date is NaN (the set's mark for "this page has no date": a front page,
    a company register's entry, an image search) is expected ``none``.
    """
    found = []
    for listing in ("eval_default.json", "eval_mediacloud_2020.json"):
        if not (folder / listing).exists():
            continue
        for url, item in json.loads((folder / listing).read_text(encoding="utf-8")).items():
            for sub in ("eval", "test_set"):
                path = folder / sub / item["file"]
                date = item.get("date")
                no_date = isinstance(date, float) and date != date  # NaN
                if path.exists() and (isinstance(date, str) or no_date) and split_of(item["file"]) == split:
                    found.append((url, "none" if no_date else date, path))
                    break
    # A deterministic sample, the same for every extractor.
    found.sort(key=lambda page: hashlib.sha1(page[2].name.encode()).hexdigest())
    return found[:sample] if sample else found


def evaluate_htmldate(folder: Path, extract: Extractor, split: str, sample: int | None = None) -> Scores:
    """Dates only, on htmldate's public evaluation pages."""
    scores = Scores()
    pages = htmldate_pages(folder, split, sample)
    started = time.perf_counter()
    for url, gold, path in pages:
        predicted = _run(extract, path.read_bytes(), url).get("published")
        key = "date_none" if gold == "none" else "date"
        ok = not predicted if gold == "none" else date_matches(predicted, gold)
        scores.hits[key].append(float(ok))
        if not ok:
            scores.failures.append((path.name, key, gold, predicted))
    scores.seconds = time.perf_counter() - started
    scores.pages = len(pages)
    return scores


def fundus_pages(folder: Path, split: str) -> list[FundusPage]:
    """fundus's parser test pages in ``split`` (split by "<country>_<page file>", as the others)."""
    return [page for page in read_fundus_pages(folder) if split_of(page.name) == split]


def _names(text: str) -> list[str]:
    return [n for n in AUTHOR_SEPARATOR_RE.split(normalise_space(text).translate(QUOTE_TYPOGRAPHY).lower()) if n]


def authors_match(predicted: str | None, expected: list[str]) -> bool:
    """A joined byline ("Jane Roe, John Doe") against a list of names (fundus's ``authors``).

    Both sides are cut into names at the author separators (";", ",", " and ", "&"; a list item holding
    two names counts as two), case and quote typography unified.  Right when every expected name is
    one of ours and every one of ours is expected, a name matching another that holds it as whole
    words ("Associated Press" and "The Associated Press"): a missing or an extra author is a miss,
    where the other sets' joined labels accept one containing the other.
    """
    ours = _names(predicted or "")
    gold = [n for name in expected for n in _names(name)]

    def same(a: str, b: str) -> bool:
        return f" {a} " in f" {b} " or f" {b} " in f" {a} "

    return bool(ours) and bool(gold) and all(any(same(g, o) for o in ours) for g in gold) and \
        all(any(same(o, g) for g in gold) for o in ours)


def evaluate_fundus_sets(folder: Path, extract: Extractor, split: str) -> dict[str, Scores]:
    """Title, date and byline on fundus's parser test pages (gzip-compressed): the English-language
    countries' pages (``ENGLISH_COUNTRIES``) and all countries', each page extracted once.

    An empty ``authors`` list (fundus's parser found no author) is no label: fundus's parsers are not
    checked against the page, so it is not scored as "no byline where none".
    """
    import gzip

    sets = {"English-language countries": Scores(), "all countries": Scores()}
    for page in fundus_pages(folder, split):
        started = time.perf_counter()
        result = _run(extract, gzip.decompress(page.path.read_bytes()), page.url)
        seconds = time.perf_counter() - started
        checks = [("title", page.title, title_matches, result.get("title")),
                  ("date", page.published and page.published[:10], date_matches, result.get("published")),
                  ("byline", page.authors or None, authors_match, result.get("byline"))]
        for heading, scores in sets.items():
            if heading != "all countries" and page.country not in ENGLISH_COUNTRIES:
                continue
            scores.pages += 1
            scores.seconds += seconds
            _score_checks(scores, page.name, checks)
    return sets


def _score_checks(scores: Scores, page: str, checks: list[tuple[str, Any, Callable[[Any, Any], bool], Any]]) -> None:
    """Each (field, label, comparison, prediction) of a page with a label: a hit or a failure."""
    for key, gold, matches, predicted in checks:
        if gold:
            ok = matches(predicted, gold)
            scores.hits[key].append(float(ok))
            if not ok:
                scores.failures.append((page, key, gold, predicted))


def evaluate_fundus(folder: Path, extract: Extractor, split: str) -> Scores:
    """Title, date and byline on all of fundus's parser test pages in ``split``."""
    return evaluate_fundus_sets(folder, extract, split)["all countries"]


def mercury_pages(folder: Path, split: str) -> list[MercuryPage]:
    """postlight/parser's fixture pages in ``split`` (by the fixture's file name), with what its tests assert."""
    return [page for page in read_mercury_pages(folder) if split_of(page.name) == split]


def evaluate_mercury(folder: Path, extract: Extractor, split: str) -> Scores:
    """Title, date and byline on postlight/parser's fixture pages."""
    pages = [(page, undo_mercury_meta(page.path.read_bytes())) for page in mercury_pages(folder, split)]
    return _score_asserted_pages(pages, extract, mercury_day)


def _score_asserted_pages(pages: list[tuple[Any, bytes]], extract: Extractor,
                          day_of: Callable[[Any, str], tuple[str | None, str]]) -> Scores:
    """Title, date and byline of pages whose tests assert them (Mercury's, snacktory's): ``day_of``
    gives the day a page shows for its asserted instant."""
    scores = Scores()
    started = time.perf_counter()
    results = [_run(extract, data, page.url) for page, data in pages]
    scores.seconds = time.perf_counter() - started
    scores.pages = len(pages)
    for (page, data), result in zip(pages, results):
        checks = [("title", page.title, title_matches, result.get("title")),
                  ("date", day_of(page, data.decode("utf-8", "replace"))[0], date_matches, result.get("published")),
                  ("byline", page.author, byline_matches, result.get("byline"))]
        _score_checks(scores, page.name, checks)
    return scores


# The pages read at skyshard-master b489095: another commit (the default branch) asserts far fewer.
SNACKTORY_PAGES_AT_B489095 = 278


def snacktory_pages(folder: Path, split: str) -> list[SnacktoryPage]:
    """snacktory's test pages in ``split``, by the same hash of the page's outlet (its brand)."""
    pages = read_snacktory_pages(folder)
    _warn_of_another_commit(folder, len(pages))
    return [page for page in pages if split_of(page.outlet) == split]


@lru_cache(maxsize=None)
def _warn_of_another_commit(folder: Path, pages: int) -> None:
    if pages != SNACKTORY_PAGES_AT_B489095:
        print(f"(snacktory checkout at {folder} holds {pages} test pages, not {SNACKTORY_PAGES_AT_B489095}: "
              "its figures are not comparable; check it out at b489095)")


def evaluate_snacktory(folder: Path, extract: Extractor, split: str) -> Scores:
    """Title, date and byline on snacktory's test pages (an author asserted empty is no label)."""
    pages = [(page, page.path.read_bytes()) for page in snacktory_pages(folder, split)]
    return _score_asserted_pages(pages, extract, snacktory_day)


def _quotearchive(data: bytes, url: str | None) -> dict[str, Any]:
    from ..extract.webpage import parse_html

    return parse_html(data, url=url)


def _trafilatura(data: bytes, url: str | None) -> dict[str, Any]:
    """Bare trafilatura (no quotearchive code), for the comparison in docs/html-extraction.md."""
    import trafilatura

    result = trafilatura.bare_extraction(data, url=url, with_metadata=True)
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


ROWS = [("title", "title"), ("date", "date same day"), ("byline", "byline"),
        ("byline_none", "no byline where none"), ("date_none", "no date where none"),
        ("text_f1", "text token F1"), ("text_f1_strict", "  strict (no prefix)")]


def side_by_side(columns: dict[str, Scores]) -> str:
    """One table: a row per figure, a column per extractor, n beside each rate."""
    names = list(columns)
    lines = [f"{'':<22}" + "".join(f"{name:>22}" for name in names)]
    for key, label in ROWS:
        cells = []
        for name in names:
            rate = columns[name].rate(key)
            n = len(columns[name].hits[key])
            cells.append(f"{'n/a' if rate is None else f'{rate:.3f}':>14} (n={n:>3})")
        if any(columns[name].hits[key] for name in names):
            lines.append(f"{label:<22}" + "".join(f"{c:>22}" for c in cells))
    lines.append(f"{'pages/s':<22}" + "".join(
        f"{(c.pages / c.seconds if c.seconds else 0.0):>14.1f} (n={c.pages:>3})" for c in columns.values()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--extractor", choices=sorted(EXTRACTORS), action="append",
                        help="Extractors to compare (default: quotearchive and trafilatura).")
    parser.add_argument("--split", choices=["dev", "check"], action="append",
                        help="Splits to score (default: both, printed separately).")
    parser.add_argument("--labels", type=Path, help="More labels laid over the others (TSV: file, title, byline, date).")
    parser.add_argument("--no-stand-off", action="store_true",
                        help="Do not read tools/html_labels.tsv (the index's labels only, as before issue 16's labels).")
    parser.add_argument("--htmldate", type=Path, default=os.environ.get("QUOTEARCHIVE_HTMLDATE_EVAL") or None,
                        help="adbar/htmldate's tests/ folder: dates on its evaluation pages.")
    parser.add_argument("--fundus", type=Path, default=os.environ.get("QUOTEARCHIVE_FUNDUS") or None,
                        help="A checkout of flairNLP/fundus: titles, dates and bylines on its parser test pages.")
    parser.add_argument("--mercury", type=Path, default=os.environ.get("QUOTEARCHIVE_MERCURY") or None,
                        help="A checkout of postlight/parser: titles, dates and bylines on its fixture pages.")
    parser.add_argument("--snacktory", type=Path, default=os.environ.get("QUOTEARCHIVE_SNACKTORY") or None,
                        help="A checkout of smallrivers/snacktory (skyshard-master): titles, dates and bylines "
                             "on its test pages, split by outlet.")
    parser.add_argument("--htmldate-sample", type=int, default=None, help="htmldate pages per split (default: all).")
    parser.add_argument("--no-address-dates", action="store_true",
                        help="Do not take the day in a page's address as its expected date where the index has none.")
    parser.add_argument("--show", action="store_true", help="List every miss.")
    args = parser.parse_args(argv)
    if not (args.folder / "INDEX.tsv").exists():
        print(f"no INDEX.tsv in {args.folder}", file=sys.stderr)
        return 2
    extractors = args.extractor or ["quotearchive", "trafilatura"]
    labels = args.labels or default_labels(args.folder)
    stand_off = None if args.no_stand_off else STAND_OFF_LABELS
    warnings: list[str] = []
    rows = load_rows(args.folder, labels, not args.no_address_dates, stand_off, warnings)
    print(f"pages: {args.folder}; labels: INDEX.tsv" + (f", then {STAND_OFF_LABELS.name} (stand-off, in the repository)"
                                                       if stand_off else "")
          + (f", then {labels}" if labels else ""))
    for warning in warnings:
        print(warning)
    if not args.no_address_dates:
        print("dates: the index's, else the day in the page's address (--no-address-dates: the index's only)")
    if args.htmldate and (args.htmldate / "eval_default.json").exists():
        print(f"dates also on htmldate's evaluation pages: {args.htmldate}")
    # The public page sets, each scored beside the corpus when its checkout is there: (folder, what it
    # must hold and how that is checked, how a split is scored (one Scores, or several by heading), heading,
    # column tag, what is missing).
    page_sets = [
        (args.htmldate, "eval_default.json", Path.exists, partial(evaluate_htmldate, sample=args.htmldate_sample),
         "htmldate evaluation pages (dates only)", "htmldate", "no htmldate evaluation set"),
        (args.fundus, FUNDUS_TEST_DATA, Path.is_dir, evaluate_fundus_sets,
         "fundus parser test pages", "fundus", "no fundus test pages"),
        (args.mercury, MERCURY_TESTS, Path.is_dir, evaluate_mercury,
         "postlight/parser (Mercury) fixture pages", "mercury", "no postlight/parser tests"),
        (args.snacktory, SNACKTORY_TESTS, Path.is_file, evaluate_snacktory,
         "snacktory test pages (split by outlet)", "snacktory", "no snacktory tests"),
    ]
    for split in args.split or ["dev", "check"]:
        columns = {name: evaluate(args.folder, EXTRACTORS[name], split, labels, not args.no_address_dates, stand_off)
                   for name in extractors}
        counts = label_counts([r for r in rows if split_of(r["file"]) == split])
        print(f"\n== {split} split ({args.folder.name}) ==")
        print("labelled pages: {pages} pages; titles {title}; bylines {byline} (+{byline_none} naming no author); "
              "dates {date} (+{date_none} giving none)".format(**counts))
        print(side_by_side(columns))
        for folder, holds, present, score, heading, tag, missing in page_sets:
            if not folder:
                continue
            if not present(folder / holds):
                print(f"({missing} at {folder}: skipped)")
                continue
            found = {name: score(folder, EXTRACTORS[name], split) for name in extractors}
            parts = {sub: {name: found[name][sub] for name in extractors} for sub in found[extractors[0]]} \
                if isinstance(found[extractors[0]], dict) else {"": found}
            for sub, part in parts.items():
                print(f"-- {split} split, {heading}{f', {sub}' if sub else ''} --")
                print(side_by_side(part))
                columns.update({f"{name} {tag}{f' {sub}' if sub else ''}": scores for name, scores in part.items()})
        if args.show:
            for name, scores in columns.items():
                for failure in scores.failures:
                    print("MISS", split, name, *failure, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
