"""A body's kind noun standing for the body named before whose name holds it (session 21)."""

import pytest

from quotearchive.extract import pipeline
from quotearchive.model import Document


def statements(text: str) -> list[tuple[str, str | None]]:
    article = pipeline.parse_document(Document("t.txt", "A headline\n\n" + text + "\n"))
    return [(q.kind, q.speaker) for q in article.quotes]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Electoral Commission published its review on Monday. The commission said caps on donations "
         "would cost taxpayers more.", "Electoral Commission"),
        ("Figures came from the Semiconductor Industry Association. The association said orders rose "
         "in February.", "Semiconductor Industry Association"),
        ("The Low Pay Commission met ministers. Later the cross-party commission said wages had to rise.",
         "Low Pay Commission"),
    ],
)
def test_kind_noun_for_the_body_named_with_it(text: str, expected: str) -> None:
    assert statements(text) == [("indirect", expected)]


def test_two_bodies_of_the_kind_leave_the_phrase() -> None:
    text = ("The Electoral Commission and the Low Pay Commission met. The commission said caps on donations "
            "would cost taxpayers more.")
    assert statements(text) == [("indirect", "The commission")]


def test_a_capitalised_modifier_names_another_body() -> None:
    text = "The Electoral Commission met. The Commons committee said caps on donations would cost more."
    assert statements(text)[0][1] != "Electoral Commission"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The case went to the US Court of Appeals. The court said the networks could not be deemed illegal.",
         "US Court of Appeals"),
        ("The Football Association fined the club. The association said the fine was fair.", "Football Association"),
    ],
)
def test_courts_and_associations_by_their_kind(text: str, expected: str) -> None:
    assert statements(text)[-1] == ("indirect", expected)



@pytest.mark.parametrize(
    "text, written",
    [
        # (a review's reproducers, session 21) a lower-case modifier naming a kind of body, a possessive,
        # the kind word inside the name but not its head, "union" after the European Union
        ("The Supreme Court agreed to hear the case. Earlier the appeal court said the case was weak.", "the appeal court"),
        ("The Federal Reserve Board raised rates. The company's board said it would cut its dividend.", "The company's board"),
        ("The show was held at Hampton Court Palace. The court said the case was weak.", "The court"),
        ("Arts Council England cut its grant. The city council said the cuts were unfair.", "The city council"),
        ("The European Union agreed new rules. Workers belong to the RMT. The union said its members would strike.",
         "The union"),
    ],
)
def test_another_body_of_the_kind_stays_as_written(text: str, written: str) -> None:
    assert statements(text)[-1] == ("indirect", written)
