"""Tests for quotearchive.extract.speakers: who said each quote.

Expected values are written out whole; the seeds' are what
``parse_document`` gives for each file in seeds/ (offsets into its body).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotearchive.model import Document
from quotearchive.extract.pipeline import parse_document
from quotearchive.extract.quotes import extract_quotes

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# (start, cue, speaker, speaker_type, speaker_role, speaker_as_written) of every quote.
SEED_SPEAKERS = {
    '000_41fc591cc3e9c13e.txt': [
        (236, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (410, 'adding', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (634, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (749, 'said', 'Vladimir Putin', 'person', 'Russian President', 'the Russian leader'),
        (1078, 'said', 'Vladimir Putin', 'person', 'Russian President', 'the Russian leader'),
        (1149, 'went on', 'Vladimir Putin', 'person', 'Russian President', 'he'),
        (1335, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
    ],
    '001_127fa4766937f40d.txt': [
        (396, 'said', 'Vladimir Putin', 'person', 'President', 'the president'),
        (1241, 'said', 'Vladimir Putin', 'person', 'President', 'Putin'),
        (1698, 'said', 'Vladimir Putin', 'person', 'President', 'Putin'),
    ],
    '002_f54022162006e7ce.txt': [
        (697, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (1565, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (1943, 'replied', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (2506, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (2882, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (3391, 'called', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (3407, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (4357, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (4916, 'stressed', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (5142, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (6017, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (6483, 'added', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (6713, 'added', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (7849, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (8190, 'stressed', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (8663, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
    ],
    '003_5d6ff2fecad26ce2.txt': [
        (556, 'said', 'Putin', 'person', 'Russian President', 'Putin'),
        (750, 'said', 'Putin', 'person', 'Russian President', 'Putin'),
        (983, 'said', 'Putin', 'person', 'Russian President', 'Putin'),
    ],
    '004_b7a00564b7c4de7b.txt': [
        (195, 'calling', 'Vladimir Putin', 'person', 'Russian President', 'Russian President Vladimir Putin'),
        (473, 'told', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (991, 'said', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (1159, 'said', 'Vladimir Putin', 'person', 'Russian President', 'he'),
        (1265, 'noting', 'Vladimir Putin', 'person', 'Russian President', 'he'),
        (1324, 'noting', 'Vladimir Putin', 'person', 'Russian President', 'he'),
        (2401, 'asked', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (2969, 'argues', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (2980, 'told', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (3175, 'calling', 'Vladimir Putin', 'person', 'Russian President', 'Putin'),
        (3388, 'said', 'Bill Clinton', 'person', 'US President', 'Clinton'),
    ],
}


@pytest.mark.parametrize("name", sorted(SEED_SPEAKERS))
def test_seed_speakers(name):
    article = parse_document(Document(source=name, text=(SEEDS / name).read_text(encoding="utf-8")))
    # Direct quotes only: reported speech goes through the same resolver, tested in test_reported.
    got = [(q.start, q.cue, q.speaker, q.speaker_type, q.speaker_role, q.speaker_as_written) for q in article.quotes if q.kind != "indirect"]
    assert SEED_SPEAKERS[name] == got


def who(body: str) -> list[tuple]:
    from quotearchive.extract.quotes import extract_quotes

    return [(q.text, q.speaker, q.speaker_type) for q in extract_quotes(body)]


def test_name_said_colon():
    assert [("We will win.", "Tony Blair", "person")] == who('Tony Blair spoke in Leeds. Mr Blair said: "We will win."')


def test_quote_comma_said_name():
    assert [("We will win,", "Tony Blair", "person")] == who('"We will win," said Tony Blair.')


def test_pronoun_after_named_speaker():
    body = 'Patricia Hewitt spoke on Monday. "We will act," she said.'
    assert [("We will act,", "Patricia Hewitt", "person")] == who(body)


def test_pronoun_skips_other_gender():
    body = 'Ms Hewitt met Mr Brown. "We will act," she said.'
    assert [("We will act,", "Ms Hewitt", "person")] == who(body)


def test_the_leader_is_the_main_person_once_named_never_one_named_further_down():
    named_first = 'Ann Lee, the party leader, spoke in Leeds. "We are ready," Ms Lee said. The leader said the plan was "dead".'
    assert [("We are ready,", "Ann Lee", "person"), ("dead", "Ann Lee", "person")] == who(named_first)
    named_later = 'The minister said the plan was "dead".\n\n"It is over," said Ann Lee, the party leader.'
    assert [("dead", "The minister", "unnamed"), ("It is over,", "Ann Lee", "person")] == who(named_later)


def test_according_to():
    body = 'Prices will rise, according to analysts at Barclays, who said it was "inevitable".'
    assert [("inevitable", "analysts at Barclays", "unnamed")] == who(body)


def test_according_to_opening_the_subject_is_cut_before_the_name():
    # (Also the lower-case test before the substitution in mentions._np_tail: a reported
    # statement's subject, read by the rules alone.)
    from quotearchive.extract.pipeline import find_statements

    found = find_statements("According to the BBC Ann Lee said the plan was dead.")
    assert [("the plan was dead", "Ann Lee", "person")] == [(q.text, q.speaker, q.speaker_type) for q in found]


def test_told_the_bbc():
    body = 'Jack Straw was asked about it. "It was wrong," Mr Straw told the BBC.'
    assert [("It was wrong,", "Jack Straw", "person")] == who(body)


def test_appositive_role():
    from quotearchive.extract.quotes import extract_quotes

    quotes = extract_quotes('"It is a start," Vincent Koen, a senior economist with the OECD, told the BBC.')
    assert [("Vincent Koen", "person", "a senior economist with the OECD")] == [
        (q.speaker, q.speaker_type, q.speaker_role) for q in quotes
    ]


def test_aside_with_who():
    body = 'Sir Vince Cable, who replaced Tim Farron as leader in 2017, said: "We are ready."'
    assert [("We are ready.", "Sir Vince Cable", "person")] == who(body)


def test_in_a_statement_the_firm_said():
    body = 'Shares in Rank Group fell. In a statement, the firm said: "We expect a strong year."'
    assert [("We expect a strong year.", "Rank Group", "organisation")] == who(body)


def test_spokesman_description():
    body = 'The firm was silent. "We do not comment," a spokesman for the firm said.'
    assert [("We do not comment,", "a spokesman for the firm", "unnamed")] == who(body)


def test_organisation_speaker():
    body = 'The Tories dismissed the plan as "desperate".'
    assert [("desperate", "the Tories", "organisation")] == who(body)


def test_dash_attribution():
    body = '"We will fight on." - Commissioner Jane Smith'
    assert [("We will fight on.", "Jane Smith", "person")] == who(body)


def test_colon_attribution():
    body = 'And from Chairwoman Ann Lee: "The vote stands."'
    assert [("The vote stands.", "Ann Lee", "person")] == who(body)


def test_unusual_cue_verbs():
    body = '"I give up," sighed Mr Jones. "Not again," quipped Ms Lee.'
    assert [("I give up,", "Mr Jones", "person"), ("Not again,", "Ms Lee", "person")] == who(body)


def test_interrupted_quote_keeps_speaker():
    body = '"We expect growth," said Rick Egelton, an economist. "But not much."'
    assert [("We expect growth,", "Rick Egelton", "person"), ("But not much.", "Rick Egelton", "person")] == who(body)


def test_multi_paragraph_quote_keeps_speaker():
    body = 'Mr Law added: "I think the remark was ill-advised.\n\n"We don\'t want to preach."'
    assert [("I think the remark was ill-advised.", "Mr Law", "person"), ("We don't want to preach.", "Mr Law", "person")] == who(body)


def test_speaker_in_next_paragraph():
    body = '"It is over and we lost."\n\nThat was the verdict of Jim Reed, the team coach.'
    assert [("It is over and we lost.", None, None)] == who(body)
    body = '"It is over and we lost."\n\nJim Reed, the team coach, said.'
    assert [("It is over and we lost.", "Jim Reed", "person")] == who(body)


def test_nobody_said_it():
    assert [("It is over and we lost.", None, None)] == who('Nothing here. "It is over and we lost."')


def test_speaker_not_guessed_from_the_subject_of_the_article():
    body = 'Putin spoke on Monday.\n\nThe crowd cheered. "Long live the king!" someone shouted.'
    assert [("Long live the king!", "someone", "unnamed")] == who(body)


def test_reported_as_saying():
    body = 'Dr Jeremy Philpott spoke first. "We will sue," Mr Kapor is reported as saying.'
    assert [("We will sue,", "Mr Kapor", "person")] == who(body)


def test_pronoun_needs_a_confirmed_person():
    # "Black Sabbath" looks like a name but nothing says it is a person.
    body = 'Ozzy Osbourne said the Black Sabbath album was a triumph. He said: "We lived in Aston."'
    assert [("We lived in Aston.", "Ozzy Osbourne", "person")] == who(body)


def test_possessive_name_before_role_is_a_description():
    body = 'Tony Blair met them. Mr Blair\'s official spokesman said it was "a good day".'
    assert [("a good day", "Mr Blair's official spokesman", "unnamed")] == who(body)


def test_description_with_appositive_name_is_that_person():
    body = (
        'Sir Anthony Greener spoke first. The chief inspector of schools, David Bell, also said the exams '
        'should go. "One of the reasons is simple," he said.'
    )
    assert [("One of the reasons is simple,", "David Bell", "person")] == who(body)


def test_wrote_to_someone_is_an_attribution():
    body = 'Labour leader Nicola Sturgeon wrote to the minister calling for him to withdraw his "ill-judged comment".'
    assert [("ill-judged comment", "Nicola Sturgeon", "person")] == who(body)


def test_a_new_clause_after_the_quote_is_not_its_attribution():
    body = 'The committee called this "morally indefensible" but the government said the plan had worked.'
    assert [("morally indefensible", "The committee", "organisation")] == who(body)


def test_plain_present_verbs_attribute():
    body = 'The Lib Dems accuse Mr Blair of making a "touchy-feely" speech.'
    assert [("touchy-feely", "the Lib Dems", "organisation")] == who(body)


def test_nouns_are_not_speech_verbs():
    assert [] == who('Call centres have a high "churn rate", with workers leaving every year.')


def test_infinitives_are_not_attributions(rules_only):
    # (The parse reads "continues to insist" as the bank insisting: tests/test_speakers_parse.py.)
    body = 'The bank continues to insist the overshoot does not mean a "hard landing" for the economy soon.'
    assert [("hard landing", None, None)] == who(body)


def test_coordinated_verb_takes_the_sentence_subject():
    body = 'Harry Redknapp, 57, quit his post on Monday and vowed: "I will not go down the road."'
    assert [("I will not go down the road.", "Harry Redknapp", "person")] == who(body)


def test_coordinated_verb_after_a_quote_keeps_its_speaker():
    body = 'EC spokeswoman Marja Lind conceded there were "grey areas" but said "these are small".'
    assert [("grey areas", "Marja Lind", "person"), ("these are small", "Marja Lind", "person")] == who(body)


def test_stray_comma_before_the_verb():
    body = '"Everything is going digital," Kirsten Pfeifer from the Consumer Electronics Association, told the BBC.'
    assert [("Everything is going digital,", "Kirsten Pfeifer", "person")] == who(body)


def test_issued_a_statement():
    body = 'The Bank of Korea acted quickly. It issued a statement that "the policy will not change".'
    assert [("the policy will not change", "Bank of Korea", "organisation")] == who(body)


def test_adverb_between_speaker_and_verb():
    assert [("We will be bigger,", "Bono", "organisation")] == who('U2 topped the chart. "We will be bigger," Bono recently said.')


def test_nouns_like_hopes_are_no_speech_verbs():
    body = (
        "Ronan O'Gara kicked two drop goals to keep alive their Grand Slam hopes. "
        'He told BBC Sport: "We made hard work of it."'
    )
    assert [("We made hard work of it.", "Ronan O'Gara", "person")] == who(body)


def test_mr_before_a_title_word_is_a_surname():
    # "King" is also a title, but after "Mr" it can only be the man's surname.
    body = (
        '"Nobody reads the manual," said Walter King, an engineer at Acme. '
        '"They just click," said Mr King.'
    )
    assert [
        ("Nobody reads the manual,", "Walter King", "person"),
        ("They just click,", "Walter King", "person"),
    ] == who(body)


def test_lone_surname_doing_human_things_is_a_person():
    # No first name, title or role: "speaking to", "joined ... as" and "he" make Hollis a person.
    body = (
        "But Hollis, speaking to local radio, also admits the deal is not done. "
        'He told reporters: "We will not sell." '
        "Hollis joined Northwick as chairman in 1999."
    )
    assert [("We will not sell.", "Hollis", "person")] == who(body)


def test_lone_name_speaking_is_still_an_organisation_without_human_cues():
    body = 'Shares in Zentrix rose. Zentrix said: "Sales were strong."'
    assert [("Sales were strong.", "Zentrix", "organisation")] == who(body)


def test_club_named_after_a_verb_is_no_antecedent_for_he():
    # "revealed Real Pomona did ask": the club is what was revealed, not who spoke.
    body = (
        "Hollis, speaking on Monday, revealed Real Pomona did ask about the player. "
        'He said: "The answer was no."'
    )
    assert [("The answer was no.", "Hollis", "person")] == who(body)


def test_nationality_noun_stands_for_the_person_in_focus():
    body = (
        "Harbour manager Pieter Vos praised his side after the win.\n\n"
        '"We were patient," the Dutchman said.'
    )
    assert [("We were patient,", "Pieter Vos", "person")] == who(body)


def test_age_and_position_nouns_look_past_a_pronoun_subject():
    # "He was ... by City boss Ken Lark": the pronoun is the one meant, not Lark.
    body = (
        "Ronan Quill is ready to sign a new deal. "
        "He was once dropped by City boss Ken Lark but has since improved. "
        'The 25-year-old said: "I want to stay."'
    )
    assert [("I want to stay.", "Ronan Quill", "person")] == who(body)


def test_nationality_noun_without_anyone_named_stays_a_description():
    assert [("It was hard,", "the Frenchman", "description")] == who('"It was hard," the Frenchman said.')


def test_role_in_apposition_confirms_a_person():
    # "Tobin Rask" has no known first name; ", skipper for the night," shows he is a person.
    body = (
        "Harbour manager Pieter Vos was pleased. Tobin Rask, skipper for the night, agreed. "
        '"We played well," he said.'
    )
    assert [("We played well,", "Tobin Rask", "person")] == who(body)


def test_but_name_and_said():
    body = 'Ronan Quill spoke first. But Quill is keen to move on and said: "I have grown up."'
    assert [("I have grown up.", "Ronan Quill", "person")] == who(body)


def test_colon_after_club_role_and_name():
    body = '- Harbour boss Pieter Vos: "We will be ready."'
    assert [("We will be ready.", "Pieter Vos", "person")] == who(body)


def test_police_ranks_are_titles():
    body = (
        'The head of the unit, Acting Detective Chief Superintendent, Tom Ashby, said: "We acted fast." '
        'Chief Supt Ashby added: "More arrests will follow."'
    )
    assert [
        ("We acted fast.", "Tom Ashby", "person"),
        ("More arrests will follow.", "Tom Ashby", "person"),
    ] == who(body)


def test_organisation_role_then_name_is_the_person():
    body = '"We are not convinced," said Treasury Under Secretary Alan Pike.'
    assert [("We are not convinced,", "Alan Pike", "person")] == who(body)


def test_name_after_the_with_a_role_is_still_a_name():
    # "Chancellor of the Exchequer Gordon Brown": "the" belongs to the role, not a title.
    body = (
        '"It is a start," said the Chancellor of the Exchequer Ivor Blunt. '
        'Mr Blunt said the talks would be remembered as "the debt summit".'
    )
    assert [("It is a start,", "Ivor Blunt", "person"), ("the debt summit", "Ivor Blunt", "person")] == who(body)


def test_ex_party_prefix_is_a_role():
    body = 'Ex-Labour MP Ivor Blunt has appealed for calm. "Let her go," he said.'
    assert [("Let her go,", "Ivor Blunt", "person")] == who(body)


def test_surname_alone_is_a_mention_for_he():
    # "Lark" alone (after "Sir Ken Lark") is the subject the pronoun points back to,
    # not the referee named in full the sentence before.
    body = (
        "Sir Ken Lark was angry. The striker said it was an accident and referee Tom Pell agreed. "
        "Lark was also upset by the fouls. "
        '"It was a terrible tackle," he said.'
    )
    assert [("It was a terrible tackle,", "Sir Ken Lark", "person")] == who(body)


def test_governors_ball_is_no_person():
    body = (
        "Bill Conti leads the orchestra. After the show he attends the Governor's Ball. "
        '"I have a drink," he says.'
    )
    assert [("I have a drink,", "Bill Conti", "person")] == who(body)


def test_number_word_inside_a_surname():
    body = 'Assistant coach Henk Ten Bosch was angry. "It is pathetic," Ten Bosch said.'
    assert [("It is pathetic,", "Henk Ten Bosch", "person")] == who(body)


def test_dotcom_does_not_end_the_subject():
    body = '"Sales are up," John Pell, editor of Gamesite.com told BBC News.'
    assert [("Sales are up,", "John Pell", "person")] == who(body)


def test_organisation_possessive_before_a_name():
    body = '"This must stop," Oxfam\'s Barbara Pell said.'
    assert [("This must stop,", "Barbara Pell", "person")] == who(body)


def test_surname_named_in_full_only_inside_a_quote():
    body = (
        'Ivo Marsh said: "I thank our director Frank Tolland for his help." '
        'Tolland said: "We are sad to see him go."'
    )
    assert [
        ("I thank our director Frank Tolland for his help.", "Ivo Marsh", "person"),
        ("We are sad to see him go.", "Frank Tolland", "person"),
    ] == who(body)


def test_country_possessive_before_a_name():
    body = 'Wales\'s Josh Penner was furious. "I touched it down," Penner told reporters.'
    assert [("I touched it down,", "Josh Penner", "person")] == who(body)


def test_single_name_with_age_apposition_is_a_person():
    body = 'And Oduya, 26, added: "My brother is coming to London."'
    assert [("My brother is coming to London.", "Oduya", "person")] == who(body)


def test_org_word_surname_after_a_first_name():
    body = 'Songwriter Guy Chambers spoke at the launch. Chambers said: "Copyright matters."'
    assert [("Copyright matters.", "Guy Chambers", "person")] == who(body)


def test_second_name_joined_by_and():
    body = (
        "Tom Pike and David Rowley won best comedy. "
        'Rowley said: "It was a shock."'
    )
    assert [("It was a shock.", "David Rowley", "person")] == who(body)


def test_nickname_between_first_name_and_surname():
    body = "Guitarist Brian 'Axe' Pellow has quit the band. Pellow added: \"I found peace.\""
    assert [("I found peace.", "Brian Pellow", "person")] == who(body)


def test_hyphenated_role_after_organisation():
    body = '"It will not work," said US Treasury Under-Secretary Alan Pike.'
    assert [("It will not work,", "Alan Pike", "person")] == who(body)


def test_region_and_role_before_a_full_name():
    body = '"It will change politics," said East Anglia MEP Robert Tolley.'
    assert [("It will change politics,", "Robert Tolley", "person")] == who(body)


def test_role_word_before_a_single_name():
    body = 'Madrid midfielder Pepito said: "I have never seen this before."'
    assert [("I have never seen this before.", "Pepito", "person")] == who(body)


def test_titled_name_before_a_time_adverbial():
    body = 'Michael Hale spoke on Monday. Mr Hale last week described it as a "good discussion".'
    assert [("good discussion", "Michael Hale", "person")] == who(body)


def test_possessive_apostrophe_after_s_is_no_speaker_name():
    body = 'Mr Davis\' daughter Emma said it was "a big step".'
    # "Mr Davis'" is his, not the speaker: the phrase stays a description.
    assert [("a big step", "Mr Davis' daughter Emma", "description")] == who(body)


def test_pronoun_after_an_unnamed_spokesman():
    body = (
        "Lord Penrose said the board ignored the risks. "
        "The prime minister's official spokesman said the board was still consulted. "
        'But he added: "Not every decision goes to the board."'
    )
    assert [("Not every decision goes to the board.", "The prime minister's official spokesman", "unnamed")] == who(body)


def test_pronoun_after_a_spokesman_then_a_named_person_is_the_person():
    body = (
        "A spokesman for the Oxbridge Press said the word was new. "
        "Editor Paul Grant disagreed. "
        '"It is old," he said.'
    )
    assert [("It is old,", "Paul Grant", "person")] == who(body)


def test_name_after_a_speech_verb_is_not_the_sentence_speaker():
    # "admits Dean Foyle will decide": Foyle is what was admitted; Hollis is the subject.
    body = (
        "But Hollis, speaking to local radio, also admits Dean Foyle will decide his own future. "
        'He told reporters: "Dean is not for sale."'
    )
    assert [("Dean is not for sale.", "Hollis", "person")] == who(body)


def test_and_inside_a_role_is_no_second_person():
    # "Young People and Families Margaret Hodge": "Families" is part of the role.
    # (Since the capitalised word glued before a first name is dropped, "Ms Tolland" is the
    # minister named in full, not the phrase as written.)
    body = 'The Minister for Children, Young People and Families Mary Tolland spoke. Ms Tolland said: "Care will improve."'
    assert [("Care will improve.", "Mary Tolland", "person")] == who(body)


def test_possessive_place_before_a_newspaper_is_no_person():
    body = 'London\'s Evening Courier quoted Mr Clarke. "We will act," he said.'
    assert [("We will act,", "Mr Clarke", "person")] == who(body)


def test_british_title_kept_after_an_organisation_role():
    body = '"Crime is falling," said Metropolitan Police Commissioner Sir John Stowell.'
    assert [("Crime is falling,", "Sir John Stowell", "person")] == who(body)


def test_modifier_before_a_lone_word_makes_no_person():
    # "Former Harbourside captain Vos": "Former Harbourside" is a club, not a man.
    body = (
        "Pieter Vos scored twice. Former Harbourside captain Vos, who joined from AC Lugano, is 36. "
        '"We are stronger now," the 36-year-old said.'
    )
    assert [("We are stronger now,", "Pieter Vos", "person")] == who(body)


@pytest.mark.parametrize("gap", ["\t", "  "])
def test_organisation_possessive_before_a_name_spaced_by_tabs_or_two_spaces(gap):
    # A run's words may be apart by tabs or several spaces: this once raised
    # ValueError and lost the whole article.
    from quotearchive.extract.quotes import extract_quotes

    body = f'"We will win," said Oxfam\'s Barbara{gap}Stocking.'
    [quote] = extract_quotes(body)
    assert (quote.speaker, quote.speaker_type, quote.speaker_role) == ("Barbara Stocking", "person", "Oxfam")
    assert quote.speaker_as_written == f"Oxfam's Barbara{gap}Stocking"


def test_words_trailing_off_end_no_sentence_before_their_attribution():
    body = '"We will help the people…" Ann Lee said on Monday. "And the towns..." Bob Jones said at the rally.'
    assert [("We will help the people…", "Ann Lee"), ("And the towns...", "Bob Jones")] == [
        (q.text, q.speaker) for q in extract_quotes(body)]
    assert [("We will help them all…", None)] == [(q.text, q.speaker) for q in extract_quotes('"We will help them all…" The crowd cheered.')]


def test_events_stay_in_position_order_whatever_order_they_are_recorded_in():
    # Reported speech records its statements' speakers after every quote of the article; the
    # resolver bisects the events by position, so they must go in among the quotes' own.
    from quotearchive.extract.speakers import name_table
    from quotearchive.extract.speakers.model import Attribution

    names = name_table("Ann Lee spoke. Bob Jones spoke. Ann Lee spoke again.", [])
    for pos, who in [(5, "Ann Lee"), (40, "Ann Lee"), (20, "Bob Jones")]:
        names.add_event(pos, Attribution(who, "person"))
    assert [5, 20, 40] == names.event_pos
    assert [(5, "Ann Lee"), (20, "Bob Jones"), (40, "Ann Lee")] == [(at, who.speaker) for at, who in names.events]
