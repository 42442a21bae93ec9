"""A participle's object naming an outlet or a programme, glued to a surname (session 21)."""

import pytest

from quotearchive.extract import pipeline
from quotearchive.extract.speakers.glued_names import glued_surname
from quotearchive.model import Document


def speakers(text: str) -> list[str | None]:
    article = pipeline.parse_document(Document("t.txt", "A headline\n\n" + text + "\n"))
    return [q.speaker for q in article.quotes if q.kind != "indirect"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('John Smith is the new chairman. Speaking to the BBC Smith said: "We will not back down."', "John Smith"),
        ('Jane Smith is a novelist. Writing in the Guardian Smith said: "We will not back down."', "Jane Smith"),
        ("John Smith is the new chairman. Speaking on BBC Radio 4's Today programme Smith said: \"We will not back down.\"",
         "John Smith"),
    ],
)
def test_outlet_glued_to_a_surname_the_article_named(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_a_surname_nobody_was_named_by_stays_unread() -> None:
    # "Sentinel" names no person here: the outlet's last word is not taken as a speaker.
    assert speakers('"We will not back down," the South Florida Sun Sentinel said in an editorial.') == [
        "the South Florida Sun Sentinel"]


@pytest.mark.parametrize(
    "mention",
    [
        "the Des Moines Register backed Warren",  # a clause, not an outlet's name
        "a spokesman for the English Ballet Smith",  # a link word: a name inside a phrase
        "the Tony Smith",  # a first name ties the surname to the run
        "to the BBC, Smith",  # a comma: no glued phrase
        "the match Smith",  # all lower case: glued_name's case
    ],
)
def test_no_glued_surname(mention: str) -> None:
    assert glued_surname(mention, lambda word: word in {"Smith", "Warren"}) == 0


def test_glued_surname_offset() -> None:
    assert glued_surname("to the BBC Smith", lambda word: word == "Smith") == 11
    assert glued_surname("BBC Radio 4's Today programme Smith", lambda word: word == "Smith", opened=True) == 30
    assert glued_surname("BBC Radio 4's Today programme Smith", lambda word: word == "Smith") == 0


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We will not back down on this," the Star Tribune said in an editorial.', "the Star Tribune"),
        ('"We will not back down on this," the Sun Sentinel said in an editorial.', "the Sun Sentinel"),
    ],
)
def test_a_newspaper_named_for_its_kind_is_an_organisation(text: str, expected: str) -> None:
    # "Star" is no epithet before a surname "Tribune": the newspaper's word makes the run a body.
    article = pipeline.parse_document(Document("t.txt", "A headline\n\n" + text + "\n"))
    assert [(q.speaker, q.speaker_type) for q in article.quotes] == [(expected, "organisation")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shops all over the UK reported that sales were weak.", ("Shops all over the UK", "description")),
        ("Farmers across the EU said prices were too low.", ("Farmers across the EU", "description")),
        ("The EU said prices were too low.", ("the EU", "organisation")),
    ],
)
def test_people_spread_over_a_place_are_described(text: str, expected: tuple[str, str]) -> None:
    # The place's name ends the phrase but does not speak: the people spread over it do.
    article = pipeline.parse_document(Document("t.txt", "A headline\n\n" + text + "\n"))
    assert [(q.speaker, q.speaker_type) for q in article.quotes] == [expected]


def test_a_place_and_party_read_as_a_person_is_no_surname() -> None:
    # "Iowa Democrat" is no person named in full: "a New Hampshire Democrat" stays itself.
    text = ('"She is too far behind," said an Iowa Democrat.\n\n'
            '"The gap is awfully large," added a New Hampshire Democrat.')
    assert speakers(text)[-1] == "a New Hampshire Democrat"



@pytest.mark.parametrize(
    "text, expected",
    [
        # (a review's reproducers, session 21) a body's or place's name that ends in a named person's surname
        ('The late senator Frank Church led the inquiry. The Catholic Church said: "We have opened the archives."',
         "The Catholic Church"),
        ('Charlotte Church sang at the service. "It raised a lot," the Methodist Church said.', "the Methodist Church"),
        ('Nathan Lane starred in the show. "It was a sell-out," the Drury Lane said.', "the Drury Lane"),
        # two people share the surname: neither is taken
        ('John Smith and his wife Mary Smith run the shop. Speaking to the BBC Smith said: "We will not back down."', None),
    ],
)
def test_no_surname_taken_from_a_name_or_a_namesake(text: str, expected: str | None) -> None:
    assert speakers(text) == [expected]


def test_a_legislator_by_the_seat_stays_described() -> None:
    # The person in focus is no legislator: "the Arizona congresswoman" is not the nurse (session 21's
    # legislator heads were taken back out for this).
    text = ('Maria Lopez is a nurse in Phoenix. "I cannot pay rent," she said. '
            '"This is a crisis," the Arizona congresswoman said.')
    assert speakers(text)[-1] == "the Arizona congresswoman"
