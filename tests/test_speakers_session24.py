"""Speakers (session 24): a pronoun answering a fronted "Asked ..." question within its own
sentence; an organisation's name holding "in" ("the Committee on Standards in Public Life"); two
people who speak together."""

import pytest

from quotearchive.extract import pipeline
from quotearchive.model import Document


pytestmark = pytest.mark.usefixtures("rules_only")  # (the rules alone: conftest's switch)


def speakers(text: str) -> list[str | None]:
    quotes = pipeline.parse_document(Document("t.txt", "A headline\n\n" + text + "\n")).quotes
    return [q.speaker for q in quotes if q.kind != "indirect"]


# "Asked what he thought of X, ..., he said": the name inside the question is not who answers.
@pytest.mark.parametrize("text, speaker", [
    ('Asked what he thought of Boris Johnson, the prime minister, he said: "He is a friend."', None),
    ('Asked whether Ann Lee, the council leader, would win, she said: "She will."', None),
    ('Tom Reed met voters on Monday.\n\nAsked what he thought of Boris Johnson, the prime minister, '
     'he said: "He is a friend."', "Tom Reed"),
])
def test_a_name_in_the_question_does_not_answer(text: str, speaker: str | None) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The Committee on Standards in Public Life said: "We need rules."', "the Committee on Standards in Public Life"),
    ('"We need rules," the Committee on Standards in Public Life said.', "the Committee on Standards in Public Life"),
])
def test_an_organisation_name_holding_in(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('"We are pleased," Tom Reed and Ann Lee said in a joint statement.', "Tom Reed and Ann Lee"),
    ('In a joint statement, Tom Reed and Ann Lee said: "We are pleased."', "Tom Reed and Ann Lee"),
    ('"We are pleased," said Tom Reed and Ann Lee.', "Tom Reed and Ann Lee"),
    ('John Magnier and JP McManus own the shares. "We are investors," Mr Magnier and Mr McManus said.',
     "John Magnier and Mr McManus"),  # ("JP" is no first name the lexicon holds: as written)
])
def test_two_people_speaking_together(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


# The usual cases of each phenomenon, the same as before.
@pytest.mark.parametrize("text, speaker", [
    ('Asked about Boris Johnson, Tom Reed said: "He is a friend."', "Tom Reed"),
    ('Tom Reed met voters. Asked whether Ann Lee would win, he said she would. "She is strong," he added.', "Tom Reed"),
    ('"We are pleased," Marks and Spencer said.', "Marks and Spencer"),
    ('"We are pleased," Johnson and Johnson said.', "Johnson and Johnson"),
    ('"It will grow," said Ernst and Young\'s Sanjay Mehta.', "Sanjay Mehta"),
    ('Tom Reed and Ann Lee arrived. "We are pleased," he said.', "Tom Reed"),
    ('"We need rules," the Council on Foreign Relations said.', "the Council on Foreign Relations"),
    ('"We need rules," Labour in Scotland said.', "Labour in Scotland"),
    ('"We need rules," the Campaign for Nuclear Disarmament said.', "the Campaign for Nuclear Disarmament"),
    # (review 1: a firm's name joined by "and", then a role and the person who speaks)
    ('"Sales are strong," Simon and Schuster CEO Jonathan Karp said.', "Jonathan Karp"),
    ('"Growth will slow," said Ernst and Young Chairman Tom Reed.', "Tom Reed"),
    ('"Prices will rise," Jordan and Israel Envoy Tom Reed said.', "Tom Reed"),
    # (review 1: a body's officer after "in <place>" speaks, not the body)
    ('"We need rules," said the Committee on Standards in Public Life Chair Jonathan Evans.', "Jonathan Evans"),
    ('Committee to Protect Journalists in New York Director Joel Simon said: "Free him."', "Joel Simon"),
    # (review 1: "<place>-based" is no person's name; the pronoun keeps the man named before)
    ('Tom Reed runs the fund. It bought shares in a Hong Kong-based bank on Monday. "It is cheap," he said.',
     "Tom Reed"),
    ('Tom Reed founded the start-up. The Tel Aviv-based company raised $10m. "We are thrilled," he said.',
     "Tom Reed"),
    ('Jane Lee left. Ban Ki-moon arrived. "We must act," he said.', "Ban Ki-moon"),
    ('"We will vote no," said Sen. Kirby Smith. "It is a bad bill," she added.', "Kirby Smith"),
])
def test_the_usual_case_is_unchanged(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


# One sentence-start helper: an abbreviation's stop opens no sentence for the pronoun-gender reading.
@pytest.mark.parametrize("body, expected", [
    ('"No," said Sen. Kirby Smith before she left.', False),
    ("Voters cheered Gov. Kirby Smith when she arrived.", False),
    ("He left. Kirby Smith arrived.", True),
    ("He left.\nKirby Smith arrived.", True),
    ("Kirby Smith arrived.", True),
    ("He went to St. Louis. Kirby Smith arrived.", True),
    ('He left." Kirby Smith arrived.', True),
    ("Acme Corp. Kirby Smith arrived.", True),
])
def test_a_name_opens_its_sentence(body: str, expected: bool) -> None:
    from quotearchive.extract.speakers.pronoun_genders import _opens_sentence
    assert _opens_sentence(body, body.index("Kirby")) is expected


def test_the_walk_is_one_function() -> None:
    from quotearchive.extract.speakers import antecedents, salience, sentence_bounds
    assert antecedents.walk_sentence_starts is sentence_bounds.walk_sentence_starts
    assert salience.walk_sentence_starts is sentence_bounds.walk_sentence_starts
    body = "He went back to St. Louis, the city. Tom Reed said so."
    assert sentence_bounds.walk_sentence_starts(body, 0, len(body)) == [body.index("Tom")]
