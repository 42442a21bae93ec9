"""A title-case headline's quote: the person or body the headline opens with said it.

Headlines drop the reporting verb or write it in capitals the cue patterns do not read
(they read lower case)::

    Mayor Jane Holt Calls New Budget 'A Betrayal'
    Jane Holt Slams Council Over 'Reckless' Plan
    The Wrap: Jane Holt Says Budget 'Won't Pass'

The headline's grammatical subject, the run of capitals it opens with (after a label and
its colon, "The Wrap:"), is the speaker, when the article's name table knows it as a person
or organisation, or it is one word for a person or a group ("Woman", "Critics").  Another
name's possessive between the subject and the quote ("Holt Mocks Lee's 'Fantasy' Plan")
gives the words to that other person, and a subject not followed by a verb form ("Holt And Lee
Slam ...", "Former Holt Aide Group Renamed ...") is not one person: the rule then names no one.  Only the article's first
paragraph, only when every word of four letters or more outside quote marks is capitalised
(a sentence-case line is prose, which the other rules read).
"""

from __future__ import annotations

import re

from ...lexicon.people import FIRST_NAMES, GROUP_SPEAKERS, PERSON_HEADS, ROLE_WORDS
from .model import Attribution, Candidate
from .names import Names
from .resolve import resolve_mention

# A word a title-case line may leave in lower case ("of", "the"): shorter than four letters.
LONG_WORD_RE = re.compile(r"[A-Za-z][\w'’-]{3,}")
QUOTED_RE = re.compile(r"[\"“‘'][^\"“”‘’]*[\"”’']")
# "The Latest:", "Analysis:": a label and its colon before the headline proper.
LABEL_RE = re.compile(r"^(?:[^\s:\"“‘]+[ \t]+){0,2}[^\s:\"“‘]+:[ \t]+")  # (three words at most)
# Someone else's words: a capitalised possessive and a noun of speech ("Kaine's Claim") between
# subject and quote.
OTHER_POSSESSOR_RE = re.compile(
    r"\b[A-Z][\w-]+['’]s?[ \t]+(?:[A-Z][\w-]+[ \t]+)?(?:Claims?|Words?|Remarks?|Comments?|Quotes?|Statements?|Tweets?|"
    r"Charges?|Attacks?|Jibes?|Insults?|Descriptions?|Description)\b")
# Words that give the quote to another agent or make the subject its hearer: a passive's "By",
# a relative "Who" ("Responds To Critics Who Called ..."), "Was Told", "Hears Judge Say", a
# passive participle after "Is"/"Was"/"Gets" ("Was Branded 'A Liar'").
OTHER_AGENT_RE = re.compile(
    r"\b(?:By|Who|Whom|Whose|Told|Hear|Hears|Heard|Say)\b|^(?:Is|Was|Gets|Got|Been)[ \t]+[A-Z][a-z]+(?:ed|en)\b")
# The headline's verb right after its subject: a title-case verb form ("Says", "Calls", "Slammed",
# "Is"), not another word of a longer noun phrase ("Former Ted Cruz Super PAC Renamed ...").
VERB_AFTER_RE = re.compile(r"(?:[A-Z][a-z]*(?:s|ed)|Is|Was|Has|Had|Got|Will|Can|Won['’]t|Can['’]t|Just|Now)$")
SUBJECT_WORDS = 4
# A headline is short: a longer first paragraph is prose (and the test stays cheap however
# many quotes a long one holds).
HEADLINE_MAX_CHARS = 300  # the longest name a headline opens with, in words
# (Not a role modifier: "Former Aide Says ..." opens with no one.)
ONE_WORD_SUBJECTS = PERSON_HEADS | GROUP_SPEAKERS | frozenset({"woman", "man", "media"})


def title_case(line: str) -> bool:
    """Is every word of four letters or more outside quote marks capitalised?"""
    words = LONG_WORD_RE.findall(QUOTED_RE.sub(" ", line))
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def headline_subject(body: str, cand: Candidate, names: Names, paragraphs: list[tuple[int, int]]) -> Attribution | None:
    """The speaker of a quote in a title-case headline: the name it opens with (module doc)."""
    if cand.para != 0 or not paragraphs:
        return None
    start, end = paragraphs[0]
    line = body[start:end]
    if len(line) > HEADLINE_MAX_CHARS or not title_case(line):
        return None
    label = LABEL_RE.match(line)
    at = start + (label.end() if label else 0)
    words = body[at : cand.start - 1].split()
    size = _subject_size(words, names)
    if not size:
        return None
    rest = " ".join(words[size:])
    if OTHER_POSSESSOR_RE.search(rest) or OTHER_AGENT_RE.search(rest) or not VERB_AFTER_RE.match(words[size]):
        return None  # (and "Lee And Holt Slam ...": two speakers, neither alone)
    phrase = " ".join(words[:size])
    if size == 1 and phrase.lower() in ONE_WORD_SUBJECTS:
        return Attribution(phrase, "description", None, phrase, None, at, "headline-subject")
    found = resolve_mention(phrase, at, None, None, names)
    if (not found or found.speaker_type != "person") and size == 2 and words[0] in FIRST_NAMES:
        found = resolve_mention(words[0], at, None, None, names)  # "Hillary Slams ...": the first name alone
    if found and found.speaker and found.speaker_type == "person":
        found.rule = "headline-subject"
        return found
    return None


def _subject_size(words: list[str], names: Names) -> int:
    """How many of the headline's first ``words`` are its subject: the longest run whose words
    all belong to one person's name (or are role words before it), or one word for a person or
    a group; 0 when the headline opens with neither."""
    best = 0
    for size in range(1, min(SUBJECT_WORDS, len(words) - 1) + 1):
        tokens = [w.strip(",:") for w in words[:size]]
        name = tokens[next((k for k, t in enumerate(tokens) if t.lower() not in ROLE_WORDS), size):]  # past "Mayor"
        entity = names.person(name) if name and name[-1][:1].isupper() else None
        if entity and all(t in entity.name.split() for t in name):
            best = size
        elif best:
            break
    if best:
        return best
    first = words[0].strip(",:") if words else ""
    if first.lower() in ONE_WORD_SUBJECTS:
        return 1
    if first in FIRST_NAMES and len(words) > 2 and words[1][:1].isupper():
        return 2  # a first name and the word after it: "Francois Hollande", as the name table may fold it
    return 0


def speaker_before_colon(found: Attribution) -> bool:
    """May the words before a headline's colon ("Campbell: E-mail row 'silly fuss'") be its speaker:
    a person, a body, or a description whose head is a person or a group ("Teachers:", "Critics:"),
    not a label ("The Latest:", "Analysis:", "Exclusive:"), which a description of no one is?"""
    if found.speaker_type in ("person", "organisation"):
        return True
    words = (found.speaker or "").lower().split()
    return bool(words) and (words[-1] in LABEL_SPEAKER_HEADS or words[-1].rstrip("s") in LABEL_SPEAKER_HEADS)


# The heads of a description that speaks before a headline's colon.
LABEL_SPEAKER_HEADS = PERSON_HEADS | GROUP_SPEAKERS | ROLE_WORDS | frozenset({"woman", "man", "media"})


# "Obama On Syria:", "CNN President On Trump:": the topic after the speaker, in a headline's title case.
TOPIC_RE = re.compile(r"[ \t]+(?:On|About|Over)[ \t]+.*$")


def before_topic(words: str) -> str:
    """The words before a headline's colon without the topic they end with ("CNN President On
    Trump" -> "CNN President")."""
    return TOPIC_RE.sub("", words)
