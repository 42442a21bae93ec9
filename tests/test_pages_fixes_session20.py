"""Review fixes to session 20's page rules (docs/html-extraction.md, "Session 20 (2026-12-04): review fixes"):
the page's main found once per tree, only the branch to it lifted; the site's own names and desks as no credit;
the publication label read only in a date line, under the headline or in the article's header."""

from __future__ import annotations

import json
import time

from quotearchive.extract.page_org_credit import organisation_credit
from quotearchive.extract.webpage import parse_html

STORY = ("<p>The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice last winter.</p>"
         "<p>Fishermen who use the pier said the work could not come soon enough, and the board promised a timetable.</p>")
URL = "https://www.example.org/presse/pier-rebuilt"


def _parse(head: str, body: str, url: str | None = URL) -> dict:
    page = f"<html><head><title>Pier rebuilt</title>{head}</head><body>{body}</body></html>"
    return parse_html(page.encode(), url)


def _ld(author: dict, **more: object) -> str:
    record = {"@type": "NewsArticle", "headline": "Why the pier matters", "author": author, **more}
    return f'<script type="application/ld+json">{json.dumps(record)}</script>'


ARTICLE = f"<article><h1>Why the pier matters</h1>{STORY}</article>"


# 1. The page's main, found once per tree.

def test_a_live_page_of_thousands_of_stamps_in_a_navigation_named_wrapper_parses_in_seconds():
    # Each <time> asked every nav-named ancestor's whole subtree for a <main>: 6,000 stamps took ~40 s (68 s for
    # 8,000); found once per tree, ~1 s.
    entry = ("<div class='entry'><span><time datetime='2021-10-{day:02d}T09:00:00+02:00'>x</time></span>"
             "<p>Fishermen who use the pier said the work could not come soon enough.</p></div>")
    entries = "".join(entry.format(day=i % 27 + 1) for i in range(6000))
    body = (f"<div class='layout-nav-wrapper'><nav><a href='/'>Home</a></nav><main><article><h1>Live: the pier</h1>"
            f"{entries}</article></main></div>")
    head = '<meta property="article:published_time" content="2021-10-13T09:00:00+02:00">'
    started = time.monotonic()
    result = _parse(head, body, "https://www.example.com/live/pier")
    assert time.monotonic() - started < 20
    assert result.get("published") == "2021-10-13T09:00:00+02:00"


# 4. Only the branch of a navigation-named wrapper that leads to <main> is the page.

def test_a_sidebar_beside_main_in_a_navigation_named_wrapper_stays_out():
    body = ("<div class='page-wrapper left-navigation_page-wrapper'><aside class='sidebar'><h3>Latest</h3><ul>"
            "<li><a href='/a'>Council budget agreed</a> <time datetime='2021-09-01T08:00:00+02:00'>01.09.2021</time>"
            f"</li></ul></aside><main><article><h1>Why the pier matters</h1><p>Erschienen am 13.10.2021</p>{STORY}"
            "</article></main></div>")
    assert _parse("", body).get("published") == "2021-10-13"


def test_a_main_inside_a_related_block_lifts_nothing():
    body = (f"<article><h1>Why the pier matters</h1><p>Erschienen am 13.10.2021</p>{STORY}</article>"
            "<section class='related-stories'><div class='card' role='main'><h3>Budget agreed</h3>"
            "<time datetime='2021-09-01T08:00:00+02:00'>01.09.2021</time></div></section>")
    assert _parse("", body).get("published") == "2021-10-13"


def test_the_story_inside_main_in_a_navigation_named_wrapper_is_still_read():
    body = ("<div class='page-wrapper left-navigation_page-wrapper'><nav><a href='/'>Home</a></nav><div class='cols'>"
            "<main><article><h1>Why the pier matters</h1><time datetime='2021-10-13T09:00:00+02:00'>13.10.2021</time>"
            f"{STORY}</article></main></div></div>")
    assert _parse("", body).get("published") == "2021-10-13T09:00:00+02:00"


