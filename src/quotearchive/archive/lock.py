"""One ingest at a time per database: the second waits, for a bounded time, then refuses.

SQLite lets one writer in at a time and makes the other wait at most its
busy timeout; two ingests interleaving batches for minutes made one of them
die mid-run with "database is locked".  Instead each ingest holds an
advisory ``flock`` on the database file for its whole run: a second one says
it is waiting, waits up to ``timeout`` seconds, and otherwise stops before
writing anything.  (flock locks are separate from the POSIX locks SQLite
takes, so this does not disturb them; the descriptor stays open until the
ingest is over, because closing a second descriptor of the file would drop
SQLite's own POSIX locks.)
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

DEFAULT_LOCK_TIMEOUT = 60.0  # seconds a second ingest waits for the first
POLL_SECONDS = 0.2


class IngestBusy(RuntimeError):
    """Another ingest kept the database for longer than the timeout."""


@contextmanager
def ingest_lock(db_path: str | Path, timeout: float, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the database's ingest lock for the block; wait up to ``timeout`` s for it."""
    fd = os.open(db_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IngestBusy(
                        f"another ingest is writing this database (waited {timeout:g} s); run again when it has finished"
                    ) from None
                if not told and on_wait:
                    on_wait(f"waiting for another ingest into {db_path} to finish (at most {timeout:g} s)...")
                told = True
                time.sleep(POLL_SECONDS)
        yield
    finally:
        os.close(fd)  # releases the flock


def ingest_running(db_path: str | Path) -> bool:
    """Whether an ingest holds the database's lock now (``ingest_lock``).

    Only for a process that has no SQLite connection to the file open: closing
    this probe's descriptor drops every POSIX lock the process holds on it."""
    try:
        fd = os.open(db_path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # releases the probe's shared flock, if taken
    return False
