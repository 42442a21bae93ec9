"""An archive with what a corpus may not print: the seeds, the embedded-post
fixtures (issue 19), and two articles of tests/fixtures/honest/ (one dated,
one undated, without outlet, with HTML character references).

In numbers the site tests assert exactly: 9 articles, 6 without a year
(seeds 001, 003, 004, the two embedded-post fixtures, rates_undated), 5
without an outlet (seed 001, the embedded-post fixtures, both rates articles).
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
FOLDERS = (HERE.parent / "seeds", HERE / "fixtures" / "embedded", HERE / "fixtures" / "honest")


def build(tmp_path: Path) -> Path:
    """Ingest the folders into tmp_path/honest.db and return its path."""
    from quotearchive import ingest

    db = tmp_path / "honest.db"
    summary = ingest.ingest(db, list(FOLDERS))
    assert summary.rejected == 0
    return db
