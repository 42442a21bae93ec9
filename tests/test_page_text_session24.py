"""Session 24: trafilatura's fallbacks (readability, justext) only on a page of news size.

justext compares each paragraph with its neighbours by a scan, so a form of
ten thousand list items spent minutes in it; past ``MAX_FALLBACK_ELEMENTS``
trafilatura runs ``fast`` (its own extraction alone).
"""

from __future__ import annotations

import lxml.html

from quotearchive.extract import page_text
from quotearchive.extract.webpage import parse_html

ARTICLE = (
    "<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>"
    "<p>The council voted on Tuesday to close the library, after a debate of three hours.</p>"
    "<p>\"We had no choice,\" said Ann Lee, the council's leader, after the vote.</p>"
    "</article></body></html>"
)


def _list_page(items: int) -> str:
    rows = "".join(f"<li>item {number} of the list</li>" for number in range(items))
    return f"<html><head><title>List</title></head><body><form><h1>List</h1><ul>{rows}</ul></form></body></html>"


def test_a_news_sized_page_keeps_trafilaturas_fallbacks():
    options = page_text.trafilatura_options(lxml.html.fromstring(ARTICLE))
    assert options["fast"] is False
    assert options["include_comments"] is False


def test_a_page_past_the_limit_runs_trafilatura_fast():
    tree = lxml.html.fromstring(_list_page(page_text.MAX_FALLBACK_ELEMENTS))
    assert page_text.trafilatura_options(tree)["fast"] is True


def test_the_limit_counts_elements_not_list_items():
    # Nine elements of furniture (html, head, title, body, form, h1, ul...) plus
    # items: a list just under the limit still gets the fallbacks.
    tree = lxml.html.fromstring(_list_page(page_text.MAX_FALLBACK_ELEMENTS - 10))
    assert page_text.trafilatura_options(tree)["fast"] is False


def test_a_news_article_keeps_its_text():
    page = parse_html(ARTICLE.encode(), "https://example.org/council")
    assert "The council voted on Tuesday to close the library" in page["body"]
    assert "\"We had no choice,\" said Ann Lee" in page["body"]


def test_a_huge_list_page_still_gives_its_text():
    page = parse_html(_list_page(12_000).encode(), "https://example.org/list")
    assert "item 11999 of the list" in page["body"]
