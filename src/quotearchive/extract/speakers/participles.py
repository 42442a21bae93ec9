"""Who a participle clause speaks for ("..., saying", "calling it", "adding that"), read by
:mod:`.rules` when a reporting verb in the quote's sentence is an "-ing" form.

In order of :func:`participle_speaker`: a name right before the participle in an absolute
clause ("– Ryan saying"), the noun phrase after "with" ("with Trump saying"), the subject
of the sentence's first reporting verb ("X said ..., adding"), and the sentence's subject
or the relative clause just before the participle ("..., where protesters had gathered,
chanting").
"""

from __future__ import annotations

import re

from ..cues import CUE_RE, SPEECH_CUE_RE
from .clauses import cue_subject, sound, verb_cues
from .mentions import AUX_TAIL_RE, subject_np
from .sentence_subjects import sentence_start_subject
from .model import Attribution, Candidate
from .names import Names
from .resolve import resolve_mention

__all__ = ["absolute_subject", "fronted_participle", "participle_speaker"]

# Closing marks of a quote ('on "Morning Joe," calling it': a participle's comma may stand inside them).
CLOSERS = "’'\"”»"

# "..., with Councilman Tom Ruiz saying": the noun phrase after "with".
WITH_NP_RE = re.compile(r"\bwith\s+([^,;:\"“”]{2,80}?)\s*$")
# A participle after a relative clause that runs up to its comma speaks for that clause:
# "..., where about 50 protesters had gathered, chanting "..."" (the clause's subject),
# "... for Eric Kingson, who worked the crowd, praising "..."" (the antecedent).
RELATIVE_BEFORE_PARTICIPLE_RE = re.compile(r"(?:,|[ \t](?:--|[—–]))[ \t]+(who|where)[ \t]+([^,;:\"“”()]{2,160}),[ \t]*$")
ANTECEDENT_NAME_RE = re.compile(r"(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’-]*$")
WHERE_SUBJECT_RE = re.compile(r"(.{2,60}?)[ \t]+(?:had|has|have|were|was|are|is|[a-z]+ed)\b")
# "... – Ryan saying he was "...", and Trump calling it a "..."": a name right before the participle,
# after a dash, a comma or "and", is its subject (an absolute clause, "with" left out).
# A sentence opening (after a dateline: "WASHINGTON (Aug. 13) --") with a reporting verb's
# "-ing" form whose object is the quote: 'Declaring "...", the minister ordered', 'Calling the
# plan "reckless," Ms Lee voted against it'.  A few words between the participle and the mark.
FRONTED_PARTICIPLE_RE = re.compile(r"(?:[A-Z]{3,}[^\n\"“”]{0,40}?(?:--|[—–])[ \t]*)?([A-Z][a-z]+ing)\b[^,;:\"“”.]{0,60}$")
# Participles whose object is a place or a paper, not the words: 'Speaking at the "Festival of
# Ideas",', 'Writing in "The Times",'.
NOT_FRONTED_SPEECH = frozenset({"speaking", "writing", "talking", "appearing", "posting"})
# How far after the quote the participle clause may end at its comma.
FRONTED_CLAUSE_REACH = 80
ABSOLUTE_NAME_RE = re.compile(r"(?:[,;—–]|[ \t]and)[ \t]+((?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w'’-]*)[ \t]+$")


def absolute_subject(before: str, lo: int, participle: re.Match, names: Names) -> Attribution | None:
    """The name right before a participle in an absolute clause (``ABSOLUTE_NAME_RE``), a person."""
    named = ABSOLUTE_NAME_RE.search(before, max(0, participle.start() - 60), participle.start())
    if named is None:
        return None
    found = sound(resolve_mention(named.group(1), lo + named.start(1), participle.group(), None, names))
    if found and found.speaker_type == "person":
        found.rule = "participle"
        return found
    return None


def participle_speaker(body: str, cand: Candidate, names: Names, lo: int, participle: re.Match) -> Attribution | None:
    """Who the participle ``participle`` (matched in the text from ``lo``) speaks for, when
    no quote earlier in the sentence has a speaker to carry."""
    return (_with_subject(body, cand, names, lo, participle) or _main_clause_speaker(body, cand, names, lo, participle)
            or _participle_subject(body, cand, names, lo, participle))


