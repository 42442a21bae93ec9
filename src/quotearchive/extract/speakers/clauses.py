"""What the attribution rules ask of a sentence, shared by :mod:`.rules` (the quote's own
sentence) and :mod:`.context` (the sentences around it): where sentences start, which
reporting forms are verbs, whether a sentence reports speech, who a verb says spoke, and
whether a speaker found is sound (not a clause piece)."""

from __future__ import annotations

import re

from ...text.sentences import follows_abbreviation, sentence_starts
from ..cues import CUE_RE, SPEECH_CUE_RE, SPEECH_VERBS
from .fragments import vet
from .nouns import cue_is_noun
from .mentions import AUX_TAIL_RE, subject_before, subject_np
from .inverted import inverted_np
from .model import Attribution, Candidate
from .names import Names

# How far from a quote its attribution may sit (characters): the window every rule reads.
WINDOW = 260
# "(?<!\w.)" after the first letter is the "\b" before it, where the engine can
# skip ahead to an "a" instead of testing the boundary at every offset.
ACCORDING_RE = re.compile(r"[Aa](?<!\w.)ccording to\s+")
# A headline naming its speaker first: "Campbell: E-mail row 'silly fuss'".
# ("Dr. Ben Carson:", "McCain Challenger Kelli Ward:": a title with its stop, a role before the name.)
HEADLINE_SPEAKER_RE = re.compile(
    r"^((?:(?:Dr|Sen|Rep|Gov|Gen|Mr|Mrs|Ms|Rev)\.[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}):[ \t]")
# A word that makes the reporting form after it a noun: "the attacks", "his remarks".
NOUN_BEFORE_WORDS = ("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "such",
                     "of", "whose", "no", "any", "many", "several", "recent", "latest", "new", "two", "three")
NOUN_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(NOUN_BEFORE_WORDS)})\s+$", re.I)
NOUN_BEFORE_REACH = max(map(len, NOUN_BEFORE_WORDS)) + 3
POSSESSIVE_BEFORE_RE = re.compile(r"\w['’]s?\s+$")
# After an "-s" form, a word only a plural noun takes ("remarks were", "attacks and", "claims of").
# Reporting forms that are never a noun or an adjective after a possessive.
NEVER_NOUNS = frozenset({"said", "says", "told", "tells", "added", "adds"})
# A hyphen joining a form to a word before it, or a year or a number before an "-s" form: a noun
# or an adjective.
HYPHEN_BEFORE_RE = re.compile(r"\w-$")
NUMBER_BEFORE_RE = re.compile(r"\b\d[\d/]*[ \t]+$")
PLURAL_NOUN_NEXT_RE = re.compile(r"\s+(?:were|are|have|and|or|of)\b")
HEADLINE_MAX_WORDS = 20
INVERTED_RE = re.compile(rf"^({SPEECH_VERBS})\b[ \t]+")
# "that" within the first words after a verb ("said Wednesday that", "said last week that").
THAT_CLAUSE_RE = re.compile(r"[ \t]*(?:\S+[ \t]+){0,3}?that\b")
# ", says Carl Anthony, historian at the library," / ", explained Rosenberg,": an inverted
# attribution set between commas inside a sentence.
PARENTHETICAL_RE = re.compile(rf"({SPEECH_VERBS})[ \t]+([A-Z][^,.;:!?\"“”\n]{{1,60}}),")
# ", who" / ", which" ending the words before a verb: a relative clause whose antecedent speaks.
RELATIVE_TAIL_RE = re.compile(r",\s*(?:who|which)\s*$")
# A name ending a clause: "... get harder for Kelly Holmes".
NAME_TAIL_RE = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*$")


def prose_sentence_starts(text: str) -> list[int]:
    """``sentence_starts`` without the stops that end an abbreviation: in "said Ron
    Weiser, a co-chair for Sen. John McCain's campaign." no sentence starts at
    "John", so the campaign's name is not read as the subject of a sentence."""
    starts = []
    for start in sentence_starts(text):
        stop = len(text[:start].rstrip().rstrip("\"”’'"))
        if stop and text[stop - 1] == "." and follows_abbreviation(text, stop - 1):
            continue
        starts.append(start)
    return starts


def is_headline(body: str, paragraphs: list[tuple[int, int]], para: int) -> bool:
    """Is paragraph ``para`` the article's headline: the first line, short, with no full
    stop at its end?  Headlines name a story's main person whoever speaks under them."""
    if para != 0:
        return False
    start, end = paragraphs[0]
    line = body[start:end].rstrip()
    return len(line.split()) <= HEADLINE_MAX_WORDS and not line.endswith(".")


