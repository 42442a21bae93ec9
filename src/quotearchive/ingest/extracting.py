"""``quotearchive extract``: articles in, one JSON line per article out, no database.

The same walk and readers as ``ingest``, parsed in this process and written
as they come.  Each bad file, record or input line is told to ``on_error``
as ``(source, reason)`` and the rest go on; both functions return how many
there were.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from .. import readers as read
from ..extract import pipeline
from ..extract.speakers import parser_mode as speaker_mode

__all__ = ["extract_files", "extract_lines", "speaker_mode"]


def extract_files(paths: Iterable[str | Path], out: TextIO, on_error: Callable[[str, str], None]) -> int:
    """The quotes of every article under ``paths`` (files or folders), one JSON object a line,
    with its metadata; offsets are into the cleaned body."""
    errors = 0
    for path in read.iter_input_files(paths):
        try:
            for doc in read.read_documents(path):
                try:
                    article = pipeline.parse_document(doc)
                except ValueError as error:  # one bad record; the file's others go on
                    on_error(doc.source, str(error))
                    errors += 1
                    continue
                out.write(json.dumps(pipeline.article_summary(article), ensure_ascii=False) + "\n")
        except (OSError, ValueError) as error:  # writing ``out`` included: reported as the file's
            on_error(str(path), str(error))
            errors += 1
    return errors


def extract_lines(lines: Iterable[str], out: TextIO, on_error: Callable[[str, str], None]) -> int:
    """For each JSON line ``{"id", "text"}`` (or ``"html"``), its ``{"id", "quotes"}`` line, in
    input order, with offsets into the text as given (``pipeline.extract_record``).
    A bad line is told to ``on_error`` as ``("line N", reason)``."""
    errors = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            result = pipeline.extract_record(record)
        except (ValueError, TypeError, KeyError) as error:
            on_error(f"line {number}", str(error))
            errors += 1
            continue
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return errors
