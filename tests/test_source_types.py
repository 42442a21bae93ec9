"""Source types: who or what a statement comes from, as a reader facets on it
(USERS.md, "source types as facets": a named person, an organisation, people
described but not named, a document).  Decided from the resolved speaker's head
noun, after every rule and the confidence (extract/speakers/sources.py)."""

from __future__ import annotations

import pytest

from quotearchive.archive.schema import TABLES
from quotearchive.extract.pipeline import parse_document
from quotearchive.extract.speakers import Attribution, source_type
from quotearchive.extract.speakers.sources import head_noun
from quotearchive.lexicon.sources import SOURCE_TYPES
from quotearchive.model import Document


@pytest.mark.parametrize("phrase, head", [
    ("a report by the ministry", "report"),
    ("officials familiar with the talks", "officials"),
    ("A joint statement issued after the talks", "statement"),  # a participle after the head
    ("An EU negotiator taking part in the talks", "negotiator"),
    ("The retired surgeon", "surgeon"),  # a participle before the head is no cut
    ("the firm's", "firm"),
    ("Federal Reserve", "Reserve"),
    ("The CEO of Vail Resorts", "CEO"),  # "of" after a known noun in capitals
    ("a Bank of England spokesman", "spokesman"),  # "of" inside a name
    ("A number of researchers", "researchers"),  # after a quantity, the noun that follows
    ("One of these analyses", "analyses"),
])
def test_the_head_noun_is_the_word_before_what_qualifies_it(phrase, head):
    assert head_noun(phrase) == head


@pytest.mark.parametrize("speaker, resolved_as, expected", [
    ("Jane Moreau", "person", "person"),
    ("the Finance Ministry", "organisation", "organisation"),
    ("a senior official", "description", "unnamed"),
    ("traders", "description", "unnamed"),
    ("Diplomats", "description", "unnamed"),  # opening a sentence: the noun in capitals
    ("a spokesman for the firm", "description", "unnamed"),
    ("the report", "description", "document"),
    ("A joint statement issued after the talks", "description", "document"),
    ("a report by the ministry", "description", "document"),  # the head, not the body named after "by"
    ("the talks", "description", "description"),  # neither people nor a text
    ("The ex-staffer", "description", "unnamed"),
    ("Several leading farm-state congressmen", "description", "unnamed"),  # a plural of people
    ("One of these analyses", "description", "document"),
    ("BBC Broadcast", "description", "description"),  # a capital past the first word: a name
    ("The CEO of Vail Resorts", "description", "unnamed"),  # unless it is a role
    # A body's name before a lower-case noun of people or of a text: someone or something speaking for it.
    ("An EU negotiator taking part in the talks", "organisation", "unnamed"),
    ("Agriculture Ministry sources", "organisation", "unnamed"),
    ("The proposal handed to the government", "organisation", "document"),
    ("Reporters Without Borders", "organisation", "organisation"),  # capitals: a name, not a noun of people
])
def test_the_source_type_follows_the_head_noun(speaker, resolved_as, expected):
    assert source_type(Attribution(speaker, resolved_as)) == expected


def test_no_speaker_has_no_source_type():
    assert source_type(Attribution()) is None


def quotes_of(body: str) -> list[tuple[str, str | None, str | None]]:
    article = parse_document(Document(source="sources.txt", text="Test headline\n\n" + body))
    return [(q.text, q.speaker, q.speaker_type) for q in article.quotes]


def test_an_article_stores_the_kind_of_each_source():
    body = (
        "The ministry published its review on Monday.\n\n"
        '"We will not change course," a senior official said.\n\n'
        "Prices would fall by the end of the year, the review said.\n\n"
        '"It is a fair deal," said Anna Berg, the union\'s leader.'
    )
    kinds = {speaker: kind for _, speaker, kind in quotes_of(body)}
    assert kinds == {"a senior official": "unnamed", "the review": "document", "Anna Berg": "person"}


def test_the_schema_documents_every_source_type():
    quotes = next(t for t in TABLES if t.name == "quotes")
    doc = next(c.description for c in quotes.columns if c.name == "speaker_type")
    assert all(f"{name}:" in doc for name in SOURCE_TYPES)
