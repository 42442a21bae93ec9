"""Colon lead-ins that the same-sentence window of :mod:`.rules` does not see, and wire
copy's "quoted X as saying" (the object between the verb and "as saying").

Two habits of news writing put the speaker before a colon out of the quote's
own sentence, or after a dash the name rules do not read:

* a lead-in paragraph ending with a colon, the quote opening the next one::

      Jane Lee, the council's leader, replied:

      "We will not back down."

  the lead-in is read as if it stood right before the opening mark;
* a digest or credit line: ``Turnout fell again - Pollster Ann Lee: "..."`` or
  ``More from Ann Lee: "..."``, where the name (a person or an organisation:
  "Pew Research") right after a dash or "from" ends at the colon.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ...text.sentences import sentence_starts
from ..cues import SPEECH_VERBS, SPEECH_WORDS
from .mentions import subject_np
from .inverted import inverted_np
from .resolve import resolve_mention
from .model import Attribution, Candidate
from .names import Names
from .runs import has_name

# "quoted X as saying" / "X was quoted by the agency as saying" (see ``_quoted_as_saying``).
QUOTED_OBJECT_RE = re.compile(
    r"(?P<passive>\b(?:was|were|is|are|has been|had been|have been)[ \t]+)?\bquot(?:ed|es|ing)[ \t]+"
    r"(?:by[ \t]+(?P<agent>[^,;:.!?\"“”\n]{2,80}?)|(?P<object>(?!by\b|as\b)[^,;:!?\"“”\n]{2,100}?))"
    r"[ \t]+as[ \t]+(?:saying|telling|describing)\b")


# "... - Ann Lee:" / "More from Pew Research:" right before the opening mark.
CREDIT_RE = re.compile(
    r"(?:[-–—]\s*(?:more\s+from\s+)?|^\W*more\s+from\s+)"
    r"((?:[A-Z][\w'’.-]*[ \t]+(?:and[ \t]+)?){0,4}[A-Z][\w'’.-]*)[ \t]*:[ \t]*$",
    re.I,
)
MORE_FROM_RE = re.compile(r"more\s+from\s", re.I)
# "From the report:", "Here's Clinton in December 1992:" opening the quote's sentence.
FROM_SOURCE_RE = re.compile(r"^\W*(From|Here['’]s|Here is)[ \t]+([^:\n\"“”]{2,60}?)[ \t]*:[ \t]*$")
OWNER_RE = re.compile(r"^([A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,3})['’]s?[ \t]+\w")
LEADING_NAME_RE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}")
# What a source named by "From the ..." is: a document or a report.
DOCUMENT_HEADS = frozenset("report study survey statement memo letter release transcript post filing ruling".split())
# "Stated Roger Stone:", "Continued Stone:": an inverted reporting verb opening the lead-in.
INVERTED_LEAD_RE = re.compile(rf"(?:{SPEECH_VERBS})[ \t]+(?=[A-Z])", re.I)
LEADIN_REACH = 300  # characters of the lead-in paragraph read back from its colon
# "Said club chairman Peter Dawes:", "Observes Mr Hadi:": a reporting verb opening the quote's
# sentence, capitalised (the cue patterns read lower case only), its speaker after it.  Not
# "Asked": "Asked if he would stand, Mr Hague replied" is a participle clause, its asker unnamed.
OPENING_VERB_RE = re.compile(r"[ \t]*([A-Z][a-z]+)[ \t]+(?=\w)")
NOT_OPENING_VERBS = frozenset({"asked", "asks"})
OPENING_NP_WORDS = 8  # at most this many words between the opening verb and its comma or colon
OPENING_REACH = 200  # characters from the sentence's start to the quote


def credit_line(body: str, cand: Candidate, names: Names) -> Attribution | None:
    """``... - Ann Lee: "..."``: the name after the dash speaks."""
    lo = max(cand.sent_start, cand.start - 1 - 200)
    before = body[lo : cand.start - 1]
    if not before.rstrip().endswith(":"):
        return None  # (both patterns end in a colon: most lead-ins, and every reported clause's, have none)
    m = CREDIT_RE.search(before)
    if m is None:
        return _from_source(before, lo, names)
    # ("More from Jones:": "more from" marks a source, whatever the name's length.)
    if not m.group(1)[:1].isupper() or not (has_name(m.group(1)) or MORE_FROM_RE.search(m.group())):
        return None
    found = resolve_mention(m.group(1), lo + m.start(1), None, None, names)
    if found and found.speaker and found.speaker_type in ("person", "organisation"):
        found.rule = "credit-line"
        return found
    return None


def _from_source(before: str, lo: int, names: Names) -> Attribution | None:
    """``From the report: "``, ``From Bush's Facebook post: "``, ``Here's Clinton in
    December 1992: "``: a lead-in presenting its source, opening the sentence."""
    m = FROM_SOURCE_RE.search(before)
    if m is None:
        return None
    phrase, at = m.group(2), lo + m.start(2)
    owner = OWNER_RE.match(phrase)
    if owner:  # "Bush's Facebook post": the owner's words
        found = resolve_mention(owner.group(1), at, None, None, names)
    elif m.group(1).lower() == "from":
        head = phrase.split()[-1].lower()
        if not phrase.lower().startswith("the ") or head not in DOCUMENT_HEADS:
            return None
        return Attribution(phrase, "description", None, phrase, None, at, "credit-line")
    else:  # "Here's Clinton in December 1992": the name right after
        name = LEADING_NAME_RE.match(phrase)
        found = resolve_mention(name.group(), at, None, None, names) if name and has_name(name.group()) or (
            name and names.person(name.group().split()) is not None) else None
    if found and found.speaker and found.speaker_type in ("person", "organisation"):
        found.rule = "credit-line"
        return found
    return None


