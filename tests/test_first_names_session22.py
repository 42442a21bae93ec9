"""First names of 2016-2025 politics and business news give a person and a sex (session 22)."""

import pytest

from quotearchive.extract import pipeline
from quotearchive.extract.speakers.runs import gender_of
from quotearchive.model import Document


@pytest.mark.parametrize("first, sex", [("Elon", "m"), ("Rishi", "m"), ("Vivek", "m"), ("Keir", "m"),
                                        ("Kemi", "f"), ("Akshata", "f"), ("Giorgia", "f"), ("Ngozi", "f")])
def test_modern_first_names_have_a_sex(first: str, sex: str) -> None:
    assert gender_of(None, None, first) == sex


def test_she_skips_the_man_named_last(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTEARCHIVE_PARSER", "off")
    text = ("A headline\n\nKemi Badenoch clashed with Vivek Ramaswamy at the summit on Monday. "
            "\"We will not back down,\" she said.\n")
    quotes = pipeline.parse_document(Document("t.txt", text)).quotes
    assert quotes[-1].speaker == "Kemi Badenoch"
