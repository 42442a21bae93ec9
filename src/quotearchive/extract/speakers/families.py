""""They" for a family that issued a statement (session 19).

British and Irish news quote a bereaved or worried family through a statement it gives out
("Cameron's family issued a tribute via the police. They said: "..."", "In a statement, his
parents said ... They added: "...""). "family" is a singular noun for a plural speaker, so the
group-subject rule of :mod:`.antecedents` (a plural head ending in "s") never took it, and the
family's words were left with no speaker.  Here a sentence's subject headed by "family",
"parents", "relatives" or "loved ones", after a possessive or "the" ("Cameron's family", "His
family", "the family of Ronnie Smith"), is the group "they" stands for; a fronted phrase with its
comma may open the sentence ("Following the broadcast, Cameron's family issued ...").
"""

from __future__ import annotations

import re

# A fronted phrase and its comma, then the family as the subject, then a verb (lower case).
FAMILY_SUBJECT_RE = re.compile(
    r"[\"“]?(?:(?:But|And|Meanwhile|Now|Later|However)[ \t,]+)?(?:[^.,;:!?\"“”\n]{0,80},[ \t]+)?"
    r"((?:[A-Z][\w'’-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)(?:[ \t]+[a-z][\w'’-]*){0,2}?[ \t]+"
    r"(family|parents|relatives|loved[ \t]+ones)"
    r"(?:[ \t]+of[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?)"
    r"[ \t]+(?:have[ \t]+|has[ \t]+|had[ \t]+)?(?!(?:of|and|or|who|which|that|to|is|was)\b)"
    # A verb: a past or present form, or a common irregular past ("The family car was": no verb, no family).
    r"(?:(?![a-z]*(?:ness|ss)\b)[a-z]{2,}(?:ed|es|s)|said|paid|told|gave|wrote|spoke|sent|put|made|took|left|read)\b"
    r"(?![ \t]+(?:was|were|is|are|has|had|have)\b)"
)
# Possessives and determiners that make the family a part or another's ("Some family members").
NOT_FAMILY_OPENERS = frozenset("some many most few several all both other these those".split())


def family_subject(match: re.Match[str]) -> str | None:
    """The family named by a ``FAMILY_SUBJECT_RE`` match, as written ("Cameron's family"), or None."""
    subject = match.group(1)
    return None if subject.split()[0].lower() in NOT_FAMILY_OPENERS else subject
