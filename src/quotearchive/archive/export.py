"""Export quotes for research: CSV, JSON Lines or Parquet, filtered, every row.

CSV cells that a spreadsheet would run as a formula (starting with =, +, -,
@, tab or carriage return) are prefixed with an apostrophe, as OWASP
recommends for CSV injection; ``formula_safe=False`` writes them verbatim.
"""

from __future__ import annotations

import csv
import datetime
import difflib
import json
import os
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

import sqlite_utils

from .schema import NO_VALUE

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# An exported row's columns, in order, and where each is read from: the CSV
# header and the SELECT are both built from this list, so they cannot drift.
EXPORT_SOURCES = (
    ("id", "quotes.id"), ("text", "quotes.text"), ("speaker_id", "quotes.speaker_id"), ("speaker", "speakers.name"), ("speaker_type", "quotes.speaker_type"),
    ("speaker_role", "quotes.speaker_role"), ("speaker_as_written", "quotes.speaker_as_written"), ("cue", "quotes.cue"),
    ("cue_class", "quotes.cue_class"), ("kind", "quotes.kind"), ("published", "quotes.published"),
    ("outlet", "quotes.outlet"), ("article_id", "quotes.article_id"), ("article_title", "articles.title"),
    ("article_url", "articles.url"), ("article_source", "articles.source"), ("topics", "quotes.topics"),
    ("start", "quotes.start"), ("end", 'quotes."end"'), ("context", "quotes.context"),
    ("statement_key", "quotes.statement_key"), ("speaker_confidence", "quotes.speaker_confidence"),
)
EXPORT_COLUMNS = tuple(name for name, _ in EXPORT_SOURCES)
# Parquet's column types (the rest are strings): numbers stay numbers, topics a list.
PARQUET_INTEGERS = frozenset({"id", "speaker_id", "article_id", "start", "end"})
PARQUET_FLOATS = frozenset({"speaker_confidence"})
PARQUET_LISTS = frozenset({"topics"})
# Rows per Parquet row group: memory stays flat for an export of any size.
PARQUET_ROWS_PER_GROUP = 50_000


def _select_item(name: str, source: str) -> str:
    # An alias only where the name differs: a search's conditions may name columns.
    return source if source.rpartition(".")[2].strip('"') == name else f"{source} as {name}"


EXPORT_SELECT = "\nselect " + ", ".join(_select_item(name, source) for name, source in EXPORT_SOURCES) + "\n"
EXPORT_FROM = """
from quotes
  join articles on articles.id = quotes.article_id
  left join speakers on speakers.id = quotes.speaker_id
where {where}
order by quotes.id
"""


# --since/--until: a year, a month or a day, as the site's date range reads them.
DATE_FILTER_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
SUGGESTIONS = 3


@dataclass(frozen=True)
class BadFilter(ValueError):
    """A filter value that would silently match nothing: which option, and why (one line)."""

    option: str
    message: str

    def __str__(self) -> str:
        return self.message


