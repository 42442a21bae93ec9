"""The subject opening a sentence: who a sentence is about when its verb is far from it.

``sentence_start_subject`` reads the name, pronoun or description that opens a
text, past a dateline ("WASHINGTON —"), a conjunction ("But Dunne ...") and up
to three fronted phrases ("On Thursday, after a long silence, Warren endorsed
..."): for a verb coordinated with the sentence's first ("Redknapp, 57, quit his
post and vowed:"), a participle clause ("..., saying") and a quote's context.
``opens_fronted_phrase`` says whether a word opens such a phrase.
"""

from __future__ import annotations

import re

from ...lexicon.not_speakers import FRONTED_ADVERBS, FRONTED_SUBORDINATORS, FRONTED_WORDS, NOT_SPEAKER_LEAD
from ...lexicon.people import (
    FIRST_NAMES, GROUP_SPEAKERS, NON_NAME, PARTICLES, ROLE_ADJECTIVES, ROLE_MODIFIERS, ROLE_OR_PERSON_HEADS, ROLE_WORDS,
    SUBJECT_DESCRIPTION_HEADS,
)
from .coreference import resolve_pronoun
from .model import Attribution
from .names import Names
from .resolve import resolve_mention

# The heads of a description that opens a sentence as its subject ("The retired neurosurgeon", "The crowd").
SUBJECT_HEADS = ROLE_OR_PERSON_HEADS | GROUP_SPEAKERS | SUBJECT_DESCRIPTION_HEADS
# A dateline's capitals opening the text ("WASHINGTON —", "LONDON, Dec. 8 (UPI) —").
DATELINE_WORD_RE = re.compile(r"^[A-Z]{3,}(?:[ -][A-Z]{3,})*,?$")


def sentence_start_subject(text: str, text_start: int, cue_word: str | None, names: Names) -> Attribution | None:
    """The name or pronoun opening ``text``, when it opens with one."""
    words = text.split()
    if len(words) > 2 and DATELINE_WORD_RE.match(words[0]):
        # "WASHINGTON — Sen. Chuck Grassley ...", "LONDON, Dec. 8 (UPI) — ...": a dateline, not the subject.
        dash = next((k for k, w in enumerate(words[:8]) if w in ("—", "–", "-", "--")), None)
        words = words[dash + 1 :] if dash is not None else words[1:]
        if not words:
            return None
    while len(words) > 1 and words[0].strip(",") in ("But", "And", "Yet", "So", "Meanwhile", "However"):
        words = words[1:]  # "But Dunne is keen ... and said:": the name after the conjunction
    for _ in range(3):  # "On Thursday, after a long silence, Warren endorsed ...": past the fronted phrases
        if len(words) > 2 and (opens_fronted_phrase(words[0], names) or words[0] in FRONTED_SUBORDINATORS):
            comma = next((k for k, w in enumerate(words[:12]) if w.endswith(",")), None)
            if comma is None or comma + 1 >= len(words):
                break
            words = words[comma + 1 :]
    if not words:
        return None
    first = words[0].strip(",")
    if first.lower() in ("he", "she", "it", "they"):
        return resolve_pronoun(first.lower(), first, text_start + text.find(words[0]), cue_word, names)
    if first in ("The", "A", "An") and len(words) > 2:
        # "The retired neurosurgeon sought ...", "The crowd chanted": a description whose
        # head is a person or group word, within a few words of the determiner.
        for k, word in enumerate(words[1:6], start=1):
            bare = word.rstrip(",").lower()
            if bare in SUBJECT_HEADS and not (bare in ROLE_MODIFIERS and not word.endswith(",") and words[k + 1 : k + 2]
                                              and words[k + 1].rstrip(",").isalpha() and words[k + 1].islower()):
                # ("The former teacher", "The shadow chancellor": a modifier of a role is not its head)
                found = resolve_mention(" ".join(w.rstrip(",") for w in words[: k + 1]),
                                        text_start + text.find(words[0]), cue_word, None, names)
                return found if found and found.speaker else None
            if word.endswith(",") or bare in NOT_SPEAKER_LEAD:
                break
        return None
    if first in NON_NAME and first.rstrip(".").lower() not in SUBJECT_HONORIFICS or not first[:1].isupper():
        return None  # (but "Mr Holt wants ... but conceded": an honorific opens the subject's name)
    # The opening noun phrase: capitalised words and role words, up to the first other word
    # ("Democratic presidential candidate Sen. Bernie Sanders": role words before the name).
    subject = []
    for word in words[:8]:
        bare = word.rstrip(",")
        low = bare.lower()
        if not (bare[:1].isupper() or low in ROLE_WORDS or low in PARTICLES or low in ROLE_ADJECTIVES
                or low in SUBJECT_DESCRIPTION_HEADS):
            break
        subject.append(bare)
        if bare != word:
            break  # "Redknapp, 57, quit": the comma ends the name
    found = resolve_mention(" ".join(subject), text_start + text.find(words[0]), cue_word, None, names)
    if found and (found.speaker_type in ("person", "organisation") or _people_noun(found)):
        return found
    return None

# Honorifics that open a sentence's subject ("Mr Holt", "Dr. Ruiz"), though no name alone.
SUBJECT_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof"})


def _people_noun(found: Attribution) -> bool:
    """A description that is one people noun ("Analysts", "Ministers"): a subject as good as a name."""
    return found.speaker_type == "description" and (found.speaker or "").lower() in GROUP_SPEAKERS


def opens_fronted_phrase(word: str, names: Names) -> bool:
    """Does ``word`` open a phrase fronted before the subject: a preposition ("On
    Thursday,"), a time word ("Hours later,"), an "-ly" adverb, or a participle
    ("Reached by POLITICO,", "Continuing to explain,") that is no one's name?"""
    bare = word.strip(",")
    low = bare.lower()
    if low in FRONTED_WORDS or low in FRONTED_ADVERBS:
        return True
    if len(low) < 5 or not low.endswith(("ing", "ed", "ly")) or not low.isalpha():
        return False
    return bare not in FIRST_NAMES and names.person([bare]) is None
