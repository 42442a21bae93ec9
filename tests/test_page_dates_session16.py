"""Session 16's date rules (docs/html-extraction.md, "Session 16 (2026-12-04)"), each on a page written for it."""

from __future__ import annotations

from quotearchive.extract.page_dates import labelled_update
from quotearchive.extract.webpage import parse_html

STORY = ("<p>The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice last winter.</p>"
         "<p>Fishermen who use the pier said the work could not come soon enough, and the board promised a timetable.</p>"
         "<p>The cost will be shared with the regional government, which set aside money for coastal repairs.</p>")


def _page(head: str, body: str) -> bytes:
    return f"<html><head><title>Harbour board to rebuild pier</title>{head}</head><body>{body}</body></html>".encode()


def test_an_update_label_reaches_over_a_time_of_day_and_its_zones():
    """"Updated 2010 GMT (0410 HKT) March 14, 2021": the hours and zones between the label and the day are
    the label's, so the day is an update, not a publication shown to readers."""
    text = "By Ann Lee, CNN Updated 2010 GMT (0410 HKT) March 14, 2021 The board voted"
    assert labelled_update(text, text.index("March"))
    text = "Updated 10:32 a.m. ET, March 3, 2020"
    assert labelled_update(text, text.index("March"))
    text = "Published 10:32 AM EST March 3, 2020"
    assert not labelled_update(text, text.index("March"))


def test_a_modification_day_shown_as_an_update_leaves_the_first_publication():
    """The page records 8 March, was modified on the 14th and shows only "Updated <hours> March 14": the
    story is the 8th's (the address's day too)."""
    head = ('<meta property="article:published_time" content="2021-03-08T11:15:28Z">'
            '<meta property="article:modified_time" content="2021-03-14T20:10:50Z">')
    body = ("<article><h1>Harbour board to rebuild pier</h1><p>By Ann Lee, Harbour News</p>"
            "<p>Updated 2010 GMT (0410 HKT) March 14, 2021</p>" + STORY + "</article>")
    url = "https://news.example.com/2021/03/08/harbour/pier-rebuild/index.html"
    assert parse_html(_page(head, body), url)["published"][:10] == "2021-03-08"


def test_a_republished_day_the_page_shows_alone_stands_against_the_address_day():
    """The address files the story on the 18th, its record says the 18th, the modification is the 19th and the
    page shows only "19 February 2020 - 18:37 CET" under the byline, unlabelled: the newsroom republished
    it under the 19th (the fifth pass's convention), and the address keeps the day it was first filed."""
    head = ('<meta property="article:published_time" content="2020-02-18T18:12:26+01:00">'
            '<meta property="article:modified_time" content="2020-02-19T18:37:32+01:00">')
    body = ("<article><h1>Harbour board to rebuild pier</h1><p>Ana Ruiz</p><p>19 February 2020 - 18:37 CET</p>"
            + STORY + "</article>")
    url = "https://diario.example.com/2020/02/18/local/1582045946_459487.html"
    assert parse_html(_page(head, body), url)["published"][:10] == "2020-02-19"
    # Labelled an update, the shown day is one, and the recorded (and filed) day stands.
    body = body.replace("<p>19 February 2020", "<p>Updated 19 February 2020")
    assert parse_html(_page(head, body), url)["published"][:10] == "2020-02-18"


def test_a_utc_stamp_a_day_after_the_address_is_still_the_address_day():
    """The republished day does not undo the UTC rule: 02:03 UTC on the 28th is the evening of the 27th at
    the newsroom, the day the address files the story under."""
    head = ('<meta property="article:published_time" content="2013-11-27T20:10:00Z">'
            '<meta property="article:modified_time" content="2013-11-28T02:03:23Z">')
    body = "<article><h1>Harbour board to rebuild pier</h1><p>November 28, 2013</p>" + STORY + "</article>"
    url = "https://news.example.com/2013/11/27/harbour/pier/index.html"
    assert parse_html(_page(head, body), url)["published"][:10] == "2013-11-27"


def test_the_mastheads_today_is_no_publication_date():
    """A register entry under a masthead that prints the day it was served ("<div class='today'>"): the page
    gives no publication date, and none is invented from the masthead."""
    body = ('<div class="masthead"><p class="site">Harbour Legal Notices</p>'
            '<div class="today">Wednesday, August 19, 2020</div></div>'
            "<div class='main'><h1>Harbour board to rebuild pier</h1>" + STORY + "</div>")
    assert parse_html(_page("", body), "https://notices.example.com/entries/details/438057").get("published") is None


def test_the_site_headers_date_is_no_publication_date_but_the_storys_header_is_read():
    """The site's <header> (logo, "Tue, 14 Jan 2020", no headline, outside the article) prints today's day;
    a <header> holding the story's headline and its date line is the story's."""
    site_header = ('<header><div class="logo"><a href="/"><img src="/logo.png"></a></div>'
                   '<div class="new_text"><span class="date">Tue, 14 Jan 2020</span></div></header>')
    body = site_header + "<div class='main'><h1>Harbour board to rebuild pier</h1>" + STORY + "</div>"
    url = "https://star.example.com/news/263700449/harbour-board-to-rebuild-pier"
    assert parse_html(_page("", body), url).get("published") is None
    body = site_header + ("<article><header><h1>Harbour board to rebuild pier</h1><p>Ann Lee, 13 Jan 2020</p></header>"
                          + STORY + "</article>")
    assert parse_html(_page("", body), url)["published"][:10] == "2020-01-13"


def test_a_blog_entry_header_after_the_headline_is_the_storys():
    # (Review, session 16: a <header> outside <article> with no headline was taken for the site's.)
    prose = "<p>The harbour ferry will run every twenty minutes from Monday, the operator said on its website.</p>"
    for logo in ("", "<header class='site'><img src='/logo.png' alt='Harbour News'></header>"):
        page = (f"<html><head><title>Ferry timetable changes</title></head><body>{logo}<div class='post'>"
                "<h1>Ferry timetable changes</h1><header class='entry-meta'>By Jane Roe | March 3, 2021</header>"
                f"{prose}{prose}</div></body></html>").encode()
        assert "2021-03-03" == (parse_html(page).get("published") or "")[:10], logo
