"""One file (or one part of a file) in, one ``FileResult`` out: what a worker does.

Pure and self-contained, so it runs in a worker process, in this process for
a small batch, or in a cluster job (``ingest.dask``).  It never raises: a
file that cannot be parsed becomes a one-line reason in ``error``.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable
from pathlib import Path
from stat import S_ISDIR, S_ISREG

from .. import readers as read
from ..model import NotAnArticle, RejectedInput
from ..readers import jsonl
from ..readers.files import DEFAULT_MAX_BYTES
from ..text.decode import decode_text
from .results import FileResult
from .tasks import Task, file_key

LOGGER = logging.getLogger(__name__)


def parse_document(doc):
    """``pipeline.parse_document``, imported on first use.

    The writer process never parses (workers do), so it does not pay for
    importing the extractor: ingest starts sooner, and each worker imports
    it in parallel with the writer's own start-up.
    """
    from ..extract.pipeline import parse_document as parse

    return parse(doc)


def parse_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES, task: Task | None = None) -> FileResult:
    """Read and parse one file; never raises (the reason goes into ``error``).

    When ``task`` says what the last run stored and the bytes hash the same,
    the file is not parsed (``unchanged_articles`` is set instead).
    """
    result = FileResult(path=path, key=task.key if task else "", name=task.name if task else "", supplied=task.supplied if task else "")
    if task is not None and task.sha256:
        return _parse_part(result, task, max_bytes)
    try:
        if not result.key:
            result.key = file_key(path)
        stat = os.stat(path)
        result.size, result.mtime_ns = stat.st_size, stat.st_mtime_ns
        if S_ISDIR(stat.st_mode):
            raise RejectedInput("folder cannot be read (permission denied)")
        if not S_ISREG(stat.st_mode):
            # A FIFO or device named *.txt would block the read forever.
            raise RejectedInput("not a regular file")
        if result.size > max_bytes:
            raise RejectedInput(f"file too large ({result.size:,} bytes; the limit is --max-bytes {max_bytes:,})")
        data = read.read_bytes(path, result.size)
        result.sha256 = hashlib.sha256(data).hexdigest()
        if task is not None and task.known_sha256 == result.sha256:
            result.unchanged_articles = task.known_articles
            return result
        # The bytes just hashed: the file is read once.
        _parse_documents(result, read.read_documents(Path(path), data))
        if not result.articles:
            raise RejectedInput(result.record_errors[0][1] if result.record_errors else "no articles found")
    except NotAnArticle as error:
        result.not_article = str(error)
    except RejectedInput as error:
        result.error = str(error)
    except FileNotFoundError:
        result.error = "file not found (a dangling symlink?)"
    except PermissionError:
        result.error = "permission denied"
    except IsADirectoryError:
        result.error = "is a directory"
    except MemoryError:
        result.error = "out of memory while parsing"
    except Exception as error:  # a bug must cost one file, not the night's batch
        result.error = _unexpected(error, path)
    return result


def _parse_documents(result: FileResult, docs: Iterable) -> None:
    """Each document's Article into ``result``: one bad record in a multi-article
    file (.sgm, .jsonl) costs that record only."""
    for doc in docs:
        try:
            article = parse_document(doc)
        except RejectedInput as error:
            result.record_errors.append((doc.source, str(error)))
            continue
        if result.name and article.source.startswith(result.path):
            # Stored by its name from the folder given to ingest, not by where it
            # lies on this machine; errors still name the path the user gave.
            article.source = result.name + article.source[len(result.path):]
        result.articles.append(article)


def _unexpected(error: Exception, path: str) -> str:
    LOGGER.debug("unexpected error parsing %s", path, exc_info=True)  # the traceback, for debug logging; users get one line
    return f"unexpected error: {type(error).__name__}: {error}".splitlines()[0]


def _parse_part(result: FileResult, task: Task, max_bytes: int) -> FileResult:
    """One part of a file read in parts: its lines' articles (see ``tasks._part_tasks``)."""
    result.size, result.mtime_ns, result.sha256, result.name = task.size, task.mtime_ns, task.sha256, task.name
    result.supplied = task.supplied
    if task.known_sha256 == task.sha256:
        result.unchanged_articles = task.known_articles  # touched, same bytes: nothing to parse
        return result
    result.part, result.earlier_articles = task.part, task.earlier_articles
    start, end = task.byte_range
    result.part_bytes = end - start
    try:
        if end - start > max_bytes:
            raise RejectedInput(f"line too large ({end - start:,} bytes; the limit is --max-bytes {max_bytes:,})")
        data = read.read_range(task.path, start, end)
        text = decode_text(data) if data.strip() else ""  # blank lines only: no records
        bad: list[int] = []
        _parse_documents(result, jsonl.json_lines_documents(Path(task.path), text, task.first_line, bad))
        result.first_bad_line = bad[0] if bad else None
    except RejectedInput as error:
        # Its content, as a bad record in a file read whole: reported, and the
        # file still recorded (reading it again would find the same).
        result.record_errors.append((f"{task.path}#{task.first_line}", f"{error} (the part from this line)"))
    except OSError as error:
        result.error = f"{error.strerror or error} (part {task.part[0] + 1} of {task.part[1]})"
    except Exception as error:  # as in parse_file: a bug costs this part, not the batch
        result.error = _unexpected(error, task.path)
    return result
