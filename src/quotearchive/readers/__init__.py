"""Step 1 of the pipeline: find input files and turn them into Documents.

The door of the package: ``iter_input_files`` walks the folders given,
``read_documents`` gives one file's Documents through the reader registered
for its suffix (``registry``).  One module per format; importing this package
registers them all.
"""

from __future__ import annotations

# Each format module registers its reader on import, in the order the README's table lists them.
from . import plain, webpage, mhtml, reuters, gzipped, jsonl, json_files, warc, archives  # noqa: F401,I001
from .files import DEFAULT_MAX_BYTES, InputFile, LineParts, Parts, iter_input_files, iter_named_files, line_parts, read_bytes, read_documents, read_range, sha256_of_file
from .registry import PARTED, READERS, PartReading, holds_records, is_streamed, part_reading, reader_for, register

__all__ = [
    "DEFAULT_MAX_BYTES", "InputFile", "LineParts", "PARTED", "Parts", "PartReading", "READERS", "holds_records", "is_streamed", "part_reading", "iter_input_files", "iter_named_files", "line_parts", "read_bytes",
    "read_documents", "read_range", "reader_for", "register", "sha256_of_file",
]
