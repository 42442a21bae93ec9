"""Speaker rules of issue 14's pronoun class on web copy, session 15: each test is a small text
written here, its expected speakers written out (speaker, and the phrase as written).
"""

from __future__ import annotations

from quotearchive.extract.quotes import extract_quotes
from quotearchive.extract.speakers.runs import run_facts


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_as_written) for q in extract_quotes(text)]


# ---- a prefixed surname ("McKelvey") used alone is a mention of the person named in full


PREFIXED = ("Far from the firm's new offices, Tom McKelvey is standing in work boots.\n\n"
            "McKelvey founded the payments firm in 2009 with Ian Porter, who had helped launch a "
            "social network. McKelvey decided to step back from his role at the firm.\n\n"
            '"When my son was born, I decided I did not want to work all day," he told the magazine.')


def test_a_prefixed_surname_alone_keeps_he_with_its_person():
    assert [("Tom McKelvey", "he")] == speakers(PREFIXED)


def test_other_prefixed_surnames_are_lone_words():
    for word in ("MacArthur", "DeSantis", "LaRouche", "FitzGerald", "McKelvey's"):
        single, _ = run_facts(word)
        assert single is not None and single.word == word.removesuffix("'s")


def test_brands_and_acronyms_are_not_lone_surnames():
    for word in ("YouTube", "PayPal", "BBC", "McD", "iPhone"):
        single, _ = run_facts(word)
        assert single is None
