"""Speaker rules of issue 14's session 17, from BBC articles outside the labelled sets and the
held-out ranges (business, and the unlabelled parts of the other categories), read by class.
Each test is a small text written here, its expected speakers written out.
"""

from __future__ import annotations

from quotearchive.extract.quotes import extract_quotes


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_as_written) for q in extract_quotes(text)]


# ---- "the company" for a company introduced once with its kind of business


def test_the_company_is_the_one_introduced_with_its_kind():
    text = ('Up to 900 jobs are to go at US insurance broker Hale & Norbury after a poor year. '
            'Sales fell by a fifth in the last quarter. '
            '"We have to cut costs now," the company said.')
    assert [("Hale & Norbury", "the company")] == speakers(text)


def test_the_firm_after_a_maker_word():
    text = ('Dutch carmaker Veltmann has sold more cars than ever before. '
            '"It was a record year," said the firm.')
    assert [("Veltmann", "the firm")] == speakers(text)


def test_another_body_named_since_is_not_passed_over():
    text = ('US insurance broker Hale & Norbury is cutting jobs. '
            'The Securities and Exchange Commission is looking at its accounts. '
            '"We have to cut costs now," the company said.')
    assert speakers(text)[0][0] != "Hale & Norbury"


def test_a_person_after_the_kind_word_is_not_the_company():
    text = ('Shares fell at the bank. Analysts at the group Mark Fellows and others were unsure. '
            '"We have to cut costs now," the company said.')
    assert speakers(text)[0][0] != "Mark Fellows"


def test_a_specific_description_keeps_the_same_noun_rule():
    # "the airline" wants an airline: the generic rule reads only company, firm, group.
    text = ('US carmaker Veltmann has bought a stake in budget carrier SkyWest. '
            '"It was a good deal," the airline said.')
    assert speakers(text)[0][0] != "Veltmann"
