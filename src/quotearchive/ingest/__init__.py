"""The batch: files in, database rows out, with workers, progress and error reports.

The door of the package; its rooms, in the order a file goes through them:

- ``tasks``: which files (and parts of big JSON Lines files) changed since the last run,
- ``parsing``: ``parse_file``, one file or part to a ``FileResult``; ``parse_files``, a worker's chunk of them,
- ``workers``: the pool of forked parser processes, results in input order,
- ``writer``: the single writer, batched transactions (``write_results``),
- ``results``: ``FileResult`` and the ``Summary`` a batch returns,
- ``batch``: ``ingest``, the whole batch on one machine (or on Dask, ``dask=``),
- ``lock``: one ingest at a time per database (``IngestBusy``),
- ``dask``: shards written on a cluster and merged,
- ``extracting``: ``quotearchive extract``, articles to JSON lines without a database.

The names below are imported on first use: ``quotearchive extract`` runs
this file (for ``extracting``) and must not pay for the writer's SQLite
stack or the worker pool.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch import Progress, ProgressBar, ingest
    from .dask import DaskNotInstalled
    from ..archive.lock import IngestBusy
    from .parsing import parse_file
    from .results import FileResult, Summary
    from .writer import write_results

__all__ = ["DaskNotInstalled", "FileResult", "IngestBusy", "Progress", "ProgressBar", "Summary", "ingest", "parse_file", "write_results"]


def __getattr__(name: str) -> Any:
    if name in ("ingest", "Progress", "ProgressBar"):
        from . import batch as room
    elif name in ("Summary", "FileResult"):
        from . import results as room
    elif name == "parse_file":
        from . import parsing as room
    elif name == "write_results":
        from . import writer as room
    elif name == "IngestBusy":
        from ..archive import lock as room
    elif name == "DaskNotInstalled":
        from . import dask as room
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = getattr(room, name)
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
