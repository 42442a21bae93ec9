"""Session 24's byline rules (docs/html-extraction.md, "Session 24 (2026-12-05): bylines, the outlet as its own
author ..."): a desk named for a brand with digits ("BR24 Redaktion"), a desk credit typed as an organisation in
JSON-LD, a wire story's "(Reporting by ...; Editing by ...)" line where the page credits a desk, an agency or no one;
and the usual pages around them that must not change (the outlet's bare name stays no byline)."""

from __future__ import annotations

import json

from quotearchive.extract.page_desks import is_desk_credit
from quotearchive.extract.page_trailer import trailer_writers
from quotearchive.extract.webpage import parse_html

STORY = ("<p>The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice last winter.</p>"
         "<p>Fishermen who use the pier said the work could not come soon enough, and the board promised a timetable.</p>")


def _byline(body: str, head: str = "", url: str = "https://www.harbourtimes.example/2019/11/18/pier.html") -> str | None:
    page = f"<html><head><title>Pier rebuilt</title>{head}</head><body>{body}</body></html>".encode()
    return parse_html(page, url).get("byline")


def _ld(author: object, publisher: str = "Harbour Times") -> str:
    record = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Pier rebuilt", "author": author,
              "publisher": {"@type": "Organization", "name": publisher}}
    return f'<script type="application/ld+json">{json.dumps(record)}</script>'


def _site(name: str) -> str:
    return f'<meta property="og:site_name" content="{name}">'


# --- the rules ---------------------------------------------------------------------------------------------------

def test_a_desk_named_for_a_brand_with_digits_is_the_desks_credit():
    # Before, the digits made "BR24 Redaktion" a username, and the page had no byline.
    head = _site("BR24") + _ld({"@type": "Person", "name": "BR24 Redaktion"}, publisher="BR24")
    assert _byline("<article><h1>Pier rebuilt</h1>" + STORY + "</article>", head,
                   "https://www.br.de/nachrichten/pier,U1.html") == "BR24 Redaktion"
    assert _byline("<article><h1>Pier rebuilt</h1>" + STORY + "</article>",
                   _site("WDR") + '<meta name="author" content="WDR2 Redaktion">',
                   "https://www1.wdr.de/nachrichten/pier-100.html") == "WDR2 Redaktion"


def test_a_desk_typed_as_an_organisation_is_the_desks_credit():
    head = _site("hessenschau.de") + _ld([{"@type": "NewsMediaOrganization", "name": "Redaktion hessenschau.de"}],
                                         publisher="hessenschau.de")
    assert _byline("<article><h1>Pier rebuilt</h1>" + STORY + "</article>", head,
                   "https://www.hessenschau.de/panorama/pier-100.html") == "Redaktion hessenschau.de"


def test_a_wire_storys_reporting_line_over_the_desks_credit():
    head = _site("Reuters") + '<meta name="author" content="Reuters Editorial">'
    body = ("<article><h1>Pier rebuilt</h1>" + STORY +
            "<p> (Reporting by Jana Roe in Paris; Additional reporting by John Doe; Editing by Max Muster)</p></article>")
    assert _byline(body, head, "https://www.reuters.com/article/us-pier-idUSKBN19A2M9") == "Jana Roe"


def test_a_wire_storys_reporting_line_where_another_site_credits_the_agency():
    head = _site("Harbour Times") + '<meta name="author" content="Reuters">'
    body = ("<article><h1>Pier rebuilt</h1>" + STORY +
            "<p>(Reporting by Jana Roe, Ann Poe and John Doe; editing by Max Muster)</p></article>")
    assert _byline(body, head) == "Jana Roe, Ann Poe, John Doe"


def test_a_reporting_line_on_a_page_that_credits_no_one_is_left():
    # The corpus's labels give such a page no byline (reuters.com's of 2014, dev): the line replaces a credit only.
    body = ("<article><h1>Pier rebuilt</h1>" + STORY + "<p> (Reporting by Jana Roe; Editing by Max Muster)</p></article>")
    assert _byline(body, _site("Reuters"), "https://in.reuters.com/article/2014/12/30/pier-idINKBN0K8") is None


