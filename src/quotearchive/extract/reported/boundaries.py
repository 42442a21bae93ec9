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

from ...lexicon.reported import FRONTED_AFTER_CONJUNCTION, COMPARISON_OPENERS, SUBORDINATE_LEADERS, SUBORDINATORS
from ...lexicon.people import FEMALE_NAMES, MALE_NAMES
from ...lexicon.reported import IRREGULAR_PASTS
from ...text.patterns import trie_pattern
from .frames import AUXILIARY, PARTICIPLES, QUOTE_MARKS, SAY_FORMS, SPEECH_FORMS, TELL_FORMS
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
    rf"(?:(?:{_LEADERS})\s+){{0,3}}(?P<conjunction>{_CONJUNCTIONS})\b[^,;:!?—–\n]*$",
    re.IGNORECASE,
)


def in_subordinate(sentence: str, cue_start: int) -> bool:
    """Is the cue at ``cue_start`` inside a subordinate clause opening ``sentence``?"""
    opens = OPENS_SUBORDINATE_RE.match(sentence, 0, cue_start)
    if opens is None:
        return False
    # (a participle that is the cue itself opens a clause: "When told [Perez was ...], Bush thought")
    fronted = FRONTED_RE.match(sentence, opens.end("conjunction"))
    return fronted is None or fronted.start("participle") == cue_start


# A conjunction before a time word, a number, a bare participle ("while" before "in"/"at": "Although
# in September she said [...], at the town hall ..." is a clause) opens a fronted
# phrase, and the main clause follows it with no comma ("Since then Lee has said ...", "If
# elected Smith said ..."): the cue is the main clause's.  (Words: lexicon FRONTED_AFTER_CONJUNCTION.)
FRONTED_RE = re.compile(
    # (a time word, not its possessive: "Although Friday's report said ..." is a clause; a year, not a count)
    rf"(?<=[Ww]hile)\s+(?:in|at)\b|\s+(?:(?:{'|'.join(FRONTED_AFTER_CONJUNCTION)})\b(?!-|['’]s\b)|(?:1[89]|20)\d\d\b(?!['’])|(?P<participle>{trie_pattern(sorted(IRREGULAR_PASTS))}|[a-z]{{2,}}ed)\s+"
    # the participle's own phrase or the main clause's subject next, not a noun it modifies ("While embattled officials said")
    r"(?:[A-Z]|(?:the|a|an|he|she|they|we|it|I|about|by|in|on|to|for|with|at|from|as|over)\b))"
)

