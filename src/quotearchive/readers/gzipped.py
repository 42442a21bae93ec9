"""Single article files gzipped (.txt.gz, .html.gz, .sgm.gz...): inflated, then read by their own format's reader.

Crawlers and evaluation sets store saved pages gzipped one by one (htmldate's
test pages are ``.html.gz``), and wire archives keep their files so; a user
points ingest at them as at the files they hold.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from ..model import Document, RejectedInput
from .files import DEFAULT_MAX_BYTES, GZIP_MAGIC, GZIP_WBITS, read_documents
from .registry import register, registered_suffix

# The formats of one file each (or one wire file) whose gzipped files are read
# here; a gzipped dump (.jsonl.gz) and a web archive (.warc.gz) have their own
# readers, which stream them.
INNER_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".mhtml", ".mht", ".sgm", ".sgml", ".json")
# What one file may inflate to: an article (or a wire file of a thousand
# stories) is well under it; a file that inflates beyond it is rejected
# without being inflated further (a decompression bomb costs nothing).
MAX_INFLATED_BYTES = DEFAULT_MAX_BYTES
INFLATE_CHUNK = 1 << 16


SUFFIXES = tuple(suffix + ".gz" for suffix in INNER_SUFFIXES)


@register(*SUFFIXES, takes_bytes=True, records=True)
def read_gzipped_file(path: Path, data: bytes | None = None) -> Iterator[Document]:
    """A file of a format above gzipped (`.txt.gz`, `.html.gz`, `.sgm.gz`, `.json.gz`...): inflated, up to 20 MB (or `--max-bytes`), and read by its format's reader; `source` names the gzipped file.

    A file cut off or damaged is rejected whole, not read up to the damage:
    half an article is not an article.  (Ingest inflates it itself, so that
    ``--max-bytes`` and the check of its text's encoding apply to what it holds.)
    """
    yield from documents_of(path, inflate(path.read_bytes() if data is None else data))


def inner_path(path: Path) -> Path | None:
    """The name of the file a gzipped file holds (``x.txt`` for ``x.txt.gz``), or
    None for a file this module does not read."""
    if registered_suffix(path.name) not in SUFFIXES:
        return None
    return path.with_name(path.name[: -len(".gz")])


def documents_of(path: Path, inflated: bytes) -> Iterator[Document]:
    """The Documents of what the gzipped file ``path`` holds, named after it."""
    inner = str(inner_path(path))
    for document in read_documents(Path(inner), inflated):
        if document.source.startswith(inner):
            document.source = str(path) + document.source[len(inner):]
        yield document


def inflate(data: bytes, limit: int = MAX_INFLATED_BYTES) -> bytes:
    """The bytes a gzip file holds (every member of it), at most ``limit`` (ingest's
    ``--max-bytes``, capped at ``MAX_INFLATED_BYTES``); RejectedInput says why not.

    Bytes after the last member that open no other (a tape's padding, a
    downloader's junk) are ignored, as gzip(1) ignores them: the members before
    them are whole.
    """
    if not data.strip():
        raise RejectedInput("empty file")
    option = f" (the limit is --max-bytes {limit:,})" if limit < MAX_INFLATED_BYTES else ""
    limit = min(limit, MAX_INFLATED_BYTES)
    if not data.startswith(GZIP_MAGIC):
        raise RejectedInput(f"not a readable gzip file (Not a gzipped file ({data[:2]!r}))")
    inflated = bytearray()
    view, at = memoryview(data), 0
    while data.startswith(GZIP_MAGIC, at) and len(inflated) <= limit:
        member = zlib.decompressobj(GZIP_WBITS)
        # (slices of a view: a file of many small members is read in linear time, never copied)
        while not member.eof and len(inflated) <= limit and at < len(data):
            chunk = view[at : at + INFLATE_CHUNK]
            try:
                inflated += member.decompress(chunk, limit + 1 - len(inflated))
            except zlib.error as error:
                raise RejectedInput(f"not a readable gzip file ({error})".splitlines()[0]) from None
            at += len(chunk) - len(member.unconsumed_tail) - len(member.unused_data)
        if not member.eof and len(inflated) <= limit:
            raise RejectedInput("the gzip file is cut off (it ends inside its stream)")
    if len(inflated) > limit:
        raise RejectedInput(f"larger than {limit:,} bytes inflated{option}")
    return bytes(inflated)
