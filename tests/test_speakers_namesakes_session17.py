"""Two people of one article who share a surname, one of them with a first name the lexicon
lacks (issue 14, session 17).

A family story names a husband and a wife ("Officer Blake Snyder", "Elizabeth Snyder"), a
music story two stars with one surname: the first names split them when one is a known first
name and the other came with a title or a role ("Officer", "rock star"), and a title's sex
tells which of them "Mrs Snyder" is.  Each test is a small text written here, expected
speakers written out (speaker, and the phrase as written).
"""

from __future__ import annotations

from quotearchive.extract.quotes import extract_quotes


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_as_written) for q in extract_quotes(text)]


def test_a_wife_is_not_merged_into_her_husband_whose_first_name_is_unknown():
    text = ('Detectives named the victim as Constable Colby Kettering, 41, of Millbrook.\n\n'
            'His widow, Margaret Kettering, spoke outside the family home. "He never talked about danger," she said.')
    assert [("Margaret Kettering", "she")] == speakers(text)


def test_a_title_tells_which_namesake_is_meant():
    text = ('Detectives named the victim as Constable Colby Kettering, 41, of Millbrook.\n\n'
            'His widow, Margaret Kettering, said the force had offered help.\n\n'
            '"We were married for 19 years," Mrs Kettering said.')
    assert [("Margaret Kettering", "Mrs Kettering")] == speakers(text)


def test_a_man_titled_is_the_man_though_his_wife_was_quoted_last():
    text = ('"The council ignored us for years," said Margaret Kettering, who runs the residents\' group. '
            'Her husband, David Kettering, has written to the minister.\n\n'
            '"We will take this to court," Mr Kettering said.')
    assert [("Margaret Kettering", "Margaret Kettering"), ("David Kettering", "Mr Kettering")] == speakers(text)


def test_a_star_known_by_an_unusual_first_name_and_his_wife():
    text = ('Rock star Zeb Haldane has cancelled his tour after a burglary at his home.\n\n'
            'At a press conference, Susan Haldane listed what was taken. She said she had left '
            'her rings by the bed. "I always take them off at night," she said.')
    assert [("Susan Haldane", "she")] == speakers(text)


def test_a_magazine_sharing_a_directors_surname_stays_his():
    # "Rolling" is no first name and comes with no title or role: no second person.
    text = ('Director Oliver Brandt told Rolling Brandt he would retire. '
            '"I have made my last film," Brandt said.')
    assert [("Oliver Brandt", "Brandt")] == speakers(text)


def test_two_unknown_first_names_each_given_with_a_role_are_two_people():
    text = ('Dollar steadies in Tokyo\n\n'
            '"Markets overreacted," said Tadashi Morikawa, chief dealer at a Tokyo bank.\n\n'
            'Hiroki Morikawa, manager at a trust company, said, "We will buy bonds slowly."\n\n'
            '"We have cut our dollar sales by half," he said.')
    assert [("Tadashi Morikawa", "Tadashi Morikawa"), ("Hiroki Morikawa", "Hiroki Morikawa"),
            ("Hiroki Morikawa", "he")] == speakers(text)
