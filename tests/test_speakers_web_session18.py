"""Speakers on web news and wire copy (issue 14, session 18).

Each test is a small text written here, with the expected speakers written out
(docs/speakers.md, "Session 18 (2026-12-04): web news, what a subject drags in, photo credits").
"""

from __future__ import annotations

from quotearchive.extract.pipeline import parse_document
from quotearchive.extract.quotes import extract_quotes
from quotearchive.extract.speakers.fragments import plausible, tidy
from quotearchive.extract.speakers.hangs import cut_hangs
from quotearchive.extract.speakers.nested import inner_subject
from quotearchive.extract.speakers.photo_credits import is_credit_line
from quotearchive.model import Document


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text) if q.kind != "indirect"]


# ---------------------------------------------------------------- "X said <a described subject> <verb>"


def test_a_described_inner_subject_of_no_verb_of_speech_leaves_the_outer_speaker():
    # "showed" reports nothing: the words are the writer's source's, not "Caputo said the near doubling in trade".
    text = ("Trade with Brazil grew last year.\n\n"
            "Speaking to reporters, Dante Caputo said the near doubling in trade showed the "
            '"tangible and immediate results" of the accord.')
    assert speakers(text) == ["Dante Caputo"]


def test_a_described_inner_subject_led_by_a_document_word_leaves_the_outer_speaker():
    # "suggested" is a verb of speech, but "the interviews with chief executives" are no people.
    text = ("Sam Pike runs the firm.\n\n"
            'Mr Pike said the interviews with chief executives suggested that companies had "adjusted" to the euro.')
    assert speakers(text) == ["Sam Pike"]


def test_a_described_inner_subject_of_people_with_a_verb_of_speech_speaks():
    text = ("Tom Reed was attacked on his show.\n\n"
            'He said the man shouted: "You have offended my religion."')
    assert speakers(text) == ["the man"]


def test_a_pronoun_after_said_is_left_to_the_pronoun_rules():
    # "Mr Morgan said he had found": one person; the text before the cue is left as it is.
    left = "Mr Morgan said he had "
    assert inner_subject(left, "found") == left
    assert inner_subject("It said data from employment tribunals ", "suggested") == "It"
    assert inner_subject("The banker said officials ", "stressed").strip() == "officials"


# ---------------------------------------------------------------- times and fronted documents around a subject


def test_a_time_after_or_before_the_subject_is_cut():
    assert cut_hangs("Deputy Prime Minister Abdullatif Sener earlier") == "Deputy Prime Minister Abdullatif Sener"
    assert cut_hangs("Obama at the time") == "Obama"
    assert cut_hangs("Castaignede ahead of the 12 March tie") == "Castaignede"
    assert cut_hangs("Band Aid founder Bob Geldof in July") == "Band Aid founder Bob Geldof"
    assert cut_hangs("Last month the governor") == "the governor"
    assert tidy("Last month Marsh") == "Marsh"


def test_a_fronted_document_phrase_without_its_in_is_cut():
    assert cut_hangs("a filing to US regulators the airline") == "the airline"
    assert cut_hangs("a report published last July the cross-party committee") == "the cross-party committee"
    assert cut_hangs("his New Year message the Liberal Democrat leader") == "the Liberal Democrat leader"
    assert cut_hangs("a speech to the Policy Centre Mr Straw") == "Mr Straw"
    assert cut_hangs("a statement announcing the desire to seek protection the company") == "the company"


def test_a_document_phrase_holding_its_own_determiners_is_kept():
    # The determiner follows a preposition or a participle: still the document phrase.
    assert cut_hangs("a statement from the discount phone firm") == "a statement from the discount phone firm"
    assert cut_hangs("a statement by a Sussex spokesperson confirming the eviction") == (
        "a statement by a Sussex spokesperson confirming the eviction")
    assert cut_hangs("the head of the agency") == "the head of the agency"


def test_a_fronted_statement_in_a_sentence():
    text = ("Rifles can now be fired over the internet.\n\n"
            'In a statement the RSPCA said it had "grave concerns" about the site.')
    assert speakers(text) == ["the RSPCA"]


# ---------------------------------------------------------------- photo credit lines on saved pages


def test_credit_lines():
    assert is_credit_line("Jessica Kourkounis for The New York Times")
    assert is_credit_line("Photo: Silver Screen Collection/Getty Images")
    assert is_credit_line("Credit: Karl Tate, SPACE.com")
    assert is_credit_line("Jane Doe/AP")
    assert not is_credit_line("He voted for The Party.")
    assert not is_credit_line("Smith played for England")


PAGE = """<html><head><title>Heirlooms</title></head><body><article>
<h1>The heirlooms people gave the museum</h1>
<p>The museum had to start from scratch without a collection, so it asked ordinary families for their heirlooms.</p>
<p>Tubman's Hymnal</p>
<p>Donated by a retired teacher from Pennsylvania.</p>
<p>Ann Marsh for The Daily Courier</p>
<p>"Some of my relatives escaped north with Harriet Tubman. The hymnal came to me after her great-niece passed,
and I never thought of selling it."</p>
<p>The museum now holds some 40,000 objects, many of them given by people who had kept them for a century.</p>
</article></body></html>"""


def test_a_photographers_credit_line_gives_the_quote_after_it_no_speaker():
    article = parse_document(Document(source="page.html", html=PAGE.encode("utf-8")))
    quotes = [q for q in article.quotes if q.kind != "indirect"]
    assert [q.text[:20] for q in quotes] == ["Some of my relatives"]
    assert quotes[0].speaker is None


# ---------------------------------------------------------------- first names and words to the reader


