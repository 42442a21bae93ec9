"""Step 8: publish the database with Datasette.

``make_datasette`` builds the same configured instance for ``quotearchive
serve`` and for the tests: the metadata and settings of ``metadata``, the
archive's database, the facet engine (``facets``) and the counts computed at
start-up (``precompute``, ``startup``).  The reading pages are in ``pages``,
every link they draw is built by ``urls``, and ``plugin`` holds the hooks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..archive.schema import DB_NAME
from .metadata import SETTINGS, TITLE, build_metadata  # noqa: F401  (the package's API)


def make_datasette(
    db_path: str | Path,
    *,
    immutable: bool = True,
    allow_sql: bool = False,
    settings: dict[str, Any] | None = None,
    inspect_data: dict | None = None,
    owner: bool = False,
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

    ``owner`` serves the site for the archive's owner: the local paths of
    the ingested files (``articles.source``, ``files.path``) are shown.  A
    published site (the default) reads them as empty on every page, filter
    and export (``privacy``).
    """
    from datasette.app import Datasette
    from datasette.plugins import pm

    from . import facets, precompute, privacy, startup
    from .database import ArchiveDatabase

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
    handle_exception,
    prepare_connection,
    register_output_renderer,
    prepare_jinja2_environment,
    register_routes,
)


def serve(db_path: str | Path, *, host: str = "127.0.0.1", port: int = 8001, **options: Any) -> None:
    """Serve the archive over HTTP until interrupted (uvicorn, as Datasette's own serve)."""
    import uvicorn

    datasette = make_datasette(db_path, **options)
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning")
