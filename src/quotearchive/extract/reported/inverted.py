"""The speaker of an inverted attribution with a title before the name: "CLAUSE, said former
governor Ed Rendell." / "..., said analyst Tom Reed, who ...", or a group with no name: "CLAUSE,
said officials in London." / "..., said people familiar with the matter.".

News writing puts the speaker's job before the name in lower case ("said chief executive Ann
Lee", "said senior adviser Tom Reed", "said former Pennsylvania governor Ed Rendell", "said
analysts at Goldman Sachs").  ``patterns.trailing`` read ", said X" only where X opened with a
capital or a determiner, so the clause before the comma was lost and the words after "said" were
read as a clause of their own ("said [former governor Ed Rendell]", no speaker).

A title here opens with a lower-case word, holds at most ``MAX_TITLE_WORDS`` words, capitalised
("Pennsylvania") or lower-case but no function word ("at" and "of" inside it aside: "head of
research"), so "said he would ...", "said goodbye to Tom Reed", "said so to Ann Lee" stay what they
were; the name after it is one to four capitalised words, then the sentence's end or the
attribution's tail (``frames.TRAIL_TAIL_RE``: "on Tuesday", "in London").  The caller has cut the
tail before an apposition (", who ...", ", a ...") and bounded its length, and it reads the
title only where the words before the comma hold a verb ("Taft Broadcasting yesterday, however,
said financial advisor Goldman, Sachs ... did not conclude ...": no clause before it)."""

from __future__ import annotations

import re

from ...lexicon.people import GROUP_SPEAKERS
from ...lexicon.reported import (
    FUNCTION_WORDS, INVERTED_GROUP_FOLLOWERS, INVERTED_GROUP_HEADS, INVERTED_GROUP_HEADS_NOT_BARE, INVERTED_GROUP_QUANTITIES,
    INVERTED_NOT_TITLE_WORDS,
)
from .frames import TRAIL_TAIL_RE

MAX_TITLE_WORDS = 5
MAX_NAME_WORDS = 4
TOKEN_RE = re.compile(r"[\w'’.&-]+")
# Between two words of a title: "analysts at Goldman Sachs", "head of research Tom Reed".
CONNECTORS = ("at", "of")


def titled_name(tail: str) -> bool:
    """Is ``tail`` (the words after an inverted "said") a lower-case title and a name?"""
    tokens = []
    pos = len(tail) - len(tail.lstrip())
    while (m := TOKEN_RE.match(tail, pos)) and len(tokens) < MAX_TITLE_WORDS + MAX_NAME_WORDS:
        tokens.append(m)
        pos = m.end()
        if not tail.startswith(" ", pos):
            break
        pos += 1
    if not tokens or not tokens[0].group()[:1].islower():
        return False
    for k in range(1, min(MAX_TITLE_WORDS, len(tokens) - 1) + 1):
        if not _title_word(tokens[k - 1].group(), k - 1):
            return False
        for n in range(1, MAX_NAME_WORDS + 1):
            if k + n > len(tokens) or not tokens[k + n - 1].group()[:1].isupper():
                break
            if TRAIL_TAIL_RE.match(tail, tokens[k + n - 1].end()):
                return True
    return False


def _title_word(word: str, index: int) -> bool:
    if word[:1].isupper():
        return True
    if word in INVERTED_NOT_TITLE_WORDS:
        return False
    return word not in FUNCTION_WORDS or (word in CONNECTORS and index > 0)


GROUP_HEADS = frozenset(GROUP_SPEAKERS) | frozenset(INVERTED_GROUP_HEADS)
GROUP_FOLLOWER_RE = re.compile(rf"\s+(?:{'|'.join(INVERTED_GROUP_FOLLOWERS)})\b")


def group_speaker(tail: str) -> bool:
    """Is ``tail`` a group that speaks ("officials", "union leaders", "two people briefed on the
    talks"), then the attribution's tail ("officials in London", "on Tuesday")?  The head is a
    group word (``GROUP_HEADS``) among the first three words, the words before it no function words
    but a quantity."""
    tokens = list(TOKEN_RE.finditer(tail))
    words = [t.group() for t in tokens]
    for h in range(min(3, len(words))):
        if words[h] not in GROUP_HEADS:
            continue
        if any(w in FUNCTION_WORDS and w not in INVERTED_GROUP_QUANTITIES or not w[:1].islower() for w in words[:h]):
            return False
        head = tokens[h]
        if GROUP_FOLLOWER_RE.match(tail, head.end()) is not None:
            return True
        return (h > 0 or words[h] not in INVERTED_GROUP_HEADS_NOT_BARE) and TRAIL_TAIL_RE.match(tail, head.end()) is not None
    return False
