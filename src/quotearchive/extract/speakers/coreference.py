"""Coreference: whom "he", "the president" or "the firm" means.

A pronoun walks back through the sentences before it and takes the first
mention that fits in each (subjects come first in English; a quote already
attributed counts as a mention of its speaker; gender comes from titles, role
words and common first names).  "the president" / "the Tory leader" takes the
person last named with that role, else the person in focus; "the Dutchman"
and "the 23-year-old" the person in focus; "the firm" the organisation last
named or speaking.  An unnamed "A spokesman for X said ..." stays the speaker
of the "he said" after it until someone else is named.  "The archbishop" is the
person last named with that title ("Archbishop Desmond Tutu"); "they", and "it" where
the walk finds no body, the group or body whose statement stands right before
(:mod:`.antecedents`).  Nothing is guessed: no fitting mention gives no speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from ...lexicon.people import (
    ALWAYS_ORG_HEADS,
    COUNTRY_ABBREVIATIONS,
    NATIONALITIES,
    ORG_HEADS,
    PERSON_HEADS,
    PRONOUNS,
    REFERRING_ORG_HEADS,
)
from ...lexicon.not_speakers import FRONTED_WORDS
from ...lexicon.referents import (
    COURT_OFFICE_HEADS, EPITHET_HEADS, FOCUS_PERSON_NOUNS, FOCUS_ROLE_HEADS, LEADER_HEADS, OFFICE_HEADS,
    OFFICE_QUALIFIERS, SAME_OFFICE_WORDS, STANDS_FOR_PERSON_HEADS, TITLE_DESCRIPTION_HEADS,
)
from ...text.patterns import last_after_word
from ..cues import SPEECH_VERBS, SPEECH_WORDS
from .antecedents import (
    DOCUMENT_HEADS, FOR_SOMEONE_RE, FOR_VIEWER_RE, body_just_before, body_subject_before, company_by_its_shares, group_just_before,
    group_subject_before, spokesperson_before, viewer_of, walk_sentence_starts, yields_to_known_sex,
)
from .kinds import introduced_company
from .model import Attribution, Entity, Referent
from .names import INVERTED_BEFORE_RE, SPOKE_AFTER_RE, Names
from .runs import gender_of, parse_run

# "the report said" after "a report from the World Bank" (the body's whole name): the document as introduced.
DOCUMENT_INTRO_RE = re.compile(
    r"\b(?:a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?(?:report|study|survey)"
    r"(?:[ \t]+(?:by|from|for|published[ \t]+by)[ \t]+(?:the[ \t]+)?(?:[\w'’&-]+[ \t]+){0,5}?[A-Z][\w'’&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’&-]*)*)?"
)
# Words opening a sentence before its subject: "And the American ...", "But he ...".
OPENING_CONJUNCTIONS = frozenset({"and", "but", "so", "yet"})
# How far back a pronoun looks for whom it means (characters).
LOOKBACK = 1500
# A name right after a kind noun ("magazine Mobile World", "giant Marks & Spencer"): capitalised
# words, "&" allowed between them (see ``_named_with_kind``); what a capital there may be
# that is no name: a day, a month, a sentence's next word.
KIND_NAME_RUN = r"[A-Z][\w'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’-]*){0,4}"
NAME_AFTER_KIND_RE = re.compile(rf"[ \t]+({KIND_NAME_RUN})")  # after the kind word: ``last_after_word``
KIND_MODIFIER_REACH = 60
# ("club", "side", "team": sport names many, the one named with its kind is seldom the one meant.)
KIND_NOT_HEADS = frozenset("the a an in of on at for by to from with and or but said says club side team".split())
# Kinds that are bodies whatever their name looks like ("club Borussia Dortmund", "magazine Rolling Stone").
KIND_BODY_HEADS = frozenset(
    "firm company group bank club side team magazine newspaper paper band label studio broadcaster "
    "network channel charity agency giant maker retailer publisher developer watchdog regulator "
    "airline carrier operator organisation organization union party council".split()
)
KIND_NAME_NOT_FIRST = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December The A An In On At It He She They This That But And I "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
AGE_HEAD_RE = re.compile(r"^\d{1,2}-year-old$")
# After these an age description goes on describing ("who presents X"); up to 5 words before them.
AGE_DESCRIPTION_ENDS = frozenset({"of", "who", "whose", "from", "with"})
# The most words an epithet may have ("the world 200m and 400m record holder").
EPITHET_MAX_WORDS = 8


# A reporting verb right after a pronoun ("he claimed", "she has said"); the match
# starts inside the pronoun, two letters after it begins ("he", "she": the tail).
SPEECH_AFTER_RE = re.compile(rf"[a-z]*[ \t]+(?:(?:has|had|also|then|later)[ \t]+)?(?:{SPEECH_VERBS})\b")
# A name used as a possessor: "Mr Blair's government".
POSSESSOR_RE = re.compile(r"(?:[A-Z][\w.-]*[ \t]+){0,3}[A-Z][\w-]*['’]s\b")

_position = itemgetter(0)  # of a (position, name, kind, gender, role) mention


def resolve_pronoun(low: str, written: str, pos: int, cue_word: str | None, names: Names) -> Attribution:
    """The speaker a pronoun (``low``: lower-cased, ``written``: as written) at ``pos`` means."""
    gender = PRONOUNS[low]
    if gender in ("m", "f"):
        spokes = spokesperson_before(gender, pos, names)
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


def resolve_description(np_text: str, pos: int, cue_word: str | None, names: Names) -> Attribution:
    """A noun phrase naming no one ("the Dutchman", "the president", "the firm", "a
    spokesman"): the person or organisation it stands for, else the phrase itself."""
    words = np_text.split()
    det = words[0].lower()
    head = re.sub(r"['’]s$", "", words[-1].lower())
    # "the 28-year-old host who presents X": an age after "the" opens a description of the person in focus.
    aged = det == "the" and len(words) > 1 and AGE_HEAD_RE.match(words[1]) is not None and len(
        next((words[:k] for k, w in enumerate(words) if w.lower() in AGE_DESCRIPTION_ENDS), words)) <= 5
    if det == "the" and (len(words) <= 4 or aged) and (
        head in STANDS_FOR_PERSON_HEADS or any(AGE_HEAD_RE.match(w) for w in words[1:])
    ):
        # "the Dutchman said": the person in focus, if the article has named one.
        gender = _gender_of_head(head)
        if names.previous(pos, "person", gender) is not None:
            # A sentence opening "He ..." is about the one meant: look past it.
            found = salient(names, pos, "person", gender, describe=False, past_pronouns=True)
            if found is not None and found.kind == "person":
                return Attribution(found.name, "person", found.role, np_text, cue_word, pos)
    if det == "the" and len(words) <= EPITHET_MAX_WORDS and (
        head in EPITHET_HEADS or " ".join(words[-2:]).lower() in EPITHET_HEADS
        or re.sub(r"^ex-", "", head) in FOCUS_ROLE_HEADS or head in FOCUS_PERSON_NOUNS and len(words) > 2
    ):
        # "added the two-time Academy Award winner": the person in focus, only when they
        # are also the last person named (with a rival named since, the epithet is unclear).
        gender = _gender_of_head(head)  # (a "businessman" is no woman in focus)
        found = salient(names, pos, "person", gender, describe=False, past_pronouns=True)
        last = names.previous(pos, "person")
        # (the one who spoke last also fits, a rival named before the quote; not for "the Dragons
        # man", whose bare "man" says too little, nor "the singer's agent": another one)
        specific = head not in FOCUS_PERSON_NOUNS and not any(re.search(r"['’]s?$", w) for w in words[1:-1])
        if found is not None and found.kind == "person" and last is not None and (
                last.name == found.name or specific and _spoke_last(names, pos, found.name)):
            return Attribution(found.name, "person", found.role, np_text, cue_word, pos)
    if det == "the" and len(words) <= 5:
        head = re.sub(r"^co-", "", head)
        if head in PERSON_HEADS and not any(w.lower() in ("spokesman", "spokeswoman", "spokesperson") for w in words):
            entity = described(names, pos, words)
            if entity is not None:
                return Attribution(entity.name, "person", entity.role, np_text, cue_word, pos)
        if head in DOCUMENT_HEADS and len(words) == 2:
            # "the report said": the report the article introduced ("a World Bank report"),
            # not the organisation named last; a description, as the gold gives documents.
            intro = None
            for intro in DOCUMENT_INTRO_RE.finditer(names.body, max(0, pos - LOOKBACK), pos):
                pass
            if intro is not None and re.search(r"\b[A-Z]", intro.group()):  # (a named source: "a new report" is none)
                return Attribution(intro.group(), "description", None, np_text, cue_word, pos)
        if head in REFERRING_ORG_HEADS and len(words) == 2:
            # "the firm said", "the report warned": the organisation last speaking or named.
            found = salient(names, pos, "organisation")
            if found is not None and found.name in COUNTRY_ABBREVIATIONS:
                # A country is no firm and writes no report ("Children in the UK ... had an income
                # of £775, the report said"): the body named last before it, else the phrase.
                body = _previous_body(names, pos)
                found = Referent(body.name, "organisation", None) if body is not None else None
            if found is not None:
                return Attribution(found.name, "organisation", None, np_text, cue_word, pos)
        if head in REFERRING_ORG_HEADS and len(words) == 3 and (words[1].endswith("-based") or words[1] in NATIONALITIES):
            # "The Canada-based company says", "the Japanese firm said": where it is based, said
            # of the body in focus; only when no other body has been named since.
            found = salient(names, pos, "organisation")
            last = names.previous(pos, "organisation")
            if found is not None and last is not None and last.name == found.name:
                return Attribution(found.name, "organisation", None, np_text, cue_word, pos)
    if det == "the" and len(words) <= 5 and head in TITLE_DESCRIPTION_HEADS:
        titled = _named_with_title(names, pos, head)
        if titled is not None:
            return Attribution(titled.name, "person", titled.role, np_text, cue_word, pos)
    if det == "the" and len(words) <= 4:
        named = _named_with_kind(names, pos, words) or introduced_company(names, pos, words)
        if named is not None:
            named.as_written, named.cue, named.pos = np_text, cue_word, pos
            return named
    kind = "organisation" if head in ORG_HEADS and det in ("the",) else "description"
    if head in ALWAYS_ORG_HEADS:
        kind = "organisation"
    return Attribution(np_text, kind, None, np_text, cue_word, pos)


def _gender_of_head(head: str) -> str:  # "Yorkshireman", "businesswoman"; "?" for most
    return "f" if head.endswith("woman") else "m" if head.endswith("man") else "?"


def _spoke_last(names: Names, pos: int, name: str) -> bool:
    """Did ``name`` speak last before ``pos``, no one named since?  "Ann Lee beat Jo Marsh. "...,"
    she said. The debutant added": Ann Lee, though Jo Marsh was named last.  (Not a subject over
    its object, "X met Y ... said the Oscar winner": tests/test_speakers_epithets.py.)"""
    lo = max(0, pos - LOOKBACK)
    k = bisect_left(names.event_pos, pos) - 1
    if k < 0 or names.event_pos[k] < lo:
        return False
    at, who = names.events[k]
    if who.speaker != name or who.speaker_type != "person":
        return False
    for m in range(bisect_left(names.positions, at + 1), bisect_left(names.positions, pos)):
        entity = names.entities[names.mention_entity[m]]
        if entity.kind == "person" and entity.name != name:
            return False  # someone named after the quote
    return True


def _named_with_title(names: Names, pos: int, head: str) -> Entity | None:
    """"The archbishop added" after "Archbishop Desmond Tutu": the person named last before
    ``pos`` with the title ``head`` before the name; others named since do not hold the title,
    so they are not the one meant (the description's other words, "the South African
    archbishop", are read as what the article says of him)."""
    found = last_after_word(names.body[max(0, pos - LOOKBACK) : pos], head.capitalize(), NAME_AFTER_KIND_RE)
    if found is None:
        return None
    run = re.sub(r"['’]s$", "", found[1].group(1))
    parsed = parse_run(run)
    # ("Archbishop Tutu": a lone surname, known to the name table from the full name)
    tokens = parsed.tokens if parsed is not None and parsed.kind == "person" else run.split() if " " not in run else None
    entity = names.person(tokens) if tokens else None
    return entity if entity is not None and entity.kind == "person" else None


def _named_with_kind(names: Names, pos: int, words: list[str]) -> Attribution | None:
    """"said the magazine" after "US magazine Mobile World", "the software giant" after
    "software giant Microsoft": news names a body or a person once with its kind in
    lower case right before the name, then calls it by the kind.  The name written last before
    ``pos`` with the description's head noun right before it; tried only when no rule of
    person, office or body resolved the description.  Not when the description says more
    than the introduction did ("the online retail giant" is not "oil giant Exxon Mobil"), a
    plural ("the firms", "the artists": one name may not be all of them), or another body
    (person) is named in between."""
    head = re.sub(r"['’]s$", "", words[-1])
    if len(words) < 2 or not head.isalpha() or not head.islower() or head in KIND_NOT_HEADS:
        return None
    lo = max(0, pos - LOOKBACK)
    found = last_after_word(names.body[lo:pos], head, NAME_AFTER_KIND_RE)
    if found is None:
        return None
    found_start, found_end, run = found[0], found[1].end(), found[1].group(1)
    run = re.sub(r"['’]s$", "", run)
    if run.split()[0].rstrip(".") in KIND_NAME_NOT_FIRST or run.split()[0] in NATIONALITIES or head.endswith("s") and not head.endswith("ss"):
        return None
    intro = names.body[max(0, lo + found_start - KIND_MODIFIER_REACH) : lo + found_start].lower()
    if any(re.sub(r"['’]s$", "", w.lower()) not in intro for w in words[1:-1]):
        return None
    parsed = parse_run(run)
    person = parsed is not None and parsed.kind == "person" and head not in KIND_BODY_HEADS
    want = "person" if person else "organisation"
    k = bisect_left(names.positions, pos) - 1
    while k >= 0 and names.positions[k] > lo + found_end:
        other = names.entities[names.mention_entity[k]]
        if other.kind == want and other.name not in run and run not in other.name:
            return None
        k -= 1
    if person and parsed is not None:
        entity = names.person(parsed.tokens)
        name = entity.name if entity is not None else " ".join(parsed.tokens)
        return Attribution(name, "person", entity.role if entity is not None else None, run, None, pos)
    return Attribution(run, "organisation", None, run, None, pos)


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


def _previous_body(names: Names, pos: int) -> Entity | None:
    """The organisation named last before ``pos`` that is not a country, within the lookback."""
    k = bisect_left(names.positions, pos) - 1
    while k >= 0 and names.positions[k] >= pos - LOOKBACK:
        entity = names.entities[names.mention_entity[k]]
        if entity.kind == "organisation" and entity.name not in COUNTRY_ABBREVIATIONS:
            return entity
        k -= 1
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


def _sentence_opening(body: str, s_lo: int, s_hi: int) -> tuple[int, int | None]:
    """Skip a fronted phrase ("At a conference hosted by X, he said"); then (where the
    sentence starts, where its subject starts when that is "he", "she" or "the ...")."""
    text = body[s_lo : min(s_hi, s_lo + 160)]
    first = text.split(" ", 1)[0]  # (a quote mark first: '"Getting there was hard," said X' fronts no phrase)
    if (first.lower() in FRONTED_WORDS and not FOR_SOMEONE_RE.match(text)) or first.endswith("ing") and first[:1].isupper() or PARTICIPLE_PHRASE_RE.match(text):
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


def last_speaker(names: Names, pos: int, gender: str) -> Referent | None:
    """The person quoted last before ``pos`` anywhere in the article, gender permitting:
    for a "he said" whose man was named too far back for the sentence walk."""
    for at, who in reversed(names.events[: bisect_left(names.event_pos, pos)]):
        if who.speaker_type == "person" and (gender == "?" or gender_of_speaker(names, who) in ("?", gender)):
            return Referent(who.speaker, "person", who.role)
    return None
