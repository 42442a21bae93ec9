"""Coreference: whom "he", "she", "it" or "they" means.

A pronoun walks back through the sentences before it and takes the first
mention that fits in each (:mod:`.salience`: subjects come first in English; a
quote already attributed counts as a mention of its speaker; gender comes from
titles, role words and common first names); a "he" whose man was named too far
back for the walk takes the person quoted last, gender permitting.  An unnamed
"A spokesman for X said ..." stays the speaker of the "he said" after it until
someone else is named; "they", and "it" where the walk finds no body, the group
or body whose statement stands right before, or the subject of the sentence
(:mod:`.antecedents`, with the description that subject is read by
:mod:`.descriptions`).  Nothing is guessed: no fitting mention gives no speaker.
"""

from __future__ import annotations

from bisect import bisect_left

from ...lexicon.people import COUNTRY_ABBREVIATIONS, PRONOUNS
from .antecedents import (
    body_just_before, body_subject_before, company_by_its_shares, group_just_before, group_subject_before,
    spokesperson_before,
)
from .descriptions import resolve_description
from .model import Attribution, Referent
from .names import Names
from .salience import gender_of_speaker, salient
from .unnamed_speakers import unnamed_source_before


def resolve_pronoun(low: str, written: str, pos: int, cue_word: str | None, names: Names) -> Attribution:
    """The speaker a pronoun (``low``: lower-cased, ``written``: as written) at ``pos`` means."""
    gender = PRONOUNS[low]
    if gender in ("m", "f"):
        spokes = spokesperson_before(gender, pos, names) or unnamed_source_before(gender, pos, names)
        if spokes is not None:
            return Attribution(spokes.speaker, "description", None, written, cue_word, pos)
    if low == "they":
        group = group_just_before(names, pos) or group_subject_before(names, pos)
        if group is not None:
            return Attribution(group.speaker, group.speaker_type, group.role, written, cue_word, pos)
    if low == "it":
        company = company_by_its_shares(names.body, pos)  # "Shares in Acme fell after it warned"
        if company is not None:
            return Attribution(company, "organisation", None, written, cue_word, pos)
    if gender in ("m", "f", "o"):
        want = "organisation" if gender == "o" else "person"
        found = salient(names, pos, want, gender if gender != "o" else "?")
        if found is None and want == "person":
            found = last_speaker(names, pos, gender)
        if found is not None and gender == "o" and found.name in COUNTRY_ABBREVIATIONS:
            # "The firm said the UK market had grown. It said": a country as a modifier is no "it" that speaks
            body = body_just_before(names, pos)
            if body is not None and body.speaker not in COUNTRY_ABBREVIATIONS:
                return Attribution(body.speaker, body.speaker_type, body.role, written, cue_word, pos)
        if found is not None and found.kind == "person" and names.shown_gender.get(found.name or "", gender) != gender:
            return Attribution(None, None, None, written, cue_word, pos)  # "she" for a man the article calls "he"
        if found is not None:
            name, kind, role = found
            return Attribution(name, kind, role, written, cue_word, pos)
    if low == "it":
        body = body_just_before(names, pos)
        if body is not None:
            return Attribution(body.speaker, body.speaker_type, body.role, written, cue_word, pos)
        subject = body_subject_before(names, pos)  # "The computer giant has sued ... It said"
        if subject is not None:
            meant = resolve_description(subject[0], subject[1], cue_word, names)
            if meant.speaker_type in ("organisation", "document", "description"):
                return Attribution(meant.speaker, meant.speaker_type, meant.role, written, cue_word, pos)
    return Attribution(None, None, None, written, cue_word, pos)


# How many statements back "the person quoted last" is looked for: far more than an article quotes between a
# speaker and the "he said" that continues him, and a bound on a transcript of thousands.
LAST_SPEAKER_REACH = 300


def last_speaker(names: Names, pos: int, gender: str) -> Referent | None:
    """The person quoted last before ``pos`` anywhere in the article, gender permitting:
    for a "he said" whose man was named too far back for the sentence walk."""
    events = names.events
    # (walked by index, and no further than ``LAST_SPEAKER_REACH`` events: a slice of every event before ``pos``
    # for each pronoun, walked to the article's start when no one spoke, was quadratic in a long article)
    end = bisect_left(names.event_pos, pos)
    for index in range(end - 1, max(-1, end - 1 - LAST_SPEAKER_REACH), -1):
        who = events[index][1]
        if who.speaker_type == "person" and (gender == "?" or gender_of_speaker(names, who) in ("?", gender)):
            return Referent(who.speaker, "person", who.role)
    return None
