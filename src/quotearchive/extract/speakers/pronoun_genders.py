"""A person's sex read from the article's own pronouns (session 23).

The name table knows a person's sex from a title, a role word or a first name in the lexicon; a
first name it lacks ("Attallah Shabazz", "Kirby Smith", "Feyisa Lilesa") leaves it unknown, and a
"she said" may then go to a man the article has called "he" all along.  The article itself says
it: a pronoun later in the sentence that can only be the person's ("Kirby Smith arrived with his
wife", "Rock star Ozzy Osbourne has said his family ...").  Read only where the name opens its
sentence (a subject: "The minister thanked Abena Osei before he left" says nothing of Osei) and
nothing else can take the pronoun: no other name, no noun phrase ("said the gunman ran before he",
"visited the hospital where her mother works"), no quotation between; the name not a possessor
("Lee's wife said she") nor followed by an apposition about someone else ("Abena Osei, his
widow,"); and a "him", "them" or "her" as an object first stops the reading ("Yuki Tanaka praised
him, saying he ...").  A person the article calls both "he" and "she" stays unknown; a lone first
name the lexicon knows keeps the lexicon's sex ("Lucy").

What it is used for: a "she said" that the resolver would give to a person the article calls "he"
(or the reverse) gets no speaker rather than that person (:func:`.coreference.resolve_pronoun`).
It is not entered as the person's sex in the name table: tried, the resolver then looked further
back and most often found another wrong person (a book's title, a namesake), since the one who
spoke is usually someone the table never held ("His wife Sharon ... agreed").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ...lexicon.people import FEMALE_NAMES, FEMALE_WORDS, MALE_NAMES, MALE_WORDS, PERSON_HEADS, ROLE_WORDS
from .model import Entity
from .runs import CAP_RUN_RE
from .sentence_bounds import walk_sentence_starts

# How far past the name a pronoun may stand and still be read (a sentence's worth).
REACH = 160
# The first pronoun after the name; a quotation mark or the sentence's end stops the reading.
PRONOUN_OR_STOP_RE = re.compile(r"\b(he|she|his|himself|herself|her|him|them)\b|[\"“”]|[.!?;](?=\s)|\n", re.I)
# An apposition or relative about someone else right after the name: "Abena Osei, his widow,".
APPOSITION_AFTER_RE = re.compile(r"\s*,\s*(?:his|her|whose|their)\b", re.I)
DETERMINERS = frozenset("the a an this that these those another".split())
# "her" is a possessive ("her husband") only before a word that is no preposition, article or conjunction.
NOT_AFTER_POSSESSIVE_HER = frozenset(
    "a an the and or but to for from with at in on of by as that this about up down out off back "
    "again after before over into than if when while because".split()
)
WORD_RE = re.compile(r"[a-z][\w'’-]*", re.I)
# Nouns for people, whose pronoun the sentence may be giving instead ("his lawyer said he").
PEOPLE_NOUNS = frozenset(w.lower() for w in ROLE_WORDS | PERSON_HEADS | MALE_WORDS | FEMALE_WORDS) | frozenset(
    "man men woman women boy boys girl girls wife husband son sons daughter daughters mother father "
    "brother sister friend friends partner colleague colleagues neighbour neighbor lawyer lawyers doctor "
    "officer officers teacher aide aides staff fan fans player players rival rivals child children "
    "patient patients victim victims witness witnesses driver pupil student students worker workers".split()
)
GENDER_OF = {"he": "m", "his": "m", "himself": "m", "she": "f", "herself": "f", "her": "f"}
# Words that may stand before a name that opens its sentence: capitalised ones, roles ("Rock star").
OPENER_WORDS = frozenset(w.lower() for w in ROLE_WORDS | PERSON_HEADS)
# A name in a clause these open is not the sentence's subject.
SUBORDINATORS = frozenset("when if as after before while although though because since until once unless whether".split())


def shown_genders(body: str, entities: Sequence[Entity], positions: Sequence[int],
                  quotes: Sequence[tuple[int, int]]) -> dict[str, str]:
    """The sex the article's pronouns show for each person of unknown sex, where they agree
    (name -> "m" or "f"); ``positions``: every name's mention, sorted; ``quotes``: the quotations' spans."""
    quote_starts = [s for s, _ in quotes]
    shown_by_name: dict[str, str] = {}
    for entity in entities:
        if entity.kind != "person" or entity.gender != "?":
            continue
        shown: set[str] = set()
        if " " not in entity.name and (entity.name in MALE_NAMES or entity.name in FEMALE_NAMES):
            continue  # "Lucy": the lexicon's sex, which the table leaves to the pronoun rules
        for at in entity.mentions:
            q = bisect_right(quote_starts, at) - 1
            if q >= 0 and at < quotes[q][1]:
                continue  # a name inside a quotation: what was said
            sex = _pronoun_after(body, positions, at)
            if sex:
                shown.add(sex)
        if len(shown) == 1:
            shown_by_name[entity.name] = shown.pop()
    return shown_by_name


def _pronoun_after(body: str, positions: Sequence[int], at: int) -> str | None:
    """The sex a pronoun later in the sentence gives the person named at ``at``, if it can only be theirs."""
    if not _opens_sentence(body, at):
        return None  # "The minister thanked Abena Osei before he left": the pronoun is the subject's
    run = CAP_RUN_RE.match(body, at)
    end = run.end() if run else at
    if APPOSITION_AFTER_RE.match(body, end):
        return None
    if body[end : end + 2] in ("'s", "’s") or body[end : end + 1] in ("'", "’"):
        return None  # "Lee's wife said she": the pronoun is the possessed one's
    stop = PRONOUN_OR_STOP_RE.search(body, end, end + REACH)
    if stop is None or not stop.group(1) or stop.group(1).lower() in ("him", "them"):
        return None
    # Another name between: the pronoun may be theirs ("Lee met Obama and his wife").
    k = bisect_right(positions, end)
    if k < len(positions) and positions[k] < stop.start():
        return None
    between = WORD_RE.findall(body, end, stop.start())
    if any(w.lower() in PEOPLE_NOUNS or w.lower() in DETERMINERS or w[:1].isupper() for w in between):
        return None  # "asked the minister if he", "told Reuters he": someone else the pronoun may be
    word = stop.group(1).lower()
    if word == "her":
        following = WORD_RE.match(body, stop.end() + 1)
        if body[stop.end() : stop.end() + 1] != " " or following is None or following.group().lower() in NOT_AFTER_POSSESSIVE_HER:
            return None  # "Lee thanked her", "told her that": an object, someone else
    return GENDER_OF[word]


def _opens_sentence(body: str, at: int) -> bool:
    """Does the name at ``at`` open its sentence, after at most a few capitalised or role words?"""
    lo = max(0, at - 80)
    # (the name's own capital read too, so a sentence it opens is found; no abbreviation's stop
    # ends a sentence: "said Sen. Kirby Smith" opens none)
    starts = [s for s in walk_sentence_starts(body, lo, at + 1) if s <= at]
    if not starts and lo > 0:
        return False
    words = body[starts[-1] if starts else lo : at].split()
    if words and words[0].lower() in SUBORDINATORS:
        return False  # "When Winfrey asked if he could share ..., he declined": the main clause's
    return len(words) <= 4 and all(w[:1].isupper() or w.lower() in OPENER_WORDS for w in words)
