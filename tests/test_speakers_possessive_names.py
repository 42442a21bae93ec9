"""Names that hold a possessive (issue 14, class 9: a name is stored as written).

Firms and papers carry a possessive inside their names ("Moody's", "Standard and Poor's Corp",
"The People's Daily", "Hudson's Bay"); the run parser strips every possessive, so the archive
filed them as "Moody" and "People Daily" (the last one as a person).  Wire copy also names an
analyst by the firm's possessive and the surname alone ("Capel's Murtha said"), which became a
person called "Capel Murtha".  Each test is a small text written here, expected speakers written
out.
"""

from __future__ import annotations

import pytest

from quotearchive.extract.pipeline import parse_document
from quotearchive.extract.quotes import extract_quotes
from quotearchive.model import Document


def direct(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(q.speaker, q.speaker_type, q.speaker_role) for q in extract_quotes(text)]


def reported(text: str) -> list[tuple[str | None, str | None]]:
    article = parse_document(Document(source="t.txt", text="Headline\n\n" + text + "\n"))
    return [(q.speaker, q.speaker_type) for q in article.quotes if q.kind == "indirect"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('"The outlook is negative," Moody\'s said.', "Moody's"),
    ('"We see no change," said Moody\'s Investors Service Inc.', "Moody's Investors Service Inc"),
    ('"The yen will fall," Standard and Poor\'s Corp said.', "Standard and Poor's Corp"),
    ('"Sales rose," Lowe\'s Cos Inc said.', "Lowe's Cos Inc"),
    ('"Fares will rise," Texas Air Corp\'s Continental Airlines said.', "Texas Air Corp's Continental Airlines"),
])
def test_a_firm_keeps_the_possessive_inside_its_name(text: str, speaker: str) -> None:
    assert direct(text) == [(speaker, "organisation", None)]


def test_a_paper_named_with_a_possessive_is_a_body_not_a_person() -> None:
    assert direct('"It is a good plan," the People\'s Daily said.') == [("the People's Daily", "organisation", None)]


def test_reported_speech_keeps_the_possessive_too() -> None:
    assert reported("Moody's said it had lowered the debt ratings of the steel group.") == [("Moody's", "organisation")]


def test_a_surname_after_a_firms_possessive_is_the_person_named_before() -> None:
    text = ('Peter Murtha of James Capel said the shares were cheap. "They will rise in the spring," '
            "Capel's Murtha said.")
    assert direct(text)[-1] == ("Peter Murtha", "person", "Capel")


def test_an_owned_full_name_is_unchanged() -> None:
    assert direct('"I am pleased with the vote," Britain\'s Tony Blair said.') == [("Tony Blair", "person", "Britain")]


def test_an_owner_before_a_speaking_role_is_unchanged() -> None:
    # The possessive is the owner's, not part of a name: "Blair's spokesman" is a description.
    speaker, kind, _ = direct('"No comment," Mr Blair\'s spokesman said.')[0]
    assert speaker != "Blair's" and kind != "organisation"


def test_a_quotation_after_a_firms_abbreviation_opens_a_sentence() -> None:
    # "Corp." may end a sentence; a capital inside an opening quote mark after it opens the next
    # one, so the reported clause stops at the firm's name instead of running into the quote.
    text = 'Moody\'s said it had lowered the ratings of USX Corp. "The outlook is negative," Moody\'s said.'
    assert [q.text for q in parse_document(Document(source="t.txt", text="Headline\n\n" + text + "\n")).quotes
            if q.kind == "indirect"] == ["it had lowered the ratings of USX Corp"]


def test_an_abbreviation_inside_a_sentence_still_runs_on() -> None:
    from quotearchive.text.sentences import follows_abbreviation
    text = 'He joined Acme Corp. "war games" were his trade.'
    assert follows_abbreviation(text, text.index("Corp.") + 4)
    text = 'He joined Acme Corp. "War games," he said.'
    assert not follows_abbreviation(text, text.index("Corp.") + 4)


def test_a_person_of_a_firm_whose_name_ends_in_co_is_a_person() -> None:
    # "Charles Bradford of Merrill Lynch and Co" was read as one firm's name (it ends in "Co"),
    # so "Bradford" later named no one and "he" went to the analyst quoted before him.
    text = ('"Orders are seasonal," said Charles Bradford of Merrill Lynch and Co.\n\n'
            'But analyst Clarence Morrison sees some potential. "There is some value," Morrison said.\n\n'
            'Armco is profitable, Bradford said. "It is not a high-quality investment yet," he said.')
    assert [s for s, _, _ in direct(text)] == ["Charles Bradford", "Clarence Morrison", "Charles Bradford"]


def test_a_player_known_by_one_name_after_his_clubs_possessive() -> None:
    text = ("Arsenal's Edu has lifted the lid on the scenes after the match.\n\n"
            "However, Edu tried to play down the incidents. But Edu was critical of the tackles on Jose Antonio Reyes. "
            '"I think we were a lot fairer in the tackles," he said.')
    assert direct(text) == [("Edu", "person", "Arsenal")]


def test_a_word_that_modifies_a_role_after_a_possessive_is_no_person() -> None:
    text = ('"We lost," said Arsene Wenger.\n\n'
            "But Wenger's Bayern counterpart Felix Magath was in no mood to celebrate. "
            'He said: "I am far from happy despite the win."')
    assert "Bayern" not in [s for s, _, _ in direct(text)]


@pytest.mark.parametrize("opener", ["Besides", "Unlike", "Among", "Amid", "Regarding"])
def test_a_preposition_opening_the_sentence_is_no_first_name(opener: str) -> None:
    # "Besides Reagan's knowledge, ..." had filed a person "Besides Reagan", whom "he" then found.
    text = (f"{opener} Reagan's knowledge, another question lingers.\n\n"
            '"We will find out," he said.')
    assert f"{opener} Reagan" not in [s for s, _, _ in direct(text)]


@pytest.mark.parametrize("name", [
    "United Airlines", "New York Times Co", "Reuters Holdings Plc", "Central Bank of Kenya", "Southern Co",
    "Asia Pacific Foundation",
])
def test_a_body_whose_name_opens_with_a_place_or_a_common_name_word_is_kept_whole(name: str) -> None:
    # "United", "New", "Central", "Southern", "Asia", "Reuters" are dropped before a person's name
    # ("In London, Mr Smith"); before an organisation's word they are part of its name.
    assert direct(f'"Fares will rise," {name} said.') == [(name, "organisation", None)]


def test_a_function_word_before_a_name_is_still_dropped() -> None:
    assert direct('"Fares will rise," But Mr Blair said.')[0][0] == "Mr Blair"


@pytest.mark.parametrize("text", [
    'Officials said the U.S. "Star Wars" program would go ahead.',
    'He praised the Martin Luther King Jr. "I Have a Dream" speech in full.',
])
def test_a_quoted_title_after_an_abbreviation_runs_on(text: str) -> None:
    # Only a quoted sentence (a stop or comma at its close) opens a sentence after "U.S.", "Jr.".
    from quotearchive.text.sentences import follows_abbreviation
    stop = text.index(". \"")
    assert follows_abbreviation(text, stop)


def test_one_apostrophe_style_for_a_firms_possessive() -> None:
    # "Moody’s" and "Moody's" are one speaker row (its id is hashed from the name's key).
    assert direct('"The outlook is negative," Moody’s said.') == [("Moody's", "organisation", None)]
