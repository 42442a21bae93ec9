"""A description set between dashes after a name: the name speaks (session 22).

News writes an apposition between dashes as often as between commas: "Lord Bingham - a senior law
lord - said the powers were applied ...", "Ann Lee - the party's chairman - told the BBC".  The
subject read back from the verb stops at the second dash and keeps the description ("a senior law
lord"), which names no one; the person is the name right before the first dash.  Only a person the
article's name table knows, only a description of a few lower-case words between the two dashes,
and only when the description ends right where the verb's subject was read (so "Ann Lee - who
quit last year - said" and a dash that ends a clause are not read as an apposition).
"""

from __future__ import annotations

import re

from ...lexicon.people import ALL_TITLES, NAME_HONORIFICS, ORG_HEADS, ORG_WORDS, PERSON_HEADS, REFERRING_ORG_HEADS
from .fragments import clean_role
from .model import Attribution
from .names import Names

# How far past the mention's start its words may begin (what the reading kept before them).
REACH = 60
# The name right before the first dash: up to four capitalised words ("Lord Justice Rix", "Ann Lee").
NAME_BEFORE_DASH_RE = re.compile(r"((?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*)[ \t]+[-–—][ \t]+$")
# The second dash, right after the description.
DASH_AFTER_RE = re.compile(r"[ \t]+[-–—][ \t]+")
# A description of a person between the dashes: an article and up to six words, none capitalised
# but those naming a party, place or body ("a senior Tory MP", "the party's chairman").
# A plural head ("the party's leaders"): the description is of more than the name before the dash.
PLURAL_RE = re.compile(r"[^s'’]s$")
DESCRIPTION_RE = re.compile(r"(?:a|an|the)[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){0,5}")
# Where the head noun ends: before a preposition's complement ("a professor [of politics]", "the
# head [of sales]"), whose plural or body says nothing of who the description is.
COMPLEMENT_RE = re.compile(r"[ \t]+(?:of|in|for|at|on|with|from)[ \t]")


# Heads that describe a firm, never a person ("Jimmy Choo - the maker of luxury shoes -",
# "Johnson Matthey - a supplier of catalysts -"): a firm named like a person is no person.  (Not
# owner, producer, developer, publisher: "Ann Lee - the owner of the cafe -" is a person.)
TRADE_HEADS = frozenset(
    "maker supplier retailer manufacturer lender insurer distributor importer exporter brand chain "
    "carmaker drugmaker chipmaker".split()
)


def description_head(description: str) -> str:
    """The head noun of ``description``: its last word before a prepositional complement."""
    return COMPLEMENT_RE.split(description, maxsplit=1)[0].split()[-1].lower()


def named_before_dashes(found: Attribution, names: Names) -> Attribution:
    """``found``, or the person named right before the dashes around its description ("Lord
    Bingham - a senior law lord - said" -> Lord Bingham)."""
    speaker = found.speaker
    if not speaker or found.speaker_type != "description" or found.as_written != speaker or found.pos < 0:
        return found
    if DESCRIPTION_RE.fullmatch(speaker) is None or not speaker[:1].islower():
        return found
    head = description_head(speaker)
    if head in TRADE_HEADS or head not in PERSON_HEADS and (
            head in ORG_HEADS | REFERRING_ORG_HEADS or head.capitalize() in ORG_WORDS):
        return found  # "CB Richard Ellis - an international real estate company -": a body described
    body = names.body
    at = body.find(speaker, found.pos, found.pos + REACH + len(speaker))
    if at < 0 or not DASH_AFTER_RE.match(body, at + len(speaker)):
        return found
    name = NAME_BEFORE_DASH_RE.search(body, max(0, at - 80), at)
    if name is None or re.search(r"\b(?:of|at|for|from|with|by|in|to)[ \t]+$", body[max(0, name.start(1) - 6) : name.start(1)]):
        return found  # ("managing director of X - a firm -": the name is someone's affiliation)
    before = body[max(0, name.start(1) - 8) : name.start(1)]
    if re.search(r"(?:\band|&)[ \t]+$", before) or PLURAL_RE.search(head):
        return found  # "Mr Blair and Mr Brown - the party's leaders -": more than the one name speaks
    words = name.group(1).split()
    title = words.pop(0) if len(words) > 1 and words[0].rstrip(".").lower() in ALL_TITLES | NAME_HONORIFICS else None
    entity = names.person(words, title, at=name.start(1))  # "Prof John Curtice -": the name after the title
    if entity is None or entity.kind != "person":
        return found
    return Attribution(entity.name, "person", clean_role(speaker) or entity.role, speaker, found.cue, at, found.rule)
