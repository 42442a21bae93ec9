"""Speakers on news copy the rules were not written on (session 22, issue 14): a description freed
of a fronted phrase, a name before a dashed apposition; and five plain texts where the usual case must not change."""

import time

import pytest

from quotearchive.extract import pipeline
from quotearchive.model import Document


pytestmark = pytest.mark.usefixtures("rules_only")  # (the rules alone: conftest's switch)


def speakers(text: str) -> list[tuple[str, str, str | None]]:
    article = pipeline.parse_document(Document("t.txt", "A headline\n\n" + text + "\n"))
    return [(q.kind, q.text, q.speaker) for q in article.quotes]


# ------------------------------------------------------------ a description freed of a fronted phrase


def test_a_fronted_report_without_its_comma_leaves_the_body_named_before() -> None:
    text = ("The Low Pay Commission met ministers on Monday. In a report published on Monday the commission "
            "said the minimum wage should rise.")
    assert speakers(text) == [("indirect", "the minimum wage should rise", "Low Pay Commission")]


def test_a_fronted_time_without_its_comma_leaves_the_office_holder() -> None:
    text = ("Health Secretary Ann Lee defended the plan on Tuesday. Last month the minister said the hospital "
            "would stay open.")
    assert speakers(text)[-1] == ("indirect", "the hospital would stay open", "Ann Lee")


def test_the_company_after_a_fronted_phrase_is_not_guessed() -> None:
    # "the company" resolves to the body named last with no check that it is a company: not re-read.
    text = ("Microsoft has sued OptInRealBig and Virginia Community College System. In a statement announcing "
            "the filing the company said it \"could not continue\" to fight.")
    assert "Virginia Community College System" not in [s for _, _, s in speakers(text)]


# ------------------------------------------------------------ a country that speaks keeps "it"


def test_it_is_a_country_written_as_a_noun() -> None:
    text = "The US has rejected the offer. \"We will not sign a deal that hurts our farmers,\" it said."
    assert speakers(text)[-1] == ("full", "We will not sign a deal that hurts our farmers,", "US")


# ------------------------------------------------------------ a description between dashes


def test_the_name_before_a_dashed_apposition_speaks() -> None:
    text = ("The law lords ruled against the government. Lord Bingham - a senior law lord - said the powers "
            "were applied \"in a way that discriminates\" on nationality.")
    assert ("partial", "in a way that discriminates", "Lord Bingham") in speakers(text)


def test_a_body_described_between_dashes_is_no_person() -> None:
    text = ("Anshuman Magazine, managing director, of CB Richard Ellis - an international real estate company - "
            "told the BBC this was \"a big positive step.\"")
    assert ("partial", "a big positive step.", "an international real estate company") in speakers(text)


def test_a_relative_clause_between_dashes_is_left_alone() -> None:
    text = "Tom Hale - who quit the party last year - said the result was \"no surprise\"."
    assert ("partial", "no surprise", None) in speakers(text)


def test_dashed_appositions_are_linear_in_the_article() -> None:
    # 10,000 repeats of the trigger, read in one pass each.
    text = "Lord Bingham ruled. " + "Lord Bingham - a senior law lord - said it was \"unlawful\". " * 10000
    start = time.perf_counter()
    found = speakers(text)
    elapsed = time.perf_counter() - start
    assert found[1] == ("partial", "unlawful", "Lord Bingham")
    assert elapsed < 60


# ------------------------------------------------------------ five plain texts: the usual case unchanged

