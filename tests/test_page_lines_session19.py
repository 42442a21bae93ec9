"""The lines after the headline, walked once for the unmarked "By" line and the foot signature (session 19)."""

import lxml.html

from quotearchive.extract.page_byline import prefixed_byline
from quotearchive.extract.page_lines import plain_lines
from quotearchive.extract.page_signature import foot_signature

PROSE = "The council met on Tuesday night and voted to keep the old library open for another year, " \
        "after a long debate about the cost of the new roof and the heating."


def _page(body: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><body><p>Masthead line</p><h1>Library stays open</h1>{body}</body></html>")


def test_the_lines_start_at_the_headline_and_count_the_prose_passed():
    lines = list(plain_lines(_page(f"<p><em>Von Jana Roe</em></p><p>{PROSE}</p><div>x</div><p>{PROSE}</p>")))
    assert [(line.element.tag, line.prose) for line in lines] == [
        ("p", 0), ("em", 0), ("p", 1), ("div", 1), ("p", 2)]
    assert [line.paragraph_chars for line in lines] == [12, 0, len(PROSE), 0, len(PROSE)]


def test_over_the_story_the_by_line_is_read_and_under_it_the_signature():
    over = _page(f"<p><em>Von Jana Roe</em></p><p>{PROSE}</p><p>{PROSE}</p>")
    assert prefixed_byline(over) == ["Von Jana Roe"]
    assert foot_signature(over) is None
    under = _page(f"<p>{PROSE}</p><p>{PROSE}</p><p><em>Von Jana Roe</em></p>")
    assert prefixed_byline(under) == []
    assert foot_signature(under) == "Jana Roe"
