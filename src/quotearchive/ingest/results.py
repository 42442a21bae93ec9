"""What flows from the parsers to the writer (``FileResult``, ``IDLE``) and what a batch reports (``Summary``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Article

# Rejected files whose reasons a Summary keeps (``on_error`` hears every one):
# a crawl with a million empty or binary pages must not hold a million messages.
ERRORS_KEPT = 1000

# What the parsers' result stream yields when the writer would wait for them:
# the writer's turn to do work it can do early.
IDLE = None


@dataclass
class Summary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0  # same text as an article already stored from another file
    skipped_files: int = 0  # unchanged since the last run, not even read
    rejected: int = 0  # files or records that could not be read
    not_articles: int = 0  # files skipped as not news (a list of names, source code)
    excluded: int = 0  # files matched by --exclude, not read
    quotes: int = 0  # every statement in the database: quoted and reported
    reported: int = 0  # of which reported statements (kind indirect), so the line can tell them apart
    speakers: int = 0
    files: int = 0  # files found, excluded ones included
    files_done: int = 0  # files read and written (or skipped), for the progress line
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (source, reason): the first ``errors_kept``
    errors_kept: int | None = field(default_factory=lambda: ERRORS_KEPT)  # None: keep them all
    # Files holding copies of an article whose text this run changed (``store.take_copies_of``):
    # read again after the run, so the text they hold is stored under their own name.
    copies_to_read: set[str] = field(default_factory=set)

    def reject(self, source: str, reason: str, on_error: Callable[[str, str], None] | None = None) -> None:
        """Count a rejected file or record, keep its reason (the first ``errors_kept``), tell ``on_error``."""
        self.rejected += 1
        if self.errors_kept is None or len(self.errors) < self.errors_kept:
            self.errors.append((source, reason))
        if on_error:
            on_error(source, reason)

    @property
    def articles_done(self) -> int:
        return self.added + self.updated + self.unchanged + self.duplicates

    def describe(self) -> str:
        """The run in one line: articles where it counts articles, files where it counts files."""
        return (
            f"{self.files} files: {self.added} articles added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.duplicates} duplicates, {self.rejected} rejected; "
            f"{self.skipped_files} files unchanged since the last run (not read again), "
            f"{self.not_articles} not articles, {self.excluded} excluded; "
            f"{_count(self.quotes - self.reported, 'quote')} and {_count(self.reported, 'reported statement')} "
            f"from {_count(self.speakers, 'speaker')} in the database ({self.seconds:.1f}s)"
        )

    def count_database(self, conn) -> None:
        """What the database holds after the run (an sqlite3 connection)."""
        self.quotes = conn.execute("select count(*) from quotes").fetchone()[0]
        self.reported = conn.execute("select count(*) from quotes where kind = 'indirect'").fetchone()[0]
        self.speakers = conn.execute("select count(*) from speakers").fetchone()[0]

    def progress_line(self, seconds: float) -> str:
        """What a progress bar shows beside its percentage: files and articles done, and the rate."""
        files = self.files_done + self.skipped_files
        rate = self.articles_done / seconds if seconds > 0 else 0.0
        return f"{files:,} files, {self.articles_done:,} articles, {rate:,.0f} articles/s"


@dataclass
class FileResult:
    path: str
    key: str = ""  # the files-table key: absolute path (symlinks not resolved)
    size: int = 0
    mtime_ns: int = 0
    sha256: str = ""
    decoding: str | None = None  # how surely its text was decoded (text.decode.CERTAINTIES); None: not by guessing
    articles: list[Article] = field(default_factory=list)
    unchanged_articles: int | None = None  # same bytes as last time: not parsed
    error: str | None = None  # the whole file was rejected
    record_errors: list[tuple[str, str]] = field(default_factory=list)  # (source, reason) of skipped records
    part: tuple[int, int] | None = None  # (k, n): part k of a file read in n parts
    first_bad_line: int | None = None  # of a part: its first unusable line
    earlier_articles: int | None = None  # of a part: articles of the file's unchanged beginning (not read)
    part_bytes: int = 0  # of a part: its length
    name: str = ""  # the stored name of the file (``Task.name``): its articles' sources begin with it
    not_article: str | None = None  # "not an article: source code": skipped, not rejected
    supplied: str = ""  # ``Task.supplied``, recorded with the file
    # Indexes in ``articles`` of those described but not extracted (no quotes, no topics): the
    # same text as one extracted earlier in the run (``parsing.Seen``), so most likely duplicates.
    unextracted: list[int] = field(default_factory=list)

    @property
    def input_bytes(self) -> int:
        return self.part_bytes if self.part is not None else self.size


def upgrade_rules() -> dict:
    """What extraction computes for a column an older archive lacks (``ensure_db_shape``).

    Imported when a database is opened, not with the package: ``extract`` must
    not pay for the extraction stack to print a file's quotes.
    """
    from ..extract.pipeline import BACKFILLS

    return BACKFILLS


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
