"""Text cleaning: the fast paths give exactly what the plain rules give."""

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from quotearchive.extract import clean

PIECES = ["word", "Word.", " ", "  ", "\n", "\n\n", "\t", "\r\n", "\r", "\u00a0", "\u2009", "\x85", "\u3000", ".", "!", "?",
          "…", '"', "”", "’", ")", "]", "'", "x", "p >", "</p>", "https://t.co/x", "pic.twitter.com/y", "(End)"]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def test_other_whitespace_is_all_whitespace_but_space_and_newline():
    every = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert every - {" ", "\n"} == set(clean.OTHER_WHITESPACE)


@settings(max_examples=1000, deadline=None)
@given(texts)
def test_lines_equal_splitting_and_joining_every_line(raw):
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    expected = [" ".join(line.split()) for line in text.split("\n")]
    assert [line for line in expected if line] == clean._lines(raw)


@settings(max_examples=1000, deadline=None)
@given(texts)
def test_ends_sentence_equals_the_regex(line):
    assert bool(clean.SENTENCE_END_RE.search(line)) == clean.ends_sentence(line)


@settings(max_examples=500, deadline=None)
@given(texts, st.integers(0, 25))
def test_word_count_is_capped_len_split(line, limit):
    assert min(len(line.split()), limit + 1) == clean.word_count(line, limit)


@settings(max_examples=500, deadline=None)
@given(texts, st.sampled_from(["Word.", "word.", "WORD.", "Straße", "STRASSE", "x"]))
def test_same_folded_is_casefold_equality(line, title):
    assert (line.casefold() == title.casefold()) == clean._same_folded(line, title.casefold())
