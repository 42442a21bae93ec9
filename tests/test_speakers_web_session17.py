"""Speakers on modern web news (issue 14, session 17).

Each test is a small text written here, with the expected speakers written out
(docs/speakers.md, "Session 17 (2026-12-04): web news, outlets' reporters, nested sources, documents").
"""

from __future__ import annotations

from quotearchive.extract.quotes import extract_quotes
from quotearchive.extract.speakers.runs import parse_run


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


# ---------------------------------------------------------------- an outlet's acronym owns its reporter


def test_an_acronym_possessive_before_a_name_is_that_person():
    # US news credits a reporter or anchor by the network's or paper's acronym: the person speaks,
    # whatever their first name (neither "Lester" nor "Theo" is in the first-name list).
    text = ("The debate went on into the night.\n\n"
            '"We will not let this go without an answer tonight," NBC\'s Lester Holt said.')
    assert speakers(text) == ["Lester Holt"]


def test_a_newsletter_credit_line_with_an_outlets_reporter():
    text = ("Markets fell on Tuesday.\n\n"
            "CORPORATE PROFITS — WSJ's Theo Francis: \"Many big businesses say they have been able to raise prices.\"")
    assert speakers(text) == ["Theo Francis"]


def test_a_long_name_in_capitals_or_an_org_word_is_no_reporter():
    # "POLITICO's Off Message" is a show; "IBM's Watson Health" a unit: no person.
    show = parse_run("POLITICO's Off Message")
    assert not (show and show.kind == "person" and show.tokens == ["Off", "Message"])
    parsed = parse_run("NASA's Bill Nelson")
    assert parsed is not None and parsed.kind == "person" and parsed.tokens == ["Bill", "Nelson"]
    group = parse_run("NBC's Universal Group")
    assert group is None or group.tokens != ["Universal", "Group"]


# ---------------------------------------------------------------- "X said Y told her": whose words


def test_the_inner_subject_of_a_verb_of_speech_speaks():
    # The writer's source first ("Lacerda said"), then the speaker of the quoted words.
    text = ("Jane Moss met Peter Hale in 1999. She gave evidence on Monday.\n\n"
            'Moss said Hale told her: "We are going to have a special day today, you and me."')
    assert speakers(text) == ["Peter Hale"]


def test_a_verb_of_thought_leaves_the_words_with_the_outer_speaker():
    # "X said Trump still believes it is "bunk"": X reports it; not the fragment "X said Trump".
    text = ("Sure enough, days later, the incoming chief of staff Mark Priest said Tom Hale still believes "
            'climate change is "bunk."')
    assert speakers(text) == ["Mark Priest"]


def test_an_inverted_aside_keeps_its_subject():
    # "It helps, said Mr Burke, that ...": the comma after the name: no inner subject.
    text = ("Andrew Burke runs the service. It helps, said Mr Burke, that people know words like "
            '"interactive" now.')
    assert speakers(text) == ["Andrew Burke"]


def test_a_plain_said_still_reads_as_before():
    text = 'The talks went on. "We are going to win this one in the end," Jane Moss said.'
    assert speakers(text) == ["Jane Moss"]


# ---------------------------------------------------------------- a report introduced by its body's full name


def test_the_report_is_the_one_introduced_with_its_bodys_whole_name():
    text = ('Present trends put the world on a path toward "a warming of four degrees," according to a 2014 '
            "report from the World Bank.\n\n"
            'In starker language, the report described the impacts as "devastating," stating, "there is no '
            'certainty that adaptation is possible."')
    assert speakers(text) == ["a 2014 report from the World Bank"] * 3


# ---------------------------------------------------------------- an answer to the writer's question

INTERVIEW = (
    "I meet Tony Blair at his office in London. I have known him for years, and I ask him about my book and my "
    'time. "I wrote the book for leaders," Blair says. "It is a guide," he adds. "Nobody reads it," Blair says. '
    'Keir Starmer, he says, is "doing well". "He has a plan," says Keir Starmer\'s friend Ed Jones.\n\n'
    "Is Starmer a good leader?\n\n"
    '"Well, I\'m fully supportive of him, I want him to succeed."\n\n'
    "But you've just written a book for him, I say.\n\n"
    '"No, I didn\'t write the book for him, I wrote it for leaders."\n\n'
    "Ed Jones, for one, is not so sure.\n\n"
    '"It will be tough for all of them this winter," he says.'
)


def test_an_answer_after_the_writers_question_is_the_interviewees():
    # The writer says "I" (an interviewer does): one voice stands aside, the question still marks the turn.
    assert speakers(INTERVIEW) == ["Tony Blair"] * 4 + ["Ed Jones", "Tony Blair", "Tony Blair", "Ed Jones"]


def test_a_question_naming_who_answers():
    text = ("Green Bay quarterback Aaron Rodgers was shoved by Ndamukong Suh in the third quarter. "
            '"He\'ll probably say it was an accident," Rodgers said after the game.\n\n'
            "What did Suh say after the play?\n\n"
            '"He was running off the field. I was talking to the referee."')
    assert speakers(text) == ["Aaron Rodgers", "Ndamukong Suh"]


