"""Stand-off labels for the shared HTML pages: byte ranges into each page, never its text.

``html_labels.tsv`` (beside this module) holds, per page of the shared corpus,
columns ``file``, ``sha1`` (of the page bytes, as in ``INDEX.tsv``), ``title``
(``start-end``: a byte range of the raw page where the headline is written),
``byline`` (``;``-separated ranges, one per author name, or ``none``) and
``date`` (``YYYY-MM-DD`` or ``none``: a fact, not copied text).  A cell left
empty is not labelled.  Corpus text never enters the repository; a label's
text is recovered from the page (``resolve``): the bytes sliced, decoded with
the page's charset, tags dropped, HTML entities unescaped, whitespace
collapsed.  A page whose bytes changed (SHA-1) is refused.

Finding ranges (the labeller reads the page and types what it says):

``python -m quotearchive.tools.html_labels find FOLDER FILE "text as read"``
prints every byte range where that text is written (tags between words
allowed, entities and whitespace as the page has them), and
``python -m quotearchive.tools.html_labels show FOLDER [FILE...]`` prints the
labels resolved to text, for review, and
``python -m quotearchive.tools.html_labels build FOLDER READ.tsv`` turns the
labeller's notes (columns file, title, byline, date as read: title
alternatives split by `` || ``, author names by ``;``; kept outside the
repository) into ranges, laid over ``html_labels.tsv``; a text not found in
its page is reported and its cell left empty.

A title cell may hold alternatives split by ``|`` (a page whose headline
element and ``og:title`` differ in wording: both are its title); they
resolve to ``A || B``, which the evaluator reads as either.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import re
import sys
from dataclasses import dataclass
from pathlib import Path

LABELS = Path(__file__).with_name("html_labels.tsv")
COLUMNS = ["file", "sha1", "title", "byline", "date"]
RANGE_RE = re.compile(r"^\d+-\d+$")
DATE_RE = re.compile(r"^\d{4}-\d\d-\d\d$")
NONE = "none"
# A row's field the labels say the page does not have (no author named, no date given).
NONE_SUFFIX = "_none"
TAG_RE = re.compile(r"<[^>]*>")
ENTITY_RE = re.compile(r"&(?:#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);?")


class LabelError(ValueError):
    """A label that does not resolve: bad cell, changed page, empty slice."""


@dataclass(frozen=True)
class PageLabel:
    file: str
    sha1: str
    title: str | None  # resolved text, None when not labelled
    byline: str | None  # names joined with "; ", "" when the page names no author
    date: str | None  # ISO day, "" when the page gives none


def charset_of(folder: Path, name: str) -> str:
    for row in index_rows(folder):
        if row["file"] == name:
            return row.get("charset") or "utf-8"
    return "utf-8"


def index_rows(folder: Path) -> list[dict[str, str]]:
    with open(folder / "INDEX.tsv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def page_charset(data: bytes, declared: str | None) -> str:
    """UTF-8 when the page's bytes are valid UTF-8 (whatever it declares: 3 shared pages declare
    Latin-1 but are written in UTF-8), else its declared charset."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return declared or "utf-8"
    return "utf-8"


def _codec(charset: str) -> str:
    try:
        import codecs

        name = codecs.lookup(charset).name
    except LookupError:
        return "utf-8"
    # The web reads a declared Latin-1 as windows-1252, GB2312 as GB18030.
    return {"latin-1": "cp1252", "iso8859-1": "cp1252", "gb2312": "gb18030", "gbk": "gb18030"}.get(name, name)


def text_of(data: bytes, charset: str) -> str:
    """What a byte slice says: decoded, tags dropped, entities unescaped, whitespace collapsed."""
    text = data.decode(_codec(charset), errors="replace")
    return " ".join(html.unescape(TAG_RE.sub("", text)).split())


def _byte_offsets(text: str, codec: str) -> list[int]:
    """Byte offset of every character of ``text`` (and of its end) in its encoding."""
    offsets, position = [], 0
    for char in text:
        offsets.append(position)
        position += len(char.encode(codec, errors="replace"))
    offsets.append(position)
    return offsets


