"""Plain-text articles: one file, one article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..model import Document, NotAnArticle
from ..text.decode import decode_text
from ..text.entities import decode_references
from ..text.prose import not_an_article
from .registry import register


@register(".txt", ".text", takes_bytes=True)
def read_text_file(path: Path, data: bytes | None = None) -> Iterator[Document]:
    """A plain-text article: the whole file is one article (a list of names or source code is skipped as not one).

    Text saved from web pages keeps their character references (``pr&#233;cis``):
    decoded here, where the format is known (``text.entities``).
    """
    text = decode_text(path.read_bytes() if data is None else data)
    reason = not_an_article(text)
    if reason:
        raise NotAnArticle(reason)
    yield Document(source=str(path), text=decode_references(text))
