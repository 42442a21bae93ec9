"""The person in focus, in entertainment, sport and tech copy (issue 14, BBC train2).

Sport and arts copy name a person once and then re-name them by age, title or
role ("the 28-year-old", "the double Olympic champion", "the actor"); what stands
between must not take their place: an event's name, a possessor in someone else's
role, the words inside another quote.  Each test is a small text written here,
expected speakers written out (speaker, and the phrase as written).
"""

from __future__ import annotations

from quotearchive.extract.quotes import extract_quotes


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_as_written) for q in extract_quotes(text)]


def test_an_event_named_between_is_no_person_an_age_epithet_means():
    text = ('Derval Hollis won the 60m in Leipzig.\n\n'
            'The Welsh runner set a personal best good enough to qualify for the European Indoor Championships. '
            '"I am qualified now and that is what matters," said the 25-year-old.')
    assert [("Derval Hollis", "the 25-year-old")] == speakers(text)


def test_an_event_named_last_is_no_person_an_epithet_of_achievement_means():
    text = ('Jolanda Hollis has been forced out of the European Indoor Athletics Championships with a calf injury.\n\n'
            'The double Olympic champion said: "I am very disappointed."')
    assert [("Jolanda Hollis", "The double Olympic champion")] == speakers(text)


def test_a_pronoun_passes_over_an_event_to_the_person_in_focus():
    text = ('Aoife Pavel was third in the European Cross Country Championships but she prefers the track. '
            '"It was great winning bronze," she said.')
    assert [("Aoife Pavel", "she")] == speakers(text)


def test_a_sentence_inside_the_quote_before_is_no_attribution():
    # A merged paragraph: the first quote is left open where the next opens, so "She knows ..."
    # is the pundit's own words; the "she" in it is the athlete he talks about, not a speaker.
    text = ('Kelly Holmes has not said if she will race again.\n\n"That is just Kelly," explains Cram. "She enjoys people guessing. She knows every time she '
            'makes a pronouncement it is news. "Kelly has to figure out for herself what she wants."')
    assert [("Cram", "Cram"), ("Cram", "Cram"), ("Cram", "Cram")] == speakers(text)


def test_a_role_after_qualifying_words_in_apposition_shows_a_person():
    # "Rory" is no first name the lexicon knows; "studio general manager" says he is a person,
    # so "he" is not the confirmed man named paragraphs before.
    text = ('Microsoft chief Bill Gates unveiled the console five years ago.\n\n'
            'Rory Armes, studio general manager for games giant Electronic Arts, spoke to the BBC. '
            'Microsoft had delivered kits to EA, but he said the company was waiting on Sony. '
            'But, he added, the new machine was rumoured to have "a little more under the hood".')
    assert [("Rory Armes", "he")] == speakers(text)


def test_a_role_after_a_clause_word_in_apposition_shows_no_person():
    from quotearchive.extract.speakers.names import role_after

    texts = ["Rory Armes, studio general manager for EA", "Sue Ray, BBC editor", "Rory Armes, a former striker",
             "Leeds, where the director met them", "Lyon, which the manager left", "Paris, the state capital"]
    assert [True, True, True, False, False, False] == [role_after(t, t.index(",")) for t in texts]


def test_a_that_clause_after_a_question_reports_another_statement():
    # '"...?" X said that ...': the question's speaker is the one the quote goes on from, not X.
    text = ('Lembit Opik, co-chairman of the group, said: "Defra has invented a new category. '
            '"How is the village bobby supposed to tell them apart?" Tory MP Peter Luff, another co-chairman, '
            'said that the law was a mess.')
    assert [("Lembit Opik", "Lembit Opik"), ("Lembit Opik", "Lembit Opik")] == speakers(text)


def test_capitals_after_the_before_a_role_modify_the_role():
    # "The She Hate Me director", "The Man Utd boss": a film or a club, then the role; the
    # person in focus, not a person called "Hate Me" or "Man Utd".
    text = ('Film-maker Spike Lee says the true power lies behind the camera.\n\n'
            'The She Hate Me director urged students to seek "gatekeeper positions" behind the scenes.')
    assert [("Spike Lee", "The She Hate Me director")] == speakers(text)
    text = ('Sir Alex Ferguson backed Walter Smith for the job.\n\n'
            'The Man Utd boss continued: "It is a job that needs a lot of experience."')
    assert [("Sir Alex Ferguson", "The Man Utd boss")] == speakers(text)


def test_film_maker_spelt_with_a_hyphen_is_a_role_not_part_of_the_name():
    text = 'Film-maker Spike Lee told students: "Work up the corporate ladder."'
    assert [("Spike Lee", "Film-maker Spike Lee")] == speakers(text)


def test_a_sport_or_trade_epithet_is_the_person_in_focus_who_was_named_last():
    text = ('Roger Federer, who lost here in 2003, was happy with his form. "I am playing well," said the top seed.')
    assert [("Roger Federer", "the top seed")] == speakers(text)
    text = ('Simon Amor was delighted with his award. "It is a genuine honour," said the Gloucester fly-half.')
    assert [("Simon Amor", "the Gloucester fly-half")] == speakers(text)
    text = ('Jamie Costin talks of the crash. "I was in a lot of pain," says the Waterford man.')
    assert [("Jamie Costin", "the Waterford man")] == speakers(text)


def test_a_trade_epithet_after_a_rival_is_named_stays_as_written():
    text = 'Tony Wilson met Steve Coogan on set. "I am not an actor," said the Factory Records founder.'
    assert [("the Factory Records founder", "the Factory Records founder")] == speakers(text)


def test_a_man_with_nothing_before_him_is_no_epithet():
    # "the man" alone may be anyone the story has not named: only "the Waterford man" re-names.
    text = 'Jamie Costin saw the crash. "It came from nowhere," said the man.'
    assert [("the man", "the man")] == speakers(text)


def test_a_sport_position_before_a_name_is_a_role_not_part_of_the_name():
    text = 'Scrum-half Peter Stringer was glad of the win. "All credit to them," he told BBC Sport.'
    assert [("Peter Stringer", "he")] == speakers(text)


def test_the_name_before_who_speaks_after_a_long_clause():
    text = ('Kelly Holmes won twice in Athens. The physical demands of the day-to-day grind will only get '
            'harder for Holmes, who has already admitted she "doesn\'t like the training anymore."')
    assert [("Kelly Holmes", "Holmes")] == speakers(text)



def test_a_sentence_inside_a_reported_statement_is_still_the_reporters():
    # Reported speech's statements are spans of the reporter's sentences, not quotes in marks:
    # the quote after "..., Laszlo Bock, told The New York Times." goes on with Laszlo Bock.
    from quotearchive.extract import pipeline
    from quotearchive.model import Document

    body = ("Hiring\n\n''There was no relationship between interviews and how people performed,'' Google's "
            "chief human resources executive, Laszlo Bock, told The New York Times in 2013. ''We found zero "
            "relationship. It's a complete random mess.''\n")
    article = pipeline.parse_document(Document(source="t.txt", text=body))
    last = max(article.quotes, key=lambda q: q.start)
    assert ("We found zero relationship", "Laszlo Bock") == (last.text.strip("'")[:26], last.speaker)


def test_a_headline_adjective_before_a_surname_is_not_the_persons_first_name():
    text = ('Classy Henman makes winning start\n\n'
            'Tim Henman began his season with a win in Doha. "It is a great start to the year," said Henman.')
    assert [("Tim Henman", "Henman")] == speakers(text)