def _view(text: str) -> tuple[str, list[int], list[int]]:
    """The page as read (tags dropped, entities unescaped, whitespace one space), with each
    read character's start and end in ``text``."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "<":
            close = text.find(">", i)
            if close != -1:
                i = close + 1
                continue
        if char == "&":
            match = ENTITY_RE.match(text, i)
            if match:
                for piece in html.unescape(match.group(0)):
                    chars.append(" " if piece.isspace() else piece)
                    starts.append(i)
                    ends.append(match.end())
                i = match.end()
                continue
        if char.isspace():
            if chars and chars[-1] == " ":
                ends[-1] = i + 1
                i += 1
                continue
            char = " "
        chars.append(char)
        starts.append(i)
        ends.append(i + 1)
        i += 1
    return "".join(chars), starts, ends


def find_ranges(data: bytes, wanted: str, charset: str = "utf-8") -> list[tuple[int, int]]:
    """Byte ranges of ``data`` whose text (as ``text_of`` reads it) is ``wanted``.

    Matches within a tag's attribute (``<meta content="...">``) and across inline
    tags in running text are both found; a match that begins or ends inside a
    tag's markup is left out.
    """
    charset = page_charset(data, charset)
    codec = _codec(charset)
    text = data.decode(codec, errors="replace")
    offsets = _byte_offsets(text, codec)
    wanted = " ".join(html.unescape(wanted).split())
    found = []
    for view_text in (_view_in_attributes(text), _view(text)):
        view, starts, ends = view_text
        position = view.find(wanted)
        while position != -1 and wanted:
            start, end = starts[position], ends[position + len(wanted) - 1]
            span = (offsets[start], offsets[end])
            if span not in found and text_of(data[span[0]:span[1]], charset) == wanted:
                found.append(span)
            position = view.find(wanted, position + 1)
    return sorted(found)


ATTRIBUTE_RE = re.compile(r"""(?:content|title|alt|value)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


def _view_in_attributes(text: str) -> tuple[str, list[int], list[int]]:
    """Attribute values only (meta content and kin), joined by a character no label holds."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for match in ATTRIBUTE_RE.finditer(text):
        group = 1 if match.group(1) is not None else 2
        view, s, e = _view(match.group(group))
        base = match.start(group)
        chars.append(view + "\x00")
        starts.extend([base + x for x in s] + [base])
        ends.extend([base + x for x in e] + [base])
    return "".join(chars), starts, ends


def parse_range(cell: str) -> tuple[int, int]:
    if not RANGE_RE.match(cell):
        raise LabelError(f"not a byte range: {cell[:20]!r}")
    start, end = (int(x) for x in cell.split("-"))
    if not start < end:
        raise LabelError(f"empty byte range {cell}")
    return start, end


def check_cell(column: str, cell: str) -> None:
    """A cell is a byte range (or ranges), ``none``, an ISO date or empty: never text."""
    if cell in ("", NONE):
        return
    if column == "date":
        if not DATE_RE.match(cell):
            raise LabelError(f"not an ISO date: {cell[:20]!r}")
        return
    parts = cell.split(";") if column == "byline" else cell.split("|")
    for part in parts:
        parse_range(part)


def read_labels(path: Path = LABELS) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        for column in ("title", "byline", "date"):
            check_cell(column, row.get(column) or "")
    return rows


def resolve(folder: Path, row: dict[str, str], charset: str | None = None) -> PageLabel:
    """One label row as text, read from the page it points into."""
    data = (folder / row["file"]).read_bytes()
    if hashlib.sha1(data).hexdigest() != row["sha1"]:
        raise LabelError(f"{row['file']}: page changed since it was labelled (SHA-1 differs)")
    charset = page_charset(data, charset or charset_of(folder, row["file"]))

    def piece(cell: str) -> str:
        start, end = parse_range(cell)
        text = text_of(data[start:end], charset)
        if not text:
            raise LabelError(f"{row['file']}: range {cell} reads as nothing")
        return text

    title = row.get("title") or ""
    byline = row.get("byline") or ""
    date = row.get("date") or ""
    return PageLabel(
        file=row["file"], sha1=row["sha1"],
        title=" || ".join(piece(c) for c in title.split("|")) if title else None,
        byline=None if not byline else "" if byline == NONE else "; ".join(piece(c) for c in byline.split(";")),
        date=None if not date else "" if date == NONE else date,
    )


def resolve_all(folder: Path, path: Path = LABELS) -> dict[str, PageLabel]:
    charsets = {row["file"]: row.get("charset") or "utf-8" for row in index_rows(folder)}
    return {row["file"]: resolve(folder, row, charsets.get(row["file"])) for row in read_labels(path)}


def build(folder: Path, notes: Path, path: Path = LABELS) -> list[str]:
    """Lay the labeller's notes (text as read) over ``path`` as ranges; return what was not found."""
    index = {row["file"]: row for row in index_rows(folder)}
    labels = {row["file"]: row for row in read_labels(path)} if path.exists() else {}
    missing = []
    with open(notes, encoding="utf-8", newline="") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            name, title, byline, date = (line.rstrip("\n").split("\t") + ["", "", ""])[:4]
            data = (folder / name).read_bytes()
            charset = index[name].get("charset") or "utf-8"

            def ranges(texts: list[str], what: str) -> list[str]:
                found = []
                for text in texts:
                    spans = find_ranges(data, text, charset)
                    if spans:
                        start, end = preferred(spans, data)
                        found.append(f"{start}-{end}")
                    else:
                        missing.append(f"{name}\t{what}\t{text}")
                return found if len(found) == len(texts) else []

            row = {"file": name, "sha1": index[name]["sha1"], "title": "", "byline": "", "date": date.strip()}
            if title.strip():
                row["title"] = "|".join(ranges([t.strip() for t in title.split(" || ")], "title"))
            if byline.strip() == NONE:
                row["byline"] = NONE
            elif byline.strip():
                row["byline"] = ";".join(ranges([b.strip() for b in byline.split(";")], "byline"))
            labels[name] = row
    order = [row["file"] for row in index_rows(folder)]
    write_labels(path, [labels[name] for name in order if name in labels])
    return missing


