"""A reported clause inside the subject: "Lacerda said Epstein told her: "..."" (session 17).

The rules find a cue's subject by reading back from the verb to the start of the clause; when the
writer's own source comes first ("X said Y told her"), that reading takes "X said Y" as one phrase, a
fragment no one is called.  Where the cue is a reporting verb that takes the quote ("told her:"),
the quote is the inner subject's: the words after the writer's "said" are the subject.  Where the
cue is no reporting verb ("X said Trump still believes it is "bunk""), the words are the outer
speaker's, reported: the subject is the one before "said".

Session 18: the same with an inner subject that is no name ("Caputo said the near doubling in
trade showed the "tangible ... results"", "It said data from employment tribunals suggested",
"Mr Straw said the US had agreed ... after "intensive ... discussions""): the whole run was read as
one phrase, "Caputo said the near doubling in trade".  The inner words speak only when the cue is
a verb of speech and they end in a noun of people or a body ("Mr Howard said the police had said");
otherwise the quote is the writer's source's report, and the subject is the one before "said".
"""

from __future__ import annotations

import re

from ...lexicon.people import GROUP_SPEAKERS, ORG_VOICE_WORDS, REFERRING_ORG_HEADS, ROLE_OR_PERSON_HEADS
from ...lexicon.not_speakers import CLAUSE_WORDS
from ...lexicon.sources import AUTHORED_DOCUMENT_NOUNS
from ...lexicon.verbs import REPORTING_VERBS, THOUGHT

# The forms of verbs of speech, not of thought ("believes": what the outer speaker reports).
SPOKEN_WORDS = frozenset(form for verb in REPORTING_VERBS.values() if verb.stance != THOUGHT for form in verb.speech)

# "said Epstein", "told Trump": a reporting verb, then a capitalised subject (not a sentence
# opener's pronoun or article: "said The" would be a title).
INNER_SAID_RE = re.compile(r"\b(?:said|says|told|tells)[ \t]+(?=[A-Z][a-z])(?!(?:The|A|An|It|He|She|They|This|That)\b)")
INNER_SAID_REACH = 60  # characters read back from the cue: the inner subject is short
# "said the near doubling in trade", "says evidence from local Lib Dem parties": "said" or "says" then a
# word that opens a noun phrase but is no name (a determiner, a possessive, a lower-case word).
# Not a pronoun: "Mr Morgan said he had" is one person, which the pronoun rules already find.
INNER_PLAIN_RE = re.compile(r"\b(?:said|says)[ \t]+(?!(?:he|she|it|they|we|i|you|there|this|these|those)\b)"
                            r"(?=(?:the|a|an|its|his|her|their|many|some|certain|[a-z][a-z-]+)\b)")
# What a report does with the words it holds: it finds or concludes them ("X said the report
# highlighted the "divisions"" keeps X, who chose the words).
FINDING_WORDS = frozenset(form for verb in ("find", "conclude") for form in REPORTING_VERBS[verb].speech + REPORTING_VERBS[verb].clause)
INNER_PLAIN_REACH = 90  # a described inner subject runs longer than a name
# Heads of a phrase about people or a body: "the police", "the man", "its board".
PEOPLE_HEADS = ROLE_OR_PERSON_HEADS | ORG_VOICE_WORDS | REFERRING_ORG_HEADS | GROUP_SPEAKERS | frozenset(
    "man woman men women boy girl people crowd".split())
# The head of "the interviews with chief executives" comes before its preposition.
HEAD_END_RE = re.compile(r"\s(?:of|with|from|in|for|at|on|to|by|about|around|across|under|over)\s")
# The outer source must be short and open the clause as a subject does: "Caputo", "It", "The banker".
OUTER_RE = re.compile(r"(?:^|[.;:!?,]\s+|\n)((?:[A-Z][\w'’.-]*)(?:[ \t]+[\w'’.-]+){0,5})[ \t]*$")


def inner_subject(left: str, cue_word: str | None) -> str:
    """``left`` (the text before the cue) read for the cue's subject when a "said" stands right
    before a capitalised subject: for a reporting verb that takes the quote, the words after the
    writer's source (blanked before, so offsets still point into the body); for a verb of thought
    or any other cue, the writer's source itself (cut at its "said"); else ``left``."""
    tail = left[-INNER_SAID_REACH:]
    if not cue_word or not any(word in tail for word in ("said", "says", "told", "tells")):
        return left
    inner = None
    for inner in INNER_SAID_RE.finditer(left, max(0, len(left) - INNER_SAID_REACH)):
        pass
    if inner is None:
        return _plain_inner(left, cue_word)
    if "," in left[inner.end() :]:
        return left  # (an inverted aside, "It helps, said Mr Burke, that ...": no subject after "said")
    if cue_word in SPOKEN_WORDS:
        return " " * inner.end() + left[inner.end() :]
    return left[: inner.start()].rstrip()


def _plain_inner(left: str, cue_word: str) -> str:
    """``left`` when a "said" with a described inner subject stands before the cue ("It said data
    from employment tribunals suggested"): the inner words for a verb of speech whose subject is
    about people or a body, else the writer's source before "said" (session 18)."""
    inner = None
    for inner in INNER_PLAIN_RE.finditer(left, max(0, len(left) - INNER_PLAIN_REACH)):
        pass
    if inner is None:
        return left
    rest = left[inner.end() :]
    if any(mark in rest for mark in ",;:\"“”"):
        return left  # an aside or a quotation between: not one subject
    if any(word in CLAUSE_WORDS or word in ("and", "but") for word in rest.lower().split()):
        return left  # "X said the plan was sound and Tom Reed said": a whole clause, then the cue's own subject
    outer = OUTER_RE.search(left, 0, inner.start())
    if outer is None or any(word in outer.group(1).split() for word in ("said", "says", "that")):
        return left
    words = HEAD_END_RE.split(rest, maxsplit=1)[0].split()
    head = words[-1].lower().strip("'’") if words else ""
    if cue_word in SPOKEN_WORDS and (head in PEOPLE_HEADS or head.rstrip("s") in PEOPLE_HEADS):
        return " " * inner.end() + rest
    if head in AUTHORED_DOCUMENT_NOUNS and (cue_word in SPOKEN_WORDS or cue_word in FINDING_WORDS):
        return " " * inner.end() + rest  # "X said the audit report found": a document states its findings
    return left[: inner.start()].rstrip()
