"""Reported speech, session 18 (issue 15): verbs that report a clause with "that" only
("learned that", "ruled that", "charged that"), "states" after a clause that is the plural
noun, not the verb.  Each with sentences written for the test, and the look-alikes that must
give none."""

import pytest

from .reported_text import statements


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A verb that reports its clause only with "that".
        ("Porter learned that the turbines had been badly built.",
         [("the turbines had been badly built", "learned", "Jane Porter")]),
        ("A judge in Leeds ruled that the ban on coal was lawful.",
         [("the ban on coal was lawful", "ruled", "A judge in Leeds")]),
        ("Porter's critics charged that the contract was signed in secret.",
         [("the contract was signed in secret", "charged", "Porter's critics")]),
        ("Porter recognized that the wind farm would cost more than planned.",
         [("the wind farm would cost more than planned", "recognized", "Jane Porter")]),
        ("Porter signaled that the coal plants would close by 2030.",
         [("the coal plants would close by 2030", "signaled", "Jane Porter")]),
        # "the suit states": a noun that states things is the verb's subject.
        ("The ban on coal was unlawful, the suit states.",
         [("The ban on coal was unlawful", "states", "the suit")]),
    ],
)
def test_clause_is_reported(sentence, expected):
    assert statements(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Without "that" the same verbs take an object or a preposition: no clause.
        "Porter learned the trade in the coal mines of Yorkshire.",
        "A judge ruled against the mine owners on Friday.",
        "Tom Reed was charged with fraud in March.",
        "The proposed turbines would stand near the coast.",
        # "states" after a clause with an adjective or a number before it: the plural noun.
        "The wind farm plan has spread to larger, more diverse states.",
        "The coal plants will close in nine states.",
        # "states that" with an auxiliary after it: a relative clause.
        "Voters in Western states that have lost their mines went to the polls.",
    ],
)
def test_look_alikes_give_no_statement(sentence):
    assert statements(sentence) == []
