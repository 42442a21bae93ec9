"""Organisations whose names are joined by function words: "Committee to Protect Journalists".

A person's name holds no "to", "the", "on" or "against"; an organisation's may
("People for the Ethical Treatment of Animals", "Council on Foreign Relations",
"Stop the War Coalition").  ``ORG_RUN_TAIL`` is the branch of the run pattern
(``runs.CAP_RUN_RE``) that lets those words into a run, only where the run
opens with a word that heads such names or follows a body-kind word in lower
case; ``is_joined`` says whether a run's words are one such name.  The words
are data in :mod:`quotearchive.lexicon.people` (``ORG_NAME_JOINERS``,
``ORG_NAME_OPENERS``, ``ORG_NAME_PEOPLE_OPENERS``, ``BODY_KIND_WORDS``).
"""

from __future__ import annotations

import re

from ...lexicon.people import (
    BODY_KIND_WORDS, ORG_NAME_JOINERS, ORG_NAME_OPENERS, ORG_NAME_PEOPLE_OPENERS, ORG_NAME_QUALIFIED_HEADS,
)

# The run pattern's branch for an organisation's name joined by function words a person's name
# never holds ("Committee to Protect Journalists", "Stop the War Coalition", "the group People
# for the Ethical Treatment of Animals"): ``CAP_RUN_RE`` tries it first, from the same capital,
# and only where the run opens with a word that heads such names or follows a body-kind word in
# lower case; it must hold one of the words "of/for/and" alone do not join ("the", "on",
# "to"...), else ``CAP_RUN_RE``'s ordinary run is read.
_CAP_WORD = r"[A-Z][\w’'-]*"
_SEP = r"[ \t]+"
_JOIN = rf"(?:(?:{'|'.join(ORG_NAME_JOINERS)}){_SEP})"
_NEW_JOIN = "|".join(w for w in ORG_NAME_JOINERS if w not in ("of", "for", "and"))
# A day or a month is no part of a name ("the Council on Monday").
_NOT_IN_NAME = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?![\w’'-]))"
_OPENERS = ORG_NAME_OPENERS + ORG_NAME_PEOPLE_OPENERS
# (grouped by the capital already read, and the body-kind words behind a cheap test of a
# lower-case letter and a space: this branch is tried at every capital of every article)
_OPENER = "|".join(
    f"(?<={c})(?:{'|'.join(re.escape(w[1:]) for w in _OPENERS if w[0] == c)})" for c in sorted({w[0] for w in _OPENERS})
)
_AFTER_KIND = "|".join(f"(?<=\\b{w}[ ].)" for w in sorted(BODY_KIND_WORDS))
# Up to three capitalised qualifiers before an institution's noun ("Joint Committee on Human
# Rights", "UN Commission on Human Rights"): without them the run would open at the qualifier as
# an ordinary run, stop at "on", and the name's tail would be read as the speaker ("Human Rights").
# A branch of its own, stricter than the openers': the noun is followed by a joining word no
# person's name holds ("on", "against", "without", "of the", "for the": "Joint Council for
# the Welfare of Immigrants"; "of" and "for" alone join an ordinary run already; not "to": "a letter
# from the Home Office to Ann Lee" names two), and "and the"
# ends the name ("The Electoral Commission and the Low Pay Commission" are two bodies).
_TAIL_JOIN = rf"(?:(?:and(?!{_SEP}the(?![\w’'-]))|of|for|the|on|to|against|without){_SEP})"
_QUALIFIED = (rf"[\w’'-]*(?:{_SEP}[A-Z][\w’'-]*){{0,2}}{_SEP}"
              rf"(?:{'|'.join(ORG_NAME_QUALIFIED_HEADS)})(?![\w’'-]){_SEP}(?:on|against|without|(?:of|for){_SEP}the){_SEP}"
              rf"{_TAIL_JOIN}*{_NOT_IN_NAME}{_CAP_WORD}(?:{_SEP}{_TAIL_JOIN}*{_NOT_IN_NAME}{_CAP_WORD})*")
ORG_RUN_TAIL = (
    rf"(?:(?:(?<=[a-z][ ].)(?:{_AFTER_KIND})[\w’'-]*|(?<=[{''.join(sorted({w[0] for w in _OPENERS}))}])(?:{_OPENER}|(?<=T)he{_SEP}(?:{'|'.join(_OPENERS)}))(?![\w’'-]))"
    rf"(?:{_SEP}(?:(?:of|for|and){_SEP})*{_CAP_WORD})*"
    rf"{_SEP}{_JOIN}*(?:{_NEW_JOIN}){_SEP}{_JOIN}*{_NOT_IN_NAME}{_CAP_WORD}"
    rf"(?:{_SEP}{_JOIN}*{_NOT_IN_NAME}{_CAP_WORD})*"
    rf"|{_QUALIFIED})"
)

# The joining words of an organisation's name that no person's name holds ("of", "for", "and"
# join "Nick Van den Brul of BNP Paribas" too): only ``CAP_RUN_RE``'s organisation branch lets
# them into a run.
ORG_ONLY_JOINERS = frozenset(ORG_NAME_JOINERS) - {"of", "for", "and"}
ORG_OPENER_SET = frozenset(ORG_NAME_OPENERS)
PEOPLE_OPENER_SET = frozenset(ORG_NAME_PEOPLE_OPENERS)

# A title inside the run makes it a person's phrase ("Lawyers for Mr Fawcett and Mr McDonald").
TITLE_TOKENS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady", "Mr.", "Mrs.", "Ms.", "Dr."})


def is_joined(words: list[str]) -> bool:
    """Is the run (``words``, after any "The") one name joined by function words: it holds a
    joining word no person's name holds ("People for the Ethical Treatment of Animals",
    "Council on Foreign Relations"), or opens with a word that heads such names and joins on
    ("Campaign for Nuclear Disarmament", "Mothers Against Drunk Driving")?  A title inside
    makes it a person's phrase ("Lawyers for Mr Fawcett"). "Tony Blair of the Labour Party"
    opens with a person: the run never reaches here whole."""
    if len(words) < 3 or not TITLE_TOKENS.isdisjoint(words):
        return False
    return not ORG_ONLY_JOINERS.isdisjoint(words) or (
        words[0] in ORG_OPENER_SET and any(w.lower() in ORG_NAME_JOINERS for w in words[1:-1])
        or words[0] in PEOPLE_OPENER_SET and any(w in ("Against", "Without") for w in words[1:-1]))
