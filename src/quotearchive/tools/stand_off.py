"""Stand-off hand labels (``tools/*_labels.jsonl``): a row and the text it was made on, as a record.

Shared by the BBC sets' reader (``evaluation.load_check``: the text is a file's) and the Reuters
set's (``labelled_reuters``: the text is a record's stored body).
"""

from __future__ import annotations


def labelled_record(row: dict, name: str, text: str, digest: str) -> dict:
    """A stand-off label row as ``{"id", "text", "quotes"}``, once ``digest`` (the sha256 of the
    text's source) is the one the labels were made on; each quote gets its text from the offsets."""
    if digest != row["sha256"]:
        raise ValueError(f"{name}: sha256 {digest}, the labels were made on {row['sha256']}")
    quotes = [dict(q, text=text[q["start"]:q["end"]]) for q in row["quotes"]]
    return {"id": row["id"], "text": text, "quotes": quotes}
