"""Bylines on pages from outlets never seen (issue 16, session 18): each rule's phenomenon on a page written for it.

The classes were found on the dev splits' pages (htmldate's unlabelled dev pages, the labelled dev pages of the
corpus, fundus and Mercury), never on a check split.
"""

from __future__ import annotations

import pytest

from quotearchive.extract.page_agencies import agency_credit, desk_credit
from quotearchive.extract.page_coauthors import is_role_part, split_two_sided
from quotearchive.extract.page_posted import without_date_before_by
from quotearchive.extract.webpage import parse_html


def _story(head: str, body: str) -> bytes:
    return ("<html><head><title>Ferry timetable changes</title>" + head + "</head><body><article>"
            "<h1>Ferry timetable changes</h1>" + body +
            "<p>The harbour's ferries will leave every forty minutes from Monday, the operator said in a statement "
            "that also promised more crossings at weekends during the summer months.</p>"
            "<p>Passengers had complained about crowded boats in the mornings, a spokeswoman for the council said, "
            "and the new timetable was agreed after a consultation that lasted most of the winter.</p>"
            "</article></body></html>").encode()


# 1. A news agency or a desk credited in the byline markup, where no person is named.
@pytest.mark.parametrize("body, byline", [
    ('<div class="author">Af Ritzau</div>', "Ritzau"),
    ('<span class="byline">By AP</span>', "AP"),
    ('<p class="article-author">Von dpa/AFP</p>', "dpa, AFP"),
    ('<span class="byline">By The Canadian Press</span>', "The Canadian Press"),
    ('<span class="byline author">von Redaktion,</span>', "Redaktion"),
    ('<span class="entry-author">von Newsdesk</span>', "Newsdesk"),
])
def test_an_agency_or_a_desk_in_the_byline_markup_is_the_byline(body, byline):
    assert byline == parse_html(_story("", body)).get("byline")


def test_the_agencys_own_site_credits_no_one():
    # The outlet as its own author is no byline (the corpus's convention), an agency's own site too.
    head = '<meta property="og:site_name" content="Reuters">'
    assert parse_html(_story(head, '<span class="byline">By Reuters</span>')).get("byline") is None


def test_a_person_named_beats_the_agency_credit():
    body = '<span class="byline">By AP</span><p class="byline-name">By Jana Quell</p>'
    assert parse_html(_story("", body)).get("byline") == "Jana Quell"


@pytest.mark.parametrize("text, credit", [
    ("By AFP", ["AFP"]), ("dpa/AFP", ["dpa", "AFP"]), ("Europa Press", ["Europa Press"]),
    ("By Jana Quell, dpa", []), ("Photos: AFP and friends of the museum", []),
])
def test_agency_credit(text, credit):
    assert agency_credit(text) == credit


@pytest.mark.parametrize("text, desk", [
    ("von Redaktion", "Redaktion"), ("By Editorial Staff", "Editorial Staff"), ("redaktion", None),
    ("Jana Quell", None), ("Staff of the museum and the friends", None),
])
def test_desk_credit(text, desk):
    assert desk_credit(text) == desk


# 2. "and" in capitals, and "and" in languages where the word may stand inside one name.
@pytest.mark.parametrize("body, byline", [
    ('<div class="byline">By JANA QUELL AND TOM BRACK</div>', "JANA QUELL, TOM BRACK"),
    ('<div class="byline">di Marta Quelli e Luca Bracco</div>', "Marta Quelli, Luca Bracco"),
    ('<div class="byline">Por Ana Quel y Tomás Braco</div>', "Ana Quel, Tomás Braco"),
    ('<div class="byline">Por José Ortega y Gasset</div>', "José Ortega y Gasset"),
    ('<div class="byline">By Jana Quell with Tom Brack</div>', "Jana Quell, Tom Brack"),
    ('<div class="byline">POR ANA QUEL Y TOMÁS BRACO</div>', "ANA QUEL, TOMÁS BRACO"),
])
def test_two_writers_joined_by_and_are_two(body, byline):
    assert byline == parse_html(_story("", body)).get("byline")


@pytest.mark.parametrize("part, parts", [
    ("Ayşe Quel ve Mehmet Brak", ["Ayşe Quel", "Mehmet Brak"]),
    ("Santiago Ramón y Cajal", ["Santiago Ramón y Cajal"]),
    ("Joan Puig i Cadafalch", ["Joan Puig i Cadafalch"]),
    ("Anna Quell ja Mikko Brack ja Liisa Roe", ["Anna Quell", "Mikko Brack", "Liisa Roe"]),
])
def test_split_two_sided(part, parts):
    assert split_two_sided(part) == parts


# 3. A role after a comma is the writer's title, no co-author; a team is credited.
@pytest.mark.parametrize("body, byline", [
    ('<div class="byline">By DAVID QUELL, Executive Editor</div>', "DAVID QUELL"),
    ('<div class="byline">Jana Quell, Senior Harbour Correspondent</div>', "Jana Quell"),
    ('<div class="byline">Tom Brack, Gear Team</div>', "Tom Brack, Gear Team"),
])
def test_a_role_after_a_comma_is_no_coauthor(body, byline):
    assert byline == parse_html(_story("", body)).get("byline")


@pytest.mark.parametrize("part, role", [
    ("Executive Editor", True), ("Reporter", True), ("Senior Washington Correspondent", True),
    ("Jana Writer", False), ("Gear Team", False),
])
def test_is_role_part(part, role):
    assert is_role_part(part) is role


