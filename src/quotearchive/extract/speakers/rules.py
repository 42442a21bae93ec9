"""The attribution rules: where the text says who said a quote, nearest evidence first.

1. right after the closing mark (``_trailing``): ``"...," said Mr Blair`` /
   ``"...," he said`` / ``"...?" Putin asked`` / ``"..." a spokesman told the
   BBC.`` / ``"..." - Commissioner Jane Smith``;
2. right before the opening mark (``_leading``): ``Mr Blair said: "...`` /
   ``He added: "`` / ``And from Chairwoman Ann Lee: "`` / ``according to X, "...``;
3. a reporting verb elsewhere in the quote's sentence (``_in_sentence``), the
   one before the quote first (``X described it as "..."``, ``While Clinton
   said that he "didn't mind," ..., Putin said``) then the one after it; a
   participle (``adding that ...``) or a coordinated verb (``... and vowed:``)
   speaks for the sentence's subject;
4. the context (:mod:`.context`): a paragraph reopening an unfinished quote, or a
   quote standing alone after another quote or after ``X said that ...`` (in its
   paragraph or closing the one before), takes that speaker; a credit line under a
   quote paragraph (``- Hillary Clinton.``) names it; a quote paragraph may be
   claimed by the next one (``Mr Smith, the coach, said.``:
   ``next_paragraph_claim``, tried once every quote has had its turn).

Each rule finds the mention; :mod:`.mentions` resolves it; :mod:`.clauses` holds
what every rule asks of a sentence (which forms are verbs, who a verb says
spoke).  The text looked at is a fixed window around the quote, so the cost is
linear in the body.
"""

from __future__ import annotations

import re

from ...lexicon.people import PRONOUNS
from ..cues import CUE_RE, SPEECH_CUE_RE, SPEECH_VERBS
from .clauses import (
    ACCORDING_RE, HEADLINE_SPEAKER_RE, INVERTED_RE, cue_subject, has_cue, is_headline, prose_sentence_starts, sound,
    verb_cues,
)
from .documents import borrowed_from_work, document_source
from .context import credit_under, next_paragraph_claim, previous_paragraph, previous_sentence
from .formats import narrator_turn, quote_label, statement_line, turn_label
from .coreference import resolve_pronoun
from .mentions import AUX_TAIL_RE, COORDINATED_RE, MAX_NP_WORDS, subject_before, subject_np
from .inverted import ABBREVIATION_STOP, according, inverted_np
from .sentence_subjects import sentence_start_subject
from .colon_intros import role_and_name
from .headlines import before_topic, headline_subject, speaker_before_colon
from .leadins import credit_line, opening_verb, paragraph_leadin, quoted_as_saying
from .model import Attribution, Candidate
from .participles import absolute_subject, fronted_participle, participle_speaker
from .interviews import other_than_the_turns_speaker
from .pseudonyms import named_by_pseudonym, pseudonym_beside
from .names import Names
from .resolve import resolve_mention
from .runs import has_name, titled_credit

__all__ = ["attribute_one", "has_cue", "next_paragraph_claim"]

# How far from a quote its attribution may sit (characters).
WINDOW = 260
PARTICIPLE_RE = re.compile(r"\w+ing$")
# "is praising", "were calling": the participle is the sentence's verb.
PROGRESSIVE_RE = re.compile(r"\b(?:is|are|was|were|been|be)\s+$")
# A name coordinated after a pronoun ("when she and Mumolo were writing"): the pair is the
# subject, and the name alone is not who speaks; the pronoun's own clause says who does.
PAIRED_WITH_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)[ \t]+and[ \t]+$")
CLAUSE_START_RE = re.compile(r"^\s*(?:but|and|while|whereas|although|though|as|because|yet|so|if|when)\b", re.I)
# A subordinating word inside the words between a quote and a verb: that verb has a clause of its own.
SUBORDINATE_RE = re.compile(r"\b(?:while|whereas|until|unless|because|although|though|since|when|whenever|if)\b", re.I)
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
PASSIVE_REACH = 60
# How far past a quote ending in its own stop its attribution may run (characters).
TRAIL_AFTER_STOP = 60
# "Will Estrada, the chairman for the Northern Virginia exurb," -- a name and its apposition.
NAME_APPOSITIVE_RE = re.compile(r"[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3},[^,.;:!?\"“”\n]{2,90},[ \t]*")
# A source as written: a determiner or a capital first ("an email", "The explanatory").
NAMED_SOURCE_RE = re.compile(r"(?:[A-Z]|(?:a|an|the|this|that|one|another|some)\b)")
# A dash and a name after the closing mark, ending the paragraph or sentence.
DASH_TRAIL_RE = re.compile(r"^[\"”’»]?[.,!?]?[\"”’»]?[ \t]*[-–—][ \t]*([^\n.;:\"“”]{2,80}?)[ \t]*(?:[.,;]|$)")
# "And from Chairwoman Ann Lee:" -- a name right before the colon.
COLON_NAME_RE = re.compile(r"(?:^|\bfrom\s+|^\W*)((?:[A-Z][\w'’.-]*[ \t]*){1,5})$")
# "- Brentford boss Martin Allen:" -- a name after capitalised and role words.
COLON_ROLE_NAME_RE = re.compile(r"^\W*((?:(?:[A-Z][\w'’.-]*|[a-z][\w-]*)[ \t]+){1,5}(?:[A-Z][\w'’.-]*[ \t]*){1,3})$")
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
# ("that" is left out: 'polls suggest that "..."' opens a clause.) Unless a verb that is never
# a noun follows: '2004 was a "stellar year" said Roger Bennett'.
NP_OPENER_BEFORE_RE = re.compile(r"\b(?:a|an|the|this|these|those|its|his|her|their|our|my|your)[ \t]+$", re.IGNORECASE)
ONLY_A_VERB_AFTER_RE = re.compile(r"[ \t]*(?:said|says|added|adds|told|tells|asked|asks|wrote|writes|explained|explains)\b")