def test_a_byline_line_classed_with_what_it_lacks_is_read():
    # The Washington Post's sign line "pb-sig-line hasnt-bio": before, "-bio" made it an author-biography block.
    body = ('<article><h1>Pier rebuilt</h1><div class="pb-sig-line hasnt-headshot hasnt-bio">'
            '<span class="pb-byline" itemprop="author">By <a href="/people/jane-roe/">Jane Roe</a></span></div>' + STORY +
            '</article><div class="pb-author-bio"><span class="author">John Doe</span> writes about ferries.</div>')
    assert _byline(body) == "Jane Roe"


def test_the_writers_of_a_reporting_line():
    assert trailer_writers("(Reporting by James Roe. Editing by Jane Muster)") == ["James Roe"]
    assert trailer_writers("(Reporting by Jana Roe in New York; Writing by Ann Poe; Editing by Max Muster)") == \
        ["Jana Roe", "Ann Poe"]
    assert trailer_writers("Additional reporting by John Doe; Editing by Max Muster") == []
    assert trailer_writers("Reporting by the Guardian and the BBC showed the pier was unsafe.") == []
    assert trailer_writers("Reporting by Jana Roe in Paris showed the pier was unsafe.") == []


def test_what_a_desks_credit_is():
    assert is_desk_credit("BR24 Redaktion")
    assert is_desk_credit("KHOU 11 Staff")
    assert is_desk_credit("Redaktion hessenschau.de")
    assert not is_desk_credit("Staff 2024")
    assert not is_desk_credit("jroe2")
    assert not is_desk_credit("Jane Roe2")
    assert not is_desk_credit("Harbour Times")


# --- the usual pages, which must not change ----------------------------------------------------------------------

def test_a_byline_with_a_related_storys_reporting_line_below():
    body = ('<article><h1>Pier rebuilt</h1><p class="byline">By Jane Roe</p>' + STORY +
            '<p>(Reporting by Jane Roe; Editing by Max Muster)</p></article>'
            '<div class="related-stories"><article><h3><a href="/other">Ferry fares rise</a></h3>'
            '<span class="byline">By John Doe</span><p>(Reporting by John Doe; Editing by Ann Poe)</p></article></div>')
    assert _byline(body) == "Jane Roe"


def test_an_unsigned_page_with_a_reporting_line_only_in_a_related_box():
    body = ('<article><h1>Pier rebuilt</h1>' + STORY + '</article><div class="related"><p>Ferry fares rise</p>'
            '<p>(Reporting by John Doe; Editing by Ann Poe)</p></div>')
    assert _byline(body) is None


def test_the_outlets_bare_name_and_an_author_bio_box_give_no_byline():
    head = _site("Harbour Times") + _ld({"@type": "Organization", "name": "Harbour Times"}) + \
        '<meta name="author" content="Harbour Times">'
    body = ('<article><h1>Pier rebuilt</h1>' + STORY + '</article><div class="author-bio"><h4>About the author</h4>'
            '<p>Reporting by Jane Roe has won awards.</p><span class="author">Jane Roe</span></div>')
    assert _byline(body, head) is None


def test_a_comment_authors_name_and_line_are_not_the_byline():
    body = ('<article><h1>Pier rebuilt</h1><span class="author">By Jane Roe</span>' + STORY + '</article>'
            '<div class="comments"><div class="comment"><span class="comment-author">John Doe</span>'
            '<p>(Reporting by Ann Poe was better)</p></div></div>')
    assert _byline(body) == "Jane Roe"


def test_a_photo_credit_is_not_the_byline():
    body = ('<article><h1>Pier rebuilt</h1><p class="byline">By Jane Roe</p><figure><img src="p.jpg">'
            '<figcaption>The north pier. (Photo by John Doe/Reuters)</figcaption></figure>' + STORY + '</article>')
    assert _byline(body) == "Jane Roe"


