"""Which quoted spans are quotations (extract/quotations.py), through ``extract_quotes``:
what someone called a thing or a term they used is their words; titles, linked headlines,
programmes and pull quotes are not new quotations."""

from __future__ import annotations

from quotearchive.extract.quotes import extract_quotes


def spans(body: str) -> list[str]:
    return [q.text for q in extract_quotes(body)]


def test_what_someone_called_a_thing_is_a_quotation():
    body = (
        "Former governor Mike Huckabee called the H1-B program \"worse than amnesty.\" "
        "A reporter called it \"absolute chaos.\" Cleveland sought what Gilbert called \"a perception problem.\" "
        "Within minutes, he called Rubio \"Little Marco\" again. The film has been described as \"raunchy\"."
    )
    assert ["worse than amnesty.", "absolute chaos.", "a perception problem.", "Little Marco", "raunchy"] == spans(body)


def test_calling_verb_after_a_noun_names_a_title_or_a_term():
    body = (
        "He wrote a book called \"Women Who Work\" last year. It armed the so- called \"rebels\" there. "
        "A trend called the \"Internet of Things\" grows. The bill, sometimes called a \"cromnibus\", passed. "
        "As a result, call centres have a high \"churn rate\" now. She found her calling with decals that say \"Burn Book\" online."
    )
    assert [] == spans(body)


def test_title_case_quote_with_a_full_stop_is_a_show_not_speech():
    body = (
        "Cuban said in an interview airing Sunday on NBC's \"Meet the Press.\" "
        "He is a co-host of the podcast “So, That Happened.”\n"
        "Cruz Says: ‘Bad Angels Of Our Nature.’\n"
        "I ran after him yelling, \"I'M NOT MAD, COME BACK HERE.\""
    )
    assert ["Bad Angels Of Our Nature.", "I'M NOT MAD, COME BACK HERE."] == spans(body)


def test_linked_headline_with_its_byline_is_not_a_quote():
    body = 'SHORT READS: —"Met accused of whitewashing baby Jesus," by Post\'s Kathianne Boniello: more here.'
    assert [] == spans(body)


def test_pull_quote_repeating_the_body_is_not_a_second_quotation():
    body = (
        "Ms. Bigbee is near retirement. \"It was a really tough decision,\" she said.\n"
        "'A really tough decision.'\n"
        "\"Nobody saw it coming.\""
    )
    assert ["It was a really tough decision,", "Nobody saw it coming."] == spans(body)


def test_programme_after_a_broadcasters_possessive_is_a_title():
    body = "Trump told NBC's “Today” on Monday he was sorry. Gingrich said on MSNBC’s “Morning Joe,” that he agreed."
    assert [] == spans(body)


def test_someone_using_a_term_is_quoting_it():
    body = (
        "Democrats refused to say the words \"radical Islam,\" Rubio said. "
        "His aides have all used the term “kitchen sink” this week. "
        "The People's Daily newspaper calls it \"the pearl\" on the Silk Road. "
        "In the adoption world, we use the term “place.” Authors like the word \"hero\" a lot."
    )
    assert ["radical Islam,", "kitchen sink", "the pearl"] == spans(body)


def test_title_case_headline_quotes_its_speaker_in_title_case():
    body = (
        "Elizabeth Warren: Donald Trump Is a ‘Proven Failure’ in Business.\n"
        "Sidney Blumenthal: ‘No Idea’ If I Would Have Told Hillary.\n"
        "Stars Line Up For ‘Saturday Night Live’ Finale."
    )
    assert ["Proven Failure", "No Idea"] == spans(body)


def test_plain_call_needs_a_pronoun_subject():
    # Issue 16's scare quote stays out; a group's own name for a thing is its words.
    assert [] == spans('Critics call it "fake news" and move on.')
    assert ["a witch hunt"] == spans('They call it "a witch hunt" at every rally.')


def test_a_short_sentence_after_a_quote_and_its_attribution_is_the_speaker_going_on():
    body = ('"It is over," said Ann Lee, the party leader. "Never again." She left.\n'
            'Critics called it "chaos". Ms Lee said "No."')
    assert [("It is over,", "full", "Ann Lee"), ("Never again.", "full", "Ann Lee"),
            ("chaos", "partial", "Critics"), ("No.", "partial", "Ann Lee")] == [
        (q.text, q.kind, q.speaker) for q in extract_quotes(body)]


def test_a_short_quote_right_after_another_with_no_attribution_between_is_not_speech_going_on():
    body = '"It is over," said Ann Lee, the party leader. "Never again." "Done."'
    assert ["It is over,", "Never again."] == spans(body)
