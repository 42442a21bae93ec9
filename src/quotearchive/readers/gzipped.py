"""Single article files gzipped (.txt.gz, .html.gz, .sgm.gz...): inflated, then read by their own format's reader.

Crawlers and evaluation sets store saved pages gzipped one by one (htmldate's
test pages are ``.html.gz``), and wire archives keep their files so; a user
points ingest at them as at the files they hold.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..model import Document, RejectedInput
from .files import DEFAULT_MAX_BYTES, read_documents
from .registry import register

# The formats of one file each (or one wire file) whose gzipped files are read
# here; a gzipped dump (.jsonl.gz) and a web archive (.warc.gz) have their own
# readers, which stream them.
INNER_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".mhtml", ".mht", ".sgm", ".sgml", ".json")
# What one file may inflate to: an article (or a wire file of a thousand
# stories) is well under it; a file that inflates beyond it is rejected
# without being inflated further (a decompression bomb costs nothing).
MAX_INFLATED_BYTES = DEFAULT_MAX_BYTES


@register(*(suffix + ".gz" for suffix in INNER_SUFFIXES), takes_bytes=True, records=True)
def read_gzipped_file(path: Path, data: bytes | None = None) -> Iterator[Document]:
    """A file of a format above gzipped (`.txt.gz`, `.html.gz`, `.sgm.gz`...): inflated, up to 20 MB, and read by its format's reader; `source` names the gzipped file.

    A file cut off or damaged is rejected whole, not read up to the damage:
    half an article is not an article.
    """
    data = path.read_bytes() if data is None else data
    inner = str(path)[: -len(".gz")]
    for document in read_documents(Path(inner), inflate(data)):
        if document.source.startswith(inner):
            document.source = str(path) + document.source[len(inner):]
        yield document


def inflate(data: bytes) -> bytes:
    """The bytes a gzip file holds (every member of it); RejectedInput says why not."""
    if not data.strip():
        raise RejectedInput("empty file")
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            inflated = stream.read(MAX_INFLATED_BYTES + 1)
    except EOFError:
        raise RejectedInput("the gzip file is cut off (it ends inside its stream)") from None
    except (OSError, zlib.error) as error:  # BadGzipFile is an OSError
        raise RejectedInput(f"not a readable gzip file ({error})".splitlines()[0]) from None
    if len(inflated) > MAX_INFLATED_BYTES:
        raise RejectedInput(f"larger than {MAX_INFLATED_BYTES:,} bytes inflated")
    return inflated
