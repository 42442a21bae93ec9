"""One file (or one part of a file) in, one ``FileResult`` out: what a worker does.

Pure and self-contained, so it runs in a worker process, in this process for
a small batch, or in a cluster job (``ingest.dask``).  It never raises: a
file that cannot be parsed becomes a one-line reason in ``error``.
``parse_files`` does it for a worker's chunk of files, their articles' speaker
parses in one batch (``extract.speakers.parse``): the same results, less CPU.
"""

from __future__ import annotations

import hashlib
import logging
import os
import _signal  # ``signal``'s functions without its enum conversions (``_arm``)
import threading
import time
from collections import OrderedDict
from collections.abc import Generator, Iterable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from stat import S_ISDIR, S_ISREG
from typing import Any

from .. import readers as read
from ..model import NotAnArticle, RejectedInput
from ..readers import gzipped
from ..readers.files import DEFAULT_MAX_BYTES
from ..text.decode import decoding_certainty, path_text
from .board import Board
from .results import FileResult
from .tasks import Task, file_key

LOGGER = logging.getLogger(__name__)
# Seconds to read and parse one document (ingest's ``seconds_per_document``): a
# news article takes milliseconds; a file built to be slow is rejected at this.
# Set by ``ingest`` before the workers are forked, so they inherit it.
# Formats whose whole file is decoded by detection when it is not UTF-8; a JSON
# Lines line is UTF-8 or rejected, a Reuters file is Latin-1 by definition.
DECODED_WHOLE = frozenset({".txt", ".text", ".html", ".htm", ".xhtml"})
DEFAULT_SECONDS_PER_DOCUMENT = 30.0
SECONDS_PER_DOCUMENT: float | None = DEFAULT_SECONDS_PER_DOCUMENT
# Work that waits for the speaker parse (``extract.speakers.Steps``): it yields the sentences
# it needs parsed and is sent their parses.  Spelled out here so that importing ingest does
# not import the extractor.
Steps = Generator[Any, Any, Any]
# Texts a worker remembers having extracted (``Seen``): a duplicate lies within this many
# articles of its first copy to be skipped; ~100 bytes each.
SEEN_TEXTS = 1 << 16
KEY_BYTES = 8  # of a text's content hash, to know it by


def describe_document(doc):
    """``pipeline.describe_document`` (the body and metadata, not yet the quotes), imported on first use.

    The writer process never parses (workers do), so it does not pay for
    importing the extractor (rules alone): ingest starts sooner, and each
    worker imports it in parallel with the writer's own start-up.  With the
    speaker parse on, ``before_fork`` has imported it here already.
    """
    from ..extract.pipeline import describe_document as describe

    return describe(doc)


def extract_steps(article):
    """``pipeline.extract_steps`` (the quotes and topics of a described article), imported on first use."""
    from ..extract.pipeline import extract_steps as steps

    return steps(article)


class Seen:
    """The texts of the articles extracted in this run, the last ``SEEN_TEXTS`` of them:
    an article with one of these texts is a duplicate, all but certainly, and is passed
    to the writer unextracted (``FileResult.unextracted``).

    A text is known by ``KEY_BYTES`` of its ``Article.reprint_key`` (a long body and its
    outlet, under any headline) or else its ``content_hash`` (title and body): only a hint, as the
    writer decides (``writer._save_articles``) and extracts an article that proves not to
    be a duplicate itself.  The texts extracted by the other workers reach this one with
    its chunks (``workers``), as ``new_keys`` gives them: packed, so messages stay small;
    and, with a ``board`` (:mod:`.board`), as soon as they are extracted.
    """

    def __init__(self, size: int = SEEN_TEXTS, board: Board | None = None):
        self.size = size
        # Each key with the chunk the board told it for (-1: extracted here, or told with a chunk's
        # results, so the writer has its extracted copy): a told key counts only for later chunks.
        self.keys: OrderedDict[bytes, int] = OrderedDict()
        self.new = bytearray()  # keys added since ``new_keys``: for the other workers
        # The other workers' keys as soon as they extract them (``board``), of chunks before ``order``.
        self.board = board
        self.order = 0  # the chunk being parsed (``workers``: chunks numbered in input order)

    @staticmethod
    def key(article) -> bytes:
        return bytes.fromhex((article.reprint_key or article.content_hash)[: 2 * KEY_BYTES])

    def __contains__(self, key: bytes) -> bool:
        if self.board is not None:
            for order, told in self.board.told(self.order):
                self.add(told, new=False, order=order)
        # A key told for chunk c counts only in chunks after c: when a worker dies, chunk c is
        # parsed again, and its articles' first copies must be extracted there, not left to the writer.
        return self.keys.get(key, self.order) < self.order

    def add(self, key: bytes, new: bool = True, order: int = -1) -> None:
        if key in self.keys:
            self.keys[key] = min(self.keys[key], order)
            return
        self.keys[key] = order
        if new:
            self.new += key
            if self.board is not None:
                self.board.post(self.order, key)
        if len(self.keys) > self.size:
            self.keys.popitem(last=False)

    def add_packed(self, keys: bytes) -> None:
        """The keys another worker added (its ``new_keys``)."""
        for i in range(0, len(keys), KEY_BYTES):
            self.add(keys[i : i + KEY_BYTES], new=False)

    def new_keys(self) -> bytes:
        """The keys added here since the last call, packed."""
        new, self.new = bytes(self.new), bytearray()
        return new


