"""The writer's signature at the story's foot (session 17, issue 16), read when nothing else names anyone.

Church, regional and association papers' CMSs print the writer under the story, not over it: the last line of
the text is "<p><em>Von Jana Roe</em></p>", with no class.  Session 16's unmarked "By" line is read only above
the story (after two paragraphs of prose a "By ..." line is a subhead, a caption or a quotation); a foot
signature is that line *after* the prose with no prose after it: the story ends on it.  Only the words that say
"by", the line's text up to a ``<br>``, no link in it, no phrase words ("By The Numbers"), outside quotations,
captions and other stories' blocks.  Kept apart from :mod:`.page_byline` (over the length limit), whose helpers
it uses; :mod:`.page_metadata` asks it last.
"""

from __future__ import annotations

import lxml.html

from .page_byline import (
    PHRASE_WORD_RE, PLAIN_BY_RE, PLAIN_LINE_TAGS, PREFIXED_BYLINE_MAX_CHARS, PROSE_PARAGRAPH_CHARS, _block_of,
    _first_line,
)
from .page_names import _is_visible_name, _names

# The story's prose before the signature: two paragraphs at least (a page's teaser or a caption is no story).
SIGNATURE_AFTER_PROSE = 2
# A paragraph longer than a byline line after it: the story goes on ("By Popular Demand" was a subhead).
STORY_GOES_ON_CHARS = PREFIXED_BYLINE_MAX_CHARS


def foot_signature(tree: lxml.html.HtmlElement) -> str | None:
    """The names of a "Von Jana Roe" line that ends the story's prose, or None."""
    seen_headline, prose, candidate = False, 0, None
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "h1":
            seen_headline = True
        if not seen_headline or tag not in PLAIN_LINE_TAGS:
            continue
        size = len(element.text_content().strip()) if tag == "p" else 0
        if size > PROSE_PARAGRAPH_CHARS:
            prose += 1
        if size > STORY_GOES_ON_CHARS:
            candidate = None  # the story goes on after the line (a short paragraph too): it was no signature
            continue
        if candidate is not None or prose < SIGNATURE_AFTER_PROSE:
            continue
        text = _first_line(element)
        prefix = PLAIN_BY_RE.match(text) if text and len(text) <= PREFIXED_BYLINE_MAX_CHARS else None
        if prefix is None or PHRASE_WORD_RE.search(text, prefix.end()) or element.find(".//a") is not None:
            continue
        if any((node.tag if isinstance(node.tag, str) else "") in ("blockquote", "figcaption", "figure")
               for node in element.iterancestors()):
            continue
        names = [n for n in _names([text]) if _is_visible_name(n)]
        if names and _block_of(element) == "main":
            candidate = ", ".join(names)
    return candidate