def test_a_writers_musing_ending_in_a_question_hands_nothing_on():
    # A long paragraph whose last sentence asks: the writer's own passage, not an interview's turn.
    # (the writer says "I" throughout, so one voice, asked of any uncued quote, stands aside too)
    text = ("I talked to Ann Lee about the plan I had read, and I told her my doubts. \"It is a good plan,\" Lee said. \"We need it,\" she said. "
            '"It will work," Lee added.\n\n'
            "I think the plan is costly. I know it will take ten years. What is impossible today that will be possible then?\n\n"
            '"We won\'t run out of work till we run out of problems."')
    assert speakers(text)[-1] is None


# ---------------------------------------------------------------- a place word that is a surname


def test_a_place_word_after_a_first_name_is_a_surname():
    # "Lane" is a street word: "Richard Lane" was no name, and "he" went to another Richard.
    text = ("The rule was written by J. Richard Harvey, a former official.\n\n"
            "Blaming companies for following the code is misguided, says Richard Lane, a senior analyst at Moody's.\n\n"
            '"If these companies don\'t need the money, there is no incentive to bring it home," he said.')
    assert speakers(text) == ["Richard Lane"]


def test_an_honorific_before_a_place_surname_and_a_place_stays_a_place():
    assert parse_run("Mr Hall").kind == "person"
    assert parse_run("Jane Hall").tokens == ["Jane", "Hall"]
    assert parse_run("Governor's Ball") is None  # a party, not a person
    assert parse_run("Hyde Park") is None


# ---------------------------------------------------------------- a person named by first name alone


def test_a_first_name_with_a_description_in_apposition_is_a_person():
    # Features name the people they meet by first name; "he" then means him, not the president.
    text = ("Donald Trump won the election on Tuesday.\n\n"
            "Daniel, a New York University senior who didn't want to give his last name, said it was \"aggravating\".\n\n"
            '"There is the assumption that nobody is going to get hurt," he said.')
    assert speakers(text) == ["Daniel", "Daniel"]


def test_a_month_or_a_first_name_of_both_sexes_stays_no_one():
    text = ('In May, a report found that the town was broke. "We have no money left at all," Mayor Tom Reed said.')
    assert speakers(text) == ["Tom Reed"]


def test_a_constitution_is_no_person_a_pronoun_could_mean():
    # (an unknown first name: the pronoun has no gender to check the person against)
    text = ("Advocate Teboho Ramakau argues the reforms are flawed.\n\n"
            "The Lesotho Constitution, established in 1993, was meant to last.\n\n"
            'He fears that the bill will "shrink the media, civic and political space" in Lesotho.')
    assert speakers(text) == ["Advocate Teboho Ramakau"]


def test_a_constitution_or_charter_is_no_persons_name():
    for run in ("Lesotho Constitution", "Olympic Charter"):
        parsed = parse_run(run)
        assert parsed is None or parsed.kind != "person"


def test_a_first_name_after_a_description_and_another_is_no_name():
    # "Another Duke student, Brittany, said": "Another Duke" was a person; Brittany is.
    text = ("Donald Trump won the election.\n\n"
            "Another Duke student, Brittany, said her class held a poll in which she was the only one who voted for Trump.\n\n"
            '"The silent majority was very real," she said.')
    assert speakers(text) == ["Brittany"]


# ---------------------------------------------------------------- a title after "entitled" is no quotation


def test_a_long_title_after_entitled_is_no_quotation():
    # A title ending in a question mark, longer than the short-term rule reads: still a title.
    text = ('Not long after, Jim DeRogatis penned a piece entitled, "Why Are People Finally Paying Attention to '
            'the Case?" It was widely read.')
    assert speakers(text) == []


def test_a_sentence_after_entitled_in_lower_case_stays_a_quotation():
    # (the title rule asks for title case: a sentence of speech is not one)
    text = ('The report, entitled "we will not be silenced by anyone in this town or any other town," '
            'was read out by Ann Lee.')
    assert len(speakers(text)) == 1


# ---------------------------------------------------------------- a US dateline in several runs


def test_a_us_datelines_place_and_state_are_no_one_it_means():
    text = ("ST. LOUIS, MO (KTVI) – Amid grief, the widow of Officer Blake Snyder is using Facebook to help her.\n\n"
            'This is another image Elizabeth Snyder posted to Facebook on Sunday. It says, "I cannot describe what '
            'this necklace means to me."')
    # (the quote's own "It says" names no one the rules read: no speaker, not a dateline's word)
    assert speakers(text) == [None]


def test_a_label_in_capitals_before_a_dash_still_lets_its_credit_speak():
    text = ("Markets fell on Tuesday.\n\n"
            "CHINA CHIPS — Bloomberg News: \"The new restrictions on technology exports will hurt the firms.\"")
    assert speakers(text) == ["Bloomberg News"]


def test_a_place_with_a_first_names_name_is_no_person():
    # ", a city whose residents": the person noun does not head the description; "Austin" is a city.
    text = ('Rain fell on Austin, a city whose residents are used to drought.\n\n'
            '"The water came fast," a firefighter said. "He was lucky," the chief said.')
    assert speakers(text) == ["a firefighter", "the chief"]
