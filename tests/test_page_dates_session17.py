"""Session 17's date rule (docs/html-extraction.md, "Session 17 (2026-12-04)"): a day shown without its year."""

from __future__ import annotations

import lxml.html

from quotearchive.extract.page_yearless import yearless_day
from quotearchive.extract.webpage import parse_html

STORY = ("<p>The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice last winter.</p>"
         "<p>Fishermen who use the pier said the work could not come soon enough, and the board promised a timetable.</p>")


def _tree(body: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><body>{body}</body></html>")


def test_the_date_elements_day_without_a_year_takes_the_year_of_a_day_near_it():
    tree = _tree('<h1>港の桟橋を建て直し</h1><p class="article-main__date">[06月24日 11時30分]</p>')
    assert yearless_day(tree, "2019-06-19") == "2019-06-24"
    tree = _tree('<span class="post-date">June 24, 11:30 a.m.</span>')
    assert yearless_day(tree, "2019-06-19") == "2019-06-24"


def test_across_new_year_the_year_before_is_taken():
    assert yearless_day(_tree('<p class="date">12月30日</p>'), "2020-01-02") == "2019-12-30"


def test_a_day_months_away_says_nothing_of_the_year():
    # A profile's join date, a tweet's "20 Jun" against a day in October: no day is made up.
    assert yearless_day(_tree('<span class="time">Jun 20</span>'), "2011-10-20") is None


def test_no_year_less_day_where_the_element_writes_the_year_or_is_no_date_element():
    assert yearless_day(_tree('<p class="date">2019年06月24日</p>'), "2019-06-19") is None
    assert yearless_day(_tree('<p class="lead">06月24日 11時30分</p>'), "2019-06-19") is None


def test_a_page_shows_its_day_without_a_year_and_links_to_another_version():
    """An easy-Japanese page: no record, the date element "[06月24日 11時30分]", and a link to the regular
    news version filed under another day, which htmldate reads."""
    body = ('<article><h1>港の桟橋を建て直します</h1><p class="article-main__date" id="js-article-date">'
            '[06月24日 11時30分]</p>' + STORY +
            '<a href="https://news.example.jp/news/html/20190619/k10011959621000.html" class="btn">普通のニュース</a>'
            '</article>')
    page = f"<html><head><title>港の桟橋</title></head><body>{body}</body></html>".encode()
    published = parse_html(page, "https://news.example.jp/easy/k10011959621000/k10011959621000.html").get("published")
    assert published and published[:10] == "2019-06-24"


# Review of session 17's rule: the story's date element, not another story's or the masthead's.

def test_a_date_element_inside_a_link_or_menu_is_another_storys():
    # A related story's teaser in the menu: its day sits inside the link.
    tree = _tree("<nav><ul><li><a href='/x'><span class='date'>06月20日</span>別の記事</a></li></ul></nav>"
                 "<article><h1>見出し</h1><p class='article-date'>[06月24日 11時30分]</p></article>")
    assert yearless_day(tree, "2024-06-24") == "2024-06-24"
    # A sidebar's list after the story, the story's own day over it in a header that holds the headline.
    tree = _tree("<article><header><span class='post-date'>June 24</span><h1>Pier rebuilt</h1></header>" + STORY +
                 "</article><aside><span class='date'>June 20</span></aside>")
    assert yearless_day(tree, "2024-06-22") == "2024-06-24"


def test_the_mastheads_date_over_the_headline_is_not_the_storys():
    from quotearchive.extract.page_dates import htmldate_fallback

    tree = _tree("<header><div class='header-date'>June 27</div></header><article><h1>Council votes</h1>"
                 "<span class='post-date'>June 24</span>" + STORY * 2 + "</article>")
    assert yearless_day(tree, "2024-06-24") == "2024-06-24"
    page = lxml.html.fromstring(
        "<html><body><header><div class='header-date'>June 27</div></header><article><h1>Council votes</h1>"
        "<span class='post-date'>June 24</span>" + ("<p>" + "Story words here. " * 20 + "</p>") * 3 +
        "</article></body></html>")
    assert htmldate_fallback(page, "https://example.com/2024/06/24/council-votes/").get("published") == "2024-06-24"
    # With nothing after the headline, a date element over it outside the masthead is still read.
    assert yearless_day(_tree("<p class='date'>06月24日</p><h1>見出し</h1>"), "2024-06-20") == "2024-06-24"
