"""Names whose capitals are outside ASCII ("Émile", "Öcalan", "Łukasz", "Ángel"): the rules
read them as their base letters and give the speaker back as the article writes it.

Each test is a small text written here for one phenomenon, expected speakers written out.
"""

from __future__ import annotations

from quotearchive.extract.quotes import extract_quotes
from quotearchive.extract.reported import extract_reported
from quotearchive.extract.speakers.capitals import fold_capitals


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_type) for q in extract_quotes(text)]


def test_folding_keeps_the_length_and_the_lower_case_letters():
    text = "Émile Zola, Łukasz Piszczek and Ángel Di María; ÖZIL."
    folded = fold_capitals(text)
    assert folded == "Emile Zola, Lukasz Piszczek and Angel Di María; OZIL."
    assert len(folded) == len(text)


def test_a_name_opening_with_an_accented_capital_is_a_person():
    text = ('"We will win," said Ángel Di María.\n\n'  # was "Di María", its first name lost
            '"It is done," Łukasz Piszczek said.')  # was a description
    assert speakers(text) == [("Ángel Di María", "person"), ("Łukasz Piszczek", "person")]


def test_the_surname_alone_and_a_pronoun_resolve_to_the_full_name_with_its_accents():
    text = ("Abdullah Öcalan wrote the book in prison.\n\n"
            '"The question is why," Öcalan writes.\n\n'
            "He added that the old order had failed.")
    assert speakers(text) == [("Abdullah Öcalan", "person")]
    assert {(q.text, q.speaker) for q in extract_reported(text)} >= {("the old order had failed", "Abdullah Öcalan")}


def test_an_ascii_article_is_read_as_before():
    text = '"It is over," said Emile Smith.'
    assert speakers(text) == [("Emile Smith", "person")]
