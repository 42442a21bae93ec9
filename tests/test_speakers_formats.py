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


def test_a_transcript_label_inside_the_quote_marks_names_each_turn():
    # Web copy sets the whole exchange in one run of marks, reopened at each paragraph.
    text = ("Hillary Clinton faced the families on Univision.\n\n"
            "The exchange went as follows:\n\n"
            '"RAMOS: Secretary Clinton, did you lie to the families of the victims that night?\n\n'
            '"CLINTON: I feel a great deal of sympathy for the families of the four brave Americans.\n\n'
            '"VIDEO: They said they would call me and let me know what the outcome was.\n\n'
            '"UN: Peacekeepers were paid.\n\n'
            '"RAMOS: But did you lie to them?"\n\n'
            "The debate went on.")
    assert speakers(text) == ["Ramos", "Hillary Clinton", None, "UN", "Ramos"]
    # Capitals and a colon naming an organisation are a heading, no turn: the attribution speaks.
    text = ('"NEW YORK TIMES: We will build the wall and we will win," Trump told the crowd in Ohio.')
    assert speakers(text) == ["Trump"]


def test_a_quote_in_a_labelled_turn_is_the_labelled_persons():
    text = ("The hearing ran late into the night.\n\n"
            'SEN. WARREN: You told this committee that the bank "did nothing wrong" in this case.\n\n'
            'MR. STUMPF: I said we would "look into it" and we did.')
    assert speakers(text) == ["Warren", "Mr Stumpf"]


def test_a_turn_labelled_with_a_name_as_prose_writes_it_is_that_persons():
    text = ("The hearing ran late into the night.\n\n"
            'Sen. Elizabeth Warren: You told this committee that the bank "did nothing wrong" in this case.\n\n'
            'John Stumpf: I said we would "look into it" and we did.\n\n'
            'Update: The hearing resumed and was "stormy" by all accounts.')
    assert speakers(text) == ["Elizabeth Warren", "John Stumpf", None]


def test_an_interviews_answers_are_the_interviewees_and_its_questions_no_ones():
    text = ("Q&A with Vice President Joe Biden.\n\n"
            "Vice President Joe Biden spoke with POLITICO on Thursday. Biden defended Bernie Sanders "
            "as a mainstream candidate. Here is the edited transcript.\n\n"
            'Q: Some say the party is "too far left" these days. Are they right?\n\n'
            'A: No. The idea is "a big mistake" and I said so.')
    assert speakers(text) == [None, "Joe Biden"]


def test_each_line_of_a_list_of_statements_names_its_speaker():
    text = ("Here is what the candidates said on Tuesday.\n\n"
            '- Ann Lee, mayor of Dayton: "We will not back down."\n\n'
            '- Tom Ruiz, council leader: "The vote was fair and the count was clean."\n\n'
            'Sen. Ted Cruz (R-Texas): "This is a victory for the Constitution."')
    assert speakers(text) == ["Ann Lee", "Tom Ruiz", "Ted Cruz"]


def test_a_label_of_the_copy_is_never_a_speaker():
    text = 'Bank fined\n\nUPDATE: The bank later said it had "no comment at this time."'
    assert [None] == [q.speaker for q in extract_quotes(text)]  # not "UPDATE", read as an acronym


def test_a_statement_line_is_short_and_a_long_run_before_a_colon_is_no_label():
    # The line pattern is read over a short lead-in only: a name, a role or party, a colon
    # (and hostile input, a paragraph of hyphens before a quote, costs nothing).
    role = "the long-serving chair of the " + "regional " * 30 + "committee"
    assert [None] == speakers(f'Ann Lee, {role}: "We will not back down."')
    assert [None] == speakers("A" + "-" * 40_000 + 'x: "We will win the seat."')
