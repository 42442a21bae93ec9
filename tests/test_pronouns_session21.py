"""Session 21: pronouns given to the wrong person, addressees and interview answers (issue 14).

Texts written for these tests (no corpus text).  Each case gives the speakers expected, quote by
quote, with the parse off so the rules alone answer.
"""

from __future__ import annotations

import pytest

from quotearchive.extract.pipeline import extract_quotes_from_text


pytestmark = pytest.mark.usefixtures("rules_only")  # (the rules alone: conftest's switch)


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q["text"][:24], q["speaker"]) for q in extract_quotes_from_text(text) if q["kind"] != "indirect"]


# An interview written as prose: the writer's questions name other men; the answers are the
# interviewee's, with a pronoun ("he snaps") or with no cue at all.
INTERVIEW = (
    "Lunch with the former minister\n\n"
    "As I sit opposite Peter Hollis in his office, I ask if Mark Denton is good enough to lead the party.\n\n"
    "\u201cYes, of course, he has only just started,\u201d he says.\n\n"
    "The look he gives me when I ask about Denton is the one he gave me years ago when I asked him "
    "if he had read Tom Cooper's diaries. \u201cHow on earth would I find the time to read that?\u201d he said.\n\n"
    "\u201cIt is all about whether they can deliver the plan they have got,\u201d says Hollis. "
    "\u201cIt is going to be tough.\u201d\n\n"
    "\u201cThe party has to hold its nerve,\u201d Hollis adds.\n\n"
    "Is Denton a good leader?\n\n"
    "\u201cWell, I am fully supportive of him, I want him to succeed.\u201d\n\n"
    "When I suggest the public dislike the gifts the party took, he interrupts me.\n\n"
    "\u201cI have known the donor for thirty years. He never asked for anything.\u201d\n"
)


def test_interview_pronoun_is_the_interviewee_not_the_man_asked_about() -> None:
    assert speakers(INTERVIEW) == [
        ("Yes, of course, he has o", "Peter Hollis"),
        ("How on earth would I fin", "Peter Hollis"),  # not Tom Cooper, named in the writer's question
        ("It is all about whether ", "Peter Hollis"),
        ("It is going to be tough.", "Peter Hollis"),
        ("The party has to hold it", "Peter Hollis"),
        ("Well, I am fully support", "Peter Hollis"),
        ("I have known the donor f", "Peter Hollis"),  # the answer after the writer's prose about him
    ]


# The same pronoun in an ordinary news story (no writer asking anyone) keeps the nearest man.
NEWS = (
    "Council row\n\n"
    "Councillor Peter Hollis said the budget was short. \u201cWe will have to cut,\u201d said Hollis. "
    "\u201cThere is no other way.\u201d\n\n"
    "The leader, Tom Cooper, disagreed. \u201cThat is not true,\u201d he said.\n\n"
    "\u201cThe money is there,\u201d Hollis said.\n"
)


def test_news_story_pronoun_unchanged() -> None:
    assert speakers(NEWS) == [
        ("We will have to cut,", "Peter Hollis"),
        ("There is no other way.", "Peter Hollis"),
        ("That is not true,", "Tom Cooper"),
        ("The money is there,", "Peter Hollis"),
    ]


# "When X asked ..., he declined, saying": the one who asked is not the one who answered.
FRONTED = (
    "Prince's interview\n\n"
    "\u201cThat conversation, I am never going to share,\u201d Prince Edward said.\n\n"
    "When Jane Miller asked if he could share the questions, he declined, saying "
    "\u201cI am not comfortable with sharing that.\u201d\n"
)


def test_fronted_question_clause_asker_is_not_the_speaker() -> None:
    assert speakers(FRONTED) == [
        ("That conversation, I am ", "Prince Edward"),
        ("I am not comfortable wit", "Prince Edward"),
    ]


# An unnamed source by role, then "he said": the source, not the possessor nor a man named before.
CHIEF_AIDE = (
    "Dollar ban\n\n"
    "In a television broadcast, President Ortega's chief aide said the ban was needed. "
    "\u201cThe levy applies only to the dollar,\u201d he said.\n"
)
SPOKESMAN_DENIED = (
    "Poster row\n\n"
    "Conservative candidate Andrew Mills said the poster was offensive. \u201cIt is a disgrace,\u201d he said.\n\n"
    "A Labour spokesman denied the poster was offensive. \u201cIt makes a serious point,\u201d he said.\n"
)


def test_possessor_of_an_unnamed_role_is_not_he() -> None:
    assert speakers(CHIEF_AIDE) == [("The levy applies only to", "President Ortega's chief aide")]


def test_denying_spokesman_is_the_next_he() -> None:
    assert speakers(SPOKESMAN_DENIED) == [
        ("It is a disgrace,", "Andrew Mills"),
        ("It makes a serious point", "A Labour spokesman"),
    ]


# "X from Y in Z says:": the person, not the town named last.
AFFILIATION = (
    "Mine deal\n\n"
    "Activists want answers about the deal.\n\n"
    "Lauren Nel from Natural Justice in Cape Town says: \u201cWe demand full disclosure of the deals.\u201d\n"
)


def test_person_then_body_then_town() -> None:
    assert speakers(AFFILIATION) == [("We demand full disclosur", "Lauren Nel")]


# A review's reproducers (session 21): each was right (or no one) before the branch and wrong on it.
REVIEW_CASES = {
    "a news story's one 'I asked' is no interview": (
        "Hospital cuts\n\nHealth minister Sarah Jones defended the cuts on Monday. \u201cWe have to balance the books,\u201d"
        " Jones said.\n\nWhen I asked the minister about waiting lists, she pointed to new figures.\n\nNurse Mary Clarke,"
        " who has worked at the hospital for 20 years, disagreed. \u201cThis is a disaster for patients,\u201d she said.\n\n"
        "\u201cWe are at breaking point,\u201d she added.\n",
        ["Sarah Jones", "Mary Clarke", "Mary Clarke"]),
    "a person named in the pronoun's paragraph keeps it in an interview": (
        "Lunch\n\nI ask Mary Stone about the election. \u201cWe lost fair and square,\u201d Stone says.\n\n"
        "Her rival, Jane Fox, took a different view in a speech last week. \u201cThe result was stolen from us,\u201d she said.\n",
        ["Mary Stone", "Jane Fox"]),
    "the fronted clause asks no one": (
        "Rail plan\n\nTransport secretary Mark Hale unveiled the scheme in Leeds.\n\nAs Hale pressed ahead with the plan,"
        " he was defiant, saying \u201cWe will not be bullied by anyone.\u201d\n",
        ["Mark Hale"]),
    "a description inside a quote is no unnamed source": (
        "Site row\n\nResident Jane Cole has campaigned against the dump for years.\n\n\u201cWe were promised answers."
        " A council official said the site was safe,\u201d she said. \u201cIt was a lie.\u201d\n",
        ["Jane Cole", "Jane Cole"]),
    "a paragraph of prose between the unnamed source and the pronoun": (
        "Crash\n\nA police official said two people had died in the crash.\n\nThe driver's father was distraught."
        " \u201cHe was a careful driver,\u201d he said.\n",
        [None]),
}


@pytest.mark.parametrize("name", sorted(REVIEW_CASES))
def test_review_reproducers(name: str) -> None:
    text, expected = REVIEW_CASES[name]
    assert [speaker for _, speaker in speakers(text)] == expected
