"""A description freed of a fronted phrase, resolved again (session 22).

News often fronts a phrase without its comma: "In a report published last July the cross-party
committee stated ...", "In its annual review the commission said ...".  The subject read back
from the verb then holds the fronted phrase, names no one, and is kept as written; the vetting
that follows (:func:`.fragments.tidy`, :mod:`.hangs`) cuts the fronted phrase off, leaving "the
cross-party committee" as a description, though the description rules would have named the body
it stands for had they seen the phrase alone.  So a description whose words no longer start where
its mention was read is resolved again, at the place its words now start.

Only a description kept as written is asked again, and only its new reading as a person or an
organisation is taken: the rules that resolve descriptions are the ones every other mention goes
through, so "the committee" stays as written wherever they would leave it so.
"""

from __future__ import annotations

import re

from ...lexicon.not_speakers import FRONTED_ADVERBS, FRONTED_WORDS
from ...lexicon.people import REFERRING_ORG_HEADS
from .descriptions import resolve_description
from .model import Attribution
from .names import Names

# How far past the mention's start the cut phrase may begin (a fronted phrase's length).
REACH = 200
FRONTED = FRONTED_WORDS | FRONTED_ADVERBS
# A person named by a title inside the cut phrase ("In a letter to Mr Straw the chairman said").
PERSON_IN_CUT_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|President|Senator|Sen|Rep|Gov)\.?[ \t]+[A-Z]")


def resolve_cut(found: Attribution, names: Names) -> Attribution:
    """``found``, or the body or person its description names once a fronted phrase was cut from
    it ("In a report published last July the cross-party committee" -> "the cross-party committee"
    -> the Joint Committee named before)."""
    speaker = found.speaker
    if not speaker or found.speaker_type != "description" or found.as_written != speaker or found.pos < 0:
        return found
    body = names.body
    if body.startswith(speaker, found.pos):
        return found  # not cut: the description rules have read it as it stands
    if not speaker[:4].lower() == "the ":
        return found  # ("a report" names no one before; only "the X" re-names)
    if speaker.split()[-1].lower() in REFERRING_ORG_HEADS:
        return found  # ("the company": the body last named, with no check that it is one; tried, wrong)
    at = body.find(speaker, found.pos + 1, found.pos + REACH + len(speaker))
    if at < 0:
        return found
    # The phrase's first word, or the word right before it where the reading dropped it ("In").
    opening = body[max(0, found.pos - 12) : found.pos].split()[-1:] + body[found.pos : at].split()[:1]
    if not any(w.lower() in FRONTED for w in opening) or "," in body[found.pos : at]:
        return found  # only a fronted phrase left without its comma ("In a report published last July the")
    if PERSON_IN_CUT_RE.search(body, found.pos, at):
        return found  # "In a letter to Mr Prentis the minister said": the one written to is no speaker
    meant = resolve_description(speaker, at, found.cue, names)
    if meant.speaker_type not in ("person", "organisation") or meant.speaker == speaker:
        return found
    # A word the name shares with the cut phrase is no mention of it ("In its review of European
    # trade the commission said" -> the European Commission): a body's head is, and any word of a
    # person's name ("In a meeting with Ann the chairwoman said": not Ann Lee, if she is the chairwoman).
    words = meant.speaker.split() if meant.speaker_type == "person" else meant.speaker.split()[-1:]
    if any(len(w) > 2 and re.search(rf"\b{re.escape(w)}\b", body[found.pos : at]) for w in words):
        return found  # the one the cut phrase names (met, written to, replied to) is not who answers
    return Attribution(meant.speaker, meant.speaker_type, meant.role, speaker, found.cue, at, found.rule)
