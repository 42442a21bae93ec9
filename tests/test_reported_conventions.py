"""Reported speech, eighth round (issue 15): the phenomena added after sorting every gold span
of PolNeAR train the patterns missed (docs/reported-speech.md, eighth round).  Each with a
short text written here and the statements it must give, and the look-alikes that give none."""

from quotearchive.extract import pipeline
from quotearchive.extract.reported.sentences import as_sentence_case
from quotearchive.model import Document


def statements(text: str) -> list[tuple[str, str, str | None]]:
    """(text, cue, speaker) of each indirect statement of an article whose body is ``text``
    after a one-line title, in body order."""
    body = "Energy talks\n\n" + text + "\n"
    article = pipeline.parse_document(Document(source="t.txt", text=body))
    found = sorted((q for q in article.quotes if q.kind == "indirect"), key=lambda q: q.start)
    for q in found:
        assert article.body[q.start : q.end] == q.text
    return [(q.text, q.cue, q.speaker) for q in found]


def test_a_title_case_headline_is_read_as_prose():
    # A live blog's entry titles (and headlines) capitalise the verb and the function words:
    # "Says" and "He's" are read as "says" and "he's"; the names keep their capitals.
    text = ("The energy talks went on in Leeds on Monday.\n\n"
            "Jane Porter Says She Will Not Back The Turbine Plan\n\n"
            "The energy minister spoke in Leeds on Monday about the plan.")
    assert [("She Will Not Back The Turbine Plan", "says", "Jane Porter")] == statements(text)


def test_a_title_case_line_keeps_its_first_word():
    # A headline's first word is capitalised as any sentence's: "Hope" there is a name.
    text = ("The energy talks went on in Leeds on Monday.\n\n"
            "Hope Porter Says The Turbine Plan Is Dead\n\n"
            "The energy minister spoke in Leeds on Monday about the plan.")
    assert [("The Turbine Plan Is Dead", "says", "Hope Porter")] == statements(text)


def test_the_sentence_case_copy_keeps_offsets_and_names():
    body = "Porter Says He’s Ready\nThe Minister Said Nothing in the long debate of Monday about the plan.\n"
    paragraphs = [(0, 22), (23, len(body) - 1)]
    prose = as_sentence_case(body, paragraphs)
    assert len(prose) == len(body)
    assert prose.startswith("Porter says he’s Ready\n")
    # A line of prose (under three capitals in four words) is left as it is.
    assert prose[23:] == body[23:]


def test_a_title_case_line_without_a_cue_gives_nothing():
    assert [] == statements("The energy talks went on in Leeds on Monday.\n\nWind Farms Off The Yorkshire Coast\n\nThe turbines were built in 2004 by a Danish firm.")


def test_a_compound_subject_is_no_second_speaker():
    # "X said he and Y promised ...": the "and" joins the clause's subjects; the second verb is
    # the clause's own (a second speaker's "and ... said" after a whole clause still ends it).
    assert [("he and Tom Reed promised to scrap the turbine levy", "said", "Jane Porter")] == statements(
        "Jane Porter said he and Tom Reed promised to scrap the turbine levy.")
    assert [("the plan was sound", "said", "Jane Porter"), ("the levy would stay", "said", "Tom Reed")] == statements(
        "Jane Porter said the plan was sound and Tom Reed said the levy would stay.")


def test_what_a_speaker_cites_is_the_target_of_the_act():
    # "cited X", "..., citing X": the evidence a speaker or a document calls on (PolNeAR marks
    # it as the act's content); the clause before ", citing" still ends there.
    assert [("a 2013 audit of the turbine contracts", "cited", "Jane Porter")] == statements(
        "Jane Porter cited a 2013 audit of the turbine contracts.")
    assert [("the plan would fail", "said", "Jane Porter"), ("the cost of the levy", "citing", "Jane Porter")] == statements(
        "Jane Porter said the plan would fail, citing the cost of the levy.")
    # "cited that comment": a determiner, no clause; the verb after it reads its own.
    assert [("the plan had failed", "suggested", None)] == [
        (t, c, None) for t, c, _ in statements("The council cited that comment when reporters suggested the plan had failed.")]
    # "excited", "recited": other words; no statement.
    assert [] == statements("The crowd was excited by the turbine plan and recited its figures.")