# 4. The byline after its date in one line.
def test_a_byline_after_its_date_is_read():
    body = '<div class="page-meta--author">Posted on September 21, 2020 by Adi Quell</div>'
    assert parse_html(_story("", body)).get("byline") == "Adi Quell"


@pytest.mark.parametrize("text, cut", [
    ("Posted on September 21, 2020 by Adi Quell", "Adi Quell"),
    ("Veröffentlicht am 12.03.2021 von Jana Quell", "Jana Quell"),
    ("Updated: Mon, Feb 3, 2020 at 9:00 am by Tom Brack", "Tom Brack"),
    ("Photo by Jana Quell", "Photo by Jana Quell"),
    ("Reviewed on 12 May 2020 by Jana Quell", "Reviewed on 12 May 2020 by Jana Quell"),
])
def test_without_date_before_by(text, cut):
    assert without_date_before_by(text) == cut


# 5. A custom element named for the byline, and an unmarked line labelled "Author:".
def test_a_custom_byline_element_is_marked():
    assert parse_html(_story("", "<byline>Von Jana Quell, dpa</byline>")).get("byline") == "Jana Quell, dpa"


@pytest.mark.parametrize("line, byline", [
    ("<p>Auteur : Kossi Quell</p>", "Kossi Quell"),
    ("<p>Author: Jana Quell</p>", "Jana Quell"),
    ("<p><span>Autor:</span> Tom Brack</p>", "Tom Brack"),
    ('<p>Text &amp; Fotos: Ivan Quell</p>', "Ivan Quell"),
])
def test_an_unmarked_line_labelled_author_under_the_headline(line, byline):
    assert byline == parse_html(_story("", line)).get("byline")


@pytest.mark.parametrize("body", [
    '<figure><img src="/ferry.jpg"><figcaption>The new ferry <span class="author">AFP</span></figcaption></figure>',
    '<div class="photo-credit"><span class="author">dpa</span></div>',
    '<span class="image-author">Reuters</span>',
])
def test_a_pictures_agency_credit_is_no_byline(body):
    assert parse_html(_story("", body)).get("byline") is None


# 6. The byline in the headline's own block, named a teaser by the CMS.
def _teaser_page(after_headline: str, after_story: str = "") -> bytes:
    return ("<html><head><title>Ferry timetable changes</title></head><body><article><div class='col'>"
            "<h1><span class='teaser-small__kicker'>Harbour</span> Ferry timetable changes</h1>" + after_headline +
            "</div><p>The harbour's ferries will leave every forty minutes from Monday, the operator said in a "
            "statement that also promised more crossings at weekends during the summer months.</p>"
            "<p>Passengers had complained about crowded boats in the mornings, a spokeswoman for the council said, "
            "and the new timetable was agreed after a consultation that lasted most of the winter.</p>"
            "</article>" + after_story + "</body></html>").encode()


def test_a_byline_in_the_headlines_teaser_block_is_the_pages():
    page = _teaser_page('<div class="teaser-small__metadata"><p class="byline__author">VON <a href="/autoren/quell-jana">'
                        "JANA QUELL</a> am 21. April 2020</p></div>")
    assert parse_html(page).get("byline") == "JANA QUELL"


@pytest.mark.parametrize("after_headline, after_story", [
    # Other stories' teaser cards after the story, none beside the headline.
    ("", '<div class="teaser-list"><div class="teaser"><p class="byline">By Tom Brack</p></div></div>'),
    # Beside the headline, but a related stories' block.
    ('<div class="related-teaser"><p class="byline">By Tom Brack</p></div>', ""),
])
def test_other_stories_teasers_stay_no_byline(after_headline, after_story):
    assert parse_html(_teaser_page(after_headline, after_story)).get("byline") is None


# 7. A byline inside <noscript> (a blog template's script-less copy of the post) is read as a side block's: last.
def test_a_byline_in_noscript_is_read_when_nothing_else_names_anyone():
    body = '<div class="post-body"><noscript><span class="byline-author">Posted by Jana Quell</span></noscript></div>'
    assert parse_html(_story("", body)).get("byline") == "Jana Quell"


def test_a_byline_in_the_story_beats_one_in_noscript():
    body = ('<noscript><span class="byline-author">Posted by Tom Brack</span></noscript>'
            '<div class="byline">By Jana Quell</div>')
    assert parse_html(_story("", body)).get("byline") == "Jana Quell"


# 8. A name, a spaced dash and the team or the site the writer is with.
@pytest.mark.parametrize("body, byline", [
    ('<div class="byline">Posted by Jana Quell and Kiran C Brack - Harbour Safety team</div>', "Jana Quell, Kiran C Brack"),
    ('<div class="byline">Jana Quell – The Harbour Gazette</div>', "Jana Quell"),
    ('<div class="byline">Jean-Paul Quell</div>', "Jean-Paul Quell"),
])
def test_the_name_before_a_spaced_dash(body, byline):
    assert byline == parse_html(_story("", body)).get("byline")


def test_a_role_alone_is_a_desks_credit_not_cut():
    # Only beside a name is a role a title; alone in the record it is the credit the page gives.
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry timetable changes", '
            '"author": {"@type": "Person", "name": "Staff Writer"}}</script>')
    assert parse_html(_story(head, "")).get("byline") == "Staff Writer"
