"""Speaker rules of issue 14 on US political news, session 19: each test is a small text written
here (never corpus text), its expected speakers written out.

Classes: a role before a name with a middle initial ("Senate Majority Leader Harry M. Reid") or a
surname that is a role word ("Congressman Pete King"); "New" opening a state in a role ("New York
Congressman Pete King"); a home town with its state after an age ("Ms. Lee, 54, a retired teacher
from Dayton, Ohio, said"); a setting between "and"/"but" and a second verb ("but in a later
interview said"); a cue form that is a plural noun ("After the Paris attacks,"); "said Wednesday
that X" (a complement clause, no inverted attribution); a fronted participle's object glued to a
first name and surname ("Speaking to the Daily Mail Tom Reed claimed:").
"""

from __future__ import annotations

import re

import pytest

from quotearchive.extract.pipeline import parse_document
from quotearchive.extract.speakers.conjoined import cut_setting_after_conjunction
from quotearchive.extract.speakers.nouns import cue_is_noun
from quotearchive.extract.speakers.runs import parse_run
from quotearchive.extract.speakers.us_names import blank_state_after_town, new_opens_place
from quotearchive.model import Document

# What the rules alone read (the dependency parse, where installed, finds some of these too).
pytestmark = pytest.mark.usefixtures("rules_only")

LEAD = "The town council met on Tuesday to discuss the spending plan for next year, and the meeting ran late.\n\n"


