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


# ---------------------------------------------------------------- 1. same-sentence attribution not linked


def test_participle_clause_speaks_for_the_sentence_subject():
    assert speakers('Ann Lee dismissed the claim, calling it "complete nonsense from start to finish."') == ["Ann Lee"]
    text = 'Police Chief Calvin Moss lobbied to ban open carry downtown, saying, "The fewer guns, the better."'
    assert speakers(text) == ["Calvin Moss"]


def test_with_x_saying():
    text = 'The council voted 5-2, with Councilman Tom Ruiz saying "we cannot afford this plan at all."'
    assert speakers(text) == ["Councilman Tom Ruiz"]


# ---------------------------------------------------------------- 2. US style


def test_us_titles_and_middle_initials_stay_in_the_name():
    assert speakers('"We will not back down from this fight," Sen. John McCain said.') == ["John McCain"]
    assert speakers('"The bill is dead on arrival in the House," said Rep. Mary T. Jones, D-Calif.') == ["Mary T. Jones"]
    assert speakers('"We need more troops on the border now," Gov. Greg Abbott told reporters.') == ["Greg Abbott"]


def test_a_name_is_never_cut_at_an_initial():
    quotes = extract_quotes('"This is a good day for the U.S. economy," said William F. Fowble, a U.S. trade official.')
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("William F. Fowble", "a U.S. trade official")]


# ---------------------------------------------------------------- 3. colon intros and credit lines


def test_colon_intro_after_a_name():
    assert speakers('Jane Doe, on Twitter: "This is the worst decision the board has ever made."') == ["Jane Doe"]
    assert speakers('And from Chairwoman Ann Lee: "We will review every contract signed this year."') == ["Ann Lee"]


def test_credit_line_after_a_pull_quote():
    assert speakers('"We will fight on until the end of the season." - Commissioner Jane Smith') == ["Jane Smith"]


# ---------------------------------------------------------------- 4. apposition and long subjects


def test_apposition_gives_the_name():
    assert speakers('The council\'s finance director, Ann Lee, later said "the figures do not add up at all."') == ["Ann Lee"]
    text = 'Tom Ruiz, the editor in chief of the Courier, wrote that "the paper will survive this."'
    assert speakers(text) == ["Tom Ruiz"]


# ---------------------------------------------------------------- 5. a wide cue lexicon


@pytest.mark.parametrize("verb", ["implored", "interjected", "quipped", "charged", "testified", "tweeted", "sighed", "shot back"])
def test_wide_reporting_verbs(verb):
    assert speakers(f'"Nobody in this town wanted that road built," Mary Ruiz {verb}.') == ["Mary Ruiz"]


# ---------------------------------------------------------------- 7. continuity: a new person takes over


def test_a_new_person_introduced_before_a_quote_takes_it_over():
    text = ('"We will vote against it," Tom Ruiz said.\n\n'
            'Ann Lee repeated her party\'s call for an inquiry. "The public deserve answers now."')
    assert speakers(text) == ["Tom Ruiz", "Ann Lee"]


# ---------------------------------------------------------------- 10. according to, told


def test_according_to_and_told():
    assert speakers('"We have done nothing wrong in this case," according to Ann Lee, the firm\'s lawyer.') == ["Ann Lee"]
    assert speakers('"Rates will rise next year," Ann Lee told the BBC.') == ["Ann Lee"]


# ---------------------------------------------------------------- 6. a spokesman for someone is the spokesman


def test_a_spokesman_for_someone_is_the_spokesman():
    text = 'Tony Blair arrived late.\n\n"We will look at all the options," a spokesman for Mr Blair said.'
    assert speakers(text) == ["a spokesman for Mr Blair"]


def test_was_quoted_as_saying_and_one_described_person():
    assert speakers('Ann Lee was quoted as saying "rates will rise next year without doubt."') == ["Ann Lee"]
    assert speakers('"We are proud of the team and its work," said one district party leader.') == ["one district party leader"]


# ---------------------------------------------------------------- 9. no clause is a speaker or a role


