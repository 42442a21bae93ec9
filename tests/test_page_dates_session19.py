"""Session 19's date rule (docs/html-extraction.md, "Session 19 (2026-12-04)"): a modification day shown alone
but marked in the markup as the update (itemprop="dateUpdated", class "entry-updated") is no republication."""

from __future__ import annotations

import lxml.html

from quotearchive.extract.page_updated import marked_update
from quotearchive.extract.webpage import parse_html

STORY = ("<p>The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice last winter.</p>"
         "<p>Fishermen who use the pier said the work could not come soon enough, and the board promised a timetable.</p>"
         "<p>Work on the pier is expected to begin in the spring, once the contracts have been signed by the council.</p>")
HEAD = ('<meta property="article:published_time" content="2018-10-07T09:00:35-08:00">'
        '<meta property="article:modified_time" content="2018-11-12T17:36:26-08:00">')


def _published(stamp: str) -> str | None:
    page = (f"<html><head><title>Pier rebuilt</title>{HEAD}</head><body><article><h1>Pier rebuilt</h1>"
            f"<p class='meta'>{stamp}</p>{STORY}</article></body></html>").encode()
    return (parse_html(page, "https://blog.example.org/harbour/pier-rebuilt").get("published") or "")[:10]


def test_the_update_the_markup_marks_leaves_the_first_day():
    marked = ("<time class='entry-updated updated' itemprop='dateUpdated' datetime='2018-11-12T17:36:26-08:00'>"
              "November 12, 2018</time>")
    assert _published(marked) == "2018-10-07"
    assert _published("<span class='date-modified'>12.11.2018</span>") == "2018-10-07"


def test_an_unmarked_or_published_stamp_is_still_the_republished_day():
    # Session 16's rule: the modification day shown alone, nothing saying update, is the day it was republished.
    assert _published("<span>November 12, 2018</span>") == "2018-11-12"
    # hAtom's bare "updated" sits on publication stamps in most themes; "published" says what it is.
    assert _published("<time class='updated'>November 12, 2018</time>") == "2018-11-12"
    assert _published("<time class='entry-date published updated-date'>November 12, 2018</time>") == "2018-11-12"


def test_a_marked_wrapper_is_no_stamp():
    tree = lxml.html.fromstring("<html><body><div class='post-modified'><p>November 12, 2018</p>"
                                f"{STORY}</div></body></html>")
    assert marked_update(tree, "2018-11-12") is False
    stamp = lxml.html.fromstring("<html><body><p itemprop='dateModified'>12 November 2018</p></body></html>")
    assert marked_update(stamp, "2018-11-12") is True


# Session 19's clock rule: a UTC stamp told in the zone its <time>'s text shows.

def _clock_page(time_text: str, stamp: str = "2019-11-19T01:19:34.819Z") -> str:
    head = f'<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{stamp}"}}</script>'
    page = (f"<html><head><title>Pier rebuilt</title>{head}</head><body><article><h1>Pier rebuilt</h1>"
            f"<p class='meta'><time datetime='{stamp}'>{time_text}</time></p>{STORY}</article></body></html>").encode()
    return parse_html(page, "https://news.example.com/harbour/2019/11/pier-rebuilt.html").get("published") or ""


def test_a_utc_stamp_takes_the_day_its_times_clock_shows():
    # 01:19 UTC on the 19th is 8:19 PM on the 18th in New York; the page shows no year, so no shown-day rule read it.
    assert _clock_page("Posted Nov 18, 8:19 PM") == "2019-11-18T20:19:34-05:00"
    assert _clock_page("November 18, 2019 at 8:19 p.m.")[:10] == "2019-11-18"
    assert _clock_page("Nov. 19, 2019 06:49", "2019-11-19T01:19:34Z") == "2019-11-19T06:49:34+05:30"


def test_a_clock_that_fits_no_zone_or_no_clock_leaves_the_utc_day():
    assert _clock_page("Posted Nov 18, 8:07 PM")[:10] == "2019-11-19"  # the minutes disagree: another instant
    assert _clock_page("Posted Nov 17, 8:19 PM")[:10] == "2019-11-19"  # a day off by more than any zone
    assert _clock_page("1 day ago")[:10] == "2019-11-19"
