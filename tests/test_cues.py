"""Reporting verbs classed by stance, whatever their form."""

import pytest
import sqlite_utils

from quotearchive.extract.cues import cue_class


@pytest.mark.parametrize(
    "cue,expected",
    [
        ("said", "neutral"), ("says", "neutral"), ("told", "neutral"), ("adding", "neutral"),
        ("replied", "neutral"), ("went on", "neutral"), ("according to", "neutral"),
        ("claimed", "distancing"), ("alleges", "distancing"),
        ("admitted", "concessive"), ("conceded", "concessive"),
        ("warned", "emphatic"), ("insists", "emphatic"), ("stressed", "emphatic"),
        ("accused", "critical"), ("branded", "critical"),
        ("praised", "approving"), ("asked", "question"), ("joked", "humorous"),
        ("mumbled", "other"), (None, None), ("", None),
    ],
)
def test_cue_class(cue, expected):
    assert expected == cue_class(cue)


def test_cue_class_stored_and_faceted(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    rows = dict(db.execute("select cue, cue_class from quotes where cue in ('said', 'asked', 'stressed') group by cue").fetchall())
    assert {"said": "neutral", "asked": "question", "stressed": "emphatic"} == rows
