"""Reported speech, precision on news other than PolNeAR (issue 15, session 13): the
look-alikes of a report that news writing holds -- a verb form that is an adjective or a
noun, a quantity's movement, a noun of speech whose holder the sentence does not name --
each with a short sentence written for it and the statements it must (not) give."""

import pytest

from .reported_text import INTRO, statements


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A quantity's movement: "declined to" a number is no refusal.
        ("Turnover at the market declined to nine mln stg from ten mln.", []),
        # A participle after a degree word is an adjective ("so promising that"): the clause
        # after "that" is the one reported, by its own verb.
        ("The trial has been so promising that the firm says it will open a second plant.",
         [("it will open a second plant", "says", "the firm")]),
        # A speech form after a determiner is a noun ("made the claims"), no ", X claims" attribution.
        ("Tom Reed, whose firm is under investigation, made the claims in a television interview.", []),
        # A verb set off by ", or" is a second verb of the sentence's subject, no attribution inside it.
        ("The mill is the latest of the firms that have cut their contract, or posted, prices this week.", []),
        # "than expected", "as planned": a comparison, nobody's expectation.
        ("The slower than expected removal of the turbines has delayed the work at the plant.", []),
        ("The turbines were removed as planned to make room for the new lines.", []),
    ],
)
def test_look_alikes(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert statements(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A noun of speech after a preposition: the sentence's subject does not hold it.
        ("Sentiment at the mill was lifted by suggestions that the plant will reopen.",
         [("the plant will reopen", "suggestions", None)]),
        ("The pound fell on fears that the bank will cut rates again.",
         [("the bank will cut rates again", "fears", None)]),
        # ... but the holder named by a possessive keeps the speaker.
        ("Tom Reed repeated his claim that the plan was dead.", [("the plan was dead", "claim", "Tom Reed")]),
        # "went on to promise": an infinitive, a verb, no noun after a preposition.
        ("Tom Reed went on to promise that the plant would stay open.",
         [("the plant would stay open", "promise", "Tom Reed")]),
        # "is now expected to": an expectation no one is named as holding.
        ("The plant is now expected to close in the spring.", [("to close in the spring", "expected", None)]),
    ],
)
def test_holder_not_the_subject(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert statements(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A verb that takes its clause without "that" but as often a plain object: with no verb
        # in the words after it, they are its object, no report.
        ("The map service has added live data on traffic.", []),
        ("Tom Reed wrote the book in prison.", []),
        ("The winger added a second goal with a low shot in injury time.", []),
        ("The mill reported a loss for the year.", []),
        # ... with a verb, a clause.
        ("Tom Reed added the turbines had failed twice.", [("the turbines had failed twice", "added", "Tom Reed")]),
        ("Tom Reed believes the mill cannot survive the winter.", [("the mill cannot survive the winter", "believes", "Tom Reed")]),
        ("Tom Reed believes the mill won its case.", [("the mill won its case", "believes", "Tom Reed")]),
        # A contraction is a verb ("it's"); a possessive's "'s" is none ("next week's vote").
        ("Tom Reed believes it's too late.", [("it's too late", "believes", "Tom Reed")]),
        ("The mill revealed its support ahead of next week's vote.", []),
        # A verb whose object is the act's content keeps it: what is predicted, promised, suggested.
        ("Tom Reed predicted a sharp drop in output.", [("a sharp drop in output", "predicted", "Tom Reed")]),
        # "said" takes any clause, and "that" opens one whatever follows.
        ("Tom Reed said the plan was sound.", [("the plan was sound", "said", "Tom Reed")]),
    ],
)
def test_object_is_no_clause(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert statements(sentence) == expected


def test_quoted_as_saying_kept() -> None:
    # "quoted X as saying": "as" before a participle of speech is no comparison.
    found = statements("The paper quoted Tom Reed as saying the plant would stay open.")
    assert [text for text, _, _ in found] == ["the plant would stay open"]
