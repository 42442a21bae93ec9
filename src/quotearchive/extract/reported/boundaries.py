"""Where a statement ends, for three shapes of news sentence the cut regexes get wrong:
a report inside a subordinate clause that opens its sentence, an "including" list after a
target, and a report inside the clause of an attribution after it (each below).

"While Ramos said that journalists cannot take sides, he appears uneasy": the clause "said"
reports is the subordinate clause's last part, and it ends at the comma before the main
clause ("he appears ..."), which is the reporter's, not Ramos's.  The same with a short
subject or a sentence adverb first ("Clinton, though she praised Garland and said ...,
stopped short of ...", "Now, after arguing that ..., his team is ...").  Without the
opening conjunction the comma may be the clause's own ("said the plan, which cost $5
million, failed"), so only the conjunction licenses the cut; not a conjunction after a main
clause with no comma between either ("Lee was dropped after suggesting the treaty, signed
in 1992, was treason"): no main clause need follow it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...lexicon.reported import SUBORDINATE_LEADERS, SUBORDINATORS
from .frames import PARTICIPLES, QUOTE_MARKS, SAY_FORMS, SPEECH_FORMS, TELL_FORMS
from .spans import Found, clause_end

_CONJUNCTIONS = "|".join(sorted((re.escape(w) for w in SUBORDINATORS), key=len, reverse=True))
_LEADERS = "|".join(sorted((re.escape(w) for w in SUBORDINATE_LEADERS), key=len, reverse=True))
# From the sentence's start: an optional subject or sentence adverb of at most four words and
# its comma ("Clinton,", "And,", "After all,": the comma sets the subordinate clause off), or a
# speaker and "said" (both clauses reported: "The company said while it believes [...], there
# can be no assurance ..."); a few leading words with no verb ("But", "Not long", "Two days");
# the conjunction; then no comma, semicolon, colon or dash up to the cue (which would close
# the subordinate clause before the report).
OPENS_SUBORDINATE_RE = re.compile(
    rf"^\W*(?:[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){{0,3}},\s+|(?:[\w’'.-]+\s+){{1,5}}(?:said|says)\s+(?:that\s+)?)?"
    rf"(?:(?:{_LEADERS})\s+){{0,3}}(?:{_CONJUNCTIONS})\b[^,;:!?—–\n]*$",
    re.IGNORECASE,
)


def in_subordinate(sentence: str, cue_start: int) -> bool:
    """Is the cue at ``cue_start`` inside a subordinate clause opening ``sentence``?"""
    return OPENS_SUBORDINATE_RE.match(sentence, 0, cue_start) is not None


# ", including ..." after a target, an object or an infinitive: the list of what the act was
# about or included, which PolNeAR keeps in the statement ("cited [reports of attacks, including
# this week's warnings]", "promised [to act in the first 100 days, including deportation relief]").
INCLUDING_RE = re.compile(r",\s+including\b")
# The sentence's own attribution after the list: ", Reed said", ", the company said".
ATTRIBUTION_AT_END_RE = re.compile(r",\s+(?:[\w’'.-]+\s+){1,5}?(?:said|says|added|reported|wrote)\W*$")


def past_including(sentence: str, cut: int) -> int:
    """Where a target, an object or an infinitive cut at ``cut`` ends: at ``cut``, or, where the
    comma opens an "including" list, where a clause from the list would end (its commas are the
    list's own; ", said X" after it is the attribution: "..., including the sale of its
    headquarters, said Swarup")."""
    including = INCLUDING_RE.match(sentence, cut)
    if not including:
        return cut
    end = clause_end(sentence, including.end())
    attribution = ATTRIBUTION_AT_END_RE.search(sentence, including.end(), end)
    return attribution.start() if attribution else end


# A report inside the clause of an attribution after it: "Lee believes [the mine will close],
# Porter said".  Without a reading of its own the earlier cue's clause runs to the sentence's
# end and takes ", Porter said" with it, and Porter's statement is lost.  The sentence holds
# two statements (PolNeAR nests them): Porter's, the whole clause, and Lee's inside it.
INNER_SUBJECT_WORDS = 6  # "Many economists in the region think ..., Porter said"


def may_nest(sentence: str, s_start: int, cues: list[tuple[str, int, int]]) -> bool:
    """Has the sentence the shape: a short subject, a cue, its clause, then the last cue, a
    verb of speech (``patterns.trailing`` says whether it is an attribution after the clause)?
    Not when the inner cue is a participle, which carries the sentence's own speech on ("...,
    saying ..., he said"), or "said"/"told", whose clause another passes on ("X said ..., Y
    reported": PolNeAR marks X's clause alone); not with a quotation in the sentence (the
    direct extractor's) or a comma in the subject (an apposition: "Lee, the chairman, ...")."""
    if len(cues) != 2 or cues[-1][0] not in SPEECH_FORMS or cues[0][0] in PARTICIPLES or cues[0][0] in SAY_FORMS or cues[0][0] in TELL_FORMS:
        return False
    subject = sentence[: cues[0][1] - s_start]  # (cues hold body offsets)
    return len(subject.split()) <= INNER_SUBJECT_WORDS and not any(m in subject for m in ",;:—–") \
        and not any(m in sentence for m in QUOTE_MARKS) and "''" not in sentence


def in_sentence_cue(cue: tuple[str, int, int], s_start: int) -> tuple[str, int, int]:
    """A cue's offsets in its sentence (``cues`` hold them in the body)."""
    return (cue[0], cue[1] - s_start, cue[2] - s_start)


def nest(item: Found, outer: Found) -> Found:
    """A statement inside ``outer``'s clause ends with it, and its speaker is read up to its end
    (the attribution after it is the outer statement's)."""
    if item.end <= outer.start or item.start >= outer.end:
        return item
    return replace(item, end=min(item.end, outer.end), inner=True)
