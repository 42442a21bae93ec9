"""Speakers on web news formats (issue 14, session 15: the web-page set's classes 7 and 10).

A profile or interview where one person answers throughout, and documents and sources
that speak in forms the sentence rules miss.  Each test is a small text written here,
with the expected speakers written out (docs/speakers.md, "Session 15: web rules").
"""

from __future__ import annotations

from quotearchive.extract.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


PROFILE = (
    "Maria Lindqvist has spent a decade making films nobody expected to sell. The director, "
    "now 44, meets me in a cafe near her studio in Malmo.\n\n"
    '"I never planned any of it," Lindqvist says. "It just kept happening."\n\n'
    "Her latest film opened to queues around the block. Was she surprised?\n\n"
    '"Honestly, yes. I thought we would be lucky to fill one cinema for a week."\n\n'
    "Lindqvist grew up on a farm, the youngest of four. Her father wanted her to study law.\n\n"
    '"He still asks when I will get a proper job. I think he is joking now."\n\n'
    'Her producer, Anders Berg, calls her "stubborn in the best way". '
    '"She never lets a scene go until it is right," he says.\n\n'
    "Lindqvist laughs at that. \"He would know,\" she says. \"He has watched me do forty takes.\"\n\n"
    "Lindqvist is already writing the next one.\n\n"
    '"It is about my grandmother. That is all I can say."'
)


def test_a_profiles_uncued_answers_are_its_subjects():
    # Two answers stand alone after the writer's paraphrased questions: the subject's, as the
    # article's cued quotes and its names both say; the producer keeps his own cued quotes.
    assert speakers(PROFILE) == ["Maria Lindqvist"] * 4 + ["Anders Berg"] * 2 + ["Maria Lindqvist"] * 3


def test_a_term_in_marks_and_a_cued_sentence_are_not_the_voices():
    text = PROFILE + ('\n\nHer films are often filed under "slow cinema" in shops.'
                      '\n\nAt the premiere a stranger leant over to the row behind and said, "Is this the one with the horse?"')
    term, cued = extract_quotes(text)[-2:]
    assert not (term.speaker_evidence or "").startswith("one-voice")  # other rules may read its sentence
    assert cued.speaker is None


def test_a_news_story_quoting_people_in_turn_has_no_one_voice():
    text = ("Council leader Ann Reid defended the budget on Monday.\n\n"
            '"We had no choice," Ms Reid said. "The grant was cut."\n\n'
            'Opposition leader Tom Hale disagreed. "This is a choice, not a necessity," Mr Hale said.\n\n'
            '"Residents will pay more and get less."\n\n'
            "The vote is on Thursday.\n\n"
            '"It will be close."')
    assert speakers(text)[-1] is None


def test_a_borrowed_phrase_is_the_source_its_aside_names():
    text = ("The Harbour Gazette ran the story on its front page.\n\n"
            'Ministers have waged a "quiet war" on the port authority, as the Harbour Gazette put it on Monday.\n\n'
            'The reforms are, in the words of one retired pilot, "a solution looking for a problem".')
    assert speakers(text) == ["the Harbour Gazette", "one retired pilot"]  # (a newspaper as "the Washington Post" is written)


def test_a_document_opening_the_sentence_is_the_source_of_its_quotes():
    text = ("Ministers were told of the risks in 1987, papers released today show.\n\n"
            'In one internal memo the minister was warned that the plan "cannot be delivered on time".\n\n'
            'In a statement, the port authority said it was "disappointed".\n\n'
            'In the end the scheme was called "a white elephant".')
    assert speakers(text) == ["one internal memo", "the port authority", None]


def test_a_fronted_reporting_participle_speaks_for_the_main_clauses_subject():
    text = ("DUBLIN (May 2) -- Declaring \"the era of cheap flights is over for good\", Transport Minister Nora Keane "
            "has ordered a review of airport charges.\n\n"
            'Calling the review "long overdue and very welcome," airline boss Peter Quill backed it.')
    assert speakers(text) == ["Nora Keane", "Peter Quill"]


def test_a_first_person_narrative_has_no_one_voice():
    # A memoir's narrator quotes themself as often as anyone: its bare quotes stay with no one.
    text = ("My lawyer, Sam Ortiz, stood up first. I had never seen him so calm.\n\n"
            '"Your honour, this case is without precedent," Ortiz said. "We have found nothing like it."\n\n'
            "I looked at my wife. My hands were shaking, and I could not hear the room.\n\n"
            '"The government asks for prison," Ortiz said. "My client asks for fairness."\n\n'
            "Then the judge turned to me. I stood.\n\n"
            '"I have never hidden what I did."')
    assert speakers(text)[-1] is None


# ---- review of session 15: where one voice must not speak


def _profile(extra: str) -> str:
    return ("Chef Maria Duarte opens her new restaurant\n\n"
            "Maria Duarte came home to Lisbon last spring after ten years in Paris kitchens. \"I missed the sea,\" "
            "she says. Duarte cooks what the boats bring in. \"The fish decides the menu,\" she says. Maria Duarte "
            "still works every service herself. \"A cook who stops tasting stops learning,\" she says.\n\n" + extra)


def test_one_voice_leaves_questions_labels_and_other_voices_alone():
    """A question is the interviewer's; a label before a colon names what speaks ("Q:", "The menu's last
    line:"); a sentence that hands the quote to another voice ("Not everyone agrees.", "Her brother
    thought ...") keeps it from the profile's subject. A bare answer after her is still hers."""
    text = _profile(
        'Q: "Why did you leave Paris after ten good years?"\n\n'
        'The menu\'s last line: "No substitutions, no exceptions, no complaints at all."\n\n'
        'Not everyone agrees. "It is a tourist trap with good lighting and little else."\n\n'
        'Her brother Paulo thought the move home was a mistake. "You will be bored within a month, I told her."\n\n'
        'Duarte shrugs at the doubters. "Every kitchen needs somebody who says no."\n')
    found = {q.text[:20]: q.speaker for q in extract_quotes(text)}
    assert found["Why did you leave Pa"] != "Maria Duarte"
    assert found["No substitutions, no"] != "Maria Duarte"
    assert found["It is a tourist trap"] != "Maria Duarte"
    assert found["You will be bored wi"] != "Maria Duarte"