USUAL = [
    (
        "The Low Pay Commission published its annual review on Monday. In a statement, the commission said "
        "the minimum wage should rise by 4%. Its chairman, Adam Rees, said: \"This is a fair increase for "
        "workers.\"\n\n\"We will respond in due course,\" a spokesman said.",
        [
            ("indirect", "the minimum wage should rise by 4%", "Low Pay Commission"),
            ("full", "This is a fair increase for workers.", "Adam Rees"),
            ("full", "We will respond in due course,", "a spokesman"),
        ],
    ),
    (
        "The US has rejected the latest European offer on farm subsidies. \"We will not sign a deal that "
        "hurts our farmers,\" it said in a statement. The UK said it backed the talks.",
        [
            ("indirect", "the latest European offer on farm subsidies", "the US"),
            ("full", "We will not sign a deal that hurts our farmers,", "US"),
            ("indirect", "it backed the talks", "the UK"),
        ],
    ),
    (
        "John Smith, a local farmer, said the plan was \"a disaster for the valley\". Mary Jones, the "
        "council's leader, said she was \"very disappointed\" by the vote.",
        [
            ("partial", "a disaster for the valley", "John Smith"),
            ("indirect", "she was \"very disappointed\" by the vote", "Mary Jones"),
            ("partial", "very disappointed", "Mary Jones"),
        ],
    ),
    (
        "The EU said on Tuesday that the new rules would \"protect consumers\". The Financial Services "
        "Authority (FSA) said it would monitor the market. The FSA said prices were \"stable\".",
        [
            ("indirect", "the new rules would \"protect consumers\"", "the EU"),
            ("partial", "protect consumers", "the EU"),
            ("indirect", "it would monitor the market", "the Financial Services Authority"),
            ("indirect", "prices were \"stable\"", "the Financial Services Authority"),
            ("partial", "stable", "the Financial Services Authority"),
        ],
    ),
    (
        "Health Secretary Ann Lee defended the plan on Tuesday. \"It is the right thing to do,\" she said. "
        "Speaking in Leeds, Ms Lee said the critics were \"wrong\".\n\nLater the Tories said the plan was "
        "\"a shambles\".",
        [
            ("indirect", "the plan", "Ann Lee"),
            ("full", "It is the right thing to do,", "Ann Lee"),
            ("indirect", "the critics were \"wrong\"", "Ann Lee"),
            ("partial", "wrong", "Ann Lee"),
            ("indirect", "the plan was \"a shambles\"", "the Tories"),
            ("partial", "a shambles", "the Tories"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", USUAL)
def test_the_usual_case_is_unchanged(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert speakers(text) == expected


# ------------------------------------------------------------ the review's cases (a person opening a sentence
# is usually what the last speaker talks about; a cut phrase's person is who was written to; a dash's
# name may be an addressee's or one of several)


@pytest.mark.parametrize("text, speaker", [
    ('"He betrayed us," said Ms Lee. Mr Brown took the money and then "walked away from the people who had '
     'trusted him for years".', "Ms Lee"),
    ('"He showed no remorse," said Judge Peter Jones. John Smith received a life sentence for what was "a cold '
     'and calculated attack on a defenceless man".', "Peter Jones"),
    ('"I am delighted," said Ms Lee. John Smith, the man she beat, was "gracious in defeat and wished me every '
     'success".', "Ms Lee"),
])
def test_a_person_opening_the_next_sentence_is_the_topic_not_the_speaker(text: str, speaker: str) -> None:
    assert speakers(text)[-1][2] == speaker


def test_the_one_a_cut_phrase_writes_to_does_not_answer() -> None:
    text = ("Trade Secretary Patricia Hewitt met union leader Dave Prentis. In a letter to Mr Prentis the "
            "minister said no jobs would go.")
    assert speakers(text)[-1][2] != "Dave Prentis"


@pytest.mark.parametrize("text, wrong", [
    ("The letter, sent to Mr Smith - the club's chairman - said the fans were angry.", "Mr Smith"),
    ("An aide to Mr Smith - a former banker - said the bank was sound.", "Mr Smith"),
    ("Mr Blair and Mr Brown - the party's leaders - said they would campaign together.", "Mr Brown"),
])
def test_a_dashed_description_of_an_addressee_or_of_several_is_not_the_name_before(text: str, wrong: str) -> None:
    assert speakers(text)[-1][2] != wrong
