"""Sources that speak without a reporting verb the sentence rules read: a writer's borrowed
phrase ("as the Times put it"), and a document that holds the words ("In one briefing note
she was warned that ...").

Web copy and features credit a quote in forms the nearest-verb rules do not take:

* **a borrowed phrase**: ``..., as the Courier put it on Tuesday`` / ``in the words of
  one economist``: the writer uses another's words and names them in an aside; the
  aside's noun phrase is the source of every quote in the sentence ("put" and "words"
  are no reporting verbs the lexicon could hold: "put" mostly means placing things).
* **a document that speaks**: a sentence opening ``In a memo, ...`` / ``In one briefing
  note she was warned that "..."`` quotes the document, whoever reads or receives it;
  the reporting verb's subject is the reader ("she was warned"), so the rules find no
  one, or should not.  Only when the sentence reports speech (a cue), the opening
  phrase's head is a document noun (:data:`quotearchive.lexicon.sources.DOCUMENT_NOUNS`)
  and the clause says what the document did to its reader (:data:`RECEIVER_RE`): "In a
  statement, the mayor called it ..." is the mayor's.

:mod:`.rules` asks :func:`document_source` after the sentence's own rules (the quote's
verb, its subject, a passive agent) have found no one, so "In a statement, the mayor
said" stays the mayor's.
"""

from __future__ import annotations

import re

from ...lexicon.sources import DOCUMENT_NOUNS, HEAD_ENDERS, WORK_NOUNS
from .clauses import has_cue
from .model import Attribution, Candidate
from .names import Names
from .resolve import resolve_mention

# "as the New York Times put it", "as one critic memorably put it", "as Ann Lee has put it":
# a phrase of up to six words after "as" (no comma, no quote mark inside), then "put it".
PUT_IT_RE = re.compile(
    r"\b[Aa]s[ \t]+((?:[\w.'’&-]+[ \t]+){0,5}?[\w.'’&-]+)[ \t]+(?:(?:has|had|once|so|later|memorably|aptly|bluntly)[ \t]+)*put[ \t]+it\b"
)
# "in the words of the chief inspector": the phrase up to a comma, a stop or a quote mark.
WORDS_OF_RE = re.compile(r"\b[Ii]n[ \t]+the[ \t]+words[ \t]+of[ \t]+([^,.;:\"“”()\n]{2,60}?)(?=[ \t]*[,.;:\"“”)\n]|$)")
# "In one briefing note", "In a memo to staff", "In its annual report": a sentence opening
# with a document, up to three words before its head noun.
IN_DOCUMENT_RE = re.compile(
    r"[ \t]*In[ \t]+(a|an|one|the|its|his|her|their|this|that|another)((?:[ \t]+[\w'’-]+){1,4})"
)
# What the document did to its reader: "she was warned that", "ministers were told", "it is
# said that".  Without it the sentence's subject speaks in the document ("In a statement,
# the mayor called it ..."): the rules' subject, not the document, even when they miss it.
RECEIVER_RE = re.compile(
    r"\b(?:(?:was|were|is|are|had[ \t]+been|has[ \t]+been|have[ \t]+been)[ \t]+(?:\w+ly[ \t]+)?"
    r"(?:warned|told|advised|informed|reminded|cautioned|urged|assured)"
    r"|it[ \t]+(?:is|was)[ \t]+(?:said|claimed|argued|noted|stated|suggested))\b"
)
# Words a source phrase cannot be: "as he put it" is a pronoun the name table resolves,
# but "as it" / "as we" / "as I" name no one here.
NOT_SOURCES = frozenset({"it", "we", "i", "you", "they", "this", "that", "one", "such", "if", "though", "well"})


def document_source(body: str, cand: Candidate, names: Names) -> Attribution | None:
    """The source a borrowed-phrase aside or an opening document names for ``cand``, or None."""
    found = _borrowed(body, cand, names)
    if found is not None:
        return found
    return _in_document(body, cand)


def _outside_quote(body: str, cand: Candidate) -> list[tuple[int, str]]:
    """The sentence's text before and after the quote, each with its offset in ``body``."""
    return [(cand.sent_start, body[cand.sent_start : max(cand.sent_start, cand.start - 1)]),
            (cand.end + 1, body[min(cand.end + 1, cand.sent_end) : cand.sent_end])]


def _aside(text: str) -> re.Match | None:
    """A borrowed-phrase aside in ``text`` ("as the Times put it", "in the words of ...")."""
    # (the substrings first: the patterns are tried at every "as" and "in" otherwise)
    return (PUT_IT_RE.search(text) if "put it" in text else None) or (
        WORDS_OF_RE.search(text) if "words of" in text else None)


def borrowed_from_work(body: str, cand: Candidate) -> bool:
    """Does the quote's sentence say its words are a work's ("In the words of the old song,
    "..."")?  Then no one states them: the rules that would hand the quote to the sentence
    before or the quote before are not asked."""
    return any((m := _aside(text)) is not None and names_a_work(m.group(1)) for _, text in _outside_quote(body, cand))


def _borrowed(body: str, cand: Candidate, names: Names) -> Attribution | None:
    for offset, text in _outside_quote(body, cand):
        m = _aside(text)
        if m is None or m.group(1).lower() in NOT_SOURCES or names_a_work(m.group(1)):
            continue
        found = resolve_mention(m.group(1), offset + m.start(1), "put", None, names)
        if found is not None and found.speaker:
            found.rule = "borrowed-phrase"
            return found
    return None


def names_a_work(phrase: str) -> bool:
    """Is ``phrase`` a work borrowed from, not a source ("the old song", "the club's anthem",
    "the words of a hymn by Wesley")?  Its head, the last word before a word that starts a
    qualifier ("by", "of"), is one of :data:`WORK_NOUNS`."""
    words = phrase.split()
    cut = next((k for k, w in enumerate(words) if k and w.lower() in HEAD_ENDERS), len(words))
    head = words[cut - 1].lower().rstrip(".,'’") if cut else ""
    return head in WORK_NOUNS


def _in_document(body: str, cand: Candidate) -> Attribution | None:
    m = IN_DOCUMENT_RE.match(body, cand.sent_start, max(cand.sent_start, cand.start - 1))
    if m is None:
        return None
    # The head is the first document noun among the words after the determiner
    # ("one briefing note", "a memo"); a word with a capital ends the search (a name).
    words = m.group(2).split()
    head = next((k for k, w in enumerate(words) if w in DOCUMENT_NOUNS or not w[:1].islower()), None)
    if head is None or words[head] not in DOCUMENT_NOUNS or not has_cue(body, cand):
        return None
    if not RECEIVER_RE.search(body, m.start(2), max(m.start(2), cand.start - 1)):
        return None
    phrase = " ".join([m.group(1), *words[: head + 1]])
    return Attribution(phrase, "description", None, phrase, None, m.start(1), "in-document")
