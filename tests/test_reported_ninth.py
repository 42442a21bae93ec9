"""Reported speech, ninth round (issue 15): the participle "saying" opens its clause with any
noun, as "said" does; "X was quoted as saying" and "quoted X as saying" report what X said; a
picture, a video or a post shows its content; a setting alone before an attribution set inside
its statement is no statement of its own.  Each with sentences written for the test, and the
look-alikes that must give none."""

import pytest

from .reported_text import statements


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "saying" and a clause opening with a lower-case noun, as after "said".
        ("Porter backed the ban on coal, saying turbines were cheaper than ever.",
         [("turbines were cheaper than ever", "saying", "Jane Porter")]),
        ("Porter defended the tax, saying voters need to know what it pays for.",
         [("the tax", "defended", "Jane Porter"), ("voters need to know what it pays for", "saying", "Jane Porter")]),
        # "X was quoted as saying CLAUSE": the subject said it.
        ("Porter was quoted as saying talks with the unions would resume next week.",
         [("talks with the unions would resume next week", "quoted as saying", "Jane Porter")]),
        ("Tom Reed is reported as saying that the mine would close.",
         [("the mine would close", "reported as saying", "Tom Reed")]),
        # "The agency quoted X as saying CLAUSE": the one quoted said it, not the agency.
        ("The state news agency quoted Tom Reed, the mine's owner, as saying the pit would close.",
         [("the pit would close", "saying", "Tom Reed")]),
        ("A local paper quoted Porter as saying wind farms were the future.",
         [("wind farms were the future", "saying", "Jane Porter")]),
        # ... and "X was quoted in a paper as saying": the subject again, not the paper.
        ("Tom Reed was quoted in a local paper as saying he would sell the mine.",
         [("he would sell the mine", "saying", "Tom Reed")]),
        # A picture, a video or a post shows what it shows, with no "that".
        ("A video of the march shows Porter waving to the crowd outside the hall.",
         [("Porter waving to the crowd outside the hall", "shows", "A video of the march")]),
        ("News footage from the coast showed the sea wall broken in two places.",
         [("the sea wall broken in two places", "showed", "News footage from the coast")]),
        # A setting alone before ", X said," is no statement; the clause after it is.
        ("Under the new deal, Porter said, coal plants would close by 2030.",
         [("coal plants would close by 2030", "said", "Jane Porter")]),
        ("At one point, Porter said, she had considered quitting.",
         [("she had considered quitting", "said", "Jane Porter")]),
        ("But at last week's talks, Porter said, the unions agreed to the plan.",
         [("the unions agreed to the plan", "said", "Jane Porter")]),
        ("As a result, Porter said, coal plants would close early.",
         [("coal plants would close early", "said", "Jane Porter")]),
    ],
)
def test_each_phenomenon_gives_its_statements(sentence, expected):
    assert statements(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A first half with a verb of its own, or a subject, stays a statement (PolNeAR marks both halves).
        ("If the deal fails, Porter said, the plant will close.",
         [("If the deal fails", "said"), ("the plant will close", "said")]),
        ("As prices rose, Porter said, the plant will close.",
         [("As prices rose", "said"), ("the plant will close", "said")]),
        ("The new turbines, Porter said, were badly built.",
         [("The new turbines", "said"), ("were badly built", "said")]),
    ],
)
def test_halves_with_a_verb_or_a_subject_stay(sentence, expected):
    assert [(text, cue) for text, cue, _ in statements(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "saying" as a clause's subject: what follows it is its verb, no clause.
        "So what the minister is saying is that nothing will change.",
        # "shows" as a noun after a picture word ("chart show", "shows whose ...").
        "The revamped chart show will run on Sundays.",
        "Viewers of the video site are rediscovering shows whose days on cable are long over.",
        # A picture word with "show" but no content after it.
        "The photos show.",
    ],
)
def test_look_alikes_give_no_statement(sentence):
    assert statements(sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # After ", X said," a phrase of the act's manner is no statement; the clause before it is.
        ("The talks had failed, Porter said, without naming the unions.", [("The talks had failed", "said", "Jane Porter")]),
        ("The turbines were badly built, Porter said, as the crowd cheered.", [("The turbines were badly built", "said", "Jane Porter")]),
        # ... a gerund with a verb of its own after it is the second half's subject, no manner.
        ("Repairs will be slow, Porter said, digging up roads can take weeks.",
         [("Repairs will be slow", "said", "Jane Porter"), ("digging up roads can take weeks", "said", "Jane Porter")]),
        # ... but a participle that says what the words were about stays (PolNeAR marks it; since
        # session 18 "referring to" is a target's cue of its own, its span what is referred to).
        ("The deal was the best on offer, Porter said, referring to the wind farm contract.",
         [("The deal was the best on offer", "said", "Jane Porter"), ("the wind farm contract", "referring to", "Jane Porter")]),
    ],
)
def test_a_manner_phrase_after_the_attribution_is_no_statement(sentence, expected):
    assert statements(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A quote's attribution and then the act's manner, or the addressee's apposition or setting.
        '"It has been a long week," Porter said, holding back tears.',
        '"It has been a long week," Porter told Ann Stone, a local councillor.',
        '"It has been a long week," Porter told reporters outside a cafe in Leeds.',
    ],
)
def test_after_a_quote_no_manner_or_addressee_is_reported(sentence):
    assert statements(sentence) == []


def test_a_survey_named_with_a_long_description_still_finds():
    # "A poll from X Y Z released Wednesday found ...": the survey word six or more words back
    # (its speaker is the resolver's to cut: not asserted here).
    found = statements("A poll from the Leeds Law School released on Wednesday found Porter leading Reed by 15 points.")
    assert [(text, cue) for text, cue, _ in found] == [("Porter leading Reed by 15 points", "found")]