# The fronted phrase's words after its conjunction, for ``fronted_end``: a time of two words
# ("last year", "early 2015"), a place after "while in/at" ("in London", "at the summit"), else one.
# (A place's capitalised words stop before a person's first name or title: "While in London Tom Reed said".)
PERSON_OPENING = trie_pattern(sorted(FEMALE_NAMES | MALE_NAMES | {
    "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "President", "Prime", "Senator", "Sen", "Rep", "Gov", "General"}))
FRONTED_EXTENT_RE = re.compile(
    r"\s+(?:(?:last|next|early|late)\s+[\w-]+|(?:in|at)(?:\s+(?:the|a)\s+[a-z]+|"
    rf"(?:\s+(?!(?:{PERSON_OPENING})\b)[A-Z][\w.’'-]*)+)|[\w.,%-]*[\w%])"
)


def fronted_end(sentence: str, cue_start: int) -> int:
    """Where a fronted phrase opening ``sentence`` ends ("Since then", "If elected", "While in
    London"), the cue at ``cue_start`` after it; 0 without one.  The resolver reads the subject
    after it ("Until now officials have said": officials), not the phrase's words with it."""
    opens = OPENS_SUBORDINATE_RE.match(sentence, 0, cue_start)
    if opens is None or sentence[: opens.start("conjunction")].strip(" \n\"“'‘"):
        return 0
    fronted = FRONTED_RE.match(sentence, opens.end("conjunction"))
    if fronted is None or fronted.start("participle") == cue_start:
        return 0
    if fronted.start("participle") >= 0:
        return fronted.end("participle")
    extent = FRONTED_EXTENT_RE.match(sentence, opens.end("conjunction"))
    # (a phrase that leaves no word before the cue took the subject with it: none)
    return extent.end() if extent and extent.end() < cue_start and re.search(r"\w", sentence[extent.end():cue_start]) else 0


# ", including ..." after a target, an object or an infinitive: the list of what the act was
# about or included, which PolNeAR keeps in the statement ("cited [reports of attacks, including
# this week's warnings]", "promised [to act in the first 100 days, including deportation relief]").
INCLUDING_RE = re.compile(r",\s+including\b")
# Where the list ends, at a comma: before a clause of its own (a second predicate or clause with
# its verb: "including its cost, and the board voted to scrap it"; a relative on the last item:
# "including Smith, who scored twice"; a subordinate clause: "including one from the UN, before
# the vote was held") or the sentence's own attribution (", a spokesman told reporters", ", said
# Swarup"); the commas before it are the list's own ("including floods, fires and dust").
_SPEECH = trie_pattern(sorted(SPEECH_FORMS | TELL_FORMS))
LIST_CLOSER_RE = re.compile(
    rf",\s+(?:(?:and|but|or|yet|so)\s+(?:[\w’'.-]+\s+){{0,4}}?(?:{AUXILIARY}|{trie_pattern(sorted(IRREGULAR_PASTS))}|[a-z]{{2,}}ed)\b"
    rf"|(?:who|whom|whose|which|where|as(?!\s+well\s+as\b)|unless|{_CONJUNCTIONS})\b)"
)
# (", X said [a few words]" or ", said X": not a second clause's "and she asked the bankers to ...")
ATTRIBUTION_AT_END_RE = re.compile(
    rf",\s+(?:(?!(?:and|but|or|nor|so|yet|who|which|that|as|while|when|because|if)\b)(?:[\w’'.-]+\s+){{1,5}}?(?:{_SPEECH})\b"
    rf"(?:\s+[^\s,;:—–]+){{0,6}}|(?:{_SPEECH})\s+[^,;:—–]*)\W*$"
)


def past_including(sentence: str, cut: int) -> int:
    """Where a target, an object or an infinitive cut at ``cut`` ends: at ``cut``, or, where the
    comma opens an "including" list, where the list ends (``LIST_CLOSER_RE``, an attribution
    after it: "..., including the sale of its headquarters, said Swarup") or else where a
    clause from the list would end."""
    including = INCLUDING_RE.match(sentence, cut)
    if not including:
        return cut
    end = clause_end(sentence, including.end())
    stop = len(sentence.rstrip().rstrip(".!"))
    comma = sentence.find(",", including.end(), end)
    while comma >= 0:
        if LIST_CLOSER_RE.match(sentence, comma) or ATTRIBUTION_AT_END_RE.match(sentence, comma, stop):
            return comma
        comma = sentence.find(",", comma + 1, end)
    return end


def attributed_after(sentence: str, end: int) -> bool:
    """Does the sentence's own attribution follow a statement ending at ``end`` ("promised [to act,
    including on housing], a spokesman told reporters")?  Then the statement is read as an inner
    one: its speaker is the cue's subject, not the attribution's."""
    comma = sentence.find(",", end, end + 2)
    return comma >= 0 and ATTRIBUTION_AT_END_RE.match(sentence, comma, len(sentence.rstrip().rstrip(".!"))) is not None \
        and INCLUDING_RE.search(sentence, 0, end) is not None


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
    if len(cues) != 2 or cues[-1][0] not in SPEECH_FORMS or cues[0][0] in PARTICIPLES or cues[0][0] in SAY_FORMS or cues[0][0] in TELL_FORMS \
            or cues[0][0].lower() == "according to":
        return False
    subject = sentence[: cues[0][1] - s_start]  # (cues hold body offsets)
    return len(subject.split()) <= INNER_SUBJECT_WORDS and not any(m in subject for m in ",;:—–") \
        and not any(m in sentence for m in QUOTE_MARKS) and "''" not in sentence \
        and closes_with_attribution(sentence, cues[-1][1] - s_start, cues[-1][2] - s_start)


# ", NP VERB [tail]" closing the sentence.  A verb of speech that closes a comparison ("a loss of
# $5 million, more than analysts had forecast", "well below what most analysts predicted") or is a
# noun ("beating the market forecast", "the 0.6% forecast", "analysts' forecasts") is none: the
# subject opens with a capital, a determiner, a pronoun or a noun (news writes "lead manager Union
# Bank said", "committee staff said"), never with a comparison's word or a gerund, and holds no
# auxiliary of its own.  Neither is an attribution set inside the clause ("Lee thinks the plan,
# Porter said, is doomed": Lee's clause runs on past it), which a verb after the comma following
# it shows.  The words after the verb are ``patterns.trailing``'s to judge (", said X, the ...").
_COMPARISON = "|".join(sorted((re.escape(w) for w in COMPARISON_OPENERS), key=len, reverse=True))
# (a gerund with its object: "beating the market", not a noun's modifier: "banking sources")
COMPARISON_OPEN_RE = re.compile(
    rf"(?:{_COMPARISON})\b|[a-z]+ing\s+(?:the|a|an|its|their|his|her|our|this|these|those|some|all|most|many)\b", re.IGNORECASE
)
NOUN_BEFORE_CUE_RE = re.compile(r"(?:['’]s?|\d%?|\bper ?cent|\b(?:the|a|an|its|their|his|her|our))\s*$", re.IGNORECASE)
SUBJECT_AUXILIARY_RE = re.compile(rf"\b(?:{AUXILIARY}|do|not)\b")
CLAUSE_GOES_ON_RE = re.compile(rf"[^,;:—–]*,\s+(?:{AUXILIARY}|do|not|never|[a-z]{{2,}}ed)\b")


def closes_with_attribution(sentence: str, cue_start: int, cue_end: int) -> bool:
    """Is the cue at ``cue_start`` the verb of an attribution ", NP VERB [tail]" (or ", VERB NP")
    closing ``sentence``?"""
    comma = sentence.rfind(",", 0, cue_start)
    if comma < 0 or CLAUSE_GOES_ON_RE.match(sentence, cue_end):
        return False
    subject = sentence[comma + 1 : cue_start].strip()
    if not subject:
        return True  # ", said X": its X is read by trailing
    return not (COMPARISON_OPEN_RE.match(subject) or NOUN_BEFORE_CUE_RE.search(subject) or SUBJECT_AUXILIARY_RE.search(subject))


def in_sentence_cue(cue: tuple[str, int, int], s_start: int) -> tuple[str, int, int]:
    """A cue's offsets in its sentence (``cues`` hold them in the body)."""
    return (cue[0], cue[1] - s_start, cue[2] - s_start)


def nest(item: Found, outer: Found) -> Found:
    """A statement inside ``outer``'s clause ends with it, and its speaker is read up to its end
    (the attribution after it is the outer statement's)."""
    if item.end <= outer.start or item.start >= outer.end:
        return item
    return replace(item, end=min(item.end, outer.end), inner=True)
