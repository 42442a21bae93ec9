"""Session 24: the headline is looked for among the page's first ``MAX_HEADINGS`` <h1>s.

Each <h1> was compared with the whole <title> and every record; 10,000 <h1>s under a long <title>
took 22 s (review 6).  News pages hold a handful (the most among 1,982 scored pages: 146).
"""

from __future__ import annotations

from quotearchive.extract import page_metadata
from quotearchive.extract.webpage import parse_html

STORY = "<p>The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice last winter.</p>"


def _page(title: str, headings: list[str]) -> bytes:
    body = "".join(f"<h1>{h}</h1>" for h in headings)
    return f"<html><head><title>{title}</title></head><body>{body}{STORY}</body></html>".encode()


def test_the_headline_among_the_first_headings_is_found():
    headings = ["Harbour Gazette"] + [f"Teaser number {i} of the day" for i in range(page_metadata.MAX_HEADINGS - 2)]
    headings.insert(1, "Board votes to rebuild the north pier")
    page = _page("Board votes to rebuild the north pier - Harbour Gazette", headings)
    assert parse_html(page, "https://gazette.example/pier")["title"] == "Board votes to rebuild the north pier"


def test_a_headline_past_the_cap_is_not_read_as_one():
    headings = [f"Teaser number {i} of the day" for i in range(page_metadata.MAX_HEADINGS)]
    headings.append("Board votes to rebuild the north pier")
    page = _page("Board votes to rebuild the north pier and more - Harbour Gazette", headings)
    # (the <h1> is not looked at: the <title> less its site's segment is the title)
    assert parse_html(page, "https://gazette.example/pier")["title"] == "Board votes to rebuild the north pier and more"


def test_ten_thousand_headings_still_give_a_title():
    page = _page(" - ".join(f"Section {i}" for i in range(10_000)), [f"Heading {i} here" for i in range(10_000)])
    assert parse_html(page, "https://gazette.example/pier")["title"]
