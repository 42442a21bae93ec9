"""Regular expressions built from word lists.

Python's ``re`` tries the alternatives of ``a|b|c`` one by one at every offset
of the text, so a flat alternation of a few hundred words (the reporting verbs,
the naming phrases before a title) costs as many attempts per character.
Folding the words into a trie gives one alternative per shared prefix
(``sa(?:id|ys)``): each offset fails after a character or two.
"""

from __future__ import annotations

import re


def trie_pattern(words: list[str]) -> str:
    """A regex source matching exactly ``words``, one alternative per shared prefix.

    Where one word is a prefix of another ("went on", "went on to say") the
    longer is tried first, as in a flat alternation sorted longest first.  Give
    the words sorted: the same list always gives the same pattern.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # optional tail: the longest form wins

    return build(trie)


def last_after_word(text: str, word: str, pattern: re.Pattern[str]) -> tuple[int, re.Match[str]] | None:
    """The last match of ``\\b{word}`` then ``pattern`` in ``text``, as ``re.finditer`` over the two
    joined would find it (a failed start moves one character on, a match goes on from its end):
    where the word starts and ``pattern``'s match after it (never empty).  ``word`` is letters only.  For a
    word that changes with each call (a description's head noun), which compiled into the
    pattern would cost a compile (~0.6 ms) each time ``re``'s cache has lost it."""
    found = None
    at = text.find(word)
    while at >= 0:
        before = text[at - 1 : at]  # "\\b": no word character right before the word
        m = None if before and (before.isalnum() or before == "_") else pattern.match(text, at + len(word))
        if m is None:
            at = text.find(word, at + 1)
        else:
            found = (at, m)
            at = text.find(word, m.end())
    return found
