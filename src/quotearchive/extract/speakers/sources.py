"""What kind of source a resolved speaker is, as the archive stores it.

The resolver's own types (person, organisation, description) are what its
rules reason with; a reader wants the kind of source: a named person or body,
people described but not named ("a senior official", "traders"), or a document
("the report", "a joint statement issued after the talks").  This is decided
last, from the head noun of the speaker as resolved, so no rule and no
calibrated confidence sees it (the word lists: :mod:`quotearchive.lexicon.sources`).
"""

from __future__ import annotations

import re

from ...lexicon.people import FIRST_NAMES, GROUP_SPEAKERS, PERSON_HEADS, ROLE_MODIFIERS, ROLE_WORDS
from ...lexicon.referents import ELLIPSIS_HEADS
from ...lexicon.people import TITLES_F, TITLES_M, TITLES_N
from ...lexicon.people import SUBJECT_DESCRIPTION_HEADS
from ...lexicon.sources import COMPANY_NAME_ENDS, DOCUMENT_NOUNS, HEAD_ENDERS, QUANTITY_HEADS
from ...lexicon.sources import PEOPLE_NOUNS as MORE_PEOPLE_NOUNS
from .model import Attribution

# Every noun of people the lexicon knows: the speaker rules' role, group and description words too.
PEOPLE_NOUNS = (
    (ROLE_WORDS - ROLE_MODIFIERS) | PERSON_HEADS | GROUP_SPEAKERS | ELLIPSIS_HEADS | SUBJECT_DESCRIPTION_HEADS
    | MORE_PEOPLE_NOUNS
)

WORD_RE = re.compile(r"[\w'’.-]+")
# "the ministry's", "officials'": the noun without its possessive.
POSSESSIVE_RE = re.compile(r"['’]s?$")
# A participle after the head opens what qualifies it: "the proposal handed to",
# "a negotiator taking part in", "the concern based in" (before it, as "the retired
# surgeon", it is an adjective: only from the third word on).
PARTICIPLE_RE = re.compile(r"[a-z]{3,}(?:ed|ing)$")


def source_type(found: Attribution) -> str | None:
    """``found.speaker_type`` told apart for the reader: person, organisation,
    unnamed, document or description (None when there is no speaker)."""
    kind = found.speaker_type
    if kind in ("person", "description") and found.speaker and _company_name(found.speaker):
        return "organisation"
    if not found.speaker or kind not in ("organisation", "description"):
        return kind
    head = head_noun(found.speaker)
    if head is None:
        return kind
    if kind == "organisation":
        # "An EC negotiator", "Agriculture Ministry sources", "The proposal handed to the
        # government": a body's name before a lower-case noun of people or of a text is
        # someone or something speaking for the body, not the body.
        if head.islower() and _people_noun(head):
            return "unnamed"
        return "document" if head.islower() and head in DOCUMENT_NOUNS else kind
    word = head.lower()
    if _people_noun(word):
        return "unnamed"  # ("The CEO of ...", "the Archbishop of Canterbury": a role in capitals too)
    if head[:1].isupper() and not found.speaker.startswith(head):
        return kind  # "BBC Broadcast": a capital past the first word is a name's, not a common noun's
    if word in DOCUMENT_NOUNS:
        return "document"
    return kind


def head_noun(phrase: str) -> str | None:
    """The head of a noun phrase as written: the word before what qualifies it
    ("a report by the ministry" -> "report"), without a possessive.  A word that
    qualifies follows a lower-case word, a known noun or the first word: "of" inside
    "a Bank of England spokesman" is part of a name, after "The CEO" it is not.
    After a quantity ("a number of researchers") the head is the noun that follows."""
    words = WORD_RE.findall(phrase)
    head = None
    for k, word in enumerate(words):
        before = words[k - 1] if k else ""
        opens = k == 1 or before[:1].islower() or _is_noun(before)
        if word == "of" and head is not None and head.lower() in QUANTITY_HEADS:
            head = None  # "one of these analyses": read on
            continue
        if opens and (word in HEAD_ENDERS or k > 1 and PARTICIPLE_RE.fullmatch(word)):
            break
        head = POSSESSIVE_RE.sub("", word.rstrip("."))
    return head or None


def _is_noun(word: str) -> bool:
    word = word.lower()
    return word in DOCUMENT_NOUNS or _people_noun(word)


def _people_noun(word: str) -> bool:
    """A noun of people, its plural ("delegates", "congressmen") and "co-" and "ex-" forms included."""
    word = word.removeprefix("co-").removeprefix("ex-")
    return (word in PEOPLE_NOUNS or word.endswith("s") and word[:-1] in PEOPLE_NOUNS
            or word.endswith("men") and word[:-3] + "man" in PEOPLE_NOUNS)


def _company_name(name: str) -> bool:
    """A firm's name without its legal form read as a person's ("Gulf States Utilities",
    "Texas Air"): it ends with a word of companies' names and opens with no first name or title."""
    words = name.split()
    return (len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1] in COMPANY_NAME_ENDS and words[0] not in FIRST_NAMES
            and words[0].rstrip(".").lower() not in TITLES_M | TITLES_F | TITLES_N)
