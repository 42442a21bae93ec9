"""Session 18's date rules (docs/html-extraction.md, "Session 18 (2026-12-04)"): an embedded social post's stamp
is not the story's, and a story whose canonical link is left at a site's root is no front page."""

from __future__ import annotations

import lxml.html

from quotearchive.extract.page_dates import date_candidates, in_other_block
from quotearchive.extract.webpage import parse_html

STORY = ("<p>The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice last winter.</p>"
         "<p>Fishermen who use the pier said the work could not come soon enough, and the board promised a timetable.</p>"
         "<p>Work on the pier is expected to begin in the spring, once the contracts have been signed by the council.</p>")
URL = "https://blog.example.org/harbour/pier-rebuilt-1145"


def _published(body: str, head: str = "", url: str = URL) -> str | None:
    page = f"<html><head><title>Pier rebuilt</title>{head}</head><body>{body}</body></html>".encode()
    return parse_html(page, url).get("published")


EMBED = ("<blockquote class='instagram-media' data-instgrm-permalink='https://www.instagram.com/p/Abc/'>"
         "<div><p>A post shared by the harbour club</p><p><time datetime='2018-03-12T19:30:12+00:00'>"
         "Mar 12, 2018</time></p></div></blockquote>")


def test_an_embedded_social_posts_stamp_is_not_the_storys():
    tree = lxml.html.fromstring(f"<html><body><article><h1>Pier</h1>{STORY}{EMBED}</article></body></html>")
    (time,) = tree.xpath("//time")
    assert in_other_block(time) is True
    assert date_candidates({}, {}, tree) == []
    tweet = lxml.html.fromstring("<html><body><blockquote class='twitter-tweet'><p>Pier!</p>"
                                 "<time datetime='2018-03-12'>12 March 2018</time></blockquote></body></html>")
    assert in_other_block(tweet.xpath("//time")[0]) is True


def test_a_story_with_an_embedded_post_takes_its_own_date_line():
    # The page gives no record; before, the post's <time> (12 March 2018) was taken as the first on the page.
    body = "<article><h1>Pier rebuilt</h1>" + STORY + EMBED + "<p>Published: 29 January 2019</p></article>"
    published = _published(body)
    assert published is not None and published[:10] == "2019-01-29"


BLOG = "<article><h1>Our herb garden</h1><p>von am 20.06.2018</p>" + STORY + "</article>"


def test_a_canonical_link_left_at_a_sites_root_does_not_make_a_story_a_front_page():
    # A CMS's template left the canonical link at a host's root (malformed, another host): the story was
    # fetched at its own address, so its date line is read.
    head = '<link rel="canonical" href="https://.cms-host.de" />'
    published = _published(BLOG, head, url="https://www.resort.example.de/blog/unser-kraeutergarten.html")
    assert published is not None and published[:10] == "2018-06-20"


def test_a_front_page_by_every_address_still_gives_no_date():
    head = '<link rel="canonical" href="https://www.resort.example.de/" />'
    assert _published(BLOG, head, url="https://www.resort.example.de/") is None
    assert _published(BLOG, head, url=None) is None


def test_when_the_records_disagree_and_the_page_shows_both_days_the_one_shown_first_decides():
    # JSON-LD gives the evening of the 2nd, the `date` meta the 3rd; the date line by the headline prints
    # the 3rd, a teaser of another story further down the 2nd.  Before, the 2nd stood (shown somewhere).
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "Pier rebuilt", "datePublished": "2025-09-02T18:01:39-04:00"}</script>'
            '<meta name="date" content="September 3, 2025">')
    body = ("<article><h1>Pier rebuilt</h1><p>feature Sep 3, 2025 12 mins</p>" + STORY + "</article>"
            "<section class='more-stories'><p>Another story Sep 2, 2025 46 mins</p></section>")
    published = _published(body, head, url="https://www.example.com/article/4049928/pier-rebuilt.html")
    assert published is not None and published[:10] == "2025-09-03"
    # Only the record's day shown: it stands.
    body = "<article><h1>Pier rebuilt</h1><p>Sep 2, 2025</p>" + STORY + "</article>"
    published = _published(body, head, url="https://www.example.com/article/4049928/pier-rebuilt.html")
    assert published is not None and published[:10] == "2025-09-02"


def test_a_pictures_caption_day_is_not_the_storys_date_line():
    # A UTC record (06:35 on the 20th, 1:35 am in New York) whose day the page shows only as its update; the
    # lead picture's caption prints the day the picture was taken.  Before, the caption's day was taken as the
    # story's day told in the newsroom's zone.
    head = ('<meta property="article:published_time" content="2019-11-20T06:35:39Z">'
            '<meta property="article:modified_time" content="2019-11-20T06:39:54Z">')
    body = ("<article><h1>New cars lead the motor show</h1><p>Updated 1:39 am EST, Wednesday, November 20, 2019</p>"
            "<figure><img src='car.jpg'><div class='caption'><span class='caption-text'>Designers unveil a concept car"
            " at the motor show in Los Angeles Tuesday, Nov. 19, 2019.</span></div></figure>" + STORY + "</article>")
    published = _published(body, head, url="https://www.example.com/news/article/New-cars-lead-14848164.php")
    assert published is not None and published[:10] == "2019-11-20"
    tree = lxml.html.fromstring("<html><body><p class='caption'><time datetime='2019-11-19'>19 Nov</time></p>"
                                "</body></html>")
    assert in_other_block(tree.xpath("//time")[0]) is True


FRONT_HEAD = ('<link rel="canonical" href="https://www.citymagazine.example.it/" />'
              '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", '
              '"@id": "https://www.citymagazine.example.it/", "datePublished": "2016-01-06T17:50:37+00:00", '
              '"dateModified": "2022-06-20T10:46:49+00:00"}]}</script>')


def test_a_front_pages_records_date_the_site_not_a_story():
    # A CMS's WebPage record of the front page: the day the site was set up, not a publication.
    assert _published(BLOG, FRONT_HEAD, url="https://www.citymagazine.example.it/") is None
    assert _published(BLOG, FRONT_HEAD, url=None) is None


def test_a_story_fetched_at_its_own_address_keeps_its_records_under_a_root_canonical():
    published = _published(BLOG, FRONT_HEAD, url="https://www.citymagazine.example.it/2016/01/pier-rebuilt/")
    assert published == "2016-01-06T17:50:37+00:00"


def test_a_figcaption_is_a_caption_too():
    figure = lxml.html.fromstring("<html><body><figure><img src='a.jpg'><figcaption>The pier on "
                                  "<time datetime='2019-11-19'>19 Nov</time></figcaption></figure></body></html>")
    assert in_other_block(figure.xpath("//time")[0]) is True
