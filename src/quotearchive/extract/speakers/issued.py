"""Lead-ins whose reporting verb's subject is no speaker, but the quote's source is named
beside it (issue 14, session 21): the rules of :mod:`.leading` find the verb and stop at
its subject, a relative pronoun or a possessive.

* A document handed over by its issuer, then read::

      Ann Lee's family issued an update last week, which reads: "..."

  "which reads:" / "which said:" after a noun of a document (an update, a statement, a
  letter) whose issuing verb ("issued", "released", "posted") has a subject: the
  subject is who speaks, as in "the family said in an update";
* a quotation opened by its owner's words::

      In Dr. Hardy's words, "..."   /   In the words of Ann Lee, "..."

  the owner said it ("In the words of the old song" is a work's, and
  :func:`.documents.borrowed_from_work` keeps those with no one);
* a description a relative clause speaks for: ``in front of my then 8-year-old who
  exclaimed, "..."`` (a direct quote only: before a reported clause, "his fans who hoped
  to ...", the people are generic);
* a sentence announcing the statement the bare quote after it gives: ``Later, I got an
  email reply from a company representative.`` / ``X's lawyer, Y, had a more succinct
  statement.`` then ``"..."``.

:mod:`.rules` asks the first three before :mod:`.leading`, the last among the context rules.
"""

from __future__ import annotations

import re

from ...lexicon.people import FEMALE_WORDS, MALE_WORDS, POSSESSIVE_SUBJECTS, ROLE_OR_PERSON_HEADS
from ...lexicon.referents import ELLIPSIS_HEADS, FOCUS_ROLE_HEADS, WHO_SPEAKER_HEADS
from ..cues import SPEECH_VERBS
from .clauses import prose_sentence_starts
from .coreference import resolve_pronoun
from .mentions import subject_np
from .model import Attribution, Candidate
from .names import Names
from .resolve import resolve_mention
from .runs import has_name

# The nouns of a document an issuer hands over and a reader then quotes.
DOCUMENT_NOUNS = (
    "update|statement|message|letter|post|note|tweet|email|e-mail|reply|response|tribute|appeal|notice|"
    "announcement|plea|caption|press release|release"
)
# "<subject> [has] issued [an encouraging] update [last week], which reads:" right before the mark.
ISSUED_READS_RE = re.compile(
    r"\b(?P<verb>issued|released|posted|published|shared|put out|sent|penned|wrote)[ \t]+"
    r"(?:a|an|the|its|their|his|her|this|that)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?"
    rf"(?:{DOCUMENT_NOUNS})\b(?P<gap>[^,:;\"“”\n]{{0,60}}),?[ \t]+(?:which|that)[ \t]+"
    r"(?:reads|read|says|said|states|stated)[ \t]*[:,]?[ \t]*$"
)
# An author named between the document and its "which reads" ("a letter from 100 doctors", "a note
# written by Tom Reed", "the letter Ann Lee wrote", "a tweet quoting its manager"): not the issuer's words.
AUTHOR_IN_GAP_RE = re.compile(r"\b(?:from|by|of|written|wrote|quoting|signed)\b|(?:^|\s)[A-Z]")
# Auxiliaries between the subject and the issuing verb ("has issued", "had also released").
AUX_TAIL_RE = re.compile(r"(?:[ \t]+(?:has|have|had|also|now|today|yesterday|later|since|then)\b)+[ \t]*$")
# "In Dr. Hardy's words," / "because, in his own words," / "In the words of Ann Lee," right before the mark.
OWNER_WORDS_RE = re.compile(
    r"(?:^|[.;]\s+|,\s+)[\"“]?[Ii]n[ \t]+(?:(?P<owner>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}?)['’]s?"
    r"|(?P<pronoun>his|her|their))[ \t]+(?:own[ \t]+)?words[ \t]*[,:—–-]?[ \t]*$"
    r"|(?:^|[.;]\s+|,\s+)[Ii]n[ \t]+the[ \t]+words[ \t]+of[ \t]+(?P<of>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})"
    r"[ \t]*[,:—–-]?[ \t]*$"
)
# A verb of speech anywhere in a stretch ("Police said the family issued a statement, which reads:").
SPEECH_VERB_RE = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
REACH = 240  # characters read back from the opening mark
QUOTE_MARKS = frozenset("\"“‘'«")


