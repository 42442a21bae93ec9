"""The finders that replaced patterns compiled per word find what those patterns found.

``last_after_word`` (a description's head noun, then a name: "software firm Acme Systems")
and the name table's ``_outside`` (a body's name wherever it stands) scan with ``str.find``
and one precompiled pattern instead of compiling a pattern for each word; their results must
be the regexes' own, word boundaries, overlaps and quotes included."""

from __future__ import annotations

import re

import pytest

from quotearchive.extract.speakers.descriptions import KIND_NAME_RUN, NAME_AFTER_KIND_RE
from quotearchive.extract.speakers.model import Candidate
from quotearchive.extract.speakers.names import _outside
from quotearchive.text.patterns import last_after_word

TEXTS = [
    "",
    "The software firm Acme Systems said so. Rival firm Bolt & Nut Ltd disagreed.",
    "firm Acme at the start; afirm Nope; firm_Nope; firm\tTabbed Name; firm lowercase",
    "the firm firm Double Name, then firmFirm Glued and firm  Two Spaces",
    "Archbishop Desmond Tutu spoke. Later Archbishop Tutu's office added",
    "café firm Été Group — élan firm Zed",
]


def _by_regex(text: str, word: str) -> tuple[int, int, str] | None:
    found = None
    for found in re.finditer(rf"\b{word}[ \t]+({KIND_NAME_RUN})", text):
        pass
    return None if found is None else (found.start(), found.end(), found.group(1))


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("word", ["firm", "Archbishop", "giant"])
def test_last_after_word_finds_what_the_compiled_pattern_found(text: str, word: str) -> None:
    found = last_after_word(text, word, NAME_AFTER_KIND_RE)
    assert (None if found is None else (found[0], found[1].end(), found[1].group(1))) == _by_regex(text, word)


OUTSIDE_TEXT = 'Acme Co rose. "Acme Co is fine," he said. Acme-Co, XAcme Co, Acme Corp and Acme Co_ but Acme Co.'


@pytest.mark.parametrize("name", ["Acme Co", "Acme", "Co"])
def test_outside_finds_whole_names_outside_quotes_as_the_pattern_did(name: str) -> None:
    quote_start = OUTSIDE_TEXT.index('"')
    quote_end = OUTSIDE_TEXT.index('"', quote_start + 1)
    quote = Candidate(start=quote_start + 1, end=quote_end, para=0, sent_start=0, sent_end=quote_end + 1)
    expected = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", OUTSIDE_TEXT)
                if not quote.start <= m.start() < quote.end]
    assert _outside(OUTSIDE_TEXT, name, [quote]) == expected
    assert _outside(OUTSIDE_TEXT, name, []) == [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", OUTSIDE_TEXT)]
