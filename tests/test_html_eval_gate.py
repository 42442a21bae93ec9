"""Gate: the HTML step must not fall below the figures it reaches on the shared pages.

Floors are pinned just under what `make eval-html` printed when they were set
(README, "Accuracy"), per split: *dev* (rules were tuned on it) and *check*
(only measured; issue 16's goal is set on it).

Which labels (say it, because the gate is only as good as they are):

* the repository's stand-off labels (``tools/html_labels.tsv``: byte ranges
  into each page, read by hand from the page, every page of both splits;
  docs/html-extraction.md gives the conventions) over the index's own
  (``INDEX.tsv``: the few labels the pages' source test suites gave), and
  where neither gives a date nor says "none", the day in the page's address:
  dev 107 titles, 90 bylines (+17 pages naming no author), 102 dates;
  check 114 titles, 86 bylines (+29), 106 dates;
* dates on the public adbar/htmldate evaluation pages (its ``tests`` folder,
  ~460 pages a split) when that folder is beside the shared corpora
  (``../htmldate-eval/tests``) or named by ``QUOTEARCHIVE_HTMLDATE_EVAL``.
* titles, dates and bylines on flairNLP/fundus's parser test pages (``../fundus-eval/checkout`` or
  ``QUOTEARCHIVE_FUNDUS``; the English-language countries' pages and all countries'), and on postlight/parser (Mercury)'s
  fixture pages (``../mercury-eval/checkout`` or ``QUOTEARCHIVE_MERCURY``), when present.

No extra ``html-labels.tsv`` overlay is read (``labels=None``).  Each part is
skipped, saying why, when its pages are absent (``../shared`` beside the
repository, or ``QUOTEARCHIVE_SHARED``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quotearchive.extract.webpage import parse_html
from quotearchive.tools.evaluation_html import (
    FUNDUS_TEST_DATA,
    MERCURY_TESTS,
    evaluate,
    evaluate_snacktory,
    evaluate_fundus_sets,
    evaluate_htmldate,
    evaluate_mercury,
)
from quotearchive.tools.snacktory_pages import SNACKTORY_TESTS

SHARED = Path(os.environ.get("QUOTEARCHIVE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
CORPUS = SHARED / "corpora" / "html"
HTMLDATE = Path(os.environ.get("QUOTEARCHIVE_HTMLDATE_EVAL") or SHARED.parent / "htmldate-eval" / "tests")
FUNDUS = Path(os.environ.get("QUOTEARCHIVE_FUNDUS") or SHARED.parent / "fundus-eval" / "checkout")
MERCURY = Path(os.environ.get("QUOTEARCHIVE_MERCURY") or SHARED.parent / "mercury-eval" / "checkout")
SNACKTORY = Path(os.environ.get("QUOTEARCHIVE_SNACKTORY") or SHARED.parent / "snacktory-eval" / "checkout")
# Measured 2026-12-03 with the stand-off labels, after issue 16's fourth pass (title / date / byline /
# no byline where none / no date where none / text F1 / strict): dev 0.963 / 1.000 / 0.978 / 0.941 / 0.200 /
# 0.916 / 0.741 (n = 107/102/90/17/5/86), check 0.965 / 0.925 / 0.895 / 0.897 / 0.444 / 0.898 / 0.763
# (n = 114/106/86/29/9/93). Before it: dev 0.860 / 0.971 / 0.944 / 0.824 / 0.000, check 0.877 / 0.906 /
# 0.895 / 0.690 / 0.111. Session 8's date rules: dev no date where none 0.400 (n=5), the rest unchanged.
# Session 9 (front pages get no date): no date where none dev 0.800, check 0.556; the rest unchanged.
# Issue 16's eighth pass (bylines from fundus's and Mercury's dev pages): check byline 0.907; the rest unchanged.
# Session 15 (parsely-page's pub_date, ranked last; a US dotted day "12.29.14" confirms a UTC stamp's local day):
# date dev 1.000 -> 0.990 (details.com2: an issue's month in its address), check 0.925 -> 0.962; the rest unchanged.
# Session 23 (bylines: a page-wide form, photo blocks, contributor credits, paired credits): check byline 0.919.
# Session 24 (the title scorer cuts a site's name and section path, guarded; a site-name <h1>): dev title 0.972.
FLOORS = {
    "dev": {"title": 0.97, "date": 0.99, "byline": 0.97, "byline_none": 0.94, "date_none": 0.79, "text_f1": 0.91,
            "text_f1_strict": 0.73},
    "check": {"title": 0.96, "date": 0.96, "byline": 0.91, "byline_none": 0.89, "date_none": 0.55, "text_f1": 0.89,
              "text_f1_strict": 0.75},
}
# Dates on htmldate's evaluation pages, measured 2026-12-03 after session 9's date rules: dev 0.950
# (n=457), check 0.909 (n=483) (0.950 / 0.911 before them; 0.928 / 0.907 before session 8's; 0.915 / 0.894
# before the fourth pass). The check floor went from 0.91 to 0.90: a page whose own address is a site's
# front page gets no date (the corpus labels' convention), and htmldate's set labels one such check page
# (and one dev page, a feed link landing on noticialdia.com's front page) with the masthead's day.
# Issue 16's seventh pass (a UTC stamp told in the page's zone): check 0.911, the floor back to 0.91.
HTMLDATE_FLOORS = {"dev": 0.94, "check": 0.91}


def extract(data: bytes, url: str | None) -> dict:
    return parse_html(data, url=url)


@pytest.fixture(scope="module")
def scores():
    return {split: evaluate(CORPUS, extract, split, labels=None) for split in FLOORS}


@pytest.mark.corpus
@pytest.mark.skipif(not (CORPUS / "INDEX.tsv").exists(), reason=f"no shared HTML corpus at {CORPUS}")
@pytest.mark.parametrize("split, name", [(s, n) for s in FLOORS for n in sorted(FLOORS[s])])
def test_rate_at_or_above_floor(scores, split, name):
    assert scores[split].rate(name) >= FLOORS[split][name]


@pytest.mark.corpus
@pytest.mark.skipif(not (HTMLDATE / "eval_default.json").exists(),
                    reason=f"no adbar/htmldate evaluation pages at {HTMLDATE}")
@pytest.mark.parametrize("split", sorted(HTMLDATE_FLOORS))
def test_dates_on_htmldate_pages_at_or_above_floor(split):
    assert evaluate_htmldate(HTMLDATE, extract, split).rate("date") >= HTMLDATE_FLOORS[split]


# Titles, dates and bylines on fundus's parser test pages (flairNLP/fundus checkout; labels are what its
# per-publisher parsers read, not hand labels), the English-language countries' pages and all countries'.
# Dates measured 2026-12-03: dev 0.984 (n=125), check 0.970 (n=133), unchanged since issue 16's sixth pass.
# Titles and bylines first scored in issue 16's eighth pass (quotearchive; English-language / all countries):
# dev title 0.780 / 0.744, byline 0.902 / 0.780 (n = 41/125 titles, 41/123 bylines; 0.878 / 0.724 before the
# pass's byline rules); check title 0.864 / 0.827, byline 0.930 / 0.792 (n = 44/133, 43/130; 0.930 / 0.777
# before). English dates 1.000 on both splits (n = 41, 44).
# Issue 16's ninth pass (places, employers and CMS accounts in bylines; kickers and address-named sites in
# titles; the scorer reads invisible characters and labels cut with "..."): dev title 0.805 / 0.776, byline
# 0.927 / 0.813; check title 0.864 / 0.827, byline 0.930 / 0.785. The all-countries check byline floor went
# from 0.79 to 0.78: one check page lost (counted, not read) to the rule that a one-word part beside a
# writer's full name is a place or an employer, where fundus's label keeps the whole author field (on dev
# the same convention labels JungeWelt's "Anna Martel und Lea Wagner, Nairobi" with "Nairobi" as an author).
# Issue 16's tenth pass (a kicker ending in a colon glued to the headline gets its space): dev title 0.829 /
# 0.784 (+1 page, Bhaskar); check unchanged.
# Session 16 (a login or initials in author markup): all-countries dev byline 0.821 (+1 page, SRF's initials);
# check unchanged.
# Session 24 (desks, titles' site-path cut): all-countries dev title 0.792, byline 0.837; check unchanged.
FUNDUS_FLOORS = {
    "English-language countries": {"dev": {"title": 0.82, "date": 0.99, "byline": 0.92},
                                   "check": {"title": 0.86, "date": 0.99, "byline": 0.92}},
    "all countries": {"dev": {"title": 0.79, "date": 0.98, "byline": 0.83},
                      "check": {"title": 0.82, "date": 0.96, "byline": 0.78}},
}


@pytest.fixture(scope="module")
def fundus_scores():
    return {split: evaluate_fundus_sets(FUNDUS, extract, split) for split in ("dev", "check")}


@pytest.mark.corpus
@pytest.mark.skipif(not (FUNDUS / FUNDUS_TEST_DATA).is_dir(), reason=f"no flairNLP/fundus checkout at {FUNDUS}")
@pytest.mark.parametrize("pages, split, name", [(p, s, n) for p in FUNDUS_FLOORS for s in FUNDUS_FLOORS[p]
                                                for n in sorted(FUNDUS_FLOORS[p][s])])
def test_fundus_pages_at_or_above_floor(fundus_scores, pages, split, name):
    assert fundus_scores[split][pages].rate(name) >= FUNDUS_FLOORS[pages][split][name]


# Titles, dates and bylines on postlight/parser (Mercury)'s fixture pages (its meta tags' content given
# back), measured 2026-12-03 after issue 16's seventh pass: dev 0.931 / 0.983 / 0.828 (n = 72/60/64),
# check 0.776 / 0.935 / 0.731 (n = 76/62/67); before it 0.917 / 0.933 / 0.797 and 0.763 / 0.935 / 0.701.
# Bylines in a catalogue's order ("Gillman, Steve") read as written in prose: dev byline 0.844.
# Issue 16's eighth pass (byline markers and sources): dev byline 0.891, check unchanged (0.731).
# Issue 16's ninth pass (places, employers and CMS accounts in bylines): check byline 0.746 (+1 page, from no
# byline to the writer; the page not read); the rest unchanged.
# Session 16 (an unmarked "By" line under the headline; a wire story's writer over a record naming the agency):
# check byline 0.776 (+2 pages, not read); dev unchanged.
MERCURY_FLOORS = {
    "dev": {"title": 0.93, "date": 0.98, "byline": 0.88},
    "check": {"title": 0.77, "date": 0.93, "byline": 0.77},
}


@pytest.fixture(scope="module")
def mercury_scores():
    return {split: evaluate_mercury(MERCURY, extract, split) for split in MERCURY_FLOORS}


@pytest.mark.corpus
@pytest.mark.skipif(not (MERCURY / MERCURY_TESTS).is_dir(), reason=f"no postlight/parser checkout at {MERCURY}")
@pytest.mark.parametrize("split, name", [(s, n) for s in MERCURY_FLOORS for n in sorted(MERCURY_FLOORS[s])])
def test_mercury_pages_at_or_above_floor(mercury_scores, split, name):
    assert mercury_scores[split].rate(name) >= MERCURY_FLOORS[split][name]


# Titles, dates and bylines on smallrivers/snacktory's test pages (skyshard-master b489095; labels are its
# JUnit assertions), split by outlet (brand), first measured 2026-12-05 (session 23) before any rule was
# drawn from them: dev 0.843 / 0.938 / 0.729 (n = 108/97/48; trafilatura 0.778 / 0.876 / 0.750), check
# 0.850 / 0.867 / 0.706 (n = 107/90/34; trafilatura 0.738 / 0.844 / 0.676).
# Session 23's byline rules (drawn from the dev split): dev byline 0.833, check 0.735.
# Session 24: titles (the scorer's site-path cut; the <h1> at the end of the cut <title>) dev 0.907, check 0.916;
# bylines (desks, a wire story's reporting line) dev 0.896, check unchanged.
SNACKTORY_FLOORS = {
    "dev": {"title": 0.90, "date": 0.93, "byline": 0.89},
    "check": {"title": 0.91, "date": 0.86, "byline": 0.73},
}


@pytest.fixture(scope="module")
def snacktory_scores():
    return {split: evaluate_snacktory(SNACKTORY, extract, split) for split in SNACKTORY_FLOORS}


@pytest.mark.corpus
@pytest.mark.skipif(not (SNACKTORY / SNACKTORY_TESTS).is_file(), reason=f"no snacktory checkout at {SNACKTORY}")
@pytest.mark.parametrize("split, name", [(s, n) for s in SNACKTORY_FLOORS for n in sorted(SNACKTORY_FLOORS[s])])
def test_snacktory_pages_at_or_above_floor(snacktory_scores, split, name):
    assert snacktory_scores[split].rate(name) >= SNACKTORY_FLOORS[split][name]
