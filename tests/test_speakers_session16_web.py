"""Speakers on news the rules were not written against (issue 14, session 16).

Each test is a small text written here, with the expected speakers written out
(docs/speakers.md, "Session 16 (2026-12-04): web dev errors by class").
"""

from __future__ import annotations

import pytest

from quotearchive.extract.quotes import extract_quotes
from quotearchive.extract.speakers.runs import parse_run


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


# ---------------------------------------------------------------- a work's words are no one's statement


def test_a_song_borrowed_in_an_aside_is_no_source():
    text = ("The miners marched through the town on Saturday.\n\n"
            'In the words of the old song, "There is power in a union, and we will not be moved from here."\n\n'
            '"We are not going back until the pits reopen."')
    # The lyric is the writer's flourish; the song does not speak, nor carry to the next quote.
    assert speakers(text) == [None, None]


def test_a_slogan_or_a_club_song_after_the_quote_is_no_source():
    text = ("The campaign had one message. In the words of its slogan, \"Take back control of our borders and our money.\"\n\n"
            "Ann Lee, the coach, ran onto the pitch. \"We will stand together through the rain and the wind,\" "
            "in the words of the club song.")
    assert speakers(text) == [None, None]


def test_a_report_in_the_same_aside_still_speaks():
    # A document states things (the archive's "document" source): only works are refused.
    text = ("Ministers were criticised in the inquiry.\n\n"
            'In the words of the report, "The department was asleep at the wheel for most of the decade."')
    assert speakers(text) == ["the report"]


def test_a_person_in_the_aside_still_speaks():
    text = ("The reforms were rushed through.\n\n"
            'The reforms are, in the words of one retired pilot, "a solution looking for a problem, and a costly one".')
    assert speakers(text) == ["one retired pilot"]


# ---------------------------------------------------------------- a fronted participle and a possessor


def test_a_fronted_participle_does_not_give_the_words_to_the_possessor():
    text = ("Senator Ann Lee, a Democrat, has long opposed the wall.\n\n"
            'Mocking Donald Trump\'s promise to "build a wall and make Mexico pay for it," Senator Lee voted against the bill.')
    assert speakers(text) == ["Ann Lee"]


def test_a_citing_participle_is_no_first_name():
    # "Quoting Churchill" is no person: the epithet after the quote is the prime minister.
    assert parse_run("Quoting Churchill") is None
    assert parse_run("Mocking Trump") is None
    assert parse_run("Chelsea Manning").tokens == ["Chelsea", "Manning"]
    text = 'Quoting Churchill\'s line that "we shall never surrender," the prime minister vowed to fight on.'
    assert speakers(text) == ["the prime minister"]


# ---------------------------------------------------------------- a dateline's place is no one


def test_a_datelines_place_is_no_antecedent_for_it():
    text = ("Harbour board delays vote\n\n"
            "PORTVILLE, Jan. 12 (Coast Wire) -- The harbour board on Monday postponed its vote on the new "
            "quay, a decision it called \"a pause, not a retreat\".")
    quotes = extract_quotes(text)
    assert quotes[0].speaker != "PORTVILLE"


def test_a_dateline_is_recognised_in_its_wire_forms():
    from quotearchive.extract.speakers.names import is_dateline
    for body in ("PORTVILLE (AP) — The mayor said", "PORTVILLE, Jan. 12 (Coast Wire) -- The mayor said",
                 "PORTVILLE - The mayor said", "NEW PORTVILLE, Maine — The mayor said"):
        end = body.index(",") if "," in body else body.index(" (") if " (" in body else body.index(" -") if " -" in body else body.index(" —")
        assert is_dateline(body, 0, end), body
    assert not is_dateline("NATO said on Monday", 0, 4)
    assert not is_dateline("UNICEF, the children's fund, said", 0, 6)


# ---------------------------------------------------------------- hearsay of a view


def test_a_view_reported_as_hearsay_is_its_holders():
    text = ("The exam reforms were debated again this week.\n\n"
            "Anna Berg, who ran the department until the summer, is said to believe that the new exam was a "
            "\"costly mistake\" from the start.")
    assert speakers(text) == ["Anna Berg"]


def test_a_passive_of_hearing_still_names_no_one():
    # "was told" is the subject hearing the words: not hers.
    text = 'Anna Berg was told that the plan was "dead in the water" by two of her advisers.'
    assert speakers(text) != ["Anna Berg"]


# ---------------------------------------------------------------- a name given in quote marks


def test_a_description_that_gives_a_name_in_marks_is_that_name():
    text = ('The march stopped at the park.\n\n"Let me put this the right way," a 30-year-old bus driver who would '
            'say only that his name was "Dell" told me. "Nobody here wants more anger."\n\n"We just want to be heard."')
    said = [q.speaker for q in extract_quotes(text) if q.text != "Dell"]
    assert said == ["Dell"] * 3


def test_a_description_without_a_name_stays_a_description():
    text = ('The march stopped at the park.\n\n"Let me put this the right way," a 30-year-old bus driver who '
            'had walked from "Little Haiti" told me.')
    assert speakers(text)[0] != "Little Haiti"


