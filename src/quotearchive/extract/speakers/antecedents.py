"""Pronouns that stand for the speaker of the statement right before them.

"..., experts warned. They say ...", "..., the TUC has said. It said ...": news goes on
with a pronoun for the group or body whose statement it has just reported.  Where the
sentence walk of :mod:`.salience` finds no one, "they" takes a plural speaker and
"it" a body's, when that statement stands in the pronoun's own sentence or the one
before and the pronoun opens a clause.  A person is never "they" or "it"; further back,
the speaker is no longer the one meant.

With no such statement, "they" and "it" take the group, body or document that is the subject
of the pronoun's own sentence or the one before ("Phone companies refuse to pay because they
say", "The report also explored ... It said"), and "it" the company a market report names by
its shares ("Shares in Acme fell after it warned").  "He"/"she" reach an unnamed spokesman
whose statement opened one of the last sentences (:func:`spokesperson_before`), and the person
a sentence's opening "For X," gives the view of (:func:`viewer_of`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Callable

from ...lexicon.people import GROUP_SPEAKERS, ORG_HEADS, PRONOUNS, REFERRING_ORG_HEADS
from ...lexicon.referents import PLURAL_BODY_HEADS, PLURAL_SPEAKER_HEADS
from ...text.sentences import sentence_starts
from ..cues import SPEECH_VERBS
from .families import FAMILY_SUBJECT_RE, family_subject
from .model import Attribution, Referent
from .names import Names
from .runs import gender_of, parse_run
from .sentence_bounds import walk_sentence_starts

__all__ = [
    "DOCUMENT_HEADS", "FOR_SOMEONE_RE", "FOR_VIEWER_RE", "body_just_before", "body_subject_before", "company_by_its_shares",
    "group_just_before", "group_subject_before", "spokesperson_before", "viewer_of", "walk_sentence_starts",
    "yields_to_known_sex",
]

# Nouns of documents a statement is credited to ("the report said", "a study found").
DOCUMENT_HEADS = frozenset({"report", "study", "survey"})
# How far back the statements before a pronoun are looked at (characters; the same reach as
# the sentence walk of :mod:`.salience`).
STATEMENT_LOOKBACK = 1500


def body_just_before(names: Names, pos: int) -> Attribution | None:
    """The body an "it" at ``pos`` stands for: the speaker of the statement right before, when
    that is an organisation, a document, or a description headed by a body's or a document's
    noun ("The company", "the study")."""
    return _statement_just_before(names, pos, _is_body)


# Market copy names a company by its shares and goes on with "it" for the company: "Shares in
# Acme Foods fell 9% after it warned ...", "Acme's shares rose after it said", "Acme saw its shares
# rise after it said".  The company's name is the capitalised run that ends the words before the
# shares' verb ("Shares in Australian budget airline Acme Air plunged": Acme Air).
MARKET_VERBS = (
    "fell|rose|dropped|jumped|plunged|slumped|tumbled|surged|soared|climbed|slid|gained|lost|sank|dipped|"
    "rallied|advanced|edged|shed|added|closed|ended|were|have|had"
)
SHARES_OF_COMPANY_RE = re.compile(
    rf"[\"“]?(?:Shares[ \t]+(?:in|of)[ \t]+((?:[\w&.'’-]+[ \t]+){{0,6}}?[\w&.-]+)(?=,|[ \t]+(?:{MARKET_VERBS})\b)"
    rf"|((?:[A-Z][\w&.-]*[ \t]+(?:&[ \t]+)?){{0,4}}[A-Z][\w&.-]*)(?:['’]s[ \t]+shares|[ \t]+saw[ \t]+its[ \t]+shares)\b)"
)
NAME_AT_END_RE = re.compile(r"(?:^|[ \t])((?:[A-Z][\w&.-]*[ \t]+(?:&[ \t]+)?){0,4}[A-Z][\w&.-]*)$")
# Between the company and the pronoun: another company's clause makes "it" unclear.
OTHER_COMPANY_CLAUSE_RE = re.compile(r"\b(?:while|whereas)\b|;|\band[ \t]+(?:rival[ \t]+)?[A-Z]")
# An "it" the company of the shares stands for: in a clause after the shares' verb.
IT_AFTER_SHARES_RE = re.compile(r"\b(?:after|as|when|because|since|but|and)[ \t]+$")
NOT_COMPANY_FIRST = frozenset({"The", "Its", "Their", "His", "Her", "Other", "European", "Asian", "US", "UK", "Japanese", "Tokyo", "London"})


def company_by_its_shares(body: str, pos: int) -> str | None:
    """"Shares in Acme Foods fell 9% after it warned ...": the company whose shares open the
    sentence holding the "it" at ``pos``, when the pronoun opens a clause after them
    ("after it", "as it") and no other company's clause stands between."""
    if not IT_AFTER_SHARES_RE.search(body, max(0, pos - 10), pos):
        return None
    starts = sentence_starts(body, max(0, pos - STATEMENT_LOOKBACK), pos)
    found = SHARES_OF_COMPANY_RE.match(body, starts[-1] if starts else 0, pos) if starts or pos < STATEMENT_LOOKBACK else None
    if found is None:
        return None
    words = found.group(1) or found.group(2)
    name = NAME_AT_END_RE.search(words)
    if name is None or re.search(r"['’]s\b|\band\b", words) or name.group(1).split()[0] in NOT_COMPANY_FIRST:
        return None  # "Shares in Germany's X, the UK's Y and ...": one company of several; "European shares"
    if OTHER_COMPANY_CLAUSE_RE.search(body, found.end(), pos):
        return None
    return name.group(1)


