"""A web page's main text: trafilatura's body walked block by block, then cleaned.

Trafilatura (lxml underneath) finds the article; its body is walked element by
element so that paragraphs, subheadings, list items, table rows and
blockquotes stay paragraphs.  Leading headings and labels (headline,
standfirst, kicker, caption) are dropped because the title is its own field,
page furniture ("Advertisement", "Read more") wherever it stands, and a pull
quote repeating a body paragraph is kept once.  When trafilatura finds nothing,
every ``<p>`` outside navigation, headers and footers is the text.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterator

import lxml.html
from lxml import etree

from .page_strings import alnum_key, collapse_space

LOGGER = logging.getLogger(__name__)

TRAFILATURA_OPTIONS = dict(
    with_metadata=False,
    include_comments=False,
    include_tables=True,
    include_images=False,
    include_links=False,
    include_formatting=False,
    deduplicate=False,
)
# Paragraphs shorter than this (letters and digits only) are never treated
# as a repeat of another one: "He said." may well occur twice.
MIN_REPEAT_CHARS = 20
# Looking for each paragraph inside the others reads paragraphs x characters:
# past this, a page (a huge table or listing, never an article) skips it.
MAX_REPEAT_SEARCH_CHARS = 200_000_000
# Short lines before the first real paragraph are captions, kickers, dates and
# labels ("Courtesy G4", "Main Content", "04/19/13"), not the article...
LEADING_LABEL_MAX_WORDS = 5
WORD_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]|[^\W_]+")
# ...unless they end as a sentence does ("He resigned."), CJK full stops and
# closing quotes included.
ENDS_LIKE_SENTENCE_RE = re.compile(r"[.!?。！？…\"”’»)]$")
# Paragraphs that are page furniture wherever they stand.
FURNITURE_PARAGRAPH_RE = re.compile(
    r"^(?:advertisement|advertising|anzeige|publicidad|publicité|story continues below(?: advertisement)?|"
    r"continue reading(?: below)?|read more|related(?: stories| articles| coverage)?:?|share this(?: article)?|"
    r"click here|more:?|see also:?|getty images|image:? getty|skip (?:to )?(?:main )?content|main content)$",
    re.IGNORECASE,
)
# Trafilatura's XPath queries (".//p//text()") grow with the square of a page's
# elements: 40,000 paragraphs cost it seconds, 300,000 minutes.  A page with more
# elements than this (a news article has a few thousand) goes to the fallback.
MAX_TRAFILATURA_ELEMENTS = 30_000
# Fallback when trafilatura finds nothing: every <p> outside page furniture.
FALLBACK_DROP_TAGS = ["script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "svg"]


def extract_body(tree: lxml.html.HtmlElement, title: str | None = None) -> str:
    """Main text, one paragraph per block, paragraphs separated by blank lines."""
    import trafilatura  # imported here: plain-text ingest never loads it

    document = None
    if _elements_up_to(tree, MAX_TRAFILATURA_ELEMENTS):
        try:
            document = trafilatura.bare_extraction(tree, **TRAFILATURA_OPTIONS)
        except Exception as error:  # noqa: BLE001 - a third-party parser on hostile input
            LOGGER.warning("trafilatura failed (%s); falling back to <p> elements", error)
    body = getattr(document, "body", None)
    blocks = list(_blocks(body)) if body is not None else []
    if not any(kind != "head" for kind, _ in blocks):
        blocks = [("p", text) for text in _fallback_paragraphs(tree)]
    return "\n\n".join(clean_blocks(blocks, title))


def _elements_up_to(tree: lxml.html.HtmlElement, limit: int) -> bool:
    """Has the page at most ``limit`` elements?  (Stops counting past it.)"""
    return sum(1 for _ in zip(tree.iter(), range(limit + 1))) <= limit


def _blocks(body: etree._Element) -> Iterator[tuple[str, str]]:
    """(kind, text) for each block of trafilatura's body, and for text it left loose.

    Trafilatura leaves text that stood between blocks (after a heading or a
    figure, outside any ``<p>``) as the body's text or a block's *tail*; it
    is article text (one such tail held a quotation), so it is a paragraph.
    """
    # Text before the first block; a body with no block at all is trafilatura's
    # last resort (one element's text, "Home" from a menu), not an article.
    loose = collapse_space(body.text) if len(body) else ""
    if loose:
        yield "p", loose
    for element in body:
        yield from _element_blocks(element)
        tail = collapse_space(element.tail)
        if tail:
            yield "p", tail


def _element_blocks(element: etree._Element) -> Iterator[tuple[str, str]]:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "list":
        for item in element.iter("item"):
            text = collapse_space("".join(item.itertext()))
            if text:
                yield "item", text
    elif tag == "table":
        for row in element.iter("row"):
            cells = [collapse_space("".join(cell.itertext())) for cell in row]
            text = " | ".join(c for c in cells if c)
            if text:
                yield "row", text
    else:
        text = collapse_space("".join(element.itertext()))
        if text:
            yield tag or "p", text


def clean_blocks(blocks: list[tuple[str, str]], title: str | None = None) -> list[str]:
    """Drop the leading headline/standfirst headings and repeated paragraphs (pull quotes)."""
    title_key = alnum_key(title or "")
    blocks = [(kind, text) for kind, text in blocks if not FURNITURE_PARAGRAPH_RE.match(text)]
    start = 0  # an index, not blocks = blocks[1:]: 300,000 leading labels copied the list 300,000 times
    while len(blocks) - start > 1 and (
        blocks[start][0] == "head"
        or (title_key and alnum_key(blocks[start][1]) == title_key)
        or _is_leading_label(blocks[start][1])
    ):
        start += 1
    texts = [text for _, text in blocks[start:] if not (title_key and alnum_key(text) == title_key)]
    keys = [alnum_key(text) for text in texts]
    counts = Counter(keys)
    # One string of every paragraph: a paragraph found in it twice repeats
    # (part of) another one, as a pull quote repeats a body quote.  Each search
    # reads the whole string, so on a page too big for that (a table of 150,000
    # rows) only exact repeats are dropped.
    joined = "\x00".join(keys)
    contained = len(keys) * len(joined) <= MAX_REPEAT_SEARCH_CHARS
    kept, seen = [], set()
    for text, key in zip(texts, keys):
        if key in seen:
            continue
        if contained and len(key) >= MIN_REPEAT_CHARS and joined.count(key) > counts[key]:
            continue  # contained in a longer paragraph
        seen.add(key)
        kept.append(text)
    return kept


def _is_leading_label(text: str) -> bool:
    """A few words not ending as a sentence does: a caption, kicker, date or label."""
    return len(WORD_RE.findall(text)) <= LEADING_LABEL_MAX_WORDS and not ENDS_LIKE_SENTENCE_RE.search(text)


def _fallback_paragraphs(tree: lxml.html.HtmlElement) -> list[str]:
    texts = []
    for paragraph in tree.iter("p", "blockquote", "pre"):
        if any(ancestor.tag in FALLBACK_DROP_TAGS for ancestor in paragraph.iterancestors()):
            continue
        text = collapse_space(paragraph.text_content())
        if text:
            texts.append(text)
    return texts
