"""Where sentences start in prose, not counting the stop of an abbreviation ("said Sen. Kirby
Smith", "St. Louis"): one helper for the modules that walk back over sentences (session 24).

It was :mod:`.antecedents`' own; :mod:`.pronoun_genders` found a sentence's start with a regex of
its own that took every stop for a sentence's end, so in "..., said Sen. Kirby Smith, before she
left" the name was read as opening a sentence. That module could not import :mod:`.antecedents`
(which imports :mod:`.names`, which imports it): this module imports neither.
"""

from __future__ import annotations

import re

from ...text.sentences import follows_abbreviation, sentence_starts

__all__ = ["walk_sentence_starts"]

# What may stand between an abbreviation's stop and the next word (a closing quote mark may
# not: 'the worst acting since Prisoner Cell Block H." Labour had ...' ends a sentence).
_AFTER_STOP = " \t"


def walk_sentence_starts(body: str, lo: int, pos: int) -> list[int]:
    """``sentence_starts`` between ``lo`` and ``pos`` without the stops that end an abbreviation:
    in "He went back to St. Louis, the city where he and Porter grew up." no sentence starts
    at "Louis", whose first name would otherwise be the subject a pronoun's walk takes (US
    copy: "St.", "Sen.", "Gov.", "Mr."). A line break still ends a sentence."""
    starts = sentence_starts(body, lo, pos)
    kept = []
    for start in starts:
        stop = start - 1
        while stop > lo and body[stop] in _AFTER_STOP:
            stop -= 1
        if body[stop] == "." and follows_abbreviation(body, stop, lo) and not _ends_a_name(body, stop, lo):
            continue
        kept.append(start)
    return kept


# Abbreviations that end a name ("Acme Corp.", "Ann Lee Jr."), and titles that, after a capitalised
# word, are a street's or a place's last word ("Elm St.", "Main Ave."), not a title opening a name:
# a sentence may end there ("... grew up on Elm St. Tom Reed moved in next door").
NAME_FINAL_ABBREVIATIONS = frozenset("Corp Inc Ltd Co Plc Bros Jr Sr Ave Rd Blvd".split())
TITLE_OR_STREET_ABBREVIATIONS = frozenset("St Ste".split())
_WORDS_BEFORE_STOP_RE = re.compile(r"(?:^|\s)(\S+)\s+([A-Z][a-z]{0,3})$")


def _ends_a_name(body: str, stop: int, lo: int) -> bool:
    """Does the abbreviation ending at ``stop`` close a name or a street's name (a sentence can end
    there) rather than open one ("St. Louis", "Sen. Ann Lee")?"""
    words = _WORDS_BEFORE_STOP_RE.search(body, max(lo, stop - 40), stop)
    if words is None:
        return False
    before, abbreviation = words.groups()
    return abbreviation in NAME_FINAL_ABBREVIATIONS or (
        abbreviation in TITLE_OR_STREET_ABBREVIATIONS and before[:1].isupper() and before[-1:].isalpha())
