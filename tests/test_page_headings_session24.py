"""Session 24: many <h1>s under a long <title>.

Each <h1> was compared with the whole <title>, normalised again for each: 10,000 <h1>s under a long
<title> took 22 s (review 6).  The <title>'s normalised words are made once (review 8: a cap on the
<h1>s read lost an ``itemprop="headline"`` <h1> after 60 others).
"""

from __future__ import annotations

from quotearchive.extract.webpage import parse_html

STORY = "<p>The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice last winter.</p>"


def _page(title: str, headings: list[str]) -> bytes:
    body = "".join(f"<h1>{h}</h1>" for h in headings)
    return f"<html><head><title>{title}</title></head><body>{body}{STORY}</body></html>".encode()


def test_the_headline_among_the_first_headings_is_found():
    headings = ["Harbour Gazette"] + [f"Teaser number {i} of the day" for i in range(48)]
    headings.insert(1, "Board votes to rebuild the north pier")
    page = _page("Board votes to rebuild the north pier - Harbour Gazette", headings)
    assert parse_html(page, "https://gazette.example/pier")["title"] == "Board votes to rebuild the north pier"


def test_a_marked_headline_after_sixty_headings_is_the_title():
    headings = [f"Post number {i} of the blog" for i in range(60)]
    body = "".join(f"<h1>{h}</h1>" for h in headings) + '<h1 itemprop="headline">Council passes budget</h1>'
    page = f"<html><head><title>Daily News</title></head><body>{body}{STORY}</body></html>".encode()
    assert parse_html(page, "https://daily.example/budget")["title"] == "Council passes budget"


def test_ten_thousand_headings_still_give_a_title():
    page = _page(" - ".join(f"Section {i}" for i in range(10_000)), [f"Heading {i} here" for i in range(10_000)])
    assert parse_html(page, "https://gazette.example/pier")["title"]
