"""Web pages saved by a browser as one file (MHTML: Chrome's and Edge's "Webpage, Single File")."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

from ..model import Document, RejectedInput
from .registry import register

PAGE_TYPES = ("text/html", "application/xhtml+xml")


@register(".mhtml", ".mht", takes_bytes=True)
def read_mhtml_file(path: Path, data: bytes | None = None) -> Iterator[Document]:
    """A web page saved as one file (MHTML): its HTML part, read as a saved page is, its address kept; the images and styles saved with it are passed over.

    The page is the first HTML part (the others are frames inside it); its
    address is the snapshot's (``Snapshot-Content-Location``, Chrome's), else
    the part's ``Content-Location``.  The file's ``Date`` is when the page
    was saved, not published, and is not used.
    """
    if data is None:
        data = path.read_bytes()
    if not data.strip():
        raise RejectedInput("empty file")
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if not message.is_multipart() and message.get_content_type() not in PAGE_TYPES:
        raise RejectedInput("not an MHTML file (no MIME parts)")
    page = next((part for part in message.walk() if part.get_content_type() in PAGE_TYPES), None)
    if page is None:
        raise RejectedInput("no HTML part in the MHTML file")
    html = page.get_payload(decode=True)
    if not isinstance(html, bytes) or not html.strip():
        raise RejectedInput("the MHTML file's HTML part is empty")
    url = _header(message, "Snapshot-Content-Location") or _header(page, "Content-Location")
    meta = {"url": url} if url.startswith(("http://", "https://")) else {}
    yield Document(source=str(path), html=html, meta=meta)


def _header(message: Message, name: str) -> str:
    return str(message.get(name, "")).strip()
