"""Session 24's title rules and scorer (docs/html-extraction.md, "Session 24 (2026-12-05): titles ..."): the scorer
cuts a site's name *and* its section path, and reads a lone guillemet as a separator; the extractor takes the
``<h1>`` at the end of the ``<title>`` once the site's segment is cut ("Kicker: Headline - Site"), and passes over
an ``<h1>`` that is the site's own name; and the usual pages around them that must not change."""

from __future__ import annotations

import pytest

from quotearchive.extract.page_title import heading_names_site
from quotearchive.extract.webpage import parse_html
from quotearchive.tools.evaluation_html import title_matches

STORY = ("<p>The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice last winter.</p>"
         "<p>Fishermen who use the pier said the work could not come soon enough, and the board promised a timetable"
         " before the end of the month, with the first barges due in spring.</p>")


def _title(head: str, body: str, url: str = "https://news.example.com/2019/11/18/pier/index.html") -> str | None:
    page = f"<html><head>{head}</head><body>{body}{STORY}</body></html>".encode()
    return parse_html(page, url).get("title")


# --- the scorer: both conventions, the site's name and its section path cut ----------------------------------------

@pytest.mark.parametrize("predicted, expected, ok", [
    # the site's name and its section, two segments (before: one was cut, the headline scored wrong)
    ("Raiders cut ties with Cable", "Raiders cut ties with Cable - NFL - Sporting News", True),
    ("Pier to be rebuilt", "Pier to be rebuilt | Local News | Harbour Gazette", True),
    ("Pier to be rebuilt", "Pier to be rebuilt : Coast : Region : HARBOUR ONLINE", True),
    ("Pier to be rebuilt by spring", "News - Pier to be rebuilt by spring | Harbour Gazette", True),
    ("船着き場を来春までに再建へ", "船着き場を来春までに再建へ--地域--港新聞", True),
    ("船着き場", "船着き場--地域--港新聞", False),  # one word of a headline left: no cut
    ("Trump", "Trump--the man who would be king", False),  # an English title's unspaced dash
    # the other way round: the page's own title with its site's segments, the label the headline
    ("Pier to be rebuilt - Local News - Harbour Gazette", "Pier to be rebuilt", True),
    # a lone guillemet sets the site's name off (before: read as a quote mark, nothing cut)
    ("Pier to be rebuilt", "Pier to be rebuilt « Harbour Gazette", True),
    ("Pier to be rebuilt", "Harbour Gazette » Local » Pier to be rebuilt", True),
    # a title quoting with guillemets keeps them: no segment there
    ("Macron", "« Macron » : « Nous sommes prêts »", False),
    # a cut may not leave one word of a headline, nor cut a segment longer than a name
    ("Storm", "Storm - the aftermath - live updates", False),
    ("Pier", "Pier - why the harbour board voted to rebuild it at last - Harbour Gazette", False),
    ("Pier to be rebuilt", "Pier to be rebuilt - why the harbour board voted for it at last and what comes next - Gazette", False),
    # unchanged: one segment of any length, and wording that differs is wrong
    ("Gates on Tillerson - CNN Politics", "Gates on Tillerson", True),
    ("Gates", "Gates on Tillerson", False),
    ("Pier to be rebuilt", "Harbour board votes for new pier | Harbour Gazette", False),
    # review 6: whatever is cut, the headline (the longest segment) stays; a site, a section, a kicker alone is wrong
    ("Sporting News", "Raiders cut ties with Cable - NFL - Sporting News", False),
    ("Washington Post", "Senate passes the budget bill - Politics - Washington Post", False),
    ("Local News", "Pier to be rebuilt | Local News | Harbour Gazette", False),
    ("Harbour Gazette", "Harbour Gazette » Local » Pier to be rebuilt", False),
    ("Brexit talks", "Brexit talks - what happens next - BBC News", False),
    ("YOMIURI ONLINE（読売新聞）", "色とりどりのチューリップ : 岐阜 : 地域 : YOMIURI ONLINE（読売新聞）", False),
    ("色とりどりのチューリップ", "色とりどりのチューリップ : 岐阜 : 地域 : YOMIURI ONLINE（読売新聞）", True),
])
def test_scorer_cuts_the_sites_name_and_section_path(predicted, expected, ok):
    assert title_matches(predicted, expected) is ok


# --- the rules -----------------------------------------------------------------------------------------------------

def test_h1_at_the_end_of_the_title_once_the_site_is_cut():
    # "Kicker: Headline - Site" in <title>, the kicker shown above the <h1> in its own element: before, the
    # <title> with the kicker was taken, as the <h1> is at neither end of the whole <title>.
    head = "<title>Harbour: Board votes to rebuild the north pier - Gazette.de</title>"
    body = '<h2 class="kicker">Harbour</h2><h1 class="head">Board votes to rebuild the north pier</h1>'
    assert _title(head, body) == "Board votes to rebuild the north pier"


