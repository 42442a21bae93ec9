"""An acronym the article spells out without parentheses speaks as the body it names (session 22,
issue 14), never as a person's initials or an office; and the reported statements' scorer accepts
the mention as written, as the direct quotes' scorer does (PolNeAR names sources as written)."""

import json
import time
from pathlib import Path

import pytest

from quotearchive.extract import pipeline
from quotearchive.model import Document
from quotearchive.tools.evaluation_reported import score


pytestmark = pytest.mark.usefixtures("rules_only")  # (the rules alone: conftest's switch)


def speakers(text: str) -> list[tuple[str, str, str | None]]:
    article = pipeline.parse_document(Document("t.txt", "A headline\n\n" + text + "\n"))
    return [(q.kind, q.text, q.speaker) for q in article.quotes]


def test_an_acronym_stands_for_the_name_that_spells_it() -> None:
    text = ("Shareholders are worried about plans to buy the London Stock Exchange. However, the LSE said the "
            "cash offer \"undervalued\" its business.")
    assert ("partial", "undervalued", "London Stock Exchange") in speakers(text)


def test_an_acronym_with_function_words() -> None:
    text = "The Confederation of British Industry met on Monday. The CBI said the budget was \"a missed chance\"."
    assert ("partial", "a missed chance", "Confederation of British Industry") in speakers(text)


@pytest.mark.parametrize("text, speaker", [
    ("The Liberal Party and the Labour Party met. The LP said the talks were \"useful\".", "the LP"),
    ("The Tories met the Party on Monday. The PM said the plan was \"a start\".", "the PM"),
    # a person's initials, and offices spelled out, are no body
    ("Michael Portillo spoke at the rally. The MP said the plan was \"a start\".", "the MP"),
    ("The Prime Minister arrived late. The PM said the plan was \"a start\".", "the PM"),
    ("The Chief Executive Officer of Acme quit. The CEO said the plan was \"a start\".", "the CEO"),
    ("The District Attorney dropped the case. The DA said it was \"a weak case\".", "the DA"),
    # a title spelled out is no body either (the review's cases)
    ("Tom Brady was named the Most Valuable Player on Sunday. The MVP said the win was \"for the fans\".", "the MVP"),
    ("A Police Constable was hurt. The PC said he was \"shaken\".", "the PC"),
    ("Ann Lee, the Labour MP for Bury, was contacted by the Metropolitan Police on Monday. The MP said "
     "\"I have done nothing wrong\".", "the MP"),
    ("The Attorney General spoke. The AG said the law was \"clear\".", "the AG"),
    # the acronym inside a longer mention: the sources are close to the body, not the body (and since
    # related_groups they keep the quote as written)
    ("Sources close to the Coffee Marketing Board said prices would rise. Sources close to the CMB said the "
     "plan was \"a start\".", "Sources close to the CMB"),
])
def test_an_acronym_stays_as_written_unless_one_body_spells_it(text: str, speaker: str) -> None:
    assert speakers(text)[-1][2] == speaker


def test_acronyms_are_linear_in_the_article() -> None:
    sentence = "The LSE said the offer \"undervalued\" its business. "
    text = "The London Stock Exchange met. " + sentence * 10000
    start = time.perf_counter()
    found = speakers(text)
    assert found[1] == ("partial", "undervalued", "London Stock Exchange")
    assert time.perf_counter() - start < 30


def test_general_opens_a_company_name() -> None:
    assert speakers("General Motors cut jobs. GM said the cuts were \"painful\".")[-1][2] == "General Motors"


def test_many_different_acronyms_cost_one_scan() -> None:
    # The review's hostile article: 3,000 different acronyms, each spelled once (was quadratic).
    letters = "BCDFGHJKLMNPRSTVWXZ"
    acronyms = [a + b + c for a in letters for b in letters for c in letters][:3000]
    text = " ".join(f"{a[0]}ood {a[1]}ood {a[2]}ood met. The {a} said the plan was \"good\"." for a in acronyms)
    start = time.perf_counter()
    found = speakers(text)
    assert found[0][2] == "Bood Bood Bood"
    assert time.perf_counter() - start < 20


def test_the_reported_scorer_accepts_the_mention_as_written(tmp_path: Path) -> None:
    text = ("Shareholders are worried about plans to buy the London Stock Exchange.\n\nThe LSE said the cash "
            "offer undervalued its business.\n")
    clause = "the cash offer undervalued its business"
    start = text.index(clause)
    record = {"id": "a", "text": text, "indirect": [
        {"start": start, "end": start + len(clause), "text": clause, "speaker": "The LSE", "speaker_resolved": None}]}
    path = tmp_path / "polnear_train.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    scores = score(path, 0)
    assert (scores.matched, scores.speaker_total, scores.speaker_right, scores.name_right) == (1, 1, 1, 0)


@pytest.mark.parametrize("predicted, gold, right", [
    ("he", "The ad", False),            # a pronoun is not inside "the"
    ("Lee", "Ann Leeson", False),
    ("Republican", "Republicans", True),
    ("Democrats", "Democrat", True),
    ("Tony Blair", "Blair", True),
    ("Mr Blair", "Tony Blair", True),
    ("the DNC", "the DNC", True),
    ("Democratic National Committee", "the DNC", False),
])
def test_speakers_are_compared_as_whole_words(predicted: str, gold: str, right: bool) -> None:
    from quotearchive.tools.evaluation import speaker_right

    assert speaker_right(predicted, gold) is right
