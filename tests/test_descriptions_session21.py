"""A body noun or a body's statement re-naming the body just named (session 21, ``body_nouns``)."""

import pytest

from quotearchive.extract import pipeline
from quotearchive.model import Document


def speakers(text: str) -> list[str | None]:
    article = pipeline.parse_document(Document("t.txt", "A headline\n\n" + text + "\n"))
    return [q.speaker for q in article.quotes if q.kind != "indirect"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the body named in the sentence before
        ('Harbour Rovers has rejected the offer. "We will not sell at any price," the club said.',
         "Harbour Rovers"),
        ('The Riverside Dockers Union backed the strike on Monday. "Our members have waited long enough," '
         "the union said.", "Riverside Dockers Union"),
        # a possessive name is still the body named
        ("Harbour Rovers' response came as no surprise. \"Any board must weigh an offer,\" the club said.",
         "Harbour Rovers"),
    ],
)
def test_body_noun_for_the_one_body_named_just_before(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_two_bodies_named_leave_the_noun() -> None:
    text = ('Harbour Rovers beat Castle Town Athletic on Saturday. "The result was deserved," the club said.')
    assert speakers(text) == ["the club"]


def test_a_rival_named_paragraphs_before_is_not_the_club() -> None:
    text = ("Harbour Rovers has rejected the offer.\n\nRival club Castle Town Athletic said nothing.\n\n"
            "The board met on Monday. Harbour Rovers' response came as no surprise. "
            '"We will not sell," the club said.')
    assert speakers(text)[-1] == "Harbour Rovers"


def test_a_person_named_is_no_body() -> None:
    text = 'Ann Lee met the players on Monday. "We will not sell," the club said.'
    assert speakers(text) == ["the club"]


def test_statement_speaks_for_its_issuer() -> None:
    text = ('Harbour Rovers has rejected the offer. "Any board must weigh an offer," the club said in its '
            'statement. It stayed opposed. "The plan is aggressive," the statement said.')
    assert speakers(text) == ["Harbour Rovers", "Harbour Rovers"]


def test_statement_with_no_issuer_stays_as_written() -> None:
    text = 'Heavy rain fell on Monday. "The roads are closed," a statement said.'
    assert speakers(text) == ["a statement"]


def test_the_addressee_is_not_the_body() -> None:
    text = ('A source at the club told the Harbour Gazette about the bid. "We will not sell," the club said.')
    assert speakers(text) == ["the club"]


def test_the_body_named_with_the_noun_after_it() -> None:
    text = ('Castle Motors and the striking Harbour Dock Workers union reached a deal on Monday, the two sides '
            'said.\n\nIt was "a fair result for our members", the union said.')
    assert speakers(text) == ["Harbour Dock Workers"]


def test_a_statement_of_its_own_is_not_the_earlier_one() -> None:
    text = ('Harbour Rovers said in a statement that it had rejected the offer. Heavy rain fell later. '
            '"The roads are closed," a statement said.')
    assert speakers(text)[-1] == "a statement"


def test_the_president_elect_is_the_one_named_with_the_title() -> None:
    text = ('President-elect Ann Lee has named Tom Reed as her chief of staff.\n\n'
            '"He is a tireless advocate of my agenda," the president-elect said in a statement.')
    assert speakers(text) == ["Ann Lee"]


def test_the_expert_is_the_one_who_spoke_last() -> None:
    text = ('"Water the plant once a week," explains Ann Lee, who runs a garden centre.\n\n'
            '"It will grow fast in the light," the expert says.')
    assert speakers(text) == ["Ann Lee", "Ann Lee"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('A senior Tory MP has criticised the department\'s "slow" approach to the outbreak.\n\n'
         "Committee chairman Tom Reed was giving his reaction to a report.", "Tom Reed"),
        ('Scotland\'s justice minister has warned fans that she will hit them "where it hurts".\n\n'
         "Ann Lee said bans were one of several measures.", "Ann Lee"),
    ],
)
def test_a_ledes_description_is_the_person_the_next_sentence_names(text: str, expected: str) -> None:
    assert speakers(text)[0] == expected


def test_an_unnamed_source_past_the_lede_stays_unnamed() -> None:
    text = ("Farm talks went on.\n\nThe bill was debated.\n\nA vote is due.\n\n"
            '"The timing is wrong," a congressional staff member said.\n\n'
            "Rep. Tom Reed is reported to have an amendment.")
    assert speakers(text) == ["a congressional staff member"]


def test_a_spokesman_stays_unnamed() -> None:
    text = 'The firm will cut "hundreds of jobs", a spokesman has said.\n\nAnn Lee, the chairman, met staff.'
    assert speakers(text) == ["a spokesman"]


def test_a_peoples_union_is_no_trade_union() -> None:
    text = ('The European Union agreed new rules on Monday. "Our members will strike," the union said.')
    assert speakers(text) == ["the union"]