def test_a_fronted_clause_is_neither_speaker_nor_role():
    quotes = extract_quotes('Leaving a Brussels summit, Tony Blair said "the deal is good for Britain and for Europe."')
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("Tony Blair", None)]


def test_a_name_read_out_of_a_clause_is_refused():
    text = ('In an interview with radio hosts Joe Moss and Mia Park, the candidate said the plan was '
            '"a disaster for every family."')
    assert speakers(text) != ["Joe Moss"]


# ---------------------------------------------------------------- 4. long subjects: age, home town, fronted phrases


def test_age_and_home_town_between_name_and_verb():
    text = 'Cory Hale, 22, of Flint, Mich., said he could never vote for a "corporate candidate," and left.'
    assert speakers(text) == ["Cory Hale"]
    text = '"Both of them scare me," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said later.'
    assert speakers(text) == ["Harry Bond"]


def test_fronted_phrases_before_the_subject_of_a_participle():
    text = ('On Thursday, after staying neutral all spring, Senator Ann Warren endorsed the mayor, saying, '
            '"She is exactly what this city needs."')
    assert speakers(text) == ["Ann Warren"]


def test_a_few_words_between_the_quote_and_an_inverted_verb():
    text = '"We are extremely happy" about the decision, said Rose Moran, director of the nurses union.'
    assert speakers(text) == ["Rose Moran"]


# ---------------------------------------------------------------- 5. nouns are not verbs


def test_a_reporting_form_after_a_determiner_is_a_noun():
    text = ('Mayor Ann Lee had said in an interview taped before the attacks that the city had '
            '"contained" the protests.')
    assert speakers(text) == ["Ann Lee"]


def test_progressive_and_coordinated_verbs_keep_their_subject():
    text = 'Tom Ruiz is praising his rival, who left the race on Friday, as "a man who never went low."'
    assert speakers(text) == ["Tom Ruiz"]
    text = ('Ann Lee, speaking to the mayors, did not name the developer, but told them the city needs people '
            '"who put the public ahead of their own business."')
    assert speakers(text) == ["Ann Lee"]


def test_a_dateline_is_not_a_subject():
    text = ('WASHINGTON — Sen. Tom Ruiz on Wednesday played down the attack and said it was the same as '
            'a judge referring to herself as "a wise woman."')
    assert speakers(text) == ["Tom Ruiz"]


def test_a_description_opening_the_sentence_is_its_subject():
    text = 'The Florida senator tried to calm the hall, saying the heckler would "not get hurt" at his rally.'
    assert speakers(text) == ["The Florida senator"]
    assert speakers('The crowd chanted back at him, "Send them all home now."') == ["The crowd"]


# ---------------------------------------------------------------- 8. headlines are no evidence


def test_a_headline_naming_someone_does_not_attribute_the_quote_under_it():
    text = 'Howard says Britain is heading the wrong way\n\n"We must change direction before it is too late."'
    assert speakers(text) == [None]
    # The same words as the body's first sentence do.
    text = 'Tories meet\n\nMichael Howard says Britain is heading the wrong way.\n\n"We must change direction before it is too late."'
    assert speakers(text) == ["Michael Howard"]


# ---------------------------------------------------------------- 6. pronouns with gender cues


def test_pronouns_follow_gender_cues():
    text = 'Sen. Tom Reed met Gov. Ann Lee on Monday. "We will appeal the ruling," she said. "It is wrong," he said.'
    assert speakers(text) == ["Ann Lee", "Tom Reed"]
    text = 'Tom Reed met the mother-of-nine Ann Lee on Monday. "We were not told anything," she said.'
    assert speakers(text) == ["Ann Lee"]


def test_us_titles_with_full_stops_give_the_gender():
    assert speakers('Mrs. Lee met Mr. Reed on Monday. "We will appeal the ruling," she said.') == ["Mrs Lee"]


# ---------------------------------------------------------------- issue 16: short quoted terms


