"""Loaded by the ingest's modules before the archive's: sqlite-utils without OpenBLAS threads.

sqlite-utils imports numpy when it is installed (spaCy brings it), and numpy starts OpenBLAS's
thread pool as it loads unless told to use one thread.  The ingest forks its workers after
importing the archive, and a process with threads does not fork safely; nothing in the ingest
multiplies matrices.  The environment is left as it was (OpenBLAS reads it once, at its load).
Only the ingest does this: a program that reads an archive (``quotearchive.archive``) and
imports numpy for its own work keeps numpy's threads.
"""

import os
import sys

if "numpy" not in sys.modules and "OPENBLAS_NUM_THREADS" not in os.environ:
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    try:
        import sqlite_utils  # noqa: F401  (numpy, if installed, loads now with one thread)
    finally:
        del os.environ["OPENBLAS_NUM_THREADS"]