def filter_date(value: str, option: str, end: bool = False) -> str:
    """``value`` (2017, 2017-06 or 2017-06-01) as the first or, ``end``, last day it covers.

    BadFilter for anything else ("yesterday", "1987-13-45"): comparing such a
    string with stored dates would match an arbitrary set, or none.
    """
    m = DATE_FILTER_RE.fullmatch(value.strip())
    try:
        if not m:
            raise ValueError
        year, month, day = int(m.group(1)), int(m.group(2) or (12 if end else 1)), m.group(3)
        if day is None:
            first_of_next = datetime.date(year + month // 12, month % 12 + 1, 1) if end else None
            date = first_of_next - datetime.timedelta(days=1) if first_of_next else datetime.date(year, month, 1)
            datetime.date(year, month, 1)  # the month itself must exist
        else:
            date = datetime.date(year, month, int(day))
    except (ValueError, OverflowError):
        raise BadFilter(option, f"{value!r} is not a date: give a year, a month or a day (2017, 2017-06, 2017-06-01)") from None
    return date.isoformat()


def check_names(db: sqlite_utils.Database, *, speaker: str | None = None, topic: str | None = None) -> None:
    """BadFilter naming the nearest known names when ``speaker`` or ``topic`` is in no row."""
    if speaker and not db.execute("select 1 from speakers where name = ? collate nocase limit 1", [speaker]).fetchone():
        names = {row[0].casefold(): row[0] for row in db.execute("select name from speakers where name is not null")}
        raise BadFilter("--speaker", f"no speaker is named {speaker!r}{_nearest(speaker, names)}")
    if topic and not db.execute(
        "select 1 from topics where slug = ? or name = ? collate nocase limit 1", [topic, topic]
    ).fetchone():
        # A slug or a name may be nearest; either way the topic is suggested by its name.
        names = {key.casefold(): name for slug, name in db.execute("select slug, name from topics") for key in (slug, name)}
        raise BadFilter("--topic", f"no topic is named {topic!r}{_nearest(topic, names)}")


def _nearest(wanted: str, names: dict[str, str]) -> str:
    """"; did you mean 'A' or 'B'?": ``names`` maps a case-folded key to the name shown for it."""
    close = difflib.get_close_matches(wanted.casefold(), list(names), n=SUGGESTIONS * 2, cutoff=0.6)
    quoted = list(dict.fromkeys(repr(names[c]) for c in close))[:SUGGESTIONS]
    if not quoted:
        return ""
    return "; did you mean " + (", ".join(quoted[:-1]) + " or " if len(quoted) > 1 else "") + quoted[-1] + "?"


def iter_quotes(
    db: sqlite_utils.Database,
    *,
    speaker: str | None = None,
    topic: str | None = None,
    since: str | None = None,
    until: str | None = None,
    kinds: tuple[str, ...] = (),
    source_types: tuple[str, ...] = (),
    stances: tuple[str, ...] = (),
    min_confidence: float | None = None,
    sample: int | None = None,
    seed: int = 0,
) -> Iterator[dict[str, Any]]:
    """Quotes with their speaker and article, oldest first, streamed from SQLite.

    ``speaker`` matches the speaker's name (case-insensitive); ``topic`` a
    topic slug or name; ``since``/``until`` a year, month or day, inclusive.
    A date that is not one, or a name no row has, raises BadFilter at the
    call, before any row is read (``check_names``, ``filter_date``): not a
    generator, so the check is not deferred to the first row.
    ``kinds`` keeps those kinds (full, partial: in quote marks; indirect:
    reported speech); none given, every kind.  ``source_types`` and ``stances``
    keep quotes whose speaker is of those types (person, unnamed, ...) and whose
    reporting verb has those stances (neutral, distancing, ...); ``NO_VALUE``
    ("none") among them keeps the quotes with no speaker, or no reporting verb;
    ``min_confidence`` those whose speaker_confidence reaches it.
    ``sample`` picks that many of the matching quotes at random, the same
    ones for the same ``seed`` and database (a reproducible coding sample).
    """
    since = filter_date(since, "--since") if since else None
    until = filter_date(until, "--until", end=True) if until else None
    check_names(db, speaker=speaker, topic=topic)
    clauses, params = ["1 = 1"], {}
    if speaker:
        clauses.append("speakers.name = :speaker collate nocase")
        params["speaker"] = speaker
    if topic:
        clauses.append(
            "quotes.id in (select quote_id from quote_topics join topics on topics.slug = quote_topics.topic "
            "where topics.slug = :topic or topics.name = :topic collate nocase)"
        )
        params["topic"] = topic
    if since:
        clauses.append("quotes.year is not null and quotes.published >= :since")
        params["since"] = since
    if until:
        clauses.append("quotes.year is not null and substr(quotes.published, 1, 10) <= :until")
        params["until"] = until
    if kinds:
        clauses.append("quotes.kind in (select value from json_each(:kinds))")
        params["kinds"] = json.dumps(list(kinds))
    for values, column in ((source_types, "speaker_type"), (stances, "cue_class")):
        if values:
            # "none": the quotes with no speaker, or no reporting verb (the site's "-" value).
            missing = f" or quotes.{column} is null" if NO_VALUE in values else ""
            clauses.append(f"(quotes.{column} in (select value from json_each(:{column})){missing})")
            params[column] = json.dumps([v for v in values if v != NO_VALUE])
    if min_confidence is not None:
        clauses.append("quotes.speaker_confidence >= :min_confidence")
        params["min_confidence"] = min_confidence
    if sample is not None:
        where = EXPORT_FROM.format(where=" and ".join(clauses))
        ids = [row[0] for row in db.execute("select quotes.id" + where, params)]
        chosen = random.Random(seed).sample(ids, min(sample, len(ids)))
        clauses = ["quotes.id in (select value from json_each(:chosen))"]
        params = {"chosen": json.dumps(chosen)}
    cursor = db.execute(EXPORT_SELECT + EXPORT_FROM.format(where=" and ".join(clauses)), params)
    return _dicts(cursor)


def _dicts(cursor) -> Iterator[dict[str, Any]]:
    columns = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(columns, row))


def neutralise_formula(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def write_csv(rows: Iterator[dict[str, Any]], out: IO[str], formula_safe: bool = True) -> int:
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    count = 0
    for row in rows:
        values = [row.get(c) for c in EXPORT_COLUMNS]
        writer.writerow([neutralise_formula(v) for v in values] if formula_safe else values)
        count += 1
    return count


def with_topic_list(row: dict[str, Any]) -> dict[str, Any]:
    """The row with ``topics`` as a list, as JSON Lines and Parquet write it (the table stores JSON text)."""
    row["topics"] = json.loads(row["topics"] or "[]")
    return row


def write_jsonl(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for row in map(with_topic_list, rows):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


class ParquetUnavailable(RuntimeError):
    """pyarrow, which writes Parquet, is not installed (the ``export`` extra)."""


def write_parquet(rows: Iterator[dict[str, Any]], path: str) -> int:
    """The rows as a Parquet file at ``path``, the export's columns typed
    (``PARQUET_*``), written whole or not at all: a temporary file beside it
    is renamed over it at the end, so a failed export leaves no half file."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ParquetUnavailable("Parquet needs pyarrow: pip install 'quotearchive[export]'") from None
    schema = pa.schema([
        (name, pa.int64() if name in PARQUET_INTEGERS else pa.float64() if name in PARQUET_FLOATS
         else pa.list_(pa.string()) if name in PARQUET_LISTS else pa.string())
        for name in EXPORT_COLUMNS
    ])
    partial = f"{path}.partial"
    count = 0
    try:
        with pq.ParquetWriter(partial, schema, compression="zstd") as writer:
            batch: list[dict[str, Any]] = []
            for row in map(with_topic_list, rows):
                batch.append(row)
                if len(batch) == PARQUET_ROWS_PER_GROUP:
                    writer.write_table(pa.Table.from_pylist(batch, schema))
                    count, batch = count + len(batch), []
            if batch or not count:
                writer.write_table(pa.Table.from_pylist(batch, schema))
                count += len(batch)
        os.replace(partial, path)
    finally:
        if os.path.exists(partial):
            os.remove(partial)
    return count
