"""A group named by how it stands to a body or person is not that body or person (session 22)."""

import pytest

from quotearchive.extract import pipeline
from quotearchive.model import Document


pytestmark = pytest.mark.usefixtures("rules_only")  # (the rules alone: conftest's switch)


def last_speaker(text: str) -> tuple[str | None, str | None]:
    quotes = pipeline.parse_document(Document("t.txt", "A headline\n\n" + text + "\n")).quotes
    return quotes[-1].speaker, quotes[-1].speaker_type


@pytest.mark.parametrize("text, speaker", [
    ('"It is over," allies of Boris Johnson told the BBC.', "allies of Boris Johnson"),
    ('"She was devastated," friends of Ms Smith said.', "friends of Ms Smith"),
    ('"It was wrong," one critic of Mr Trump said.', "one critic of Mr Trump"),
])
def test_allies_and_friends_in_lower_case_are_the_group(text: str, speaker: str) -> None:
    assert last_speaker(text)[0] == speaker


def test_friends_of_the_earth_is_a_body() -> None:
    assert last_speaker('Friends of the Earth said the plan was "a disaster".')[0] == "Friends of the Earth"


@pytest.mark.parametrize("text, speaker", [
    ('Critics of the Securities and Exchange Commission said the rule was "toothless".',
     "Critics of the Securities and Exchange Commission"),
    ('Sources close to the Treasury said the plan was "dead".', "Sources close to the Treasury"),
    ('People familiar with Google\'s plans said the launch was "imminent".', "People familiar with Google's plans"),
    ('Sources close to Finance Minister Ann Lee said she was "furious".', "Sources close to Finance Minister Ann Lee"),
])
def test_the_group_speaks_not_the_one_it_stands_beside(text: str, speaker: str) -> None:
    assert last_speaker(text) == (speaker, "unnamed")


@pytest.mark.parametrize("text, speaker", [
    # the usual cases that must not change: officials of a body speak for it; a named critic speaks
    ('Officials at the Securities and Exchange Commission said the rule was "strong".',
     "Securities and Exchange Commission"),
    ('Critics like Jared Huffman said the plan was "a mess".', "Jared Huffman"),
    ('The Treasury said the plan was "alive".', "the Treasury"),
])
def test_the_usual_case_is_unchanged(text: str, speaker: str) -> None:
    assert last_speaker(text)[0] == speaker
