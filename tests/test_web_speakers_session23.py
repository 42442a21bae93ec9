"""Web news speakers (session 23): a role owned by a body in apposition shows a person; a reporter's
question fronted before the answer names no one who answers; a document sent to someone is its
sender's, never its addressee's."""

import time

import pytest

from quotearchive.extract import pipeline
from quotearchive.model import Document


pytestmark = pytest.mark.usefixtures("rules_only")  # (the rules alone: conftest's switch)


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    quotes = pipeline.parse_document(Document("t.txt", "A headline\n\n" + text + "\n")).quotes
    return [(q.speaker, q.speaker_as_written) for q in quotes]


def last_speaker(text: str) -> str | None:
    return speakers(text)[-1][0]


# A person named with an unfamiliar first name and a role that belongs to a body ("X, Al Jazeera's
# manager of communications,") is a person: the "he said" after the quote is his, not that of the
# man quoted before him.
@pytest.mark.parametrize("text, speaker", [
    ('AFP director Phil Chetwynd called for an inquiry.\n\n"It was deliberate," he said.\n\n'
     "Ihtisham Hibatullah, Al Jazeera's manager of communications, urged the army to publish its findings.\n\n"
     '"This was intentional targeting," he said.', "Ihtisham Hibatullah"),
    ('Mayor Tom Reed defended the budget.\n\n"It is fair," he said.\n\n'
     "Okonkwo Adeyemi, the council's finance director, warned of cuts.\n\n"
     '"We cannot pay for this," he said.', "Okonkwo Adeyemi"),
])
def test_a_role_owned_by_a_body_shows_a_person(text: str, speaker: str) -> None:
    assert last_speaker(text) == speaker


# "Asked whether ..., he said": the question's names are not who answers.
@pytest.mark.parametrize("text, speaker", [
    ('Sir Keir Starmer defended the gifts on Monday.\n\n'
     'Asked again whether he would accept gifts from Lord Alli, he said: "I will comply with the rules."\n\n'
     'Asked whether an adviser would be appointed, he went on: "There is a difference between declarations and corruption."',
     "Sir Keir Starmer"),
    ('Mr Obama spoke in Ohio.\n\nAsked if he agreed with Mr Romney, he said no.\n\n"We differ," he added.', "Mr Obama"),
    # a question with commas of its own: the answer starts after the last one before its subject
    ("U.N. Secretary-General Ban Ki-moon spoke in New York.\n\nAsked whether Donald Trump, who has "
     "called global warming a hoax, could be the next president, Ban demurred.\n\n"
     '"There is no political ideology here," he said.', "Ban Ki-moon"),
])
def test_a_fronted_question_names_no_one_who_answers(text: str, speaker: str) -> None:
    assert last_speaker(text) == speaker


@pytest.mark.parametrize("text, speaker, written", [
    ("Sir Keir said he had done nothing wrong.\n\nThe Conservatives' letter to Daniel Greenberg, the standards "
     'commissioner, said: "Lord Alli had been given a pass."', "the Conservatives",
     "The Conservatives' letter to Daniel Greenberg"),
    ('Mr Jones\'s email to Jane Smith, the council leader, said: "We want answers now."', "Mr Jones",
     "Mr Jones's email to Jane Smith"),
    ('A letter to Jane Smith said: "We want answers soon."', "A letter to Jane Smith", "A letter to Jane Smith"),
    ('A letter to Facebook from Senator Ron Johnson said: "We want answers."', "Ron Johnson",
     "A letter to Facebook from Senator Ron Johnson"),
    ('Tom Reed is the mayor of Leeds. His letter to Jane Smith, the council leader, said: "We want answers."',
     "Tom Reed", "His letter to Jane Smith"),
])
def test_a_document_sent_to_someone_is_not_the_addressees(text: str, speaker: str, written: str) -> None:
    assert speakers(text)[-1] == (speaker, written)


# The usual cases of each phenomenon, which must not change.
@pytest.mark.parametrize("text, speaker", [
    ('Jane Smith, the council\'s leader, said: "We will fight this."', "Jane Smith"),
    ('"We will appeal," said Tom Reed, Acme\'s chief executive.', "Tom Reed"),
    ('In a letter to the council, Ann Lee said: "The road must close."', "Ann Lee"),
    ('Ann Lee wrote a letter to Tom Reed on Monday.\n\n"The road must close," she said.', "Ann Lee"),
    ('Asked about the plan, Mr Smith said: "It will work."', "Mr Smith"),
    ('Tom Reed asked whether the plan would work.\n\n"It will not," Ann Lee said.', "Ann Lee"),
    ('Tom Reed, the mayor, spoke first.\n\n"We are ready," he said.', "Tom Reed"),
    ('Ann Lee, 45, a nurse, was there.\n\nTom Reed, Acme\'s chief executive, was not.\n\n"I was shocked," she said.', "Ann Lee"),
    ('Tom Reed told Jane Smith about the plan.\n\n"It is a letter to the future," he said.', "Tom Reed"),
])
def test_the_usual_case_is_unchanged(text: str, speaker: str) -> None:
    assert last_speaker(text) == speaker


def test_a_spokesman_for_someone_stays_the_spokesman() -> None:
    assert last_speaker('A spokesman for Mr Blair said: "He was not there."') == "A spokesman for Mr Blair"


@pytest.mark.parametrize("unit", [
    "The Conservatives' letter to Daniel Greenberg said: \"No.\" ",
    "Asked whether Tom Reed would go, he said: \"No.\" ",
    "Ihtisham Hibatullah, Al Jazeera's manager of communications, said: \"No.\" ",
])
def test_hostile_repeats_stay_linear(unit: str) -> None:
    start = time.perf_counter()
    pipeline.parse_document(Document("t.txt", "A headline\n\n" + unit * 2000 + "\n"))
    small = time.perf_counter() - start
    start = time.perf_counter()
    pipeline.parse_document(Document("t.txt", "A headline\n\n" + unit * 10000 + "\n"))
    large = time.perf_counter() - start
    assert large < 60 and large < 5 * 3 * small + 2  # five times the text: about five times the time
