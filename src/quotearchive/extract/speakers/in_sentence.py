"""Rule 3, a reporting verb elsewhere in the quote's sentence, and the passive agent.

The verb before the quote is tried first (``X described it as "..."``,
``While Clinton said that he "didn't mind," ..., Putin said``), then the one
after it; "according to" before the verb's own that-clause names the quote's
source.  A participle (``adding that ...``) or a coordinated verb (``... and
vowed:``) speaks for the sentence's subject, or for the speaker of the quote
before in the sentence.  ``passive_agent``: a naming verb in the passive before
the quote and its agent after it (``labeled a "witch hunt" by Democrats``).
:mod:`.rules` tries these after :mod:`.trailing` and :mod:`.leading`.
"""

from __future__ import annotations

import re

from ..cues import CUE_RE, SPEECH_VERBS
from .clauses import ACCORDING_RE, INVERTED_RE, WINDOW, cue_subject, sound, verb_cues
from .inverted import according, inverted_np
from .mentions import COORDINATED_RE, subject_before, subject_np
from .model import Attribution, Candidate
from .names import Names
from .participles import absolute_subject, participle_speaker

# A reporting form ending in "-ing": "adding", "calling", "saying".
PARTICIPLE_RE = re.compile(r"\w+ing$")
# "is praising", "were calling": the participle is the sentence's verb.
PROGRESSIVE_RE = re.compile(r"\b(?:is|are|was|were|been|be)\s+$")
# A name coordinated after a pronoun ("when she and Mumolo were writing"): the pair is the
# subject, and the name alone is not who speaks; the pronoun's own clause says who does.
PAIRED_WITH_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)[ \t]+and[ \t]+$")
# "said Tuesday that according to its analysis, ...": "according to" inside the verb's that-clause
# is the speaker's source, not the quote's.
THAT_BEFORE_RE = re.compile(r"(?:[ \t]+[\w.]+){0,3}?[ \t]+that[ \t]+")
# "called a "...", "labeled as a "...": a naming verb in the passive right before a quote ...
PASSIVE_NAMING_RE = re.compile(
    r"\b(?:called|labeled|labelled|dubbed|termed|branded|described|characterized|characterised|derided)"
    r"(?:\s+as)?(?:\s+(?:a|an|the))?\s*$"
)
# ... and "by X" right after it: the agent named it.
AGENT_RE = re.compile(r"[\"”’']?[,.]?[ \t]+by[ \t]+([^,;:.!?\"“”\n—–]{2,80})")
# How far before the quote the naming verb, and after it the agent, may stand (characters).
PASSIVE_REACH = 60
# A speech verb right after a reporting form ("the report said"): the form is a noun, the
# subject of the verb after it, and that verb is tried instead.
VERB_NEXT_RE = re.compile(rf"\s*({SPEECH_VERBS})\b")


def _paired_with_pronoun(body: str, found: Attribution) -> bool:
    """Is ``found`` a name right after "he and" / "she and" (``PAIRED_WITH_PRONOUN_RE``)?"""
    return found.pos > 0 and PAIRED_WITH_PRONOUN_RE.search(body, max(0, found.pos - 10), found.pos) is not None


def sentence_speaker(body: str, cand: Candidate, names: Names, candidates: list[Candidate], i: int,
                 done: list[Attribution]) -> Attribution | None:
    """A reporting verb elsewhere in the sentence: before the quote first."""
    lo = max(cand.sent_start, cand.start - 1 - WINDOW)
    before = body[lo : cand.start - 1]
    # Don't reach back past another quote in the sentence.
    if i and candidates[i - 1].end > lo:
        prev = candidates[i - 1]
        if prev.end + 1 <= cand.start - 1 and prev.end >= cand.sent_start:
            lo = prev.end + 1
            before = body[lo : cand.start - 1]
    according_to = list(ACCORDING_RE.finditer(before))
    cues = list(verb_cues(CUE_RE, before))
    if according_to and (not cues or according_to[-1].start() > cues[-1].start()
                         and not THAT_BEFORE_RE.fullmatch(before, cues[-1].end(), according_to[-1].start())):
        found = according(before, lo, according_to[-1], names)
        if found:
            return found
    for cue in reversed(cues):
        same_sentence_prev = i and candidates[i - 1].end >= cand.sent_start and done[i - 1].speaker
        if same_sentence_prev and COORDINATED_RE.search(before[: cue.start()]):
            # 'X conceded there were "grey areas" but said "..."': the same speaker.
            a = done[i - 1].copy("sentence")
            a.cue = cue.group()
            return a
        if PARTICIPLE_RE.search(cue.group()):
            found = absolute_subject(before, lo, cue, names)
            if found:
                return found
            # "adding that ..." / "calling X a ...": the sentence's speaker.
            if i and candidates[i - 1].end >= cand.sent_start and done[i - 1].speaker:
                a = done[i - 1].copy("sentence")
                a.cue = cue.group()
                return a
            aux = PROGRESSIVE_RE.search(before, max(0, cue.start() - 12), cue.start())
            if aux:
                # "Cruz is praising Bush as ...": a finite verb in the progressive, its own subject.
                found = sound(subject_np(before[: aux.start()], lo, cue.group(), names))
                if found and found.speaker_type in ("person", "organisation") and not _paired_with_pronoun(body, found):
                    return found
            found = participle_speaker(body, cand, names, lo, cue)
            if found:
                return found
            continue
        found = sound(cue_subject(before, lo, cue, names))
        if found and not _paired_with_pronoun(body, found):
            return found
    hi = min(cand.sent_end, cand.end + 1 + WINDOW)
    after_lo = cand.end + 1
    if i + 1 < len(candidates) and candidates[i + 1].start - 1 < hi:
        hi = candidates[i + 1].start - 1
    after = body[after_lo:hi]
    according_after = ACCORDING_RE.search(after)
    if according_after:
        found = according(after, after_lo, according_after, names)
        if found:
            return found
    for cue in verb_cues(CUE_RE, after):
        if PARTICIPLE_RE.search(cue.group()):
            continue
        if VERB_NEXT_RE.match(after, cue.end()):
            continue
        inv = INVERTED_RE.match(after[cue.start() :])
        gap = after[: cue.start()]
        # '"..." about the decision, said X': a few words finishing the quote's clause may
        # stand between it and the inverted verb.
        if inv and (cue.start() == 0 or gap.rstrip().endswith(",")) and (
            not gap.strip(" ,\"”") or len(gap.split()) <= 8 and not re.search(r"[\"“”;:.!?]", gap)
        ):
            found = inverted_np(after[cue.start() + inv.end() :], after_lo + cue.start() + inv.end(), cue.group(), names)
            if found or not gap.strip(" ,\"”"):
                return found
        found = subject_before(after, after_lo, cue, names)
        if found:
            return found
    return None


def passive_agent(body: str, cand: Candidate, names: Names) -> Attribution | None:
    """``has been called "strategic ambiguity" by Joshua Hendrick`` / ``labeled a "witch hunt"
    by Democrats``: a passive naming verb before the quote, its agent after it."""
    lo = max(cand.sent_start, cand.start - 1 - PASSIVE_REACH)
    if not PASSIVE_NAMING_RE.search(body[lo : cand.start - 1]):
        return None
    agent = AGENT_RE.match(body[cand.end : min(cand.sent_end, cand.end + 1 + PASSIVE_REACH)])
    if not agent:
        return None
    found = inverted_np(agent.group(1), cand.end + agent.start(1), None, names)
    if found and found.speaker_type in ("person", "organisation"):
        return found
    return None
