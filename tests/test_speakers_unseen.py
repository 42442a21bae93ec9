"""Speakers on news the rules were not written against (issues 14 and 16).

Each test is a small text written here for one phenomenon of English news
writing, with the expected speakers written out.
"""

from __future__ import annotations

import pytest

from quotearchive.extract.quotes import extract_quotes
from quotearchive.extract.speakers.fragments import plausible, tidy


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


# ---------------------------------------------------------------- fragments are never speakers (issue 16)


@pytest.mark.parametrize("fragment", ["an", "books", "the explanatory", "an email", "Already", "to", "Friday", "11",
                                      "to the 35", "a native who said", "the rights of the", "-"])
def test_fragments_are_not_speakers(fragment):
    assert not plausible(fragment)


@pytest.mark.parametrize("name", ["Ann Lee", "officials", "a spokesman", "the senator", "Will Doyle", "Al From",
                                  "one district GOP leader", "someone", "The company"])
def test_names_roles_and_groups_are_speakers(name):
    assert plausible(name)


def test_what_hangs_on_a_name_is_cut():
    assert tidy("Bernie Sanders on Saturday") == "Bernie Sanders"
    assert tidy("a South Carolina native who") == "a South Carolina native"
    assert tidy("said its board") == "its board"


def test_a_fragment_before_a_verb_leaves_the_quote_without_speaker():
    # The words before "said" are a clause piece, not a subject.
    assert speakers('Asked about the plan, to "start again from scratch" said nothing.') in ([None], [])
