"""The page's own layout is no other block (session 20, issue 16).

The date and byline rules leave out the blocks of other stories and the site's furniture by the words of their
class names ("related", "teaser", "nav", "comment"). Some templates name the wrapper of the whole page after the
navigation it sits beside (``<div class="page-wrapper left-navigation_page-wrapper">`` around the page's
``<main>``), or mark the ``<main>`` itself for a script (``<main class="... js_navContinua">``): the story's own
text, its date line and its ``<time>`` were left out with them.  An element that is the page's ``<main>`` or holds
it is the page, never another block.
"""

from __future__ import annotations

import lxml.html


def holds_main(element: lxml.html.HtmlElement) -> bool:
    """Whether ``element`` is the page's main content (``<main>``, ``role="main"``) or holds it."""
    if element.tag == "main" or element.get("role") == "main":
        return True
    return bool(element.xpath(".//main[1] | .//*[@role='main'][1]"))
