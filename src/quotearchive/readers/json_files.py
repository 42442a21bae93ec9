"""Articles saved as JSON files (news-please, webz.io and most scrapers' exports): one article a file, or a list of them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..model import Document, NotAnArticle, RejectedInput
from .jsonl import record_content, record_document
from .registry import register

# Where exports put their list of articles when the file is an object
# (NewsAPI's "articles", feeds' "items", APIs' "data"/"results").
LIST_KEYS = ("articles", "items", "data", "results", "posts", "docs")


@register(".json", takes_bytes=True, records=True)
def read_json_file(path: Path, data: bytes | None = None) -> Iterator[Document]:
    """An article saved as a JSON object (news-please, webz.io), its fields read as a JSON Lines record's, `source` = `path`; or a list of them (at the top, or under "articles", "items", "data"...), each named as a JSON Lines record is. A JSON file with no article text (a settings or labels file) is passed over.

    Decoded as JSON says (UTF-8, or UTF-16/32 with their marks).  In a list, an
    object without text is one rejected record, ``path#N`` (its place).
    """
    data = path.read_bytes() if data is None else data
    if not data.strip():
        raise RejectedInput("empty file")
    try:
        content = json.loads(data)
    except UnicodeDecodeError as error:
        raise RejectedInput(f"not UTF-8 JSON (byte 0x{error.object[error.start]:02x} at byte {error.start + 1})") from None
    except json.JSONDecodeError as error:
        raise RejectedInput(f"not JSON ({error.msg}, line {error.lineno} column {error.colno})") from None
    records = _listed(content)
    if records is None:
        if not _has_text(content):
            raise NotAnArticle("a JSON file with no article text")
        yield record_document(content, path, source=str(path))
        return
    if not any(_has_text(record) for record in records):
        raise NotAnArticle("a JSON list with no article text")
    for number, record in enumerate(records, 1):
        if not isinstance(record, dict):
            yield Document(source=f"{path}#{number}", rejected="not a JSON object")
            continue
        try:
            yield record_document(record, path)
        except ValueError as error:
            yield Document(source=f"{path}#{number}", rejected=str(error))


def _listed(content: Any) -> list | None:
    """The file's list of records, or None for a file of one."""
    if isinstance(content, list):
        return content
    if isinstance(content, dict) and not _has_text(content):
        for key in LIST_KEYS:
            if isinstance(content.get(key), list):
                return content[key]
    return None


def _has_text(record: Any) -> bool:
    return isinstance(record, dict) and record_content(record) is not None
