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
