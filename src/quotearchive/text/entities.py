"""HTML character references left in plain text by an HTML-to-text conversion.

Corpora scraped from web pages and saved as text (the BBC set) keep the
page's references: ``pr&#233;cis``, ``&#163;8m``, ``&lt;``.  No one writes
``&#233;`` in prose, so in plain text they are decoded; a reference needs its
``;`` (``AT&T``, ``Q&A`` stay as written).

``&#191;`` (an inverted question mark) between two letters, as in
``Blair&#191;s``, is not Spanish: a question opens with ``¿`` after a space.
It is a typographic apostrophe the source's pipeline could not encode
(Windows-1252's 0x92 read as something else and replaced), so it is read as
the apostrophe the corpus uses elsewhere (``Goldsmith's``).
"""

from __future__ import annotations

import re
from html.entities import html5

# Numeric (&#233; &#xE9;) and named (&eacute; &lt;) references, semicolon required.
REFERENCE_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# "Blair¿s", "person¿s": a lost apostrophe between letters.
LOST_APOSTROPHE_RE = re.compile(r"(?<=[^\W\d_])¿(?=[^\W\d_])")


def decode_references(text: str) -> str:
    """``text`` with its HTML character references decoded and lost apostrophes restored."""
    if "&" in text:
        text = REFERENCE_RE.sub(_decode_one, text)
    if "¿" in text:
        text = LOST_APOSTROPHE_RE.sub("'", text)
    return text


def _decode_one(match: re.Match[str]) -> str:
    reference = match.group(0)
    if reference[1] != "#":
        # The whole name with its ";" (html.unescape would read "&notanentity;" as "¬anentity;").
        return html5.get(reference[1:], reference)
    code = int(reference[3:-1], 16) if reference[2] in "xX" else int(reference[2:-1])
    # Control characters and what is no character at all (&#0;, surrogates,
    # past U+10FFFF) are no text: dropped, as the Reuters reader drops its wire framing.
    if code < 32 and chr(code) not in "\n\t" or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF or code == 127:
        return ""
    if 128 <= code <= 159:
        # Pages written in Windows-1252 reference its bytes (&#146; for ’), and browsers read them so.
        return bytes([code]).decode("cp1252", errors="ignore")
    return chr(code)
