"""Gate: the HTML step must not fall below the figures it reaches on the shared pages.

Floors are pinned just under what `make eval-html` printed when they were set
(docs/html-extraction.md); raise them when the extractor improves.  Skipped
when the shared corpora are absent (``../shared`` beside the repository, or
``QUOTEARCHIVE_SHARED``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quotearchive.tools.evaluation_html import evaluate
from quotearchive.extract.webpage import parse_html

SHARED = Path(os.environ.get("QUOTEARCHIVE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
CORPUS = SHARED / "corpora" / "html"
FLOORS = {"title": 0.95, "date": 0.95, "byline": 0.85, "text_f1": 0.90, "text_f1_strict": 0.74}

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not (CORPUS / "INDEX.tsv").exists(), reason=f"no shared HTML corpus at {CORPUS}"),
]


@pytest.fixture(scope="module")
def scores():
    return evaluate(CORPUS, lambda data, url: parse_html(data, url=url))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_rate_at_or_above_floor(scores, name):
    assert scores.rate(name) >= FLOORS[name]
