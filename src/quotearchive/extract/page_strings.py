"""String helpers shared by a web page's metadata and its main text."""

from __future__ import annotations

from typing import Any

import re

ALNUM_RE = re.compile(r"[\W_]+")


def collapse_space(value: str | None) -> str:
    """``value`` with every run of whitespace made one space, ends stripped; "" if not a string."""
    return " ".join(value.split()) if isinstance(value, str) else ""


def alnum_key(text: str) -> str:
    """Letters and digits only, lower-cased: what two spellings of one title or paragraph share."""
    return ALNUM_RE.sub("", text).lower()


def name_of(value: Any) -> str | None:
    """A name given as a string, a JSON-LD object with a name, or a list of them (the first)."""
    if isinstance(value, str):
        return collapse_space(value)
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str):
            return collapse_space(name)
        if isinstance(name, list) and name and isinstance(name[0], str):
            return collapse_space(name[0])
    if isinstance(value, list) and value:
        return name_of(value[0])
    return None


def strings_of(value: Any) -> list[str]:
    """A JSON-LD value's strings: the value itself, or the strings of a list."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []
