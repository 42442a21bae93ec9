"""Rule 1, right after the closing mark: ``"...," said Mr Blair`` / ``"...," he said`` /
``"...?" Putin asked`` / ``"..." a spokesman told the BBC.`` / ``"..." - Commissioner Jane Smith``.

The words after the quote, up to its sentence's end or the next quote (a fixed
window), are read as an inverted verb and its speaker, a subject and its verb,
a dash and a credit, or a name and a past-tense verb the lexicon lacks ("...,"
Hannity pressed).  A new sentence after a quote that ends its own is an
attribution only when little follows its verb.  :mod:`.rules` tries this first.
"""

from __future__ import annotations

import re

from ..cues import SPEECH_CUE_RE
from .clauses import INVERTED_RE, WINDOW, sound, verb_cues
from .inverted import ABBREVIATION_STOP, inverted_np
from .mentions import AUX_TAIL_RE, MAX_NP_WORDS, subject_np
from .model import Attribution, Candidate
from .names import Names
from .runs import has_name, titled_credit

# A new clause opening the words between a quote and a verb: '"..." but the government said'.
CLAUSE_START_RE = re.compile(r"^\s*(?:but|and|while|whereas|although|though|as|because|yet|so|if|when)\b", re.I)
# A subordinating word inside the words between a quote and a verb: that verb has a clause of its own.
SUBORDINATE_RE = re.compile(r"\b(?:while|whereas|until|unless|because|although|though|since|when|whenever|if)\b", re.I)
# How far past a quote ending in its own stop its attribution may run (characters).
TRAIL_AFTER_STOP = 60
# "Will Estrada, the chairman for the Northern Virginia exurb," -- a name and its apposition.
NAME_APPOSITIVE_RE = re.compile(r"[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3},[^,.;:!?\"“”\n]{2,90},[ \t]*")
# A dash and a name after the closing mark, ending the paragraph or sentence.
DASH_TRAIL_RE = re.compile(r"^[\"”’»]?[.,!?]?[\"”’»]?[ \t]*[-–—][ \t]*([^\n.;:\"“”]{2,80}?)[ \t]*(?:[.,;]|$)")
# "Sen." or "F." inside a subject: its stop ends no sentence.
ABBREVIATION_STOP_RE = re.compile(ABBREVIATION_STOP)
# Closing marks of a quote inside the quote, after its last stop.
INNER_CLOSERS = "’'\"”»"
# Right after the closing mark: optional punctuation, then the attribution.
# (A no-break space, common in web copy, separates as a space does.)
# ('... say, 'Well done,' " said X': a space may part an inner quote's closing mark from the outer one.)
TRAIL_LEAD_RE = re.compile(r"^[\"”’'»]?[,.!?…]?(?:[ \t]?[\"”’'»])?[ \t\xa0]+")
# A reported clause right after a reporting verb: "said that ...".
REPORTED_THAT_RE = re.compile(r"[ \t]+that\b")
# A determiner right before the opening mark: 'a "substantial" cut in rates', 'the "so-called"
# deal' quote a modifier inside a noun phrase, and the words after the closing mark finish it.
# ("that" is left out: 'polls suggest that "..."' opens a clause.)
NP_OPENER_BEFORE_RE = re.compile(r"\b(?:a|an|the|this|these|those|its|his|her|their|our|my|your)[ \t]+$", re.IGNORECASE)
# Unless a verb that is never a noun follows: '2004 was a "stellar year" said Roger Bennett'.
ONLY_A_VERB_AFTER_RE = re.compile(r"[ \t]*(?:said|says|added|adds|told|tells|asked|asks|wrote|writes|explained|explains)\b")
# '"...," Hannity pressed.' / '"...?" reacted Trump.': a name or pronoun and a past-tense
# verb the lexicon does not hold, and nothing else in the sentence.
# ('"...," an angry Hollande retaliated.': an article and an adjective may come before the name.)
OTHER_VERB_RE = re.compile(
    r"((?:(?:an?|the)[ \t]+[a-z][a-z-]+[ \t]+)?(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*|he|she)[ \t]+([a-z]{3,}ed)[ \t]*(?:[.;]|$)")
# The same inverted: '"...?" reacted Trump.'
OTHER_VERB_INVERTED_RE = re.compile(r"([a-z]{3,}ed)[ \t]+([A-Z][^.;:!?\"“”\n]{1,80}?)[ \t]*(?:[.;]|$)")


