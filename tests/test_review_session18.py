"""Session 18's review of the merged rules: each case a sentence written for it, its expected value written out."""

from quotearchive.extract import pipeline
from quotearchive.model import Document

LEAD = "The council met on Tuesday to discuss the spending plan for next year, and the meeting ran late.\n\n"


def quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    article = pipeline.parse_document(Document(source="x.txt", text=LEAD + text))
    return [(q.kind, q.text, q.speaker) for q in article.quotes]


def test_a_sentence_ending_in_us_or_uk_ends_there_before_a_name():
    assert ("partial", "this is a great day for all of us here", "Trump") in quotes(
        'The troops returned to the U.S. Trump said "this is a great day for all of us here" on Monday.')
    assert ("partial", "this is a blow to the whole city", "Johnson") in quotes(
        'The firm moved its headquarters to the U.K. Johnson said "this is a blow to the whole city" on Friday.')


def test_us_inside_a_bodys_name_stays_in_the_subject():
    assert ("partial", "the deal will create many thousands of jobs", "John Brown") in quotes(
        'John Brown of the U.S. Chamber of Commerce said "the deal will create many thousands of jobs" in a statement.')
    assert ("partial", "full to bursting.", "Ann Lee") in quotes(
        'Ann Lee of the U.N. Refugee Agency told reporters the camps were "full to bursting."')


def test_a_countrys_office_holder_is_no_organisation():
    article = pipeline.parse_document(Document(source="x.txt", text=LEAD + 'The U.S. Ambassador said "we are watching very closely" on Tuesday.'))
    assert [("The U.S. Ambassador", "unnamed")] == [(q.speaker, q.speaker_type) for q in article.quotes if q.kind != "indirect"]


def test_a_contracted_negation_reads_as_the_full_one():
    assert [q[1] for q in quotes("She did not mention the tax rises announced in the budget last week.")] == [
        q[1] for q in quotes("She didn't mention the tax rises announced in the budget last week.")]


def test_a_report_keeps_what_it_found_but_not_what_a_speaker_says_it_highlighted():
    assert ("partial", "serious failings", "the audit report") in quotes('Tom Hale said that the audit report found "serious failings" in the office.')
    assert ("partial", "entrenched divisions", "Sir Howard Newby") in quotes(
        'Sir Howard Newby spoke on Monday.\n\nSir Howard said the report highlighted the "entrenched divisions" between areas.')


def test_a_name_after_the_clause_states_it_but_a_regions_states_are_a_noun():
    assert ("indirect", "The plan will fail within a year", "Johnson") in quotes(
        "Johnson has written about the scheme for years.\n\nThe plan will fail within a year, Johnson states in his new book.")
    assert ("indirect", "The plan will fail within a year", "Anna Lee") in quotes(
        "Dr. Anna Lee led the review.\n\nThe plan will fail within a year, Dr. Anna Lee states in the report.")
    assert [] == [q for q in quotes("The contest now shifts to the larger and more diverse Western states.") if q[0] == "indirect"]
    assert [] == [q for q in quotes("Turnout will matter most, as the race moves on to the Rust Belt states.") if q[0] == "indirect"]