def paragraph_leadin(body: str, cand: Candidate, names: Names, paragraphs: list[tuple[int, int]],
                     leading: Callable[[str, Candidate, Names], Attribution | None]) -> Attribution | None:
    """A quote opening its paragraph after a paragraph that ends with a colon:
    the ``leading`` rule reads that lead-in as if it came right before the quote."""
    if cand.para == 0 or body[paragraphs[cand.para][0] : cand.start - 1].strip():
        return None
    prev_start, prev_end = paragraphs[cand.para - 1]
    lead = body[prev_start:prev_end].rstrip()
    if not lead.endswith(":") or '"' in lead[-LEADIN_REACH:] or "”" in lead[-LEADIN_REACH:]:
        return None
    colon = prev_start + len(lead) - 1
    starts = [s for s in sentence_starts(body, prev_start, colon) if s < colon]
    sent_start = starts[-1] if starts else prev_start
    found = leading(body, replace(cand, start=colon + 2, sent_start=sent_start), names)
    inverted = INVERTED_LEAD_RE.match(found.as_written or "") if found else None
    if inverted:  # "Stated Roger Stone:" -- the verb is no part of the name
        rest = found.as_written[inverted.end() :]
        found = resolve_mention(rest, found.pos + inverted.end() if found.pos >= 0 else -1, None, None, names)
    verb = INVERTED_LEAD_RE.match(found.speaker or "") if found else None
    if verb:  # the article's name table read the verb into the run: "Continued Roger Stone"
        found.speaker = found.speaker[verb.end() :]
    if found and found.speaker:
        found.rule = "paragraph-leadin"
        return found
    return None


def quoted_as_saying(body: str, cand: Candidate, names: Names, window: int) -> Attribution | None:
    """Wire copy's "The agency quoted X as saying "..."" (X spoke, the agency only reports it)
    and "X was quoted by the agency as saying "..."" (the subject spoke): the verb's object or
    the words after "by" stand between "quoted" and "as saying", so the lexicon's "quoted as
    saying" does not match.  The quote follows in the same sentence, no quote mark between."""
    lo = max(cand.sent_start, cand.start - 1 - window)
    before = body[lo : cand.start - 1]
    if "quot" not in before:
        return None  # (the pattern's one literal: most sentences have none, and no scan is needed)
    found = None
    for m in QUOTED_OBJECT_RE.finditer(before):
        found = m
    if found is None or re.search(r"[\"“”]", before[found.end() :]):
        return None
    if found.group("agent") is not None:
        # "X was quoted by the agency as saying": the subject before "was quoted" spoke.
        cut = found.start("passive") if found.group("passive") else found.start()
        return subject_np(before[:cut], lo, "quoted as saying", names)
    obj = found.group("object")
    return inverted_np(obj, lo + found.start("object"), "quoted as saying", names)


def opening_verb(body: str, cand: Candidate, names: Names) -> Attribution | None:
    """``Said club chairman Peter Dawes: "..."`` / ``Observes Mr Hadi: "..."`` / ``Said the Pew
    report: "..."``: the quote's sentence opens with a reporting verb, its subject inverted
    after it, and the lead-in ends at a colon or comma right before the quote.  An apposition
    or relative clause after the speaker ends at the first comma (``Said Dorothy Lee, who grew
    up with him, "..."``)."""
    if cand.start - cand.sent_start > OPENING_REACH:
        return None  # (the verb, a speaker and an apposition: a short lead-in; the test stays cheap)
    lead = body[cand.sent_start : cand.start - 1].rstrip()
    if not lead.endswith((":", ",")):
        return None
    m = OPENING_VERB_RE.match(lead)
    if m is None or m.group(1).lower() in NOT_OPENING_VERBS or m.group(1).lower() not in SPEECH_WORDS:
        return None
    phrase = lead[m.end() : -1].split(",")[0].rstrip()
    if not phrase or len(phrase.split()) > OPENING_NP_WORDS or re.search(r"[\"“”:;]", phrase):
        return None
    found = inverted_np(phrase, cand.sent_start + m.end(), m.group(1).lower(), names)
    # ("Says a lot about him, frankly:" -- a verb with an object, no speaker after it.)
    if found and found.speaker and (has_name(phrase) or found.speaker_type in ("person", "organisation")):
        return found
    return None
