import os
import sqlite3
from pathlib import Path

import pytest

from quotearchive import ingest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = Path(os.environ.get("QUOTEARCHIVE_SHARED", ROOT.parent / "shared"))


# An article and its edit, for the tests of copies (``two_copies``).
ORIGINAL = 'Minister drops energy plan\n\nThe minister said "the plan is dead" on Monday.\n'
EDITED = 'Minister revives energy plan\n\nThe minister said "the plan lives" on Tuesday.\n'

# A story of more than REPRINT_MIN_WORDS words, as a wire service might send it.
WIRE_STORY = (
    'The harbour board voted on Tuesday to close the old ferry terminal by the end of next year, '
    'ending more than a century of crossings from the town quay. "We could not keep pouring money '
    'into a building that is falling into the sea," the board chair, Ruth Okafor, told reporters after '
    'the vote. Ferry users said they had not been consulted and would fight the decision. The board said '
    'a new terminal on the eastern pier would open before the old one closed, and that fares would not '
    'rise. Local shops near the quay fear they will lose trade when the crossings move. The council will '
    'debate the plan next month, and campaigners have said they will present a petition signed by '
    'several thousand residents asking for the terminal to be saved as a museum.\n'
)


def two_copies(tmp_path: Path) -> Path:
    """A folder ``in`` holding a.txt and b.txt, the same article twice (ORIGINAL)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(ORIGINAL, "utf-8")
    return folder


def rows(db_path, sql: str, params=()) -> list[tuple]:
    """A query's rows, read on a connection of its own and closed after (one held open
    would keep the WAL's pages from a site serving the file immutable)."""
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def seed(name_prefix: str) -> Path:
    return next(SEEDS.glob(f"{name_prefix}_*.txt"))


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> Path:
    """A real SQLite file holding the five seed articles (shared: treat as read-only)."""
    path = tmp_path_factory.mktemp("db") / "quotes.db"
    summary = ingest.ingest(path, [SEEDS])
    assert summary.rejected == 0
    return path


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "corpora").is_dir():
        pytest.skip(f"{SHARED}/corpora not found (set QUOTEARCHIVE_SHARED)")
    return SHARED


@pytest.fixture
def progress_bars(monkeypatch) -> list:
    """Every click progress bar the CLI opens, kept for the test to read (real bars, recorded)."""
    import click

    bars: list = []
    real = click.progressbar

    def progressbar(**options):
        bars.append(real(**options))
        return bars[-1]

    monkeypatch.setattr(click, "progressbar", progressbar)
    return bars


@pytest.fixture
def rules_only(monkeypatch):
    """The speaker resolver without the dependency parse (``QUOTEARCHIVE_PARSER=off``), for
    tests of what the rules alone read; the switch is asked at each use, so the parse is back after."""
    monkeypatch.setenv("QUOTEARCHIVE_PARSER", "off")
    yield
