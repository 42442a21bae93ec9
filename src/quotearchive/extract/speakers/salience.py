"""Salience: who is in focus at a point of the article, by the sentence walk back.

``salient`` walks back through the sentences before a position and takes, in
each, the first mention that fits what is wanted (a person of a gender, an
organisation): subjects come first in English, the one a sentence says spoke
before the others, and a quote already attributed counts as a mention of its
speaker.  A sentence whose subject is a pronoun or a description ("He said",
"The Tory leader said") is about someone further back, whom the walk goes on to
find; ``described`` is the person such an office means ("the Tory leader": the
one named with that role).  The pronoun rule (:mod:`.coreference`) and the
description rule (:mod:`.descriptions`) both ask this walk.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from ...lexicon.not_speakers import FRONTED_WORDS
from ...lexicon.people import PERSON_HEADS, PRONOUNS
from ...lexicon.referents import (
    COURT_OFFICE_HEADS, LEADER_HEADS, OFFICE_HEADS, OFFICE_QUALIFIERS, SAME_OFFICE_WORDS, STANDS_FOR_PERSON_HEADS,
)
from ..cues import SPEECH_VERBS, SPEECH_WORDS
from .antecedents import FOR_SOMEONE_RE, FOR_VIEWER_RE, viewer_of, walk_sentence_starts, yields_to_known_sex
from .model import Attribution, Entity, Referent
from .names import INVERTED_BEFORE_RE, SPOKE_AFTER_RE, Names
from .runs import gender_of

# Words opening a sentence before its subject: "And the American ...", "But he ...".
OPENING_CONJUNCTIONS = frozenset({"and", "but", "so", "yet"})

# How far back a pronoun looks for whom it means (characters).
LOOKBACK = 1500

# "the 23-year-old": an age standing for the person in focus (read here of a sentence's
# subject, and by :mod:`.descriptions` of a speaker).
AGE_HEAD_RE = re.compile(r"^\d{1,2}-year-old$")

# A reporting verb right after a pronoun ("he claimed", "she has said"); the match
# starts inside the pronoun, two letters after it begins ("he", "she": the tail).
SPEECH_AFTER_RE = re.compile(rf"[a-z]*[ \t]+(?:(?:has|had|also|then|later)[ \t]+)?(?:{SPEECH_VERBS})\b")

# A name used as a possessor: "Mr Blair's government".
POSSESSOR_RE = re.compile(r"(?:[A-Z][\w.-]*[ \t]+){0,3}[A-Z][\w-]*['’]s\b")

_position = itemgetter(0)  # of a (position, name, kind, gender, role) mention


def described(names: Names, pos: int, words: list[str]) -> Entity | None:
    """The person "the Tory leader" or "the judge" at ``pos`` means."""
    for k, w in enumerate(words[1:5], start=1):
        head = re.sub(r"^co-|['’]s?$|[.,;:]$", "", w.lower())
        if head in PERSON_HEADS:
            qualifier = words[k - 1].lower()
            office = f"{qualifier} {head}" if qualifier in OFFICE_QUALIFIERS else head
            if office == head and head in OFFICE_HEADS and k > 1 and qualifier.isalpha() and qualifier not in SAME_OFFICE_WORDS:
                # "The foreign secretary": the one the article names with that office, never
                # "Home Secretary Charles Clarke", the last "secretary" named (but "the new
                # chancellor" is the chancellor).
                office = f"{qualifier} {head}"
            entity = names.previous(pos, "person", role_head=office) or _described_before(names, pos, words)
            if entity is None and head in COURT_OFFICE_HEADS:
                return None  # ("the judge agreed to extend his curfew": not the defendant in focus)
            if entity is None:
                # "The Tory co-chairman attacked ...": news re-names the person in focus by role.
                found = salient(names, pos, "person", gender_of(None, head), describe=False)
                if found is not None and found.name is not None and found.kind is not None:  # (always both: a mention has them)
                    return names.person(found.name.split()) or Entity(found.name, found.kind, role=found.role)
            if entity is None and head in LEADER_HEADS:
                # "The president said": the article's main person, once named; a minister
                # named only further down is another person, introduced there.
                main = names.main_person()
                entity = main if main is not None and main.mentions and min(main.mentions) < pos else None
            return entity
        if w[-1:] in ",.;:" or w.lower() in SPEECH_WORDS:
            return None
    return None


def _described_before(names: Names, pos: int, words: list[str]) -> Entity | None:
    """The person the same description was given to at the first quote it stood for: news
    re-uses an office for the one it first meant ("The foreign secretary said ... The foreign
    secretary insisted" is Jack Straw both times, though Charles Clarke was named between),
    where no one named has the office as a role."""
    written = " ".join(words).lower()
    for e in range(bisect_left(names.event_pos, pos)):
        earlier = names.events[e][1]  # (the first: a later one may repeat a wrong guess)
        if earlier.speaker_type == "person" and earlier.speaker and (earlier.as_written or "").lower() == written:
            return names.person(earlier.speaker.split()) or Entity(earlier.speaker, "person", role=earlier.role)
    return None


def salient(names: Names, pos: int, want: str, gender: str = "?", describe: bool = True, past_pronouns: bool = False) -> Referent | None:
    """Like ``_salient``, trying people known to be people first."""
    found = _salient(names, pos, want, gender, describe, confirmed_only=True, past_pronouns=past_pronouns)
    if found is None and want == "person":
        found = _salient(names, pos, want, gender, describe, confirmed_only=False, past_pronouns=past_pronouns)
    return found


def _salient(names: Names, pos: int, want: str, gender: str, describe: bool, confirmed_only: bool, past_pronouns: bool = False) -> Referent | None:
    """The entity a pronoun at ``pos`` most likely means.

    Sentences are searched backwards from the pronoun's own; in each, the
    first fitting mention wins (subjects come first in English), and a
    quote already attributed counts as a mention of its speaker.
    """
    body = names.body
    lo = max(0, pos - LOOKBACK)
    bounds = [lo] + walk_sentence_starts(body, lo, pos)
    # (position, name, kind, gender, role) of each mention before the pronoun: a
    # plain tuple, only unpacked (a NamedTuple's constructor is a Python call, and
    # this list is rebuilt for every pronoun).
    found: list[tuple[int, str | None, str | None, str, str | None]] = []
    for k in range(bisect_left(names.positions, lo), bisect_left(names.positions, pos)):
        entity = names.entities[names.mention_entity[k]]
        if entity.kind == "person" and not entity.confirmed and confirmed_only:
            continue  # "Black Sabbath" is no "he" while a known person fits
        found.append((names.positions[k], entity.name, entity.kind, entity.gender, entity.role))
    if want == "person" and bounds:
        # "Mr Blair's government was a "...," he added": a person named in the pronoun's
        # own sentence only as a possessor is not the one speaking (that would be "his";
        # across sentences a possessor may be: "Mr Campbell's e-mail ... In it, he said").
        own = bounds[-1]
        # "Mr Blair has failed to tackle these problems, he claimed": a parenthetical
        # "he claimed" after a reported clause; the people in that clause are what was
        # said, not who said it.
        parenthetical = body[max(0, pos - 2) : pos] == ", " and SPEECH_AFTER_RE.match(body, pos + 2) is not None
        found = [m for m in found if m[0] < own or not (parenthetical or POSSESSOR_RE.match(body, m[0]))]
    for at, who in names.events[bisect_left(names.event_pos, lo) :]:
        if at >= pos:
            break
        kind = "organisation" if who.speaker_type == "organisation" else who.speaker_type
        found.append((at, who.speaker, kind, gender_of_speaker(names, who), who.role))
    found.sort(key=_position)
    found_at = list(map(_position, found))  # to cut out each sentence's mentions by bisection
    for b in range(len(bounds) - 1, -1, -1):
        s_lo = bounds[b]
        s_hi = bounds[b + 1] if b + 1 < len(bounds) else pos
        if want == "person" and body[s_lo : s_lo + 1] in "FBA" and FOR_VIEWER_RE.match(body, s_lo, s_hi):
            viewer = viewer_of(names, s_lo, s_hi, gender)
            if viewer is not None:
                return viewer
        s_lo, opener = _sentence_opening(body, s_lo, s_hi)
        if opener is not None and want == "person":
            subject = body[opener : opener + 60].split()
            near = found[bisect_left(found_at, opener) : bisect_left(found_at, opener + 80)]
            named = any(kind == "person" for _, _, kind, _, _ in near)
            # (not "The Ethiopian marathoner Feyisa Lilesa": a name in the subject's first words)
            if (describe or past_pronouns) and len(subject) > 1 and subject[0].lower() == "the" and (subject[1].lower() in STANDS_FOR_PERSON_HEADS or AGE_HEAD_RE.match(subject[1])) and not (
                    named and any(kind == "person" and at < opener + len(" ".join(subject[:4])) for at, _, kind, _, _ in near)):
                # "And the American remains critical. "...," he claimed" ("The 31-year-old was third"): about
                # the person in focus, whom "the American" stands for (with no name in
                # apposition: "the American," would be followed by one).
                focus = _salient(names, opener, want, gender, True, confirmed_only, past_pronouns=True)
                if focus is not None and focus.kind == "person":
                    return focus
                opener = None
            elif subject and subject[0].lower() == "the" and (not describe or named):
                opener = None  # "The chief inspector, David Bell, said": the name is right there
            elif subject and subject[0].lower() == "the":
                meant = described(names, opener, subject)
                opener = None
                if meant is not None and (gender == "?" or meant.gender in ("?", gender)):
                    return Referent(meant.name, meant.kind, meant.role)
            elif subject and PRONOUNS.get(subject[0].lower()) != gender and not (
                past_pronouns and subject[0].lower() in ("he", "she")
            ):
                opener = None
        in_sentence = found[bisect_left(found_at, s_lo) : bisect_left(found_at, s_hi)]
        if len(in_sentence) > 1:
            # The one the sentence says spoke ("..., argued Mr Howard") comes first.
            in_sentence.sort(key=lambda mention: not _speaks(body, _position(mention)))
        for at, name, kind, g, role in in_sentence:
            if not s_lo <= at < s_hi:
                continue
            if want == "person" and kind not in ("person", "description"):
                continue
            if want == "person" and kind == "description" and g == "?":
                continue
            if want == "organisation" and kind != "organisation":
                continue
            if gender != "?" and (g not in ("?", gender) or g == "?" and yields_to_known_sex(body, at, gender, in_sentence, s_lo, s_hi)):
                continue
            if opener is not None and opener < at:
                break  # the sentence's subject is a pronoun or description: look further back
            return Referent(name, kind, role)
    return None


def _speaks(body: str, at: int) -> bool:
    """Is the mention at ``at`` the subject or object of a speech verb?"""
    if SPOKE_AFTER_RE.match(body, at, at + 90):
        return True
    # '"...," argued Mr Howard' -- but not "Parry admits Gerrard will ...", where the
    # name after the verb is what was said.
    return bool(INVERTED_BEFORE_RE.search(body, max(0, at - 30), at))

# A past participle opening a sentence before its preposition ("Dismayed by his memory of Bill
# Clinton's years in office, he ...", "Asked about Mr Brown, she ..."): a fronted phrase, whose
# names are not the sentence's subject.
PARTICIPLE_PHRASE_RE = re.compile(r"[A-Z][a-z]{3,}ed (?:by|about|with|at|on|in|over|from|to|for) ")
# So a reporter's question put before the answer: "Asked whether he would accept gifts from Lord Alli,
# he said", "Asked again if ...", "Asked why ...": the question's names are not who answers.  The
# question may hold commas of its own ("Asked whether the nominee, who has called it a hoax, could win,
# Ban demurred"): the answer starts after the first comma before a capital or "he"/"she"/"they" (and
# its subject may have an apposition: "Asked if ..., Michael Briggs, Sanders's spokesman, said").
ASKED_RE = re.compile(r"Asked (?:(?:again|later|repeatedly|then|also) )?(?:whether|if|why|what|how|when|where|who) ")
ANSWER_COMMA_RE = re.compile(r", (?=[A-Z]|(?:he|she|they) )")
PRONOUN_ANSWER_RE = re.compile(r", (?=(?:he|she|they) )")
# A name set off by commas inside the question ("whether his predecessor, Tony Blair, should"): its
# opening comma is no answer's.
APPOSITION_AHEAD_RE = re.compile(r"(?:[A-Z][\w'’.-]*(?:['’]s)?[ ]){0,4}?[A-Z][\w'’.-]*(?:['’]s)?(?:[ ][a-z]+){0,2},[ ]")
QUOTE_MARK_RE = re.compile(r"[\"“”]")
FIRST_COMMA_RE = re.compile(r", ")
ASKED_REACH = 400


def _answer_comma(question: str, end: int) -> re.Match[str] | None:
    """Where a fronted question ("Asked whether ..., he said") ends: before the answer's pronoun,
    else at the first comma before a capital that opens no apposition inside the question."""
    pronoun = PRONOUN_ANSWER_RE.search(question, 0, end)
    if pronoun is not None:
        return pronoun
    for comma in ANSWER_COMMA_RE.finditer(question, 0, end):
        if not APPOSITION_AHEAD_RE.match(question, comma.end()):
            return comma
    return None


def _sentence_opening(body: str, s_lo: int, s_hi: int) -> tuple[int, int | None]:
    """Skip a fronted phrase ("At a conference hosted by X, he said"); then (where the
    sentence starts, where its subject starts when that is "he", "she" or "the ...")."""
    text = body[s_lo : min(s_hi, s_lo + 160)]
    first = text.split(" ", 1)[0]  # (a quote mark first: '"Getting there was hard," said X' fronts no phrase)
    if ASKED_RE.match(text):
        question = body[s_lo : min(s_hi, s_lo + ASKED_REACH)]  # (a long question: past the 160 characters)
        mark = QUOTE_MARK_RE.search(question)
        comma = _answer_comma(question, mark.start() if mark else len(question)) or FIRST_COMMA_RE.search(text)
        if comma is not None and body.startswith(", ", s_hi - 2) and comma.end() < s_hi - s_lo and mark is None:
            # "Asked what he thought of Boris Johnson, the prime minister, he said": the pronoun
            # being read answers (this sentence ends at it), so all before it is the question.
            return s_hi, None
        if comma is not None:
            s_lo += comma.end()
            text = body[s_lo : min(s_hi, s_lo + 160)]
    elif (first.lower() in FRONTED_WORDS and not FOR_SOMEONE_RE.match(text)) or first.endswith("ing") and first[:1].isupper() or PARTICIPLE_PHRASE_RE.match(text):
        comma = text.find(", ")
        if comma > 0:
            s_lo += comma + 2
            text = text[comma + 2 :]
    word = text.split(" ", 1)[0].strip("\"“").lower()
    skipped = 0
    if word in OPENING_CONJUNCTIONS and " " in text and text[:1].isalpha():
        # "And the American remains critical", "But he said": the subject follows the
        # conjunction (but not in a quote's own sentence: '"But once I got the scans').
        skipped = len(text) - len(text.split(" ", 1)[1])
        word = text[skipped:].split(" ", 1)[0].lower()
    if word in ("he", "she", "the"):
        return s_lo, s_lo + skipped + (len(text) - len(text.lstrip()))
    return s_lo, None


def gender_of_speaker(names: Names, who: Attribution) -> str:
    """The gender of a quote's speaker, from the name table or the words given."""
    if who.speaker_type == "person" and who.speaker:
        entity = names.person(who.speaker.split())
        if entity is not None:
            return entity.gender
        return gender_of(who.as_written.split()[0] if who.as_written else None, None)
    return gender_of(None, who.speaker)
