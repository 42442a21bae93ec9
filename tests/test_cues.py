"""Reporting verbs: one table gives both what counts as a cue and its stance, whatever its form."""

import pytest
import sqlite_utils

from quotearchive.extract.cues import CUE_RE, SPEECH_CUE_RE, SPEECH_WORDS, WEAK_WORDS, cue_class
from quotearchive.lexicon.verbs import REPORTING_VERBS, STANCES


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
        # Accepted as cues but classed "other" before the verb lists became one table.
        ("tweeted", "neutral"), ("testified", "neutral"), ("denounced", "critical"), ("blasted", "critical"),
        ("boasted", "emphatic"), ("celebrated", "approving"), ("released a statement", "neutral"),
    ],
)
def test_cue_class(cue, expected):
    assert expected == cue_class(cue)


def test_cue_class_stored_and_faceted(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    rows = dict(db.execute("select cue, cue_class from quotes where cue in ('said', 'asked', 'stressed') group by cue").fetchall())
    assert {"said": "neutral", "asked": "question", "stressed": "emphatic"} == rows


@pytest.mark.parametrize("base", sorted(REPORTING_VERBS))
def test_every_form_of_a_verb_is_classed_by_its_stance(base):
    verb = REPORTING_VERBS[base]
    assert verb.stance in STANCES
    assert verb.stance == cue_class(base)
    for form in verb.speech + verb.weak:
        assert verb.stance == cue_class(form), form


def test_every_cue_found_has_a_stance():
    assert [] == sorted(form for form in SPEECH_WORDS | WEAK_WORDS if cue_class(form) == "other")


@pytest.mark.parametrize(
    "text,cues,speech_cues",
    [
        ("He said it, adding that she warned them.", ["said", "adding", "warned"], ["said", "warned"]),
        ("The call centre said so; analysts warn and calls were made.", ["said", "warn", "calls"], ["said", "warn"]),
        ("She went on to say no, and he went on.", ["went on to say", "went on"], ["went on to say", "went on"]),
        ("saidx unsaid resaid", [], []),
    ],
)
def test_cue_patterns_find_the_table_forms(text, cues, speech_cues):
    assert cues == [m.group() for m in CUE_RE.finditer(text)]
    assert speech_cues == [m.group() for m in SPEECH_CUE_RE.finditer(text)]
