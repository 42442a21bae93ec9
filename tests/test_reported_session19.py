"""Reported speech, session 19 (issue 15): where a statement ends.  A report inside a
subordinate clause that opens its sentence ends at the comma before the main clause ("While
Porter said that [...], the unions vowed ..."), and the main clause is no attribution of it;
a target, an object or an infinitive runs on over an "including" list, a clause over a second
"that" clause of its verb ("..., but that ..."); a report inside the
clause of an attribution after it ("Reed believes [...], Porter said") ends before it, and
the attribution reports the whole clause.  Sentences written
for the test, with the look-alikes that keep their old reading."""

import pytest

from quotearchive.extract.reported.boundaries import in_subordinate, past_including

from .reported_text import statements


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # The subordinate clause's report ends at its comma; the main clause's own report stays.
        ("While Porter said that the coal plants would close, the unions vowed to fight on.",
         [("the coal plants would close", "said", "Jane Porter"), ("to fight on", "vowed", "the unions")]),
        ("But when Porter said the turbines were cheaper, the crowd booed.",
         [("the turbines were cheaper", "said", "Jane Porter")]),
        ("Not long after Porter argued that coal was finished, the mine owners cut their prices.",
         [("coal was finished", "argued", "Jane Porter")]),
        ("Although Porter has said she opposes new mines, her ministry approved one in March.",
         [("she opposes new mines", "said", "Jane Porter")]),
        # A short subject set off by its comma before the conjunction.
        ("Porter, though she praised the miners and said the pits had served Leeds well, stopped short of a promise.",
         [("the miners", "praised", "Jane Porter"), ("the pits had served Leeds well", "said", "Jane Porter")]),
        # Both clauses reported: the speaker and "said" before the conjunction.
        ("Porter said while she believes the pits are safe, there can be no promise of new ones.",
         [("the pits are safe", "believes", "Jane Porter")]),
        # An "including" list after a target, an object with its complement, an infinitive.
        ("Porter cited the risks of coal, including floods in the pits and dust in the lungs of miners.",
         [("the risks of coal, including floods in the pits and dust in the lungs of miners", "cited", "Jane Porter")]),
        ("Porter accused Tom Reed of hiding the costs, including the price of the new turbines.",
         [("Tom Reed of hiding the costs, including the price of the new turbines", "accused", "Jane Porter")]),
        ("Porter promised to act within 100 days, including new rules for the pits.",
         [("to act within 100 days, including new rules for the pits", "promised", "Jane Porter")]),
        # A second "that" clause of the same verb is the same statement.
        ("Tom Reed predicted that wages would fall, but that overtime would more than offset the loss.",
         [("wages would fall, but that overtime would more than offset the loss", "predicted", "Tom Reed")]),
        ("Tom Reed said the mines were safe and that he said so in March.",
         [("the mines were safe and that he said so in March", "said", "Tom Reed")]),
        # ... up to the sentence's own attribution (which reports the whole clause: below).
        ("The mine is expected to close its pits, including the one at Leeds, Reed said.",
         [("The mine is expected to close its pits, including the one at Leeds", "said", "Reed"),
          ("to close its pits, including the one at Leeds", "expected", None)]),
        # A report inside the clause of an attribution after it: both statements, the inner one
        # ending before ", Porter said".
        ("Tom Reed believes the turbines will pay for themselves in five years, Porter said.",
         [("Tom Reed believes the turbines will pay for themselves in five years", "said", "Jane Porter"),
          ("the turbines will pay for themselves in five years", "believes", "Tom Reed")]),
    ],
)
def test_statement_ends(sentence, expected):
    assert statements(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A conjunction after a main clause with no comma: the comma is the clause's own.
        ("Tom Reed was dropped after suggesting the treaty, signed in 1992, was a mistake.",
         [("the treaty, signed in 1992, was a mistake", "suggesting", None)]),
        # "but that group": a determiner, no second clause.
        ("Many who said the pits mattered backed Porter, but that group was small.",
         [("the pits mattered backed Porter", "said", None)]),
        # "X said ..., Y reported": X's words passed on, one statement (X's) as before.
        ("Tom Reed said the pits would close, the paper reported.",
         [("the pits would close, the paper reported", "said", "Tom Reed")]),
        # Other commas after a target or an infinitive still end it.
        ("Porter criticized the plan, which had cost millions.", [("the plan", "criticized", "Jane Porter")]),
        ("Porter promised to act within 100 days, and the unions cheered.",
         [("to act within 100 days", "promised", "Jane Porter")]),
    ],
)
def test_look_alikes_keep_their_reading(sentence, expected):
    assert statements(sentence) == expected


@pytest.mark.parametrize(
    "sentence, cue_word, expected",
    [
        ("While Porter said the pits were safe, the unions left.", "said", True),
        ("And, after Porter said the pits were safe, the unions left.", "said", True),
        ("Two days before Porter said the pits were safe, the unions left.", "said", True),
        ("Porter said the pits were safe.", "said", False),
        ("The unions left after Porter said the pits were safe, Reed said.", "said", False),
        ("The board said while Porter said the pits were safe, the unions left.", "Porter said", True),
        ("While the talks went on, Porter said the pits were safe.", "said", False),
    ],
)
def test_in_subordinate(sentence, cue_word, expected):
    assert in_subordinate(sentence, sentence.index(cue_word)) is expected


def test_past_including():
    sentence = "Porter cited the risks, including floods, fires and dust."
    assert past_including(sentence, sentence.index(",")) == sentence.index(".")
    attributed = "The mine will close, including its pits, Reed said."
    assert past_including(attributed, attributed.index(",")) == attributed.index(", Reed")
    other = "Porter cited the risks, which were many."
    assert past_including(other, other.index(",")) == other.index(",")