def _lead_in(body: str, cand: Candidate, words: tuple[str, ...], pattern: re.Pattern[str]) -> tuple[int, str, re.Match[str] | None]:
    """The sentence's words right before the quote's mark (at most :data:`REACH`), where they start,
    and ``pattern``'s match at their end; no scan unless one of ``words`` is there (most lead-ins hold none)."""
    lo = max(cand.sent_start, cand.start - 1 - REACH)
    before = body[lo : cand.start - 1]
    return lo, before, pattern.search(before) if any(word in before for word in words) else None


def issued_document(body: str, cand: Candidate, names: Names) -> Attribution | None:
    """``X issued an update, which reads: "..."``: X speaks."""
    lo, before, m = _lead_in(body, cand, ("which", "that"), ISSUED_READS_RE)
    if m is None or AUTHOR_IN_GAP_RE.search(m.group("gap")):
        return None  # ("released a note written by the missing man, which reads:": its author speaks)
    left = AUX_TAIL_RE.sub(" ", before[: m.start()])
    if SPEECH_VERB_RE.search(left):
        return None  # ("Police said the family issued a statement, which reads:" -- a report of it)
    found = subject_np(left, lo, m.group("verb"), names)
    if found and found.speaker and found.speaker_type in ("person", "organisation", "description"):
        found.rule = "leading"
        return found
    return None


def owner_words(body: str, cand: Candidate, names: Names) -> Attribution | None:
    """``In Dr. Hardy's words, "..."`` / ``In the words of Ann Lee, "..."``: the owner said it."""
    lo, _, m = _lead_in(body, cand, ("words",), OWNER_WORDS_RE)
    if m is None:
        return None
    if m.group("pronoun"):
        found = resolve_pronoun(POSSESSIVE_SUBJECTS[m.group("pronoun")], m.group("pronoun"), lo + m.start("pronoun"), None, names)
    else:
        group = "owner" if m.group("owner") else "of"
        owner = m.group(group)
        if not has_name(owner) and names.person(owner.split()[-1:]) is None:
            return None  # ("In Washington's words" may be a capital's; a name or a known surname only)
        found = resolve_mention(owner, lo + m.start(group), None, None, names)
    if found and found.speaker and found.speaker_type == "person":
        found.rule = "leading"
        return found
    return None


# The heads of a description of a person (or "an 8-year-old") a relative "who" may speak for.
WHO_HEADS = ROLE_OR_PERSON_HEADS | MALE_WORDS | FEMALE_WORDS | ELLIPSIS_HEADS | FOCUS_ROLE_HEADS | WHO_SPEAKER_HEADS
AGE_HEAD_RE = re.compile(r"^\d+-year-olds?$")
# "... my then 8-year-old who exclaimed," / "a boy who shouted:" right before the mark: a
# description (a determiner, up to four words) and the relative "who" carrying its speech.
FUNCTION_WORDS = "a|an|the|my|our|his|her|their|to|of|for|at|from|with|by|in|on|and|or|that|this|as"
DESCRIPTION_WHO_RE = re.compile(
    rf"(?:^|[ \t(])(?P<np>(?:a|an|the|my|our|his|her|their)[ \t]+(?:(?!(?:{FUNCTION_WORDS})\b)[\w'’-]+[ \t]+){{0,3}}[\w'’-]+),?[ \t]+who[ \t]+"
    rf"(?:(?:had|has|then|later|just|also|quickly|once)[ \t]+)?(?P<verb>{SPEECH_VERBS})[ \t]*[,:]?[ \t]*$"
)


