"""Reported speech, session 20: a relative clause on the reported clause's subject is inside the clause."""

import pytest

from .reported_text import statements


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # ", which ..., VERB": the relative describes the clause's subject; the clause's verb follows it.
        ("Porter said the plan, which cost millions, had failed.",
         [("the plan, which cost millions, had failed", "said", "Jane Porter")]),
        ("Porter said that the scheme, which began in May, would end in the spring.",
         [("the scheme, which began in May, would end in the spring", "said", "Jane Porter")]),
        ("Tom Reed told reporters the mine, which employs 300 people, was safe.",
         [("the mine, which employs 300 people, was safe", "told", "Tom Reed")]),
        # The clause has its verb before ", which": the relative is the reporter's comment, cut off.
        ("Porter said the plan had failed, which surprised many in the party.",
         [("the plan had failed", "said", "Jane Porter")]),
        ("Porter said the plan had failed, which cost the party dearly, and walked out.",
         [("the plan had failed", "said", "Jane Porter")]),
    ],
)
def test_a_relative_on_the_subject_stays_in_the_statement(sentence, expected):
    assert statements(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A pronoun takes no relative: the clause has its verb ("support") before ", which".
        ("Porter said they support the bill, which passed the Senate, officials said.",
         [("they support the bill", "said", "Jane Porter")]),
        # A word and a verb of speech after the relative: a second attribution, not the clause's verb.
        ("Porter said the plan, which cost millions, officials said.", []),
        # A plural subject: its "-s" is no verb before the cut.
        ("Porter said the plans, which cost millions, had failed.",
         [("the plans, which cost millions, had failed", "said", "Jane Porter")]),
    ],
)
def test_the_relative_rule_stops_where_the_clause_has_its_verb_or_another_attribution(sentence, expected):
    assert statements(sentence) == expected
