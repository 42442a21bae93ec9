"""The page's own layout is no other block (session 20, issue 16).

The date and byline rules leave out the blocks of other stories and the site's furniture by the words of their
class names ("related", "teaser", "nav", "comment"). Some templates name the wrapper of the whole page after the
navigation it sits beside (``<div class="page-wrapper left-navigation_page-wrapper">`` around the page's
``<main>``), or mark the ``<main>`` itself for a script (``<main class="... js_navContinua">``): the story's own
text, its date line and its ``<time>`` were left out with them.  An element that is the page's ``<main>`` or holds
it is the page, never another block.

Review fixes (session 20): only the branch of such a wrapper that leads to ``<main>`` is the page (a sidebar's
"latest" list beside ``<main>`` stays out); a ``<main>`` or ``role="main"`` inside another matching block (a
related-stories card, a comments widget) is no page's main and lifts nothing; and the page's mains and their
ancestors are found once per tree (asking each element's subtree cost minutes on a live page of 16,000 ``<time>``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html

# The one other-block word a layout wrapper may carry: the navigation it sits beside.
NAV_WORD_RE = re.compile(r"^[\s_-]?nav$", re.IGNORECASE)


@dataclass(frozen=True)
class MainLayout:
    """The page's main elements, and every element on a path from the page's root to one of them."""

    mains: frozenset[lxml.html.HtmlElement]
    path: frozenset[lxml.html.HtmlElement]


# The last tree asked about (its root, the pattern, its layout), replaced whole so that threads each read one
# consistent triple: the date rules ask once per element, and a page is read in one go.
_LAST: list[tuple[object, object, MainLayout | None]] = [(None, None, None)]


def main_layout(element: lxml.html.HtmlElement, block_re: re.Pattern[str],
                block_tags: frozenset[str]) -> MainLayout:
    """The page's mains (those inside no block other than a navigation-named wrapper) and their ancestors,
    computed once per tree (``block_re``, ``block_tags``: page_dates' other blocks)."""
    root = element.getroottree().getroot()
    last_root, last_re, last_layout = _LAST[0]
    if last_root is root and last_re is block_re and last_layout is not None:
        return last_layout
    mains: set[lxml.html.HtmlElement] = set()
    path: set[lxml.html.HtmlElement] = set()
    for main in root.xpath("//main | //*[@role='main']"):
        ancestors = list(main.iterancestors())
        if any(_other_than_nav(node, block_re, block_tags) for node in ancestors):
            continue  # a card's or a widget's "main" inside a related or comments block
        mains.add(main)
        path.add(main)
        path.update(ancestors)
    layout = MainLayout(frozenset(mains), frozenset(path))
    _LAST[0] = (root, block_re, layout)
    return layout


def _other_than_nav(node: lxml.html.HtmlElement, block_re: re.Pattern[str], block_tags: frozenset[str]) -> bool:
    """Whether ``node`` is a block other than a navigation-named layout wrapper."""
    if node.tag in ("body", "html"):
        return False
    if node.tag in block_tags:
        return True
    attrs = f"{node.get('class', '')} {node.get('id', '')}"
    return any(not NAV_WORD_RE.match(m.group()) for m in block_re.finditer(attrs))


def is_main(element: lxml.html.HtmlElement, layout: MainLayout) -> bool:
    """Whether ``element`` is one of the page's mains."""
    return element in layout.mains


def holds_main(element: lxml.html.HtmlElement, layout: MainLayout) -> bool:
    """Whether ``element`` is the page's main content (``<main>``, ``role="main"``) or holds it."""
    return element in layout.path
