"""``make bench``'s hostile inputs (issue 18): the files built to be slow, each ingested alone.

Each is generated in a temporary folder and ingested with ``quotearchive
ingest`` in a subprocess (process start included).  Goal: each done in under
10 s, or rejected within its time budget (30 s, ``seconds_per_document``).
"""

from __future__ import annotations

import gzip
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SAID = 'The minister said "we will act now" in London on Monday.'

# name -> (file name, how to write what it holds)
HOSTILE: dict[str, tuple[str, Callable[[], str | bytes]]] = {
    "16,000 unclosed <REUTERS> tags": ("reuters.sgm", lambda: f'<REUTERS NEWID="1"><BODY>{SAID}\n' * 16_000),
    "a start tag of 80,000 attributes": (
        "attributes.html", lambda: "<html><body><div " + " ".join(f'a{i}="x"' for i in range(80_000)) + f"><p>{SAID}</p></div></body></html>"
    ),
    "300,000 short <p> blocks": ("paragraphs.html", lambda: "<html><body>" + "".join(f"<p>w{i}</p>" for i in range(300_000)) + "</body></html>"),
    "a .txt.gz of 500,000 empty gzip members": ("members.txt.gz", lambda: gzip.compress(b"") * 500_000 + gzip.compress(SAID.encode())),
    "150,000 table rows": (
        "rows.html", lambda: "<html><body><table>" + "".join(f"<tr><td>row {i} of the table</td><td>cell</td></tr>" for i in range(150_000)) + "</table></body></html>"
    ),
}


def bench_hostile() -> dict[str, str]:
    """What happened to each hostile file, and in how many seconds."""
    figures = {}
    with tempfile.TemporaryDirectory(prefix="qa-hostile-") as tmp:
        for name, (file_name, build) in HOSTILE.items():
            path = Path(tmp) / file_name
            data = build()
            path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
            started = time.perf_counter()
            run = subprocess.run(
                [sys.executable, "-m", "quotearchive.cli", "ingest", str(Path(tmp) / f"{file_name}.db"), str(path), "-s"],
                capture_output=True, text=True,
            )
            seconds = time.perf_counter() - started
            lines = run.stderr.strip().splitlines()
            error = next((line.split(": ", 2)[-1] for line in lines if line.startswith("error:")), None)
            outcome = f"rejected: {error}" if error else (lines[-1].split(";")[0] if lines else f"exit {run.returncode}")
            figures[name] = f"{seconds:.1f} s ({path.stat().st_size / 2**20:.1f} MB; {outcome})"
    return figures
