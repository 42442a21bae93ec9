"""An organisation's name that holds "in" after a joining word: "the Committee on Standards in
Public Life", "the Commission on Human Rights in Education" (session 24).

The run pattern joins an institution's name over "on", "to", "against" (:mod:`.joined_orgs`) but
not over "in", which most often opens a place after a name ("Labour in Scotland"); so the run
stopped at "in", and the mention's last run, "Public Life", was read as the speaker: a fragment
of the name. Where the whole mention is such a name, "in" and capitalised words after it, the
speaker is the whole name as written (with "in" and a place after it, "the Council on Foreign
Relations in Washington", the body and where it sits: still more right than the place alone).
"""

from __future__ import annotations

import re

from .joined_orgs import is_joined
from ...lexicon.people import FIRST_NAMES, ROLE_OR_TITLE_WORDS
from .runs import CAP_RUN_RE, parse_run

# "[The] <a joined institution's name> in <capitalised words>", the whole mention.
IN_NAME_RE = re.compile(r"((?:[Tt]he[ \t]+)?)(\S.*?)[ \t]+in[ \t]+((?:[A-Z][\w’'-]*)(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*)*)")


def name_with_in(np_text: str) -> str | None:
    """The organisation's whole name when ``np_text`` is one joined over "on"/"to"/"against" and
    then "in" ("The Committee on Standards in Public Life" -> "the Committee on Standards in
    Public Life"); else None."""
    if " in " not in np_text:
        return None  # (most mentions: the pattern is not run)
    m = IN_NAME_RE.fullmatch(np_text)
    if m is None:
        return None
    head = m.group(2)
    run = CAP_RUN_RE.fullmatch(head)
    if run is None or not is_joined(head.split()):
        return None  # "Tom Reed in London", "Labour in Scotland": a name, then a place
    place = m.group(3)
    if any(word.lower() in ROLE_OR_TITLE_WORDS for word in place.split()) or _names_a_person(place):
        return None  # "... in Public Life Chair Jonathan Evans": the body's officer speaks
    return ("the " if m.group(1) else "") + head + " in " + place


def _names_a_person(words: str) -> bool:
    """Do ``words`` end in a person's name with a first name ("... Director Joel Simon")?  ("Public
    Life" parses as a name too, but of no first name.)"""
    parsed = parse_run(words)
    return parsed is not None and parsed.kind == "person" and parsed.tokens[0] in FIRST_NAMES
