"""Speaker rules of issue 14's PolNeAR training errors, session 18: each test is a small text
written here (never corpus text), its expected speakers written out.

Classes: "U.S." (and "U.K.", "U.N.") inside a subject ("John Brown of the U.S. Chamber
of Commerce said"), a description with the name in commas after it read by a rule other than the
subject's ("The agency's director, Ann Lee, left, saying"), a quote in the clause a speech verb
reports, after a weak verb whose subject is a thing ("wrote that the record showed it to be"),
and "went on" followed by a word, which is no report ("the Senate goes on recess").
"""

from __future__ import annotations

import pytest

from quotearchive.extract.cues import CUE_RE
from quotearchive.extract.pipeline import parse_document
from quotearchive.model import Document

# What the rules alone read (the dependency parse, where installed, finds some of these too).
pytestmark = pytest.mark.usefixtures("rules_only")

LEAD = "The town council met on Tuesday to discuss the spending plan for next year, and the meeting ran late.\n\n"


def statements(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """Every statement of the article: (its words, speaker, as written, kind)."""
    article = parse_document(Document("test.txt", text="Headline\n\n" + text))
    return [(q.text, q.speaker, q.speaker_as_written, q.kind) for q in article.quotes]


def speaker_of(text: str, words: str, direct: bool = True) -> str | None:
    """The speaker of the (direct, unless not ``direct``) statement whose words start with ``words``."""
    return next(who for said, who, _, kind in statements(text)
                if said.startswith(words) and (kind != "indirect") == direct)


# ---- "U.S." inside the subject: its stop ends no clause


def test_person_of_a_us_body_before_the_verb():
    text = LEAD + 'John Brown of the U.S. Chamber of Commerce said the rule was "a job killer."'
    assert speaker_of(text, "a job killer") == "John Brown"


def test_person_of_a_us_body_before_the_verb_after_the_quote():
    text = LEAD + '"We have no comment," John Brown of the U.S. Chamber of Commerce said.'
    assert speaker_of(text, "We have no comment") == "John Brown"


def test_us_body_of_one_word_is_an_organisation_and_it_refers_back():
    text = LEAD + "Tea exports will rise this year, the U.S. Embassy said. It said coffee exports would fall."
    assert speaker_of(text, "Tea exports will rise", direct=False) == "U.S. Embassy"
    assert speaker_of(text, "coffee exports would fall", direct=False) == "U.S. Embassy"


def test_person_of_a_un_body_before_the_verb():
    text = LEAD + 'Ann Lee of the U.N. Refugee Agency told reporters the camps were "full to bursting."'
    assert speaker_of(text, "full to bursting") == "Ann Lee"


def test_sentence_ending_in_us_still_ends_there():
    # Guard: "in the U.S." closing a sentence leaves the next sentence's subject its own.
    text = LEAD + 'She moved to the U.S. Mary Lee said the town was "a lovely place."'
    assert speaker_of(text, "a lovely place") == "Mary Lee"


# ---- a description with the person's name in commas after it


def test_description_then_name_before_a_participle():
    text = LEAD + ("The county's planning director, Mike Rubin, reached out to the firm, writing in an email: "
                   '"We want this done by spring."')
    assert speaker_of(text, "We want this done") == "Mike Rubin"


def test_description_then_name_in_reported_speech():
    text = LEAD + "The party's council leader, Nora Stein, welcomed the move but added that the public should be asked."
    assert speaker_of(text, "the public should be asked", direct=False) == "Nora Stein"


def test_description_without_a_name_after_it_stays():
    # Guard: no name in commas after the description: it speaks as written.
    text = LEAD + 'The county\'s planning director reached out to the firm, saying the plan was "far too late."'
    assert speaker_of(text, "far too late") == "The county's planning director"


# ---- a quote in a reported clause, after a weak verb whose subject is a thing


def test_weak_verb_inside_a_that_clause_speaks_for_the_writer():
    text = LEAD + ('In her ruling, Judge Ann Reeves wrote that the history of the measure showed it to be '
                   '"an attempt to punish the voters."')
    assert speaker_of(text, "an attempt to punish") == "Ann Reeves"


def test_weak_verb_with_a_document_subject_keeps_the_document():
    # Guard: a report is a source of its own ("the report found"), the rule leaves it.
    text = LEAD + 'Tom Hale said that the audit report found "serious failings" in the office.'
    assert speaker_of(text, "serious failings") != "Tom Hale"


def test_went_on_before_a_noun_is_no_report():
    text = LEAD + 'Senator Jane Doe said that once the Senate goes on recess, "I intend to campaign wherever I can."'
    assert speaker_of(text, "I intend to campaign") == "Jane Doe"


def test_went_on_is_a_cue_before_a_colon_or_to():
    assert [m.group() for m in CUE_RE.finditer("He went on: it was late. She goes on to say more.")] == ["went on", "goes on to say"]
    assert [m.group() for m in CUE_RE.finditer("Workers went on strike. The Senate goes on recess.")] == []


# ---- an object relative before the quote: its subject speaks


def test_object_relative_with_a_day_between_subject_and_verb():
    text = LEAD + 'Much of his anger was aimed at the adviser, Tom Hale, who Ann Reed on Monday called "a reckless man."'
    assert speaker_of(text, "a reckless man") == "Ann Reed"


def test_object_relative_beats_the_antecedent():
    text = LEAD + 'The fund was set up by Ann Lee, who Tom Hale described as "a quiet genius."'
    assert speaker_of(text, "a quiet genius") == "Tom Hale"


def test_subject_relative_with_a_day_keeps_the_antecedent():
    # Guard: "who Tuesday called": the day is no subject, the antecedent called it so.
    text = LEAD + 'The vote was led by Senator Ann Lee, who Tuesday called the plan "a quiet disaster."'
    assert speaker_of(text, "a quiet disaster") == "Ann Lee"
