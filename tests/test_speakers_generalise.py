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


# ---------------------------------------------------------------- the subject of the sentence


def test_a_fronted_time_or_participle_phrase_is_not_the_subject():
    # "Hours later," and "Reached by phone," open the sentence; the subject follows them.
    text = 'Hours later, Tom Ruiz returned the compliment, telling reporters, "She is a fine mayor."'
    assert speakers(text) == ["Tom Ruiz"]
    text = 'Reached by phone, Ann Lee denied the report, saying she was "on holiday all week."'
    assert speakers(text) == ["Ann Lee"]
    text = ('Appearing before supporters at the hall, Joan Fisk, 70, said it was too early but added, '
            '"You all know the results."')
    assert speakers(text)[-1] == "Joan Fisk"


def test_role_words_before_the_name_belong_to_the_subject():
    text = ('Republican presidential candidate Sen. Mark Dunn on Monday criticised the deal, saying it goes '
            '"nowhere near far enough."')
    assert speakers(text) == ["Mark Dunn"]


# ---------------------------------------------------------------- reporting verbs


def test_documents_read_and_speakers_press_beam_and_bark():
    text = ('"We will appeal the ruling," read the statement from the union. '
            '"Would you run again?" Jo Baker pressed. "This is wonderful!" beamed Sam Ortiz of Dayton.')
    assert speakers(text) == ["the statement from the union", "Jo Baker", "Sam Ortiz"]