def _is_body(who: Attribution) -> bool:
    """Is a statement's speaker one "it" may stand for: an organisation, a document, or a
    description headed by a body's or a document's noun ("The company", "the study")?"""
    if who.speaker_type in ("organisation", "document"):
        return True
    head = re.sub(r"['’]s$", "", (who.speaker or "").split()[-1].lower()) if who.speaker else ""
    return who.speaker_type == "description" and (head in REFERRING_ORG_HEADS or head in DOCUMENT_HEADS or head in ORG_HEADS)


def _is_group(who: Attribution) -> bool:
    """Is a statement's speaker plural, one "they" may stand for ("experts", "The MPs", "the Tories")?"""
    if not who.speaker or who.speaker_type in ("person", "document"):
        return False
    head = re.sub(r"['’]$", "", who.speaker.split()[-1]).lower()
    return head in GROUP_SPEAKERS or head in PLURAL_SPEAKER_HEADS or head.endswith("s") and not head.endswith(("ss", "us", "is")) and len(who.speaker.split()) > 1


def group_just_before(names: Names, pos: int) -> Attribution | None:
    """"..., experts warned. They say there are no guarantees": "they" is the group whose
    statement stands right before it, in its own sentence or the one before, when that
    speaker is plural; a person or a singular body is no "they", and further back the group
    is no longer the one meant."""
    return _statement_just_before(names, pos, _is_group)


# What stands before a pronoun that opens a sentence or a clause of its own: a sentence's start,
# a comma ("As a result, they say"), "and"/"but"/"while" ("and they rejected ..."), or a sentence
# adverb opening the sentence without a comma ("Inevitably they insist", "Now they have promised":
# the adverb is no subject, the pronoun still is).
PRONOUN_OPENS_CLAUSE_RE = re.compile(
    r"(?:^|[.!?:;\"“”]\s*|,\s+|\n\s*|\b(?i:and|but|while|so|because|although|though)\s+"
    r"|(?:^|[.!?\"”]\s+|\n\s*)(?:[A-Z][a-z]{2,}ly|Now|Instead|Still|Yet|Also|Meanwhile|Indeed|Later|Earlier|Previously)\s+)$"
)
# How far before a pronoun the clause opening is looked for (characters: "Inevitably " and the
# sentence end before it).
CLAUSE_OPENING_REACH = 24


