"""The speaker resolver through its one door, ``speakers.attribute``: hand-written
sentences, the quote spans given as ``extract_quotes`` would give them, the
expected speakers written out.

Each test names the rule it exercises (the module docstring of
``quotearchive.extract.speakers.rules`` lists them); a replacement resolver
offering the same ``attribute`` should pass the same tests.
"""

from __future__ import annotations

import re

import pytest

from quotearchive.extract.speakers import Attribution, Candidate, attribute, has_cue

PARAGRAPH_RE = re.compile(r"[^\n]+")
QUOTE_RE = re.compile(r'"([^"\n]+)"')


def paragraphs_of(body: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in PARAGRAPH_RE.finditer(body)]


def candidates_of(body: str) -> list[Candidate]:
    """Every straight-quoted span, its sentence taken as its whole paragraph
    (each example below keeps one sentence around a quote)."""
    paragraphs = paragraphs_of(body)
    found = []
    for m in QUOTE_RE.finditer(body):
        para = next(i for i, (start, end) in enumerate(paragraphs) if start <= m.start() < end)
        found.append(Candidate(m.start(1), m.end(1), para, *paragraphs[para]))
    return found


def speakers(body: str) -> list[tuple[str, str | None, str | None, str | None, str | None, str | None]]:
    """(quote, speaker, speaker type, role, as written, cue) for every quote of ``body``."""
    candidates = candidates_of(body)
    return [
        (body[c.start : c.end], a.speaker, a.speaker_type, a.role, a.as_written, a.cue)
        for c, a in zip(candidates, attribute(body, candidates, paragraphs_of(body)))
    ]


@pytest.mark.parametrize(
    "body,expected",
    [
        pytest.param(
            '"We will win," said Tony Blair.',
            [("We will win,", "Tony Blair", "person", None, "Tony Blair", "said")],
            id="trailing, inverted",
        ),
        pytest.param(
            '"It is a start," Vincent Koen, a senior economist with the OECD, told the BBC.',
            [("It is a start,", "Vincent Koen", "person", "a senior economist with the OECD", "Vincent Koen", "told")],
            id="trailing, apposition gives the role",
        ),
        pytest.param(
            '"We will win," a spokesman for the party told the BBC.',
            [("We will win,", "a spokesman for the party", "description", None, "a spokesman for the party", "told")],
            id="trailing, an unnamed speaker stays a description",
        ),
        pytest.param(
            'Prime Minister Tony Blair spoke in Leeds.\nMr Blair said: "We will win the election."',
            [("We will win the election.", "Tony Blair", "person", "Prime Minister", "Mr Blair", "said")],
            id="leading, surname resolved to the full name given earlier",
        ),
        pytest.param(
            'Gordon Brown, the chancellor, told MPs: "Growth is strong."',
            [("Growth is strong.", "Gordon Brown", "person", "the chancellor", "Gordon Brown", "told")],
            id="leading, subject with apposition",
        ),
        pytest.param(
            'The Shadow Secretary for the Family, Theresa May, said: "We will fight this."',
            [("We will fight this.", "Theresa May", "person", "Shadow Secretary for the Family", "Theresa May", "said")],
            id="leading, the name in apposition speaks",
        ),
        pytest.param(
            'The plan is "a disaster for the poor", according to Barbara Stocking.',
            [("a disaster for the poor", "Barbara Stocking", "person", None, "Barbara Stocking", "according to")],
            id="according to",
        ),
        pytest.param(
            'Vladimir Putin spoke in Moscow on Monday.\n"It is a mistake," he said.',
            [("It is a mistake,", "Vladimir Putin", "person", None, "he", "said")],
            id="pronoun resolved to the full name given earlier",
        ),
        pytest.param(
            'Tony Blair and Gordon Brown met.\n"We agree," Mr Brown said.\n"Indeed," he added.',
            [
                ("We agree,", "Gordon Brown", "person", None, "Mr Brown", "said"),
                ("Indeed,", "Gordon Brown", "person", None, "he", "added"),
            ],
            id="pronoun takes the last speaker, not the first name",
        ),
        pytest.param(
            'Russian President Vladimir Putin met reporters.\n"We are ready," the Russian leader said.',
            [("We are ready,", "Vladimir Putin", "person", "Russian President", "the Russian leader", "said")],
            id="description resolved by role",
        ),
        pytest.param(
            'Barclays Bank reported record profits.\n"Profits will rise again," the bank said.',
            [("Profits will rise again,", "Barclays Bank", "organisation", None, "the bank", "said")],
            id="description resolved to the organisation named before",
        ),
        pytest.param(
            '"We never give up on anything."\nJim Reed, the team coach, said.',
            [("We never give up on anything.", "Jim Reed", "person", "the team coach", "Jim Reed", "said")],
            id="a quote paragraph claimed by the next paragraph",
        ),
        pytest.param(
            'She said the plan was "unworkable".',
            [("unworkable", None, None, None, "She", "said")],
            id="a pronoun with no one before it: nothing guessed",
        ),
        pytest.param(
            'The "reform" failed.',
            [("reform", None, None, None, None, None)],
            id="no cue, no speaker",
        ),
    ],
)
def test_attribute(body, expected):
    assert expected == speakers(body)


def test_a_continued_quote_keeps_its_speaker():
    body = 'Tony Blair told the conference: "We will win.\n"And we will govern for all."'
    paragraphs = paragraphs_of(body)
    first = Candidate(body.index("We"), body.index("\n"), 0, *paragraphs[0])
    second = Candidate(body.index("And"), len(body) - 1, 1, *paragraphs[1], continues=True)
    who = attribute(body, [first, second], paragraphs)
    assert ["Tony Blair", "Tony Blair"] == [a.speaker for a in who]
    assert ["told", "told"] == [a.cue for a in who]


def test_no_candidates_no_attributions():
    assert [] == attribute("No quotes here.", [], paragraphs_of("No quotes here."))


def test_every_candidate_gets_an_attribution():
    body = 'Nobody knew. "What?" "Why?" "Where?"'
    candidates = candidates_of(body)
    found = attribute(body, candidates, paragraphs_of(body))
    assert 3 == len(found)
    assert all(isinstance(a, Attribution) and a.speaker is None for a in found)


@pytest.mark.parametrize(
    "body,expected",
    [
        ('He described it as "a farce".', True),  # a weak verb before the quote
        ('"A farce", according to critics.', True),
        ('Campbell: E-mail row "silly fuss"', True),  # a headline naming its speaker
        ('The "reform" failed.', False),
        ('The "call centre" closed.', False),  # "call" alone is no cue: only its forms that are no noun
    ],
)
def test_has_cue(body, expected):
    [candidate] = candidates_of(body)
    assert expected == has_cue(body, candidate)
