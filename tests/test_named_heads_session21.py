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