def test_h1_that_is_the_sites_name_is_no_headline():
    # A blog's header <h1> spells the address's name; the <title> opens with it: before, the blog's name.
    head = "<title>Four Harbours Blog » Blog Archive » Why the north pier needs rebuilding</title>"
    body = ('<div id="header"><h1><a href="/">Four Harbours Blog</a></h1></div>'
            '<h2 class="post-title">Why the north pier needs rebuilding</h2>')
    assert _title(head, body, "https://fourharbours.example.org/2019/11/pier/") == \
        "Why the north pier needs rebuilding"
    assert heading_names_site("Four Harbours Blog", "fourharbours", "Four Harbours Blog » Blog Archive » Why")
    assert not heading_names_site("Four Harbours Blog", "fourharbours", "Four Harbours Blog: why the pier matters")
    assert not heading_names_site("Fourharbours council votes to rebuild the pier", "fourharbours")
    assert not heading_names_site("BBC Sport", "bbc")  # an address's name this short begins too many words


# --- the usual pages: must not change ------------------------------------------------------------------------------

def test_usual_h1_and_og_title_agree():
    head = ('<title>Board votes to rebuild the north pier | Harbour Gazette</title>'
            '<meta property="og:title" content="Board votes to rebuild the north pier">'
            '<meta property="og:site_name" content="Harbour Gazette">')
    assert _title(head, "<h1>Board votes to rebuild the north pier</h1>") == "Board votes to rebuild the north pier"


def test_usual_site_name_in_title_only():
    head = "<title>Board votes to rebuild the north pier - Harbour Gazette</title>"
    assert _title(head, "<h1>Board votes to rebuild the north pier</h1>") == "Board votes to rebuild the north pier"
    assert _title(head, "<p>No heading on this page.</p>") == "Board votes to rebuild the north pier"


def test_usual_related_story_headings_are_not_the_headline():
    head = ("<title>Board votes to rebuild the north pier | Harbour Gazette</title>"
            '<meta property="og:title" content="Board votes to rebuild the north pier">')
    body = ("<h1>Board votes to rebuild the north pier</h1>"
            '<div class="related"><h2>Related stories</h2><h3>Ferry timetable changes for winter</h3>'
            "<h3>Harbour master retires after 30 years</h3></div>")
    assert _title(head, body) == "Board votes to rebuild the north pier"


def test_usual_live_blog_keeps_its_headline():
    head = ("<title>Storm live: ferries cancelled as gales hit the coast - Harbour Gazette</title>"
            '<meta property="og:title" content="Storm live: ferries cancelled as gales hit the coast">')
    body = ("<h1>Storm live: ferries cancelled as gales hit the coast</h1>"
            "<h2>10:42 Harbour closed</h2><h2>10:15 First ferry cancelled</h2>")
    assert _title(head, body) == "Storm live: ferries cancelled as gales hit the coast"


def test_usual_logo_h1_then_headline_h1():
    head = ("<title>Board votes to rebuild the north pier | Harbour Gazette</title>"
            '<meta property="og:site_name" content="Harbour Gazette">')
    body = '<h1 class="logo">Harbour Gazette</h1><h1>Board votes to rebuild the north pier</h1>'
    assert _title(head, body, "https://www.harbourgazette.example.com/news/pier") == \
        "Board votes to rebuild the north pier"


def test_usual_h1_with_a_short_tail_in_the_title():
    # "Headline (AAPL, FB)": the <h1> starting the <title> is the headline, as before.
    head = "<title>Harbour board votes to rebuild the pier (PORT, SHIP)</title>"
    assert _title(head, "<h1>Harbour board votes to rebuild the pier</h1>") == \
        "Harbour board votes to rebuild the pier"


def test_usual_kicker_in_the_title_without_a_site():
    # A <title> "Kicker: Headline" with the <h1> the headline: unchanged (the <h1> is the title's end already).
    head = "<title>Harbour: Board votes to rebuild the north pier</title>"
    assert _title(head, "<h1>Board votes to rebuild the north pier</h1>") == "Board votes to rebuild the north pier"


@pytest.mark.parametrize("url, title, h1", [
    # review 6: a short headline beginning with the site's name, its subtitle after a colon in the <title>
    ("https://www.arsenal.com/news/report", "Arsenal 2-1 Liverpool: Saka double seals the win | Arsenal.com",
     "Arsenal 2-1 Liverpool"),
    ("https://news.microsoft.com/build", "Microsoft Build 2024: everything announced - Microsoft News",
     "Microsoft Build 2024"),
    ("https://www.apple.com/newsroom/x", "Apple Vision Pro: a first look | Apple Newsroom", "Apple Vision Pro"),
])
def test_usual_short_headline_beginning_with_the_sites_name(url, title, h1):
    assert _title(f"<title>{title}</title>", f"<h1>{h1}</h1>", url) == h1


def test_usual_headline_beginning_with_the_sites_name():
    # A headline naming the outlet's town on the outlet's own site stays the headline (more than three words).
    head = "<title>Harbourton council votes to rebuild the pier - Harbourton News</title>"
    assert _title(head, "<h1>Harbourton council votes to rebuild the pier</h1>",
                  "https://www.harbourton.example.com/news/pier") == "Harbourton council votes to rebuild the pier"


# --- hostile input: linear --------------------------------------------------------------------------------------

def test_hostile_many_segments_and_headings_are_read():
    # 10,000 repeats of each trigger: a label's segments; a <title>'s segments; <h1>s naming the site.
    label = " - ".join(["Section"] * 10_000)
    assert not title_matches("Pier", label)
    head = "<title>" + " | ".join(["Harbour"] * 10_000) + "</title>"
    body = "<h1>Four Harbours Blog</h1>" * 10_000
    assert _title(head, body, "https://fourharbours.example.org/") is not None
