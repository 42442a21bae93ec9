"""Speakers, session 20: a name glued to a fronted participle's object, no comma between."""

import pytest

from quotearchive.extract import pipeline
from quotearchive.extract.speakers.glued_names import glued_name
from quotearchive.model import Document

INTRO = "Tim Henman, Ann Smith and Lee Park spoke in Leeds on Monday. "


def speakers(sentence: str, intro: str = INTRO) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker) of each statement of a short article, in body order."""
    body = "Court talks\n\n" + intro + sentence + "\n"
    article = pipeline.parse_document(Document(source="t.txt", text=body))
    return [(q.kind, q.text, q.speaker) for q in sorted(article.quotes, key=lambda q: q.start)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ('Speaking after the match Henman said: "We will look again."', "Tim Henman"),
        ('Speaking at the conference Smith said: "We will look again."', "Ann Smith"),
        ('Writing in his blog Smith said: "We will look again."', "Ann Smith"),
        ('Speaking to reporters Smith said: "We will look again."', "Ann Smith"),
        ('Speaking on Tuesday Park said: "We will look again."', "Lee Park"),
        ("When asked about it Park said the council would look again.", "Lee Park"),
    ],
)
def test_the_speaker_is_the_name_after_the_participles_object(sentence, expected):
    assert [expected] == [speaker for kind, text, speaker in speakers(sentence)]
    # With no one named before, the name as written (the phrase was the speaker before).
    assert [expected.split()[-1]] == [speaker for kind, text, speaker in speakers(sentence, intro="")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # The words before the name tie it to a described speaker: the description speaks.
        ('"The noise is unbearable," said residents near Heathrow.', "residents near Heathrow"),
        ('"The euro has failed," said voters across Europe.', "voters across Europe"),
        ('"He will stay," said people around Blair.', "people around Blair"),
        ('"It is wrong," said a campaigner against Heathrow.', "a campaigner against Heathrow"),
        ("The fans who support Arsenal said the club had let them down.", "The fans who support Arsenal"),
    ],
)
def test_a_name_tied_to_a_description_is_no_speaker(sentence, expected):
    assert [expected] == [speaker for kind, text, speaker in speakers(sentence, intro="")]


@pytest.mark.parametrize(
    "mention, name",
    [
        ("the match Henman", "Henman"),
        ("to reporters Smith", "Smith"),
        ("about it Lee", "Lee"),
        ("on Tuesday Smith", "Smith"),
        ("January Henkel", "Henkel"),
        ("midday today Hughes", "Hughes"),
        ("a statement Google", "Google"),
        ("animal charity the RSPCA", "the RSPCA"),
        # No object glued to a name: left as they are.
        ("The singer Madonna", None),  # an epithet, the role rules' reading
        ("the ex-wife of Smith", None),  # a description of someone else
        ("a doctor treating the Belgian", None),  # a participle takes the name as its object
        ("Jan de Vries", None),
        ("Rio de Janeiro", None),
        ("the Sunday Telegraph", None),
        ("May Department Stores Co", None),
        ("the report published Tuesday", None),  # no name: a day
        ("many more Latinos", None),  # a group counted
        ("the company's Smith", None),
        ("Prime Minister Tony Blair", None),
        ("June Whitfield", None),  # a month that is a first name
        ("residents near Heathrow", None),
        ("people around Blair", None),
    ],
)
def test_glued_name(mention, name):
    at = glued_name(mention)
    assert name == (mention[at:] if at else None)