# 2. The site's own name, abbreviation or parent company, and desks, are no credit.

def test_the_sites_abbreviation_from_its_site_name_is_no_byline():
    head = _ld({"@type": "Organization", "name": "LN"}) + \
        '<meta property="og:site_name" content="LN - Lübecker Nachrichten">'
    assert _parse(head, ARTICLE, "https://www.ln-online.de/lokales/pier-ABC123.html").get("byline") is None


def test_the_sites_name_with_a_parent_company_and_an_umlaut_is_no_byline():
    # The site known by its address only: "aerztezeitung" is "Ärzte Zeitung" with its umlaut folded.
    head = _ld({"@type": "Organization", "name": "Springer Medizin, Ärzte Zeitung"})
    assert _parse(head, ARTICLE, "https://www.aerztezeitung.de/Politik/Pier-123.html").get("byline") is None


def test_the_site_under_its_host_or_a_longer_name_is_no_byline():
    orf = _ld({"@type": "Organization", "name": "ORF.at"}, publisher={"@type": "Organization", "name": "ORF"})
    assert _parse(orf, ARTICLE, "https://orf.at/stories/3312345/").get("byline") is None
    bbc = _ld({"@type": "Organization", "name": "BBC News"}) + '<meta property="og:site_name" content="BBC">'
    assert _parse(bbc, ARTICLE, "https://www.bbc.co.uk/news/uk-123").get("byline") is None
    npr = _ld({"@type": "Organization", "name": "NPR News"})
    assert _parse(npr, ARTICLE, "https://www.npr.org/2023/01/01/123/pier").get("byline") is None


def test_the_fetched_sites_name_is_no_byline_when_the_canonical_is_elsewhere():
    head = _ld({"@type": "Organization", "name": "Harbour Gazette"}) + \
        '<link rel="canonical" href="https://www.regional-news-network.com/harbour/pier">'
    assert _parse(head, ARTICLE, "https://www.harbourgazette.com/news/pier").get("byline") is None


def test_the_publishers_parent_company_is_no_byline():
    ld = {"author": {"@type": "Organization", "name": "Harbour Holdings"},
          "publisher": {"@type": "Organization", "name": "Example Times",
                        "parentOrganization": {"@type": "Organization", "name": "Harbour Holdings"}}}
    assert organisation_credit(ld, {}, ["Example Times"], ("https://www.exampletimes.com/news/pier",)) is None
    ld = {"author": {"@type": "Organization", "name": "Vox Media"}}
    assert organisation_credit(ld, {}, ["The Verge"], ("https://www.theverge.com/2023/1/1/123/pier",)) is None


def test_desks_and_labels_in_any_case_are_no_byline():
    for desk in ("Staff", "Web Desk", "Newsroom", "Redaktion", "Sponsored Content"):
        ld = {"author": {"@type": "Organization", "name": desk}}
        assert organisation_credit(ld, {}, ["Example Times"], ("https://www.exampletimes.com/news/pier",)) is None


def test_another_outlet_is_still_credited():
    ld = {"author": {"@type": "Organization", "name": "Harbour Weekly"},
          "publisher": {"@type": "Organization", "name": "Example Portal"}}
    url = ("https://news.example-portal.com/harbour/pier.html",)
    assert organisation_credit(ld, {}, ["Example Portal"], url) == "Harbour Weekly"
    ld = {"author": {"@type": "Organization", "name": "F.A.S."}}
    url = ("https://www.faz.net/aktuell/pier-123.html",)
    assert organisation_credit(ld, {}, ["Frankfurter Allgemeine Zeitung"], url) == "F.A.S."


# 3. The publication label: a date line, under the headline, or in the article's header.

PUBLISHED = '<meta property="article:published_time" content="{}">'


def _article(top: str = "", bottom: str = "") -> str:
    return f"<main><article><h1>Why the pier matters</h1>{top}{STORY}{bottom}</article></main>"


