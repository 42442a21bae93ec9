"""A group named by how it stands to a body is not that body (session 22).

"Critics of the SEC said", "Sources close to the Treasury said", "People familiar with Google's
plans said": the mention holds a body's name, and reading the name out of it gave the quote to the
body, which is the one thing the sentence says did not speak (critics oppose it; sources near it are
unnamed people, as "a source close to" already is in ``resolve.SPEAKS_FOR_RE``).  Such a speaker
stays the group as written, a description.  "Critics like Huffman" is not one: Huffman is a
critic, and speaks.  Officials, staff and spokesmen *of* a body are not in
the list: they speak for it.

(Session 23) The same with a pronoun: "Sources close to him said", "a friend close to her told the
paper": the mention was read as the pronoun alone, which then named the person the group stands
beside; the group as written speaks.
"""

from __future__ import annotations

import re

from .fragments import without_sentence_stop
from .model import Attribution

# The group's word and its relation, at the start of the mention as written.
RELATED_GROUP_RE = re.compile(
    r"(?:(?:some|many|other|fellow|several|the|his|her|their)\s+)?"
    r"(?:(?:critics|opponents|detractors|rivals|enemies|foes|sceptics|skeptics)\s+of|"
    r"(?:sources|people|those|persons|insiders|friends|allies|aides)\s+(?:close\s+to|familiar\s+with))\s+\S",
    re.I,
)
# In lower case only ("Friends of the Earth" is a body): "allies of Boris Johnson told the BBC", "friends
# of Ms Smith said", "one critic of Mr Trump said".
KIN_GROUP_RE = re.compile(
    r"(?:(?:some|many|other|close|senior|two|three|several|the|his|her|their)\s+)?"
    r"(?:allies|friends|supporters|backers)\s+of\s+\S"
    r"|(?:one|a|another)\s+(?:critic|opponent|rival|ally|friend|supporter)\s+of\s+\S"
)


# The words of a group standing close to someone ("a senior source", "friends", "those"), for the
# patterns below.
GROUP_DETERMINERS = r"(?:(?:a|an|one|another|some|many|several|two|three|the|senior|close|old|longtime|other)\s+){0,2}"
GROUP_NOUNS = r"sources?|friends?|people|persons?|allies|ally|aides?|insiders?|associates?|confidants?"
# A group standing beside a pronoun, right before it: "Sources close to [him]", "a friend close to [her]".
BESIDE_PRONOUN_RE = re.compile(
    r"\b(?:(?:many|some|several|one|two|three|most)\s+of\s+)?" + GROUP_DETERMINERS
    + rf"(?:{GROUP_NOUNS}|those)\s+(?:close\s+to|familiar\s+with)\s+$",
    re.I,
)
OBJECT_PRONOUN_MENTIONS = frozenset({"him", "her", "them"})
# A group read after its verb and cut at "to" ('said a friend close'), and what it stands close to.
CUT_AT_CLOSE_RE = re.compile(rf"(?:{GROUP_NOUNS})\s+close$", re.I)
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# What ends the lower-case object of "close to": a time or a clause after it ("close to the
# chancellor last night", "close to him who asked not to be named").
AFTER_OBJECT = r"last|this|yesterday|today|tonight|on|in|at|who|which|that|and|but|when|after|before|as"
CLOSE_TO_RE = re.compile(
    r"\s+to\s+(?:(?:him|them)\b|her\b(?!\s+[a-z])(?!\s+(?:" + AFTER_OBJECT + r")\b)"
    rf"|(?:the\s+)?(?!(?:{DAYS})\b)[A-Z][\w.'’-]*(?:\s+(?:of\s+)?(?!(?:{DAYS})\b)[A-Z][\w.'’-]*){{0,4}}(?:(?<=['’]s)\s+[a-z]+)?"
    r"|(?:the|his|her|their)\s+[a-z-]+(?:\s+[a-z-]+){0,2}?(?=\s*(?:[,.;:!?\"“”)]|$)|\s+(?:" + AFTER_OBJECT + r")\b))")


def related_group(found: Attribution, body: str = "") -> Attribution:
    """``found``, or the group as written when its speaker is the body or person the group stands
    beside (``body``: the text ``found.pos`` points into, for a group before a pronoun)."""
    written = (found.as_written or "").strip()
    if body and found.speaker_type == "description" and CUT_AT_CLOSE_RE.search(written) and body.startswith(written, found.pos):
        rest = CLOSE_TO_RE.match(body, found.pos + len(written))
        if rest is not None:
            written = body[found.pos : rest.end()]
            written = without_sentence_stop(written)
            return Attribution(written, "description", None, written, found.cue, found.pos, found.rule)
    if not found.speaker or found.speaker_type == "description":
        return found
    if body and written.lower() in OBJECT_PRONOUN_MENTIONS and found.pos > 0 and body.startswith(written, found.pos):
        group = BESIDE_PRONOUN_RE.search(body, max(0, found.pos - 60), found.pos)
        if group is not None:
            written = body[group.start() : found.pos + len(written)]
            return Attribution(written, "description", None, written, found.cue, group.start(), found.rule)
        return found
    if not (RELATED_GROUP_RE.match(written) or KIN_GROUP_RE.match(written)):
        return found
    return Attribution(written, "description", None, written, found.cue, found.pos, found.rule)


# The group and its pronoun right beside the quote's own cue, where the mention read was no pronoun
# (a "her" is read as a possessive, so the subject was lost and an earlier name taken): '"...,"
# sources close to her said', 'Sources close to her said: "..."'.
GROUP_PRONOUN = rf"({GROUP_DETERMINERS}(?:{GROUP_NOUNS})\s+close\s+to\s+(?:her|him|them))"
GROUP_AFTER_QUOTE_RE = re.compile(r"[,.!?]?[\"”’']?\s+" + GROUP_PRONOUN + r"\s+(?:said|says|told|added|insisted)\b", re.I)
GROUP_BEFORE_QUOTE_RE = re.compile(GROUP_PRONOUN + r"\s+(?:said|says|added|insisted|told\s+[\w ]{1,30}?)\s*[:,]?\s*[\"“‘']?$", re.I)


def group_beside_cue(found: Attribution, body: str, start: int, end: int) -> Attribution:
    """``found``, or the group close to a pronoun that the quote at ``start``-``end`` names as its
    speaker right beside it ('"...," sources close to her said'), where no mention read it."""
    if found.speaker_type == "description" and (found.as_written or "").lower().startswith(("source", "friend", "a ", "one ")):
        return found
    after = GROUP_AFTER_QUOTE_RE.match(body, end, end + 120)
    before = None if after else GROUP_BEFORE_QUOTE_RE.search(body, max(0, start - 120), start)
    group = after or before
    if group is None:
        return found
    written = group.group(1)
    return Attribution(written, "description", None, written, found.cue or "said", group.start(1), found.rule)
