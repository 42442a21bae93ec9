"""Speakers that are fragments of a clause, never people: rejected, so a quote has
no speaker rather than a wrong one (issues 14 and 16).

The rules find a mention by position ("the words before the verb"), and on
unusual sentences the words there are a clause piece: "to the 35", "said its
board", "the explanatory", "an email", "Already", "Friday", "11".  A speaker
must read as a noun phrase about someone: it starts with a name, a determiner
or a noun, does not end in a word that needs more after it ("a native who",
"the rights of the"), and a one-word lower-case speaker is a group of people
("officials"), not a thing ("books").  ``tidy`` first trims what only hangs
on the phrase: a trailing "who" and a time ("Bernie Sanders on Saturday").
A phrase set in quote marks where it stands is a title, not a speaker
(``quoted_title``: 'star of television's "Scandal,"'); ``clean_role`` trims a
role as written.  The word lists are data in :mod:`quotearchive.lexicon.people`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon.people import (
    DEMONSTRATIVES,
    FIRST_NAMES,
    GROUP_SPEAKERS,
    ORG_VOICE_WORDS,
    PRONOUNS,
    REFERRING_ORG_HEADS,
    ROLE_OR_PERSON_HEADS,
)
from ...lexicon.not_speakers import (
    CAPITALS_NO_ACRONYM,
    CLAUSE_WORDS,
    NON_SPEAKER_NOUNS,
    NOT_LABELS,
    NOT_SPEAKER_LEAD,
    NOT_SPEAKER_TAIL,
    TIME_WORDS,
)
from .hangs import cut_hangs
from .model import Attribution

WORD_RE = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*\.?")
INITIAL_END_RE = re.compile(r"\b[A-Z]\.$")
# "X on Saturday", "X last week", "X who": what hangs on the name, cut off.  (The relative
# pronoun in lower case only: "the WHO" is the World Health Organization, no hanging "who".)
TRAILING_HANG_RE = re.compile(
    r"(?:\s+(?:on|last|this|early|late)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|"
    r"year|night|morning|evening)|\s+(?-i:who|which|that))+$",
    re.I,
)
# "said one Democrat familiar with the talks": the verb before an inverted subject.
LEADING_VERB_RE = re.compile(r"^(?:said|says|told|added|wrote)\s+(?=\S)", re.I)
DETERMINERS = frozenset("a an the one another some several many two three four five six seven eight nine ten".split())
# What follows a participle or preposition that opens a clause ("Leaving a", "Led by").
CLAUSE_SECOND_WORDS = frozenset(
    "a an the up by before after with to on in at for from his her their its this that these those out into".split()
)
# Words opening a share of a group ("about four in 10 voters", "most Republicans").
QUANTITY_LEADS = frozenset(
    "about nearly almost roughly around approximately over under more fewer less at half most many some several "
    "few two three four five six seven eight nine ten majority a an".split()
)
# Plural nouns of people a poll or a report speaks for, beside the group speakers.
PEOPLE_PLURALS = frozenset(
    "voters republicans democrats independents americans respondents adults people members delegates "
    "supporters conservatives liberals evangelicals women men caucusgoers caucus-goers participants "
    "likely-voters viewers readers".split()
)
MAX_GROUP_WORDS = 12
# Words that name no document of their own even after "the" ("the explanatory" note).
UNNAMED_DOCUMENTS = frozenset({"explanatory"})
PERSONISH = ROLE_OR_PERSON_HEADS | ORG_VOICE_WORDS | REFERRING_ORG_HEADS | GROUP_SPEAKERS


@lru_cache(maxsize=65536)  # pure, and called for every mention a rule finds; names repeat
def tidy(name: str) -> str:
    """The name without what only hangs on it: a trailing relative pronoun or time, or
    the verb phrase a name runs into ("Cruz has long argued" -> "Cruz")."""
    name = LEADING_VERB_RE.sub("", name.strip())
    words = name.split()
    cut = next((k for k, w in enumerate(words) if w in CLAUSE_WORDS), None)
    if cut and words[cut - 1][:1].isupper() and words[0].lower() not in DETERMINERS and words[0].lower() not in PRONOUNS:
        name = " ".join(words[:cut])
    return cut_hangs(TRAILING_HANG_RE.sub("", name).strip(" ,;:-–—'’\"“”")).strip(" ,;:-–—'’\"“”")


@lru_cache(maxsize=65536)
def without_sentence_stop(name: str) -> str:
    """``name`` without the sentence's full stop read with it ("a source close to Ronald Reagan."),
    keeping an initial's ("Joseph R.")."""
    return name if INITIAL_END_RE.search(name) else name.rstrip(".")


