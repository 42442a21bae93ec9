"""Speakers in wire copy (Reuters-style business and political news): initials written
together and people nouns opening a sentence.

Each test is a small text written here for one phenomenon, expected speakers written out.
"""

from __future__ import annotations

from quotearchive.extract.pipeline import parse_document
from quotearchive.extract.quotes import extract_quotes
from quotearchive.extract.reported import extract_reported
from quotearchive.extract.speakers.names import Names
from quotearchive.model import Document


def speakers(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(q.speaker, q.speaker_type, q.speaker_role) for q in extract_quotes(text)]


def reported_speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_type) for q in extract_reported(text)]


def test_initials_written_together_are_one_word_of_a_name():
    text = '"It is fine," said J.K. Rowling, the author.'
    assert speakers(text) == [("J.K. Rowling", "person", "the author")]


def test_a_dotted_country_abbreviation_is_a_role_before_a_name_with_a_particle():
    text = '"We will see," said U.N. Secretary-General Javier Perez de Cuellar.'
    assert speakers(text) == [("Javier Perez de Cuellar", "person", "U.N. Secretary-General")]


def test_the_second_letter_of_a_dotted_abbreviation_opens_no_name():
    # Read apart, "U.S. Officials" held the "name" "S. Officials".
    text = "China welcomed the ruling, but U.S. Officials said Peking has a long way to go before it can issue bonds."
    assert [speaker for speaker, _ in reported_speakers(text)] != ["S. Officials"]
    assert reported_speakers(text)[0][1] == "description"


def test_a_people_noun_opening_a_sentence_is_a_description_not_an_organisation():
    text = ("The department will publish its estimate today.\n\n"
            "Analysts said the market is anticipating a downward revision.\n\n"
            "Dealers said the pound would open lower on Monday.\n\n"
            "Police said the road would stay closed.")
    assert reported_speakers(text) == [("Analysts", "unnamed"), ("Dealers", "unnamed"),
                                       ("Police", "organisation")]


def test_a_headline_taken_from_the_lede_does_not_end_at_a_dotted_abbreviation():
    text = ("China welcomed a U.S. Supreme Court decision dismissing claims by holders of old bonds. "
            "Officials said more would follow.")
    article = parse_document(Document(source="lede.txt", text=text))
    assert article.title == "China welcomed a U.S. Supreme Court decision dismissing claims by holders of old bonds."


def test_a_people_noun_is_the_subject_of_a_participle_of_speech():
    text = ("The limit stays where it is.\n\n"
            "Ministers do not support a lower limit, saying it is not clear it would cut casualties.")
    assert reported_speakers(text) == [("Ministers", "unnamed")]


def test_the_company_is_the_firm_named_not_the_analysts_before_it():
    text = ("Barclays will buy a majority stake in Absa Group, the South African bank.\n\n"
            "Analysts said Absa's earnings forecast was better than expected. "
            "However, the company warned that earnings growth would be trimmed this year.")
    assert reported_speakers(text) == [("Analysts", "unnamed"), ("Absa Group", "organisation")]


def test_a_name_in_a_fronted_participle_phrase_is_not_the_subject_after_its_comma():
    text = ("Port sources said only two ships were working.\n\n"
            "Contradicting earlier reports from strike headquarters in Rio de Janeiro, "
            "seamen in Santos said the strikers on board ships were not running out of food.")
    assert reported_speakers(text)[-1] == ("seamen in Santos", "description")


def test_a_company_legal_form_makes_the_run_an_organisation():
    text = ("Meanwhile, N.V. Philips, the Dutch electronics giant, said it would build a new plant.\n\n"
            '"We are ready," said Siemens AG.')
    assert reported_speakers(text) == [("Philips", "organisation")]
    assert speakers(text) == [("Siemens AG", "organisation", None)]


def test_a_first_name_alone_names_the_one_person_named_in_full_with_it():
    text = ("Serena Williams beat Anna Smith in straight sets on Monday.\n\n"
            'But Serena added: "Venus had a stomach injury."\n\n'
            "Zoe Slater, her coach, watched from the stands. Later Zoe said the team was tired.")
    assert speakers(text) == [("Serena Williams", "person", None)]
    assert reported_speakers(text)[-1] == ("Zoe Slater", "person")


def test_a_first_name_two_people_share_names_neither():
    text = ("John Smith and John Brown met on Monday.\n\n"
            'But John added: "We will meet again."')
    assert speakers(text)[0][0] not in ("John Smith", "John Brown")


def test_a_contraction_opening_a_sentence_is_no_organisation():
    text = ("Qualcomm had a poor year.\n\n"
            "But I'd argue that the system of satellites is what truly matters here.\n\n"
            "Let's just say I've put that one to bed now and moved on.")
    assert [speaker for speaker, _ in reported_speakers(text)] == [None, None]


def test_all_told_is_an_idiom_not_a_report():
    text = "All told, Qualcomm stock is cheap at just 16 times earnings, and the firm is a winner."
    assert reported_speakers(text) == []


def test_a_first_name_that_also_stands_as_a_place_or_club_names_no_one_by_itself():
    text = ("Chelsea Smith, the kit manager, retired on Friday after the defeat against Chelsea.\n\n"
            'Chelsea said in a statement: "We wish him well in his retirement from football."')
    assert speakers(text)[0][0] != "Chelsea Smith"


