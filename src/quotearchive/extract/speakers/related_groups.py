"""A group named by how it stands to a body is not that body (session 22).

"Critics of the SEC said", "Sources close to the Treasury said", "People familiar with Google's
plans said": the mention holds a body's name, and reading the name out of it gave the quote to the
body, which is the one thing the sentence says did not speak (critics oppose it; sources near it are
unnamed people, as "a source close to" already is in ``resolve.SPEAKS_FOR_RE``).  Such a speaker
stays the group as written, a description.  "Critics like Huffman" is not one: Huffman is a
critic, and speaks.  Officials, staff and spokesmen *of* a body are not in
the list: they speak for it.
"""

from __future__ import annotations

import re

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


def related_group(found: Attribution) -> Attribution:
    """``found``, or the group as written when its speaker is the body the group stands beside."""
    written = (found.as_written or "").strip()
    if not found.speaker or found.speaker_type == "description":
        return found
    if not (RELATED_GROUP_RE.match(written) or KIN_GROUP_RE.match(written)):
        return found
    return Attribution(written, "description", None, written, found.cue, found.pos, found.rule)
