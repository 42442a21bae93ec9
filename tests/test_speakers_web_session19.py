"""Speakers on web news: tabloid ledes, a family's statement, outlets and adverbs glued to a subject
(issue 14, session 19).

Each test is a small text written here, with the expected speakers written out
(docs/speakers.md, "Session 19 (2026-12-04): web news, tabloid ledes, a family's statement").
"""

from __future__ import annotations

from quotearchive.extract.pipeline import parse_document
from quotearchive.extract.quotes import extract_quotes
from quotearchive.extract.reported.which_said import which_said
from quotearchive.extract.speakers.families import FAMILY_SUBJECT_RE, family_subject
from quotearchive.extract.speakers.hangs import cut_hangs, glued_outlet
from quotearchive.extract.speakers.ledes import name_caps_ledes
from quotearchive.model import Document


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text) if q.kind != "indirect"]


# ---------------------------------------------------------------- a tabloid's opening name in capitals


def test_a_first_name_in_capitals_opening_a_paragraph_is_read_as_a_name():
    assert name_caps_ledes("KELLY Osbourne has blasted the prince.") == "Kelly Osbourne has blasted the prince."
    assert name_caps_ledes("Intro.\nLINDA NOLAN has revealed her news.") == "Intro.\nLinda Nolan has revealed her news."


def test_acronyms_and_words_that_are_no_first_name_stay_in_capitals():
    for text in ("US President Joe Biden said so.", "NASA Administrator Bill Nelson spoke.",
                 "TRAGIC Tributes were paid.", "BBC News reported it.", "The singer KELLY Smith spoke."):
        assert name_caps_ledes(text) == text


def test_the_tabloid_lede_makes_the_person_one_speaker_with_her_first_name():
    text = ('KELLY Osbourne has blasted "whinger" Prince Harry.\n\n'
            'Speaking on a podcast, Kelly said: "He had an opportunity and he wasted it."')
    assert speakers(text) == ["Kelly Osbourne", "Kelly Osbourne"]


# ---------------------------------------------------------------- "They said:" after the family's statement


def test_they_after_a_family_that_issued_a_tribute_is_the_family():
    text = ("A teenager attacked in Rochdale has died.\n\n"
            "After the programme was shown, Cameron's family issued a tribute via the police.\n\n"
            'They said: "This has been the most terrible time for our family."\n\n'
            '"We will remain grateful for the rest of our lives."')
    assert speakers(text) == ["Cameron's family", "Cameron's family"]


def test_the_family_subject_pattern():
    found = FAMILY_SUBJECT_RE.match("His parents issued a statement via the club.")
    assert found is not None and family_subject(found) == "His parents"
    found = FAMILY_SUBJECT_RE.match("The family of Ronnie Smith thanked the doctors.")
    assert found is not None and family_subject(found) == "The family of Ronnie Smith"
    assert FAMILY_SUBJECT_RE.match("The family car was found burnt out.") is None
    found = FAMILY_SUBJECT_RE.match("Some family members have spoken out.")
    assert found is None or family_subject(found) is None


def test_they_after_a_plural_group_is_not_taken_by_the_family_rule():
    # No family in the sentences before: "they" stays with the rules it had.
    text = ("The weather turned overnight.\n\n"
            'They said: "We have never seen anything like it."')
    assert speakers(text) == [None]


# ---------------------------------------------------------------- an outlet glued to the speaker's first name


def test_a_newspaper_glued_to_a_first_name_is_cut_off():
    assert glued_outlet("the Mirror Linda") == len("the Mirror ")
    assert glued_outlet("The Sunday Times Kelly Smith") == len("The Sunday Times ")
    assert cut_hangs("the Mirror Linda") == "Linda"


def test_an_outlet_before_a_word_that_is_no_first_name_stays():
    assert glued_outlet("The Sunday Times Rich List") == 0
    assert glued_outlet("the Washington Post Company") == 0
    assert glued_outlet("The Mirror") == 0


def test_writing_in_a_newspaper_glued_to_the_speaker_gives_the_person():
    text = ("LINDA Nolan has revealed her memory is failing.\n\n"
            "The singer, 64, has been treated for cancer.\n\n"
            'Writing in The Mirror Linda said: "My memory has been lapsing for a while now."')
    assert speakers(text) == ["Linda Nolan"]


# ---------------------------------------------------------------- a sentence adverb opening the subject


def test_an_opening_sentence_adverb_is_no_part_of_the_speaker():
    assert cut_hangs("Privately ministers") == "ministers"
    assert cut_hangs("Hilariously") == ""
    assert cut_hangs("Kelly Holmes") == "Kelly Holmes"
    assert cut_hangs("Sally") == "Sally"
    assert cut_hangs("Virtually all analysts") == "Virtually all analysts"  # a quantity's adverb stays


def test_a_term_after_an_adverb_and_a_participle_has_no_speaker():
    text = 'Hilariously referred to as "The Sooty Van" it became part of the family.'
    assert speakers(text) == [None]


# ---------------------------------------------------------------- "the family of X" speaks for X, is not X


def test_the_family_of_a_person_is_the_speaker_not_the_person():
    text = ("Tom Lee died in the crash on Friday.\n\n"
            'The family of Tom Lee issued a statement, saying: "He was a lovely boy who loved football."')
    assert speakers(text) == ["The family of Tom Lee"]


# ---------------------------------------------------------------- reported speech: "X, which said ..."


def reported(text: str) -> list[tuple[str, str | None]]:
    article = parse_document(Document(source="t.txt", text=text + "\n"))
    return [(q.text, q.speaker) for q in sorted(article.quotes, key=lambda q: q.start) if q.kind == "indirect"]


def test_a_body_after_a_preposition_speaks_through_its_relative_which():
    text = "Vaskevitch was suspended by Merrill, which said it was cooperating with the probe."
    assert reported(text) == [("it was cooperating with the probe", "Merrill")]
    text = "The firm was admonished by the Securities and Exchange Commission which said it had made errors."
    assert reported(text) == [("it had made errors", "the Securities and Exchange Commission")]


def test_a_document_speaks_through_its_relative_which():
    text = "He was commenting on a Preussag statement which said results in 1986 were lower than in 1985."
    assert reported(text) == [("results in 1986 were lower than in 1985", "a Preussag statement")]


def test_a_relative_aside_on_the_subject_leaves_the_main_clause_alone():
    # "MAB, which opposed the war, urged ...": the aside's rewrite must not make "MAB said the war" a subject.
    assert which_said("Last year MAB, which opposed the war in Iraq, urged Muslims to stay home.", 0, 21, 44) is None
    text = "However the YouGov poll, which questioned 1,943 adults online, found 25% did not know."
    assert which_said(text, 0, 31, 61) is None


def test_a_relative_inside_another_statement_is_left_to_the_outer_speaker():
    # "He said ... South Korea, which wants": the rules keep the outer speaker's statement.
    text = "He said the technology is vital for South Korea, which wants to build its own plants."
    assert which_said(text, 0, text.index("wants"), len(text) - 1) is None
    assert which_said("Dauster was suspended by Merrill, which said it would help.", 0, 40, 58) == (25, 32, 40)
