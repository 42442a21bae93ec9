"""Session 23's byline rules (docs/html-extraction.md, "Session 23 (2026-12-05): bylines ..."): a page-wide ASP.NET
``<form>``, a wrapper classed "withRelated", a contributor's "By Jane Roe, VP of Sales, Acme" line, a paired
"Autor / Redakteur: A / B" credit; and the usual pages around them that must not change."""

from __future__ import annotations

import time

from quotearchive.extract.page_blocks import block_marks, contributor_head
from quotearchive.extract.page_paired import writers_of_paired_credit
from quotearchive.extract.webpage import parse_html, parse_tree

STORY = ("<p>The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice last winter.</p>"
         "<p>Fishermen who use the pier said the work could not come soon enough, and the board promised a timetable.</p>")


def _byline(body: str) -> str | None:
    page = f"<html><head><title>Pier rebuilt</title></head><body>{body}</body></html>".encode()
    return parse_html(page, "https://news.example.com/2019/11/18/pier/index.html").get("byline")


# --- the rules ---------------------------------------------------------------------------------------------------

def test_a_form_wrapping_the_whole_page_is_no_form_of_its_own():
    # ASP.NET WebForms: before, the <form> made every byline on the page another block's, and the page had none.
    page = ('<form id="aspnetForm" method="post"><div class="col1_article"><h1>Why the pier matters</h1>'
            '<div class="article_author_line"><span class="author_name">By Jane Roe | </span>'
            '<span class="posted_date">Posted: March 16, 2016</span></div>' + STORY + '</div></form>')
    assert _byline(page) == "Jane Roe"


def test_a_wrapper_classed_with_what_sits_beside_it_is_the_story():
    # "withRelated" names the related list beside the story: before, the story's own byline was skipped.
    page = ('<div id="StoryBody" class="withRelated right"><h1>Why the pier matters</h1>'
            '<span class="author">Jane Roe</span>' + STORY + '</div>')
    assert _byline(page) == "Jane Roe"
    tree = parse_tree('<div class="withRelated has-comments with_sidebar story" id="main"><h1>x</h1></div>')
    assert block_marks(tree.find(".//div")) == "story main"
    # a teaser card classed so is the related block itself (review 9)
    card = parse_tree('<div class="hasRelated"><h3>Schools get new funding</h3></div><h1>x</h1>')
    assert block_marks(card.find(".//div")) == "hasRelated"
    assert block_marks(parse_tree('<div class="hashtag-list">x</div>').find(".//div")) == "hashtag-list"


def test_a_contributors_title_after_the_name_leaves_the_name():
    page = ('<article><h1>Why the pier matters</h1><p><strong><em>By Jane Roe, VP of Technology, Example Cloud'
            '</em></strong></p>' + STORY + '</article>')
    assert _byline(page) == "Jane Roe"
    page = ('<article><h1>Why the pier matters</h1><div class="submitted">By Jane Roe, director of Business '
            'Development of Financial Services, Example Labs | 2016-05-10</div>' + STORY + '</article>')
    assert _byline(page) == "Jane Roe"
    assert contributor_head("By Jane Roe, founder and CEO of Example Labs") == "By Jane Roe"
    assert contributor_head("By Jane Roe, Senior Reporter") == "By Jane Roe"


def test_a_paired_credit_gives_the_writer_not_the_editor():
    page = ('<article><header><h1>Why the pier matters</h1><p id="autor"><time>22.09.16</time> | Autor / Redakteur: '
            'Jana Roe / <a href="/max-muster/">Dr. Max Muster</a></p></header>' + STORY + '</article>')
    assert _byline(page) == "Jana Roe"
    assert writers_of_paired_credit("Text / Fotos: Jana Roe / Max Muster") == "Jana Roe"
    assert writers_of_paired_credit("Fotos / Grafik: Jana Roe / Max Muster") == "Fotos / Grafik: Jana Roe / Max Muster"
    assert writers_of_paired_credit("Autor / Redakteur: Jana Roe") == "Autor / Redakteur: Jana Roe"  # no pairs


# --- the usual pages, unchanged -----------------------------------------------------------------------------------

def test_a_related_stories_list_with_bylines_stays_another_storys():
    page = ('<div class="story has-related"><h1>Why the pier matters</h1><div class="byline">By Jane Roe</div>' + STORY
            + '<div class="related-stories"><h3>More</h3><div class="teaser"><a href="/x">Harbour fees rise</a>'
            '<div class="byline">By John Doe</div></div></div></div>')
    assert _byline(page) == "Jane Roe"
    page = ('<div class="with-sidebar"><h1>Why the pier matters</h1>' + STORY
            + '<div class="related"><div class="byline">By John Doe</div></div></div>')
    assert _byline(page) is None


