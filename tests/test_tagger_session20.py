"""extract/reported/tagger (session 20): the features of a token's place relative to the
sentence's cues, the word endings, and training that sees the patterns' statements as tagging does."""

import pytest

from quotearchive.extract.reported import tagger
from quotearchive.extract.reported.spans import Found, Reading
from quotearchive.extract.reported.statements import read_rules
from quotearchive.tools import train_reported

BODY = "Turbine plan in doubt\n\nJane Porter said that the plan, which cost millions, would fail (as expected), and Reed hopes to stop it.\n"
CONTEXT = ("lc", "lcs", "lca", "lc|d", "cm", "rc", "rcs", "rc|d", "nc", "hf", "par", "suf")


def features_of(body: str) -> dict[str, list[str]]:
    """The cue-context features of each token of the body's last sentence, by token (first occurrence)."""
    reading = read_rules(body, [], every_sentence=True)
    s_start, s_end, para, cues = reading.sentences[-1]
    toks = tagger.tokens(body, s_start, s_end)
    near = [f for f in reading.found if f.start < s_end and f.end > s_start]
    out: dict[str, list[str]] = {}
    for (a, b), feats in zip(toks, tagger.sentence_features(body, toks, cues, near, para)):
        out.setdefault(body[a:b], [f for f in feats if f.split("=")[0] in CONTEXT])
    return out


def test_a_token_before_every_cue_knows_the_next_cue_only():
    assert ["par=0", "nc=3", "hf=1", "lc=none", "rc=speech", "rcs=neutral", "rc|d=speech|1", "suf=er"] == features_of(BODY)["Porter"]


def test_a_token_after_said_that_knows_the_cue_its_stance_and_its_that():
    assert ["par=0", "nc=3", "hf=1", "lc=speech", "lcs=neutral", "lca=that", "lc|d=speech|3", "cm=0",
            "rc=intent", "rcs=thought", "rc|d=intent|12"] == features_of(BODY)["plan"]


def test_clause_marks_between_a_token_and_its_cue_are_counted():
    assert "cm=1" in features_of(BODY)["which"]
    assert "cm=2" in features_of(BODY)["would"]


def test_inside_parentheses_and_a_cue_followed_by_to():
    feats = features_of(BODY)
    assert "par=1" in feats["as"]
    assert "par=0" in feats["and"]
    # "hopes" reads as the noun class first (the lexicon's order), "to" after it
    assert ["par=0", "nc=3", "hf=1", "lc=noun", "lcs=thought", "lca=to", "lc|d=noun|1", "cm=0", "rc=none"] == feats["to"]


def test_a_sentence_without_a_cue():
    body = "Turbine plan in doubt\n\nThe turbines were built in Leeds.\n"
    assert ["par=0", "nc=0", "hf=0", "lc=none", "rc=none", "suf=es"] == features_of(body)["turbines"]


@pytest.mark.parametrize("word, ending", [
    ("government", "ment"), ("suggested", "ed"), ("Fed", ""), ("bus", ""), ("critics", "s"), ("national", "al"),
    ("supporters", "ers"), ("Madness", "ness"), ("abroad", ""),
])
def test_endings(word, ending):
    assert ending == tagger._ending(word)


def test_split_found_keeps_the_quotations_and_clauses_holding_a_direct_quote_whole():
    clause = Found(10, 40, "said", 1, 0, 50)
    holding = Found(60, 90, "said", 1, 50, 100)
    apostrophes = Found(110, 130, "said", 1, 100, 140, quoted=True)
    reading = Reading([clause, holding, apostrophes], [(0, 140)], [(70, 80)])
    assert ([holding, apostrophes], [clause]) == tagger.split_found(reading)


def test_training_sees_no_statement_holding_a_direct_quote():
    """The patterns' clause here holds a direct quotation: tagging leaves it whole and its features
    show no statement there, so the training features show none either (they did before)."""
    body = 'Turbine plan in doubt\n\nJane Porter said the plan was "dead in the water" and would soon be dropped.\n'
    from quotearchive.extract import quotes

    reading = read_rules(body, quotes.find_quotes(body).quotes, every_sentence=True)
    assert len(reading.found) == 1 and tagger.split_found(reading)[1] == []
    (xseq, labels), = [item for item in train_reported.labelled(body, []) if len(item[0]) > 6]
    assert set() == {f for feats in xseq for f in feats if f in ("r=B", "r=I")}
    assert {"O"} == set(labels)