def _run_together(many: list) -> list:
    """``pipeline.run_together``: run each file's steps, the sentences they wait on parsed in one batch."""
    from ..extract.pipeline import run_together

    return run_together(many)


def before_fork() -> None:
    """With the speaker parse on, the extractor imported (and warmed up: ``pipeline.warm_up``)
    and spaCy's pipeline loaded in this process, once, before the pool forks its workers:
    they inherit both (copy-on-write) where each would otherwise import spaCy and load the
    model itself, the costliest part of the parse (``docs/scaling.md``).  With the rules alone, nothing: spaCy is never imported.

    A pool is started for a batch of many files: among them, some quote is all but
    certain to need the parse.
    """
    from ..extract.speakers import parse

    if parse.available():
        from ..extract import pipeline  # imported once, here, for every worker

        parse.load()
        pipeline.warm_up()  # and what it builds on first use (the topics' patterns...)


def parse_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES, task: Task | None = None) -> FileResult:
    """Read and parse one file; never raises (the reason goes into ``error``).

    When ``task`` says what the last run stored and the bytes hash the same,
    the file is not parsed (``unchanged_articles`` is set instead).
    """
    return _run_together([_file_steps(path, max_bytes, task)])[0]


def parse_files(tasks: list[Task], max_bytes: int = DEFAULT_MAX_BYTES, seen: Seen | None = None) -> list[FileResult]:
    """``parse_file`` of each task, in order, the sentences their articles need parsed for a
    speaker parsed in one batch (half the cost of one article's at a time): what a worker
    does with a chunk.  The same results as one file at a time, except that with ``seen``
    an article whose text was extracted before comes unextracted (``Seen``)."""
    return _run_together([_file_steps(task.path, max_bytes, task, seen) for task in tasks])


def _file_steps(path: str, max_bytes: int, task: Task | None, seen: Seen | None = None) -> Steps:
    """``parse_file``, waiting for the speaker parse of its articles (``pipeline.extract_steps``)."""
    # The name stored and reported: a name that is not UTF-8 gets visible escapes.
    result = FileResult(
        path=path_text(path), key=task.key if task else "", name=path_text(task.name) if task and task.name else "",
        supplied=task.supplied if task else "",
    )
    if task is not None and task.sha256:
        return (yield from _part_steps(result, task, max_bytes, seen))
    try:
        if not result.key:
            result.key = file_key(path)
        stat = os.stat(path)
        result.size, result.mtime_ns = stat.st_size, stat.st_mtime_ns
        if S_ISDIR(stat.st_mode):
            raise RejectedInput(_folder_reason(path))
        if not S_ISREG(stat.st_mode):
            # A FIFO or device named *.txt would block the read forever.
            raise RejectedInput("not a regular file")
        streamed = read.is_streamed(Path(path))
        if streamed:
            # A web archive or gzipped dump of any size: hashed as a stream, then
            # read record by record by its reader (each record bounded there).
            result.sha256 = read.sha256_of_file(path)
        else:
            if result.size > max_bytes:
                raise RejectedInput(f"file too large ({result.size:,} bytes; the limit is --max-bytes {max_bytes:,})")
            data = read.read_bytes(path, result.size)
            result.sha256 = hashlib.sha256(data).hexdigest()
        if task is not None and task.known_sha256 == result.sha256:
            result.unchanged_articles = task.known_articles
            return result
        if streamed:
            documents = read.read_documents(Path(path))
        else:
            # The bytes just hashed: the file is read once.  One gzipped on its own is
            # inflated here, so that --max-bytes and the encoding check apply to what it holds.
            inner = gzipped.inner_path(Path(path))
            if inner is not None:
                data = gzipped.inflate(data, max_bytes)
            if (inner or Path(path)).suffix.lower() in DECODED_WHOLE:
                result.decoding = decoding_certainty(data)
            documents = gzipped.documents_of(Path(path), data) if inner else read.read_documents(Path(path), data)
        yield from _parse_documents(result, documents, seen, timed_reading=not streamed)
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


