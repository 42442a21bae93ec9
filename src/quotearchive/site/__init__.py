"""Step 8: publish the database with Datasette.

``make_datasette`` builds the same configured instance for ``quotearchive
serve`` and for the tests: the metadata and settings of ``metadata``, the
archive's database, the facet engine (``facets``) and the counts computed at
start-up (``precompute``, ``startup``).  The reading pages are in ``pages``,
every link they draw is built by ``urls``, and ``plugin`` holds the hooks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..archive.schema import DB_NAME
from .metadata import SETTINGS, TITLE, build_metadata  # noqa: F401  (the package's API)


def quiet_expected_errors() -> None:
    """Datasette prints a traceback with every local variable (rich) for each error it answers,
    a 404 or a 400 included: a public site's log would fill with 170 lines per mistyped
    address.  Without rich it prints only the plain traceback of a 500, a fault of ours.
    (Its module is read here, once Datasette has registered it: imported earlier, from the
    plugin, it would be registered half-loaded, without its hook.)"""
    import datasette.handle_exception as default_errors

    default_errors.rich = None


def make_datasette(
    db_path: str | Path,
    *,
    immutable: bool = True,
    allow_sql: bool = False,
    settings: dict[str, Any] | None = None,
    inspect_data: dict | None = None,
    owner: bool = False,
    on_counting: Callable[[Path], None] | None = None,
):
    """A configured Datasette for the archive at ``db_path``.

    ``immutable`` (the default) is right for a database nothing is writing:
    no locking and counts computed once.  Serve a database that ingest is
    still writing with ``immutable=False`` (opened read-only, WAL lets both run).

    For an immutable database, the table row counts (Datasette's ``inspect``
    data) and the whole-table facet counts are computed here, once, so no
    page ever counts a million rows (the start-up cost is in docs/scaling.md;
    otherwise the first visitor's request or every front page would pay it),
    and kept beside the database for the next start (``startup``).
    ``on_counting`` is called with the cache's path before they are computed: a
    first start takes a minute or two per million quotes, and should say why.

    ``owner`` serves the site for the archive's owner: the local paths of
    the ingested files (``articles.source``, ``files.path``) are shown.  A
    published site (the default) reads them as empty on every page, filter
    and export (``privacy``).
    """
    from datasette.app import Datasette
    from datasette.plugins import pm

    from . import facets, precompute, privacy, startup
    from .database import ArchiveDatabase

    quiet_expected_errors()
    if not pm.is_registered(facets):
        pm.register(facets, name="quotearchive.site.facets")
    if not pm.is_registered(privacy):
        pm.register(privacy, name="quotearchive.site.privacy")
    metadata = build_metadata()
    if not allow_sql:
        metadata["allow_sql"] = False
    all_settings = {**SETTINGS, **(settings or {})}
    counts = None
    if immutable:
        tables = metadata["databases"][DB_NAME]["tables"]
        limit = all_settings.get("max_returned_rows", 1000)
        key = startup.cache_key(db_path, {"tables": tables, "limit": limit})
        cached = startup.load(db_path, key)
        if cached is None:
            if on_counting is not None:
                on_counting(startup.cache_path(db_path))
            table_counts = precompute.table_counts(str(db_path))
            counts = precompute.precompute(str(db_path), tables, limit=limit)
            startup.save(db_path, key, table_counts, counts)
        else:
            table_counts, counts = cached
        if inspect_data is None:
            inspect_data = _inspect(db_path, table_counts)
    datasette = Datasette(metadata=metadata, settings=all_settings, inspect_data=inspect_data)
    setattr(datasette, privacy.OWNER_ATTRIBUTE, owner)
    # Added by hand so the database is always named "quotes", whatever the file is called.
    datasette.add_database(ArchiveDatabase(datasette, path=str(db_path), is_mutable=not immutable), name=DB_NAME)
    if counts is not None:
        setattr(datasette, facets.CACHE_ATTRIBUTE, counts)
    return datasette


def _inspect(db_path: str | Path, table_counts: dict[str, int] | None = None) -> dict:
    """What ``datasette inspect`` writes, computed in-process.

    The "hash" stands in for Datasette's SHA-256 of the whole file (seconds
    at a few GB, paid on first use otherwise): size and mtime identify an
    immutable file just as well.
    """
    import hashlib

    from .precompute import table_counts as count_rows

    stat = Path(db_path).stat()
    return {
        DB_NAME: {
            "hash": hashlib.sha256(f"{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest(),
            "size": stat.st_size,
            "file": str(db_path),
            "tables": {name: {"count": n} for name, n in (table_counts or count_rows(str(db_path))).items()},
        }
    }


# Datasette loads this package as a plugin (entry point in pyproject.toml) and
# finds templates/ and static/ beside this file; the hooks live in plugin.py.
from .plugin import (  # noqa: E402,F401
    asgi_wrapper,
    extra_css_urls,
    extra_template_vars,
    prepare_connection,
    register_output_renderer,
    prepare_jinja2_environment,
    register_routes,
)


SHUTDOWN_GRACE_S = 3  # on SIGTERM/Ctrl+C, requests still running after this are cancelled


def serve(db_path: str | Path, *, host: str = "127.0.0.1", port: int = 8001,
          on_ready: Callable[[], None] | None = None, on_warning: Callable[[str], None] | None = None,
          **options: Any) -> None:
    """Serve the archive over HTTP until interrupted (uvicorn, as Datasette's own serve).

    The database is checked first (``check_database``): a file that cannot
    be served is one line (``ServeError``, which the command line prints as
    ``Error: ...``), not a traceback or a 500 on every page.  SIGTERM stops
    the server within ``SHUTDOWN_GRACE_S`` even while a CSV is streaming
    (uvicorn's default waits for every response to finish).  ``on_ready`` is
    called once the database is known to be servable, just before serving;
    ``on_warning`` with a line for an archive that lacks indexes this version
    declares (made by an older one and never ingested into since).  Other
    ``options`` are ``make_datasette``'s (``on_counting`` among them).
    """
    import sqlite3

    import uvicorn

    immutable = options.get("immutable", True)
    loading = settle_wal(db_path, immutable=immutable, on_warning=on_warning)
    check_database(db_path, immutable=immutable)
    missing = missing_indexes(db_path, immutable=immutable)
    # A new archive's load builds its facet indexes at its end (``shape.new_archive_load``).
    if missing and on_warning is not None and not loading:
        on_warning(f"{db_path} lacks {len(missing)} of the indexes this version declares ({', '.join(missing)}): "
                   "pages filtering on those columns read the whole table. Running quotearchive ingest on it once adds them.")
    try:
        datasette = make_datasette(db_path, **options)
    except sqlite3.DatabaseError as error:  # damage deeper in the file than the check reads
        raise ServeError(f"{db_path}: cannot be served: {error}") from None
    if on_ready is not None:
        on_ready()
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning",
                timeout_graceful_shutdown=SHUTDOWN_GRACE_S)


def settle_wal(db_path: str | Path, *, immutable: bool = True,
               on_warning: Callable[[str], None] | None = None) -> bool:
    """Make the file at ``db_path`` what an immutable site may serve; True when an ingest is writing it now.

    An immutable site reads the main file alone and trusts it not to change.
    While an ingest writes it, that trust is wrong: ServeError, pointing to
    ``--live``.  When no ingest runs but its WAL still holds writes (an ingest
    that was killed; on a new archive even the schema), they are folded into
    the file first, as the next ingest would, so the site shows every committed
    batch; a file this user may not write is served without them, with a warning.
    """
    import sqlite3

    from ..archive.shape import fold_wal, leftover_wal
    from ..archive.lock import ingest_running

    running = ingest_running(db_path)
    if not immutable:
        return running
    if running:
        raise ServeError(f"{db_path}: an ingest is writing it now; serve --live follows it as it grows, "
                         "or serve it once the ingest has finished")
    wal = leftover_wal(db_path)
    if wal is None:
        return False
    try:
        folded = fold_wal(db_path)
    except sqlite3.Error as error:
        folded, reason = False, str(error)
    else:
        reason = "a reader of the file kept some of them out"
    if not folded and on_warning is not None:
        on_warning(f"{wal} holds writes an ingest committed but never moved into {Path(db_path).name}, and they could "
                   f"not be moved now ({reason}): this site shows the file without them. Serve --live, or run "
                   "quotearchive ingest on it once.")
    return False


def missing_indexes(db_path: str | Path, immutable: bool = True) -> list[str]:
    """The indexes ``archive.schema`` declares that the archive at ``db_path`` does not have.

    ``immutable=False`` (``serve --live``) reads the file as a live reader does, its WAL
    included: an upgrade's indexes committed but not yet checkpointed are there.  A file
    that cannot be read so is ``check_database``'s to report: no indexes are named missing."""
    import sqlite3
    import urllib.parse

    from ..archive.schema import TABLES, index_name

    declared = [index_name(table.name, columns) for table in TABLES for columns in (*table.indexes, *table.unique_indexes)]
    mode = "immutable=1" if immutable else "mode=ro"
    try:
        conn = sqlite3.connect(f"file:{urllib.parse.quote(str(Path(db_path).resolve()))}?{mode}", uri=True)
        try:
            have = {name for (name,) in conn.execute("select name from sqlite_master where type = 'index'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return []
    return [name for name in declared if name not in have]


class ServeError(click.ClickException):
    """The database cannot be served; the message is the one line to show (click prints ``Error: ...``)."""


def check_database(db_path: str | Path, *, immutable: bool = True) -> None:
    """Open the database as the site will and read it; ServeError saying why it cannot be served.

    - Not SQLite, or damaged (``file is not a database``, ``database disk
      image is malformed``), or not an archive (no ``quotes`` table).
    - ``--live`` (``immutable=False``) opens the file read-only while ingest
      may write it; in WAL mode SQLite must then create ``DB-shm`` beside it.
      In a folder this user cannot write, every page used to answer 500.
    """
    import sqlite3
    import urllib.parse

    path = Path(db_path)
    mode = "immutable=1" if immutable else "mode=ro"
    try:
        conn = sqlite3.connect(f"file:{urllib.parse.quote(str(path.resolve()))}?{mode}", uri=True)
        try:
            conn.execute("select count(*) from sqlite_master").fetchone()
            conn.execute("select id from quotes limit 1").fetchall()
            conn.execute("select count(*) from quotes where id > (select max(id) - 1000 from quotes)").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if not immutable and isinstance(error, sqlite3.OperationalError) and any(
            words in str(error) for words in ("unable to open", "readonly database")):
            raise ServeError(
                f"{path}: cannot serve --live: SQLite could not open it read-only ({error}); a database in WAL "
                f"mode needs {path.name}-shm in {path.resolve().parent}, which this user cannot create. "
                "Make the folder writable for this user, or serve without --live."
            ) from None
        raise ServeError(f"{path}: not a database the site can serve: {error}") from None
