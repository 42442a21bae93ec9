"""What the review of session 19's web speaker rules found (issue 14): each case written out."""

from __future__ import annotations

from quotearchive.extract.quotes import extract_quotes
from quotearchive.extract.speakers.families import FAMILY_SUBJECT_RE
from quotearchive.extract.speakers.hangs import cut_hangs
from quotearchive.extract.speakers.ledes import name_caps_ledes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text) if q.kind != "indirect"]


def test_a_surname_that_ends_as_an_adverb_is_kept():
    assert "Connally" == cut_hangs("Connally")
    assert "Connally, the governor" == cut_hangs("Connally, the governor")
    assert ["Connally"] == speakers('The vote is on Friday.\n\nConnally said: "The tax will rise."')


def test_a_sentence_adverb_of_the_list_is_still_cut():
    assert "ministers" == cut_hangs("Privately ministers")
    assert "" == cut_hangs("Hilariously")
    assert "Virtually all analysts" == cut_hangs("Virtually all analysts")  # a quantity belongs to its phrase


def test_a_first_name_in_capitals_before_a_bodys_word_is_a_body_not_a_person():
    for text in ("ROSE Bowl officials said the game would go ahead.", "DEAN Foods said profits fell.",
                 "JORDAN Energy shares rose."):
        assert text == name_caps_ledes(text)
    assert "Kelly Osbourne has blasted the show." == name_caps_ledes("KELLY Osbourne has blasted the show.")


def test_a_family_noun_then_a_noun_in_s_is_no_family_speaking():
    assert FAMILY_SUBJECT_RE.search("The family business collapsed in 2009.") is None
    assert FAMILY_SUBJECT_RE.search("His family's happiness was all that mattered.") is None
    assert FAMILY_SUBJECT_RE.search("Cameron's family issued a tribute.") is not None
