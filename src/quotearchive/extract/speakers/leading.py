"""Rule 2, right before the opening mark: ``Mr Blair said: "...`` / ``He added: "`` /
``And from Chairwoman Ann Lee: "`` / ``according to X, "...``.

The lead-in before the quote, within its sentence, ends with a reporting verb
or a colon (or a dash): the verb's subject speaks, or the name after an
inverted verb ("In other words, explained CBS moderator Nancy Cordes:"), the
source after "according to", a name right before the colon, an owner ("His
message to the chancellor was:"), or the sentence's subject when a colon
introduces the quote ("Jane Doe, on Twitter:").  :mod:`.rules` tries this after
:mod:`.trailing`; a paragraph's lead-in (:mod:`.leadins`) asks it of the
paragraph before.
"""

from __future__ import annotations

import re

from ...lexicon.people import POSSESSIVE_SUBJECTS
from ..cues import SPEECH_CUE_RE
from .clauses import ACCORDING_RE, WINDOW, sound, verb_cues
from .colon_intros import role_and_name
from .coreference import resolve_pronoun
from .inverted import according, inverted_np
from .mentions import subject_before
from .model import Attribution, Candidate
from .names import Names
from .resolve import resolve_mention
from .runs import has_name
from .sentence_subjects import sentence_start_subject

# "And from Chairwoman Ann Lee:" -- a name right before the colon.
COLON_NAME_RE = re.compile(r"(?:^|\bfrom\s+|^\W*)((?:[A-Z][\w'’.-]*[ \t]*){1,5})$")
# "- Brentford boss Martin Allen:" -- a name after capitalised and role words.
COLON_ROLE_NAME_RE = re.compile(r"^\W*((?:(?:[A-Z][\w'’.-]*|[a-z][\w-]*)[ \t]+){1,5}(?:[A-Z][\w'’.-]*[ \t]*){1,3})$")


def leading_speaker(body: str, cand: Candidate, names: Names) -> Attribution | None:
    """``X said: "...`` and ``X said "...`` right before the opening mark."""
    open_mark = cand.start - 1
    lo = max(cand.sent_start, open_mark - WINDOW)
    before = body[lo:open_mark]
    stripped = before.rstrip()
    if not stripped:
        return None
    colon = stripped[-1] in ":—–" or stripped.endswith((" -", "--"))
    tail = stripped.rstrip(",:—–-").rstrip()
    tail = re.sub(r"\s+that$", "", tail) if tail.endswith("that") else tail  # (the test first: asked of every candidate)
    cues = list(verb_cues(SPEECH_CUE_RE, tail))
    # The verb ends the lead-in ("X said"), or a colon does ("X told the BBC:").
    if cues and colon:
        after = tail[cues[-1].end() :]
        left = tail[: cues[-1].start()].rstrip()
        if (not left or left.endswith(",")) and after.strip() and len(after.split()) <= 8 and has_name(after):
            # "In other words, explained CBS moderator Nancy Cordes:": the verb is inverted,
            # its speaker is the name after it.
            found = sound(inverted_np(after.lstrip(), lo + len(tail) - len(after.lstrip()), cues[-1].group(), names))
            if found and found.speaker_type == "person":
                return found
    if cues and (colon or not tail[cues[-1].end() :].strip()):
        found = subject_before(tail, lo, cues[-1], names)
        if found:
            return found
    according_to = list(ACCORDING_RE.finditer(tail))
    if according_to and colon:
        return according(tail, lo, according_to[-1], names)
    if colon:
        named = COLON_NAME_RE.search(tail)
        if named is None:
            named = COLON_ROLE_NAME_RE.search(tail)
            if named and not role_and_name(named.group(1)):  # ("City council leader Tom Reed:")
                named = None
        if named and len(tail.split()) <= 8 and has_name(named.group(1)):
            found = resolve_mention(named.group(1), lo + named.start(1), None, None, names)
            if found and found.speaker_type == "person":
                return found
        # "His message to the chancellor was:" / "Putin:" -- the sentence's subject speaks.
        subject = _possessor_subject(lo, tail, names)
        if subject:
            return subject
        # "Kaine has taken the stance common among Catholics:" / "Jane Doe, on Twitter:" /
        # "Trump also embraced the techniques --": a colon or a dash introducing the quote,
        # the sentence's subject speaks.
        if lo == cand.sent_start and stripped.endswith((":", "--", "—", "–")):
            subject = sentence_start_subject(tail, lo, None, names)
            if subject and subject.speaker_type == "person":
                subject.rule = "colon-subject"
                return subject
    return None


def _possessor_subject(lo: int, tail: str, names: Names) -> Attribution | None:
    """``His message to the chancellor was: "`` -- the owner speaks."""
    words = tail.split()
    if not words:
        return None
    low = words[0].lower()
    if low in ("his", "her", "their", "its"):
        return resolve_pronoun(POSSESSIVE_SUBJECTS[low], words[0], lo + tail.find(words[0]), None, names)
    return None