def test_according_to_a_first_name_is_the_person_named_in_full():
    # Tabloid and feature style: the full name once, the first name after ("According to Tessa").
    text = ("Booking insider Tessa Bishop shared the best times to book a holiday.\n\n"
            "According to Tessa the best time to book is January.\n\n"
            'Tessa explained: "Always book on a Tuesday, as prices are lower."')
    assert speakers(text) == ["Tessa Bishop"]


def test_a_verb_to_the_reader_opens_no_name():
    text = ("Ask Damien Chazelle, the director of the film, and he will answer without missing a beat: "
            '"Freeway gridlock. Anyone who has lived there will tell you that."\n\n'
            '"I loved the idea," Chazelle says.')
    assert speakers(text) == ["Damien Chazelle", "Damien Chazelle"]


# ---------------------------------------------------------------- a wire dateline, a phrase ending in a preposition


def test_a_wire_datelines_day_is_no_part_of_the_subject():
    assert cut_hangs("20 -- North Korea's official newspaper") == "North Korea's official newspaper"
    assert cut_hangs("April 25 (Reuters) - Nepal's civil aviation authority") == "Nepal's civil aviation authority"
    assert cut_hangs("50 - 50 group") == "50 - 50 group"


def test_a_phrase_ending_in_a_preposition_is_no_speaker():
    assert not plausible("going ahead with the joint military drill despite")
    assert plausible("the joint military command")


# ---------------------------------------------------------------- a relative sharing the surname


def test_a_mother_named_late_does_not_take_her_sons_quotes():
    # Two first names the lexicon lacks: the son given an age as a description, the mother a
    # kinship word before her name; the lone surname is the one named first, "she" the mother.
    text = ('"We had workers talking about working six days a week," said Tanner Fischer, the 26-year-old '
            "president of the local.\n\n"
            '"It was easy. I did it myself," Fischer said.\n\n'
            "Fischer's mother, Adrianne Fischer, is a part-time driver.\n\n"
            '"I was working three jobs at the time," she said.')
    assert speakers(text) == ["Tanner Fischer", "Tanner Fischer", "Adrianne Fischer"]


# ---------------------------------------------------------------- a fronted participle phrase without its comma


def test_a_fronted_participle_phrase_is_cut_from_the_subject():
    assert cut_hangs("Speaking in Harrogate Mr Kennedy") == "Mr Kennedy"
    assert cut_hangs("Harrogate Mr Kennedy") == "Mr Kennedy"
    assert cut_hangs("the Guardian the minister") == "the minister"
    assert cut_hangs("During the interview Mr Blair") == "Mr Blair"
    assert cut_hangs("Asked why he thought the warnings were not there Lord Butler") == "Lord Butler"


def test_a_title_after_a_role_or_a_function_word_stays():
    assert cut_hangs("Prime Minister Mr Blair") == "Prime Minister Mr Blair"
    assert cut_hangs("Only the discovery of TB") == "Only the discovery of TB"
    assert cut_hangs("Sir Alex Ferguson") == "Sir Alex Ferguson"
    assert cut_hangs("Obama the realist") == "Obama the realist"  # a name with its epithet
    assert cut_hangs("Last year only 32 percent of British Columbians") == "Last year only 32 percent of British Columbians"
    poll = "an ABC News-Washington Post poll last week - virtually the same as Mr. Trump's 60 percent"
    assert cut_hangs(poll) == poll  # "Post" of a name is no "post"; a dash ends the phrase


def test_a_speech_given_somewhere_names_the_speaker_after_it():
    text = ("Tony Blair answered questions for an hour.\n\n"
            'During the interview Mr Blair also said the former home secretary would play a "big role" at the election.')
    assert speakers(text) == ["Tony Blair"]


# ---------------------------------------------------------------- "they" for "X and his colleagues"


def test_they_after_a_person_and_his_colleagues():
    # The plural head is "colleagues", not the possessive "his"; the stop of "U.S." in the quote
    # ends no sentence between the subject and the pronoun.
    text = ("Gallagher and his colleagues asked for answers no later than May 10.\n\n"
            '"The threat to U.S. citizens undermines our principles," they wrote.')
    assert speakers(text) == ["Gallagher and his colleagues"]


# ---------------------------------------------------------------- "the paper said": the newspaper named before


def test_the_paper_is_the_newspaper_named_before():
    text = ('"It is an outright hostile act," the Rodong Sinmun said in a commentary.\n\n'
            'The paper said the exercise included a "stabilization maneuver" in recaptured areas.')
    assert speakers(text) == ["Rodong Sinmun", "Rodong Sinmun"]
    text = ("And Spanish daily ABC accuses English reporters of a witch-hunt.\n\n"
            '"Perhaps it was because their team had played so poorly," the paper says.')
    assert speakers(text) == ["ABC"]


def test_a_newspaper_where_it_is_names_none_and_a_short_name_takes_the_full_one():
    text = ("Almost a week later, a Baton Rouge newspaper called on the candidate to act.\n\n"
            'The newspaper said that "whoever the next president is" must visit.')
    assert speakers(text) == ["The newspaper"]
    text = ("The Wall Street Journal editorial board wrote on Wednesday. The Journal backs reform.\n\n"
            'The newspaper said the governor had been "articulate".')
    assert speakers(text) == ["Wall Street Journal"]


def test_a_research_paper_names_no_newspaper():
    text = ('A paper in Nature in October argued the point.\n\n'
            'The paper said the measure was "vital" for the planet.')
    assert speakers(text) == ["The paper"]


def test_a_whole_clause_after_said_is_no_inner_subject():
    # "X said the plan was sound and Tom Reed said ...": the second "said" has its own subject.
    left = "Jane Porter said the plan was sound and Tom Reed "
    assert inner_subject(left, "said") == left