def test_a_body_named_after_its_kind_many_times_is_one_mention_a_time():
    # Each "firm Acme" was once looked for over the whole body again: n^2 mentions, n^2 time.
    from quotearchive.extract.speakers.names import Names

    body = "The software firm Acme grew. " * 300
    (acme,) = [entity for entity in Names(body).entities if entity.name == "Acme"]
    assert 300 == len(acme.mentions)


def test_a_numbers_thousands_comma_does_not_cut_the_subject():
    # Cut at "1,000", the subject was the fragment "000 voters throughout Australia".
    text = "The poll of more than 1,000 voters throughout Australia also showed that support for the Labour Party was steady."
    assert [("The poll of more than 1,000 voters throughout Australia", "document")] == reported_speakers(text)


def test_a_word_standing_alone_before_a_longer_name_is_not_that_names_first_name():
    # "Orange" is the company; "Orange Smartphones", named later, is its product, not its full name.
    text = "Orange told reporters that those with Orange Smartphones could back up their address books online."
    assert Names(text).person(["Orange"]) is None
    # Named in full first, then by the first name: the person.
    text = "Her daughter Zoe Slater won the race. Zoe said it was her best day."
    assert "Zoe Slater" == Names(text).person(["Zoe"]).name


def test_a_person_of_the_body_they_speak_for_is_the_speaker():
    # "the Corn Growers" parsed as a name of two capitalised words: after "the" it names no one.
    text = "But Larry Johnson of the Corn Growers said they would accept the program rather than sharp cuts."
    assert [("Larry Johnson", "person")] == reported_speakers(text)


def test_a_person_after_a_bodys_possessive_is_the_speaker_and_their_surname_later_too():
    text = ("However, the Congressional Budget Office's Rudolph Penner argued that the tax cut was misguided. "
            "Penner said the deficit would grow.")
    assert [("Rudolph Penner", "person"), ("Rudolph Penner", "person")] == reported_speakers(text)
    assert ["the Congressional Budget Office", None] == [q.speaker_role for q in extract_reported(text)]


def test_a_firm_after_a_countrys_possessive_is_no_person():
    text = "China's Baoshan Iron and Steel Co said it would raise prices. France's Pernod Ricard made a bid. Pernod said it was seeking acquisitions."
    assert ["organisation", "organisation"] == [kind for _, kind in reported_speakers(text)]


def test_a_date_fronted_before_the_subject_is_no_part_of_it():
    text = "On February 2 the company, a health maintenance organization, said a tentative agreement had been signed."
    assert [("the company", "organisation")] == reported_speakers(text)


def test_a_public_bodys_administration_or_bureau_is_an_organisation():
    text = "Delays of an hour followed the storm, according to the Federal Aviation Administration."
    assert [("the Federal Aviation Administration", "organisation")] == reported_speakers(text)


def test_an_adverb_or_a_day_between_the_subject_and_its_verb_is_no_part_of_the_subject():
    text = "Former Defense Secretary Robert Gates on Sunday defended the pick for secretary of state."
    assert [("Robert Gates", "person", "Former Defense Secretary")] == [
        (q.speaker, q.speaker_type, q.speaker_role) for q in extract_reported(text)]
    text = "Lib Dem spokesman Ed Davey meanwhile said there had been an explosion of quangos."
    assert [("Ed Davey", "person")] == reported_speakers(text)
    text = "The referrer tracks it as search, but it doesn’t accurately describe the intention of the searcher."
    assert "it doesn’t" not in [speaker for speaker, _ in reported_speakers(text)]


def test_a_live_blogs_time_stamp_opens_no_subject():
    text = "14.29 Indonesian authorities are hoping to bring the five remaining bodies back to land at around midnight."
    assert [("Indonesian authorities", "unnamed")] == reported_speakers(text)


def test_a_shadow_or_deputy_office_is_not_the_office():
    # "the chancellor" is not the shadow chancellor named before; "the shadow chancellor" is.
    text = "Liberal Democrat shadow chancellor Vince Cable spoke in Leeds. The chancellor said growth would rise."
    names = Names(text)
    assert names.previous(text.index("The chancellor"), "person", role_head="chancellor") is None
    assert "Vince Cable" == names.previous(text.index("The chancellor"), "person", role_head="shadow chancellor").name
    text = "Tory shadow chancellor Oliver Letwin spoke in Leeds. The shadow chancellor said the plans were reckless."
    assert [("Oliver Letwin", "person")] == reported_speakers(text)


def test_a_one_name_star_introduced_by_a_role_keeps_the_full_name_given_later():
    text = "R&B star Jamelia had three nominations. The singer, full name Jamelia Davis, was signed at 15. Jamelia said it was her year."
    assert "Jamelia Davis" == Names(text).person(["Jamelia"]).name


def test_a_body_or_country_before_a_persons_possessive_is_no_part_of_the_name():
    # "Arsenal Sol Campbell", "Plaid Cymru Elfyn Llwyd" were stored as the speakers' names.
    text = 'Arsenal\'s Sol Campbell was injured on Saturday. "I will be back soon," said Campbell.'
    assert [("Sol Campbell", "person", "Arsenal")] == speakers(text)
    text = 'Plaid Cymru\'s Elfyn Llwyd spoke in Cardiff. "The plan is dead," Mr Llwyd said.'
    assert [("Elfyn Llwyd", "person")] == [(s, t) for s, t, _ in speakers(text)]
