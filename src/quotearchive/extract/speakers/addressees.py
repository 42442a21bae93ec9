"""A document sent to someone speaks for its sender, never for its addressee (session 23).

News credits a letter, memo or submission by its owner and names whom it went to in the same
phrase: ``The Conservatives' letter to Daniel Greenberg, the standards commissioner, said: "..."``,
``Mr Jones's email to staff said``, ``A letter to the council said``.  Read as any other mention, the
phrase's last name is taken for the speaker, which is the addressee: the one person who did not
write it.  :func:`document_owner` splits such a phrase: the owner before the possessive (resolved as
a mention of its own) or the sender after "from" ("a letter to Facebook from the committee's
chairman"), or, with neither, nobody named (the document as written).
"""

from __future__ import annotations

import re

from ...lexicon.people import POSSESSIVE_SUBJECTS
from ...lexicon.sources import AUTHORED_DOCUMENT_NOUNS

# Nouns of what is written and sent to someone (the authored documents, and the messages of web
# copy): "letter", "statement", "memo", "email", "note", "submission".
SENT_DOCUMENT_NOUNS = AUTHORED_DOCUMENT_NOUNS | frozenset(
    "email emails e-mail e-mails note notes message messages submission submissions briefing briefings "
    "complaint complaints petition appeal plea request response reply".split()
)

# The phrase: an optional owner ending in a possessive, up to two modifiers, the document noun, then
# "to" and the addressee. ("The Conservatives'", "Mr Jones's", "Labour's"; "A letter", "the open letter")
SENT_TO_RE = re.compile(
    r"(?:(?P<owner>(?:[Tt]he[ \t]+)?(?:[A-Z][\w.&-]*[ \t]+){0,4}[A-Z][\w.&-]*?)(?:['’]s|s['’])"
    r"|(?P<pronoun>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\b|(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]his)\b)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?P<noun>[a-z][\w-]*)[ \t]+to[ \t]+\S"
)

FROM_RE = re.compile(r"[ \t]from[ \t]+(\S.*)$")


def document_owner(np_text: str) -> tuple[str | None] | None:
    """For a mention "OWNER's DOCUMENT to ADDRESSEE": a one-tuple of the owner's words (a pronoun for
    "his", "her", "its", "their"; the sender after "from"; None when the phrase names no owner: "A
    letter to the council"); None when ``np_text`` is no such phrase."""
    m = SENT_TO_RE.match(np_text)
    if m is None or m.group("noun") not in SENT_DOCUMENT_NOUNS:
        return None
    owner = m.group("owner")
    if m.group("pronoun"):
        # "His letter to the council said": his, whoever "he" is
        return (POSSESSIVE_SUBJECTS[m.group("pronoun").lower()],)
    if owner is None:
        # "a letter to Facebook from the chairman of the committee": the sender after "from"
        sender = FROM_RE.search(np_text, m.end())
        return (sender.group(1) if sender else None,)
    # "The Conservatives'": the plural's possessive keeps its "s"
    return (owner + "s" if np_text[m.end("owner") : m.end("owner") + 1] == "s" else owner,)
