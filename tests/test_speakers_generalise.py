"""Speaker classes that generalise beyond the articles the rules were written on (issue 14).

Each test is a short text written here for one phenomenon of English news
writing, with its expected speakers written out.
"""

from __future__ import annotations

from quotearchive.extract.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


# ---------------------------------------------------------------- context across sentences


def test_a_title_stop_inside_an_attribution_starts_no_sentence():
    # "Sen." ends no sentence: the quote after the attribution keeps its speaker,
    # not the senator named inside the aside.
    text = ('"The party is unifying," said Ann Weber, a co-chair for Sen. John Marsh\'s 2008 campaign. '
            '"I see it everywhere."')
    assert speakers(text) == ["Ann Weber", "Ann Weber"]
