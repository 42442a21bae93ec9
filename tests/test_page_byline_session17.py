"""Bylines on pages from outlets never seen (issue 16, session 17): each rule's phenomenon on a page written for it.

The classes were found on the dev splits' pages (htmldate's unlabelled bylines, Mercury's pages whose byline
is unlabelled), never on a check split.
"""

from __future__ import annotations

import pytest

from quotearchive.extract.page_credits import is_desk_login, is_site_credit, spaced_text, without_role_tail
from quotearchive.extract.webpage import parse_html

import lxml.html


def _story(head: str, body: str) -> bytes:
    return ("<html><head><title>Library hours extended</title>" + head + "</head><body><article>"
            "<h1>Library hours extended</h1>" + body +
            "<p>The central library will open until nine on weekdays from March, the council said.</p>"
            "<p>Students had asked for longer hours during the exam season, a librarian said.</p>"
            "</article></body></html>").encode()


@pytest.mark.parametrize("body, byline", [
    # A linked name and a styled role after it, no space in the markup between them.
    ('<div class="byline"><span>By</span> <a href="/people/marta-quill">Marta Quill</a>'
     '<span class="author-title">Staff Writer&#xA0;</span></div>', "Marta Quill"),
    # The role title-cased after the name, with a rank and a beat.
    ('<div class="byline">Dora Kessler Senior Transport Correspondent</div>', "Dora Kessler"),
    # A station's call letters (its logo's text) in one block, "By" and the byline in the next.
    ('<div class="bylineContainer"><div class="logo"><span>KXTV</span></div><div>By <!-- -->Nell Ambrose</div></div>',
     "Nell Ambrose"),
])
def test_the_bylines_elements_are_read_with_the_gaps_the_page_shows(body, byline):
    assert byline == parse_html(_story("", body)).get("byline")


def test_a_lone_role_word_is_cut_only_after_a_first_name():
    assert without_role_tail("Sam Roe Reporter") == "Sam Roe"
    # "Court Reporter" is a desk's name: no first name before the role, so nothing is cut.
    assert without_role_tail("Antrim Court Reporter") == "Antrim Court Reporter"
    # Less than two words left: as written.
    assert without_role_tail("Quill Staff Writer") == "Quill Staff Writer"


def test_spaced_text_keeps_a_word_split_by_markup_whole():
    assert spaced_text(lxml.html.fromstring("<p><b>J</b>ane Roe</p>")) == "Jane Roe"
    assert spaced_text(lxml.html.fromstring("<p><a>Jane Roe</a><span>Editor</span></p>")) == "Jane Roe Editor"


def test_a_credit_for_building_the_site_is_no_byline():
    head = '<meta name="DC.Creator" content="Developed By Karim Fathy">'
    body = '<div class="post-meta-author"><a href="/editors/12/hala-samir" title="Hala Samir"><h5>Hala Samir</h5></a></div>'
    assert "Hala Samir" == parse_html(_story(head, body)).get("byline")
    assert parse_html(_story(head, "")).get("byline") is None
    assert is_site_credit("Website by Studio Nord") and is_site_credit("Powered by WordPress")
    assert not is_site_credit("By Karim Fathy") and not is_site_credit("Developer Relations Team")


def test_a_desk_login_in_the_record_names_no_writer():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Library hours extended", '
            '"author": {"@type": "Person", "name": "redaktion"}}</script>')
    assert parse_html(_story(head, "")).get("byline") is None
    assert is_desk_login("redaktion") and is_desk_login("wpadmin") and is_desk_login("onlineredaktion")
    assert not is_desk_login("kmori") and not is_desk_login("Redaktion Nord")


@pytest.mark.parametrize("body, byline", [
    # Bosnian, Croatian, Serbian: "writes", in a plain span under the headline.
    ("<p><span>Piše: M. Begović </span></p>", "M. Begović"),
    ("<p><span>Piše Marko Begović</span></p>", "Marko Begović"),
    # The same words in byline markup.
    ('<div class="author">Yazar: Deniz Aksoy</div>', "Deniz Aksoy"),
    ('<div class="author">Oleh: Budi Santoso</div>', "Budi Santoso"),
])
def test_written_by_in_more_languages_is_a_bylines_prefix(body, byline):
    assert byline == parse_html(_story("", body)).get("byline")


def test_a_first_name_that_is_also_a_prefix_stays_without_its_colon():
    # "Oleh" is a Ukrainian first name: only "Oleh:" is the Indonesian prefix.
    assert "Oleh Petrenko" == parse_html(_story("", '<div class="author">Oleh Petrenko</div>')).get("byline")


