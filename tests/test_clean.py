"""Text cleaning, and the sentence ends it reads (text.sentences): the fast paths give
exactly what the plain rules give."""

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from quotearchive.extract import clean
from quotearchive.text import sentences

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
    assert bool(sentences.ENDS_SENTENCE_RE.search(line)) == sentences.ends_sentence(line)


@settings(max_examples=1000, deadline=None)
@given(texts, st.integers(0, 80), st.integers(0, 80))
def test_sentence_ends_before_is_a_stop_then_spaces(text, pos, floor):
    """A stop, then at most seven characters of whitespace, right before ``pos``, after ``floor``."""
    pos = min(pos, len(text))
    inside = text[floor + 1 : pos] if pos > floor + 1 else ""
    stripped = inside.rstrip()
    expected = (
        inside != stripped and len(inside) - len(stripped) < 8 and stripped[-1:] in tuple(sentences.STOPS)
    )
    assert expected == sentences.sentence_ends_before(text, pos, floor)


def test_sentence_breaks_skip_abbreviations():
    text = 'Mr. Blair met Dr. Jones in the U.S. on Jan. 5. He said: "Yes." Then (briefly) 3 more left!  "Go," she said.'
    breaks = [m.end() for m in sentences.SENTENCE_BREAK_RE.finditer(text) if not sentences.follows_abbreviation(text, m.start())]
    assert ["He said:", "Then (br", '"Go," sh'] == [text[b : b + 8] for b in breaks]


def test_sentence_starts_at_stops_and_line_breaks():
    text = 'One. Two? "Three." four.\n\nFive\nSix.'
    assert ["Two", '"Th', "Fiv", "Six"] == [text[s : s + 3] for s in sentences.sentence_starts(text)]
    # Nothing past ``end`` is read, not even the capital after a stop.
    assert [] == sentences.sentence_starts(text, 0, 4)
    assert [5] == sentences.sentence_starts(text, 0, 6)


@settings(max_examples=1000, deadline=None)
@given(texts)
def test_ends_like_sentence_is_the_last_character(block):
    last = block[:-1] if block.endswith("\n") else block
    assert (last[-1:] != "" and last[-1] in ".!?。！？…\"”’»)") == sentences.ends_like_sentence(block)


@settings(max_examples=500, deadline=None)
@given(texts, st.integers(0, 25))
def test_word_count_is_capped_len_split(line, limit):
    assert min(len(line.split()), limit + 1) == clean.word_count(line, limit)


@settings(max_examples=500, deadline=None)
@given(texts, st.sampled_from(["Word.", "word.", "WORD.", "Straße", "STRASSE", "x"]))
def test_same_folded_is_casefold_equality(line, title):
    assert (line.casefold() == title.casefold()) == clean._same_folded(line, title.casefold())


def test_a_short_first_sentence_opens_the_body_and_a_rubric_does_not():
    parts = clean.split_text("Costin crash inquiry\n\nRussian Politics\n\nBy Ann Lee\n\nJamie Costin should be paralysed.\n\n"
                             "Doctors at the hospital in Cork said his recovery had surprised every one of them.\n")
    assert ["Costin crash inquiry", "Russian Politics", "By Ann Lee"] == parts.header
    assert ("Jamie Costin should be paralysed.\n\n"
            "Doctors at the hospital in Cork said his recovery had surprised every one of them.") == parts.body
    # The headline itself may end as a sentence: it stays the headline.
    assert ["Blair wins."] == clean.split_text("Blair wins.\n\nHe won by a wide margin.\n").header


def test_an_abbreviation_ends_a_sentence_when_only_a_sentence_can_follow():
    text = ("She moved to the U.S. He says she was right. The U.S. Senate agreed with Apple Inc. and Smith Jr. "
            "Then it ended in the U.S. The plan failed in the U.S. So-called experts said so.")
    opened = [text[m.end() :].split()[0] for m in sentences.SENTENCE_BREAK_RE.finditer(text)
              if not sentences.follows_abbreviation(text, m.start())]
    assert ["He", "The", "Then", "The"] == opened  # not "Senate" after "U.S.", nor "So-called" read as "So"
