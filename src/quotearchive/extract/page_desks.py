"""A desk's credit as a page's byline (session 24, issue 16): "BR24 Redaktion", "Redaktion hessenschau.de".

The convention (docs/html-extraction.md, session 24): the outlet's bare name as its own author ("Les Echos",
"Euronews", a JSON-LD ``Organization`` author) is no byline, since a site writes it into every page's records and it
tells a reader nothing the address does not; a desk's credit ("Motley Fool Staff", "Redaktion") is, when no one is
named, since it says the piece is the house's unsigned copy.  Two desk credits were lost:

- a desk named for a brand with digits ("BR24 Redaktion", "KHOU 11 Staff"): a name with digits is an account's
  ("jroe2"), so the record was dropped as a username.  A desk word with capitalised brand words, digits inside a
  word or a channel's number, is a desk's credit;
- a desk credit typed as an organisation in JSON-LD (``{"@type": "NewsMediaOrganization", "name": "Redaktion
  hessenschau.de"}``): an organisation-typed author is no person, so it was never read.  It is read last, as the
  desk's credit, when no source names a person.
"""

from __future__ import annotations

import re
from typing import Any

from .page_strings import collapse_space, name_of

# A byline naming the outlet's desk ("Motley Fool Staff", "The Editors") is the page's attribution.
DESK_RE = re.compile(r"\b(?:staff|editors?|editorial|desk|team|newsroom|reporters?|correspondents?|"
                     r"redaktion|rédaction|redacción|redazione|redactie|redação)\b", re.IGNORECASE)
# A desk credit's words: the desk word, capitalised words or a site's address ("hessenschau.de"), a brand with digits
# glued on ("BR24", "9News") or a channel's number ("KHOU 11"); never a word of digits and letters mixed otherwise.
DESK_CREDIT_WORD_RE = re.compile(r"(?:[^\W\d_][\w.'’&-]*?\d*|\d{1,3}[^\W\d_]*)")
DESK_CREDIT_MAX_WORDS = 4
DESK_CREDIT_MAX_CHARS = 60
# Desks credited at most: a record listing more is no byline's.
ORGANISATION_DESKS_MAX = 3
# JSON-LD author types that are no person: the publisher or a desk.
ORGANISATION_TYPES = frozenset(t.lower() for t in ["Organization", "NewsMediaOrganization", "Corporation", "WebSite", "Brand"])


def is_desk_credit(name: str) -> bool:
    """"BR24 Redaktion", "KHOU 11 Staff", "Redaktion hessenschau.de": a desk word and up to three other words, each a
    word or a brand with digits glued on or a channel's number (digits alone are no name: "Staff 2024", "jroe2")."""
    name = collapse_space(name)
    words = name.split()
    if not words or len(words) > DESK_CREDIT_MAX_WORDS or len(name) > DESK_CREDIT_MAX_CHARS or "@" in name:
        return False
    if not DESK_RE.search(name) or not any(c.isalpha() for c in words[0]):
        return False
    return all(DESK_CREDIT_WORD_RE.fullmatch(w) for w in words) and not words[-1].isdigit()


def organisation_desks(ld: dict[str, Any]) -> list[str]:
    """The desk credits among a page's JSON-LD authors typed as organisations ("Redaktion hessenschau.de"), or []."""
    found: dict[str, None] = {}
    for value in (ld.get("author"), ld.get("creator")):
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict) and str(item.get("@type", "")).lower() in ORGANISATION_TYPES:
                name = collapse_space(name_of(item) or "")
                if name and is_desk_credit(name):
                    found[name] = None
    return list(found)[:ORGANISATION_DESKS_MAX]