def _folder_reason(path: str) -> str:
    """Why a folder reached the parser: the walk yields one it cannot list, but a
    symlink to a folder named like a file (x.txt) is not followed by the walk."""
    if os.path.islink(path):
        return "a symlink to a folder, not a file (the walk does not follow folder symlinks)"
    try:
        os.scandir(path).close()
    except PermissionError:
        return "folder cannot be read (permission denied)"
    except OSError as error:
        return f"folder cannot be read ({error.strerror or error})"
    return "a folder, not a file"


def _parse_documents(result: FileResult, docs: Iterable, seen: Seen | None = None, timed_reading: bool = True) -> Steps[None]:
    """Each document's Article into ``result``: one bad record in a multi-article
    file (.sgm, .jsonl) costs that record only.

    With ``seen``, an article with the text of one extracted before is described
    and not extracted (``Seen``); not where the user supplies values for the file
    (``Task.supplied``), which would make the writer's copy differ from the worker's.

    Reading and parsing each document has ``SECONDS_PER_DOCUMENT``: one over it
    rejects the file (``RejectedInput``), so a pathological file costs the
    budget, not the night.  The clock runs while the document's own steps run,
    not while it waits for a batch's parse (``_Budget``).  Without
    ``timed_reading`` (a streamed file: ``readers.is_streamed``) reading the
    next document is off the clock: between two pages a web archive may hold
    gigabytes of video, which are no page's time; a reader stuck in C code is
    still stopped by the pool's watchdog, which times such a file by its size.
    """
    documents = iter(docs)
    while True:
        budget = _Budget(SECONDS_PER_DOCUMENT)
        try:
            if not timed_reading:
                doc = next(documents, None)
                if doc is None:
                    return
            with budget.running():
                if timed_reading:
                    doc = next(documents, None)
                    if doc is None:
                        return
                doc.source = path_text(doc.source)  # readers name records after the file's real name
                try:
                    article = describe_document(doc)
                except RejectedInput as error:
                    result.record_errors.append((doc.source, str(error)))
                    continue
                key = Seen.key(article) if seen is not None and not result.supplied else None
                extracted = key is None or key not in seen
            if extracted:
                try:
                    article = yield from budget.steps(extract_steps(article))
                except RejectedInput as error:
                    result.record_errors.append((doc.source, str(error)))
                    continue
                if key is not None:
                    seen.add(key)
            else:
                result.unextracted.append(len(result.articles))
            if result.name and article.source.startswith(result.path):
                # Stored by its name from the folder given to ingest, not by where it
                # lies on this machine; errors still name the path the user gave.
                article.source = result.name + article.source[len(result.path):]
            result.articles.append(article)
        except _OverBudget:
            raise RejectedInput(f"took longer than {SECONDS_PER_DOCUMENT:g} s") from None


