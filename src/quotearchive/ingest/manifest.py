"""A manifest: what the user knows about their files, one row a file or article.

A crawler knows each page's URL and date; a researcher knows which outlet a
folder came from.  ``ingest --manifest FILE`` reads a CSV (with a header) or
JSON Lines file of rows, each naming a file by its ``path`` below the folder
given to ingest (``politics/209.txt``) or an article by its ``id`` (its
stored source, ``reut2-000.sgm#5``), with any of ``MANIFEST_FIELDS``.  A
row's values fill or override what the text gives.  A bad row is reported
(file and line) and left out; the others apply.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..text.dates import normalise_date

MANIFEST_FIELDS = ("url", "outlet", "published", "title", "byline", "language")
KEY_FIELDS = ("path", "id")
YEAR_RE = re.compile(r"\d{4}")
MONTH_RE = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")
DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
LANGUAGE_RE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


class ManifestError(ValueError):
    """The manifest file itself cannot be read (missing, not CSV or JSON Lines): one line."""


@dataclass(frozen=True)
class ManifestRow:
    line: int
    values: dict[str, str]  # field -> value, for the MANIFEST_FIELDS the row gives (published as ISO 8601)
    precision: str | None = None  # of ``published``: year, month, day or datetime


@dataclass
class Manifest:
    path: str
    by_path: dict[str, ManifestRow] = field(default_factory=dict)
    by_id: dict[str, ManifestRow] = field(default_factory=dict)
    rows: int = 0  # good rows
    bad_rows: int = 0

    @cached_property
    def ids_digest(self) -> str:
        """A hash of every row by id: which file's records they name is known only
        once it is read, so any change to them is a change for every file."""
        if not self.by_id:
            return ""
        text = repr(sorted((k, sorted(r.values.items())) for k, r in self.by_id.items()))
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()

    def row_for(self, inner_source: str, source: str) -> ManifestRow | None:
        """The row for an article: by its id (its source below the folder, or as
        stored), else by its file's path.  ``inner_source`` is ``politics/209.txt``
        or ``reut2-000.sgm#5``; ``source`` the stored ``bbc/politics/209.txt``."""
        row = self.by_id.get(inner_source) or self.by_id.get(source)
        if row is None and self.by_path:
            row = self.by_path.get(inner_source.partition("#")[0])
        return row


def load_manifest(path: str | Path, on_error: Callable[[str, str], None] | None = None) -> Manifest:
    """Read a manifest; each bad row goes to ``on_error`` as (``FILE:LINE``, reason)."""
    manifest = Manifest(str(path))
    try:
        rows = list(_csv_rows(path) if str(path).lower().endswith(".csv") else _json_rows(path))
    except OSError as error:
        raise ManifestError(f"{path}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise ManifestError(f"{path}: not UTF-8 text") from None
    except csv.Error as error:
        raise ManifestError(f"{path}: not a CSV file: {error}") from None
    for line, raw in rows:
        try:
            key, name, row = _row(line, raw)
        except ValueError as error:
            manifest.bad_rows += 1
            if on_error:
                on_error(f"{path}:{line}", str(error))
            continue
        table = manifest.by_path if key == "path" else manifest.by_id
        if name in table:
            manifest.bad_rows += 1
            if on_error:
                on_error(f"{path}:{line}", f"{key} {name!r} already given on line {table[name].line}")
            continue
        table[name] = row
        manifest.rows += 1
    return manifest


def _csv_rows(path: str | Path) -> Iterator[tuple[int, object]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames is None:
            return
        unknown = [name for name in reader.fieldnames if name not in KEY_FIELDS + MANIFEST_FIELDS]
        if unknown or not any(name in KEY_FIELDS for name in reader.fieldnames):
            raise ManifestError(
                f"{path}:1: the header must name path or id and any of {', '.join(MANIFEST_FIELDS)}"
                + (f" (unknown: {', '.join(unknown)})" if unknown else "")
            )
        for record in reader:
            yield reader.line_num, record


def _json_rows(path: str | Path) -> Iterator[tuple[int, object]]:
    with open(path, encoding="utf-8-sig") as f:
        for line, text in enumerate(f, 1):
            if not text.strip():
                continue
            try:
                yield line, json.loads(text)
            except json.JSONDecodeError as error:
                yield line, ValueError(f"not JSON: {error.msg}")


def _row(line: int, raw: object) -> tuple[str, str, ManifestRow]:
    """(key field, its value, the row), or ValueError saying what is wrong."""
    if isinstance(raw, ValueError):
        raise raw
    if not isinstance(raw, dict):
        raise ValueError("each line must be a JSON object")
    if None in raw:
        raise ValueError("more cells than the header names")
    unknown = sorted(str(k) for k in raw if k not in KEY_FIELDS + MANIFEST_FIELDS)
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r} (known: {', '.join(KEY_FIELDS + MANIFEST_FIELDS)})")
    cells = {k: str(v).strip() for k, v in raw.items() if v is not None and str(v).strip()}
    key = "id" if cells.get("id") else "path" if cells.get("path") else None
    if key is None:
        raise ValueError("needs a path (below the folder given to ingest) or an id")
    name = cells[key]
    if key == "path":
        if name.startswith(("/", "\\")) or ".." in name.split("/"):
            raise ValueError(f"path {name!r} must be relative to the folder given to ingest")
        name = name.removeprefix("./")
    values = {k: cells[k] for k in MANIFEST_FIELDS if k in cells}
    if not values:
        raise ValueError(f"gives none of {', '.join(MANIFEST_FIELDS)}")
    precision = None
    if "published" in values:
        values["published"], precision = _date(values["published"])
    if "url" in values and not values["url"].startswith(("http://", "https://")):
        raise ValueError(f"url {values['url']!r} is not an http(s) address")
    if "language" in values and not LANGUAGE_RE.fullmatch(values["language"]):
        raise ValueError(f"language {values['language']!r} is not a language code such as en or pt-BR")
    return key, name, ManifestRow(line, values, precision)


def _date(text: str) -> tuple[str, str]:
    """ISO 8601 and its precision; a year or a month stays only as precise as given."""
    if YEAR_RE.fullmatch(text):
        return text, "year"
    if MONTH_RE.fullmatch(text):
        return text, "month"
    parsed = normalise_date(text) if DAY_RE.match(text) else None
    if parsed is None:
        raise ValueError(f"published {text!r} is not an ISO 8601 date (2005-03-14, 2005-03 or 2005)")
    return parsed