def plausible(name: str | None) -> bool:
    """Could ``name`` be someone who spoke (a name, a role, a described person or group)?"""
    if not name:
        return False
    words = WORD_RE.findall(name)
    if not words or not any(c.isalpha() for c in name):
        return False
    if name.isupper() and all(w in NOT_LABELS for w in name.split()):
        return False  # "UPDATE", "EDITOR'S NOTE": a label of the copy, read as an acronym
    low = [w.lower().rstrip(".") for w in words]
    if quantified_group(low):
        return True  # "About four in 10 primary voters", "At least half of voters in each state"
    # A capitalised first name ("Will Doyle") or surname ("Al From") is no function word, nor is an
    # acronym spelling one ("WHO officials", "WHO"; not a line in capitals, "WHO SAID IT").
    acronym = (len(words[0]) > 2 and words[0].isupper() and (len(words) == 1 or not name.isupper())
               and low[0] not in CAPITALS_NO_ACRONYM)  # ("NOBODY said", "THAT said,": a tabloid's capitals)
    if low[0] in NOT_SPEAKER_LEAD and not acronym and not (words[0][:1].isupper() and (words[0] in FIRST_NAMES or words[0] in ("Will", "May"))
                                      and len(words) > 1 and words[1][:1].isupper()) and not (
            low[0] in DEMONSTRATIVES and len(low) == 2 and (low[1] in PERSONISH or low[1].rstrip("s") in PERSONISH)):
        return False  # (but "this source", "that official": a person pointed back to)
    if low[-1] in NOT_SPEAKER_TAIL and (words[-1][:1].islower() or len(words) == 1 and not acronym):
        return False
    if len(words) == 1:
        word = low[0]
        if word in TIME_WORDS or word in PRONOUNS or word in DETERMINERS:
            return False
        if not words[0][:1].isupper():
            return word in PERSONISH or word.rstrip("s") in PERSONISH
        return True
    if low[0] in DETERMINERS and len(words) == 2 and (low[1] in TIME_WORDS or low[1] in NON_SPEAKER_NOUNS and (
            low[0] != "the" or low[1] in UNNAMED_DOCUMENTS)):
        return False  # "an email", "the explanatory", "this week" (but "the letter says": a document speaks)
    return not clause_like(words) and not finite_clause(words)


def finite_clause(words: list[str]) -> bool:
    """A phrase holding a finite verb or a subject pronoun ("the population was
    overwhelmingly white", "she has dropped direct"), or opening with an adverb
    ("credibly by his listeners"): a clause, where a speaker should be a noun phrase."""
    if len(words) < 2:
        return False
    if any(w in CLAUSE_WORDS for w in words):  # (lower-case only: "Will Doyle" is a name)
        return True
    return words[0].endswith("ly") and len(words[0]) > 5 and words[0].islower()


def quantified_group(low: list[str]) -> bool:
    """A share of a group of people, as polls and crowds are reported: a quantity first
    ("about four in 10", "at least half of", "most", "75 percent of"), a plural people noun
    ("voters", "Republicans") among the words; never a clause."""
    if len(low) < 2 or len(low) > MAX_GROUP_WORDS or not (low[0] in QUANTITY_LEADS or low[0][:1].isdigit()):
        return False
    return any(w in PEOPLE_PLURALS or w in GROUP_SPEAKERS for w in low[1:]) and not finite_clause(low)


def clause_like(words: list[str]) -> bool:
    """A participle or preposition opening a clause, not a noun phrase: "Leaving a
    Brussels summit", "followed up with an attack on Trump", "In an interview with X"."""
    if len(words) < 2 or not words[1][:1].islower():
        return False
    first, second = words[0].lower(), words[1].lower()
    if first.endswith(("ing", "ed")) and second in CLAUSE_SECOND_WORDS and words[0] not in FIRST_NAMES:
        return True
    return first in NOT_SPEAKER_LEAD and second in CLAUSE_SECOND_WORDS


@lru_cache(maxsize=65536)  # pure, and asked again for each rule's mention a quote is vetted with
def written_clause_like(written: str) -> bool:
    """``clause_like`` of the words of ``written`` (a mention as written)."""
    return clause_like(WORD_RE.findall(written))


def vet(found: Attribution) -> Attribution:
    """``found`` with its speaker tidied, or no speaker at all when that is a fragment."""
    if not found.speaker:
        return found
    speaker = tidy(found.speaker)
    if not plausible(speaker):
        return Attribution()
    written = tidy(found.as_written or "")
    if written and written_clause_like(written):
        return Attribution()  # the name was read out of a clause: "In an interview with X and Y"
    if speaker != found.speaker:
        found.speaker = speaker
        if found.as_written:
            found.as_written = tidy(found.as_written) or found.as_written
    return found


def quoted_title(np_text: str, pos: int, body: str) -> bool:
    """Is the phrase at ``pos`` set in quote marks there ("Scandal", "Morning Joe")?"""
    if pos < 1 or body[pos - 1] not in "\"“":
        return False
    end = body.find(np_text, pos, pos + len(np_text) + 2)
    return end >= 0 and body[end + len(np_text) : end + len(np_text) + 2].lstrip(",.")[:1] in ("\"", "”")


def clean_role(role: str | None) -> str | None:
    """A role as written, without its article: "the Tory leader" -> "Tory leader"."""
    if not role:
        return None
    role = re.sub(r"^(?:the|a|an)\s+", "", role.strip(), flags=re.I).strip(" ,")
    role = re.sub(r"\s+(?:the|a|an)$", "", role)
    return role or None
