"""Step 2 for web pages: decode the bytes, parse the HTML, extract the metadata and the main text.

The door of three steps, each measured on real pages (``make eval-html``, and
docs/html-extraction.md for the figures and the choice of library):

1. **Decode** (``text.decode.decode_page``): byte-order mark, strict UTF-8,
   then the page's declared charset, checked against detection.
2. **Metadata** (``page_metadata``): JSON-LD, meta tags, ``<time>``, byline
   markup, then the visible text.
3. **Main text** (``page_text``): trafilatura's body, block by block, without
   leading headings, furniture and repeated paragraphs.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html
from lxml import etree

from ..model import RejectedInput
from ..text.decode import decode_page
from .page_dates import fallback_date
from .page_metadata import extract_metadata
from .page_text import extract_body

# lxml refuses a str that declares an encoding: the declaration goes, the text is decoded already.
XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
# lxml checks each attribute of an element against the ones before it: a start
# tag of 80,000 attributes took 75 s.  A start tag this long (no page's markup
# has one; a huge data: URI is the likeliest) keeps its name only.
MAX_TAG_CHARS = 65_536
LONG_TAG_RE = re.compile(r"<([A-Za-z][A-Za-z0-9:-]*)[^<>]{%d,}>" % MAX_TAG_CHARS)


def parse_html(data: str | bytes, url: str | None = None) -> dict[str, Any]:
    """``{"body": main text, paragraphs separated by blank lines, **metadata}``.

    Keys match :class:`~quotearchive.model.Article` fields; unknown ones are
    left out.  Raises :class:`RejectedInput` for what cannot be an article
    (binary, empty, no text); never anything else on broken HTML.
    """
    text = decode_page(data) if isinstance(data, bytes) else data
    tree = parse_tree(text)
    meta = extract_metadata(tree, url)
    body = extract_body(tree, title=meta.get("title"))
    if not body:
        raise RejectedInput("no article text in page")
    result = {"body": body, **meta}
    if "published" not in result:
        # The page's data gives no date: what it shows its readers, its address, then htmldate.
        result.update(fallback_date(tree, result.get("url") or url, body, address=url))
    return {key: value for key, value in result.items() if value not in (None, "", [])}


def parse_tree(text: str) -> lxml.html.HtmlElement:
    """An lxml tree of the page; lxml's parser recovers from any broken markup."""
    text = XML_DECLARATION_RE.sub("", text, count=1)
    if len(text) > MAX_TAG_CHARS:
        text = LONG_TAG_RE.sub(r"<\1>", text)
    if not text.strip():
        raise RejectedInput("empty page")
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise RejectedInput(f"unparseable HTML ({error})") from None
