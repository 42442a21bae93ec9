"""Build the search benchmark database: a million quotes or more from real articles.

``python -m quotearchive.benchdb bench/quotes-1m.db`` (``make bench-db``).

How it is built, honestly: the BBC corpus is parsed once by the real
pipeline (``ingest.parse_file``, in worker processes), then every parsed
article is written again and again through the project's own
``store.save_article`` inside ``store.batch`` transactions until the quote
count reaches the target.  Each copy gets a new source (``bench:copyN/...``),
a publication date drawn uniformly from 2000-2025, an outlet drawn from
``OUTLETS`` with realistic skew, and a title suffixed with the copy number
(otherwise the store would recognise the text as a duplicate and keep one).
Quote text, speakers, topics and article bodies are the real ones, so the
text statistics that full-text search depends on are those of news prose, and
facets see realistic cardinalities (a few hundred speakers, a dozen outlets,
26 years).  The speakers are the same few hundred in every copy, so each has
about (copies) times its real number of quotes.  Speaker counts are refreshed
once at the end rather than per batch; the FTS indexes are then optimised
(merged into one segment) and ANALYZE run, as a published archive would be.

The file is never shipped: ``bench/`` and ``data/`` are gitignored.
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from .. import ingest
from .. import readers as read
from ..ingest import forksafe  # noqa: F401  (before the archive: this forks a pool, see ingest/forksafe.py)
from ..archive import store

OUTLETS = [  # (name, weight): a few big outlets and a long tail, as in a real crawl
    ("BBC News", 30), ("Reuters", 20), ("The Guardian", 12), ("Associated Press", 10),
    ("Financial Times", 6), ("The Independent", 5), ("Sky News", 4), ("Al Jazeera", 3),
    ("Deutsche Welle", 3), ("France 24", 2), ("The Irish Times", 2), ("ABC News", 1),
    ("CBC News", 1), ("The Hindu", 1),
]
FIRST_DAY, DAYS = date(2000, 1, 1), (date(2025, 12, 31) - date(2000, 1, 1)).days
BATCH = 2000  # articles per transaction


def default_corpus() -> Path:
    shared = os.environ.get("QUOTEARCHIVE_SHARED")
    root = Path(shared) if shared else Path(__file__).resolve().parents[2] / ".." / "shared"
    return (root / "corpora" / "bbc").resolve()


def parse_corpus(corpus: Path, workers: int | None = None) -> list[tuple]:
    """Every article of the corpus, parsed by the real pipeline (quotes carry their topics)."""
    paths = [str(p) for p in read.iter_input_files([corpus]) if p.suffix.lower() == ".txt"]
    with multiprocessing.get_context("fork").Pool(workers or os.cpu_count() or 1) as pool:
        results = pool.map(ingest.parse_file, paths, chunksize=32)
    parsed, hashes = [], set()
    for result in results:
        for article in result.articles:
            # The corpus's duplicates (the same text, or the same story under an edited
            # headline: ``reprint_key``) would be skipped by the store in every copy.
            key = article.reprint_key or article.content_hash
            if result.error is None and key not in hashes:
                hashes.add(key)
                parsed.append(article)
    return parsed


def build(db_path: Path, corpus: Path, target_quotes: int = 1_000_000, seed: int = 5, progress: bool = True) -> dict:
    started = time.perf_counter()
    parsed = parse_corpus(corpus)
    per_pass = sum(len(a.quotes) for a in parsed)
    if not per_pass:
        raise SystemExit(f"no quotes found in {corpus} (set QUOTEARCHIVE_SHARED or --corpus)")
    copies = -(-target_quotes // per_pass)
    parse_seconds = time.perf_counter() - started
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db = store.open_db(db_path)
    store.ensure_db_shape(db)
    conn = db.conn
    conn.execute("pragma cache_size = -200000")
    rng = random.Random(seed)
    names, weights = zip(*OUTLETS)
    ignored_speakers: set[int] = set()  # counts are refreshed once, at the end
    written = 0
    jobs = ((k, article) for k in range(copies) for article in parsed)
    with store.new_archive_load(db):  # as ingest loads a new archive
        while True:
            with store.batch(conn) as current:
                n = 0
                for k, article in jobs:
                    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS + 1))
                    copy = dataclasses.replace(
                        article,
                        source=f"bench:copy{k}/{article.source}",
                        title=f"{article.title or 'Untitled'} ({k})",
                        # A line of its own at the end (the quotes' offsets stay right): a
                        # copy of the same body would be a reprint of the first (``reprint_key``).
                        body=f"{article.body}\n\nCopy {k}.",
                        published=day.isoformat(),
                        published_precision="day",
                        outlet=rng.choices(names, weights)[0],
                    )
                    store.save_article(conn, copy, ignored_speakers, batch=current)
                    n += 1
                    if n >= BATCH:
                        break
                written += n
            if progress:
                print(f"\r{written:,} articles written ({time.perf_counter() - started:.0f}s)", end="", file=sys.stderr)
            if n < BATCH:
                break
    if progress:
        print(file=sys.stderr)
    with store.batch(conn) as current:
        all_speakers = [r[0] for r in conn.execute("select id from speakers")]
        store.refresh_counts(conn, all_speakers, current.fts)
        store.refresh_topic_counts(conn)
    for table in store.FTS_COLUMNS:
        with conn:
            conn.execute(f"insert into {table}_fts({table}_fts) values('optimize')")
    conn.execute("analyze")
    db.execute("pragma wal_checkpoint(truncate)")
    counts = {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in ("articles", "quotes", "speakers", "quote_topics")}
    db.close()
    return {
        "copies": copies,
        "parse_seconds": round(parse_seconds, 1),
        "seconds": round(time.perf_counter() - started, 1),
        "bytes": db_path.stat().st_size,
        **counts,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, help="Where to write the database (e.g. bench/quotes-1m.db).")
    parser.add_argument("--corpus", type=Path, default=None, help="The BBC corpus folder (default: ../shared/corpora/bbc).")
    parser.add_argument("--quotes", type=int, default=1_000_000, help="Stop after at least this many quotes.")
    args = parser.parse_args(argv)
    info = build(args.db, args.corpus or default_corpus(), args.quotes)
    for key, value in info.items():
        print(f"{key}: {value:,}" if isinstance(value, int) else f"{key}: {value}")


if __name__ == "__main__":
    main()
