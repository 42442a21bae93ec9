"""Tests for quotearchive.speakers: who said each quote.

Expected values are written out whole; the seeds' are what
``parse_document`` gives for each file in seeds/ (offsets into its body).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotearchive.model import Document
from quotearchive.pipeline import parse_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# (start, cue, speaker, speaker_type, speaker_role, speaker_as_written) of every quote.
SEED_SPEAKERS = {
    '000_41fc591cc3e9c13e.txt': [
        (236, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (410, 'adding', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (634, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (749, 'said', 'Vladimir Putin', 'person', 'Russian President', 'the Russian leader'),
        (1078, 'said', 'Vladimir Putin', 'person', 'Russian President', 'the Russian leader'),
        (1149, 'went on', 'Vladimir Putin', 'person', 'Russian President', 'he'),
        (1335, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
    ],
    '001_127fa4766937f40d.txt': [
        (396, 'said', 'Vladimir Putin', 'person', 'President', 'the president'),
        (1241, 'said', 'Vladimir Putin', 'person', 'President', 'Putin'),
        (1698, 'said', 'Vladimir Putin', 'person', 'President', 'Putin'),
    ],
    '002_f54022162006e7ce.txt': [
        (697, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (1565, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (1943, 'replied', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (2506, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (2882, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (3391, 'called', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (3407, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (4357, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (4916, 'stressed', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (5142, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (6017, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (6483, 'added', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (6713, 'added', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (7849, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (8190, 'stressed', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (8663, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
    ],
    '003_5d6ff2fecad26ce2.txt': [
        (556, 'said', 'Putin', 'person', 'Russian President', 'Putin'),
        (754, 'said', 'Putin', 'person', 'Russian President', 'Putin'),
        (987, 'said', 'Putin', 'person', 'Russian President', 'Putin'),
    ],
    '004_b7a00564b7c4de7b.txt': [
        (195, 'calling', 'Vladimir Putin', 'person', 'Russian President', 'Russian President Vladimir Putin'),
        (473, 'told', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (991, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (1159, 'said', 'Vladimir Putin', 'person', 'Russian President', 'he'),
        (1265, 'noting', 'Vladimir Putin', 'person', 'Russian President', 'he'),
        (1324, 'noting', 'Vladimir Putin', 'person', 'Russian President', 'he'),
        (2401, 'asked', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (2969, 'argues', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (2980, 'told', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (3175, 'calling', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (3388, 'said', 'Bill Clinton', 'person', 'US President', 'Clinton'),
    ],
}


@pytest.mark.parametrize("name", sorted(SEED_SPEAKERS))
def test_seed_speakers(name):
    article = parse_document(Document(source=name, text=(SEEDS / name).read_text(encoding="utf-8")))
    got = [(q.start, q.cue, q.speaker, q.speaker_type, q.speaker_role, q.speaker_as_written) for q in article.quotes]
    assert got == SEED_SPEAKERS[name]