VERB_NEXT_RE = re.compile(rf"\s*({SPEECH_VERBS})\b")
# '"...," Hannity pressed.' / '"...?" reacted Trump.': a name or pronoun and a past-tense
# verb the lexicon does not hold, and nothing else in the sentence.
# ('"...," an angry Hollande retaliated.': an article and an adjective may come before the name.)
OTHER_VERB_RE = re.compile(
    r"((?:(?:an?|the)[ \t]+[a-z][a-z-]+[ \t]+)?(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*|he|she)[ \t]+([a-z]{3,}ed)[ \t]*(?:[.;]|$)")
OTHER_VERB_INVERTED_RE = re.compile(r"([a-z]{3,}ed)[ \t]+([A-Z][^.;:!?\"“”\n]{1,80}?)[ \t]*(?:[.;]|$)")


def attribute_one(body: str, names: Names, candidates: list[Candidate], i: int, done: list[Attribution],
                  paragraphs: list[tuple[int, int]]) -> Attribution | None:
    """Rules 1-4 for ``candidates[i]`` (``done``: the attributions of the quotes
    before it), nearest evidence first; None when none fires.  The result
    records which rule fired (``rule``): confidence is calibrated per rule."""
    found, rule = _attribute_one(body, names, candidates, i, done, paragraphs)
    found = narrator_turn(found, body, candidates[i], names, paragraphs) or found
    found = named_by_pseudonym(found, body) or other_than_the_turns_speaker(found, body, candidates[i], names, paragraphs) or found
    if found is not None and found.rule is None:
        found.rule = rule  # (a rule may name a narrower one itself: "sentence-subject")
    return found


