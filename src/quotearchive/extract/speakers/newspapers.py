""""The paper said", "the newspaper added": the newspaper the article named before (session 18).

Wire copy and web news quote a paper by name once ("the Rodong Sinmun said in a commentary", "the China
Daily newspaper reported") and then as "the paper" or "the newspaper".  With no newspaper among the
name table's bodies, the phrase stayed a description.  A newspaper is known as one by the words around
its name ("the China Daily newspaper", "Le Figaro newspaper", "the tabloid Bild") or by the word its
name ends with ("Times", "Post", "Sinmun", ...); a research paper ("A paper in Nature ... the paper
said") names no such body, and the phrase is left as it is.
"""

from __future__ import annotations

import re

from .model import Attribution
from .runs import NATIONALITY_RE

# "the paper", "The newspaper", "the daily", "the tabloid": the whole phrase, nothing else.
NEWSPAPER_PHRASE_RE = re.compile(r"(?i:the)\s+(?:newspaper|paper|daily|tabloid|broadsheet)")
NAME = r"[A-Z][\w'’.&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’.&-]*){0,4}"
# "the China Daily newspaper", "Le Figaro newspaper", "the tabloid Bild", "the newspaper Asahi Shimbun",
# and names ending with a newspaper's word ("the Washington Post", "the Rodong Sinmun").
NEWSPAPER_NAME_RE = re.compile(
    rf"(?:\b(?:newspaper|paper|daily|tabloid)[ \t]+({NAME})|({NAME})(?=[ \t]+(?:newspaper|daily|tabloid)\b)"
    rf"|\b((?:[A-Z][\w'’.&-]*[ \t]+){{0,3}}(?:Times|Post|Herald|Journal|Telegraph|Gazette|Tribune|Chronicle|"
    rf"Guardian|Independent|Observer|Mail|Express|Mirror|Sinmun|Shimbun|Ilbo|Zeitung|Allgemeine|Pravda|Izvestia)))\b"
)
A_BEFORE_RE = re.compile(r"(?:^|\s)(?:[Aa]|[Aa]n)[ \t]+$")
LOOKBACK = 1500  # characters read back for the newspaper's name
# Words that open a sentence, not a newspaper's name ("Today Mail readers ...": none kept).
NOT_OPENING = frozenset("The A An In On At By For From But And Its Their His Her This That".split())


def newspaper_before(np_text: str, pos: int, cue_word: str | None, body: str) -> Attribution | None:
    """The newspaper named last before ``pos`` when ``np_text`` is "the paper"/"the newspaper"."""
    if not NEWSPAPER_PHRASE_RE.fullmatch(np_text.strip()):
        return None
    named: list[str] = []
    for found in NEWSPAPER_NAME_RE.finditer(body, max(0, pos - LOOKBACK), pos):
        name = next(group for group in found.groups() if group).split(". ")[-1]  # (not "Wednesday. The Journal")
        if found.group(2) and (name.split()[0] in ("A", "An") or A_BEFORE_RE.search(body, max(0, found.start() - 4), found.start())):
            continue  # "a Baton Rouge newspaper": where it is, not its name
        words = name.split()
        while words and words[0] in NOT_OPENING:
            words = words[1:]
        # ("Spanish daily ABC": the nationality before "daily" is no name; the name after it is.)
        if words and not (len(words) == 1 and NATIONALITY_RE.match(words[0])):
            named.append(" ".join(words))
    if not named:
        return None
    # "the Journal" after "the Wall Street Journal": the fuller name it was given before.
    last = next((name for name in named if name != named[-1] and name.endswith(" " + named[-1])), named[-1])
    return Attribution(last, "organisation", None, np_text.strip(), cue_word, pos)
