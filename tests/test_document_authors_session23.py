"""A letter or statement named again is its author's, where the text named the author (session 23):
"The letter said" after "Ann Lee wrote a letter", "The statement added" after "Acme said in a
statement"; the document as written stays the mention.  Reports, leaked or joint documents, and a
letter whose author the text never gave keep the document."""

import time

import pytest

from quotearchive.extract import pipeline
from quotearchive.extract.speakers.document_authors import document_author
from quotearchive.model import Document


pytestmark = pytest.mark.usefixtures("rules_only")  # (the rules alone: conftest's switch)


def last(text: str) -> tuple[str | None, str | None]:
    quotes = pipeline.parse_document(Document("t.txt", "A headline\n\n" + text + "\n")).quotes
    return quotes[-1].speaker, quotes[-1].speaker_as_written


@pytest.mark.parametrize("text, speaker, written", [
    # an owner's possessive, then the letter named again
    ("Sir Keir said he had done nothing wrong.\n\nThe Conservatives' letter to Daniel Greenberg, the standards "
     'commissioner, said: "Lord Alli had been given a pass."\n\nThe letter also said that "there must be a full '
     'investigation".', "the Conservatives", "The letter"),
    # a subject that wrote it (an apposition after the name)
    ("Ann Lee, the council leader, wrote a letter to the minister on Monday.\n\n"
     'The letter said: "We cannot cut any further."', "Ann Lee", "The letter"),
    # a subject that issued it
    ('Acme Corp issued a statement on Tuesday.\n\nThe statement said: "We regret the error."', "Acme Corp", "The statement"),
    # an opening "In a letter to X, Y said"
    ("In a letter to the council, Ann Lee said the plan was flawed.\n\n"
     'The letter added: "This is not good enough."', "Ann Lee", "The letter"),
    # a sender after "from"
    ('A letter from Tom Reed to the board was published on Monday.\n\nThe letter said: "I will not resign."',
     "Tom Reed", "The letter"),
    # "said in a statement", after a quote
    ('"We regret it," Tom Reed said in a statement on Monday.\n\nThe statement added: "We will pay."',
     "Tom Reed", "The statement"),
    # "X wrote to Y." and the letter in the next sentence
    ('Ann Lee wrote to the council last week. The letter said: "We will pay."', "Ann Lee", "The letter"),
    # "replied in a letter" after "and"
    ("The committee wrote to Acme in March, and Tom Reed replied in a letter to the chairman.\n\n"
     'The letter said: "We will pay."', "Tom Reed", "The letter"),
])
def test_the_document_named_again_is_its_authors(text: str, speaker: str, written: str) -> None:
    assert last(text) == (speaker, written)


# The usual cases where the document must stay as written (or the rules' reading stays as on main).
@pytest.mark.parametrize("text, speaker, written", [
    # a leaked letter: no author named
    ("A leaked letter seen by the BBC shows the plan was dropped. Tom Reed, the mayor, declined to comment.\n\n"
     'The letter said: "The scheme is dead."', "The letter", "The letter"),
    # a joint statement of two people: no one author
    ('Tom Reed and Ann Lee issued a joint statement.\n\nThe statement said: "We are united."',
     "The statement", "The statement"),
    # a statement never given an author
    ('Ann Lee spoke to reporters.\n\nThe statement said: "We are united."', "The statement", "The statement"),
    # a statement on a website, no author
    ('A statement on its website said: "Sorry."\n\nThe statement added: "We will pay."', "The statement", "The statement"),
    # a letter of unknown author named after the one whose author was named: the nearest decides
    ("Ann Lee wrote a letter to the minister in May. In June an anonymous letter reached the council.\n\n"
     'The letter said: "Resign now."', "The letter", "The letter"),
    # a time's possessive is no owner
    ('Monday\'s statement was short.\n\nThe statement said: "We will pay."', "The statement", "The statement"),
    # the subject of a statement in the same sentence speaks, as before
    ('In a statement, the mayor, Tom Reed, said: "We will pay."', "Tom Reed", "Tom Reed"),
    # a sender after the noun, described: the subject that released it is not its author
    ('Police released a statement from the family of Tom Reed.\n\nThe statement said: "We miss him."',
     "The statement", "The statement"),
    # a letter received, its sender not named
    ('Ann Lee received a letter from the council on Monday.\n\nThe letter said: "You must leave."',
     "The letter", "The letter"),
    # a letter signed by many: no one author named
    ('More than 100 MPs signed a letter to the Prime Minister.\n\nThe letter said: "Act now."', "The letter", "The letter"),
    # a report is not read as its author's (the labels keep "the report"), unchanged from main
    ("A study by Oxford researchers was published on Monday.\n\nThe study found that \"sleep matters\".",
     "The study", "The study"),
])
def test_the_document_stays_where_no_author_is_named(text: str, speaker: str, written: str) -> None:
    assert last(text) == (speaker, written)


def test_document_author_reads_only_letters_and_statements() -> None:
    body = "Acme published a report. The report said"
    assert document_author("The report", body.rfind("The report"), body) is None
    body = "Acme published a letter. The letter said"
    assert document_author("The letter", body.rfind("The letter"), body) == ("Acme", 0)


def test_hostile_repeats_are_linear() -> None:
    unit = 'The letter said: "No." '  # (every mention looks back over the others: the worst case)
    t0 = time.perf_counter()
    pipeline.parse_document(Document("t.txt", "A headline\n\n" + unit * 2000 + "\n"))
    small = time.perf_counter() - t0
    t0 = time.perf_counter()
    pipeline.parse_document(Document("t.txt", "A headline\n\n" + unit * 10000 + "\n"))
    big = time.perf_counter() - t0
    assert big < 8 * small + 1.0


@pytest.mark.parametrize("text, speaker", [
    # review 8: a recipient's possessive, a reply, a statement named by its maker, many signers
    ('Mr Smith showed the BBC his letter from the Home Office.\n\nThe letter said: "You must leave the UK."',
     "the Home Office"),
    ('Mrs Lee\'s letter from the council arrived on Monday. She was upset.\n\nThe letter said: "Your benefit '
     'will stop."', "The letter"),
    ('Mr Smith wrote to the council to complain, and got a reply a month later. The letter said: "We cannot '
     'help."', "The letter"),
    ('Ann Lee gave a statement to police after the attack. Tom Reed said in a statement he was innocent. At '
     'the trial, the statement Ann Lee gave was read to the jury.\n\nThe statement said: "He hit me."', "Ann Lee"),
    ('Doctors have written to the minister.\n\nThe letter, signed by Dr Ann Lee and 99 other GPs, said: "The '
     'NHS is in crisis."', "The letter"),
])
def test_review_8_findings(text: str, speaker: str) -> None:
    assert last(text)[0] == speaker
