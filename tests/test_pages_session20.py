"""Session 20's page rules (docs/html-extraction.md, "Session 20 (2026-12-04)"): organisations credited as author."""

from __future__ import annotations

from quotearchive.extract.page_org_credit import organisation_credit
from quotearchive.extract.webpage import parse_html

STORY = ("<p>The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice last winter.</p>"
         "<p>Fishermen who use the pier said the work could not come soon enough, and the board promised a timetable.</p>")


def _page(head: str, url: str, byline: str = "") -> dict:
    page = (f"<html><head><title>Pier rebuilt</title>{head}</head><body><article><h1>Why the pier matters</h1>"
            f"{byline}{STORY}</article></body></html>").encode()
    return parse_html(page, url)


def _ld(author: str, publisher: str = "Example Times") -> str:
    return ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Why the pier matters", '
            f'"author": {author}, "publisher": {{"@type": "Organization", "name": "{publisher}"}}}}</script>')


def test_an_agency_named_as_author_on_its_own_site_is_the_byline():
    # The agency's unsigned story: the JSON-LD author is the site's own name, so it was dropped as the outlet.
    head = _ld('"Associated Press"', publisher="Associated Press") + \
        '<meta property="og:site_name" content="AP News">'
    assert _page(head, "https://apnews.com/article/pier-0123456789abcdef").get("byline") == "Associated Press"


def test_an_agency_in_the_author_meta_of_a_story_whose_canonical_is_the_agencys_is_the_byline():
    # A wire story republished with its canonical address on the agency's site: "Reuters" matched the site's name.
    head = ('<link rel="canonical" href="https://www.reuters.com/article/us-pier-idUSKCN0XV02L">'
            '<meta property="og:site_name" content="Example Business"><meta name="author" content="Reuters ">')
    assert _page(head, "https://www.example-business.com/article/275188").get("byline") == "Reuters"


def test_another_outlet_typed_as_the_authoring_organisation_is_the_byline():
    # A portal's syndicated story: the JSON-LD author is the partner outlet, not the portal.
    head = _ld('{"@type": "Organization", "name": "Harbour Weekly"}', publisher="Example Portal")
    assert _page(head, "https://news.example-portal.com/harbour/0215/hw_7568645051.html").get("byline") == \
        "Harbour Weekly"


def test_the_outlet_itself_as_author_stays_no_byline():
    # The site's own name as an Organization author: the outlet, not a writer (said once, in the outlet field).
    head = _ld('{"@type": "Organization", "name": "Example Times"}') + \
        '<meta property="og:site_name" content="Example Times">'
    result = _page(head, "https://www.exampletimes.com/news/pier-rebuilt-100.html")
    assert result.get("byline") is None
    assert result.get("outlet") == "Example Times"


def test_a_publishing_company_and_a_desk_login_are_no_credit():
    ld = {"author": {"@type": "Organization", "name": "Example Verlag GmbH"}}
    assert organisation_credit(ld, {}, ["Example Times"]) is None
    ld = {"author": {"@type": "Organization", "name": "redaktion"}}
    assert organisation_credit(ld, {}, ["Example Times"]) is None


def test_a_person_named_anywhere_beats_the_organisation():
    head = _ld('[{"@type": "Organization", "name": "Harbour Weekly"}, {"@type": "Person", "name": "Jana Roe"}]',
               publisher="Example Portal")
    assert _page(head, "https://news.example-portal.com/harbour/pier.html").get("byline") == "Jana Roe"
    head = _ld('{"@type": "Organization", "name": "Harbour Weekly"}', publisher="Example Portal")
    marked = '<p class="byline">By Jana Roe</p>'
    assert _page(head, "https://news.example-portal.com/harbour/pier.html", marked).get("byline") == "Jana Roe"


def test_several_agencies_are_joined_once_each():
    meta = {"author": ["AP", "ap"], "article:author": ["Reuters"]}
    assert organisation_credit({}, meta, ["AP News"]) == "Reuters, AP"  # article:author is read before author


# Dates: the page's layout is no other block; the day the page labels as its publication over a record it never shows.

def _dated(head: str, body: str, url: str = "https://www.example.org/presse/pier-rebuilt") -> str | None:
    page = (f"<html><head><title>Pier rebuilt</title>{head}</head><body>{body}</body></html>").encode()
    return parse_html(page, url).get("published")


def test_a_wrapper_named_for_the_navigation_beside_it_is_no_navigation():
    # The whole page sits in a wrapper classed for its left navigation: the story's <time> was left out as the menu's,
    # and the day came from the fallbacks (here none: htmldate finds nothing on so small a page).
    body = ('<div class="page-wrapper left-navigation_page-wrapper"><nav><a href="/">Home</a></nav>'
            '<main><article><h1>Why the pier matters</h1><time datetime="2021-10-13T09:00:00+02:00">13.10.2021</time>'
            f"{STORY}</article></main></div>")
    assert _dated("", body) == "2021-10-13T09:00:00+02:00"


def test_a_navigation_block_beside_the_main_content_stays_left_out():
    # A teaser's <time> in the navigation beside <main> is still another story's (the page's own has no stamp).
    body = ('<div class="nav-teasers"><time datetime="2021-09-01T08:00:00+02:00">01.09.2021</time></div>'
            f"<main><article><h1>Why the pier matters</h1>{STORY}</article></main>")
    assert _dated("", body) != "2021-09-01T08:00:00+02:00"


def test_a_record_shown_only_as_the_update_yields_to_the_labelled_publication_day():
    head = '<meta property="article:published_time" content="2021-10-15">'
    body = ("<main><h1>Why the pier matters</h1><p><span>Erschienen am:</span> <b>13.10.2021</b></p>"
            f"{STORY}<p>Zuletzt geändert am: 15.10.2021</p></main>")
    assert _dated(head, body) == "2021-10-13"


def test_a_record_shown_nowhere_yields_to_the_labelled_publication_day():
    head = '<meta property="article:published_time" content="2022-01-15">'
    body = f"<main><h1>Why the pier matters</h1><p>Erscheinungsdatum 25.01.2022</p>{STORY}</main>"
    assert _dated(head, body) == "2022-01-25"


def test_a_record_the_page_shows_as_its_date_line_keeps_its_place():
    # The label is the book's: the story's own day stands under the headline.
    head = '<meta property="article:published_time" content="2022-01-15">'
    body = (f"<main><h1>Why the pier matters</h1><p>15.01.2022</p>{STORY}"
            "<p>Das Buch: Erscheinungsdatum 25.01.2021, 240 Seiten</p></main>")
    assert _dated(head, body) == "2022-01-15"
