"""A news agency or a desk credited in the page's byline markup (session 18, issue 16), read when nothing names anyone.

Wire copy on a paper's site is signed by the agency in the byline's place: ``<div class="author">Af Ritzau</div>``,
``<span class="byline">By AP</span>``, "Von dpa/AFP".  :mod:`.page_byline` reads the agency from the page's data
(a JSON-LD author typed ``Organization``, an author meta tag), but a visible byline must name a person of two
words at least ("The" alone is a cut headline), so a credit to "Ritzau" or "AP" was lost, and the page had no
byline though it says whose story it is.  The corpus's labels credit an agency so ("AP", "dpa"), fundus's too.

Read here: the marked bylines outside other stories' blocks and pictures' credits (in ``visible_byline_tiers``'
order), the first whose every name is an agency (``page_names.AGENCY_RE``, or ``lexicon.bylines.NEWS_AGENCIES``
written out: "The Canadian Press", "Europa Press"); agencies joined by a slash ("dpa/AFP") are two.  The site's
own name is no credit (reuters.com's "Reuters": the corpus labels the outlet as its own author ``none``).  Asked
last, after the foot signature (:mod:`.page_metadata`).

A desk credited so ("von Redaktion", "By Newsdesk", "Editorial Staff": ``page_byline.DESK_RE`` and "Newsdesk",
capitalised, three words at most) is read the same way: the corpus's labels write a desk credit in the byline's
place as written.  A desk login written lower-case ("redaktion") stays no one (session 17).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import lxml.html

from ..lexicon.bylines import NEWS_AGENCIES
from .page_byline import (
    BYLINE_TAIL_RE, DESK_RE, VISIBLE_BYLINE_MAX_CHARS, _block_of, _byline_text, _is_marked, _is_site_name,
    byline_elements,
)
from .page_names import AGENCY_RE, AUTHOR_SPLIT_RE, BYLINE_PREFIX_RE, _is_name
from .page_strings import alnum_key, collapse_space

# Agencies joined with a slash and no space ("dpa/AFP", "AP/Reuters"), as wire credits write them.
SLASH_RE = re.compile(r"\s*/\s*")
# Several agencies at most in one credit ("dpa, AFP, Reuters"); more parts are a list of something else.
AGENCY_CREDIT_MAX_PARTS = 3
DESK_CREDIT_MAX_WORDS = 3
# A picture's credit: inside a figure, or marked as a picture's.
PICTURE_TAGS = frozenset(["figure", "figcaption", "picture"])
PICTURE_MARK_RE = re.compile(r"photo|image|img|foto|bild|picture|caption|copyright|licen[cs]e", re.IGNORECASE)
# A desk's words: the byline module's, and a news desk written as one word ("von Newsdesk").
DESK_CREDIT_RE = re.compile(DESK_RE.pattern + r"|\bnewsdesk\b", re.IGNORECASE)


def is_agency(name: str) -> bool:
    """"AP", "dpa", "Ritzau", "The Canadian Press": a news agency's name as a credit writes it."""
    name = collapse_space(name).strip(" .,:;()")
    return bool(AGENCY_RE.match(name)) or name.lower() in NEWS_AGENCIES


def agency_credit(text: str) -> list[str]:
    """The agencies a byline's text credits when it credits nothing else ("Af Ritzau" -> ["Ritzau"]), else []."""
    text = BYLINE_PREFIX_RE.sub("", collapse_space(text))
    parts = [p.strip(" .,:;()") for part in AUTHOR_SPLIT_RE.split(text) for p in SLASH_RE.split(part)]
    parts = [p for p in parts if p]
    if not parts or len(parts) > AGENCY_CREDIT_MAX_PARTS or not all(is_agency(p) for p in parts):
        return []
    return list(dict.fromkeys(parts))


def desk_credit(text: str) -> str | None:
    """"von Redaktion" -> "Redaktion", "By Editorial Staff" -> "Editorial Staff"; None for anything else."""
    text = BYLINE_PREFIX_RE.sub("", collapse_space(text)).strip(" .,:;|-–—")
    if len(text.split()) <= DESK_CREDIT_MAX_WORDS and DESK_CREDIT_RE.search(text) and _is_name(text, False):
        return text
    return None


def visible_agency_credit(tree: lxml.html.HtmlElement, sites: Iterable[str] = ()) -> str | None:
    """What the page's first marked byline crediting only agencies, or only a desk, names ("Ritzau", "dpa, AFP",
    "Redaktion"), or None.  The site's own name is none of them."""
    site_keys = {alnum_key(s) for s in sites if s and alnum_key(s)}
    for text in _credit_texts(tree):
        agencies = [a for a in agency_credit(text) if not _is_site_name(a, site_keys)]
        if agencies:
            return ", ".join(agencies)
        desk = desk_credit(text)
        if desk and not _is_site_name(desk, site_keys):
            return desk
    return None


def _credit_texts(tree: lxml.html.HtmlElement) -> list[str]:
    """Texts of marked bylines, as ``visible_byline_tiers`` reads them (outside other stories' blocks, side blocks
    last), less a picture's credit: an agency photographer's credit is marked as its "author" too
    (``<span class="image-author">AFP</span>``, ``<figcaption>... <span class="author">dpa</span>``)."""
    main: list[str] = []
    side: list[str] = []
    for element in byline_elements(tree):
        if not _is_marked(element) or _is_picture_credit(element):
            continue
        where = _block_of(element)
        text = _byline_text(element) if where != "other" else ""
        if text and len(text) <= VISIBLE_BYLINE_MAX_CHARS:
            (main if where == "main" else side).append(BYLINE_TAIL_RE.sub("", text))
    return main + side


def _is_picture_credit(element: lxml.html.HtmlElement) -> bool:
    """A credit inside a figure or a caption, or marked as a picture's ("image-author", "photo-credit author")."""
    if any((node.tag if isinstance(node.tag, str) else "") in PICTURE_TAGS for node in element.iterancestors()):
        return True
    return any(PICTURE_MARK_RE.search(f"{node.get('class', '')} {node.get('id', '')}")
               for node in (element, element.getparent()) if node is not None)
