"""Speakers in classes of news writing the rules misread (issue 14, sixth pass).

Each test is a small text written here for one phenomenon, with the expected
speakers written out (docs/speakers.md, "Sixth pass", gives what each rule won
per split).
"""

from __future__ import annotations

from quotearchive.extract.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_reporting_verb_capitalised_mid_sentence_is_still_its_cue():
    # Copied from a social-media credit line: "Tweeted" keeps its capital.
    text = ("The super PAC spent heavily in Iowa.\n\n"
            "\u201cNot us but can\u2019t argue with it!\u201d Mike Murphy, the head of Right to Rise USA, Tweeted on Friday.")
    assert speakers(text) == ["Mike Murphy"]
    # A capitalised form that names something ("United States", "Read more") is no cue.
    text = ('"We will win," Ann Lee said in the United States Senate.\n\n'
            'Read more: "The long road to the nomination" by Tom Ruiz.')
    assert speakers(text) == ["Ann Lee", None]


def test_oppose_reports_a_verdict_in_quote_marks():
    text = 'The bill passed on Monday. Senator Ann Lee opposed the bill as "a disgrace to the state".'
    assert speakers(text) == ["Ann Lee"]
