"""Capitals outside ASCII, read as their base letter by the rules, given back in the result.

The rules' patterns write a capital as ``[A-Z]``: "Émile Zola", "Öcalan", "Łukasz
Piszczek" and "Ángel Di María" were no names to them (a description, or "Di María").
Rather than widen every pattern, the rules read a copy of the body in which each
such capital is its base letter ("Emile Zola"), one character for one so offsets
hold, and the names they return are given their letters back from the article's
own words.  Lower-case letters are left alone: ``\\w`` already reads "María".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from .model import Attribution


def _base_letter(c: str) -> str | None:
    base = unicodedata.normalize("NFD", c)[0]
    return base if "A" <= base <= "Z" else None


# Latin-1 and Latin Extended-A/B capitals with an ASCII base letter ("É" -> "E"); the ones
# with no decomposition are written out ("Ł" -> "L", "Ø" -> "O").
_UNDECOMPOSED = {"Ł": "L", "Ø": "O", "Đ": "D", "Ħ": "H", "Æ": "A", "Œ": "O", "Þ": "T", "Ŧ": "T", "Ŋ": "N"}
FOLDS = {
    c: _UNDECOMPOSED.get(c) or _base_letter(c)
    for c in map(chr, range(0xC0, 0x250))
    if c.isupper() and (_UNDECOMPOSED.get(c) or _base_letter(c))
}
FOLD = str.maketrans(FOLDS)
FOLDED_RE = re.compile("[" + "".join(FOLDS) + "]")
WORD_RE = re.compile(r"[\w'’-]+")


def has_folded(text: str) -> bool:
    """Does ``text`` hold a capital ``FOLDS`` reads as its base letter?  (None is ASCII, and
    ``str.isascii`` reads a flag: most news bodies are not scanned at all.)"""
    return not text.isascii() and FOLDED_RE.search(text) is not None


def fold_capitals(text: str) -> str:
    """``text`` with each capital outside ASCII as its base letter; the same length."""
    return text.translate(FOLD) if has_folded(text) else text


@lru_cache(maxsize=4)  # the quotes' and the reported statements' calls read the same article
def _original_words(body: str) -> dict[str, str]:
    """Folded word -> the word as the article writes it, for the words that hold such a capital."""
    return {word.translate(FOLD): word for word in WORD_RE.findall(body) if FOLDED_RE.search(word)}


def restore_capitals(body: str, found: list[Attribution]) -> list[Attribution]:
    """``found`` with the speakers', mentions' and roles' words written as in ``body`` (copies)."""
    if not has_folded(body):
        return found
    words = _original_words(body)

    def restore(text: str | None) -> str | None:
        return WORD_RE.sub(lambda m: words.get(m.group(), m.group()), text) if text else text

    # Copies: the name table's events keep the folded ones its entities match.
    return [replace(a, speaker=restore(a.speaker), as_written=restore(a.as_written), role=restore(a.role)) for a in found]