class _Budget:
    """One document's seconds, spent over the steps it runs in: between them it waits for
    the parse of a batch it shares with other documents, which is not its own time."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self.used = 0.0

    def running(self) -> AbstractContextManager[None]:
        """Raise ``_OverBudget`` in this block when the document's seconds are spent.

        A plain context manager, not a generator one, and the alarm set through ``_signal``:
        a block is entered for every step of every document (~7,000 for the BBC corpus), and
        ``signal.signal``'s enum conversions (a ``ValueError`` caught when the handler given
        back is a function) cost ~15 us a block against ~2 (``docs/scaling.md``)."""
        if not self.seconds:
            return _UNTIMED
        left = self.seconds - self.used
        if left <= 0:
            raise _OverBudget
        return _Running(self, left)

    def steps(self, steps: Steps) -> Steps:
        """``steps``, each of its stretches of work on the clock."""
        docs = None
        while True:
            with self.running():
                try:
                    asked = steps.send(docs)
                except StopIteration as done:
                    return done.value
            docs = yield asked


class _OverBudget(BaseException):
    """Raised in the parser when its time is up.  A BaseException, as KeyboardInterrupt
    is: libraries' ``except Exception`` (trafilatura's fallbacks) must not swallow it."""


def _expire(signum, frame):
    raise _OverBudget


class _Running:
    """``_Budget.running``'s block: the document's clock, and its alarm (``_arm``)."""

    __slots__ = ("budget", "left", "started", "previous")

    def __init__(self, budget: _Budget, left: float):
        self.budget, self.left = budget, left

    def __enter__(self) -> None:
        self.started = time.monotonic()
        self.previous = _arm(self.left)

    def __exit__(self, *exc) -> None:
        try:
            _disarm(self.previous)
        finally:
            self.budget.used += time.monotonic() - self.started


_UNTIMED = nullcontext()  # a block without a clock (``SECONDS_PER_DOCUMENT`` unset)
_NOT_ARMED = object()  # ``_arm`` outside the main thread: nothing to undo


def _arm(seconds: float | None) -> object:
    """Raise ``_OverBudget`` after ``seconds`` (SIGALRM: main thread only); returns what ``_disarm`` undoes.

    The signal interrupts Python code; a single call into C code (a regex, lxml) is
    interrupted when it returns, which is why each stage is also kept linear.
    ``_signal``'s functions are ``signal``'s without the enum conversions: the same
    handlers set and given back."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        return _NOT_ARMED
    previous = _signal.signal(_signal.SIGALRM, _expire)
    _signal.setitimer(_signal.ITIMER_REAL, seconds)
    return previous


def _disarm(previous: object) -> None:
    if previous is _NOT_ARMED:
        return
    _signal.setitimer(_signal.ITIMER_REAL, 0)
    _signal.signal(_signal.SIGALRM, previous)


def _unexpected(error: Exception, path: str) -> str:
    LOGGER.debug("unexpected error parsing %s", path, exc_info=True)  # the traceback, for debug logging; users get one line
    return f"unexpected error: {type(error).__name__}: {error}".splitlines()[0]


def _part_steps(result: FileResult, task: Task, max_bytes: int, seen: Seen | None = None) -> Steps:
    """One part of a file read in parts: its records' articles (see ``tasks._part_tasks``)."""
    result.path = path_text(task.path)
    result.size, result.mtime_ns, result.sha256 = task.size, task.mtime_ns, task.sha256
    result.name, result.supplied = path_text(task.name) if task.name else "", task.supplied
    if task.known_sha256 == task.sha256:
        result.unchanged_articles = task.known_articles  # touched, same bytes: nothing to parse
        return result
    result.part, result.earlier_articles = task.part, task.earlier_articles
    result.part_bytes = task.byte_range[1] - task.byte_range[0]
    reading = read.part_reading(Path(task.path))
    try:
        bad: list[int] = []
        documents = reading.read(Path(task.path), task.byte_range, task.first_line, task.context, max_bytes, bad)
        yield from _parse_documents(result, documents, seen, timed_reading=not read.is_streamed(Path(task.path)))
        result.first_bad_line = bad[0] if bad else None
    except RejectedInput as error:
        # Its content, as a bad record in a file read whole: reported, and the
        # file still recorded (reading it again would find the same).
        result.record_errors.append((f"{result.path}#{task.first_line}", f"{error} (the part from this {reading.unit})"))
    except OSError as error:
        result.error = f"{error.strerror or error} (part {task.part[0] + 1} of {task.part[1]})"
    except Exception as error:  # as in parse_file: a bug costs this part, not the batch
        result.error = _unexpected(error, result.path)
    return result
