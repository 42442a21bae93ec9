"""Speakers in news formats rather than sentences (issue 14, fifth pass).

A transcript with speaker labels, a list of statements, a credit set with the
quotation dash, a quote paragraph carrying on from the paragraph before it.
Each test is a small text written here, with the expected speakers written out
(docs/speakers.md gives what each rule won per split).
"""

from __future__ import annotations

from quotearchive.extract.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_the_quotation_dash_credits_a_quote_as_an_em_dash_does():
    text = ("The mayor spoke at the rally in Dayton on Friday.\n\n"
            '"We will not back down from this fight." \u2015Jane Smith, mayor of Dayton\n\n'
            '"Nobody asked us." \u2015 Tom Ruiz\n\n'
            "More news follows.")
    assert speakers(text) == ["Jane Smith", "Tom Ruiz"]