@pytest.mark.parametrize("body, byline", [
    # A screen reader's "By" in one span, the visible "by" and the writers in the next.
    ('<div class="byline"><span class="sr">By</span><span>by NORA VANCE, ELI MARSH and TOM OKAFOR</span></div>',
     "NORA VANCE, ELI MARSH, TOM OKAFOR"),
    # A Japanese blog's "posted by" before a name in Latin letters.
    ('<p class="author">投稿者 Kenta Morimoto</p>', "Kenta Morimoto"),
])
def test_a_doubled_prefix_and_a_cjk_posted_by_before_latin_letters_are_cut(body, byline):
    assert byline == parse_html(_story("", body)).get("byline")


LONG = ("<p>The parish opened its hall to families in mourning every Thursday evening this November, and volunteers "
        "served tea while a priest and two lay helpers listened to whoever came.</p>"
        "<p>Most visitors had lost a parent in the past year, the helpers said, and many came back a second time "
        "with a friend or a neighbour who had not wanted to come alone.</p>")


def _foot(tail: str, head: str = "") -> bytes:
    return ("<html><head><title>Nobody grieves alone</title>" + head + "</head><body><div class='content'>"
            "<h1>Nobody grieves alone</h1>" + LONG + tail + "</div></body></html>").encode()


def test_the_writers_signature_at_the_storys_foot_is_the_byline_when_nothing_else_names_anyone():
    assert "Ulla Brandt" == parse_html(_foot("<p><em>Von Ulla Brandt</em></p>")).get("byline")
    # Links to other pages after the signature do not continue the story.
    assert "Ulla Brandt" == parse_html(_foot("<p><em>Von Ulla Brandt</em></p><p><a href='/trauer'>&gt; Trauer</a></p>")
                                       ).get("byline")


@pytest.mark.parametrize("tail", [
    # The story goes on after the line: a subhead or a quoted line, not a signature.
    "<p><em>Von Ulla Brandt</em></p>" + LONG,
    # A phrase, not a name.
    "<p><em>By The Numbers</em></p>",
    # A quotation's credit.
    "<blockquote><p>Von Ulla Brandt</p></blockquote>",
    # A linked line is a column's or another page's name (a link to a writer's page is read as such, before).
    "<p><a href='/kolumne/unterwegs'>Von Ulla Brandt</a></p>",
])
def test_no_signature_where_the_story_goes_on_or_the_line_is_no_writers(tail):
    assert parse_html(_foot(tail)).get("byline") is None


def test_a_byline_over_the_story_wins_over_the_foot_signature():
    head = '<meta name="author" content="Jonas Keller">'
    assert "Jonas Keller" == parse_html(_foot("<p><em>Von Ulla Brandt</em></p>", head)).get("byline")


# Review of session 17's foot signature: its cost on wrappers after the story, and what a signature's name is.

def test_wrappers_after_the_story_are_not_each_read_whole(monkeypatch):
    """Deeply nested wrappers after the story: each element's line was read through its whole subtree (seconds on
    a page of 20,000 spans 250 deep); what is read stays in proportion to the page."""
    from quotearchive.extract import page_signature

    read = []

    def counting_first_line(element):
        read.append(sum(1 for _ in element.iter()))
        return first_line(element)

    first_line = page_signature._first_line
    monkeypatch.setattr(page_signature, "_first_line", counting_first_line)
    depth, spans = 100, 2000
    page = ("<html><body><h1>Nobody grieves alone</h1>" + LONG + "<div>" * depth + "<span>x</span>" * spans +
            "</div>" * depth + "<span>" * depth + "</span>" * depth + "</body></html>")
    assert page_signature.foot_signature(lxml.html.fromstring(page)) is None
    assert sum(read) < 4 * (depth * 2 + spans)


@pytest.mark.parametrize("tail", [
    "<p>By Christmas Eve</p>",       # a day
    "<p>By Ambulance Service</p>",   # an organisation
    "<p>Di Maio Luigi</p>",          # an Italian name, surname first: "Di" opens the surname
])
def test_capitalised_words_after_by_at_the_foot_are_a_writer_only_when_they_read_as_a_name(tail):
    assert parse_html(_foot(tail)).get("byline") is None


@pytest.mark.parametrize("tail, byline", [
    ("<p>Von Jana Roe</p>", "Jana Roe"),
    ("<p>By Jane Roe</p>", "Jane Roe"),
    ("<p>By J. K. Roe</p>", "J. K. Roe"),
    ("<p>By <strong>Jane Roe</strong></p>", "Jane Roe"),
    ("<p><em>di Giulia Ferri</em></p>", "Giulia Ferri"),
])
def test_real_signatures_at_the_foot_still_sign(tail, byline):
    assert parse_html(_foot(tail)).get("byline") == byline


def test_a_signature_with_its_role_on_a_line_of_its_own_still_signs():
    role = "Pfarrerin der Gemeinde St. Marien und Leiterin des Trauercafés im Gemeindehaus"
    assert parse_html(_foot(f"<p><em>Von Ulla Brandt<br>{role}</em></p>")).get("byline") == "Ulla Brandt"
