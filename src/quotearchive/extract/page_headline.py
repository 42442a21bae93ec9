"""The byline in the headline's own block where the CMS names it a teaser (session 18, issue 16).

:mod:`.page_byline` never reads a byline inside a block whose class says ``teaser``: a list of other stories'
cards names each card's writer.  But CMSs render the story's own head with the same component (German CMSs also
call the standfirst a "Teaser"): ``<h1>...</h1><div class="teaser-small__metadata"><p class="byline__author">VON
JANA ROE</p></div>``, the block beside the ``<h1>``.  A block that stands beside the page's headline, under the
same parent, is the headline's, not another story's: its byline is read, when nothing else names anyone, if
``teaser`` is the only mark of another story's block between the byline and that parent.
"""

from __future__ import annotations

import re

import lxml.html

from .page_byline import (
    BYLINE_TAIL_RE, OTHER_BLOCK_RE, OTHER_BLOCK_TAGS, _block_of, _byline_text, _is_marked,
)
from .page_names import _is_visible_name, _names

TEASER_RE = re.compile(r"teaser", re.IGNORECASE)
# Siblings of the headline read on either side: its kicker, standfirst and meta line sit next to it.
HEADLINE_NEIGHBOURS = 3


def headline_teaser_byline(tree: lxml.html.HtmlElement) -> str | None:
    """The names of a marked byline inside a teaser-named block beside the page's only ``<h1>``, or None."""
    headlines = tree.xpath("//h1")
    if len(headlines) != 1 or _block_of(headlines[0]) != "main":
        return None
    headline = headlines[0]
    neighbours = [*list(headline.itersiblings(preceding=True))[:HEADLINE_NEIGHBOURS],
                  *list(headline.itersiblings())[:HEADLINE_NEIGHBOURS]]
    for block in neighbours:
        if not isinstance(block.tag, str):
            continue
        for element in block.iter():
            if not isinstance(element.tag, str) or not _is_marked(element) or not _only_teasers(element, block):
                continue
            text = BYLINE_TAIL_RE.sub("", _byline_text(element))
            names = [n for n in _names([text]) if _is_visible_name(n)]
            if names:
                return ", ".join(names)
    return None


def _only_teasers(element: lxml.html.HtmlElement, block: lxml.html.HtmlElement) -> bool:
    """Whether the marks of other stories' blocks from ``element`` up to ``block`` are all "teaser" (and one is)."""
    teaser = False
    for node in [element, *element.iterancestors()]:
        if node.tag in OTHER_BLOCK_TAGS:
            return False
        marks = f"{node.get('class', '')} {node.get('id', '')}"
        if OTHER_BLOCK_RE.search(marks):
            if not TEASER_RE.search(marks) or OTHER_BLOCK_RE.search(TEASER_RE.sub(" ", marks)):
                return False
            teaser = True
        if node is block:
            return teaser
    return False
