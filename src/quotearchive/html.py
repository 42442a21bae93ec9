"""Step 2 for web pages: decode HTML, extract the main text and the metadata.

PLACEHOLDER: a minimal BeautifulSoup version so the pipeline runs; issue 4
replaces it with a measured main-text extractor behind the same function.
"""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup

from .read import decode_text

DROP_TAGS = ["script", "style", "nav", "header", "footer", "aside", "form", "noscript"]


def parse_html(data: str | bytes, url: str | None = None) -> dict[str, Any]:
    """``{"body": main text, paragraphs separated by blank lines, **metadata}``."""
    text = decode_text(data) if isinstance(data, bytes) else data
    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(DROP_TAGS):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    paragraphs = [" ".join(p.get_text(" ").split()) for p in soup.find_all("p")]
    body = "\n\n".join(p for p in paragraphs if p)
    return {"body": body, "title": title, "url": url}
