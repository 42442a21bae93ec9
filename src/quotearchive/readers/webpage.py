"""Saved web pages: the bytes go on undecoded, the page's own charset decides."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..model import Document, RejectedInput
from .registry import register


@register(".html", ".htm", ".xhtml", takes_bytes=True)
def read_html_file(path: Path, data: bytes | None = None) -> Iterator[Document]:
    """A saved web page: its bytes, decoded later by ``text.decode.decode_page``, which reads the page's declared charset."""
    if data is None:
        data = path.read_bytes()
    if not data.strip():
        raise RejectedInput("empty file")
    yield Document(source=str(path), html=data)
