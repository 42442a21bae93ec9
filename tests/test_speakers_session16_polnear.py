"""Speaker rules of issue 14's PolNeAR training errors, session 16: each test is a small text
written here (never corpus text), its expected speakers written out.
"""

from __future__ import annotations

import pytest

from quotearchive.extract.pipeline import parse_document
from quotearchive.model import Document

# What the rules alone read (the dependency parse, where installed, finds some of these too).
pytestmark = pytest.mark.usefixtures("rules_only")


def statements(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """Every statement of the article: (its words, speaker, as written, kind)."""
    article = parse_document(Document("test.txt", text="Headline\n\n" + text))
    return [(q.text, q.speaker, q.speaker_as_written, q.kind) for q in article.quotes]


def speaker_of(text: str, words: str, direct: bool = True) -> str | None:
    """The speaker of the (direct, unless not ``direct``) statement whose words start with ``words``."""
    return next(who for said, who, _, kind in statements(text)
                if said.startswith(words) and (kind != "indirect") == direct)


# ---- a quote inside a two-apostrophe quotation speaks for that quotation's speaker

LEAD = "The town council met on Tuesday to discuss the spending plan for next year, and the meeting ran late.\n\n"


def test_inner_quote_after_first_person_is_the_quotations_speaker():
    text = LEAD + ("''So I said, 'Sir, that was the plan all along,' and he left the room,'' Tom Reed, a former "
                   "adviser, recalled.\n\nThe council then adjourned.")
    assert speaker_of(text, "Sir, that was the plan") == "Tom Reed"


def test_inner_quote_of_a_hypothetical_is_the_quotations_speaker():
    text = LEAD + ("Mary Gold, a long-time organiser, said the town had changed. ''If I had said, 'Trust the "
                   "council,' nobody would have come,'' said Ms. Gold.")
    assert speaker_of(text, "Trust the council") == "Mary Gold"


def test_inner_quote_naming_another_voice_is_still_the_quotations_speaker():
    # The firm is who the speaker paraphrases; the words are hers, as in double-mark copy.
    text = LEAD + ("''When the water company says, 'We cannot fix it,' I simply do not believe that,'' said "
                   "Ann Lee, a local engineer.")
    assert speaker_of(text, "We cannot fix it") == "Ann Lee"


def test_single_marks_outside_a_quotation_keep_their_own_speaker():
    # Guard: no two-apostrophe quotation holds it, so the rule does not touch it.
    text = LEAD + "The mayor, Tom Hale, said 'We will not back down,' and left the room."
    assert speaker_of(text, "We will not back down") == "Tom Hale"


# ---- a reporting verb opening the sentence, its speaker inverted after it ("Said X:")


def test_opening_said_with_a_role_and_name_before_a_colon():
    text = LEAD + 'The new stand will open in March. Said club chairman Peter Dawes: "We are thrilled with it."'
    assert speaker_of(text, "We are thrilled") == "Peter Dawes"


def test_opening_present_tense_verb_and_an_honorific():
    text = LEAD + ('Residents are divided over the plan. Observes Mr Dawes: "Nobody expected it to be '
                   'finished on time."')
    assert speaker_of(text, "Nobody expected") == "Mr Dawes"


def test_opening_verb_with_a_relative_clause_after_the_speaker():
    text = LEAD + ('The mayor spoke for an hour. Said Dorothy Lee, who grew up with him in the town, "He was '
                   'always like this."')
    assert speaker_of(text, "He was always") == "Dorothy Lee"


def test_opening_verb_naming_a_report():
    text = LEAD + ('Few users can tell paid results from others. Said the Pew report: "This finding is '
                   'surprising."')
    assert speaker_of(text, "This finding") == "the Pew report"


def test_opening_asked_clause_is_not_an_inverted_verb():
    # Guard: "Asked if ..." opens a participle clause; the speaker is the subject after it.
    text = LEAD + 'Asked if he would stand again, Mr Hale replied: "Never again."'
    assert speaker_of(text, "Never again") == "Mr Hale"


def test_opening_verb_with_an_object_names_no_speaker():
    # Guard: "Says a lot about him" is a verb and its object, not an inverted attribution.
    text = LEAD + 'Says a lot about him, frankly: "He never turned up."'
    assert speaker_of(text, "He never turned up") is None


# ---- a title-case headline's quote is said by the person or group the headline opens with

BODY = "\n\nThe mayor spoke to reporters at city hall on Monday about the budget and the council's vote.\n"


def test_title_case_headline_opening_with_a_named_person():
    text = "Mayor Jane Holt Calls Council Budget ‘A Betrayal Of The Whole Town.’" + BODY.replace(
        "The mayor", "Mayor Jane Holt")
    assert speaker_of_article(text, "A Betrayal") == "Jane Holt"


def test_title_case_headline_opening_with_a_person_word():
    text = "Woman Steps Forward With Claim: He Had ‘The Nerve To Lie To Us.’" + BODY
    assert speaker_of_article(text, "The Nerve") == "Woman"


def test_title_case_headline_quoting_another_persons_claim_names_no_one():
    # Guard: "Lee's Claim" gives the quoted words to Lee, not to the headline's subject.
    text = "Jane Holt Mocks Ann Lee’s Claim The Town ‘Can Afford Every Single Project.’" + BODY.replace(
        "The mayor", "Mayor Jane Holt")
    assert speaker_of_article(text, "Can Afford") is None


def test_title_case_headline_with_two_subjects_names_no_one():
    text = "Jane Holt And Ann Lee Slam ‘A Budget Nobody In Town Wanted.’" + BODY
    assert speaker_of_article(text, "A Budget Nobody") is None


def test_sentence_case_headline_is_left_to_the_prose_rules():
    # Guard: a sentence-case first line is not read as a title-case headline.
    text = "Jane Holt leads the debate as council weighs ‘a budget nobody in town wanted.’" + BODY
    assert speaker_of_article(text, "a budget nobody") is None


def speaker_of_article(text: str, words: str) -> str | None:
    """As ``speaker_of``, for a text whose first line is its headline."""
    article = parse_document(Document("test.txt", text=text))
    return next(q.speaker for q in article.quotes if q.text.startswith(words) and q.kind != "indirect")


def test_title_case_headline_whose_subject_runs_past_the_name_names_no_one():
    # Guard: "Jane Holt Campaign Group" is the subject, not Jane Holt: no verb follows her name.
    text = "Former Jane Holt Campaign Group Renamed As ‘Friends Of The Whole Town.’" + BODY.replace(
        "The mayor", "Mayor Jane Holt")
    assert speaker_of_article(text, "Friends Of") is None


# ---------------------------------------------------------------- review: headlines that give the words to another


@pytest.mark.parametrize("headline", [
    "Jane Holt Responds To Critics Who Called Her Plan ‘Madness From Start To Finish.’",
    "Jane Holt Blasted By Tom Lee Over ‘Disgraceful And Reckless Budget Cuts.’",
    "Jane Holt Was Told Her Plan Was ‘A Betrayal Of The Whole Town.’",
    "Jane Holt Hears Judge Say ‘You Will Never Work In This Town Again.’",
])
def test_a_headline_whose_quote_another_said_or_the_subject_heard_is_not_the_subjects(headline):
    text = headline + BODY.replace("The mayor", "Mayor Jane Holt")
    article = parse_document(Document("test.txt", text=text))
    assert [q.speaker for q in article.quotes if q.speaker == "Jane Holt"] == []
