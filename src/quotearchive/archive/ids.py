"""The archive's ids: a hash of what identifies the row; an article's and a quote's begin
with its date (YYYYMMDD), so that id order is date order.

The same on every run and machine (shards merged later give the same ids), so a
permalink outlives a re-ingest.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from ..model import Article, speaker_key
from .schema import ID_DATE_FACTOR


def hash_int(*parts: str, modulo: int = ID_DATE_FACTOR) -> int:
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % modulo


def date_prefix(published: str | None) -> int:
    """YYYYMMDD of an ISO date; MMDD for a date without a year; 0 for none."""
    if not published:
        return 0
    if published.startswith("--"):
        digits = published[2:7].replace("-", "")
    else:
        digits = published[:10].replace("-", "")
    return int(digits) if digits.isdigit() else 0


def article_id(article: Article) -> int:
    return date_prefix(article.published) * ID_DATE_FACTOR + hash_int(article.source)


@lru_cache(maxsize=65536)  # a batch names the same speakers over and over
def speaker_key_id(key: str) -> int:
    """The id of the speaker row for a speaker key (``Quote.speaker_key``)."""
    return hash_int(key, modulo=10**15)


def speaker_id(name: str) -> int:
    """The id of the speaker row for a name, keyed by ``model.speaker_key``."""
    return speaker_key_id(speaker_key(name))