def description_who(body: str, cand: Candidate, names: Names) -> Attribution | None:
    """``in front of my then 8-year-old who exclaimed, "..."``: the description the relative
    clause belongs to speaks (a name before "who" is :func:`.mentions.subject_before`'s)."""
    if body[cand.start - 1 : cand.start] not in QUOTE_MARKS:
        # (A reported statement's clause: "his fans who hoped to see ...", "Rare was the person who
        # questioned ...", "vote for a man who criticized ...": generic people, no one's words.)
        return None
    lo, _, m = _lead_in(body, cand, ("who",), DESCRIPTION_WHO_RE)
    if m is None:
        return None
    np = m.group("np")
    head = np.split()[-1].lower()
    if any(c.isupper() for c in np) or not (head in WHO_HEADS or AGE_HEAD_RE.match(head)):
        return None  # (a name is subject_before's; "a group ... who said" may be its member's)
    found = resolve_mention(np, lo + m.start("np"), m.group("verb"), None, names)
    if found and found.speaker and found.speaker_type in ("person", "description"):
        found.rule = "leading"
        return found
    return None


# A sentence announcing the statement the bare quote after it gives: "Later, I got an email reply
# from a Google representative." / "Bolger's lawyer, Jeremy Robinson, had a more succinct statement
# after the ruling on Thursday."  The nouns of a statement given, and who gave it.
STATEMENT_NOUNS = "statement|reply|response|answer|comment|message"
REPLY_FROM_RE = re.compile(
    rf"\b(?:{STATEMENT_NOUNS})[ \t]+from[ \t]+(?P<np>[^,.;:!?\"“”\n]{{2,80}}?)[ \t]*[.:][ \t]*$"
)
HAD_STATEMENT_RE = re.compile(
    r"\b(?P<verb>had|has|gave|offered|provided)[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    rf"(?:{STATEMENT_NOUNS})\b[^,;:!?\"“”\n]{{0,60}}[.:][ \t]*$"
)
# The statement was given and received ("I got an email reply from X", "We received a statement from X")...
RECEIVED_RE = re.compile(r"\b(?:got|get|gets|received|receives|had|has|came)\b")
# ... and not refused, sought or missing.
NOT_GIVEN_RE = re.compile(r"\b(?:no|not|never|without|request|requests|requested|sought|seek|seeks|asked|declined)\b|n['’]t\b",
                          re.I)
ANNOUNCEMENT_REACH = 300  # characters of the sentence before read back


def announced_statement(body: str, cand: Candidate, names: Names, paragraphs: list[tuple[int, int]]) -> Attribution | None:
    """A quote standing as its own sentence (or paragraph) after a sentence that announces a
    statement and names who gave it: that one speaks."""
    if body[cand.sent_start : cand.start - 1].strip():
        return None
    para_start, _ = paragraphs[cand.para]
    if cand.sent_start <= para_start:
        if cand.para == 0 or body[para_start : cand.start - 1].strip():
            return None
        lo, end = paragraphs[cand.para - 1]
    else:
        lo, end = para_start, cand.sent_start
    lo = max(lo, end - ANNOUNCEMENT_REACH)
    text = body[lo:end].rstrip()
    if "from" not in text and not re.search(r"\b(?:had|has|gave|offered|provided)\b", text):
        return None
    starts = prose_sentence_starts(text)
    start = starts[-1] if starts else 0
    sentence = text[start:]
    if re.search(r"[\"“”]", sentence):
        return None  # a quote there has its own speaker
    m = REPLY_FROM_RE.search(sentence)
    if m and not RECEIVED_RE.search(sentence[: m.start()]) or NOT_GIVEN_RE.search(sentence):
        return None  # ("There was no response from the company", "a request for comment from Reuters")
    if m:
        found = resolve_mention(m.group("np"), lo + start + m.start("np"), None, None, names)
    else:
        m = HAD_STATEMENT_RE.search(sentence)
        if m is None or SPEECH_VERB_RE.search(sentence[: m.start()]):
            return None
        found = subject_np(sentence[: m.start()], lo + start, m.group("verb"), names)
        if found is None or found.speaker_type != "person":
            return None  # ("The puzzle had an answer", "The website has a comment section": no one giving it)
    if found and found.speaker and found.speaker_type in ("person", "organisation", "description"):
        found.rule = "previous-sentence"
        return found
    return None
