"""What `make install` leaves behind, beyond the packages."""

import importlib.util
import os
import struct
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _current(source: Path) -> bool:
    """Whether the source has bytecode Python will load instead of compiling it."""
    cached = Path(importlib.util.cache_from_source(str(source)))
    if not cached.exists():
        return False
    header = cached.read_bytes()[:16]
    flags, mtime, size = struct.unpack("<III", header[4:16])
    stat = source.stat()
    return flags == 0 and mtime == int(stat.st_mtime) & 0xFFFFFFFF and size == stat.st_size & 0xFFFFFFFF


@pytest.mark.skipif(not (ROOT / ".venv" / "bin" / "python").exists(), reason="needs the project's .venv (make install)")
def test_install_compiles_the_package_bytecode():
    # Ingest starts a writer and a parser per core; each would otherwise compile
    # the extractor's sources on every run where bytecode is never written.
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    subprocess.run(["make", "-s", "install"], cwd=ROOT, env=env, check=True, capture_output=True)
    sources = sorted((ROOT / "src" / "quotearchive").rglob("*.py"))
    assert sources and [s.name for s in sources if not _current(s)] == []
