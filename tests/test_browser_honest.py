"""In a real browser: what the corpus does not print, exact words, and text without entities.

The server runs `quotearchive serve` over tests/honest_fixture.py's archive,
as tests/test_browser.py does over the seeds (same helpers, same Chromium).
"""

from __future__ import annotations

import re

import pytest

from . import honest_fixture
from .test_browser import browser, new_page, result_count, serving  # noqa: F401 (browser is a fixture)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def honest_server(tmp_path_factory):
    yield from serving(honest_fixture.build(tmp_path_factory.mktemp("honest-browser")))


def text(page, testid: str) -> str:
    return " ".join(page.locator(f'[data-testid="{testid}"]').inner_text().split())


def cards(page, within: str = "quote-results") -> list[str]:
    return [" ".join(t.split()) for t in page.locator(f'[data-testid="{within}"] .qa-card blockquote, '
                                                          f'[data-testid="{within}"] .qa-card .qa-card-text').all_inner_texts()]


def test_undated_and_outletless_are_counted_and_found(browser, honest_server):  # noqa: F811
    page, errors = new_page(browser)
    page.goto(honest_server["base"] + "/")
    assert ("6 undated articles (no year in the text: left out of the dates above and of the charts); "
            "5 without an outlet. Search lists them as “Undated” and “No outlet”.") == text(page, "left-out")
    page.locator('[data-testid="left-out"] a').first.click()
    page.wait_for_url(re.compile(r"/quotes/articles\?year__isnull=1"))
    assert "6 rows where year is null" in " ".join(page.locator("h3").first.inner_text().split())

    page.goto(honest_server["base"] + "/search?q=interest+rate")
    assert 2 == result_count(page)
    assert ["2019 1", "Undated 1"] == [" ".join(t.split()) for t in page.locator('[data-facet="year"] li').all_inner_texts()]
    assert ["No outlet 2"] == [" ".join(t.split()) for t in page.locator('[data-facet="outlet"] li').all_inner_texts()]
    page.locator('[data-facet="year"] li a', has_text="Undated").click()
    page.wait_for_url(re.compile(r"year=-"))
    assert 1 == result_count(page)
    assert page.locator('[data-testid="quote-results"] .qa-card').first.inner_text().count("The interest rate is the wrong tool") == 1

    # Oldest first cannot place the undated quote: it says so, and links to it.
    page.goto(honest_server["base"] + "/search?q=interest+rate&sort=oldest")
    assert 1 == page.locator('[data-testid="quote-results"] .qa-card').count()
    assert ("Oldest first lists the dated quotes only: those whose article gives no year cannot be placed in time. "
            "List the undated ones.") == text(page, "undated-left-out")

    # Mary Stone: one dated quote charted, two undated listed after it (a quote and a reported
    # statement, issue 15), and both pages say so.
    page.goto(honest_server["base"] + "/search?q=Mary+Stone")
    page.locator('[data-testid="speaker-results"] a', has_text="Mary Stone").click()
    page.wait_for_url(re.compile(r"/quotes/speakers/\d+$"))
    assert "Dated quotes first; the 2 whose article gives no year come after them." == text(page, "speaker-quotes-undated")
    assert "Not shown: 2 quotes without a year." == text(page, "chart-left-out")
    listed = page.locator('[data-testid="speaker-quotes"] .qa-card').all_inner_texts()
    assert 3 == len(listed) and "Interest rates will stay" in listed[0] and "The interest rate is the wrong tool" in listed[1]
    assert "Parliament had seen only a précis of the bank's report" in listed[2]
    page.locator('[data-testid="chart-left-out"] a').click()
    page.wait_for_url(re.compile(r"/search\?speaker=\d+&year=-"))
    assert 2 == result_count(page)
    assert [] == errors


def test_exact_words_and_a_lone_minus_word(browser, honest_server):  # noqa: F811
    page, errors = new_page(browser)
    page.goto(honest_server["base"] + "/search")
    page.fill("#qa-q", '"interest rates"')
    page.press("#qa-q", "Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    assert "2 quotes matching “interest rates”" == text(page, "result-count")  # with its other forms
    page.check('[data-testid="exact"]')
    page.click(".qa-big-search button")
    page.wait_for_url(re.compile(r"exact=1"))
    assert "1 quote matching “interest rates” (exact words)" == text(page, "result-count")
    assert ["Interest rates"] == page.locator('[data-testid="quote-results"] mark').all_inner_texts()
    assert page.locator('[data-testid="exact"]').is_checked()

    page.fill("#qa-q", "-sport")
    page.uncheck('[data-testid="exact"]')
    page.click(".qa-big-search button")
    page.wait_for_url(re.compile(r"q=-sport"))
    assert ("“-sport” only leaves words out: a search needs at least one word to find. "
            "Add one, as in “climate -sport”.") == text(page, "search-note")
    assert [] == errors


def test_embedded_post_date_and_decoded_entities_on_article_pages(browser, honest_server):  # noqa: F811
    page, errors = new_page(browser)
    page.goto(honest_server["base"] + "/search?q=strategic+balance")
    page.locator('[data-testid="article-results"] a', has_text="Russia will respond to NATO expansion").click()
    page.wait_for_url(re.compile(r"/quotes/articles/\d+$"))
    assert "Date not given; on or after 3 June 2017 (the date of a post or story it embeds)" == text(page, "not-before")

    page.goto(honest_server["base"] + "/search?q=housing+bubble")
    page.locator('[data-testid="quote-results"] .qa-card-link').first.click()
    page.wait_for_url(re.compile(r"/quotes/quotes/\d+$"))
    page.click('[data-testid="article-link"]')
    page.wait_for_url(re.compile(r"/quotes/articles/\d+$"))
    body = page.locator(".qa-article-body").inner_text()
    assert "She said Parliament had seen only a précis of the bank's report on house prices." in body
    assert "&#" not in body
    assert [] == errors