def verb_cues(pattern: re.Pattern, text: str):
    """The matches of a reporting-verb ``pattern`` in ``text`` that are verbs: a form
    after a determiner, a preposition or a possessive is a noun ("the attacks", "his
    remarks", "of the states", "Trump's remarks"), not a report (issue 14, class 5)."""
    for cue in pattern.finditer(text):
        at, word = cue.start(), cue.group()
        if NOUN_BEFORE_RE.search(text, max(0, at - NOUN_BEFORE_REACH), at) is not None:
            continue
        noun_like = word not in NEVER_NOUNS
        if noun_like and POSSESSIVE_BEFORE_RE.search(text, max(0, at - 4), at):
            continue  # "Trump's remarks", "Trump's repeated calls" (but "Foster's said": a firm, then its verb)
        if noun_like and HYPHEN_BEFORE_RE.search(text, max(0, at - 2), at):
            continue  # "robo-calls", "so-called"
        if word.endswith("s") and noun_like and NUMBER_BEFORE_RE.search(text, max(0, at - 12), at):
            continue  # "the 2012 attacks", "the 9/11 attacks" (but "had in 1997 complained": a verb)
        if word.endswith("s") and PLURAL_NOUN_NEXT_RE.match(text, cue.end()):
            continue  # "his anti-Muslim remarks were", "the Paris attacks and", "bellwether states and"
        yield cue


def has_cue(body: str, cand: Candidate, speech_only: bool = False) -> bool:
    """Does the quote's sentence (outside the quote) say someone said it?

    ``speech_only``: count only the verbs that report speech wherever they stand
    ("said", not "called" or "found", which as often name a term)."""
    before = body[cand.sent_start : max(cand.sent_start, cand.start - 1)]
    if HEADLINE_SPEAKER_RE.match(before):
        return True
    after = body[min(cand.end + 1, cand.sent_end) : cand.sent_end]
    cue = SPEECH_CUE_RE if speech_only else CUE_RE
    return bool(cue.search(before) or cue.search(after) or ACCORDING_RE.search(before) or ACCORDING_RE.search(after))


def sound(found: Attribution | None) -> Attribution | None:
    """``found`` unless its speaker is a fragment ("to win many of the", from a noun
    read as a verb: "the states voting"): then the next rule gets its turn."""
    if found is None or not found.speaker:
        return found
    found = vet(found)
    return found if found.speaker else None


def cue_subject(text: str, text_start: int, cue: re.Match, names: Names) -> Attribution | None:
    """Who the verb ``cue`` says spoke: "Mr Thomas said" or ", said Mr Thomas."."""
    if cue_is_noun(text, cue):
        return None  # "After the Paris attacks, ...": a noun, no verb with a subject
    left = text[: cue.start()].rstrip()
    if left.endswith(",") and text[cue.end() : cue.end() + 2].strip()[:1].isupper():
        # "The paradox of Nancy, says Carl Anthony, historian at ..., is that": an attribution
        # set between commas inside the sentence names its speaker after the verb.
        aside = PARENTHETICAL_RE.match(text, cue.start())
        if aside:
            named = sound(inverted_np(aside.group(2), text_start + aside.start(2), cue.group(), names))
            if named and named.speaker_type == "person":
                return named
    found = subject_before(text, text_start, cue, names)
    if found and found.speaker_type in ("person", "organisation") and found.speaker:
        return found
    left = text[: cue.start()].rstrip()
    aux = AUX_TAIL_RE.search(left)
    relative = RELATIVE_TAIL_RE.search(left[: aux.start()] if aux else left)
    if relative:
        # "the Air Transport Association (IATA), which has attacked the package as a "...": the
        # relative pronoun's antecedent speaks.
        named = sound(subject_np(left[: relative.start()] + " ", text_start, cue.group(), names))
        if named and named.speaker_type in ("person", "organisation"):
            return named
        antecedent = NAME_TAIL_RE.search(left, 0, relative.start()) if not (named and named.speaker) else None
        if antecedent:
            # "... will only get harder for Holmes, who has already admitted she "...": a long
            # clause before the relative; its antecedent is the name right before the comma.
            named = sound(subject_np(antecedent.group() + " ", text_start + antecedent.start(), cue.group(), names))
            if named and named.speaker_type in ("person", "organisation"):
                return named
    if not left or left.endswith(","):
        inverted = INVERTED_RE.match(text[cue.start() :])
        tail = text[cue.end() :]
        # ("said Wednesday that Mayor Tom Reed "will ..."": a complement clause's subject, no inversion)
        if inverted and len(re.split(r"[.;!?]", tail)[0].split()) <= 14 and not THAT_CLAUSE_RE.match(tail):
            named = inverted_np(text[cue.start() + inverted.end() :], text_start + cue.start() + inverted.end(), cue.group(), names)
            if named and named.speaker_type in ("person", "organisation"):
                return named
    return found
