"""A body noun or a body's statement re-naming the body the article has just named (session 21).

News names a body once, then calls it by what it is: "Harbour Rovers' reply came as no surprise.
"...," the club said in its statement"; "The Riverside Writers Guild welcomed the deal. "...,"
the union said".  The noun says only what kind of body it is, so it is the body the writing is
on: the one named in the nearest sentence before it that names any body (of at most three; its
own sentence too where the noun opens a clause, "after the club confirmed").  Only when exactly
one body is named there: a rival named a paragraph before ("Rival club Castle Town ...") is not
the one meant, and two bodies in that sentence leave the noun as written.  Failing that, the
one body within the reach whose name holds the noun ("the Moorland Alliance") or is written
with it ("the striking Harbour Dock Workers union").  Only nouns that are always bodies; "the
agency" is not (a rating agency, a news agency and a department are named so in one story).
Bodies are the name table's, earlier quotes' speakers where a name was written, and runs of
capitalised words naming no person; not the addressee of speech ("told the Gazette").

A statement speaks for whoever issued it: "Castle Motors said in a statement. ... "...," the
statement said" -- the speaker of the quote in the sentence that holds the last word
"statement", when a name was written for it (or a body noun this module resolved).  Only "the
statement": "A statement said" introduces one of its own.  Reports and studies stay the
descriptions the BBC gold gives them (``descriptions``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...lexicon.people import COUNTRY_ABBREVIATIONS, NATIONALITIES, PRONOUNS
from .antecedents import walk_sentence_starts
from .model import Attribution
from .names import Names
from .named_heads import NAMED_BODY_HEADS
from .runs import is_org, parse_run

# Nouns that name a body of one kind and never a person or a document ("the club", "the union").
# ("the agency": a rating agency, a news agency and a government department are all named so in one
# story, and the one meant is not the nearest: left out.)
BODY_NOUN_HEADS = frozenset("club union league alliance force".split())

# A body's name of two capitalised words or more ("Harbour Rovers'", "Writers Guild of
# Riverside"): bodies the name table does not know are still named so.
NAME_RUN_RE = re.compile(r"[A-Z][\w&.-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?|&[ \t]+)?[A-Z][\w&.-]*)+")
# A name written with the noun after it may join words with "and" ("the Road and Rail Workers
# union").
HOLDING_RUN = r"[A-Z][\w&.-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?|&[ \t]+|and[ \t]+)?[A-Z][\w&.-]*)+"
BODY_NOUN_AFTER_RE = re.compile(r"[ \t]+(?:" + "|".join(sorted(BODY_NOUN_HEADS)) + r")\b")
# Quoted words are what was said, not who is written about.
QUOTED_RE = re.compile(r"[\"“][^\"“”]*[\"”]")

# A word opening a clause right before the noun ("after the club confirmed", "as the union said").
CLAUSE_OPENER_RE = re.compile(r"\b(?:after|as|when|because|while|and|but|since|though)[ \t]+$")
# The addressee of speech is not the body speaking ("a source at the club told the Gazette").
ADDRESSEE_RE = re.compile(r"\b(?:told|urged|asked|wrote[ \t]+to|said[ \t]+to)[ \t]+(?:the[ \t]+)?$")

# How many sentences before the description's own are looked at for the body.
SENTENCES_BACK = 2

# How far back the body or the statement is looked for (characters).
REACH = 1500

# "statement" as a word of the body (not "statements", "misstatement").
STATEMENT_RE = re.compile(r"\bstatement\b", re.IGNORECASE)
# How far from the word "statement" the quote it introduced may start (characters).
STATEMENT_QUOTE_REACH = 300


def body_in_focus(names: Names, pos: int, words: list[str]) -> Attribution | None:
    """"the club" at ``pos``: the one organisation named in the nearest of the sentences before
    it that names any (its own sentence too where the noun opens a clause); else the one body
    within the reach whose name holds the noun; None when none or more than one."""
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in BODY_NOUN_HEADS:
        return None
    body = names.body
    lo = max(0, pos - REACH)
    starts = [lo] + walk_sentence_starts(body, lo, pos)
    # The description's own sentence counts only where the noun opens a clause ("... has taken
    # another turn after the club confirmed"): "the fans' group urged the club to ..." names the one
    # acting on the club.
    own = CLAUSE_OPENER_RE.search(body, max(0, pos - 12), pos) is not None
    if not own and len(starts) < 2:
        return None
    before = pos if own else starts[-1]
    end = before
    found: set[str] = set()
    head = words[1].capitalize()
    for start in reversed(starts[-1 - SENTENCES_BACK :] if own else starts[-1 - SENTENCES_BACK : -1]):
        found = {name for name in _bodies_named(names, start, end) if not _another_kind(name, head)}
        if found:
            break
        end = start
    if len(found) == 1:
        return Attribution(found.pop(), "organisation", None, " ".join(words), None, pos)
    # Else the one body within the reach whose name holds the noun ("the Moorland Alliance"),
    # or is written with the noun after it ("the striking Harbour Dock Workers union").
    holding = {name for name in _bodies_named(names, lo, before) if head in name.split() and not _another_kind(name, head)}
    holding |= {m.group(1) for m in re.finditer(rf"({HOLDING_RUN})[ \t]+{words[1].lower()}\b", body[lo:before])}
    if len(holding) == 1:
        return Attribution(holding.pop(), "organisation", None, " ".join(words), None, pos)
    return None


def _another_kind(name: str, head: str) -> bool:
    """A people's body whose name ends with the noun may be of another kind: "the union" said of
    strikers after the European Union is a trade union; such a name is not taken."""
    words = name.split()
    return len(words) > 1 and words[0] in NATIONALITIES and words[-1] == head


def _bodies_named(names: Names, start: int, end: int) -> set[str]:
    """The organisations named between ``start`` and ``end``: the name table's, earlier quotes'
    speakers, and runs of capitalised words that name no person."""
    found: set[str] = set()
    for k in range(bisect_left(names.positions, start), bisect_left(names.positions, end)):
        entity = names.entities[names.mention_entity[k]]
        at = names.positions[k]
        if ADDRESSEE_RE.search(names.body, max(0, at - 20), at):
            continue
        if entity.kind == "organisation" and entity.name not in COUNTRY_ABBREVIATIONS:
            found.add(entity.name)  # ("US investor Ann Lee": a country is no club)
    for at, who in names.events[bisect_left(names.event_pos, start) :]:
        if at >= end:
            break
        written = (who.as_written or "").split()
        if who.speaker_type == "organisation" and who.speaker and written and written[0][:1].isupper() and (
                written[0].lower() not in PRONOUNS and written[0].lower() not in ("the", "a", "an")):
            found.add(who.speaker)  # (a name written there: not "it said", not "the club" resolved by a walk)
    text = QUOTED_RE.sub(lambda m: " " * len(m.group()), names.body[start:end])
    for run in NAME_RUN_RE.finditer(text):
        if ADDRESSEE_RE.search(text, max(0, run.start() - 20), run.start()):
            continue
        tokens = run.group().split()
        # (a name written with a body noun after it, "the Harbour Dock Workers union", is a body's)
        noun_after = BODY_NOUN_AFTER_RE.match(text, run.end()) is not None
        if tokens[0] == "The" and len(tokens) > 2:
            tokens = tokens[1:]  # ("The Riverside Writers Guild" opening a sentence)
        parsed = parse_run(run.group())
        known = names.person(tokens)
        # (a body's head word in the name, "Writers Guild", is no surname)
        body_word = noun_after or any(t.lower() in NAMED_BODY_HEADS or t.lower() in BODY_NOUN_HEADS for t in tokens[1:])
        if (parsed is not None and parsed.kind == "person" and not is_org(parsed.tokens) and not body_word
                or known is not None and known.kind == "person" and not body_word):
            continue
        if known is not None and known.kind != "person":
            found.add(known.name)  # (the name table's body under the name it gives it)
            continue
        name = " ".join(tokens)
        if not any(other in name or name in other for other in found):
            found.add(name)
    return found


def statement_issuer(names: Names, pos: int, words: list[str]) -> Attribution | None:
    """"the statement said" at ``pos``: the speaker of the quote the article last credited
    with the word "statement" in the same paragraph, within the reach; None otherwise."""
    # ("A statement said" introduces a statement of its own: only "the statement" refers back.)
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() != "statement":
        return None
    body = names.body
    lo = max(0, pos - REACH)
    last = None
    for last in STATEMENT_RE.finditer(body, lo, pos):
        pass
    if last is None:
        return None
    at = last.start()
    best = None
    for quote_at, who in names.events[bisect_left(names.event_pos, at - STATEMENT_QUOTE_REACH) :]:
        if quote_at >= min(pos, at + STATEMENT_QUOTE_REACH):
            break
        if "\n" in body[min(quote_at, at) : max(quote_at, at)] or walk_sentence_starts(body, min(quote_at, at), max(quote_at, at)):
            continue  # another paragraph or sentence: not the quote the statement was said with
        if best is None or abs(quote_at - at) < abs(best[0] - at):
            best = (quote_at, who)
    if best is None:
        return None
    who = best[1]
    if who.speaker_type not in ("organisation", "person") or not who.speaker:
        return None
    if who.speaker.split()[0].lower() in ("the", "a", "an"):
        return None  # a description kept as written ("the club"): no name to give
    written = (who.as_written or "").split()
    if written and written[0].lower() in ("the", "a", "an") and written[-1].lower() not in BODY_NOUN_HEADS:
        return None  # ("the firm said in a statement" given by the walk to another body: not followed)
    return Attribution(who.speaker, who.speaker_type, who.role, " ".join(words), None, pos)
