"""Who said each quote: attribution and in-article coreference.

The door is one function, ``attribute(body, candidates, paragraphs)``: it
takes the quote spans that :mod:`quotearchive.extract.quotes` found and
returns, for each, the speaker the text gives.  ``attribute_steps`` is the
same work written to wait for the dependency parse (:data:`Steps`), so that
a batch of articles has its sentences parsed together (:func:`run_together`).  Another resolver (a parser's,
a model's) replaces this one by offering the same function over the same
records (:class:`Candidate` in, :class:`Attribution` out).  ``has_cue`` is the
one other question quotes.py asks: does a short quote's sentence report speech?

Inside, by responsibility:

* :mod:`.rules`: where the text says who spoke, nearest evidence first
  (:mod:`.trailing`, after the closing mark; :mod:`.leading`, before the
  opening one; :mod:`.in_sentence`, elsewhere in the sentence; then
  :mod:`.context`, the sentences around), each rule finding a mention, with
  :mod:`.clauses` (what the rules ask of a sentence);
* :mod:`.mentions`: the noun phrase a reporting verb points at ("Mr Blair",
  "a BA spokesman", "The Shadow Secretary, Theresa May,"), with
  :mod:`.inverted` (the phrase after an inverted verb, "said Robert Sinche")
  and :mod:`.sentence_subjects` (the subject opening a sentence), resolved by
  :mod:`.resolve`;
* :mod:`.coreference`: whom "he" or "it" means; :mod:`.descriptions`: whom
  "the president" or "the firm" means; :mod:`.salience`: the sentence walk
  back to who is in focus, which both ask;
* :mod:`.names`: the table of the people and organisations the article names,
  built in one pass, and :mod:`.runs`: what one run of capitals names (with
  :mod:`.joined_orgs`, "Committee to Protect Journalists", and
  :mod:`.lone_names`, a surname standing alone);
* the word lists they read are data in :mod:`quotearchive.lexicon.people`
  (with :mod:`quotearchive.lexicon.referents` and
  :mod:`quotearchive.lexicon.not_speakers`), the reporting verbs in
  :mod:`quotearchive.lexicon.verbs` (through :mod:`quotearchive.extract.cues`);
* :mod:`.ranker`: a learned choice over the rules' options, off unless
  ``QUOTEARCHIVE_RANKER=on`` (a measured negative result: docs/speakers.md).

The mention found (``as_written``: "he", "the Russian leader", "Mr Blair") is
resolved to the fullest name the article gives ("Vladimir Putin").  Nothing is
guessed: no rule firing means ``speaker=None``.  Costs: one regular-expression
pass over the body for names, then fixed-size windows around each quote, so
the work is linear in the body's length.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...text.patterns import trie_pattern
from ..cues import SPEECH_WORDS
from . import parse
from .answers import answers
from .appositions import named_in_apposition
from .confidence import confidence, evidence
from .cut_descriptions import resolve_cut
from .dashed_appositions import named_before_dashes
from .embedded import outer_reporter
from .fragments import vet
from .fronted_clauses import main_clause_speaker
from .interviewee import interviewee_turns
from .mentions import subject_np
from .capitals import fold_capitals, restore_capitals
from .ledes import name_caps_ledes
from .model import Attribution, Candidate
from .names import Names
from .clauses import has_cue
from .context import next_paragraph_claim
from .pseudonyms import named_by_pseudonym
from .ranker import rerank
from .related_groups import group_beside_cue, related_group
from .relatives import object_relative
from .rules import attribute_one
from .spelled_acronyms import spelled_out
from .sources import source_type
from .voice import one_voice

__all__ = ["Attribution", "Candidate", "Names", "Steps", "attribute", "attribute_steps", "confidence", "evidence",
           "has_cue", "name_table", "parser_mode", "run", "run_together", "source_type"]
parser_mode = parse.describe
Steps = parse.Steps
run = parse.run
run_together = parse.run_together


# Characters every rule reads as another: a no-break space as a space (web copy writes
# '”\xa0Trump said.'), the horizontal bar as an em dash (some outlets set every dash, and
# the quotation dash crediting a quote, '"..." ―Ann Lee', with it).  One for one: offsets hold.
AS_PLAIN = str.maketrans({"\xa0": " ", "\u2015": "—"})


# A past-tense reporting verb set with a capital inside a sentence ('"..." Murphy, the head of
# Right to Rise USA, Tweeted on Friday', copied from a credit line or a social-media caption),
# after a word, a comma or a bracket (after a closing mark a capital opens a sentence: '..." Asked if').
# Past forms only: "States", "Reports", "Calls" with a capital are names ("United States",
# "Consumer Reports"), and "Read" opens a link ("Read more").
CAPITAL_CUES = sorted(w.capitalize() for w in SPEECH_WORDS if " " not in w and w != "read"
                      and (w.endswith("ed") or w in ("said", "told", "wrote")))
# (The word before is tested in Python: a lookbehind first would be tried at every offset.)
CAPITAL_CUE_RE = re.compile(rf"(?:{trie_pattern(CAPITAL_CUES)})(?= [a-z]| ?[.,;:])")
WORD_BEFORE_RE = re.compile(r"[a-z0-9,)] ")


def _lowered(m: re.Match) -> str:
    return m.group().lower() if m.start() >= 2 and WORD_BEFORE_RE.match(m.string, m.start() - 2) else m.group()


@lru_cache(maxsize=4)  # the name table and the quotes' resolver read the same body
def spaced(body: str) -> str:
    """``body`` with no-break spaces as plain ones and the horizontal bar as an em dash
    (``AS_PLAIN``), so that every rule reads one kind of each, a capital outside ASCII
    as its base letter (:mod:`.capitals`: the names found get theirs back), and a
    reporting verb capitalised mid-sentence in lower case (``CAPITAL_CUE_RE``), and a tabloid's
    opening first name in capitals as a name (:mod:`.ledes`).  Offsets hold."""
    if "\xa0" in body or "\u2015" in body:
        body = body.translate(AS_PLAIN)
    return CAPITAL_CUE_RE.sub(_lowered, name_caps_ledes(fold_capitals(body)))


def name_table(body: str, candidates: list[Candidate]) -> Names:
    """The article's table of names (names inside ``candidates`` are what was
    said, not who said it), for ``attribute(..., names=...)``."""
    return Names(spaced(body), candidates)


def attribute(body: str, candidates: list[Candidate], paragraphs: list[tuple[int, int]],
              names: Names | None = None, parsed: bool = True, voice: bool = True) -> list[Attribution]:
    """The speaker of each candidate quote in ``body``, in order.

    ``candidates`` are sorted by offset; ``paragraphs`` are the (start, end)
    offsets of the body's paragraphs, which ``Candidate.para`` indexes.  Each
    quote gets an Attribution, all None where the text names no one.
    ``names``: the article's name table when one is built already (reported
    speech reuses the quotes' one: the table is the costliest part); it then
    also holds the earlier call's attributions.
    ``parsed``: where the rules find no one, ask the dependency parse
    (:mod:`.parse`, when installed and switched on).
    ``voice``: in a profile or interview, quotes no rule credits are its subject's
    (:mod:`.voice`; reported statements, each with its own cue, do not ask).
    """
    return run(attribute_steps(body, candidates, paragraphs, names, parsed, voice))


def attribute_steps(body: str, candidates: list[Candidate], paragraphs: list[tuple[int, int]],
                    names: Names | None = None, parsed: bool = True, voice: bool = True) -> Steps[list[Attribution]]:
    """``attribute``, waiting for the parse of the sentences the rules found no one in."""
    if not candidates:
        return []  # (no name table for an article without quotes)
    text = spaced(body)
    names = names if names is not None else Names(text, candidates)
    found = yield from _rules_then_parse(text, candidates, paragraphs, names, parsed)
    if voice:
        one_voice(text, candidates, paragraphs, found, names)  # last: only where nothing else found anyone
        answers(text, candidates, paragraphs, found, names)  # an answer after the writer's question
        interviewee_turns(text, candidates, paragraphs, found, names)  # an interview's pronouns and answers
        rerank(text, candidates, paragraphs, found, names)  # a learned choice over the rules' options (off by default)
    return restore_capitals(body, found)


def _rules_then_parse(body: str, candidates: list[Candidate], paragraphs: list[tuple[int, int]],
                      names: Names | None, parsed: bool) -> Steps[list[Attribution]]:
    """The attributions of the rules over ``body`` (as ``spaced`` writes it), then the parse's."""
    if not candidates:
        return []
    names = names if names is not None else Names(body, candidates)
    result: list[Attribution] = []
    for i, cand in enumerate(candidates):
        found = outer_reporter(attribute_one(body, names, candidates, i, result, paragraphs), body, cand, names)
        found = object_relative(found, body, cand, names)
        found = vet(named_in_apposition(found, body, names) or Attribution())
        found = spelled_out(named_before_dashes(resolve_cut(found, names), names), names)  # session 22's readings
        found = related_group(found, body)  # "Critics of the SEC said": not the SEC
        found = group_beside_cue(found, body, cand.start, cand.end)  # '"...," sources close to her said'
        found = main_clause_speaker(found, body, cand, names)  # "When X asked ..., he declined, saying"
        result.append(found)
        if found.speaker:
            names.add_event(cand.start, found)  # a mention of the speaker, for "he said" after it
    # A quote standing alone may be claimed by the next paragraph.
    for i, cand in enumerate(candidates):
        if result[i].speaker is None and result[i].cue is None:
            claimed = next_paragraph_claim(body, cand, names, paragraphs)
            if claimed and vet(claimed).speaker:
                result[i] = claimed
    # Where the rules found no one, a dependency parse may (when installed and on).
    missing = [i for i, found in enumerate(result) if found.speaker is None] if parsed else []
    asked = parse.request(body, candidates, missing)
    if not asked.snippets:
        return result
    docs = yield asked
    for i, mention in parse.read(asked, docs).items():
        found = subject_np(mention.text + " ", mention.start, mention.cue, names)
        found = named_by_pseudonym(found, body) or found
        if found is not None and found.speaker and vet(found).speaker:
            found.rule = "parse" if mention.reports else "parse-clause"
            result[i] = found
    return result
