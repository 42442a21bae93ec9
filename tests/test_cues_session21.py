"""Cues the rules did not read, and quotes carried on after them (issue 14, session 21): a
document's issuer ("X issued an update, which reads:"), a quotation in its owner's words ("In
Dr. Hardy's words,"), a description a relative "who" speaks for, a sentence announcing a
statement before a bare quote, and the verbs "penned", "posited", "uttered"."""

from __future__ import annotations

import pytest

from quotearchive.extract import pipeline
from quotearchive.extract.cues import cue_class
from quotearchive.extract.speakers.issued import OWNER_WORDS_RE
from quotearchive.model import Document

OPENING = "The story below was reported across the region this week and drew wide attention.\n\n"


def speakers(text: str) -> list[tuple[str, str | None]]:
    article = pipeline.parse_document(Document("t.txt", "A headline\n\n" + OPENING + text + "\n"))
    return [(q.text[:24], q.speaker) for q in article.quotes if q.kind != "indirect"]


def test_which_reads_after_an_issued_update_is_the_issuers() -> None:
    text = ("Ann Lee was hurt in a fall at the match last month.\n\n"
            "Despite early fears, Ann Lee's family issued an update last week, which reads: \"Firstly, we as a "
            "family are overwhelmed by all the support.\"\n\n\"Ann is now out of hospital and is walking well.\"")
    assert speakers(text) == [("Firstly, we as a family ", "Ann Lee's family"), ("Ann is now out of hospit", "Ann Lee's family")]


def test_which_reads_after_a_report_of_the_issuing_is_left_to_the_other_rules() -> None:
    # "Police said" reports the issuing: the subject of "issued" is inside another's speech.
    text = "Police said the club issued a statement, which reads: \"We are saddened by the news.\""
    assert speakers(text) != [("We are saddened by the n", "the club")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Professor Tom Hardy studies how people decide. In Dr. Hardy's words, \"Could the moment of choice "
         "be tied to awareness?\"", [("Could the moment of choi", "Tom Hardy")]),
        ("Ann Lee, the mayor, spoke for an hour. In her own words, \"we will not stop building here.\"",
         [("we will not stop buildin", "Ann Lee")]),
    ],
)
def test_in_owners_words(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I once called it a \"mummy bag\" in front of my then 8-year-old who exclaimed, \"What? Who would "
         "want to be a mummy?\"", ("What? Who would want to ", "my then 8-year-old")),
        ("He told the story to a boy who shouted: \"That is not true at all, sir.\"",
         ("That is not true at all,", "a boy")),
    ],
)
def test_a_description_who_speaks(text: str, expected: tuple[str, str]) -> None:
    assert expected in speakers(text)


def test_a_body_before_who_is_not_read_as_the_speaker() -> None:
    # "a group ... who said" may be a member's: the head is no noun of a person.
    text = "An official from a leading conservation group who shouted: \"This will not stand at all.\""
    assert ("This will not stand at a", "a leading conservation group") not in speakers(text)


def test_a_reply_from_someone_announces_the_bare_quote() -> None:
    text = ("I posed the question to the firm. Later, I got an email reply from a company representative.\n\n"
            "\"The new box gives you quick access to tools. You will still get a range of results.\"")
    assert speakers(text) == [("The new box gives you qu", "a company representative")]


def test_a_subject_who_had_a_statement_announces_the_bare_quote() -> None:
    text = ("Bolger's lawyer, Jeremy Robinson, had a more succinct statement after the ruling on Thursday. "
            "\"It is impossible to overstate the magnitude of this ruling.\"")
    assert speakers(text) == [("It is impossible to over", "Jeremy Robinson")]


def test_penned_attributes_and_the_next_quote_is_carried() -> None:
    text = ("Not much, as noted by health writer Mary Stone. \"Many people believe vitamins help, but the evidence "
            "is mixed,\" she penned in an article in Healthline. \"Some studies suggest a link, while others show none.\"")
    assert speakers(text) == [("Many people believe vita", "Mary Stone"), ("Some studies suggest a l", "Mary Stone")]


def test_posited_introduces_its_quote() -> None:
    assert speakers("Health policy has long split the two. As researchers posited in 1985: \"Where is the "
                    "mother in child health?\"") == [("Where is the mother in c", "researchers")]


def test_shares_with_is_no_cue() -> None:
    # "She shares with Trump a strategy that ...": sharing is no speech (PolNeAR train's one change).
    assert cue_class("shares with") == "other"


@pytest.mark.parametrize("form, stance", [("penned", "neutral"), ("posited", "distancing")])
def test_new_forms_have_their_stance(form: str, stance: str) -> None:
    assert cue_class(form) == stance


def test_a_reported_statement_after_a_description_who_is_left_alone() -> None:
    # The rule reads direct quotes only: "his fans who hoped ..." are generic, no one's words.
    article = pipeline.parse_document(Document("t.txt", "A headline\n\n" + OPENING + "Ramaswamy has reached his ceiling. "
                                               "For his fans who hoped to see him run away with the nomination, a podcast "
                                               "will have to suffice.\n"))
    assert [(q.kind, q.speaker) for q in article.quotes] == [("indirect", None)]


@pytest.mark.parametrize("lead_in, owner", [("because, in her words, ", "her"), ("In Dr. Hardy's words, ", "Dr. Hardy"),
                                            ("Rates fell. In the words of Ann Lee: ", "Ann Lee"), ("In words, ", None)])
def test_owner_words_lead_ins(lead_in: str, owner: str | None) -> None:
    m = OWNER_WORDS_RE.search(lead_in)
    assert (m and (m.group("owner") or m.group("pronoun") or m.group("of"))) == owner


# A review's reproducers (session 21): each was right (or no one) before the branch and wrong on it.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tom Reed, the union leader, said the deal was a betrayal.\n\nThere was no immediate response from the "
         "company.\n\n\"We will fight this all the way.\"", [None]),
        ("Tom Reed said the plan was dead. The firm did not respond to a request for comment from Reuters.\n\n"
         "\"It is over.\"", [None]),
        ("The newspaper's website has a comment section.\n\n\"Readers hated it.\"", [None]),
        ("Police have released a note written by the missing man Tom Reed, which reads: \"Do not look for me.\"",
         ["Tom Reed"]),
        ("The Times published a letter from 100 doctors, which says: \"The service is failing.\"",
         ["a letter from 100 doctors"]),
    ],
)
def test_review_reproducers(text: str, expected: list) -> None:
    assert [speaker for _, speaker in speakers(text)] == expected