def statements(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """Every statement of the article: (its words, speaker, as written, kind)."""
    article = parse_document(Document("test.txt", text="Headline\n\n" + text))
    return [(q.text, q.speaker, q.speaker_as_written, q.kind) for q in article.quotes]


def speaker_of(text: str, words: str) -> str | None:
    """The speaker of the direct (or partial) statement whose words start with ``words``."""
    return next(who for said, who, _, kind in statements(text) if said.startswith(words) and kind != "indirect")


# ---- names after a role: a middle initial, a surname that is a role word, "New" of a state


def test_role_then_name_with_a_middle_initial_is_a_person():
    parsed = parse_run("Senate Majority Leader Harry M. Reid")
    assert (parsed.kind, parsed.role, parsed.tokens) == ("person", "Senate Majority Leader", ["Harry", "M.", "Reid"])


def test_role_then_first_name_and_a_surname_that_is_a_role_word():
    parsed = parse_run("Texas Congressman Pete King")
    assert (parsed.kind, parsed.role, parsed.tokens) == ("person", "Texas Congressman", ["Pete", "King"])


def test_new_of_a_state_stays_in_the_role():
    parsed = parse_run("New York Congressman Pete King")
    assert (parsed.role, parsed.tokens) == ("New York Congressman", ["Pete", "King"])


def test_new_before_a_state_alone_names_no_one():
    assert parse_run("New York") is None
    assert parse_run("New Jersey voters") is None


def test_new_opens_place_only_before_a_place_word():
    assert new_opens_place(["New", "Jersey", "Gov."]) is True
    assert new_opens_place(["New", "Labour", "leader"]) is False


def test_speaker_named_with_a_middle_initial_after_a_role():
    text = LEAD + 'Senate Majority Leader Harry M. Reid said the bill was "dead on arrival."'
    assert speaker_of(text, "dead on arrival") == "Harry M. Reid"


def test_speaker_with_the_state_of_his_role_is_the_person():
    text = LEAD + 'New York Congressman Pete King said the agency had "failed us."'
    article = parse_document(Document("test.txt", text="Headline\n\n" + text))
    quote = next(q for q in article.quotes if q.text.startswith("failed us"))
    assert (quote.speaker, quote.speaker_role) == ("Pete King", "New York Congressman")


# ---- a home town and its state written out after an age


def test_state_after_a_home_town_is_blanked():
    left = "Ms. Lee, 54, a retired teacher from Dayton, Ohio,"
    assert blank_state_after_town(left) == "Ms. Lee, 54, a retired teacher from Dayton" + " " * 6 + ","


def test_state_not_after_a_town_is_kept():
    left = "The governor, a Republican, Ohio,"
    assert blank_state_after_town(left) == left


def test_title_and_surname_with_age_and_home_state_speaks():
    text = LEAD + 'Ms. Lee, 54, a retired teacher from Dayton, Ohio, said she was "very worried."'
    assert speaker_of(text, "very worried") == "Ms Lee"


def test_home_state_written_in_full():
    text = LEAD + 'Mr. Fox, 61, a farmer from Fresno, California, said he was "worried about water."'
    assert speaker_of(text, "worried about water") == "Mr Fox"


# ---- a setting between "and"/"but" and a second verb of the same subject


def test_setting_after_but_is_cut():
    left = "The employee first said he did not recall it, but in a later interview "
    assert cut_setting_after_conjunction(left) == "The employee first said he did not recall it, but "


def test_capitalised_words_in_the_setting_are_kept():
    left = "The mayor denied it and in a statement Tom Reed "
    assert cut_setting_after_conjunction(left) == left


def test_second_verb_after_a_setting_is_the_subjects():
    text = LEAD + 'The employee first said he did not recall it, but in a later interview said he had an "awful" moment.'
    assert speaker_of(text, "awful") == "The employee"


def test_second_verb_after_and_in_a_statement():
    text = LEAD + 'The mayor denied it and in a statement on Tuesday said he had "made no mistake."'
    assert speaker_of(text, "made no mistake") == "The mayor"


# ---- a cue form that is a plural noun


def _cue(text: str, word: str) -> re.Match:
    return re.search(rf"\b{word}\b", text)


def test_plural_noun_after_a_preposition_and_determiner():
    text = "After the Paris attacks, Tom Reed released an ad"
    assert cue_is_noun(text, _cue(text, "attacks")) is True


def test_verb_after_a_subject_with_of():
    text = "The leader of the party claims the plan"
    assert cue_is_noun(text, _cue(text, "claims")) is False


def test_fronted_plural_noun_gives_no_speaker():
    text = LEAD + 'After the Paris attacks, Tom Reed released an ad calling the plan "dangerous."'
    assert speaker_of(text, "dangerous") is None


def test_the_same_word_as_a_verb_keeps_its_subject():
    text = LEAD + 'Tom Reed attacks the plan as "dangerous."'
    assert speaker_of(text, "dangerous") == "Tom Reed"


# ---- "said Wednesday that X": a complement clause's subject, no inverted attribution


def test_said_wednesday_that_name_is_no_inversion():
    text = LEAD + ('A city official, speaking on the condition of anonymity to discuss the schedule, said Wednesday '
                   'that Mayor Tom Reed "will meet with any group that asks."')
    assert speaker_of(text, "will meet with any group") == "A city official"


def test_inverted_attribution_still_read():
    text = LEAD + 'The plan was approved on Monday, said Mayor Tom Reed, "after a long fight."'
    assert speaker_of(text, "after a long fight") == "Tom Reed"


# ---- a fronted participle's object glued to the name


def test_fronted_participle_object_glued_to_a_first_name():
    text = LEAD + 'Speaking to the Daily Mail Tom Reed claimed: "The plan will fail."'
    assert speaker_of(text, "The plan will fail") == "Tom Reed"


# ---- a headline's label before its colon is no speaker


def test_headline_label_before_colon_is_no_speaker():
    article = parse_document(Document("test.txt", text="The Latest: Mayor delivers defense of ‘city values.’\n\nThe vote went on."))
    assert [(q.text, q.speaker) for q in article.quotes] == [("city values.", None)]


def test_headline_name_before_colon_still_speaks():
    article = parse_document(Document("test.txt", text="Campbell: E-mail row is a ‘silly fuss over nothing.’\n\nThe row went on."))
    assert [(q.text, q.speaker) for q in article.quotes] == [("silly fuss over nothing.", "Campbell")]


def test_headline_people_noun_before_colon_still_speaks():
    article = parse_document(Document("test.txt", text="Critics: Plan is ‘a disaster for the city.’\n\nThe row went on."))
    assert [(q.text, q.speaker) for q in article.quotes] == [("a disaster for the city.", "Critics")]


def test_headline_topic_after_the_speaker_is_cut():
    text = "Tom Reed On Budget: ‘We Will Not Raise Taxes This Year.’\n\nMayor Tom Reed spoke on Monday."
    article = parse_document(Document("test.txt", text=text))
    assert [(q.speaker, q.speaker_as_written) for q in article.quotes] == [("Tom Reed", "Tom Reed")]


# ---- title-case job words and a firm's words glued to a name


def test_job_words_alone_name_no_one():
    assert parse_run("Marketing Manager") is None
    assert parse_run("Senior Sales Director") is None


def test_role_word_that_is_a_surname_stays_a_name():
    parsed = parse_run("Mervyn King")
    assert (parsed.kind, parsed.tokens) == ("person", ["Mervyn", "King"])


def test_two_words_glued_before_first_name_and_surname():
    parsed = parse_run("Sunny Travel Tom Reed")
    assert (parsed.kind, parsed.tokens, parsed.offset) == ("person", ["Tom", "Reed"], 13)


def test_role_after_a_name_in_apposition_then_pronoun():
    text = LEAD + ('Sales Director at Sunny Travel Tom Reed said bookings were up.\n\n'
                   '"We are very pleased," he said.')
    assert speaker_of(text, "We are very pleased") == "Tom Reed"


# ---- a role phrase with a body's lower-case noun, and a name, before a colon


def test_role_and_name_with_a_lower_case_body_word():
    from quotearchive.extract.speakers.colon_intros import role_and_name

    assert role_and_name("City council leader Tom Reed") is True
    assert role_and_name("the staff union and Tom Reed") is False


def test_colon_intro_with_a_body_noun_in_the_role():
    text = LEAD + 'The show will launch next year. City council leader Tom Reed: "It is an exciting new era for the town."'
    assert speaker_of(text, "It is an exciting new era") == "Tom Reed"


def test_capitalised_speech_verb_before_the_role_is_no_part_of_it():
    from quotearchive.extract.speakers.colon_intros import role_and_name

    assert role_and_name("Said assistant coach Tom Reed") is False
