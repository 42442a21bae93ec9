"""A lede's indefinite description named in the next sentence (session 21).

News often holds a source's name back one sentence: "Rail fares will rise again, an expert has
claimed.  Transport analyst Ann Lee was discussing ..."; "A senior Tory MP has criticised the
department's "slow" approach.  Committee chairman Tom Reed was giving his reaction ...".  The indefinite description
introduces someone; the next sentence names them as its subject.  So "a/an ... <role>" is the person whose name opens the next
sentence (after role words at most), when the lede did not name that person before the
description (one named there is someone else; the headline may name them) and the description's
head is a person's role, not one news leaves unnamed ("a spokesman" stays unnamed when a named
chairman follows).  Only in the lede: past it, a source left unnamed stays so.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...lexicon.people import PERSON_HEADS, ROLE_WORDS
from ...lexicon.places import OFFICE_PLACES
from ...lexicon.referents import UNNAMED_SOURCE_HEADS
from ...text.sentences import sentence_starts
from .model import Attribution
from .names import Names

# The words that may stand before the name at the next sentence's start: role words ("Transport
# analyst", "Committee chairman"), no verb, no article.
OPENING_ROLE_RE = re.compile(r"(?:[A-Za-z][\w'’-]*[ \t]+){0,5}$")
NOT_ROLE_WORDS = frozenset(
    "the a an in on at when after but and or said says told to of for with as by from it he she they "
    "this that there then however meanwhile".split()
)

# The lede: the description's line is among the body's first lines (the headline, the standfirst
# or first paragraph): a delayed name is a device of the opening, not of a quote deep in the story.
LEDE_LINES = 2

# How far after the description the next sentence may start, and its name from that start (characters).
NEXT_SENTENCE_REACH = 400
NAME_REACH = 60


def named_next(names: Names, pos: int, words: list[str]) -> Attribution | None:
    """"an expert has claimed" at ``pos``: the person whose name opens the next sentence, new
    there; None otherwise."""
    if len(words) < 2 or len(words) > 6:
        return None
    # "a senior Tory MP", or a place's ("Scotland's justice minister"): not a person's ("Ann's coach")
    owner = re.sub(r"['’]s$", "", words[0])
    placed = owner != words[0] and owner[:1].isupper() and names.person([owner]) is None and owner in OFFICE_PLACES
    if words[0].lower() not in ("a", "an") and not placed:
        return None
    head = words[-1].lower()
    # (a person's role: not "a report", "a court", "a Republican who")
    if head in UNNAMED_SOURCE_HEADS or head not in ROLE_WORDS and head not in PERSON_HEADS:
        return None
    body = names.body
    if sum(1 for line in body[:pos].split("\n") if line.strip()) > LEDE_LINES:
        return None  # (past the lede a source left unnamed stays so: "a congressional staff member said")
    starts = sentence_starts(body, pos, min(len(body), pos + NEXT_SENTENCE_REACH))
    if not starts:
        return None
    start = starts[0]
    k = bisect_left(names.positions, start)
    # the first person named there (a body in the role words before, "Committee chairman", passed)
    while k < len(names.positions) and names.positions[k] <= start + NAME_REACH:
        if names.entities[names.mention_entity[k]].kind == "person":
            break
        k += 1
    else:
        return None
    at = names.positions[k]
    entity = names.entities[names.mention_entity[k]]
    paragraph = body.rfind("\n", 0, pos) + 1
    if any(paragraph <= m < start for m in entity.mentions):
        return None  # named in the lede before the description: someone else (a headline may name them)
    gap = body[start:at]
    if OPENING_ROLE_RE.fullmatch(gap) is None or any(w.lower() in NOT_ROLE_WORDS for w in gap.split()):
        return None
    return Attribution(entity.name, "person", entity.role, " ".join(words), None, pos)
