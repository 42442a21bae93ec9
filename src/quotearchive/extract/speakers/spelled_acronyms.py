"""An acronym the article spells out without parentheses (session 22).

News spells a body's name in full once and then writes its initials, often without the
"(LSE)" that the name table reads acronyms from: "plans to buy the London Stock Exchange. ...
the LSE said the offer "undervalued" its business".  A speaker that is such an acronym stands for
the one name of capitalised words the article writes whose initials spell it (function words
such as "of" and "and" skipped: "Confederation of British Industry" for CBI); when two names
spell it, or none does, it stays as written.  Country abbreviations ("US", "UK") are left to the
rules that read them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon.people import COUNTRY_ABBREVIATIONS, FIRST_NAMES, ROLE_WORDS
from .model import Attribution
from .names import Names

# The speaker as an acronym: "the LSE", "LSE", "the FSA's" is not one (a possessive).
ACRONYM_SPEAKER_RE = re.compile(r"(?:[Tt]he[ \t]+)?([A-Z]{2,6})")
# Capitalised words, with the function words a body's name holds between them.
NAME_RUN_RE = re.compile(r"[A-Z][\w&-]*(?:[ \t]+(?:(?:of|for|and|de)[ \t]+){0,2}[A-Z][\w&-]*)+")
FUNCTION_WORDS = frozenset("of for and de".split())
# Capitalised words that are no part of a body's name: days, months, a sentence's "The".
NOT_NAME_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December The A An".split()
)

# Words that make a spelled name an office, not a body: "the PM" is no body called "Prime Minister",
# "the DA" no "District Attorney", "the MP" no "Member of Parliament".
OFFICE_WORDS = frozenset(
    "minister president secretary officer attorney director governor chairman chairwoman chair member "
    "leader spokesman spokeswoman commissioner judge mayor chancellor senator representative "
    "ambassador inspector chief".split()
)
# A spelled run ending in a role names a title, not a body ("Most Valuable Player" for "the MVP",
# "Police Constable", "Medical Examiner"); the department words of ROLE_WORDS end bodies' names
# ("Chicago Board of Trade").
TITLE_HEADS = (ROLE_WORDS | OFFICE_WORDS | frozenset("player coordinator examiner back doctor teacher".split())) - frozenset(
    "state trade health education economy justice culture environment transport energy foreign home interior "
    "defence defense finance first exchequer".split()
)
# Acronyms of offices and trades, which stand for a person whatever capitalised run spells them.
OFFICE_ACRONYMS = frozenset("MP MEP MSP AM PM DA PC GP MD CEO CFO COO CTO AG VP QC KC DJ PR DPP".split())
NOT_SPELLED = COUNTRY_ABBREVIATIONS | OFFICE_ACRONYMS
# Mentions that stand for the body the acronym names ("it said", "they said").
PRONOUNS = frozenset("it its they".split())


@lru_cache(maxsize=8)  # one scan of an article's body, however many acronyms speak in it
def spelled_index(body: str) -> dict[str, frozenset[str]]:
    """Every name of capitalised words in ``body`` by its initials: each run of capitalised words
    and the runs it ends with ("Deutsche Boerse London Stock Exchange" holds "London Stock
    Exchange" under "LSE"), two to six initials; one pass, so many acronyms cost one scan."""
    index: dict[str, set[str]] = {}
    for run in NAME_RUN_RE.finditer(body):
        words = run.group().split()
        if any(w in NOT_NAME_WORDS for w in words[1:]):
            continue  # ("Party on Monday", "Furse on Thursday": a time after a name)
        if words[0] in NOT_NAME_WORDS:
            words = words[1:]
        capitals = [k for k, w in enumerate(words) if w.lower() not in FUNCTION_WORDS]
        for size in range(2, min(6, len(capitals)) + 1):
            first = capitals[-size]
            initials = "".join(words[k][0] for k in capitals[-size:])
            if words[first] != initials:
                index.setdefault(initials, set()).add(" ".join(words[first:]))
    return {initials: frozenset(found) for initials, found in index.items()}


def spelled_names(body: str, acronym: str) -> frozenset[str]:
    """The names of capitalised words in ``body`` whose initials spell ``acronym``."""
    return spelled_index(body).get(acronym, frozenset())


def spelled_out(found: Attribution, names: Names) -> Attribution:
    """``found``, or the body whose name its acronym speaker spells ("the LSE" -> London Stock
    Exchange), when exactly one name in the article spells it."""
    speaker = found.speaker
    if not speaker or found.speaker_type not in ("organisation", "description") or len(speaker) > 10:
        return found
    written = (found.as_written or "").strip()
    if not (ACRONYM_SPEAKER_RE.fullmatch(written) or written.lower() in PRONOUNS):
        return found  # "Sources close to the CMB", "the report": the acronym was read out of a longer mention
    m = ACRONYM_SPEAKER_RE.fullmatch(speaker)
    if m is None or m.group(1) in NOT_SPELLED or m.group(1) in names.acronyms:
        return found  # ("the MP" is a member, never the Metropolitan Police the article also names)
    spelled = spelled_names(names.body, m.group(1))
    if len(spelled) != 1:
        return found
    words = next(iter(spelled)).split()
    if words[0] in FIRST_NAMES or words[0].lower() in OFFICE_WORDS or words[-1].lower() in TITLE_HEADS:
        return found  # a person's initials ("Michael Portillo" for "the MP"), an office or a title spelled out
    return Attribution(next(iter(spelled)), "organisation", found.role, found.as_written, found.cue, found.pos, found.rule)
