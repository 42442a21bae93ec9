"""What a reporting verb says about the reporter's stance (USERS.md wish 5).

"said" is neutral; "claimed" keeps a distance; "admitted" concedes; "warned"
and "insisted" add force; "accused" and "branded" report an attack.  The
class is a facet on quotes, so a researcher can find every quote a paper
chose to report as a claim.  The verb as written stays in ``quotes.cue``.
"""

from __future__ import annotations

import re
from functools import lru_cache

# class -> the verbs' base forms; other forms (-s, -ed, -ing, irregular pasts) are derived.
CUE_CLASSES: dict[str, tuple[str, ...]] = {
    "neutral": (
        "say", "tell", "add", "explain", "note", "state", "reply", "respond", "continue", "go on",
        "write", "report", "describe", "remark", "comment", "announce", "declare", "according to",
        "quote as saying", "report as saying", "point out", "observe", "answer", "recall", "conclude",
        "indicate", "call", "term", "label", "liken", "find", "show", "express", "reiterate", "recount",
        "assure", "advise", "estimate", "forecast", "post", "put it", "sum up", "issue a statement",
        "go on to say", "shout", "whisper",
    ),
    "emphatic": (
        "stress", "insist", "warn", "urge", "emphasise", "emphasize", "underline", "highlight",
        "argue", "assert", "maintain", "vow", "pledge", "promise", "demand", "predict", "caution",
    ),
    "distancing": ("claim", "allege", "suggest", "purport", "contend", "believe", "think", "reckon"),
    "concessive": ("admit", "concede", "acknowledge", "confess", "accept", "agree", "confirm", "reveal"),
    "critical": (
        "accuse", "brand", "attack", "criticise", "criticize", "blame", "condemn", "dismiss",
        "reject", "slam", "deny", "counter", "complain",
    ),
    "approving": ("praise", "hail", "welcome", "applaud", "defend"),
    "question": ("ask", "wonder", "question", "query"),
    "humorous": ("joke", "quip"),
}
IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write", "thought": "think",
    "found": "find", "went on": "go on", "goes on": "go on", "went on to say": "go on to say", "put it": "put it",
}
ENDINGS_RE = re.compile(r"(?:ing|ed|es|s|d)$")
Y_ENDINGS_RE = re.compile(r"(?:ied|ies)$")  # replied, replies -> reply


def _base_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for cls, verbs in CUE_CLASSES.items():
        for verb in verbs:
            forms[verb] = cls
    return forms


BASE_FORMS = _base_forms()


@lru_cache(maxsize=4096)  # a few hundred verbs recur across millions of quotes
def cue_class(cue: str | None) -> str | None:
    """The stance class of a reporting verb as written ("admitted" -> "concessive")."""
    if not cue:
        return None
    verb = " ".join(cue.lower().split())
    verb = IRREGULAR.get(verb, verb)
    first, _, rest = verb.partition(" ")
    verb = " ".join([IRREGULAR.get(first, first), *([rest] if rest else [])])
    if verb in BASE_FORMS:
        return BASE_FORMS[verb]
    first, _, rest = verb.partition(" ")
    stem = Y_ENDINGS_RE.sub("y", first) if Y_ENDINGS_RE.search(first) else ENDINGS_RE.sub("", first)
    for candidate in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
        key = f"{candidate} {rest}".strip()
        if key in BASE_FORMS:
            return BASE_FORMS[key]
    return "other"