def _main_clause_speaker(body: str, cand: Candidate, names: Names, lo: int, participle: re.Match) -> Attribution | None:
    """The subject of the sentence's first reporting verb, for "adding that ..."."""
    text = body[cand.sent_start : lo + participle.start()]
    for cue in verb_cues(SPEECH_CUE_RE, text):
        found = cue_subject(text, cand.sent_start, cue, names)
        if found:
            found.cue = participle.group()
            return found
    return None


def _with_subject(body: str, cand: Candidate, names: Names, lo: int, participle: re.Match) -> Attribution | None:
    """``..., with Senator Tom Ruiz telling reporters he saw it as "..."``: the noun
    phrase after "with" speaks, whatever reporting verb came earlier in the sentence."""
    text = body[cand.sent_start : lo + participle.start()]
    with_np = WITH_NP_RE.search(text)
    if not with_np:
        return None
    np_text = with_np.group(1)
    aux = AUX_TAIL_RE.search(np_text)
    if aux:
        np_text = np_text[: aux.start()]  # "with Trump reportedly yelling:"
    found = subject_np(np_text + " ", cand.sent_start + with_np.start(1), participle.group(), names)
    if found and found.speaker:
        found.rule = "participle"
        return found
    return None


def _participle_subject(body: str, cand: Candidate, names: Names, lo: int, participle: re.Match) -> Attribution | None:
    """Who a participle clause speaks for when no reporting verb comes before it:
    ``with X saying "..."`` gives X; ``The mayor defended the plan, saying "..."``
    and ``She dismissed the claim, calling it "..."`` give the sentence's subject."""
    text = body[cand.sent_start : lo + participle.start()]
    # ('trashed Comey on MSNBC's "Morning Joe," calling it a "...": the comma may sit inside a title's marks.)
    if WITH_NP_RE.search(text) or not text.rstrip().rstrip(CLOSERS).endswith(","):
        return None  # "people saying": the participle modifies a noun, not the sentence
    found = _relative_clause_speaker(text, cand.sent_start, participle.group(), names)
    if found:
        return found
    found = sentence_start_subject(text, cand.sent_start, participle.group(), names)
    if found:
        found.rule = "participle"
    return found


def _relative_clause_speaker(text: str, text_start: int, participle: str, names: Names) -> Attribution | None:
    """The speaker of a participle right after a relative clause (``RELATIVE_BEFORE_PARTICIPLE_RE``)."""
    relative = RELATIVE_BEFORE_PARTICIPLE_RE.search(text)
    if relative is None:
        return None
    if relative.group(1) == "who":
        # The antecedent, when it is a name ("a description" could be any noun of the clause).
        name = ANTECEDENT_NAME_RE.search(text, 0, relative.start())
        found = sound(resolve_mention(name.group(), text_start + name.start(), participle, None, names)) if name else None
        if found and found.speaker_type != "person":
            return None
    else:
        subject = WHERE_SUBJECT_RE.match(relative.group(2))
        found = sound(subject_np(subject.group(1) + " ", text_start + relative.start(2), participle, names)) if subject else None
    if found and found.speaker_type in ("person", "organisation", "description"):
        found.rule = "participle"
        return found
    return None


def fronted_participle(body: str, cand: Candidate, names: Names) -> Attribution | None:
    """``Declaring "...", Defense Secretary Ann Lee has ordered a review``: a reporting
    verb's participle clause fronted before the main clause speaks for the main clause's
    subject, which stands after the clause's comma (the rules read a subject before a verb)."""
    if "ing" not in body[cand.sent_start : cand.start]:
        return None  # (no participle before the quote: most sentences)
    m = FRONTED_PARTICIPLE_RE.match(body, cand.sent_start, max(cand.sent_start, cand.start - 1))
    if m is None or m.group(1).lower() in NOT_FRONTED_SPEECH or not CUE_RE.fullmatch(m.group(1).lower()):
        return None
    after = cand.end + 1  # past the closing mark
    if body[cand.end - 1 : cand.end] != ",":  # '"...", the minister' / '" is at stake, the minister'
        comma = body.find(",", cand.end, min(cand.sent_end, cand.end + FRONTED_CLAUSE_REACH))
        if comma < 0:
            return None
        after = comma + 1
    found = sentence_start_subject(body[after : cand.sent_end], after, m.group(1).lower(), names)
    if found is None or not found.speaker or found.speaker_type not in ("person", "organisation"):
        return None
    found.rule = "fronted-participle"
    return found