PSEUDONYM_PAGE = ('The march stopped at the park.\n\n"Let me put this the right way," a 30-year-old bus driver who would '
                  'say only that his name was "Dell" told me.\n\nNext to "Dell" stood Ann Ruiz, 19, of Queens. '
                  '"I got stopped twice this month," Ruiz said.\n\n'
                  '"Dell" chimed in: "They never want to take the blame," he said of the union. "There has to be peace."\n\n'
                  '"I think it could have been prevented," Ruiz said. "No, not even," "Dell" countered: '
                  '"If they had only listened to us."')


def test_a_name_in_marks_beside_a_quote_speaks_it():
    said = {q.text: q.speaker for q in extract_quotes(PSEUDONYM_PAGE) if q.text != "Dell"}
    assert said["They never want to take the blame,"] == "Dell"
    assert said["There has to be peace."] == "Dell"
    assert said["No, not even,"] == "Dell"
    assert said["If they had only listened to us."] == "Dell"
    assert said["I think it could have been prevented,"] == "Ann Ruiz"


def test_a_title_in_marks_beside_a_quote_is_no_speaker():
    # A one-word title in marks the article never gave as anyone's name.
    text = 'The band played "Changes" twice. "Encore" followed: "We love you, Leeds," the singer shouted.'
    assert "Changes" not in speakers(text) and "Encore" not in speakers(text)


# ---------------------------------------------------------------- one German surname, three spellings


def test_a_surname_with_an_umlaut_is_one_name_however_it_is_spelled():
    text = ('In April, Gerhard Müller, the head of the office, rejected the appeal. "It is over," Muller said. '
            '"This is a provocation against the whole church," Mueller said in a statement.')
    assert speakers(text) == ["Gerhard Müller", "Gerhard Müller"]


# ---------------------------------------------------------------- an interview's turns


INTERVIEW = ("Jim Reed and Tom Dale founded the company in 2009. We spoke to Reed about those early days.\n\n"
             "How did you two meet?\n\n"
             "Reed: Tom came into my office one morning. We were supposed to meet and I was busy. He tapped me on the "
             "shoulder and said, \"I'm Tom.\" And I said, \"I'm Jim.\"\n\n"
             "And how did the company start?\n\n"
             "Reed: Tom was looking for something to do. He asked what I wanted to do and I said, 'I don't know.' "
             "I asked him and he said, 'I don't know either.'")


def test_he_in_an_interviewees_answer_is_the_other_man():
    assert speakers(INTERVIEW) == ["Tom Dale", "Jim Reed", "Jim Reed", "Tom Dale"]


def test_he_in_a_story_without_turns_is_left_to_the_pronoun_rules():
    text = ("Jim Reed and Tom Dale founded the company in 2009.\n\n"
            "Reed was busy the morning they met. He looked up and said, \"Come back tomorrow, please.\"")
    assert speakers(text) == ["Jim Reed"]


# ---------------------------------------------------------------- "the then prime minister"


def test_the_then_holder_of_an_office_is_a_description_of_that_person():
    text = ('Tony Blair met the union leaders in 1998. The then prime minister told them: '
            '"There will be no going back on this."')
    assert speakers(text) == ["Tony Blair"]


def test_then_after_a_verb_still_starts_a_clause():
    text = 'Ann Lee lost the vote on Monday and then told reporters: "We will try again next year."'
    assert speakers(text) == ["Ann Lee"]



def test_a_reopened_quote_that_names_another_speaker_is_theirs():
    text = ('"We were never told," Ann Ruiz said. "There has to be peace on all sides.\n\n'
            '"I think this could have been prevented," Tom Hale said.')
    assert speakers(text) == ["Ann Ruiz", "Ann Ruiz", "Tom Hale"]


# ---------------------------------------------------------------- review: names in marks that belong to things


@pytest.mark.parametrize("text, thing", [
    ('An official, who works for the agency known as "Frontex", said: "The numbers are rising every week."', "Frontex"),
    ('A resident who lives on a street called "Ocean View" said: "The water came up to the windows."', "Ocean View"),
    ('A fan who was wearing a shirt with the slogan called "Freedom" said: "We came here for the team."', "Freedom"),
])
def test_a_name_in_marks_for_an_agency_or_a_street_is_not_the_speaker(text, thing):
    assert thing not in speakers(text)



@pytest.mark.parametrize("text, speaker", [
    ('The mayor, Tom Lu, opened the track. Local councillor Lue spoke later. "This track is a waste of public money," Lue said.', "Lue"),
    ('Chris Hoy rode the first lap. "It was a long day for all of us," Hoey said.', "Hoey"),
])
def test_ue_and_oe_in_an_english_surname_are_no_umlaut(text, speaker):
    assert speakers(text)[-1] != ("Tom Lu" if speaker == "Lue" else "Chris Hoy")


@pytest.mark.parametrize("text", [
    'NATO -- the alliance said on Monday it would send more troops. "We will defend every inch of allied territory," it said.',
    'NATO - which has 32 members - warned on Monday. "We will defend every inch of allied territory," it said.',
])
def test_a_body_in_capitals_before_a_dash_and_a_lower_case_word_is_no_dateline(text):
    assert speakers(text)[-1] == "NATO"
