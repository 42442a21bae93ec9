"""String helpers shared by a web page's metadata and its main text."""

from __future__ import annotations

import re

ALNUM_RE = re.compile(r"[\W_]+")


def collapse_space(value: str | None) -> str:
    """``value`` with every run of whitespace made one space, ends stripped; "" if not a string."""
    return " ".join(value.split()) if isinstance(value, str) else ""


def alnum_key(text: str) -> str:
    """Letters and digits only, lower-cased: what two spellings of one title or paragraph share."""
    return ALNUM_RE.sub("", text).lower()