def trailing_speaker(body: str, cand: Candidate, names: Names, candidates: list[Candidate], i: int, para_end: int) -> Attribution | None:
    close = cand.end
    dash = DASH_TRAIL_RE.match(body[close : min(para_end, close + 120)])
    credit = titled_credit(dash.group(1)) if dash else ""  # ('―JANE SMITH, Dayton': the name in capitals)
    if dash and has_name(credit):
        # '"We will fight on." - Commissioner Jane Smith'
        found = inverted_np(credit, close + dash.start(1), None, names)
        if found and found.speaker_type == "person":
            return found
    lead = TRAIL_LEAD_RE.match(body[close : close + 5])
    if not lead:
        return None
    # The quote's last stop, past the marks of a quote it ends with ('... do you need?’'):
    quoted = body[cand.start : cand.end].rstrip().rstrip(INNER_CLOSERS)
    text_end = "…" if quoted.endswith("...") else quoted[-1:]
    if (text_end.isalnum() and NP_OPENER_BEFORE_RE.search(body, max(0, cand.start - 12), cand.start - 1)
            and not ONLY_A_VERB_AFTER_RE.match(body, cand.end + 1)):
        return None  # 'a "substantial" cut in rates': no verb follows the quote, the noun it modifies does
    pos = close + lead.end()
    limit = min(cand.sent_end, pos + WINDOW)
    bare_sentence = False
    if limit <= pos and text_end in "?!…":
        # (and '"...the people…" Clinton said on Monday': words trailing off end no sentence either)
        # '"...aimed?" Putin asked': the question mark ends no sentence here (and '"...?" Will
        # Estrada, the chairman for the exurb, said': a name and its apposition may run longer).
        appositive = NAME_APPOSITIVE_RE.match(body, pos, min(para_end, pos + 2 * TRAIL_AFTER_STOP))
        limit = min(para_end, pos + (2 * TRAIL_AFTER_STOP if appositive else TRAIL_AFTER_STOP))
    elif limit <= pos and text_end == ".":
        # '"...are missing." Trump said.': a sentence of its own that is only an attribution.
        limit, bare_sentence = min(para_end, pos + TRAIL_AFTER_STOP), True
    nxt = candidates[i + 1].start - 1 if i + 1 < len(candidates) else len(body)
    limit = min(limit, nxt)
    window = body[pos:limit]
    sentence_ended = text_end in ".!?" or body[close : close + 2].startswith(("\".", "”."))
    inverted = INVERTED_RE.match(window)
    if inverted:
        np_text = window[inverted.end() :]
        return inverted_np(np_text, pos + inverted.end(), inverted.group(1), names)
    cue = next(verb_cues(SPEECH_CUE_RE, window), None)
    if not cue:
        return _other_verb(window, pos, text_end, names)
    subject = window[: cue.start()]
    if len(subject.split()) > MAX_NP_WORDS or not subject.strip():
        return None
    if CLAUSE_START_RE.match(subject) or SUBORDINATE_RE.search(subject):
        # '"..." but the government said': a new clause with its own quote; '"..." regarding
        # her links while Sanders suggests': the verb is a subordinate clause's, not the quote's.
        return None
    if "," in subject.strip().rstrip(",") and not subject.rstrip().endswith(","):
        return None  # a clause, not a name: "didn't mind," the delegation was shocked, Putin said
    if re.search(r"[.;!?\"“”]", ABBREVIATION_STOP_RE.sub("", subject)):
        return None
    if sentence_ended and subject[:1].isupper():
        # A new sentence: an attribution only if nothing much follows the verb.
        rest = window[cue.end() :]
        stop = re.search(r"[.!?]", rest)
        rest = rest[: stop.start()] if stop else rest
        named = NAME_APPOSITIVE_RE.match(subject)
        bare_end = re.match(r"[ \t]*\.", window[cue.end() :]) is not None  # "Trump said." and nothing more
        if len(subject.split()) > 5 and not named or re.search(r"[\"“”:]", rest) or bare_sentence and not bare_end:
            return None
        if REPORTED_THAT_RE.match(rest):
            # '"How do I look?" His assistant, Alice Marchak, said that he looked like ...': after
            # a quote ending its sentence, a verb taking a that-clause reports another statement.
            return None
    if (subject.rstrip().endswith(",") and subject.lstrip()[:1].islower() and not cue.group().lower().startswith(("told", "tell"))
            and INVERTED_RE.match(window[cue.start() :])):
        # '"..." about fixing inequality, said Ann Lee' (not '..., an aide, told Fox News'): words finishing the quote's clause.
        found = sound(inverted_np(window[cue.end() :].lstrip(), pos + len(window) - len(window[cue.end() :].lstrip()), cue.group(), names))
        if found and found.speaker_type in ("person", "organisation"):
            return found
    aux = AUX_TAIL_RE.search(subject)
    if aux:
        subject = subject[: aux.start()]  # '"..." Bono recently said'
    return subject_np(subject, pos, cue.group(), names)


def _other_verb(window: str, pos: int, text_end: str, names: Names) -> Attribution | None:
    """``"...," Hannity started.`` / ``"...?" reacted Trump.``: a quote left open by its comma
    (or ending in a question) and a sentence that is only a name and a past-tense verb is
    an attribution, whatever the verb (one the lexicon lacks: "started", "retaliated")."""
    if text_end not in ",?!…":
        return None
    plain = OTHER_VERB_RE.match(window)
    if plain:
        found = sound(subject_np(plain.group(1) + " ", pos, plain.group(2), names))
    else:
        inverted = OTHER_VERB_INVERTED_RE.match(window)
        if not inverted:
            return None
        found = sound(inverted_np(inverted.group(2), pos + inverted.start(2), inverted.group(1), names))
    if found and found.speaker_type == "person":
        found.rule = "trailing-other-verb"
        return found
    return None
