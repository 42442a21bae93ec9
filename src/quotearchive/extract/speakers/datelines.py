"""A dateline's words are no one's name, however many runs of capitals it holds (session 17).

:func:`.names.is_dateline` reads a run of capitals opening a line ("SEOUL, Aug. 20 (Yonhap) --");
US datelines split into several runs ("ST. LOUIS, MO (KTVI) –", "FT. WORTH, Texas --"): the
abbreviation's stop ends the first, and the place and the state's abbreviation after it became
organisations ("LOUIS", "MO") that a later "it" could mean.  Asked only of runs in capitals.
"""

from __future__ import annotations

import re

# A line opening with a place in capitals (abbreviations with stops inside), up to two
# comma-separated parts (a state, a date), an agency in brackets and the dash.
DATELINE_LINE_RE = re.compile(
    r"[A-Z][A-Z.'’ -]{1,30}(?:,[ \t]*[A-Za-z0-9. ]{1,20}){0,2}[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*(?:--|—|–|-(?=[ \t]))[ \t]*(?=[A-Z0-9\"“‘])")


def in_dateline(body: str, at: int) -> bool:
    """Is ``at`` inside a dateline opening its line?"""
    line = body.rfind("\n", 0, at) + 1
    if at - line > 60:
        return False  # (a dateline is short: the run is further in than any)
    m = DATELINE_LINE_RE.match(body, line)
    return m is not None and at < m.end()