def test_a_study_published_in_the_storys_text_leaves_the_record():
    body = _article('<p class="meta">2 hours ago</p>',
                    "<p>The study, published on 12 April 2023 in the journal Coastal Engineering, found it unsafe.</p>")
    assert _parse(PUBLISHED.format("2023-05-10T08:00:00+00:00"), body).get("published") == "2023-05-10T08:00:00+00:00"


def test_a_cookie_banners_label_leaves_the_record():
    body = "<div class='cookie-banner'>Datenschutzerklärung – veröffentlicht am 25.05.2018</div>" + _article()
    head = PUBLISHED.format("2023-05-10T08:00:00+02:00")
    assert _parse(head, body, "https://www.example.de/news/pier").get("published") == "2023-05-10T08:00:00+02:00"


def test_a_reviewed_books_publication_date_leaves_the_record():
    body = _article("", "<div class='infobox'><p>Jana Roe: Der Pier. Roman. Verlag Beispiel, 240 Seiten. "
                        "Erscheinungsdatum: 01.02.2022</p></div>")
    assert _parse(PUBLISHED.format("2022-03-15"), body, "https://www.example.de/kultur/buch").get("published") == \
        "2022-03-15"


def test_a_last_publication_is_no_first_one():
    body = _article("<p>Zuletzt veröffentlicht am 15.10.2021</p>")
    assert _parse(PUBLISHED.format("2021-10-13"), body).get("published") == "2021-10-13"


def test_a_record_shown_without_its_year_keeps_its_place():
    body = _article('<p class="dateline">5. März, 10:00 Uhr</p>',
                    "<p>Die Studie wurde am 2. Februar 2023 veröffentlicht. Publiziert am 02.02.2023 im Fachblatt.</p>")
    head = PUBLISHED.format("2023-03-05T10:00:00+01:00")
    assert _parse(head, body, "https://www.example.de/news/pier").get("published") == "2023-03-05T10:00:00+01:00"


def test_a_date_line_label_still_gives_the_publication_day():
    body = _article("<p>Erschienen am: 13.10.2021</p>")
    assert _parse(PUBLISHED.format("2021-10-15T09:30:00+02:00"), body).get("published") == "2021-10-13"
    weekday = _article("<p>Veröffentlicht am Montag, 11.10.2021</p>")
    assert _parse(PUBLISHED.format("2021-10-15"), weekday).get("published") == "2021-10-11"


# 5. A section page's teaser record is no story's credit.

def test_a_collection_pages_teaser_organisation_is_no_byline():
    record = {"@type": "CollectionPage", "name": "Harbour news", "mainEntity": {"@type": "ItemList", "itemListElement": [
        {"@type": "NewsArticle", "headline": "Council budget agreed",
         "author": {"@type": "Organization", "name": "Partner Weekly"}}]}}
    head = f'<script type="application/ld+json">{json.dumps(record)}</script>' + \
        '<meta property="og:site_name" content="Example Times">'
    assert _parse(head, ARTICLE, "https://www.exampletimes.com/harbour/").get("byline") is None


def test_an_icons_title_labels_the_date_beside_it():
    # A metadata list's calendar icon titled "Erscheinungsdatum", the day in the span beside it; the record a day
    # the page never shows.
    body = ("<main><h1>Why the pier matters</h1><ul class='m-metadata'><li><span class='c-label-with-icon'>"
            "<svg class='icon-calendar'><title>Erscheinungsdatum</title></svg> <span class='label'>25.01.2022</span>"
            f"</span></li></ul>{STORY}</main>")
    assert _parse(PUBLISHED.format("2022-01-15"), body).get("published") == "2022-01-25"


def test_a_comment_beside_the_label_is_skipped():
    # An HTML comment among the label's siblings has no text to read (it raised on an unscored page).
    body = _article("<p><span>Erschienen am:</span><!-- datum --><span>13.10.2021</span></p>")
    assert _parse(PUBLISHED.format("2021-10-15"), body).get("published") == "2021-10-13"
