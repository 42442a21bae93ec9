"""Names a headline or a sentence's start glues a word to, and two people with one surname
(issue 14, session 13), and offices said again.

A headline puts an adjective before a name ("Defiant Matt Williams"), a sentence's start
capitalises the role before it ("Guitarist Brian May"): the word is no part of the name.
Family, club and cabinet stories name two people with one surname; their first names split
them, and the surname alone is the one named in full last.  An office said again ("the
chancellor") is the one it first meant, and an office with another qualifier ("the foreign
secretary", "Home Secretary X") is another office.  Each test is a small text written here,
expected speakers written out (speaker, and the phrase as written).
"""

from __future__ import annotations

from quotearchive.extract.quotes import extract_quotes
from quotearchive.extract.speakers.runs import parse_run


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_as_written) for q in extract_quotes(text)]


def test_a_headline_adjective_is_no_part_of_the_name():
    text = ('Coach refuses to resign\n\n'
            'Defiant Matt Pellow says he will stay on. "I have never walked away from a job," Pellow told reporters.')
    assert [("Matt Pellow", "Pellow")] == speakers(text)


def test_a_capitalised_role_opening_a_sentence_is_no_part_of_the_name():
    text = 'Drummer Brian Tolland has sold his kit. "It was time," said Tolland. "I have no room left," he added.'
    assert [("Brian Tolland", "Tolland"), ("Brian Tolland", "he")] == speakers(text)


def test_a_run_that_opens_with_a_first_name_or_an_initial_is_kept_whole():
    assert parse_run("Mary Ann Tolland").tokens == ["Mary", "Ann", "Tolland"]
    assert parse_run("D. Joshua Tolland").tokens == ["D.", "Joshua", "Tolland"]


def test_two_people_with_one_surname_are_split_by_their_first_names():
    text = ('England coach Andy Rowntree said the side would recover. "We will learn from this," said Rowntree.\n\n'
            'Captain Jason Rowntree was less sure. "We gave away too many penalties," said Rowntree.')
    assert [("Andy Rowntree", "Rowntree"), ("Jason Rowntree", "Rowntree")] == speakers(text)


def test_a_pronoun_after_the_second_namesake_is_that_person():
    text = ('The competition is judged by the brother of Simon Pardew.\n\n'
            'Writer Tony Pardew is on the panel. "I will not be harsh," said Pardew. "Everyone gets a fair hearing," he added.')
    assert [("Tony Pardew", "Pardew"), ("Tony Pardew", "he")] == speakers(text)


def test_a_magazine_sharing_a_surname_is_no_namesake():
    # "Rolling" is no first name: the magazine is not a second Stone.
    text = ('Director Oliver Stane spoke to Rolling Stane about the film. "It was not an easy movie," said Stane.')
    assert [("Oliver Stane", "Stane")] == speakers(text)


def test_an_office_said_again_is_the_one_it_first_meant():
    # No one is named with the office, and another man is in focus when it is used again.
    text = ('Gordon Brand defended his Budget. "The rule is met," the chancellor said.\n\n'
            'Conservative Michael Fallow asked Mr Brand whether the Treasury had leaned on statisticians. '
            '"It is a fix," Mr Fallow said. But the chancellor insisted: "The decision was independent."')
    assert [("Gordon Brand", "the chancellor"), ("Michael Fallow", "Mr Fallow"), ("Gordon Brand", "the chancellor")] == speakers(text)


def test_an_office_with_another_qualifier_is_another_office():
    # "Home Secretary Charles Clerk" is the last "secretary" named, not "the foreign secretary".
    text = ('Jack Brawn attacked the ruling on detainees.\n\n'
            'The foreign secretary said: "Life is the most important liberty." Home Secretary Charles Clerk said the men '
            'would stay in prison. "They stay," Mr Clerk said.\n\nThe foreign secretary insisted: "The lords are wrong."')
    assert [("Jack Brawn", "The foreign secretary"), ("Charles Clerk", "Mr Clerk"), ("Jack Brawn", "The foreign secretary")] == speakers(text)


def test_a_bare_office_fits_its_qualified_description():
    text = ('Spurs director Frank Arneson denied a rift with coach Jacques Santoni.\n\n'
            '"There is no problem," the sporting director said.')
    assert [("Frank Arneson", "the sporting director")] == speakers(text)


def test_a_name_in_a_fronted_participle_phrase_is_not_the_pronoun_it_opens():
    # "Dismayed by ... Bill Clinton's years, he": the "he" is the canvasser named before, whom
    # the sentence is about; the name in the fronted phrase is not its subject.
    text = ('Across town is Wayne Borton, a 33-year-old canvasser who left his job in November. '
            "Dismayed by his memory of Bill Clinton's years in office, he backs the senator.\n\n"
            '"I am knocking on doors all over town," he said.')
    assert [("Wayne Borton", "he")] == speakers(text)


def test_a_country_is_no_firm_and_writes_no_report():
    # The name table reads "UK" as an organisation; "the firm" is the company named before it.
    text = ('Multiplex Group reported an 11% rise in profits. Costs rose at Wembley and another UK project. '
            '"The result was below expectations," the firm said.')
    assert [("Multiplex Group", "the firm")] == speakers(text)
