"""Readers for archive and crawler formats (Reuters SGML, JSON Lines, ...).

Each reader is one function registered with ``@register(suffix)``; it yields
Documents whose ``meta`` carries what the format states (title, date, url).
"""

from __future__ import annotations

from .read import register  # noqa: F401