def test_a_short_term_with_no_speaker_and_no_speech_verb_is_no_quotation():
    assert extract_quotes('Critics call it "fake news" and move on.') == []
    assert extract_quotes('The fans queued for the new "Galaxy Note" phone all night.') == []


def test_a_short_quote_with_a_speaker_is_kept():
    assert speakers('"Fake news," Ann Lee said of the report.') == ["Ann Lee"]
    assert speakers('Ann Lee said the report was "fake news" and left.') == ["Ann Lee"]


# ---------------------------------------------------------------- the trial's cases, as short texts of our own


def test_opponent_not_credited_with_the_speakers_message():
    # politics/367 and 110: Howard's New Year message was credited to Blair.
    text = ('Tony Blair has failed, Michael Howard has said.\n\n"Britain is heading the wrong way," the '
            'Conservative leader said. Mr Blair\'s government was a "bossy, interfering government," he added.')
    assert speakers(text) == ["Michael Howard", "Michael Howard"]
    text = ('Tony Blair has failed, Michael Howard has said.\n\n"Britain is heading the wrong way," the '
            'Conservative leader said.\n\n'
            'Mr Blair has failed to tackle these problems, he claimed, saying he has the "wrong solution" to them.')
    assert speakers(text) == ["Michael Howard", "Michael Howard"]


def test_a_named_speaker_before_the_quote_beats_a_pronoun_after_it():
    # politics/361: a Lib Dem's jibe was credited to the chancellor.
    text = ('Gordon Brown will speak today. For the Lib Dems David Laws said: "The chancellor will no doubt '
            'tell us how wonderfully the economy is doing," he said.')
    assert speakers(text) == ["David Laws"]


# ---------------------------------------------------------------- colon lead-ins and clause tails (issue 14)


def test_a_lead_in_paragraph_ending_with_a_colon_names_the_next_paragraphs_speaker():
    text = ('The vote was close.\n\nAfter the count, Senator Ann Ward called them on it:\n\n'
            '"The questions asked tonight were a disgrace."')
    assert speakers(text) == ["Ann Ward"]
    # An inverted verb opening the lead-in is no part of the name.
    text = 'The vote was close.\n\nContinued Roger Stone:\n\n"I think the stakes are so high."'
    assert speakers(text) == ["Roger Stone"]
    # A lead-in naming no one gives no speaker.
    text = 'The vote was close.\n\nHere is what the map shows:\n\n"The river rose two metres."'
    assert speakers(text) == [None]


def test_a_credit_line_after_a_dash_names_the_speaker():
    text = 'Turnout fell in every county - Pew Research: "All the samples include more engaged voters."'
    assert speakers(text) == ["Pew Research"]
    text = 'The map has changed - Philip Bump: "Two weeks ago, his strongest territory was the south."'
    assert speakers(text) == ["Philip Bump"]


def test_words_finishing_the_quotes_clause_before_an_inverted_verb_are_no_speaker():
    text = ('Teachers were split.\n\n"For rank-and-file teachers, he is saying the right things" about fixing '
            'inequality, said Marla Cole, a union leader.')
    assert speakers(text) == ["Marla Cole"]
    text = 'Teachers were split.\n\n"He can assert it, but it is not true" that the senator can win, said Steve Elm.'
    assert speakers(text) == ["Steve Elm"]
    # An appositive before "told" keeps its speaker: the object of "told" is no speaker.
    text = '"The agents are under pressure," an intelligence source, who asked not to be named, told Fox News.'
    assert speakers(text) == ["an intelligence source"]


@pytest.mark.parametrize("verb", ["echoed", "boomed", "thundered", "bellowed", "muttered", "marveled", "gushed",
                                  "sniped", "chided"])
def test_verbs_of_manner_of_speaking_report_speech(verb):
    text = f'The rally went on late.\n\nTom Reilly, a local farmer, {verb}: "He speaks his mind, and we need that."'
    assert speakers(text) == ["Tom Reilly"]
    text = f'The rally went on late.\n\n"He speaks his mind, and we need that," Tom Reilly {verb}.'
    assert speakers(text) == ["Tom Reilly"]