def _statement_just_before(names: Names, pos: int, fits: Callable[[Attribution], bool]) -> Attribution | None:
    """The speaker of the statement standing right before ``pos`` (in its sentence or the one
    before), when ``fits`` says the pronoun may stand for it."""
    if not PRONOUN_OPENS_CLAUSE_RE.search(names.body, max(0, pos - CLAUSE_OPENING_REACH), pos):
        return None  # "what some call people who they believe ...": a clause's own "they", no speaker's
    k = bisect_left(names.event_pos, pos) - 1
    if k < 0:
        return None
    at, who = names.events[k]
    lo = max(0, pos - STATEMENT_LOOKBACK)
    starts = [lo] + [s for s in sentence_starts(names.body, lo, pos + 1) if s <= pos]
    previous = starts[-2] if len(starts) >= 2 else lo
    if at < previous or not who.speaker or who.speaker.split()[0].lower() in PRONOUNS:
        return None  # ("They claim government figures": a speaker read wrong before is passed on no further)
    return who if fits(who) else None


# A sentence's subject that is a group of people: up to four words ending in a plural noun of
# people or bodies, then a verb ("Phone companies refuse ...", "United fans have reacted ...",
# "Iranian authorities have arrested ..."), after an opening "But", "And", "However,".  A possessive
# "his" is no plural head ("Gallagher and his colleagues asked": the head is "colleagues", session 18).
GROUP_SUBJECT_RE = re.compile(
    r"[\"“]?(?:(?:But|And|So|Yet|However,|Meanwhile,|Now)[ \t]+)?"
    r"((?:[Tt]he[ \t]+)?(?:[\w'’&-]+[ \t]+){0,3}?(?!(?:his|its|this)\b)([A-Za-z]+s))[ \t]+(?!(?:of|and|or|in|at|for|from|with|who|which|that|to|on|by)\b)[a-z]{2,}\b"
)
# Words a group subject's first word never is: determiners that make it a part or a quantity
# ("Some analysts", "Many fans" speak for no whole group), pronouns.
SENTENCE_END_RE = re.compile(r"(?<!\.[A-Z])[.!?][\"”’]?\s")  # (not the stop of "U.S.", "D.C.")
NOT_GROUP_OPENERS = frozenset("some many most few several all both other these those their its his her our two three".split())


def group_subject_before(names: Names, pos: int) -> Attribution | None:
    """"Phone companies refuse to pay because they say ...", "Iranian authorities have arrested
    20 journalists. They accused ...": "they" is the group of people or bodies that is the subject
    of its own sentence or the one before, when no statement's speaker stands for it; only where
    the pronoun opens a clause, and never further back."""
    for found in _opening_subjects(names, pos, GROUP_SUBJECT_RE):
        subject, head = found.group(1), found.group(2).lower()
        if subject.split()[0].lower() in NOT_GROUP_OPENERS or not (
                head in GROUP_SPEAKERS or head in PLURAL_SPEAKER_HEADS or head in PLURAL_BODY_HEADS):
            continue
        return Attribution(subject, "description", None, subject, None, found.start(1))
    for found in _opening_subjects(names, pos, FAMILY_SUBJECT_RE):
        if family := family_subject(found):  # "Cameron's family issued a tribute. They said:" (session 19)
            return Attribution(family, "description", None, family, None, found.start(1))
    return None


