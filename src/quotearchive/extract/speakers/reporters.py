""""He said" after a sentence in which one person reports on another: the reporter.

News gives a speaker's view in a reported clause, then their own words: "Evan Mann, an analyst at
Gimme Credit, said Mr Lynch's job would not be easy. "The reality is ...," he said", "Noel
Dempsey said Mr Ahern had been very committed to the project. "He is ...," he said", "Tindall
told Rugby Special he would be fit. "I'm ...," he said".  The pronoun walk (``salience``)
prefers a person known to be a person ("Mr Lynch": a title) or takes a name standing later in
the sentence, and so gives the words to the one talked about, or to the one talked to.  The
one named inside the reported clause, or as the addressee of "told", is not the one who goes
on speaking: the sentence's subject, who reported, is.

Asked only when the walk's answer was last named in such a sentence, after its subject (in the
reported clause, or in an aside between the subject and the verb: "Martin Scorsese, whose film
The Aviator won best film, said ... He said:"), no other person named after the verb; the subject must be a person the name table knows (or a
description of one) whose sex does not contradict the pronoun.  One anchored match at the
sentence's start, no scan of the body.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...lexicon.people import PRONOUNS
from ...text.sentences import sentence_starts
from .descriptions import resolve_description
from .model import Attribution
from .names import Names
from .runs import parse_run

# The verbs a subject reports another's words or views with (and "told" an addressee).
REPORTING_VERBS = (
    "said|says|told|tells|insisted|insists|argued|argues|claimed|claims|believes|believed|thinks|"
    "added|warned|warns|admitted|admits|explained|stressed|predicted|suggested|maintained|conceded|"
    "acknowledged|denied|revealed|confirmed|agreed|accepted|feels|felt|hopes|hoped|insisted"
)
# A sentence opening with its subject (a capitalised name, or "the" and a description ending in a
# lower-case head), an optional aside between commas (an apposition or a relative clause), an
# auxiliary or adverb or two, then the reporting verb.
SUBJECT_THEN_VERB_RE = re.compile(
    r"[\"“]?(?:(?:But|And|Yet|So|However,|Meanwhile,|Earlier,?|Later,?)[ \t]+)?"
    r"(?P<s>[Tt]he[ \t]+(?:[\w'’-]+[ \t]+){0,4}?[a-z][\w-]*|(?:(?:[A-Z][\w'’.-]*|[a-z][\w-]*(?=[ \t]+[A-Z]))[ \t]+){0,5}[A-Z][\w'’-]*)"
    r"(?P<aside>,[^.;:\"“”]{1,160}?,)?[ \t]+(?:(?:has|had|have|also|later|then|earlier|previously|again)[ \t]+){0,2}"
    rf"(?:{REPORTING_VERBS})\b"
)
# Capitalised words that open a fronted phrase, not a subject ("At Boca West, where ...").
NOT_SUBJECT_OPENERS = frozenset(
    "At In On For With From By After Before During Since Until Under Over As When While If Although Though "
    "Despite Of To Into Among Between Through Like Unlike Asked Speaking Writing Earlier Later".split()
)
RELATIVE_RE = re.compile(r",[ \t]*(?:who|whose|whom|which|where|[a-z]{2,}ing)\b")
QUOTE_MARK_RE = re.compile(r"[\"“”]|''")
REACH = 800  # characters between the other's last mention and the pronoun
SENTENCE_REACH = 400  # how far back a sentence's start is looked for


def reporter_instead(found: Attribution, low: str, names: Names) -> Attribution:
    """``found`` (what the pronoun ``low`` resolved to), or the subject who reported on it in
    the sentence where it was last named, as the module says."""
    gender = PRONOUNS.get(low)
    if gender not in ("m", "f") or found.speaker_type != "person" or not found.speaker or found.pos < 0:
        return found
    body, pos = names.body, found.pos
    k = bisect_left(names.positions, pos) - 1
    lo = max(0, pos - REACH)
    at = None
    while k >= 0 and names.positions[k] >= lo:
        entity = names.entities[names.mention_entity[k]]
        if entity.name == found.speaker:
            at = names.positions[k]
            break
        k -= 1
    if at is None:
        return found
    starts = sentence_starts(body, max(0, at - SENTENCE_REACH), at + 1)
    s_lo = starts[-1] if starts else max(0, at - SENTENCE_REACH)
    opening = SUBJECT_THEN_VERB_RE.match(body, s_lo, pos)
    if opening is None or opening.end("s") > at:
        return found  # (named after the subject: in its aside, "X, whose film The Aviator won, said", or after the verb)
    subject = opening.group("s")
    if opening.group("aside") and at < opening.end("aside") and not RELATIVE_RE.match(opening.group("aside")):
        return found  # ("The other man, his cousin James York, said": an apposition names the subject itself)
    if subject.split()[0] in NOT_SUBJECT_OPENERS or QUOTE_MARK_RE.search(body, max(0, s_lo - 3), opening.start("s")):
        return found  # ("At Boca West, where ..., Jay DiPietro ... suggested"; a sentence opening with a quote: its own speaker)
    reporter = _person(subject, opening.start("s"), names)
    if reporter is None or reporter.name == found.speaker or reporter.gender not in ("?", gender):
        return found
    # No other person named between the verb and the pronoun (the aside before the verb is the
    # subject's own: "Evan Mann, an analyst at Gimme Credit, said").
    for m in range(bisect_left(names.positions, opening.end()), bisect_left(names.positions, pos)):
        entity = names.entities[names.mention_entity[m]]
        if entity.kind == "person" and entity.name not in (found.speaker, reporter.name):
            return found
    return Attribution(reporter.name, "person", reporter.role, found.as_written, found.cue, found.pos, found.rule)


def _person(subject: str, at: int, names: Names):
    """The person entity the sentence's subject names, or None."""
    if subject[:3].lower() == "the":
        meant = resolve_description(subject, at, None, names)
        if meant.speaker_type != "person" or not meant.speaker:
            return None
        return names.person(meant.speaker.split())
    if subject.split()[0].lower() in PRONOUNS:
        return None
    # ("Former Manfred Mann singer Paul Jones": the name is the capitalised words after the role)
    subject = re.sub(r"^.*\b[a-z][\w-]*[ \t]+", "", subject)
    parsed = parse_run(subject)
    tokens = parsed.tokens if parsed is not None and parsed.kind == "person" else subject.split() if " " not in subject else None
    entity = names.person(tokens) if tokens else None
    return entity if entity is not None and entity.kind == "person" else None
