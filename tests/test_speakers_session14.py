"""Speaker rules of issue 14's session 14: phenomena of news writing found in the BBC check
set's errors by class (also in the training sets and other BBC articles) and on wire copy
read as a new user.  Each test is a small text written here, its expected speakers written
out (speaker, and the phrase as written, or type and role).
"""

from __future__ import annotations

from quotearchive.extract.quotes import extract_quotes
from quotearchive.extract.speakers.model import Attribution
from quotearchive.extract.speakers.runs import parse_run
from quotearchive.extract.speakers.sources import source_type


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_as_written) for q in extract_quotes(text)]


def details(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(q.speaker, q.speaker_type, q.speaker_role) for q in extract_quotes(text)]


# ---- a relative clause holding commas between the subject and its verb


def test_a_relative_clause_with_a_list_is_one_aside():
    text = ('Stage star Rob Tenney has opened a drama school.\n\n'
            'The award-winning actor, whose plays include Hamlet, The Tempest and Macbeth: The Musical, said: '
            '"I owe the stage everything."')
    assert [("Rob Tenney", "The award-winning actor")] == speakers(text)


def test_a_firm_with_a_relative_clause_listing_its_brands():
    text = ('Wine maker Vinora rejected the bid. Vinora, whose brands include Redhill, Oakvale and Bluestone, '
            'described the offer as "far too low".')
    assert [("Vinora", "Vinora")] == speakers(text)


# ---- "the agency quoted X as saying"


def test_the_agency_quoted_a_person_as_saying():
    text = 'The state news agency quoted oil minister Karim Haddad as saying: "We will cut output in May."'
    assert [("Karim Haddad", "oil minister Karim Haddad")] == speakers(text)


def test_a_person_was_quoted_by_the_agency_as_saying():
    text = 'Karim Haddad was quoted by the state news agency as saying "the talks have failed".'
    assert [("Karim Haddad", "Karim Haddad")] == speakers(text)


def test_a_paper_that_quoted_someone_unnamed():
    text = 'A report in the Courier quoted a senior manager at the exchange as saying the group would "make a cash bid" soon.'
    assert [("a senior manager", "a senior manager")] == speakers(text)


# ---- a company's name without its legal form


def test_a_company_name_without_a_legal_form_is_an_organisation():
    text = '"We will fight the bid," Bayou State Utilities said. "We expect a profit," Lone Star Air said.'
    assert [("Bayou State Utilities", "organisation", None), ("Lone Star Air", "organisation", None)] == details(text)


def test_a_person_whose_surname_is_a_company_word_stays_a_person():
    found = Attribution("Mary Steel", "person", None, "Mary Steel", "said", 0)
    assert source_type(found) == "person"
    found = Attribution("Dr Adam Software", "person", None, "Dr Adam Software", "said", 0)
    assert source_type(found) == "person"


# ---- a job word glued before a name is the person's role


def test_a_glued_job_word_is_kept_as_the_role():
    text = 'Band to tour again\n\nGuitarist Jimmy Hale said: "We will play every city."'
    assert [("Jimmy Hale", "person", "Guitarist")] == details(text)
    assert parse_run("Referee Graham Pell").role == "Referee"


def test_a_glued_adjective_or_function_word_is_no_role():
    assert parse_run("Defiant Matt Pell").role is None
    assert parse_run("Neither Donald Hale").role is None
    assert parse_run("Neither Donald Hale").tokens == ["Donald", "Hale"]


# ---- a description naming the body introduced with its kind


def test_said_the_magazine_after_the_magazine_was_named_with_its_kind():
    text = ('Gadget list\n\nThe Zapper 100 has been chosen as the best gadget by US magazine Pocket World.\n\n'
            '"We chose only items you can carry," said the magazine.')
    assert [("Pocket World", "the magazine")] == speakers(text)


def test_said_the_software_giant_after_it_was_named_with_its_kind():
    text = ('Patch day\n\nSoftware giant Macrosoft has fixed a flaw in its browser.\n\n'
            '"Users should update at once," said the software giant.')
    assert [("Macrosoft", "the software giant")] == speakers(text)


def test_a_description_saying_more_than_the_introduction_stays_as_written():
    text = ('Oil giant Petrola beat forecasts on Friday, and shares rose.\n\n'
            'The online retail giant said sales were "better than we hoped".')
    assert [("The online retail giant", "The online retail giant")] == speakers(text)


def test_a_plural_kind_is_not_one_name():
    text = ('Electronics firm Sorex and its partners agreed a standard.\n\n'
            'The firms said it would end "needless confusion".')
    assert speakers(text)[0][0] != "Sorex"
    text = 'Art show\n\nAward-winning artists Dunn & Pike have built a model.\n\n"It was hard," said the artists.'
    assert speakers(text)[0][0] != "Dunn & Pike"


# ---- an honorific opening the subject of the sentence before a quote


def test_a_coordinated_verb_after_an_honorific_subject_gives_the_quote_its_speaker():
    text = ('Cheap phones\n\nMr Holt wants the phones to be cheap but conceded this was hard. '
            '"We make a million a year, so this is a big number."')
    assert [("Mr Holt", "Mr Holt")] == speakers(text)


def test_an_honorific_subject_saying_in_a_participle_clause():
    text = ('Car talks\n\nFiat boss Sergio Brandi meets rival Tom Walsh on Monday.\n\n'
            'Mr Brandi is sure of his case, saying in an interview that the claim "has no basis".')
    assert [("Sergio Brandi", "Mr Brandi")] == speakers(text)


# ---- commas inside an organisation's name


def test_a_firm_whose_name_holds_commas():
    text = '"We see no slowdown," said Pike, Rea, Dunn Hale and Co.'
    assert [("Pike, Rea, Dunn Hale and Co.", "organisation")] == [(s, t) for s, t, _ in details(text)]


def test_a_body_named_of_a_list_of_fields():
    text = 'A report by the Royal Academies of Arts, Letters and Music said the scheme was "badly planned".'
    assert details(text)[0][:2] == ("Royal Academies of Arts, Letters and Music", "organisation")


def test_a_person_of_a_firm_whose_name_holds_commas_is_the_person():
    text = '"We see no slowdown," said Tom Hale of Pike Rea, Dunn Hale and Co.'
    assert details(text)[0][:2] == ("Tom Hale", "person")


def test_a_list_of_people_is_no_firm():
    text = '"We oppose it," said Tom Hale, Ann Pike and Bob Rea.'
    assert details(text)[0][1] == "person"


# ---- "Jr." ends a name, not a clause


def test_a_name_ending_in_jr_is_the_subject():
    text = 'Vice President Tom R. Hale Jr., who was in Ohio on Monday, said it was "a core issue" for him.'
    assert [("Tom R. Hale Jr", "person")] == [(s, t) for s, t, _ in details(text)]
    text = '"We will win," said Sen. Tom R. Hale Jr.'
    assert details(text)[0][:2] == ("Tom R. Hale Jr", "person")
