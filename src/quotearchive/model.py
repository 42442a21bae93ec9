"""The records that flow along the pipeline: Document -> Article -> Quote.

Every stage is a pure function of these records, so the same code runs in the
CLI, in worker processes, in tests and (see docs/scaling.md) on a cluster.

The identity rules (``Article.content_hash``, ``statement_key``,
``speaker_key``) live here, beside the records, rather than in a stage:
extraction fills a quote's keys with them, and the archive must recognise rows
it already holds by the same rules (a shard's speakers when shards are merged,
the rows of an older database gaining a key column) without importing
extraction.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from itertools import islice
from functools import lru_cache
from typing import Any


@dataclass
class Document:
    """One article's raw input, as a reader found it, before any cleaning.

    ``source`` names where it came from (a file path, or ``path#N`` for a
    record inside a multi-article file); it is the article's identity, so
    re-ingesting the same source updates the same article.  Exactly one of
    ``text`` or ``html`` is set.  ``meta`` carries what the container format
    itself says (a Reuters <DATE>, a crawler's ``url`` field), which beats
    anything guessed from the text.  ``rejected`` instead says why a record of
    a multi-record file cannot be read at all (a JSON Lines line that is not
    UTF-8): parsing it raises ``RejectedInput``, so it is reported as that
    record, ``path#LINE``, and the file's other records go on.
    """

    source: str
    text: str | None = None
    html: str | bytes | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    rejected: str | None = None


@dataclass
class Quote:
    """A direct quotation: a span of the article body inside quote marks.

    ``start``/``end`` are character offsets into ``Article.body`` and
    ``body[start:end] == text`` always holds.  ``speaker`` is the fullest
    name the article gives for who said it (``None`` when the text does not
    say: never a guess); ``speaker_as_written`` is the mention next to the
    quote ("the Russian leader", "he"); ``speaker_role`` the role the article
    gives ("Russian President").

    The fields after ``context`` are what later stages decide about the
    quote (``pipeline.parse_document`` fills them; the archive stores them
    as they are): ``cue_stance`` the reporting verb's stance class
    ("claimed" -> "distancing", ``cues.cue_class``), ``topics`` the topic
    slugs of the quote and its sentence, ``statement_key`` the identity of
    its words (``statement_key``), ``speaker_key`` the identity of the
    speaker's name (``speaker_key``; ``None`` without a speaker).
    """

    start: int
    end: int
    text: str
    kind: str = "full"  # full | partial
    cue: str | None = None  # said, added, told, ...
    speaker: str | None = None
    speaker_type: str | None = None  # person | organisation | unnamed | document | description (lexicon/sources.py)
    speaker_role: str | None = None
    speaker_as_written: str | None = None
    context: str | None = None  # the sentence(s) holding the quote
    cue_stance: str | None = None  # neutral | emphatic | distancing | ... | other
    topics: list[str] = field(default_factory=list)  # topic slugs
    statement_key: str | None = None
    speaker_key: str | None = None
    # The calibrated chance the speaker is right (0-1; 0 without a speaker), and
    # the evidence it was looked up by ("trailing:name": rule and mention kind).
    speaker_confidence: float = 0.0
    speaker_evidence: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# The metadata fields whose origin an article records (``Article.provenance``).
METADATA_FIELDS = ("url", "title", "outlet", "published", "modified", "dateline", "byline", "language", "section")
# Where a value can come from, least to most trusted: the article's text, a saved
# page's metadata markup, the file format's own fields (a Reuters <DATE>, a
# crawler's "url"), the user's manifest row, an ingest option (--outlet).
ORIGINS = ("text", "page", "record", "manifest", "option")
SUPPLIED_ORIGINS = frozenset({"manifest", "option"})
# A body this long is one story whatever headline its outlet runs it under: a
# story saved again as "Opinion | ..." or with its title re-edited is a copy, not
# a new article (USERS.md, duplicates).  Only within one outlet (or none): a wire
# story reprinted by several outlets stays an article of each, so "reported by
# how many outlets" still counts them.  A shorter body (a caption, a one-line
# brief) may stand under different stories, so it is a copy only with its title.
REPRINT_MIN_WORDS = 100


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
    # Where the text gives no date of its own, the latest date of what it embeds
    # (a tweet, a linked story): the article is no older, but its date is unknown.
    published_not_before: str | None = None
    modified: str | None = None
    dateline: str | None = None
    byline: str | None = None
    language: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)  # topic slugs
    # Where each metadata value came from: field name -> one of ORIGINS.
    provenance: dict[str, str] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """Hash of what we stored, so an unchanged re-ingest is detectable.

        Values the user supplied (a manifest, ``--outlet``) count too, so a
        re-run with a corrected manifest updates the article; an article
        without them hashes as it always did, so older archives match.
        """
        supplied = sorted((name, str(getattr(self, name))) for name, origin in self.provenance.items() if origin in SUPPLIED_ORIGINS)
        extra = "\x00" + repr(supplied) if supplied else ""
        return sha256_text(self.body + "\x00" + (self.title or "") + extra)

    @property
    def reprint_key(self) -> str | None:
        """Hash of the outlet and the body, by which the outlet's story under another headline is known."""
        return reprint_key_of(self.body, self.outlet)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class RejectedInput(ValueError):
    """An input that cannot become an article; the message is one line."""


class NotAnArticle(RejectedInput):
    """A file that is not news at all (a list of names, source code): skipped, not an error."""


def reprint_key_of(body: str | None, outlet: str | None) -> str | None:
    """SHA-256 of the outlet and a body of ``REPRINT_MIN_WORDS`` words or more; None for a shorter body."""
    # (Split no further than the words counted: the same test as ``len(body.split())``.)
    if not body or len(body.split(None, REPRINT_MIN_WORDS - 1)) < REPRINT_MIN_WORDS:
        return None
    return sha256_text((outlet or "") + "\x00" + body)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


WORD_RE = re.compile(r"\w+")
# Titles that do not distinguish one person from another in a speaker key.
HONORIFICS_RE = re.compile(r"^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof|professor)\.?\s+", re.I)


def statement_key(text: str) -> str:
    """The same words in any case, punctuation or quote marks give the same key,
    so one statement reprinted by twenty outlets can be found as one."""
    words = WORD_RE.findall(text.casefold())
    return hashlib.blake2b(" ".join(words).encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


# A span in double quote marks inside a reported clause; the class stops at the
# next mark, so each try ends there (linear).
QUOTED_IN_CLAUSE_RE = re.compile(r"[\"“„«]([^\"“”„«»\n]{1,2000})[\"”»]")
# A quoted phrase this short inside a clause is a term or a scare quote ("so-called
# "reforms""), not words of the statement: it links nothing ...
LINK_MIN_WORDS = 3
# ... unless it is a noun phrase with "a"/"an", the speaker's verdict ('opposed it as "a
# disgrace"', 'called it "an outrage"'), which no term is written as.
VERDICT_RE = re.compile(r"\s*an?\s+\S+\s*$", re.I)
# Reported speech shorter than this has no statement key (a target, an infinitive).
KEYED_MIN_WORDS = 3


def has_words(text: str, n: int) -> bool:
    """``len(WORD_RE.findall(text)) >= n``, reading ``text`` only as far as its ``n``-th word
    (a reported clause runs to dozens of words; two or three decide)."""
    return n <= 0 or next(islice(WORD_RE.finditer(text), n - 1, None), None) is not None


def statement_key_of(text: str, kind: str | None = "full") -> str | None:
    """The statement a record reports: for a quote, its words (``statement_key``);
    for reported speech (kind "indirect") carrying a partial quotation of a few
    words, the quotation's words, so the clause and the partial quote stored
    beside it ('He said the plan was "dead in the water"') are one statement;
    none for reported speech of one or two words ("declined [to comment]",
    "criticized [Cruz]"): an act's target, not words that twenty articles
    reprint as one statement (the repeated-statements page would list them first).
    A function of the row alone, so an older database's rows get the same keys."""
    if kind == "indirect":
        if not has_words(text, KEYED_MIN_WORDS):
            return None
        inner = [m.group(1) for m in QUOTED_IN_CLAUSE_RE.finditer(text)
                 if has_words(m.group(1), LINK_MIN_WORDS) or VERDICT_RE.fullmatch(m.group(1))]
        if inner:
            return statement_key(max(inner, key=len))
    return statement_key(text)


@lru_cache(maxsize=65536)  # a batch names the same speakers over and over
def speaker_key(name: str) -> str:
    """The identity of a speaker name: case, spacing and honorifics ignored."""
    key = " ".join(name.split()).strip(" ,.")
    while HONORIFICS_RE.match(key):
        key = HONORIFICS_RE.sub("", key, count=1)
    return key.casefold()
