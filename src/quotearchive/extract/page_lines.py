"""The plain lines after a page's headline, with the prose read so far (issue 16, session 19).

Two byline rules read the same lines: the unmarked "By" line over the story (:func:`.page_byline.prefixed_byline`,
read before the second paragraph of prose) and the writer's signature under it
(:func:`.page_signature.foot_signature`, read after the prose).  Both walk the elements after the first ``<h1>``
that a plain CMS writes a line in and count the paragraphs of prose passed; the walk and what a line is live here
once, so the two cannot drift apart on where the story starts or what prose is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

import lxml.html

from .page_strings import collapse_space

# Elements a plain CMS writes the "By" line in, under the headline, with no class to mark it.
PLAIN_LINE_TAGS = frozenset(["p", "div", "span", "em", "i", "strong", "b", "small", "address"])
PREFIXED_BYLINE_MAX_CHARS = 60
# A byline stands above the story: once two paragraphs of prose have passed (one may be a
# standfirst over the byline), a "By ..." line is a subhead ("By The Numbers"), a quotation or a caption.
PROSE_PARAGRAPH_CHARS = 150
# Words of a phrase, not of a name ("By The Numbers", "By Order Of The Court").
PHRASE_WORD_RE = re.compile(r"\b(?:The|A|An|Of|And|Or|For|To|In|On|With|At|Our|Your|This|That)\b")
# Only the words that say "by" ("From Kabul to Kyiv" is a heading, "Posted in" furniture).
PLAIN_BY_RE = re.compile(r"^(?:by|von|par|por|door|av|af|di|przez)\s+(?=\S)", re.IGNORECASE)


class PlainLine(NamedTuple):
    """An element after the headline a plain line may be written in."""

    element: lxml.html.HtmlElement
    # A paragraph's text length (0 for other tags: a wrapper's text is its paragraphs', counted there).
    paragraph_chars: int
    # Paragraphs of prose passed so far, this one included.
    prose: int


def plain_lines(tree: lxml.html.HtmlElement) -> Iterator[PlainLine]:
    """Every element after the first ``<h1>`` whose tag a plain line is written in, in document order, each with
    its paragraph's length and the paragraphs of prose (longer than :data:`PROSE_PARAGRAPH_CHARS`) up to it."""
    seen_headline, prose = False, 0
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else ""  # a comment's tag is a function
        if tag == "h1":
            seen_headline = True
        if not seen_headline or tag not in PLAIN_LINE_TAGS:
            continue
        size = len(element.text_content().strip()) if tag == "p" else 0
        if size > PROSE_PARAGRAPH_CHARS:
            prose += 1
        yield PlainLine(element, size, prose)


def _first_line(element: lxml.html.HtmlElement) -> str:
    """An element's text up to its first ``<br>`` ("By JANA ROE<br>AP Entertainment Writer": the role on a line of
    its own, which text_content would glue to the name)."""
    parts: list[str] = []

    def walk(node: lxml.html.HtmlElement) -> bool:  # False once a <br> is met
        parts.append(node.text or "")
        for child in node:
            if child.tag == "br":
                return False
            if isinstance(child.tag, str) and not walk(child):  # a comment's text is no line's
                return False
            parts.append(child.tail or "")
        return True

    walk(element)
    return collapse_space("".join(parts).replace("\xa0", " "))
