"""Reported speech, session 18 (issue 15): verbs that report a clause with "that" only
("learned that", "ruled that", "charged that") and "made (it) clear"; what a speaker refers
or points to, rails or pushes for; "states" after a clause that is the plural noun, not the
verb; "say" that reports no one's words ("it is too soon to say", "their say", ", say,");
a day's part after the verb ("said Tuesday night that").  Each with sentences written for
the test, and the look-alikes that must give none."""

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
        # "made (it) clear", with "that" or a clause with a verb of its own.
        ("Porter made it clear that the coal plants would close by 2030.",
         [("the coal plants would close by 2030", "made it clear", "Jane Porter")]),
        ("Porter has made clear she will close the coal plants.",
         [("she will close the coal plants", "made clear", "Jane Porter")]),
        # A day's part after the verb is its time, not the clause.
        ("Porter said Tuesday night that the coal plants would close.",
         [("the coal plants would close", "said", "Jane Porter")]),
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
        "Porter made clear her opposition to coal.",
        # "mention" not denied is a passing reference.
        "Porter mentioned the tax on coal in her speech.",
        # "say" that reports no one's words.
        "It is too soon to say whether the wind farm will pay for itself.",
        "It's fair to say that the wind farm has cost more than planned.",
        "If the turbines cost, say, a third less, the plan would pay for itself.",
        "Voters will have their say on the wind farm in May.",
        # "states" after a clause with an adjective or a number before it: the plural noun.
        "The wind farm plan has spread to larger, more diverse states.",
        "The coal plants will close in nine states.",
        # "states that" with an auxiliary after it: a relative clause.
        "Voters in Western states that have lost their mines went to the polls.",
    ],
)
def test_look_alikes_give_no_statement(sentence):
    assert statements(sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # What a speaker refers or points to, or pushes for or rails against: the act's target, and
        # the speaker the sentence's (read as "saying" by the resolver).
        ("The deal was the best on offer, Porter said, referring to the wind farm contract.",
         [("The deal was the best on offer", "said", "Jane Porter"), ("the wind farm contract", "referring to", "Jane Porter")]),
        ("Porter defended the plan, pointing to the falling cost of turbines.",
         [("the plan", "defended", "Jane Porter"), ("the falling cost of turbines", "pointing to", "Jane Porter")]),
        ("Porter has long pushed for tougher rules on coal.", [("tougher rules on coal", "pushed for", "Jane Porter")]),
        ("Porter railed against the mine owners.", [("the mine owners", "railed against", "Jane Porter")]),
        # Forms of acts with a target the lists had left out.
        ("Porter decried the cuts to the coal miners' pensions.", [("the cuts to the coal miners' pensions", "decried", "Jane Porter")]),
        ("Porter assailed the mine owners.", [("the mine owners", "assailed", "Jane Porter")]),
        ("Porter slams the plan to reopen the coal mine.", [("the plan to reopen the coal mine", "slams", "Jane Porter")]),
        # "pointing out that": a participle of two words, read as "pointing" alone was.
        ("Porter defended the plan, pointing out that turbines were cheaper than coal.",
         [("the plan", "defended", "Jane Porter"), ("turbines were cheaper than coal", "pointing out", "Jane Porter")]),
        # "mention" has a target when it is denied.
        ("Porter never mentioned the tax on coal.", [("the tax on coal", "mentioned", "Jane Porter")]),
        ("Porter did not mention Tom Reed by name.", [("Tom Reed by name", "mention", "Jane Porter")]),
        # ", citing": the same reading gives its speaker too.
        ("Porter backed the plan, citing the cost of coal.", [("the cost of coal", "citing", "Jane Porter")]),
    ],
)
def test_target_of_a_reference_or_a_push(sentence, expected):
    assert statements(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A participle after its own subject's verbs: the subject said it.
        ("Tom Reed has begun urging the unions to accept the deal.",
         [("the unions to accept the deal", "urging", "Tom Reed")]),
        ("Tom Reed isn't saying the mine will close.", [("the mine will close", "saying", "Tom Reed")]),
        ("Tom Reed has been suggesting that the mine will close.", [("the mine will close", "suggesting", "Tom Reed")]),
    ],
)
def test_participle_after_its_subjects_verbs(sentence, expected):
    assert statements(sentence) == expected
