"""Two people who speak together: "Tom Reed and Ann Lee said in a joint statement", '"...,"
Prince Harry and Meghan said' (session 24).

The run pattern joins names over "and" ("Matt Lucas and David Walliams" is one run), and the run
parser reads the first person of it, so a statement two people made was credited to the first
alone. The labels name both ("Lord Justice Rix and Mr Justice Forbes"). Where the whole mention is
two people joined by "and", each a full name, a titled name or a first name of the lexicon, the
speaker is both, each as the article names them in full.
"""

from __future__ import annotations

import re

from ...lexicon.people import FIRST_NAMES, ROLE_OR_TITLE_WORDS
from .names import Names
from .runs import NATIONALITY_RE, parse_run

# "<name> and <name>", the whole mention, each side capitalised words (a title's stop allowed).
PAIR_RE = re.compile(r"([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})[ \t]+and[ \t]+([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})")


def joint_speakers(np_text: str, pos: int, names: Names) -> str | None:
    """"A and B" (each as named in full) when ``np_text`` is two people joined by "and"; else None
    ("Marks and Spencer", "Procter and Gamble": no person on one side)."""
    if " and " not in np_text:
        return None  # (most mentions: the pattern is not run)
    m = PAIR_RE.fullmatch(np_text)
    if m is None:
        return None
    people = [_person(m.group(k), pos, names) for k in (1, 2)]
    if people[0] is None or people[1] is None or people[0] == people[1]:
        return None
    return f"{people[0]} and {people[1]}"


def _person(words: str, pos: int, names: Names) -> str | None:
    """The full name of the person ``words`` names, if they surely name one."""
    if "'" in words or "’" in words:
        return None  # ("Ernst and Young's Sanjay Mehta": a firm's possessive, then its man)
    parsed = parse_run(words)
    if parsed is not None and (parsed.offset or not _titles_only(parsed.role)):
        # ("Simon and Schuster CEO Jonathan Karp": a firm's word before the role, so the side is
        # a firm's officer, not one person beside "Simon"; "German Chancellor X" is one person)
        return None
    if parsed is None and " " not in words and words in FIRST_NAMES:
        # "Prince Harry and Meghan": a first name alone, as the article calls her; or a surname
        # the article gives in full ("Douglas" after "Roger Douglas")
        entity = names.person([words], at=pos)
        return entity.name if entity is not None and entity.kind == "person" else words
    if parsed is None or parsed.kind != "person" or not words.endswith(" ".join(parsed.tokens)):
        return None
    tokens = parsed.tokens
    if not (parsed.title or tokens[0] in FIRST_NAMES):
        return None  # ("Johnson and Johnson": a surname alone may be a firm's word)
    entity = names.person(tokens, parsed.title, at=pos)
    if entity is not None and entity.kind == "person" and entity.name.endswith(" ".join(tokens)) and (
            len(tokens) > 1 or entity.name.split()[0] in FIRST_NAMES):
        return entity.name  # ("Mr Magnier" after "John Magnier")
    # (a surname the article gives with no first name: "Lord Justice Rix", as written)
    return " ".join(tokens) if len(tokens) > 1 else words[parsed.offset :].strip()


def _titles_only(role: str | None) -> bool:
    """Is ``role`` (the capitalised words before a name) titles, role words and nationalities alone?"""
    return role is None or all(
        word.rstrip(".").lower() in ROLE_OR_TITLE_WORDS or NATIONALITY_RE.fullmatch(word) for word in role.split())
