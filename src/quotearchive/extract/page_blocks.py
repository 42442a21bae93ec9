"""Which of a page's wrappers are the story's own, though their markup reads as another block's (session 23).

:func:`.page_byline._block_of` skips a byline inside another story's block: a ``<form>`` (a comment or newsletter
form), a wrapper classed "related" or "comments", and reads one in a sidebar last.  Two usual wrappers read so
though they hold the story itself:

- a ``<form>`` holding the page's headline: ASP.NET WebForms pages wrap the whole page in one ``<form>``
  (``<form id="aspnetForm">``, ``<form id="frmMaster">``) for its post-backs; a comment, search or newsletter form
  never holds the headline;
- a class naming what the block *has* or sits *with* ("withRelated", "has-comments", "with-sidebar"): a layout
  modifier of the story's own wrapper, which holds the related list or the comments beside the story, not inside
  the story's byline.

Read as the story's, such a page showed one more block of another kind: a photo's caption or credit, whose
"author" marker names the photographer; it is another block wherever it stands.

And one byline line :func:`.page_byline.prefixed_byline` passed over: a contributor's credit, "By Jane Roe, director
of Sales at Acme" or "By Jane Roe, VP of Technology, Acme" (trade and business press print guest writers so): the
writer's title after a comma made the line long and gave it a phrase's word ("of"); the name before the comma is the
byline.
"""

from __future__ import annotations

import re

import lxml.html

from ..lexicon.bylines import ORGANISATION_ROLE_ADJECTIVES, ORGANISATION_ROLES
from .page_coauthors import ORGANISATION_ROLE_PART_RE, ROLE_PART_RE

# "with"/"has" and a separator or a capital: "withRelated", "has-comments", "with_sidebar" ("hashtag" is no modifier).
MODIFIER_TOKEN_RE = re.compile(r"^(?:with|has)(?:[-_]|(?=[A-Z]))")
STORY_PARAGRAPHS = 3  # paragraphs that make a wrapper a story's, not a teaser card's
# A contributor's line is a line: the name, the title, the employer, perhaps a date ("| 2016-05-10").
CONTRIBUTOR_LINE_MAX_CHARS = 160
# Marks a page's text carries around a name but no reader sees (left-to-right and right-to-left marks, no-break space).
INVISIBLE_MARKS = " \u200e\u200f\u200b\xa0"
# What may follow the title in a credit: its end, a separator, or the employer's or the field's preposition
# ("director of Business Development of Financial Services, Acme"); a capital or a verb goes on as a sentence
# ("By Election Day, president Obama had won": no credit).
AFTER_TITLE = r"\s*(?:$|[,|/;–—-]|(?:at|of|for|with|and|in|on)\b)"
# The lower-case words a credit's title and employer hold ("director of Business Development", "founder and CEO
# of Acme"); any other ("had", "resigned", "said") makes the line a sentence: "By Tuesday, director of the port
# Jane Roe had resigned".
CREDIT_FUNCTION_WORDS = frozenset("of at for and the in on with & a an to".split())
CREDIT_LOWER_WORDS = CREDIT_FUNCTION_WORDS | ORGANISATION_ROLES | ORGANISATION_ROLE_ADJECTIVES | frozenset(
    "writer reporter correspondent editor columnist contributor photographer journalist senior junior chief staff "
    "contributing special political business sports news opinion deputy managing executive associate assistant "
    "national foreign investigative writers reporters editors contributors".split())
CO_AUTHOR_RE = re.compile(r"(?:\band|&)\s+[A-Z][\w'’.-]+\s+[A-Z]")
LOWER_WORD_RE = re.compile(r"(?<![\w-])[a-z][a-z&'’-]*")
# The title and what follows it, in one pattern so that the title's "of Business Development" gives back its words.
TITLE_RES = [re.compile(rf"(?:{role_re.pattern}){AFTER_TITLE}", re.IGNORECASE)
             for role_re in (ORGANISATION_ROLE_PART_RE, ROLE_PART_RE)]


