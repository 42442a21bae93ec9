"""Which parts of a byline's string are its writers (session 18, issue 16), beyond :mod:`.page_names`' split at the
separators that never stand inside a name.

- "and" written in capitals ("By JANE ROE AND JOHN DOE"), as wire and tabloid bylines write whole bylines: the
  separator is the word, whatever its case (``page_names.AUTHOR_SPLIT_RE``, case ignored there);
- "and" in the languages where the word is also a particle inside one name or a common short word (Spanish "y":
  "José Ortega y Gasset" is one man; Italian and Portuguese "e", Catalan and Polish "i", Turkish "ve", Finnish
  "ja", Hungarian "és", Romanian "și", Russian "и", Ukrainian "і"; lexicon data): a join only where a name of two
  words at least, opening on a capital, stands on each side ("Mario Rossi e Luigi Bianchi"), so a one-word
  surname after the word ("Ortega y Gasset", "Puig i Cadafalch") stays part of the name; in a byline written in
  capitals the word is too ("ANA QUEL Y TOMÁS BRACO"); English "with" likewise ("By Jane Roe with John Doe");
- a part that is only a role ("DAVID ROE, Executive Editor", "Jane Roe, Senior Washington Correspondent"): the
  writer's title after a comma, no co-author.  The role words are :mod:`.page_credits`' (a role glued after the
  name with no comma is cut there); a desk or a team ("Gear Team", "Redaktion") is left, labels credit it;
- a name, a spaced dash and the team or outlet the writer is with ("Kiran C Nair - Chrome Safe Browsing team"),
  which made the part no name: the name before the dash, when it is one (asked by :mod:`.page_names`).
"""

from __future__ import annotations

import re

from ..lexicon.bylines import ORGANISATION_ROLE_ADJECTIVES, ORGANISATION_ROLES, TWO_SIDED_CONJUNCTIONS
from .page_credits import _ROLE_ADJECTIVES, _ROLE_WORD

# A role alone: a rank or a desk's adjective or two (a beat's word allowed after them), then the role's word.
ROLE_PART_RE = re.compile(rf"(?:(?:{_ROLE_ADJECTIVES}\s+){{1,2}}(?:[A-Z][\w-]+\s+)?)?{_ROLE_WORD}", re.IGNORECASE)
# A job title in a company or an institution ("Vice President", "Senior Software Engineer", "Head of Product"):
# a corporate blog's "Posted by Jane Roe, Vice President, Example Cloud" made the title a second writer.
ORGANISATION_ROLE_PART_RE = re.compile(
    rf"(?:(?:{'|'.join(sorted(ORGANISATION_ROLE_ADJECTIVES))})\s+){{0,3}}"
    rf"(?:{'|'.join(sorted(ORGANISATION_ROLES))})s?(?:\s+of\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,2}})?",
    re.IGNORECASE)

# A spaced dash between the writer's name and the team or outlet they write for (a hyphen in a name has no spaces).
DASH_TAIL_RE = re.compile(r"\s+[-–—]\s+")
# Words on each side of the join: a first name and a surname at least.
JOINED_NAME_MIN_WORDS = 2


def split_two_sided(part: str) -> list[str]:
    """"Mario Rossi e Luigi Bianchi" -> ["Mario Rossi", "Luigi Bianchi"]; "José Ortega y Gasset" as it is."""
    words = part.split()
    shouted = part.isupper()  # a byline in capitals writes its "and" so too ("ANA QUEL Y TOMÁS BRACO")
    for i, word in enumerate(words):
        left, right = words[:i], words[i + 1:]
        joins = word in TWO_SIDED_CONJUNCTIONS or (shouted and word.lower() in TWO_SIDED_CONJUNCTIONS)
        if joins and len(left) >= JOINED_NAME_MIN_WORDS and len(right) >= JOINED_NAME_MIN_WORDS \
                and left[0][:1].isupper() and right[0][:1].isupper():
            return [" ".join(left), *split_two_sided(" ".join(right))]
    return [part]


def name_before_dash(part: str) -> str | None:
    """The words before a spaced dash ("Kiran C Nair - Chrome Safe Browsing team" -> "Kiran C Nair"), or None."""
    head = DASH_TAIL_RE.split(part, maxsplit=1)
    return head[0].strip() if len(head) > 1 else None


def is_role_part(part: str) -> bool:
    """"Executive Editor", "Senior Washington Correspondent", "Reporter", "Vice President": a title, no one's name."""
    return bool(ROLE_PART_RE.fullmatch(part.strip()) or ORGANISATION_ROLE_PART_RE.fullmatch(part.strip()))


def without_roles(parts: list[str], written: str) -> list[str]:
    """The parts of a byline that are no title ("Jane Roe, Executive Editor" -> ["Jane Roe"]); all of them when every
    part is one (a desk's credit, "Staff Writer").  After a company's or institution's title the last part, set off
    by a comma, is the employer ("Jane Roe, Vice President, Example Cloud"), not a second writer; ``written`` is the
    byline as written, to tell that comma from an "and"."""
    if all(is_role_part(part) for part in parts):
        return parts
    kept = [part for part in parts if not is_role_part(part)]
    if len(parts) >= 3 and kept and kept[-1] == parts[-1] and ORGANISATION_ROLE_PART_RE.fullmatch(parts[-2].strip()) \
            and re.search(rf",\s*{re.escape(parts[-1])}\W*$", written):
        kept = kept[:-1]
    return kept