def test_two_authors_joined_with_their_reporting_line():
    body = ('<article><h1>Pier rebuilt</h1><p class="byline">By Jane Roe and John Doe</p>' + STORY +
            '<p>(Reporting by Jane Roe and John Doe in Paris; Editing by Max Muster)</p></article>')
    assert _byline(body) == "Jane Roe, John Doe"


def test_a_story_paragraph_opening_on_reporting_by_is_no_credit():
    body = ('<article><h1>Pier rebuilt</h1>' + STORY +
            '<p>Reporting by Jane Roe in Paris showed the pier was unsafe.</p>'
            '<p>Additional reporting by John Doe; Editing by Max Muster</p></article>')
    assert _byline(body) is None


# Review 4: the places a reporter filed from, several joined by "and", are no writers.
def test_the_places_of_a_reporting_line_are_cut_before_its_names_are_split():
    head = _site("Reuters") + '<meta name="author" content="Reuters Editorial">'
    url = "https://www.reuters.com/article/us-pier-idUSKBN19A2M9"
    for line, writers in [
        ("(Reporting by Jana Roe in Washington and New York; Editing by Max Muster)", "Jana Roe"),
        ("(Reporting by Jana Roe in New York and Los Angeles; Editing by Max Muster)", "Jana Roe"),
        ("(Reporting by Jana Roe in Washington and Mexico City)", "Jana Roe"),
        ("(Reporting by Jana Roe and John Doe in Washington and New York; Editing by Max Muster)", "Jana Roe, John Doe"),
        ("(Reporting by Jana Roe in Paris and John Doe in London; Editing by Max Muster)", "Jana Roe, John Doe"),
    ]:
        body = "<article><h1>Pier rebuilt</h1>" + STORY + f"<p>{line}</p></article>"
        assert _byline(body, head, url) == writers, line


def test_a_related_storys_reporting_line_on_a_desk_credited_page_is_not_read():
    head = _site("Reuters") + '<meta name="author" content="Reuters Editorial">'
    related = ('<aside class="related"><h3>More on piers</h3><p>Storm hits coast</p>'
               "<p>(Reporting by John Doe; Editing by Max Muster)</p></aside>")
    body = ("<article><h1>Pier rebuilt</h1>" + STORY + related +
            "<p>(Reporting by Jana Roe; Editing by Max Muster)</p></article>")
    assert _byline(body, head, "https://www.reuters.com/article/us-pier-idUSKBN19A2M9") == "Jana Roe"


def test_a_username_with_digits_stays_no_byline():
    head = _site("Harbour Times") + _ld({"@type": "Person", "name": "user2381"})
    assert _byline("<article><h1>Pier rebuilt</h1>" + STORY + "</article>", head) is None


# --- hostile input -----------------------------------------------------------------------------------------------

def test_hostile_pages_are_read_to_their_caps():
    # 10,000 lines opening on "(Reporting by" that credit no one, 2,000 nested ones, 10,000 desks in one record:
    # the lines read are capped (page_trailer.TRAILER_TRIES_MAX), the desks too.
    lines = "".join("<p>(Reporting by Jane Roe in Paris showed; Editing by Max Muster)</p>" for _ in range(10_000))
    nested = "<div>Reporting by Jane Roe " * 2_000 + "</div>" * 2_000
    desks = _ld([{"@type": "Organization", "name": f"Desk{i} Staff"} for i in range(10_000)])
    assert _byline("<article><h1>Pier rebuilt</h1>" + STORY + lines + "</article>") is None
    assert _byline("<article><h1>Pier rebuilt</h1>" + STORY + "</article>" + nested) is None
    assert _byline("<article><h1>Pier rebuilt</h1>" + STORY + "</article>", desks) == \
        "Desk0 Staff, Desk1 Staff, Desk2 Staff"