# What a block lacks ("hasnt-bio", "has-no-comments", "without-related", "no-bio"): never what the block is.
NEGATED_TOKEN_RE = re.compile(r"^(?:hasnt|has-?no|without|no|not|is-not)[-_]", re.IGNORECASE)


def block_marks(node: lxml.html.HtmlElement) -> str:
    """A node's class and id, less the tokens that name what it has or sits with ("withRelated", "has-comments"),
    and those that name what it lacks ("hasnt-bio": a byline line with no biography beside it)."""
    tokens = [t for t in f"{node.get('class', '')} {node.get('id', '')}".split() if not NEGATED_TOKEN_RE.match(t)]
    if not any(MODIFIER_TOKEN_RE.match(t) for t in tokens) or not _holds_a_story(node):
        return " ".join(tokens)  # ("hasRelated" on a teaser card itself: the related block it is)
    return " ".join(t for t in tokens if not MODIFIER_TOKEN_RE.match(t))


def _holds_a_story(node: lxml.html.HtmlElement) -> bool:
    """Does the wrapper hold a story: the page's headline, or paragraphs of text?"""
    if holds_page_headline(node):
        return True
    return sum(1 for _ in zip(range(STORY_PARAGRAPHS), node.iter("p"))) >= STORY_PARAGRAPHS


# A photo's caption or credit block: its "author" is the photographer's ("<div class='photo-text'><span
# class='author'>Photo: Jane Roe</span>"), a <figure>'s or <figcaption>'s the same.
PHOTO_BLOCK_TAGS = frozenset(["figure", "figcaption"])
# A block classed "caption" alone is no photo's: a header's text laid over its picture (headline and byline) is one.
PHOTO_BLOCK_RE = re.compile(r"(?:photo|image|img|picture|foto|bild)[-_]?(?:text|caption|credit|source)|wp-caption",
                            re.IGNORECASE)


def is_photo_block(node: lxml.html.HtmlElement) -> bool:
    """A photo's caption or credit (``<figure>``, ``<figcaption>``, a block classed "photo-text", "image-credit",
    "wp-caption"): a byline marker inside it names the photographer."""
    if not (node.tag in PHOTO_BLOCK_TAGS or PHOTO_BLOCK_RE.search(f"{node.get('class', '')} {node.get('id', '')}")):
        return False
    # (not a hero picture holding the headline and the story's byline: "<figure><img><h1>...<figcaption>By ...")
    figure = node if node.tag == "figure" else next((a for a in node.iterancestors("figure")), None)
    return node.find(".//h1") is None and (figure is None or figure.find(".//h1") is None)


def is_page_form(node: lxml.html.HtmlElement) -> bool:
    """A ``<form>`` holding the page's headline (``<h1>``): the page's wrapper (ASP.NET), not a form of its own."""
    return node.tag == "form" and holds_page_headline(node)


def holds_page_headline(node: lxml.html.HtmlElement) -> bool:
    """Does ``node`` hold the page's first ``<h1>``, its headline (not a newsletter box's own)?"""
    first = next(node.getroottree().getroot().iter("h1"), None)
    return first is not None and any(h1 is first for h1 in node.iter("h1"))


def contributor_head(text: str) -> str | None:
    """"By Jane Roe, director of Sales at Acme" -> "By Jane Roe": the line up to its first comma when the line is a
    line's length and what follows the comma opens on a job title (a newsroom's "Senior Reporter" or a company's
    "Vice President", "VP of Technology", "director of ..."); None otherwise."""
    if len(text) > CONTRIBUTOR_LINE_MAX_CHARS:
        return None
    head, comma, rest = text.partition(",")
    if not comma:
        return None
    rest = rest.strip(INVISIBLE_MARKS)
    if CO_AUTHOR_RE.search(rest):
        return None  # "By Jane Roe, Senior Reporter and John Doe, Senior Reporter": two writers, each titled
    if any(w not in CREDIT_LOWER_WORDS and w.rstrip("s") not in CREDIT_LOWER_WORDS for w in LOWER_WORD_RE.findall(rest)):
        return None  # a sentence goes on after the comma
    if any(title_re.match(rest) for title_re in TITLE_RES):
        return head.strip(INVISIBLE_MARKS)
    return None
