"""The records that flow along the pipeline: Document -> Article -> Quote.

Every stage is a pure function of these records, so the same code runs in the
CLI, in worker processes, in tests and (see docs/scaling.md) on a cluster.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Document:
    """One article's raw input, as a reader found it, before any cleaning.

    ``source`` names where it came from (a file path, or ``path#N`` for a
    record inside a multi-article file); it is the article's identity, so
    re-ingesting the same source updates the same article.  Exactly one of
    ``text`` or ``html`` is set.  ``meta`` carries what the container format
    itself says (a Reuters <DATE>, a crawler's ``url`` field), which beats
    anything guessed from the text.
    """

    source: str
    text: str | None = None
    html: str | bytes | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Quote:
    """A direct quotation: a span of the article body inside quote marks.

    ``start``/``end`` are character offsets into ``Article.body`` and
    ``body[start:end] == text`` always holds.  ``speaker`` is the fullest
    name the article gives for who said it (``None`` when the text does not
    say: never a guess); ``speaker_as_written`` is the mention next to the
    quote ("the Russian leader", "he"); ``speaker_role`` the role the article
    gives ("Russian President").
    """

    start: int
    end: int
    text: str
    kind: str = "full"  # full | partial
    cue: str | None = None  # said, added, told, ...
    speaker: str | None = None
    speaker_type: str | None = None  # person | organisation | description
    speaker_role: str | None = None
    speaker_as_written: str | None = None
    context: str | None = None  # the sentence(s) holding the quote

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Article:
    """A cleaned article with its metadata, quotes and topics."""

    source: str
    body: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO 8601, only as precise as the text supports
    published_precision: str | None = None  # datetime | day | month-day | month | year
    modified: str | None = None
    dateline: str | None = None
    byline: str | None = None
    language: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)  # topic slugs

    @property
    def content_hash(self) -> str:
        """Hash of what we stored, so an unchanged re-ingest is detectable."""
        return sha256_text(self.body + "\x00" + (self.title or ""))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class RejectedInput(ValueError):
    """An input that cannot become an article; the message is one line."""


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
