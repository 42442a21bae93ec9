"""Export quotes for research: CSV or JSON Lines, filtered, every row.

CSV cells that a spreadsheet would run as a formula (starting with =, +, -,
@, tab or carriage return) are prefixed with an apostrophe, as OWASP
recommends for CSV injection; ``formula_safe=False`` writes them verbatim.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Iterator
from typing import IO, Any

import sqlite_utils

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
    ("statement_key", "quotes.statement_key"),
)
EXPORT_COLUMNS = tuple(name for name, _ in EXPORT_SOURCES)


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


def iter_quotes(
    db: sqlite_utils.Database,
    *,
    speaker: str | None = None,
    topic: str | None = None,
    since: str | None = None,
    until: str | None = None,
    kinds: tuple[str, ...] = (),
    sample: int | None = None,
    seed: int = 0,
) -> Iterator[dict[str, Any]]:
    """Quotes with their speaker and article, oldest first, streamed from SQLite.

    ``speaker`` matches the speaker's name (case-insensitive); ``topic`` a
    topic slug or name; ``since``/``until`` compare ISO dates, inclusive.
    ``kinds`` keeps those kinds (full, partial: in quote marks; indirect:
    reported speech); none given, every kind.  ``sample`` picks that many of the matching quotes at random, the same
    ones for the same ``seed`` and database (a reproducible coding sample).
    """
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
    if sample is not None:
        where = EXPORT_FROM.format(where=" and ".join(clauses))
        ids = [row[0] for row in db.execute("select quotes.id" + where, params)]
        chosen = random.Random(seed).sample(ids, min(sample, len(ids)))
        clauses = ["quotes.id in (select value from json_each(:chosen))"]
        params = {"chosen": json.dumps(chosen)}
    cursor = db.execute(EXPORT_SELECT + EXPORT_FROM.format(where=" and ".join(clauses)), params)
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


def write_jsonl(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for row in rows:
        row["topics"] = json.loads(row["topics"] or "[]")
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count