def preferred(spans: list[tuple[int, int]], data: bytes) -> tuple[int, int]:
    """Where the reader sees it: the first range in the page's body, else the first."""
    body = data.lower().find(b"<body")
    return next((span for span in spans if body != -1 and span[0] > body), spans[0])


def write_labels(path: Path, rows: list[dict[str, str]]) -> None:
    for row in rows:
        for column in ("title", "byline", "date"):
            check_cell(column, row.get(column) or "")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def overlay(folder: Path, rows: list[dict[str, str]], path: Path, warnings: list[str]) -> list[dict[str, str]]:
    """Index rows with the labels at ``path`` laid over them (refused labels noted in ``warnings``).

    A field labelled ``none`` is left empty and flagged ``FIELD_none``.
    """
    by_file = {row["file"]: row for row in rows}
    for cells in read_labels(path):
        row = by_file.get(cells["file"])
        if row is None or not (folder / cells["file"]).exists():
            continue
        try:
            label = resolve(folder, cells, row.get("charset") or None)
        except LabelError as error:
            warnings.append(f"label refused: {error}")
            continue
        for key, value in (("title", label.title), ("byline", label.byline), ("date", label.date)):
            if value is None:
                continue
            row[key] = value
            row[key + NONE_SUFFIX] = "" if value else "1"
    return rows


def label_counts(rows: list[dict[str, str]]) -> dict[str, int]:
    """How many pages carry each label: titles, bylines (named / none), dates (a day / none)."""
    return {
        "pages": len(rows),
        "title": sum(bool(r.get("title")) for r in rows),
        "byline": sum(bool(r.get("byline")) for r in rows),
        "byline_none": sum(bool(r.get("byline" + NONE_SUFFIX)) for r in rows),
        "date": sum(bool(r.get("date")) for r in rows),
        "date_none": sum(bool(r.get("date" + NONE_SUFFIX)) for r in rows),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    find = sub.add_parser("find", help="Byte ranges where a text is written in a page.")
    find.add_argument("folder", type=Path)
    find.add_argument("file")
    find.add_argument("text")
    show = sub.add_parser("show", help="The labels resolved to text.")
    show.add_argument("folder", type=Path)
    show.add_argument("files", nargs="*")
    show.add_argument("--labels", type=Path, default=LABELS)
    make = sub.add_parser("build", help="Notes (text as read) -> ranges in html_labels.tsv.")
    make.add_argument("folder", type=Path)
    make.add_argument("notes", type=Path)
    make.add_argument("--labels", type=Path, default=LABELS)
    args = parser.parse_args(argv)
    if args.command == "build":
        missing = build(args.folder, args.notes, args.labels)
        for line in missing:
            print("NOT FOUND", line, sep="\t")
        return 1 if missing else 0
    if args.command == "find":
        data = (args.folder / args.file).read_bytes()
        for start, end in find_ranges(data, args.text, charset_of(args.folder, args.file)):
            print(f"{start}-{end}")
        return 0
    for name, label in resolve_all(args.folder, args.labels).items():
        if not args.files or name in args.files:
            print(name, label.title, label.byline, label.date, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
