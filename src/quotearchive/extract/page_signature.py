"""The writer's signature at the story's foot (session 17, issue 16), read when nothing else names anyone.

Church, regional and association papers' CMSs print the writer under the story, not over it: the last line of
the text is "<p><em>Von Jana Roe</em></p>", with no class.  Session 16's unmarked "By" line is read only above
the story (after two paragraphs of prose a "By ..." line is a subhead, a caption or a quotation); a foot
signature is that line *after* the prose with no prose after it: the story ends on it.  Only the words that say
"by", the line's text up to a ``<br>``, no link in it, no phrase words ("By The Numbers"), outside quotations,
captions and other stories' blocks.  Kept apart from :mod:`.page_byline` (over the length limit); the walk over
the lines after the headline is :mod:`.page_lines`'s, shared with the unmarked "By" line; :mod:`.page_metadata`
asks it last.
"""

from __future__ import annotations

import re

import lxml.html

from ..lexicon.people import FIRST_NAMES, NON_NAME, ORG_WORDS, PLACE_WORDS
from .page_byline import _block_of
from .page_lines import PHRASE_WORD_RE, PLAIN_BY_RE, PREFIXED_BYLINE_MAX_CHARS, _first_line, plain_lines
from .page_names import _is_visible_name, _names

# The story's prose before the signature: two paragraphs at least (a page's teaser or a caption is no story).
SIGNATURE_AFTER_PROSE = 2
# A paragraph longer than a byline line after it: the story goes on ("By Popular Demand" was a subhead).
STORY_GOES_ON_CHARS = PREFIXED_BYLINE_MAX_CHARS
# A line is an element holding text and inline markup only: one with a block inside is a wrapper, read in its parts.
BLOCK_TAGS = frozenset("p div section article header footer main aside nav ul ol li table figure blockquote "
                       "h1 h2 h3 h4 h5 h6 form dl pre".split())
# A line's elements: "<p><em><strong>Von Jana Roe</strong></em></p>" has three.
LINE_ELEMENTS_MAX = 8
# An initial in a name ("J. Roe", "Jane K. Roe").
INITIAL_RE = re.compile(r"(?:^|\s)[A-Z]\.")
# "Di" written with its capital opens an Italian surname ("Di Maio Luigi", surname first), not only a byline.
SURNAME_OPENING_PREFIXES = frozenset(["Di"])


def foot_signature(tree: lxml.html.HtmlElement) -> str | None:
    """The names of a "Von Jana Roe" line that ends the story's prose, or None."""
    candidate = None
    for element, size, prose in plain_lines(tree):
        if size > STORY_GOES_ON_CHARS:
            candidate = None  # the story goes on after the line (a short paragraph too): it was no signature
            continue
        if candidate is not None or prose < SIGNATURE_AFTER_PROSE or not _may_be_line(element):
            continue
        text = _first_line(element)
        prefix = PLAIN_BY_RE.match(text) if text and len(text) <= PREFIXED_BYLINE_MAX_CHARS else None
        if prefix is None or PHRASE_WORD_RE.search(text, prefix.end()) or element.find(".//a") is not None:
            continue
        if any((node.tag if isinstance(node.tag, str) else "") in ("blockquote", "figcaption", "figure")
               for node in element.iterancestors()):
            continue
        names = [n for n in _names([text]) if _is_visible_name(n)]
        if names and all(_signs(n, prefix.group().strip()) for n in names) and _block_of(element) == "main":
            candidate = ", ".join(names)
    return candidate


def _may_be_line(element: lxml.html.HtmlElement) -> bool:
    """Whether an element can be a signature's line, by what costs little to see: its own words, if any, open on the
    prefix; no block inside (a wrapper's line is read in its parts); few elements, and text short enough up to a
    ``<br>``, counted only until it is too long.  Asked of every element after the prose, so it never reads a whole
    subtree (deeply nested wrappers after the story)."""
    own = (element.text or "").strip()
    if own and not PLAIN_BY_RE.match(own + " x"):  # " x": "By <b>Jane Roe</b>" holds "By" alone
        return False  # the line opens on its own words, and they are not "By"
    if any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in element):
        return False
    size = 0
    for count, node in enumerate(element.iter()):
        if node.tag == "br":
            break  # the line ends ("Von Jana Roe<br>Pfarrerin in ..."): what follows is not read
        size += len((node.text or "").strip()) + (len((node.tail or "").strip()) if node is not element else 0)
        if size > PREFIXED_BYLINE_MAX_CHARS or count >= LINE_ELEMENTS_MAX:
            return False
    return True


def _signs(name: str, prefix: str) -> bool:
    """Whether "By"/"Von"/"Di" and capitalised words at the foot are a writer signing: the name opens on a known
    first name or holds an initial; else none of its words is one the lexicon knows as no person's ("By Christmas
    Eve", "By Ambulance Service"), and the prefix does not open a surname ("Di Maio Luigi")."""
    words = name.split()
    if words[0] in FIRST_NAMES or INITIAL_RE.search(name):
        return True
    return prefix not in SURNAME_OPENING_PREFIXES and not any(
        w in NON_NAME or w in ORG_WORDS or w in PLACE_WORDS or w.lower() in NON_NAME for w in words)
