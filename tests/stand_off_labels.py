"""The fields every hand-labelled quotation set stores in the repository (offsets and hashes, no text)."""


def assert_stand_off_row(row: dict) -> None:
    """``row`` (one article's labels) has the stand-off fields and only those, each of its kind."""
    assert set(row) == {"id", "file", "sha256", "quotes"}
    assert len(row["sha256"]) == 64
    for quote in row["quotes"]:
        assert set(quote) == {"start", "end", "speaker", "speaker_type", "kind"}  # no text stored
        assert 0 <= quote["start"] < quote["end"]
        assert quote["speaker_type"] in {"person", "org", "description", "none"}
        assert quote["kind"] in {"full", "partial"}
        assert (quote["speaker"] is None) == (quote["speaker_type"] == "none")