def _opening_subjects(names: Names, pos: int, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``pattern`` matched at the start of the sentence holding the pronoun at ``pos``, then of the
    one before (its group 1 ending before the pronoun), where the pronoun opens a clause."""
    body = names.body
    if not PRONOUN_OPENS_CLAUSE_RE.search(body, max(0, pos - CLAUSE_OPENING_REACH), pos):
        return
    lo = max(0, pos - STATEMENT_LOOKBACK)
    starts = [lo] + sentence_starts(body, lo, pos)
    for start in (starts[-1], starts[-2]) if len(starts) > 1 else (starts[-1],):
        found = pattern.match(body, start, pos)
        if found is None or found.end(1) >= pos:
            continue
        if len(SENTENCE_END_RE.findall(body, found.end(), pos)) > 1:
            continue  # (a sentence break the sentence splitter missed: "year.  Over the past ...")
        yield found


# A sentence's subject that is a body or a document named by its kind: "The company didn't give
# details ... but it said", "The report by X reveals that ... It also shows", "The computer giant
# has sued three men ... It said": "the", up to two words, a body's or a document's noun.
BODY_SUBJECT_RE = re.compile(
    r"[\"“]?(?:(?:But|And|So|Yet|However,|Meanwhile,)[ \t]+)?((?:The|the)(?:[ \t]+[\w'’-]+){1,3})"
)
BODY_SUBJECT_HEADS = REFERRING_ORG_HEADS | DOCUMENT_HEADS | frozenset({"giant", "government", "ministry", "department", "committee", "commission"})
# What may follow a body's noun that heads its phrase: a verb ("has", "said", "reveals", "didn't")
# or a preposition's phrase ("The report by X"). Another noun after it ("The government building
# was evacuated") is the head, and the body's word only a modifier: the building is no "it" that says.
BODY_HEAD_THEN_RE = re.compile(
    r"(?:by|of|in|at|for|on|with|from|which|that|who|also|has|had|have|is|was|were|did|does|do|said|says|would|will|"
    r"could|can|may|might|should|must|[a-z]+n[’']t|[a-z]+ed|[a-z]+(?<!s)s)[,.]?$"
)


def body_subject_before(names: Names, pos: int) -> tuple[str, int] | None:
    """"The company didn't give details but it said ...": the description of a body or a
    document that is the subject of the sentence holding "it" at ``pos`` or the one before
    (the phrase and where it stands; :mod:`.descriptions` resolves it), where the pronoun opens
    a clause and no statement's speaker stood for it."""
    for found in _opening_subjects(names, pos, BODY_SUBJECT_RE):
        words = found.group(1).split()
        k = next((k for k, w in enumerate(words[1:], start=1) if w in BODY_SUBJECT_HEADS), None)
        if k is None:
            continue
        if k + 1 < len(words) and not BODY_HEAD_THEN_RE.match(words[k + 1]):
            continue  # "The government building was evacuated": the body's word modifies another noun
        return " ".join(words[: k + 1]), found.start(1)
    return None


# "For analyst Jo Marsh, the decision was an error. "...," she said": a fronted "For" and a name
# (or a capitalised role before one) gives whose view the sentence is; unlike "At a conference
# hosted by X," its person is the one a pronoun after it means, so the phrase is not skipped.
# The words between "For" and the name are a role ("For market analyst X"), never "For example
# in West Ham", "For years the Tories".
_ROLE_WORDS_BEFORE_NAME = (
    r"(?:(?!(?:example|instance|in|at|on|of|to|by|the|a|an|his|her|their|its|years|decades|months|weeks|days"
    r"|now|once|more|most|some|many|much|all|both)\b)[a-z]+[ \t]+){0,2}"
)
FOR_SOMEONE_RE = re.compile(rf"For[ \t]+{_ROLE_WORDS_BEFORE_NAME}[A-Z][a-z]")
# The same after a conjunction ("But for Allen Weiner, a research director, the future ...").
FOR_VIEWER_RE = re.compile(rf"(?:(?:But|And)[ \t]+for|For)[ \t]+{_ROLE_WORDS_BEFORE_NAME}[A-Z][a-z]")


def viewer_of(names: Names, s_lo: int, s_hi: int, gender: str) -> Referent | None:
    """"(But) for Allen Weiner, a research director, the future ...": the person named in a
    sentence's opening "for" phrase, whose view the sentence gives, known to the name table
    or not (a name with no first name the lexicon knows is still the person meant)."""
    comma = names.body.find(",", s_lo, s_hi)
    if comma < 0:
        return None
    for k in range(bisect_left(names.positions, s_lo), bisect_left(names.positions, comma)):
        entity = names.entities[names.mention_entity[k]]
        if entity.kind == "person" and (gender == "?" or entity.gender in ("?", gender)):
            return Referent(entity.name, "person", entity.role)
    # (a first name the lexicon does not know leaves the name out of the table: the run before
    # the comma, read as a name, known later by its surname or not)
    run = VIEWER_NAME_RE.search(names.body, s_lo, comma)
    parsed = parse_run(run.group(1)) if run is not None else None
    if parsed is None or parsed.kind != "person" or len(parsed.tokens) < 2:
        return None
    entity = names.person(parsed.tokens)
    if entity is not None and entity.kind == "person":
        return Referent(entity.name, "person", entity.role) if gender == "?" or entity.gender in ("?", gender) else None
    if gender != "?" and gender_of(None, None, parsed.tokens[0]) not in ("?", gender):
        return None
    return Referent(" ".join(parsed.tokens), "person", None)


# The name ending a "for" phrase: capitalised words right before its comma.
VIEWER_NAME_RE = re.compile(r"[ \t]((?:[A-Z][\w'’-]+[ \t]+){1,2}[A-Z][\w'’-]+)$")


# How far back an unnamed spokesman opening a sentence still speaks (characters).
SPOKESPERSON_LOOKBACK = 600
# "The prime minister's official spokesman said ...", opening a sentence.
SPOKESPERSON_SUBJECT_RE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))((?:A|An|The)[ \t]+(?:[\w'’-]+[ \t]+){{0,4}}?(spokesman|spokeswoman|spokesperson)"
    rf"(?:[ \t]+(?:for|at|from)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’&-]*[ \t]*){{1,5}})?)[ \t]+(?:(?:has|had|also)[ \t]+)?(?:{SPEECH_VERBS})\b"
)


def spokesperson_before(gender: str, pos: int, names: Names) -> Attribution | None:
    """"A spokesman for the OUP said that ... "...," he said": the unnamed spokesman,
    when he opened one of the last sentences and no one has been named since."""
    lo = max(0, pos - SPOKESPERSON_LOOKBACK)
    if names.body.find("spokes", lo, pos) < 0:
        return None  # the common case, at the cost of one substring search
    found = None
    for m in SPOKESPERSON_SUBJECT_RE.finditer(names.body, lo, pos):
        found = m
    if found is None:
        return None
    head = found.group(2).lower()
    if gender != {"spokesman": "m", "spokeswoman": "f"}.get(head, gender):
        return None
    for k in range(bisect_left(names.positions, found.end()), bisect_left(names.positions, pos)):
        entity = names.entities[names.mention_entity[k]]
        if entity.kind == "person" and not (entity.gender in ("m", "f") and entity.gender != gender):
            return None  # someone named in between (a man named in a spokeswoman's statement is no "she")
    if bisect_left(names.event_pos, pos) != bisect_left(names.event_pos, found.end()):
        return None  # a quote attributed in between
    np_text = found.group(1).strip()
    return Attribution(np_text, "description", None, np_text, None, found.start(1))


# A name as a possessor ("all of Apatow's other films"), its words before the "'s".
NAMED_POSSESSOR_RE = re.compile(r"(?:[A-Z][\w.-]*[ \t]+){0,3}[A-Z][\w-]*['’]s\b")


def yields_to_known_sex(body: str, at: int, gender: str, mentions: list[tuple[int, str | None, str | None, str, str | None]],
                        s_lo: int, s_hi: int) -> bool:
    """Does the person of unknown sex at ``at``, named there only as a possessor, give way to a
    person of the pronoun's ``gender`` named in the same sentence?  "That the film outstripped
    all of Apatow's other films puts Wiig in the zone ... "...," she says": a possessor is seldom
    the one the next "she" means, and a woman named beside it is. ``mentions``: the walk's
    (position, name, kind, gender, role) tuples of the sentence ``s_lo``-``s_hi``."""
    if NAMED_POSSESSOR_RE.match(body, at) is None:
        return False
    return any(s_lo <= m_at < s_hi and kind == "person" and g == gender for m_at, _, kind, g, _ in mentions)
