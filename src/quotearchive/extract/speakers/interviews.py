"""A question-and-answer interview's turns: in the answer a label opens ("McKelvey: He came
into my office ... He tapped me on the shoulder and said, "I'm Jack.""), the interviewee
speaks as "I"; a "he" or "she" there is someone else, never the one answering.

The pronoun rules reach back to the nearest person of the pronoun's sex, who in a turn is
often its own label's.  :func:`other_than_the_turns_speaker` is asked by :mod:`.rules` of a
pronoun's speaker inside a labelled turn: when the pronoun went to the label's person, the
nearest other person known to be of that sex named before it is meant.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .model import Attribution, Candidate, Entity
from .names import Names

# A turn's label opening its paragraph: "McKelvey: ", "Jim McKelvey: ".
TURN_LABEL_RE = re.compile(r"[ \t]*([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2}):[ \t]")
THIRD_PERSON = frozenset({"he", "she"})
CAPITALISED_RE = re.compile(r"\b[A-Z][a-z][\w'’-]*")


def other_than_the_turns_speaker(found: Attribution | None, body: str, cand: Candidate, names: Names,
                                 paragraphs: list[tuple[int, int]]) -> Attribution | None:
    """The person a "he"/"she" in a labelled answer means when the rules gave it to the label's
    own person: the nearest other person of that sex named before the pronoun; else None."""
    if found is None or found.speaker_type != "person" or (found.as_written or "").lower() not in THIRD_PERSON:
        return None
    label = TURN_LABEL_RE.match(body, paragraphs[cand.para][0])
    if label is None:
        return None
    answering = names.person(label.group(1).split())
    if answering is None or answering.name != found.speaker:
        return None
    # (a person of the pronoun's sex by a first name or title: a table's unsure entries, "Hello
    # Kitty", are no one to give a turn's words to)
    gender = "m" if found.as_written.lower() == "he" else "f"
    # First the question and the turn: a person named there by any part of the name ("the first
    # time you met Jack?"), the last one before the pronoun; then the table's mentions.
    lo = paragraphs[cand.para - 1][0] if cand.para > 0 else paragraphs[cand.para][0]
    for word in reversed(CAPITALISED_RE.findall(body, lo, found.pos)):
        other = names.person([word]) or _by_first_name(names, word)
        if other is not None and other is not answering and other.gender == gender:
            return Attribution(other.name, "person", other.role, found.as_written, found.cue, found.pos, found.rule)
    k = bisect_left(names.positions, found.pos) - 1
    while k >= 0:
        other = names.entities[names.mention_entity[k]]
        k -= 1
        if other.kind == "person" and other is not answering and other.gender == gender:
            return Attribution(other.name, "person", other.role, found.as_written, found.cue, found.pos, found.rule)
    return None


def _by_first_name(names: Names, word: str) -> Entity | None:
    """The one person the article names in full with the first name ``word`` ("Jack": Jack
    Dorsey); interviews call the other founder by it."""
    index = names.by_first.get(word)
    return names.entities[index] if index is not None and word not in names.shared_first else None
