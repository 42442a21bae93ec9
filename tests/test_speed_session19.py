"""Extraction CPU cut without a byte of its output changed (issue 14's floor, session 19).

Each change skips work whose answer is already known: a regex that cannot match is not run
(a stop after a long word, a sentence without "quot"), a count stops at the words it needs, a
lookahead prunes backtracking that can only fail, a pure test of a string is cached.  Each
test gives its expected value written out, and the guards pin what makes a shortcut exact.
"""

from __future__ import annotations

import re

from quotearchive.extract.pipeline import find_statements
from quotearchive.extract.speakers.fragments import written_clause_like
from quotearchive.extract.speakers.mentions import AUX_TAIL_RE
from quotearchive.extract.speakers.runs import NATIONALITY_RE
from quotearchive.model import has_words, statement_key_of
from quotearchive.text.sentences import ABBREVIATION_RE, ABBREVIATION_WORD, follows_abbreviation


def test_has_words_counts_as_far_as_it_needs():
    assert has_words("the plan was dead", 3) is True
    assert has_words("the plan", 3) is False
    assert has_words("—, ;", 1) is False
    assert has_words("", 0) is True
    assert has_words("don't-stop it", 4) is True  # ("\\w+" words: "don", "t", "stop", "it")
    assert has_words("don't-stop it", 5) is False


def test_statement_key_of_reported_speech_keeps_its_word_limits():
    assert statement_key_of("declined", "indirect") is None
    assert statement_key_of("criticized Cruz", "indirect") is None
    # A partial quotation of three words or more is the statement's key ...
    assert statement_key_of('the plan was "dead in the water"', "indirect") == statement_key_of("dead in the water")
    # ... one of two words is not (a term), unless it is a verdict ("a disgrace").
    assert statement_key_of('the "fake news" was spreading', "indirect") == statement_key_of('the "fake news" was spreading')
    assert statement_key_of('she called it "a disgrace" at once', "indirect") == statement_key_of("a disgrace")


def test_no_abbreviation_is_as_long_as_the_shortcut_assumes():
    # The shortcut in follows_abbreviation is exact only while every abbreviation is shorter.
    words = re.findall(r"[A-Za-z]+", ABBREVIATION_RE.pattern.split(")|", 1)[0])
    assert "Sept" in words and "Corp" in words
    assert max(len(w) for w in words) < ABBREVIATION_WORD


def test_follows_abbreviation_after_long_and_short_words():
    text = "He met Mr. Smith in Jan. and said. Then the U.S. Senate voted. Corp. He left."
    assert follows_abbreviation(text, text.index("Mr.") + 2) is True
    assert follows_abbreviation(text, text.index("Jan.") + 3) is True
    assert follows_abbreviation(text, text.index("said.") + 4) is False  # five letters: the shortcut
    assert follows_abbreviation(text, text.index("U.S.") + 3) is True  # "U.S. Senate": runs on
    assert follows_abbreviation(text, text.index("voted.") + 5) is False
    assert follows_abbreviation(text, text.index("Corp.") + 4) is False  # "Corp. He": a sentence ends
    # A paragraph starting inside the word: still no abbreviation ("xxMr." is no "Mr.").
    assert follows_abbreviation("Tomxxxxmr.", 9, floor=7) is False


def test_nationality_words_as_a_trie_match_what_the_list_did():
    for word in ("British", "US", "U.S.", "Ex-British", "former-Labour", "then-US", "US-based", "Lib", "Dem"):
        assert NATIONALITY_RE.match(word), word
    for word in ("Britain", "Brit", "Americans", "USA", "Usb", "Democrats", "based"):
        assert NATIONALITY_RE.match(word) is None, word


def test_aux_tail_reads_ly_adverbs_but_not_ly_nouns():
    left = "Putin has repeatedly "
    assert AUX_TAIL_RE.search(left).start() == len("Putin")
    assert AUX_TAIL_RE.search("Karenga matter-of-factly ").start() == len("Karenga")
    assert AUX_TAIL_RE.search("the royal family ") is None  # "family": a noun ending so
    assert AUX_TAIL_RE.search("Ms Lee on Monday quietly ").start() == len("Ms Lee")
    assert AUX_TAIL_RE.search("the lyrics ") is None


def test_written_clause_like_is_the_words_test():
    assert written_clause_like("In an interview with Joe") is True
    assert written_clause_like("Leaving a Brussels summit") is True
    assert written_clause_like("Ann Lee") is False
    assert written_clause_like("the finance minister") is False


def test_quoted_as_saying_still_finds_the_one_quoted():
    text = 'The agency quoted Finance Minister Ann Lee as saying "the plan is dead and buried for now."\n'
    quotes = [q for q in find_statements(text) if q.kind != "indirect"]
    assert [(q.text, q.speaker) for q in quotes] == [("the plan is dead and buried for now.", "Ann Lee")]
    plain = 'Finance Minister Ann Lee told reporters: "The plan is dead and buried for now."\n'
    quotes = [q for q in find_statements(plain) if q.kind != "indirect"]
    assert [(q.text, q.speaker) for q in quotes] == [("The plan is dead and buried for now.", "Ann Lee")]
