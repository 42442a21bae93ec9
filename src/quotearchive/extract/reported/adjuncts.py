"""Where an act's target ends before the reporter's own time or occasion for the act.

A target is the noun phrase a verb of speech acts on ("endorsed [Sanders]", "announced [his
candidacy]", "called for [a special prosecutor]").  News writing dates the act right after a short
target ("endorsed Sanders in February", "announced his candidacy last spring") and gives its
occasion in a clause of its own ("opposed it because it fell far short of ...", "praised his team
after they fought back to win"): the target ends there.  ``frames.TARGET_END_RE`` already ends it
before a weekday and a setting ("on Tuesday", "in an interview").

What is left whole:
- a time after a longer target, which is as often the content's own ("warned of [lower margins
  this year]", "called for [a pause to assess the rise in the minimum wage in October]",
  "dismissed [reports linking him to the Lions tour this summer]"): only a target of at most
  ``SHORT_TARGET_WORDS`` words with no preposition is cut at a time;
- a time followed by more of the sentence than a setting or a conjunction ("criticised [Blunkett
  last year for introducing ...]", "welcomed [a new docket in October studded with cases]");
- a target with a verb of its own: after a target verb a bare clause may follow ("announced [it
  added 255,000 jobs in July]"), whose time is the content's;
- a target holding a relative or a gerund before the conjunction ("defended [the image that ...
  before they rounded them up]", "hailed [the crowd for sticking by their side after they had
  fallen behind]"): the conjunction is theirs."""

from __future__ import annotations

import re

from ...lexicon.reported import (
    IRREGULAR_PASTS, MONTHS, TARGET_SUBORDINATORS, TARGET_TIME_FORMS, TARGET_TIME_FOLLOWERS, TARGET_TIME_PREPOSITIONS,
    TARGET_TIME_SPANS,
)
from ...text.patterns import trie_pattern
from .frames import AUXILIARY, PREPOSITION_RE

SHORT_TARGET_WORDS = 3
TIME_FORMS = frozenset(TARGET_TIME_FORMS)
# After the time: the sentence's end, a clause mark, or a setting or a conjunction.
_TIME_THEN = rf"(?=\s*(?:$|[,;:.!?—–)]|\s-\s|\s(?:{'|'.join(TARGET_TIME_FOLLOWERS)})\b))"
TARGET_TIME_RE = re.compile(
    rf"\s(?:{'|'.join(TARGET_TIME_PREPOSITIONS)})\s+(?:(?:early|late|mid-?)\s*)?(?:{trie_pattern(sorted(MONTHS))})\b(?:\s+\d{{4}}\b)?{_TIME_THEN}|"
    rf"\s(?:last|this|earlier\s+this)\s+(?:{'|'.join(TARGET_TIME_SPANS)})\b{_TIME_THEN}"
)
# A verb in the target: a clause, not a noun phrase ("-ed" read as a verb too: "the proposed ban"
# is then left whole, which is what it was).
VERB_SIGN_RE = re.compile(rf"\b(?:{AUXILIARY}|{trie_pattern(sorted(IRREGULAR_PASTS))}|not|never|[a-z]{{2,}}ed)\b|n['’]t\b")
PRONOUN_CLAUSE_RE = re.compile(r"(?:I|he|she|it|they|we|you)\s+\S")
HOLDER_RE = re.compile(r"\b(?:that|which|who|whom|whose|[a-z]{2,}ing)\b")
WORD_RE = re.compile(r"\S+")
# The reporter's clause: a conjunction, a subject (a pronoun, a determiner's phrase or a name) and
# a verb within a few words.
SUBJECT = r"(?:I|he|she|it|they|we|you|the|a|an|his|her|its|their|[A-Z][\w.'’-]*)"
TARGET_CLAUSE_RE = re.compile(
    rf"\s(?:{'|'.join(TARGET_SUBORDINATORS)})\s+{SUBJECT}\s+(?:[\w.'’-]+\s+){{0,5}}?"
    rf"(?:{AUXILIARY}|{trie_pattern(sorted(IRREGULAR_PASTS))}|[a-z]{{2,}}ed|[a-z]+[^s\W]s)\b"
)


def target_adjunct(sentence: str, word: str, pos: int, cut: int) -> int:
    """Where a target of the verb form ``word``, starting at ``pos`` and cut at ``cut`` (a comma, a
    weekday), ends: before an earlier time of the act (``TIME_FORMS`` only) or the reporter's clause
    of its occasion, else at ``cut``."""
    time = TARGET_TIME_RE.search(sentence, pos, cut) if word in TIME_FORMS else None
    if time and not _short_noun_phrase(sentence[pos : time.start()]):
        time = None
    clause = TARGET_CLAUSE_RE.search(sentence, pos, cut)
    if clause and not _noun_phrase(sentence[pos : clause.start()]):
        clause = None
    marks = [m.start() for m in (time, clause) if m]
    return min(marks) if marks else cut


def _noun_phrase(target: str) -> bool:
    return bool(target.strip()) and not VERB_SIGN_RE.search(target) and not PRONOUN_CLAUSE_RE.match(target) \
        and not HOLDER_RE.search(target)


def _short_noun_phrase(target: str) -> bool:
    return _noun_phrase(target) and len(WORD_RE.findall(target)) <= SHORT_TARGET_WORDS and not PREPOSITION_RE.search(target)


def adjunct_then_mark(left: str) -> bool:
    """Is ``left`` (the words between a statement's end and the next cue) only such a time or
    clause and the mark closing a relative or an apposition ("Reid, who endorsed [Clinton] in
    February, said ...")?  Then the next cue's subject is before the relative, as when the
    statement runs to the mark."""
    stripped = left.rstrip()
    if not stripped.endswith((",", "—", "–")):
        return False
    head = stripped[:-1]
    time = TARGET_TIME_RE.fullmatch(head)
    return time is not None or (TARGET_CLAUSE_RE.match(head) is not None and not any(m in head for m in ",;:—–"))