def _attribute_one(body: str, names: Names, candidates: list[Candidate], i: int, done: list[Attribution],
                   paragraphs: list[tuple[int, int]]) -> tuple[Attribution | None, str]:
    cand = candidates[i]
    para_start, para_end = paragraphs[cand.para]
    prev = candidates[i - 1] if i else None
    labelled = quote_label(body, cand, names)  # '"CLINTON: I feel ...', whoever spoke before
    if labelled is not None:
        return labelled, "transcript-label"
    if cand.continues and prev is not None:
        named = _named_after_continued(body, names, candidates, i, done, para_end)
        return (named, "trailing") if named is not None else (done[i - 1].copy("continues"), "continues")
    named = pseudonym_beside(body, candidates, i)  # ('"Perry" chimed in: "...": the name in marks speaks)
    if named is not None:
        return named, "pseudonym"
    trailing = _trailing(body, cand, names, candidates, i, para_end)
    found = sound(trailing)
    # '"...," an email said.': the text names its source right after the quote, a noun phrase
    # the resolver refuses; the quotes around it are no evidence for another speaker.  (Not a
    # pronoun the name table resolved badly, nor a verb's stray words: those say nothing.)
    written = (trailing.as_written or "").strip() if trailing else ""
    refused_after = (bool(trailing and trailing.speaker) and found is None and written.lower() not in PRONOUNS
                     and NAMED_SOURCE_RE.match(written) is not None)
    if found and (found.as_written or "").lower() in PRONOUNS:
        # 'For the Lib Dems David Laws said: "...," he said.': the name right before the
        # quote is who "he" is, whoever the pronoun would reach back to alone.
        named = sound(_leading(body, cand, names))
        if named and (named.as_written or "").lower() not in PRONOUNS:
            return named, "leading"
    if found:
        return found, "trailing"
    found = sound(quoted_as_saying(body, cand, names, WINDOW))
    if found:
        return found, "leading"
    # (A credit line first: in "Pollsters agree - Carl Bialik:" the name after the dash
    # speaks, not the subject of the verb before it.)
    found = sound(credit_line(body, cand, names) or _leading(body, cand, names) or opening_verb(body, cand, names)
                   or paragraph_leadin(body, cand, names, paragraphs, _leading)
                   or statement_line(body, cand, names, paragraphs))
    if found:
        return found, "leading"
    found = sound(_in_sentence(body, cand, names, candidates, i, done))
    if found:
        return found, "sentence"
    found = sound(_passive_agent(body, cand, names))
    if found:
        return found, "passive-agent"
    found = sound(fronted_participle(body, cand, names) or document_source(body, cand, names))
    # ('Declaring "...", the minister ordered'; "as the Times put it", "In a memo, ...")
    if found:
        return found, found.rule or "document"
    headline = HEADLINE_SPEAKER_RE.match(body, cand.sent_start, cand.start)
    if headline:
        found = resolve_mention(before_topic(headline.group(1)), headline.start(1), None, None, names)
        if found and found.speaker and speaker_before_colon(found):  # (not a label: "The Latest:")
            return found, "headline"
    found = sound(headline_subject(body, cand, names, paragraphs))  # "Jane Holt Calls Plan 'A Betrayal'"
    if found:
        return found, "headline-subject"
    if refused_after or borrowed_from_work(body, cand):  # ('In the words of the old song, "...": no one's statement)
        return None, ""
    labelled = turn_label(body, cand, names, paragraphs)
    if labelled is not None:
        return labelled, "transcript-label"  # (a question's quote: no one, not the speaker before)
    found = sound(credit_under(body, cand, names, paragraphs))
    if found:
        return found, "credit-under"
    # A quote standing as its own sentence continues the speech around it:
    # the speaker of the sentence just before ("X said that ...") ...
    paragraph_opening = not body[para_start : cand.start - 1].strip()
    found = sound(previous_sentence(body, cand, names, paragraphs, paragraph_opening, prev))
    if found:
        return found, "previous-sentence"
    found = sound(previous_paragraph(body, cand, names, paragraphs))
    if found:
        return found, "previous-paragraph"
    # ... or of the quote just before, with no one else named in between.
    if prev is not None and done[i - 1].speaker and (
        prev.para == cand.para or prev.para == cand.para - 1 and paragraph_opening and not is_headline(body, paragraphs, prev.para)
    ):
        between = body[prev.end + 1 : cand.start - 1]
        if len(between) < 400:  # (tested first: no need to split a long gap into sentences)
            starts = prose_sentence_starts(between)
            last = between[starts[-1] :] if starts else ""
            if not SPEECH_CUE_RE.search(last) and not has_name(last):
                return done[i - 1].copy("previous-quote"), "previous-quote"
            # '"...," said Larry Noble, a lawyer with the Legal Center. "...': the text
            # between is the previous quote's own attribution, one verb naming its speaker.
            if prev.end < done[i - 1].pos < cand.start - 1 and len(SPEECH_CUE_RE.findall(between)) <= 1:
                return done[i - 1].copy("previous-quote"), "previous-quote"
    return None, ""


def _named_after_continued(body: str, names: Names, candidates: list[Candidate], i: int, done: list[Attribution],
                           para_end: int) -> Attribution | None:
    """A reopened quote naming someone else after its mark ('"... on all sides. / "I think ...," Alvarez
    said.'): a closing mark left out, the new quote is theirs.  A pronoun or the same person: None."""
    found = sound(_trailing(body, candidates[i], names, candidates, i, para_end))
    named = found is not None and found.speaker_type == "person" and (found.as_written or "").lower() not in PRONOUNS
    return found if named and found.speaker != done[i - 1].speaker else None


# ---------------------------------------------------------------- 1. after the closing mark


def _trailing(body: str, cand: Candidate, names: Names, candidates: list[Candidate], i: int, para_end: int) -> Attribution | None:
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


# ---------------------------------------------------------------- 2. before the opening mark


def _leading(body: str, cand: Candidate, names: Names) -> Attribution | None:
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
        pronoun = {"his": "he", "her": "she", "their": "they", "its": "it"}[low]
        return resolve_pronoun(pronoun, words[0], lo + tail.find(words[0]), None, names)
    return None


# ---------------------------------------------------------------- 3. elsewhere in the sentence


def _paired_with_pronoun(body: str, found: Attribution) -> bool:
    """Is ``found`` a name right after "he and" / "she and" (``PAIRED_WITH_PRONOUN_RE``)?"""
    return found.pos > 0 and PAIRED_WITH_PRONOUN_RE.search(body, max(0, found.pos - 10), found.pos) is not None


def _in_sentence(body: str, cand: Candidate, names: Names, candidates: list[Candidate], i: int,
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


def _passive_agent(body: str, cand: Candidate, names: Names) -> Attribution | None:
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
