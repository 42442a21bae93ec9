"""Epithets: sport, arts and business copy re-name the one in focus by what they
have won, hold or are ("the two-time champion", "the Canada-based company").

The speaker is the fullest name the article gives (the product's convention: users
ask who said it); the phrase as written is kept in ``speaker_as_written``. An epithet
is resolved only when its referent is clear: the person in focus who is also the last
person named. Each test is a small text written here, expected speakers written out.
"""

from __future__ import annotations

from quotearchive.extract.quotes import extract_quotes


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_as_written) for q in extract_quotes(text)]


def test_an_epithet_of_achievement_after_an_inverted_verb_is_the_person_in_focus():
    text = ('Film star Tom Hanks was in London for the premiere. Fans greeted the star. '
            '"Christmas is a special time of the year," added the two-time Academy Award winner.')
    assert [("Tom Hanks", "the two-time Academy Award winner")] == speakers(text)


def test_an_epithet_with_coordinated_figures_is_read_whole():
    # "200m and 400m": an "and" between figures does not end the subject.
    text = ('Former Olympic champion Michael Johnson has accused British sprinters of lacking pride. '
            '"The biggest factor is to be number one in Britain," the world 200m and 400m record holder told Five Live.')
    assert [("Michael Johnson", "the world 200m and 400m record holder")] == speakers(text)


def test_an_epithet_is_the_last_person_named_not_the_first():
    text = ('Hicham El Guerrouj will race in France in March. Irish runner Sonia O\'Sullivan has not ruled out '
            'the race either. "It is an event which is special to me," said the two-time champion.')
    assert [("Sonia O'Sullivan", "the two-time champion")] == speakers(text)


def test_an_epithet_after_a_rival_is_named_stays_as_written():
    # Two people in the last sentence: which one won the Oscar is the reader's knowledge, not the text's.
    text = 'Tom Hanks met director Robert Zemeckis at the premiere. "It is a special film," said the Oscar winner.'
    assert [("the Oscar winner", "the Oscar winner")] == speakers(text)


def test_a_partys_nominee_is_no_epithet_of_the_person_in_focus():
    # In political copy "the Republican nominee" is often the rival of the one named before.
    text = 'Hillary Clinton campaigned in Ohio. "She has no plan," said the Republican vice-presidential nominee.'
    assert [("the Republican vice-presidential nominee", "the Republican vice-presidential nominee")] == speakers(text)


# ---------------------------------------------------------------- bodies


def test_a_body_named_after_its_kind_is_an_organisation_the_firm_can_mean():
    # "firm Bioware": no org word in the name, but the kind of body stands before it.
    text = 'Video game firm Bioware is to hold auditions. "We need ordinary faces," the company said.'
    assert [("Bioware", "the company")] == speakers(text)


def test_a_body_named_after_its_kind_keeps_its_name_where_no_kind_is_given():
    text = ('Rights watchdog Reporters Without Borders condemned the trial. A spokesman for Reporters Without '
            'Borders called the sentence "harsh". "The authorities want to make an example of him," '
            'the organisation said in a statement.')
    assert [("A spokesman for Reporters Without Borders", "A spokesman for Reporters Without Borders"),
            ("Reporters Without Borders", "the organisation")] == speakers(text)


def test_where_a_body_is_based_is_said_of_the_body_in_focus():
    text = 'Video game firm Bioware is to hold auditions. The Canada-based company says it wants "a wide variety of faces".'
    assert [("Bioware", "The Canada-based company")] == speakers(text)
    text = 'Electronics firm Sony is to cut prices. The Japanese firm said it was "a good year for us".'
    assert [("Sony", "The Japanese firm")] == speakers(text)


def test_where_a_body_is_based_stays_as_written_after_a_rival_is_named():
    text = 'Electronics firm Sony is to cut prices, as is rival Samsung Group. The Japanese firm said it was "a good year for us".'
    assert [("The Japanese firm", "The Japanese firm")] == speakers(text)


# ---------------------------------------------------------------- a second woman


def test_she_after_a_second_woman_introduced_with_her_age_is_the_second_woman():
    # A first name the lexicon does not know: the age in apposition shows she is a person.
    text = ('Dance teacher Eve Trew said she had seen a change. "I think children have many hobbies," she said.\n\n'
            'Hazel Gilbert, 23, an information manager from Newcastle, gave up ballet at the age of 10. '
            '"It is not a very cool thing to do," she said.')
    assert [("Eve Trew", "she"), ("Hazel Gilbert", "she")] == speakers(text)


# ---------------------------------------------------------------- pronouns past an epithet


def test_he_after_a_sentence_about_the_american_is_the_person_in_focus_not_a_rival_named_in_passing():
    text = ("Michael Johnson was involved in a spat with Darren Campbell earlier this year. The American had cast "
            "doubt on Campbell's claims.\n\nAnd the American remains highly critical of British sprinting. "
            '"The only time you see British sprinters upset is in a debate," he claimed.')
    assert [("Michael Johnson", "he")] == speakers(text)


# ---------------------------------------------------------------- documents


def test_the_report_is_the_report_the_article_introduced_not_the_body_named_last():
    text = ('The gap is narrowing fast, according to a World Bank report. The UN hopes to help. '
            '"Developing countries are catching up," the report said.')
    assert [("a World Bank report", "the report")] == speakers(text)
    text = 'The gap is narrowing, says a report by research firm Analysys. "Prices are falling fast," the report said.'
    assert [("a report by research firm Analysys", "the report")] == speakers(text)


def test_a_conjunction_opening_a_sentence_is_passed_over_but_not_inside_a_quote():
    from quotearchive.extract.speakers.salience import _sentence_opening

    # (where the sentence starts, where its "he" / "she" / "the ..." subject starts)
    assert (0, 4) == _sentence_opening("And the American remains critical.", 0, 34)
    assert (0, 4) == _sentence_opening("But he has had a rethink.", 0, 25)
    # A quote's own sentence opening "But" is the speaker's words, not the reporter's subject.
    assert (0, None) == _sentence_opening('"But once I got the scans it was fine."', 0, 39)
