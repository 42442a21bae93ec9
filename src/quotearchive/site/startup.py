"""What an immutable database's site computes at start-up, kept beside it.

Serving an immutable database starts by counting every table's rows and
precomputing the facets of the unfiltered and one-filter pages
(``precompute``): seconds at a million quotes, growing with the archive
(docs/scaling.md section 4), and paid again by every read-only copy at every
restart.  The results are written next to the database,
``DB.serve-cache.json``, and read back when they still describe it: the same
file (size and modification time, as ``_inspect`` identifies it), the same
facet configuration and the same counting code.
Copy the cache file with the database (``rsync -a`` keeps the time) and a
replica starts in a second; anything else recomputes, never serves stale
counts.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

LOGGER = logging.getLogger(__name__)
SUFFIX = ".serve-cache.json"


def cache_path(db_path: str | Path) -> Path:
    return Path(str(db_path) + SUFFIX)


def cache_key(db_path: str | Path, config: Any) -> dict[str, Any]:
    from . import facets, precompute

    stat = Path(db_path).stat()
    sources = (facets.__file__, precompute.__file__, __file__)  # the counting code
    code = hashlib.sha256(b"".join(Path(f).read_bytes() for f in sources)).hexdigest()
    config_hash = hashlib.sha256(json.dumps(config, sort_keys=True, default=str).encode()).hexdigest()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "code": code, "config": config_hash}


def load(db_path: str | Path, key: dict[str, Any]) -> tuple[dict[str, int], dict] | None:
    """(table row counts, facet counts) saved for this key, or None."""
    try:
        data = json.loads(cache_path(db_path).read_text("utf-8"))
        if data.get("key") != key:
            return None
        return data["table_counts"], {tuple(k): _rows(v) for k, v in data["facets"]}
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing, unreadable or from another version: recompute


def save(db_path: str | Path, key: dict[str, Any], table_counts: dict[str, int], counts: dict) -> None:
    """Write the cache beside the database, if that folder is writable (atomically)."""
    path = cache_path(db_path)
    data = {"key": key, "table_counts": table_counts, "facets": [[list(k), v] for k, v in counts.items()]}
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(data), "utf-8")
        os.replace(tmp, path)
    except OSError as error:  # a read-only copy: fine, it just computes at start
        LOGGER.info("start-up cache not written (%s)", error)
        tmp.unlink(missing_ok=True)


def _rows(value):
    # A facet's rows [(value, count), ...], or a page's {facet: rows}.
    if isinstance(value, dict):
        return {name: [tuple(r) for r in rows] for name, rows in value.items()}
    return [tuple(r) for r in value]
