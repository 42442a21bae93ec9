"""Bylines on pages from outlets never seen (issue 16, session 16): each rule's phenomenon on a page written for it."""

from __future__ import annotations

import pytest

from quotearchive.extract.webpage import parse_html


def _story(head: str, body: str) -> bytes:
    return ("<html><head><title>Ferry timetable changes</title>" + head + "</head><body><article>"
            "<h1>Ferry timetable changes</h1>" + body +
            "<p>The harbour ferry will run every twenty minutes from Monday, the operator said.</p>"
            "<p>Evening crossings are cut to two an hour because fewer people travel after eight.</p>"
            "</article></body></html>").encode()


@pytest.mark.parametrize("body, byline", [
    # A blog's writer who set no display name: the CMS prints the login, linked to the login's author page.
    ('<div class="entry-meta">by <span class="author vcard"><a class="url fn n" href="/author/kmori" rel="author">'
     'kmori</a></span></div>', "kmori"),
    # A newsroom's initials in the author markup, the outlet's short name before a slash.
    ('<p class="meta">Radio Nord, 3.2.2025; <span itemprop="author">rn/abk;tel</span></p>', "rn/abk, tel"),
    # A link whose text is its author page's slug says author as rel does.
    ('<p>Posted by <a href="/author/tsuki">tsuki</a></p>', "tsuki"),
])
def test_a_login_or_initials_in_author_markup_is_the_byline_when_nothing_else_names_anyone(body, byline):
    assert byline == parse_html(_story("", body)).get("byline")


@pytest.mark.parametrize("head, body", [
    # The CMS's own accounts are no writer.
    ("", '<span class="author"><a href="/author/wordpressadmin" rel="author">wordpressadmin</a></span>'),
    ("", '<span itemprop="author">redaktion</span>'),
    # A login with digits is an account's, never a byline.
    ("", '<a href="/author/kmori77" rel="author">kmori77</a>'),
    # Another story's block: its writer's login is not this page's.
    ("", '<aside class="related"><a href="/author/kmori" rel="author">kmori</a></aside>'),
    # Lower-case words that are no handle ("posted in news").
    ("", '<span itemprop="author">posted in news</span>'),
])
def test_no_handle_is_read_from_accounts_other_blocks_or_words(head, body):
    assert parse_html(_story(head, body)).get("byline") is None


def test_a_full_name_elsewhere_wins_over_the_login():
    body = ('<span class="author"><a href="/author/kmori" rel="author">kmori</a></span>')
    head = '<meta name="author" content="Kenji Mori">'
    assert "Kenji Mori" == parse_html(_story(head, body)).get("byline")


@pytest.mark.parametrize("body, byline", [
    # A regional paper's CMS: the "Von" line in italics under the headline, no class.
    ("<p><i>Von Jana Weber</i></p>", "Jana Weber"),
    ('<p class="bodytext">Par Lucie Marchand</p>', "Lucie Marchand"),
    # A wire story: the writer in a bold span, the data naming only the agency.
    ('<p><span class="bold">By TOM HARDWICK</span></p><p>(AP) Associated Press</p>', "TOM HARDWICK"),
    # The agency in capitals after the writer is the employer, as in a marked byline.
    ('<p><b>By Tom Hardwick, AP</b></p>', "Tom Hardwick"),
    # The role on the next line: the line ends the name.
    ('<div>By TOM HARDWICK<br>AP Entertainment Writer</div>', "TOM HARDWICK"),
])
def test_an_unmarked_by_line_after_the_headline_is_the_byline(body, byline):
    assert byline == parse_html(_story('<meta name="author" content="AP">', body)).get("byline")


@pytest.mark.parametrize("body", [
    '<p><a href="/columns/invitation">By Invitation</a></p>',  # a column's name, linked
    "<p>From Kabul to Kyiv</p>",                                  # a heading, no "by"
    '<div class="related"><p>Von Jana Weber</p></div>',           # another story's teaser
    "<p>By the end of the week</p>",                              # prose, no name
])
def test_no_unmarked_by_line_from_links_headings_teasers_or_prose(body):
    assert parse_html(_story("", body)).get("byline") is None


PROSE = ("<p>The harbour authority said the new timetable follows a year of complaints from commuters about "
         "crowded morning boats, late evening crossings and the long wait at the terminal when the weather turns.</p>")


@pytest.mark.parametrize("body", [
    PROSE * 2 + "<p><strong>By The Numbers</strong></p>",          # a subhead in the story
    PROSE * 2 + "<p><b>By Popular Demand</b></p>",
    "<p><em>By Land And Sea</em></p>",                              # a phrase, even under the headline
    "<blockquote><p>By Order Of The Court</p></blockquote>",        # a quoted notice
])
def test_no_unmarked_by_line_from_a_subhead_a_phrase_or_a_quotation(body):
    assert parse_html(_story("", body)).get("byline") is None


def test_a_subhead_in_the_story_does_not_replace_the_agency():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Associated Press"}}</script>'
    assert "Associated Press" == parse_html(_story(head, PROSE * 2 + "<p><strong>By The Numbers</strong></p>")).get("byline")


def test_a_standfirst_over_the_by_line_does_not_hide_it():
    assert "Jana Weber" == parse_html(_story("", PROSE + "<p><i>By Jana Weber</i></p>")).get("byline")


@pytest.mark.parametrize("login", ["anonymous", "unknown", "newsdesk"])
def test_a_placeholder_account_is_no_byline(login):
    assert parse_html(_story("", f'<p class="meta"><span itemprop="author">{login}</span></p>')).get("byline") is None
