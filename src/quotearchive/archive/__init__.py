"""The archive: the SQLite schema, storing extracted articles, and exports (see docs/architecture.md)."""

import os
import sys

# sqlite-utils imports numpy when it is installed (spaCy brings it), and numpy starts OpenBLAS's
# thread pool as it loads unless told to use one thread.  The ingest forks its workers after
# importing this package, and a process with threads does not fork safely; nothing here
# multiplies matrices.  The environment is left as it was (OpenBLAS reads it once, at its load).
if "numpy" not in sys.modules and "OPENBLAS_NUM_THREADS" not in os.environ:
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    try:
        import sqlite_utils  # noqa: F401  (numpy, if installed, loads now with one thread)
    finally:
        del os.environ["OPENBLAS_NUM_THREADS"]
