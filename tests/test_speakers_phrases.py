"""The reporter's own phrases around a quote or a subject: quoted words inside a
noun phrase (what follows the closing mark is the rest of that phrase, not an
attribution), and a home town set between a subject and its verb.

Each test is a small text written here for one phenomenon, expected speakers written out.
"""

from __future__ import annotations

from quotearchive.extract.quotes import extract_quotes
from quotearchive.extract.reported import extract_reported


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(text)]


def test_a_quoted_modifier_after_a_determiner_is_followed_by_its_noun_not_a_verb():
    # "cut in" is a verb of speech ("she cut in"); after 'a "substantial"' it is the noun the
    # quote modifies, and the words after it were taken for an inverted speaker.
    text = ('The Finance Committee has called for a "substantial" cut in card interest rates '
            'charged by banks and other lenders.')
    assert speakers(text) == [("substantial", "the Finance Committee")]


def test_a_quote_closing_its_clause_before_an_inverted_attribution_still_takes_it():
    text = 'She called the plan "a disgrace," said Ann Lee, the party leader.'
    assert speakers(text) == [("a disgrace,", "Ann Lee")]


def test_a_quoted_complement_before_said_keeps_its_inverted_speaker():
    text = '2004 was a "stellar year" said Roger Bennett, the association\'s director.'
    assert speakers(text) == [("stellar year", "Roger Bennett")]


def test_a_quote_after_that_opens_a_clause_and_takes_the_trailing_speaker():
    text = 'Opinion polls suggest that "people still want the state to lead", Ms Alexander says.'
    assert speakers(text) == [("people still want the state to lead", "Ms Alexander")]


def test_a_home_town_and_us_state_between_a_company_and_its_verb_is_not_the_speaker():
    # US wire copy: "Company, City, St., said" (no "of"); the city was taken for the speaker.
    text = ("Harbor View Holdings Corp, Phoenix, Ariz., said it acquired a radio network.\n\n"
            "Acme Tools Inc, Boise, Idaho, said it would buy back 10 pct of its shares.")
    assert [q.speaker for q in extract_reported(text)] == ["Harbor View Holdings Corp", "Acme Tools Inc"]


def test_an_adverb_between_a_name_and_its_verb_is_not_part_of_the_name():
    text = "Maya Karenga, the curator, spoke first.\n\nKarenga matter-of-factly said the exhibition would close."
    assert [q.speaker for q in extract_reported(text)] == ["Maya Karenga"]


def test_a_noun_ending_in_ly_is_not_an_adverb():
    # "-ly" words were all read as adverbs: "the royal family said" gave "the royal".
    text = ('"We are deeply saddened," the royal family said.\n\n'
            "His closest ally said he would stay.")
    assert speakers(text) == [("We are deeply saddened,", "the royal family")]
    assert [q.speaker for q in extract_reported(text)] == ["His closest ally"]


def test_a_documents_participle_before_after_opens_no_clause():
    # "after" opened a clause, so the speaker was "the talks".
    text = ("A joint statement issued after the talks said progress was made.\n\n"
            "The minister resigned after the report said the firm had failed.")
    assert [q.speaker for q in extract_reported(text)] == ["A joint statement issued after the talks", "the report"]
