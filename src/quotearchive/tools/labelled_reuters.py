"""Stand-off labels of Reuters-21578 records (``reuters_check_labels.jsonl``): their texts.

A row names a record as ``read_documents`` does (``reut2-015.sgm#NEWID``) and holds the sha256
of its stored body: the body ingest stores (the reader's document, then ``describe_document``),
so the labels' offsets point into what users get.  Only the labels are in the repository.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..extract.pipeline import describe_document
from ..readers import read_documents
from .stand_off import labelled_record


def stored_bodies(folder: Path, files: set[str]) -> dict[str, str]:
    """``{"reut2-015.sgm#NEWID": body}`` for every record of ``files`` under ``folder``."""
    bodies = {}
    for name in sorted(files):
        for doc in read_documents(folder / name):
            bodies[f"{name}#{doc.source.rsplit('#', 1)[1]}"] = describe_document(doc).body
    return bodies


def load_reuters_check(labels: Path, folder: Path) -> list[dict]:
    """The labels as ``{"id", "text", "quotes"}`` records, each body's sha256 checked."""
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    bodies = stored_bodies(folder, {row["file"] for row in rows})
    records = []
    for row in rows:
        text = bodies.get(row["id"])
        if text is None:
            raise ValueError(f"{row['id']}: no such record under {folder}")
        records.append(labelled_record(row, row["id"], text, hashlib.sha256(text.encode("utf-8")).hexdigest()))
    return records
