"""A quantifier standing for a noun named just before it: "One user wrote ... Another said",
"Supporters cheered. Some chanted", "tweeted another".

News writing drops the noun a second time; the quote's source as written is then "another"
or "some", which names no one.  The noun it stands for is the people noun named shortly
before as a subject or after a determiner ("one user" -> "another user"); with no such noun
the quantifier stays no one (:mod:`.fragments` refuses it).  :mod:`.mentions` asks here.
"""

from __future__ import annotations

import re

from ...lexicon.people import GROUP_SPEAKERS
from ...lexicon.referents import ELLIPSIS_DETERMINERS, ELLIPSIS_HEADS, ELLIPSIS_STOPS, INDEFINITES
from .model import Attribution
from .names import Names

# How far back the noun a quantifier stands for may be named (characters).
ELLIPSIS_REACH = 400
ELLIPSIS_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")


def elliptic(np_text: str, pos: int, cue_word: str | None, names: Names) -> Attribution | None:
    """``Another said``, ``Some chanted``: the quantifier stands for the people noun named just
    before ("one user wrote" -> "another user", "Supporters cheered" -> "some supporters"),
    with the capitalised words modifying it ("another New Hampshire Republican"); no one
    when no such noun comes before."""
    body = names.body
    words = list(ELLIPSIS_WORD_RE.finditer(body, max(0, pos - ELLIPSIS_REACH), max(0, pos)))
    for k in range(len(words) - 1, -1, -1):
        written = words[k].group()
        word = written.lower()
        singular = word[:-1] if word.endswith("s") else word
        if singular not in ELLIPSIS_HEADS and word not in ELLIPSIS_HEADS and word not in GROUP_SPEAKERS or word in INDEFINITES:
            continue
        lo = k
        while lo > 0 and k - lo < 3 and words[lo - 1].group()[:1].isupper() and words[lo - 1].group() not in ELLIPSIS_STOPS:
            lo -= 1
        opens = _opens_sentence(body, words[lo].start())
        if not opens and (lo == 0 or words[lo - 1].group().lower() not in ELLIPSIS_DETERMINERS):
            continue  # ("a quiz asked readers": an object, not the people the quantifier counts)
        if lo == k and opens:
            written = written[:1].lower() + written[1:]  # "Supporters gave ...": the noun, not a name
        quantifier = np_text.lower()
        if quantifier.endswith("another"):
            noun = written[:-1] if word.endswith("s") and singular in ELLIPSIS_HEADS else written
        else:
            noun = written + "s" if word == singular and word in ELLIPSIS_HEADS and word not in ("people",) else written
        speaker = " ".join(["other" if quantifier == "others" else quantifier, *(w.group() for w in words[lo:k]), noun])
        return Attribution(speaker, "description", None, np_text, cue_word, pos)
    return None


def _opens_sentence(body: str, at: int) -> bool:
    before = body[max(0, at - 3) : at].rstrip(" \t\"“”")
    return not before or before[-1:] in ".!?\n"
