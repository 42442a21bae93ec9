"""Descriptions: whom "the Dutchman", "the president", "the firm" or "the magazine" means.

A definite description re-names someone the article named before: "the
Dutchman", "the 23-year-old" and an epithet ("the two-time champion") the
person in focus; an office ("the Tory leader", "the judge") the person named
with it; a title used alone in lower case ("the archbishop") the person last
named with it; "the firm" or "the report" the organisation last named or
speaking, or the document introduced; a kind noun ("the magazine", "the
software giant") the name written last right after it.  The walk that finds who
is in focus is :mod:`.salience`'s.  Nothing is guessed: no fitting mention
leaves the phrase itself as the speaker, a description.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...lexicon.people import ALWAYS_ORG_HEADS, COUNTRY_ABBREVIATIONS, NATIONALITIES, ORG_HEADS, PERSON_HEADS
from ...lexicon.people import REFERRING_ORG_HEADS
from ...lexicon.referents import (
    EPITHET_HEADS, FOCUS_PERSON_NOUNS, FOCUS_ROLE_HEADS, STANDS_FOR_PERSON_HEADS, TITLE_DESCRIPTION_HEADS,
)
from ...text.patterns import last_after_word
from .antecedents import DOCUMENT_HEADS
from .business import business_referent
from .kinds import introduced_company
from .model import Attribution, Entity, Referent
from .named_heads import named_by_head
from .names import Names
from .runs import parse_run
from .salience import AGE_HEAD_RE, LOOKBACK, described, salient

# "the report said" after "a report from the World Bank" (the body's whole name): the document as introduced.
DOCUMENT_INTRO_RE = re.compile(
    r"\b(?:a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?(?:report|study|survey)"
    r"(?:[ \t]+(?:by|from|for|published[ \t]+by)[ \t]+(?:the[ \t]+)?(?:[\w'’&-]+[ \t]+){0,5}?[A-Z][\w'’&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’&-]*)*)?"
)

# A name right after a kind noun ("magazine Mobile World", "giant Marks & Spencer"): capitalised
# words, "&" allowed between them (see ``_named_with_kind``).
KIND_NAME_RUN = r"[A-Z][\w'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’-]*){0,4}"
NAME_AFTER_KIND_RE = re.compile(rf"[ \t]+({KIND_NAME_RUN})")  # after the kind word: ``last_after_word``
# How far before the kind word the description's other words are looked for ("the software
# giant" after "software giant Microsoft"; characters).
KIND_MODIFIER_REACH = 60

# ("club", "side", "team": sport names many, the one named with its kind is seldom the one meant.)
KIND_NOT_HEADS = frozenset("the a an in of on at for by to from with and or but said says club side team".split())

# Kinds that are bodies whatever their name looks like ("club Borussia Dortmund", "magazine Rolling Stone").
KIND_BODY_HEADS = frozenset(
    "firm company group bank club side team magazine newspaper paper band label studio broadcaster "
    "network channel charity agency giant maker retailer publisher developer watchdog regulator "
    "airline carrier operator organisation organization union party council".split()
)

# What a capital after the kind word may be that is no name: a day, a month, a sentence's next word.
KIND_NAME_NOT_FIRST = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December The A An In On At It He She They This That But And I "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)

# After these an age description goes on describing ("who presents X"); up to 5 words before them.
AGE_DESCRIPTION_ENDS = frozenset({"of", "who", "whose", "from", "with"})

# The most words an epithet may have ("the world 200m and 400m record holder").
EPITHET_MAX_WORDS = 8


def resolve_description(np_text: str, pos: int, cue_word: str | None, names: Names) -> Attribution:
    """A noun phrase naming no one ("the Dutchman", "the president", "the firm", "a
    spokesman"): the person or organisation it stands for, else the phrase itself."""
    words = np_text.split()
    det = words[0].lower()
    head = re.sub(r"['’]s$", "", words[-1].lower())
    # "the 28-year-old host who presents X": an age after "the" opens a description of the person in focus.
    aged = det == "the" and len(words) > 1 and AGE_HEAD_RE.match(words[1]) is not None and len(
        next((words[:k] for k, w in enumerate(words) if w.lower() in AGE_DESCRIPTION_ENDS), words)) <= 5
    if det == "the" and (len(words) <= 4 or aged) and (
        head in STANDS_FOR_PERSON_HEADS or any(AGE_HEAD_RE.match(w) for w in words[1:])
    ):
        # "the Dutchman said": the person in focus, if the article has named one.
        gender = _gender_of_head(head)
        if names.previous(pos, "person", gender) is not None:
            # A sentence opening "He ..." is about the one meant: look past it.
            found = salient(names, pos, "person", gender, describe=False, past_pronouns=True)
            if found is not None and found.kind == "person":
                return Attribution(found.name, "person", found.role, np_text, cue_word, pos)
    if det == "the" and len(words) <= EPITHET_MAX_WORDS and (
        head in EPITHET_HEADS or " ".join(words[-2:]).lower() in EPITHET_HEADS
        or re.sub(r"^ex-", "", head) in FOCUS_ROLE_HEADS or head in FOCUS_PERSON_NOUNS and len(words) > 2
    ):
        # "added the two-time Academy Award winner": the person in focus, only when they
        # are also the last person named (with a rival named since, the epithet is unclear).
        gender = _gender_of_head(head)  # (a "businessman" is no woman in focus)
        found = salient(names, pos, "person", gender, describe=False, past_pronouns=True)
        last = names.previous(pos, "person")
        # (the one who spoke last also fits, a rival named before the quote; not for "the Dragons
        # man", whose bare "man" says too little, nor "the singer's agent": another one)
        specific = head not in FOCUS_PERSON_NOUNS and not any(re.search(r"['’]s?$", w) for w in words[1:-1])
        if found is not None and found.kind == "person" and last is not None and (
                last.name == found.name or specific and _spoke_last(names, pos, found.name)):
            return Attribution(found.name, "person", found.role, np_text, cue_word, pos)
    if det == "the" and len(words) <= 5:
        head = re.sub(r"^co-", "", head)
        if head in PERSON_HEADS and not any(w.lower() in ("spokesman", "spokeswoman", "spokesperson") for w in words):
            entity = described(names, pos, words)
            if entity is not None:
                return Attribution(entity.name, "person", entity.role, np_text, cue_word, pos)
        if head in DOCUMENT_HEADS and len(words) == 2:
            # "the report said": the report the article introduced ("a World Bank report"),
            # not the organisation named last; a description, as the gold gives documents.
            intro = None
            for intro in DOCUMENT_INTRO_RE.finditer(names.body, max(0, pos - LOOKBACK), pos):
                pass
            if intro is not None and re.search(r"\b[A-Z]", intro.group()):  # (a named source: "a new report" is none)
                return Attribution(intro.group(), "description", None, np_text, cue_word, pos)
        if head in REFERRING_ORG_HEADS and len(words) == 2:
            # "the firm said", "the report warned": the organisation last speaking or named.
            found = salient(names, pos, "organisation")
            if found is not None and found.name in COUNTRY_ABBREVIATIONS:
                # A country is no firm and writes no report ("Children in the UK ... had an income
                # of £775, the report said"): the body named last before it, else the phrase.
                body = _previous_body(names, pos)
                found = Referent(body.name, "organisation", None) if body is not None else None
            found = business_referent(head, found)  # "the company": no ministry, party or club
            if found is not None:
                return Attribution(found.name, "organisation", None, np_text, cue_word, pos)
        if head in REFERRING_ORG_HEADS and len(words) == 3 and (words[1].endswith("-based") or words[1] in NATIONALITIES):
            # "The Canada-based company says", "the Japanese firm said": where it is based, said
            # of the body in focus; only when no other body has been named since.
            found = salient(names, pos, "organisation")
            last = names.previous(pos, "organisation")
            if found is not None and last is not None and last.name == found.name:
                return Attribution(found.name, "organisation", None, np_text, cue_word, pos)
    if det == "the" and len(words) <= 5 and head in TITLE_DESCRIPTION_HEADS:
        titled = _named_with_title(names, pos, head)
        if titled is not None:
            return Attribution(titled.name, "person", titled.role, np_text, cue_word, pos)
    if det == "the" and len(words) <= 4:
        named = (_named_with_kind(names, pos, words) or introduced_company(names, pos, words)
                 or named_by_head(names, pos, words))
        if named is not None:
            named.as_written, named.cue, named.pos = np_text, cue_word, pos
            return named
    kind = "organisation" if head in ORG_HEADS and det in ("the",) else "description"
    if head in ALWAYS_ORG_HEADS:
        kind = "organisation"
    return Attribution(np_text, kind, None, np_text, cue_word, pos)


def _gender_of_head(head: str) -> str:  # "Yorkshireman", "businesswoman"; "?" for most
    return "f" if head.endswith("woman") else "m" if head.endswith("man") else "?"


def _spoke_last(names: Names, pos: int, name: str) -> bool:
    """Did ``name`` speak last before ``pos``, no one named since?  "Ann Lee beat Jo Marsh. "...,"
    she said. The debutant added": Ann Lee, though Jo Marsh was named last.  (Not a subject over
    its object, "X met Y ... said the Oscar winner": tests/test_speakers_epithets.py.)"""
    lo = max(0, pos - LOOKBACK)
    k = bisect_left(names.event_pos, pos) - 1
    if k < 0 or names.event_pos[k] < lo:
        return False
    at, who = names.events[k]
    if who.speaker != name or who.speaker_type != "person":
        return False
    for m in range(bisect_left(names.positions, at + 1), bisect_left(names.positions, pos)):
        entity = names.entities[names.mention_entity[m]]
        if entity.kind == "person" and entity.name != name:
            return False  # someone named after the quote
    return True


def _named_with_title(names: Names, pos: int, head: str) -> Entity | None:
    """"The archbishop added" after "Archbishop Desmond Tutu": the person named last before
    ``pos`` with the title ``head`` before the name; others named since do not hold the title,
    so they are not the one meant (the description's other words, "the South African
    archbishop", are read as what the article says of him)."""
    found = last_after_word(names.body[max(0, pos - LOOKBACK) : pos], head.capitalize(), NAME_AFTER_KIND_RE)
    if found is None:
        return None
    run = re.sub(r"['’]s$", "", found[1].group(1))
    parsed = parse_run(run)
    # ("Archbishop Tutu": a lone surname, known to the name table from the full name)
    tokens = parsed.tokens if parsed is not None and parsed.kind == "person" else run.split() if " " not in run else None
    entity = names.person(tokens) if tokens else None
    return entity if entity is not None and entity.kind == "person" else None


def _named_with_kind(names: Names, pos: int, words: list[str]) -> Attribution | None:
    """"said the magazine" after "US magazine Mobile World", "the software giant" after
    "software giant Microsoft": news names a body or a person once with its kind in
    lower case right before the name, then calls it by the kind.  The name written last before
    ``pos`` with the description's head noun right before it; tried only when no rule of
    person, office or body resolved the description.  Not when the description says more
    than the introduction did ("the online retail giant" is not "oil giant Exxon Mobil"), a
    plural ("the firms", "the artists": one name may not be all of them), or another body
    (person) is named in between."""
    head = re.sub(r"['’]s$", "", words[-1])
    if len(words) < 2 or not head.isalpha() or not head.islower() or head in KIND_NOT_HEADS:
        return None
    lo = max(0, pos - LOOKBACK)
    found = last_after_word(names.body[lo:pos], head, NAME_AFTER_KIND_RE)
    if found is None:
        return None
    found_start, found_end, run = found[0], found[1].end(), found[1].group(1)
    run = re.sub(r"['’]s$", "", run)
    if run.split()[0].rstrip(".") in KIND_NAME_NOT_FIRST or run.split()[0] in NATIONALITIES or head.endswith("s") and not head.endswith("ss"):
        return None
    intro = names.body[max(0, lo + found_start - KIND_MODIFIER_REACH) : lo + found_start].lower()
    if any(re.sub(r"['’]s$", "", w.lower()) not in intro for w in words[1:-1]):
        return None
    parsed = parse_run(run)
    person = parsed is not None and parsed.kind == "person" and head not in KIND_BODY_HEADS
    want = "person" if person else "organisation"
    k = bisect_left(names.positions, pos) - 1
    while k >= 0 and names.positions[k] > lo + found_end:
        other = names.entities[names.mention_entity[k]]
        if other.kind == want and other.name not in run and run not in other.name:
            return None
        k -= 1
    if person and parsed is not None:
        entity = names.person(parsed.tokens)
        name = entity.name if entity is not None else " ".join(parsed.tokens)
        return Attribution(name, "person", entity.role if entity is not None else None, run, None, pos)
    return Attribution(run, "organisation", None, run, None, pos)


def _previous_body(names: Names, pos: int) -> Entity | None:
    """The organisation named last before ``pos`` that is not a country, within the lookback."""
    k = bisect_left(names.positions, pos) - 1
    while k >= 0 and names.positions[k] >= pos - LOOKBACK:
        entity = names.entities[names.mention_entity[k]]
        if entity.kind == "organisation" and entity.name not in COUNTRY_ABBREVIATIONS:
            return entity
        k -= 1
    return None
