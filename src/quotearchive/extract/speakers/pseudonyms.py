"""A person described, then given a name in quote marks: "a 21-year-old resident who would
say only that his name was "Perry" told me".

Features and local news quote people who give a first name only, or a made-up one, and mark
it with quote marks ("identified only as "Maria"", "who asked to be called "Sam""): the name
is who speaks, not the description before it (the name table reads no name inside marks, so
the rules stop at the description).  :func:`named_by_pseudonym` is asked by :mod:`.rules` of
every description a rule finds; the quotes carried from it (the next ones, "continues") then
carry the name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Attribution, Candidate

# A relative clause of the description giving the name in marks: ", who would say only that his
# name was "Perry"", "who gave her name only as "Ana"", "identified only as "Sam"".
PSEUDONYM_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:who|identified|named|known)\b"
    # (The words between hold no article or preposition: "who works for the agency known as
    # "Frontex"", "who lives on a street called "Ocean View"" name a thing, not the speaker.)
    r"(?:(?!\b(?:the|a|an|for|on|at|in|of|with|from|by|to[ \t]+the)\b)[^.;:!?\"“”\n]){0,60}?"
    r"(?:(?:his|her|their)[ \t]+(?:first[ \t]+)?name[ \t]+(?:only[ \t]+)?(?:was|is|as)|(?:identified|known|named)[ \t]+(?:only[ \t]+)?as"
    r"|(?:called|goes[ \t]+by|go[ \t]+by))[ \t]+(?:only[ \t]+)?[\"“]([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)[\"”]"
)
# How far after the description the clause may end.
PSEUDONYM_REACH = 140


def named_by_pseudonym(found: Attribution | None, body: str) -> Attribution | None:
    """The name in marks a description's relative clause gives (``PSEUDONYM_RE``), as the
    speaker in its place; None when ``found`` is no description or gives no such name."""
    if found is None or found.speaker_type not in ("description", "unnamed") or found.pos < 0 or not found.as_written:
        return None
    end = found.pos + len(found.as_written)
    if body[found.pos : end] != found.as_written:
        return None  # (a mention rebuilt by the resolver: its place is not its text)
    m = PSEUDONYM_RE.match(body, end, end + PSEUDONYM_REACH)
    if m is None:
        return None
    return Attribution(m.group(1), "person", found.as_written, found.as_written, found.cue, found.pos, found.rule)


# A quote that is only a name: one or two capitalised words.
NAME_ONLY_RE = re.compile(r"[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?")
# What stands between a name in marks and the quote it introduces: '"Perry" chimed in: "...'.
VERB_AFTER_NAME_RE = re.compile(r"[\"”][ \t]+(?:[a-z]+[ \t]+)?[a-z]+(?:[ \t]+(?:in|back|up))?[ \t]*[:,][ \t]*[\"“]$")
# ... and after a quote whose speaker comes next: '"No, not even," "Perry" countered: "...'.
NAME_NEXT_RE = re.compile(r"[\"”][ \t]+[\"“]$")
VERB_AFTER_RE = re.compile(r"[\"”][ \t]+(?:[a-z]+[ \t]+)?[a-z]+(?:[ \t]+(?:in|back|up))?[ \t]*[:,.]")


def pseudonym_quote(body: str, cand: Candidate) -> str | None:
    """The name a quote is, when it is only a name the article gave in marks as someone's
    (``PSEUDONYM_RE`` earlier or here): '"Perry"' after 'his name was "Perry"'."""
    text = body[cand.start : cand.end]
    if NAME_ONLY_RE.fullmatch(text) is None:
        return None  # (most quotes: no regex over the body)
    return text if any(at <= cand.end and name == text for at, name in _names_given(body)) else None


@lru_cache(maxsize=4)
def _names_given(body: str) -> tuple[tuple[int, str], ...]:
    """Every name ``PSEUDONYM_RE`` finds in the body, with where: read once an article, not once
    a quote (an article of many name-only quotes was quadratic)."""
    return tuple((m.end(1), m.group(1)) for m in PSEUDONYM_RE.finditer(body))


def pseudonym_beside(body: str, candidates: list[Candidate], i: int) -> Attribution | None:
    """'"Perry" chimed in: "..."' and '"...," "Perry" countered': the pseudonym in marks
    right before the quote with a verb, or right after it, speaks it."""
    cand = candidates[i]
    if i > 0:
        prev = candidates[i - 1]
        if VERB_AFTER_NAME_RE.fullmatch(body, prev.end, cand.start):
            name = pseudonym_quote(body, prev)
            if name:
                return Attribution(name, "person", None, name, None, prev.start, "pseudonym")
    if i + 1 < len(candidates):
        nxt = candidates[i + 1]
        if NAME_NEXT_RE.fullmatch(body, cand.end, nxt.start) and VERB_AFTER_RE.match(body, nxt.end, nxt.end + 40):
            name = pseudonym_quote(body, nxt)
            if name:
                return Attribution(name, "person", None, name, None, nxt.start, "pseudonym")
    return None
