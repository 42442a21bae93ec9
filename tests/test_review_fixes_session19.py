"""What the last review of session 19's merged rules found (issues 14 and 15): each case written out."""

from __future__ import annotations

import pytest

from quotearchive.extract.quotes import extract_quotes
from quotearchive.extract.reported import extract_reported
from quotearchive.extract.speakers.hangs import cut_hangs


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text) if q.kind != "indirect"]


def statements(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.speaker) for s in extract_reported(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a time word's possessive, or a count, opens a clause, not a fronted phrase
    ("Although Friday's report said growth had slowed, ministers insisted the economy was strong.",
     [("growth had slowed", "Friday's report"), ("the economy was strong", "ministers")]),
    ("Although 40 per cent of voters said they backed the plan, Tom Reed said it would fail.",
     [("they backed the plan", "40 per cent of voters"), ("it would fail", "Tom Reed")]),
    # a place after "while in" stops before the person
    ("While in London Tom Reed said he would cut taxes.", [("he would cut taxes", "Tom Reed")]),
    ("While in Washington President Obama said he would cut taxes.", [("he would cut taxes", "Obama")]),
    # "as well as" goes on with the list
    ("The minister promised to act on many issues, including housing, as well as transport and schools.",
     [("to act on many issues, including housing, as well as transport and schools", "The minister")]),
])
def test_where_a_reported_statement_ends_and_who_made_it(text, expected):
    assert expected == statements(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ('Iain Duncan Smith said: "The tax will rise."', "Iain Duncan Smith"),
    ('José Antonio Camacho said: "We played well."', "José Antonio Camacho"),
    ('José Manuel Barroso said: "Europe must act."', "José Manuel Barroso"),
    ('Mel Giedroyc met Tom Reed backstage. Giedroyc was thrilled. "It was a wonderful night," she said.', "Mel Giedroyc"),
    ('Mika Brzezinski met Joe Scarborough on set. "It was a tough interview," she said.', "Mika Brzezinski"),
    ('Murray Head said: "The song is old."', "Murray Head"),
    ('Hugo Boss said: "Suits sell."', "Hugo Boss"),
])
def test_names_with_a_middle_name_a_name_of_either_sex_and_a_role_word_surname(text, speaker):
    assert [speaker] == speakers(text)


def test_an_adverb_glued_to_a_plural_subject_is_cut_whatever_the_list_holds():
    assert "officials" == cut_hangs("Nervously officials")
    assert "ministers" == cut_hangs("Desperately ministers")
    assert "Connally, the governor" == cut_hangs("Connally, the governor")


def test_the_first_name_file_has_one_line_between_the_sexes_and_no_name_of_both():
    from importlib.resources import files

    from quotearchive.lexicon import people

    text = files(people.__package__).joinpath("first_names.txt").read_text("utf-8")
    assert 1 == text.count("\n= women\n")  # people.py splits the file there
    men, women = ({w for line in part.splitlines() if not line.startswith("#") for w in line.split()}
                  for part in text.split("\n= women\n"))
    assert set() == men & women
    assert {"Mel", "Mika", "Kimi"}.isdisjoint(men | women)