def test_an_author_bio_box_is_no_byline_beside_the_story():
    page = ('<article><h1>Why the pier matters</h1><div class="byline">By Jane Roe</div>' + STORY + '</article>'
            '<div class="author-bio"><div class="author">John Doe, VP of Technology, Example Cloud</div></div>')
    assert _byline(page) == "Jane Roe"


def test_a_comments_author_is_no_byline():
    page = ('<article><h1>Why the pier matters</h1>' + STORY + '</article>'
            '<div class="comments has-replies"><div class="comment-author">By John Doe</div></div>'
            '<form id="commentform"><p>By Jane Roe, Senior Reporter</p><div class="author">Mary Major</div></form>')
    assert _byline(page) is None


def test_a_photo_credit_is_no_byline():
    page = ('<article><h1>Why the pier matters</h1><figure><img src="p.jpg"><figcaption>By John Doe, Staff '
            'Photographer</figcaption></figure><p>Photo by Jane Roe, VP of Imaging, Example Cloud</p>' + STORY
            + '</article>')
    assert _byline(page) is None


def test_a_photo_credit_marked_author_is_the_photographers():
    # An ASP.NET page (the whole page in its <form>) whose photo caption marks the photographer as "author".
    page = ('<form id="aspnetForm"><article class="author-article"><h1>Why the pier matters</h1><div class="article-photo">'
            '<img src="p.jpg"><div class="photo-text"><span class="author">Photo by Jane Roe</span></div></div>'
            + STORY + '</article></form>')
    assert _byline(page) is None
    page = ('<article><h1>Why the pier matters</h1><figure><img src="p.jpg"><figcaption><span class="byline">'
            'John Doe</span></figcaption></figure><div class="byline">By Jane Roe</div>' + STORY + '</article>')
    assert _byline(page) == "Jane Roe"


def test_by_inside_the_article_text_is_no_byline():
    # (A "By" sentence of two capitalised words and a comma, "By Election Day, Obama had won.", was read as a byline
    # before this session and still is: left alone, docs "Session 23 ... bylines".)
    page = ('<article><h1>Why the pier matters</h1><p>By Tuesday Morning, director of the port Jane Roe had resigned.'
            '</p>' + STORY + '</article>')
    assert _byline(page) is None
    assert contributor_head("By Jane Roe, who was there") is None
    assert contributor_head("By Election Day, president Obama had won") is None


def test_a_profile_link_in_a_page_wide_form_stays_the_logins():
    # A login dialog's "/profile/agreement/" link inside the ASP.NET form: only byline markup is read there.
    page = ('<form id="aspnetForm"><h1>Why the pier matters</h1>' + STORY + '<div class="dialog">'
            '<a href="/profile/agreement/">Privacy Agreement</a></div></form>')
    assert _byline(page) is None


def test_a_header_classed_caption_keeps_its_byline():
    # A headline and byline laid over the header's picture, in a block classed "caption": no photo's credit.
    page = ('<header><div class="caption"><h1>Why the pier matters</h1><ul class="author"><li>Jane Roe</li></ul></div>'
            '</header>' + STORY)
    assert _byline(page) == "Jane Roe"


def test_a_search_form_holding_no_headline_stays_another_block():
    page = ('<form class="search"><div class="author">John Doe</div></form>'
            '<article><h1>Why the pier matters</h1>' + STORY + '</article>')
    assert _byline(page) is None


# --- hostile input ------------------------------------------------------------------------------------------------

def test_ten_thousand_triggers_take_linear_time():
    trigger = ('<form><h1>Pier</h1><div class="withRelated"><p>By Jane Roe, VP of Sales, Example Cloud</p>'
               '<p class="byline">Autor / Redakteur: Jana Roe / Max Muster</p></div></form>')
    page = ("<html><body>" + trigger * 10_000 + STORY + "</body></html>").encode()
    start = time.perf_counter()
    parse_html(page)
    assert time.perf_counter() - start < 30.0



def test_review_9_findings():
    # two writers, each with a title: both stay
    page = ('<article><h1>Why the pier matters</h1><p><strong>By Jane Roe, Senior Reporter and John Doe, Senior '
            'Reporter</strong></p>' + STORY + '</article>')
    assert _byline(page) == "Jane Roe, John Doe"
    # a hero picture holding the headline and the story's byline is no photo credit
    page = ('<figure class="hero"><img src="a.jpg"><h1>Why the pier matters</h1><figcaption><span class="byline">'
            'By Jane Roe</span></figcaption></figure>' + STORY)
    assert _byline(page) == "Jane Roe"
    # a newsletter form with a headline of its own is no page wrapper
    page = ('<div class="story"><h1>Why the pier matters</h1>' + STORY + '</div><form class="signup"><h1>Get our '
            'newsletter</h1><div class="author">Written by Max Muster, our editor</div></form>')
    assert _byline(page) is None
