"""Where an act's short target ends before the reporter's own time for the act.

A target is the noun phrase a verb of speech acts on ("endorsed [Sanders]", "criticised [the
plan]").  News writing dates the act right after a short target ("endorsed Sanders in February",
"rejected his approach last year"): the target ends there.  ``frames.TARGET_END_RE`` already ends it
before a weekday and a setting ("on Tuesday", "in an interview").

What is left whole:
- a time after a longer target, which is as often the content's own ("warned of [lower margins
  this year]", "dismissed [reports linking him to the Lions tour this summer]"): only a target of
  at most ``SHORT_TARGET_WORDS`` words with no preposition, of a verb of ``TARGET_TIME_FORMS`` (no
  plan, demand or forecast), is cut at a time;
- a time followed by more of the sentence than a setting or a conjunction ("criticised [Blunkett
  last year for introducing ...]"), or by the verb's second complement ("described [the sales in
  March and April as weak]");
- a target with a verb, a relative or a gerund of its own ("announced [it added 255,000 jobs in
  July]").

A clause of the act's occasion ("praised the miners after they rescued two men") is not cut: a
review found "after"/"when" clauses as often the target's own ("described [the moment when the
tanks rolled in]", "called for [a review when the contract expires]", "rejected [claims after the
crash that the pilots were tired]")."""

from __future__ import annotations

import re

from ...lexicon.reported import (
    IRREGULAR_PASTS, MONTHS, TARGET_TIME_FORMS, TARGET_TIME_FOLLOWERS, TARGET_TIME_PREPOSITIONS,
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
# The verb's second complement after the time ("described X in May as ...", "praised X in May for
# ..."): the time belongs to the target then.
SECOND_COMPLEMENT_RE = re.compile(r"\b(?:as|for)\b")


def target_adjunct(sentence: str, word: str, pos: int, cut: int) -> int:
    """Where a target of the verb form ``word``, starting at ``pos`` and cut at ``cut`` (a comma, a
    weekday), ends: before an earlier time of the act (``TIME_FORMS`` only, a short target), else at
    ``cut``."""
    time = TARGET_TIME_RE.search(sentence, pos, cut) if word in TIME_FORMS else None
    if time is None or not _short_noun_phrase(sentence[pos : time.start()]):
        return cut
    if SECOND_COMPLEMENT_RE.search(sentence, time.end(), cut):
        return cut  # "described [the sales in March and April as weak]": the time is the target's
    return time.start()


def _noun_phrase(target: str) -> bool:
    return bool(target.strip()) and not VERB_SIGN_RE.search(target) and not PRONOUN_CLAUSE_RE.match(target) \
        and not HOLDER_RE.search(target)


def _short_noun_phrase(target: str) -> bool:
    return _noun_phrase(target) and len(WORD_RE.findall(target)) <= SHORT_TARGET_WORDS and not PREPOSITION_RE.search(target)


def adjunct_then_mark(left: str) -> bool:
    """Is ``left`` (the words between a statement's end and the next cue) only such a time and
    the mark closing a relative or an apposition ("Reid, who endorsed [Clinton] in
    February, said ...")?  Then the next cue's subject is before the relative, as when the
    statement runs to the mark."""
    stripped = left.rstrip()
    if not stripped.endswith((",", "—", "–")):
        return False
    return TARGET_TIME_RE.fullmatch(stripped[:-1]) is not None
