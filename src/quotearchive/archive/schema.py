"""The database schema, declared once as data.

``shape.ensure_db_shape`` builds tables, foreign keys, indexes and full-text
search from these declarations, ``store`` writes rows through ``Insert``
(the INSERT of a table's declared columns), and ``site`` turns the same
descriptions into Datasette's metadata, so the schema, the writer, the site
and the README cannot drift.

Ids are integers derived from content, so re-ingesting the same files gives
the same ids (stable permalinks), and they sort by publication date:
``id = YYYYMMDD * 10**8 + hash % 10**8``.  Datasette pages through a table
by its primary key, so "newest first" is ``sort_desc: id``, which stays fast
at millions of rows where sorting on a date column does not.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..lexicon.sources import SOURCE_TYPE_LABELS, SOURCE_TYPES
from ..lexicon.verbs import STANCE_LABELS, STANCES

# The kinds of source (speakers.type, quotes.speaker_type), as the lexicon declares them.
SPEAKER_TYPES_DOC = "; ".join(f"{name}: {meaning}" for name, meaning in SOURCE_TYPES.items()) + "."
SPEAKER_TYPES = tuple(SOURCE_TYPES)
CUE_CLASSES = STANCES  # quotes.cue_class: the reporting verb's stance
# What ``export`` calls a missing speaker type or stance (null in the table; "-" on the site).
NO_VALUE = "none"
# Columns of a few fixed values, and how the site names each value in words.
VALUE_LABELS: dict[tuple[str, str], dict[str, str]] = {
    ("quotes", "speaker_type"): SOURCE_TYPE_LABELS,
    ("speakers", "type"): SOURCE_TYPE_LABELS,
    ("quotes", "cue_class"): STANCE_LABELS,
}

# The quotes' columns a search's facets count (site/pages/search.py FACET_COLUMNS and the
# topics), in one narrow index with the id: the facet pass reads its matches from it.
QUOTES_COVERING = ("id", "speaker_id", "outlet", "kind", "year", "topics", "speaker_type", "cue_class")
# Indexes an earlier version declared and this one does not: ``ensure_db_shape`` drops
# them, so an upgraded archive does not keep a second wide copy of its quotes.
RETIRED_INDEXES = ("idx_quotes_id_speaker_id_outlet_kind_year_topics",)

DB_NAME = "quotes"  # the Datasette database name, from data/quotes.db
# 10**8 keeps ids below 2**53 (about 9e15) until the year 9000: JavaScript
# clients read Datasette JSON ids as doubles, and must not round them.
ID_DATE_FACTOR = 10**8


@dataclass(frozen=True)
class Column:
    name: str
    type: type
    description: str


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    pk: str | tuple[str, ...] = "id"
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, other table, other column)
    indexes: tuple[tuple[str, ...], ...] = ()
    unique_indexes: tuple[tuple[str, ...], ...] = ()
    fts: tuple[str, ...] = ()  # columns searched by <name>_fts
    hidden: bool = False
    label_column: str | None = None

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


ARTICLES = Table(
    name="articles",
    description="One row per news article: its metadata and cleaned body text.",
    label_column="title",
    columns=(
        Column("id", int, "Stable id: publication date (YYYYMMDD) then a hash of the source."),
        Column(
            "source",
            str,
            "Where the article came from: its file's path from the folder given to ingest (that folder's name first: "
            "bbc/politics/209.txt), or path#record for multi-article files (Reuters: path#NEWID; JSON Lines: "
            "path#id=ID, path#URL or path#sha256=HASH).",
        ),
        Column("url", str, "The article's canonical URL, where known."),
        Column("title", str, "The headline, or the lede's first sentence where the text has none."),
        Column("outlet", str, "The publishing outlet (TASS, Sputnik, RT, ...): from the text's own cues, the file's record, "
               "a manifest or --outlet (provenance says which)."),
        Column("published", str, "Publication date, ISO 8601, only as precise as the source: --06-15 means 15 June, year unknown."),
        Column("published_precision", str, "How much of the date the source gives: datetime, day, month-day, month, year."),
        Column("year", int, "Year of publication (null when the source gives none)."),
        Column("published_not_before", str, "For an article without a date of its own: the latest date of a post, linked story or photo it embeds, so it was published on or after this day. ISO 8601, only as precise as that date."),
        Column("modified", str, "Last-modified date, ISO 8601, where the page gives one."),
        Column("dateline", str, "The place the story was filed from (MOSCOW, NEW YORK)."),
        Column("byline", str, "The author(s) as credited."),
        Column("language", str, "Language code, where known."),
        Column("section", str, "The site's section or rubric."),
        Column("tags", str, "The article's own tag list, a JSON array."),
        Column("body", str, "The article text without site furniture; quote offsets point into it."),
        Column("quote_count", int, "Number of quotations and reported statements found in the article (rows in quotes, every kind)."),
        Column("content_hash", str, "SHA-256 of title and body, to tell an edited article from an unchanged one."),
        Column("reprint_key", str, "A hash of the outlet and the body, for bodies of 100 words or more: the same outlet's story under another headline (a title re-edited, an opinion label added) is stored once."),
        Column(
            "provenance",
            str,
            'Where each metadata value came from, a JSON object such as {"title": "text", "outlet": "option"}: '
            "text (the article's own words), page (a saved page's metadata markup), record (the file format's "
            "own fields: a Reuters <DATE>, a crawler's url), manifest (ingest --manifest), option (ingest --outlet).",
        ),
    ),
    indexes=(("outlet",), ("year",), ("published",), ("published_not_before",), ("content_hash",), ("reprint_key",)),
    unique_indexes=(("source",),),
    fts=("title", "body"),
)

SPEAKERS = Table(
    name="speakers",
    description="People, organisations and described sources quoted in the articles; one row per canonical name.",
    label_column="name",
    columns=(
        Column("id", int, "Stable id: a hash of the normalised name."),
        Column("name", str, "The fullest name the articles give."),
        Column("type", str, SPEAKER_TYPES_DOC),
        Column("surname", str, "A person's last name, lower case: resolves surname-only mentions across articles."),
        Column("roles", str, "Roles as written next to the name (\"Russian President\"), a JSON array."),
        Column("quote_count", int, "Number of quotes and reported statements attributed to this speaker."),
        Column("article_count", int, "Number of articles quoting this speaker."),
        Column("first_seen", str, "Earliest publication date (with a year) of a quote by this speaker."),
        Column("last_seen", str, "Latest publication date (with a year) of a quote by this speaker."),
    ),
    indexes=(("quote_count",), ("surname",)),
    fts=("name", "roles"),
)

TOPICS = Table(
    name="topics",
    description="The topic taxonomy (quotearchive/lexicon/topics.json): IPTC Media Topics and narrower topics under them; edit it and re-ingest.",
    pk="slug",
    label_column="name",
    columns=(
        Column("slug", str, "Short stable identifier, used in URLs."),
        Column("name", str, "Topic name."),
        Column("description", str, "What the topic covers."),
        Column("code", str, "IPTC Media Topics code (medtop:15000000 is sport); empty for the archive's own topics."),
        Column("parent", str, "Slug of the broader topic (an IPTC top-level subject); empty for a top-level subject."),
        Column("quote_count", int, "Number of quotes on this topic."),
        Column("article_count", int, "Number of articles on this topic."),
    ),
)

QUOTES = Table(
    name="quotes",
    description="One row per quotation or reported statement found in an article (kind: full, partial, indirect), "
    "with who said it, where and when.",
    label_column="text",
    columns=(
        Column("id", int, "Stable id: publication date (YYYYMMDD) then a hash of article and quote; sorts newest first."),
        Column("text", str, "The words inside the quote marks, verbatim; for reported speech (kind indirect), the reported clause."),
        Column("speaker_id", int, "Who said it (links to speakers); empty when the article does not say."),
        Column("speaker_as_written", str, "How the article refers to the speaker next to the quote (\"the Russian leader\", \"he\")."),
        Column("speaker_role", str, "The speaker's role as written in this article."),
        Column("speaker_type", str, SPEAKER_TYPES_DOC),
        Column("cue", str, "The reporting verb: said, added, told, stressed, claimed..."),
        Column("cue_class", str, "The reporting verb's stance: neutral (said), emphatic (warned), distancing (claimed), concessive (admitted), critical (accused), approving (praised), question (asked), humorous (joked), thought (believes, hopes, wants: reported speech only), other."),
        Column("kind", str, "full (a whole statement in quote marks), partial (a phrase quoted inside the reporter's sentence) or indirect (reported speech, no quote marks: \"the minister said the plan would be dropped\")."),
        Column("article_id", int, "The article it appears in (links to articles)."),
        Column("outlet", str, "The publishing outlet, copied from the article for fast faceting."),
        Column("published", str, "Publication date of the article, ISO 8601 (see articles.published)."),
        Column("year", int, "Year of publication, for faceting."),
        Column("month", str, "Year and month, YYYY-MM, for faceting."),
        Column("topics", str, "Topic slugs, a JSON array (a copy of quote_topics)."),
        Column("start", int, "Offset of the quote's first character in the article body."),
        Column("end", int, "Offset just past the quote's last character: body[start:end] is the text."),
        Column("context", str, "The sentence(s) holding the quote, for reading it in context."),
        Column("statement_key", str, "A hash of the quote's words (case and punctuation ignored): the same statement reported in several articles shares it."),
        Column("speaker_confidence", float, "How likely the speaker is right, 0-1: the share of right speakers measured for the same kind of evidence (rule and mention) on hand-checked news; 0 without a speaker. Below 0.8 the site says \"attribution uncertain\"."),
    ),
    foreign_keys=(("speaker_id", "speakers", "id"), ("article_id", "articles", "id")),
    indexes=(
        ("statement_key",), ("cue_class",), ("speaker_id",), ("article_id",), ("outlet",), ("year",), ("month",), ("kind",), ("cue",),
        ("speaker_confidence",), ("speaker_type",),
        # Covering: a search's facet pass reads its matches' facet columns here,
        # not from the wide rows (site/facets.py COVERING; figures: docs/scaling.md).
        QUOTES_COVERING,
    ),
    fts=("text",),
)

QUOTE_TOPICS = Table(
    name="quote_topics",
    description="Which quotes are on which topics (many-to-many).",
    pk=("quote_id", "topic"),
    columns=(
        Column("quote_id", int, "The quote."),
        Column("topic", str, "The topic's slug."),
    ),
    foreign_keys=(("quote_id", "quotes", "id"), ("topic", "topics", "slug")),
    indexes=(("topic", "quote_id"),),
)

ARTICLE_TOPICS = Table(
    name="article_topics",
    description="Which articles are on which topics (many-to-many).",
    pk=("article_id", "topic"),
    columns=(
        Column("article_id", int, "The article."),
        Column("topic", str, "The topic's slug."),
    ),
    foreign_keys=(("article_id", "articles", "id"), ("topic", "topics", "slug")),
    indexes=(("topic", "article_id"),),
)

FILES = Table(
    name="files",
    description="Input files already ingested, so a re-run skips unchanged ones cheaply.",
    pk="path",
    hidden=True,
    columns=(
        Column(
            "path",
            str,
            "The input file's path from the folder given to ingest, that folder's name first (as articles.source); "
            "an archive made before 2026-12 may hold absolute paths, renamed as ingest reads each file again.",
        ),
        Column("size", int, "Size in bytes when last ingested."),
        Column("mtime_ns", int, "Modification time (ns) when last ingested."),
        Column("sha256", str, "Content hash when last ingested."),
        Column("articles", int, "Articles stored from the file (one with the same text as an article stored from another file or record is not counted): a re-run that skips the file counts them unchanged."),
        Column("decoding", str, "How surely its text was decoded: utf-8, utf-8 repaired (one broken character), guessed."),
        Column(
            "supplied",
            str,
            "A hash of what the user supplied for the file at ingest (--outlet, its manifest row): when it "
            "changes, the next ingest reads the file again though its bytes did not.",
        ),
    ),
)

MOVED_IDS = Table(
    name="moved_ids",
    description="Permalinks kept when ids change. Ids begin with the article's date, so an article whose date is "
    "supplied or corrected later (a manifest's published) gets new ids for it and its quotes; the old ids are "
    "listed here and the site sends their pages on to the new ones.",
    pk=("table_name", "old_id"),
    hidden=True,
    columns=(
        Column("table_name", str, "articles or quotes."),
        Column("old_id", int, "The id the row had."),
        Column("new_id", int, "The id it has now."),
    ),
)

COPIES = Table(
    name="copies",
    description="Articles not stored because an article from another source has the same text (a reprint, a "
    "page saved twice). When that article's text changes, ingest reads the copy's file again and stores it, "
    "so the text it holds is not lost.",
    pk="source",
    hidden=True,
    indexes=(("original",),),
    columns=(
        Column("source", str, "The copy's source, as articles.source would name it."),
        Column("original", str, "The articles.source of the stored article with the same text."),
        Column("file", str, "The files.path of the file the copy is in."),
    ),
)

TABLES: tuple[Table, ...] = (ARTICLES, SPEAKERS, TOPICS, QUOTES, QUOTE_TOPICS, ARTICLE_TOPICS, FILES, MOVED_IDS, COPIES)
TABLES_BY_NAME = {t.name: t for t in TABLES}

# Full-text search: the stemmed index each table's ``fts`` columns are searched through.
FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"
FTS_COLUMNS: dict[str, tuple[str, ...]] = {t.name: t.fts for t in TABLES if t.fts}
# The exact words: a second, unstemmed index of a quote's text, for a fact-checker's
# "interest rates" that must not find "interest rate".  Contentless (``content=''``):
# it stores only the index, and the text is read from its table.
EXACT_FTS_TOKENIZE = "unicode61 remove_diacritics 0"
EXACT_FTS_COLUMNS: dict[str, tuple[str, ...]] = {"quotes": ("text",)}


def index_name(table: str, columns: tuple[str, ...]) -> str:
    """The name ``create_indexes`` (sqlite-utils) gives the index of ``table`` on ``columns``."""
    return f"idx_{table}_{'_'.join(columns)}"


def exact_fts_name(table: str) -> str:
    return f"{table}_exact_fts"


def fts_indexes(table: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(index name, columns) of every full-text index kept in step with ``table``."""
    found = ((f"{table}_fts", FTS_COLUMNS[table]),) if table in FTS_COLUMNS else ()
    if table in EXACT_FTS_COLUMNS:
        found += ((exact_fts_name(table), EXACT_FTS_COLUMNS[table]),)
    return found


class Insert:
    """The INSERT of every column a table declares, its SQL built once.

    ``values(row)`` orders a row dict's values as the SQL lists the columns,
    so a column added to the schema is written as soon as the rows carry it,
    and a row that lacks one fails (KeyError) instead of storing NULL.
    """

    __slots__ = ("sql", "values")

    def __init__(self, table: Table, verb: str = "insert", suffix: str = ""):
        names = table.column_names
        columns = ", ".join(f'"{name}"' for name in names)
        self.sql = f'{verb} into "{table.name}" ({columns}) values ({", ".join("?" * len(names))}){suffix}'
        get = operator.itemgetter(*names)  # one C call a row
        self.values: Callable[[Mapping[str, Any]], tuple] = get if len(names) > 1 else (lambda row: (get(row),))
