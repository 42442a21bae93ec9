"""Organisation names joined by lower-case function words (issue 14, class 9: never cut a name).

"People for the Ethical Treatment of Animals", "Committee to Protect Journalists", "Council on
Foreign Relations", "Stop the War Coalition": a run of capitals joined by "the", "to", "on" is one
body's name when it opens with a word that heads such names or follows a body-kind word in lower
case ("the group ..."); cut at the function word, the piece left was typed a person. A run that
opens with a person ("Sol Campbell of Arsenal") stays a person. Each test is a small text written
here, expected speakers written out.
"""

from __future__ import annotations

import pytest

from quotearchive.extract.pipeline import parse_document
from quotearchive.extract.quotes import extract_quotes
from quotearchive.extract.speakers.runs import CAP_RUN_RE, parse_run
from quotearchive.model import Document


def direct(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_type) for q in extract_quotes(text)]


def reported(text: str) -> list[tuple[str | None, str | None]]:
    article = parse_document(Document(source="t.txt", text="Headline\n\n" + text + "\n"))
    return [(q.speaker, q.speaker_type) for q in article.quotes if q.kind == "indirect"]


def runs(text: str) -> list[str]:
    return [m.group() for m in CAP_RUN_RE.finditer(text)]


@pytest.mark.parametrize("name", [
    "Committee to Protect Journalists",
    "Council on Foreign Relations",
    "Society for the Protection of Badgers",
    "Friends of the Marsh",
    "Campaign Against Noisy Roads",
])
def test_a_name_joined_by_function_words_is_one_run_and_an_organisation(name: str) -> None:
    assert runs(f"it was backed by the {name} last year.") == [name]
    parsed = parse_run(name)
    assert parsed is not None and parsed.kind == "organisation" and " ".join(parsed.tokens) == name


def test_a_body_kind_word_in_lower_case_makes_the_joined_run_a_name() -> None:
    text = "The measure passed after the group People for the Fair Treatment of Ponies said it would sue."
    assert reported(text) == [("People for the Fair Treatment of Ponies", "organisation")]


def test_an_opening_word_joined_by_the_and_an_org_word() -> None:
    assert reported("Stop the Bypass Coalition said the march would go ahead.") == [("Stop the Bypass Coalition", "organisation")]


def test_a_campaign_named_for_its_cause_is_not_a_person() -> None:
    assert reported("The Campaign for Quiet Skies said the decision was a disgrace.") == [
        ("the Campaign for Quiet Skies", "organisation")]
    assert reported("Mothers Against Loud Music said the law would save sleep.") == [
        ("Mothers Against Loud Music", "organisation")]


def test_an_inverted_verb_phrase_is_not_cut_inside_the_name() -> None:
    assert direct('"We will keep reporting," said the Committee to Protect Reporters.') == [
        ("the Committee to Protect Reporters", "organisation")]
    assert direct('"We will fight on," said a spokeswoman for the Council on Coastal Affairs.')[0][0] == (
        "a spokeswoman for the Council on Coastal Affairs")


def test_a_person_of_a_body_stays_a_person() -> None:
    assert direct('"We will fight on," said Sol Campbell of Arsenal.') == [("Sol Campbell", "person")]
    assert direct('"We will fight on," said Kate Hudson of the Campaign for Quiet Skies.') == [("Kate Hudson", "person")]
    assert direct('"We will fight on," said Mr Blair in the House of Commons.') == [("Mr Blair", "person")]


def test_a_day_after_the_body_is_no_part_of_its_name() -> None:
    assert runs("The Council on Monday said no.") == ["The Council", "Monday"]
    assert reported("The Council on Monday said the road would close.") == [("the Council", "organisation")]


def test_people_for_a_titled_person_are_people_not_a_body() -> None:
    # "Lawyers for Mr X", "Friends of Tony Blair": a people noun joined by "for"/"of" alone, or a
    # title inside, is a description of people; only "the", "to", "Against"... make it a name.
    assert parse_run("Lawyers for Mr Fawkes and Mr Nolan") is None or parse_run("Lawyers for Mr Fawkes and Mr Nolan").kind != "organisation"
    assert parse_run("Friends of Tony Blair") is None or parse_run("Friends of Tony Blair").kind != "organisation"
    assert parse_run("Friends of the Marsh").kind == "organisation"


def test_a_role_and_a_name_after_the_joined_body_are_the_person() -> None:
    # "the Council on ... Executive Director Jane Roe": the body's name is the role, the person speaks.
    parsed = parse_run("Council on Coastal Affairs Executive Director Jane Roe")
    assert parsed is not None and parsed.kind == "person" and parsed.tokens == ["Jane", "Roe"]
    assert direct('"We will fight on," said Council on Coastal Affairs Executive Director Jane Roe.') == [("Jane Roe", "person")]
