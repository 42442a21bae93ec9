"""Session 19's byline rules (docs/html-extraction.md, "Session 19 (2026-12-04)")."""

from __future__ import annotations

from quotearchive.extract.page_names import _names
from quotearchive.extract.webpage import parse_html

STORY = ("<p>The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice last winter.</p>"
         "<p>Fishermen who use the pier said the work could not come soon enough, and the board promised a timetable.</p>")


def _byline(head: str, byline: str = "") -> str | None:
    page = (f"<html><head><title>Pier rebuilt</title>{head}</head><body><article><h1>Why the pier matters</h1>"
            f"{byline}{STORY}</article></body></html>").encode()
    return parse_html(page, "https://news.example.com/2019/11/18/pier/index.html").get("byline")


def test_the_kind_of_piece_before_by_is_no_part_of_the_name():
    # Before, "Analysis by ..." was no name at all: the record and the marked byline both lost, the byline none.
    head = '<meta name="author" content="Analysis by Jane Roe, Example Editor-at-large">'
    marked = ('<p class="metadata__byline"><span class="metadata__byline__author">Analysis by '
              '<a href="/profiles/jane-roe">Jane Roe</a>, Example Editor-at-large</span></p>')
    assert _byline(head, marked) == "Jane Roe"
    assert _byline("", '<div class="byline">Opinion by Jana Roe and John Doe</div>') == "Jana Roe, John Doe"
    assert _names(["Ein Kommentar von Jana Roe"]) == ["Jana Roe"]
    assert _names(["Commentary by Jane Roe"], True) == ["Jane Roe"]


def test_a_name_opening_on_such_a_word_is_kept():
    assert _names(["Anne Roe"]) == ["Anne Roe"]
    assert _names(["Review Roe"], True) == ["Review Roe"]  # no "by": no prefix


def test_a_company_title_and_its_employer_after_the_name_are_no_writers():
    # A corporate blog's byline: before, "Vice President" (two capitalised words) was a second writer.
    marked = '<span class="byline-author">Posted by Jane Roe, Vice President, Example Cloud</span>'
    assert _byline("", marked) == "Jane Roe"
    assert _names(["Jane Roe, Senior Software Engineer"]) == ["Jane Roe"]
    assert _names(["Jane Roe, Head of Product, Example Labs"]) == ["Jane Roe"]


def test_a_writer_after_a_title_and_an_and_stays():
    assert _names(["Jane Roe, Product Manager and John Doe"]) == ["Jane Roe", "John Doe"]
    assert _names(["Jane Roe, Staff Writer"]) == ["Jane Roe"]
    assert _names(["Staff Writer"]) == ["Staff Writer"]  # a title alone is a desk's credit
