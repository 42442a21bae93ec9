"""Mentions: the noun phrase a reporting verb points at, and who it names.

Given the text before a verb, ``subject_before`` finds its subject, read right
to left up to a clause boundary: ``X, a doctor, said`` and ``X, who ...,
said`` give X (the aside becomes the role), ``The Shadow Secretary, Theresa
May, said`` gives the name in apposition, ``researchers were told`` gives no
one; a verb coordinated with the sentence's first ("... quit his post and
vowed:") takes the sentence's subject (:mod:`.sentence_subjects`).  The phrase
after an inverted verb (``said Robert Sinche, head of ...``) and after
"according to" is :mod:`.inverted`'s part; a body's name holding commas
("Smith, Barney, Harris Upham and Co") is read here for both.

:func:`.resolve.resolve_mention` then turns the phrase ("he", "Mr Blair", "the
Russian leader", "a BA spokesman") into an :class:`Attribution`, by the article's name table.
Finding a phrase calls resolving (an apposition is resolved to choose between it and its head), never back.
"""

from __future__ import annotations

import re

from ...lexicon.not_speakers import LY_NOUNS, STOP_LEAD
from ...lexicon.people import NATIONALITIES, ORG_NAME_OPENERS, ORG_WORDS, PRONOUNS, ROLE_WORDS
from ...lexicon.places import AFTER_COUNTRY_ABBREVIATION, US_STATES
from ...lexicon.sources import DOCUMENT_NOUNS
from .conjoined import cut_setting_after_conjunction
from .fragments import clean_role
from .model import Attribution
from .names import Names
from .nested import inner_subject
from .resolve import resolve_mention
from .runs import has_name
from .sentence_subjects import opens_fronted_phrase, sentence_start_subject
from .us_names import blank_state_after_town

# A document and a participle of its making before "after"/"before" ("a statement issued
# after the talks"): a phrase about the document, not a clause's opening.
DOCUMENT_PARTICIPLE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True)) + r")[ \t]+[a-z]{3,}(?:ed|en|ade)[ \t]+$",
    re.IGNORECASE)
# The end of a clause, looking left from a verb for its subject.
# ("the then prime minister": "then" after "the" is the office's time, no clause's start.)
# (Nor at "Jr.", "Sr.", or "U.S." before a body's name: "the U.S. Chamber said", not "to the U.S. Trump said".)
CLAUSE_STOP_RE = re.compile(
    r"(?:(?<!\bJr)(?<!\bSr)(?!(?<=\bU\.[SKN])\.[ \t]+(?:[a-z]|(?:[A-Z][\w'’-]*[ \t]+){0,3}(?:" + "|".join(map(re.escape, sorted(ORG_WORDS | AFTER_COUNTRY_ABBREVIATION))) + r")\b))\.(?!\w)|[;!?\"“”()\[\]>—–|]|\s-\s|:|\b(?:that|but|while|when|because|although|though|if|so|(?<![Tt]he )then|which|"
    r"where|whom|whose|whether|since|after|before|until|once|unless|as|how|why|what|and|or)\b)",
)
# Auxiliaries and adverbs between a subject and its verb: "Putin has repeatedly said".
# An adverb ending in "-ly" ("Karenga matter-of-factly said"), never a noun ending so ("the royal family said").
LY_ADVERB = r"(?!(?:" + "|".join(sorted(LY_NOUNS)) + r")\b)(?=[a-z-]*ly\b)[a-z]+(?:-[a-z]+)*ly"  # (the lookahead: no backtracking through a word without "ly")
AUX_TAIL_RE = re.compile(
    r"(?:\s+(?:also|later|then|first|now|has|have|had|was|is|were|are|did|does|do|would|will|could|should|may|might|"
    r"must|had|previously|recently|once|earlier|further|again|not|never|always|just|often|even|still|"
    rf"already|quickly|long|both|all|somehow|hardly|himself|herself|themselves|itself|too|however|in turn|,\s*in turn|{LY_ADVERB}|"
    r"went on to|go on to|goes on to|continued to|wanted to|wants to|was quoted as|were quoted as|"
    r"is quoted as|is expected to|was expected to|is due to|was due to|are due to|were due to|used to|tried to|has been|had been|went on|is|was|"
    # "it doesn’t describe", "Wall overall praised", "Robert Gates on Sunday defended"
    r"(?:does|do|did|wo|ca|could|would|should|is|was|has|have|had|are|were)n['’]t|overall|meanwhile|yesterday|today|tonight|"
    r"(?:on|last|this|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening)))+\s*$"
)
# A subject longer than this is a clause, not a noun phrase.
MAX_NP_WORDS = 12
# "to say", "would say": an infinitive, not a report.
BARE_VERB_WORDS = ("to", "will", "would", "could", "should", "may", "might", "must", "can", "cannot", "did", "does", "do", "not", "never")
BARE_VERB_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(BARE_VERB_WORDS)})\s+$", re.I)
BARE_VERB_REACH = max(map(len, BARE_VERB_WORDS))
# "researchers were told": the subject heard it.
PASSIVE_WORDS = ("was", "were", "is", "are", "been", "being", "be", "get", "got", "gets")
PASSIVE_RE = re.compile(rf"\b(?:{'|'.join(PASSIVE_WORDS)})\s+$")
PASSIVE_REACH = max(map(len, PASSIVE_WORDS))
# A verb coordinated with one before it: "... quit his post and vowed".
COORDINATED_RE = re.compile(r"[^,]\s+(?:and|but)\s*$")
COMMA_COORDINATED_RE = re.compile(r",\s+but\s*$")
AS_SAYING_AUX_RE = re.compile(r"\s+(?:is|was|were|are|has been|have been|had been)\s*$")
# A body's name holding commas: capitalised parts joined by commas and a last "and"/"&",
# ending with a legal form ("Smith, Barney, Harris Upham and Co", "Skadden, Arps, Slate,
# Meagher & Flom LLP") or after "of" ("National Academies of Sciences, Engineering and
# Medicine").  A list of people ("Tom, Ann and Bob") ends with no legal form and has no "of".
_CAP_WORDS = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*"
_ORG_WITH_COMMAS = (
    rf"((?:{_CAP_WORDS},[ \t]+){{1,4}}{_CAP_WORDS},?[ \t]+(?:and|&)[ \t]+(?:{_CAP_WORDS}[ \t]+)?"
    r"(?:Co|Company|Inc|Corp|Ltd|LLP|LLC|PLC|plc)\b\.?"
    rf"|{_CAP_WORDS}[ \t]+of[ \t]+(?:{_CAP_WORDS},[ \t]+){{1,4}}{_CAP_WORDS},?[ \t]+and[ \t]+[A-Z][\w'’-]*)"
)
ORG_WITH_COMMAS_RE = re.compile(_ORG_WITH_COMMAS)
BODY_BEFORE_OF = ORG_WORDS | frozenset(ORG_NAME_OPENERS) | {"Academy", "School", "Museum", "Library"}
# "William Raftery of Smith Barney, Harris Upham and Co said": the person speaks, the firm is his.
AFFILIATION_BEFORE_RE = re.compile(r"\b(?:of|at|from|with|for)[ \t]+$")
ORG_WITH_COMMAS_TAIL_RE = re.compile(r"(?:^|(?<=[ \t]))" + _ORG_WITH_COMMAS + r"[ \t]*$")
# ", whose films include" / ", who" / ", which" opening an aside (see ``_relative_aside``).
RELATIVE_ASIDE_RE = re.compile(r",\s*(?:who|whose|which)\s")
RELATIVE_ASIDE_BREAK_RE = re.compile(r"[\"“”;!?]|\.\s")
PAREN_RE = re.compile(r"\([^()\n]{0,80}\)")
# ", meanwhile", ", for his part" between a subject and its comma: an aside about the sentence.
ADVERB_ASIDE_RE = re.compile(
    r",[ \t]*(?:meanwhile|however|though|too|in turn|in response|by contrast|instead|for (?:his|her|their|its) part)(?=[ \t]*,)")
# ", 22," and ", of Raleigh, N.C.," after a name: the person's age and home town.
# A home town and its US state without "of" ("Maratech Inc, Phoenix, Ariz., said"), as wire copy writes it.
US_STATE = "(?:" + "|".join(re.escape(state) for state in US_STATES) + ")"
AGE_PLACE_RE = re.compile(
    r"(?:,\s*\d{1,3}(?=,)|,\s*(?:of|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:,\s*[A-Z][\w.]{1,6}\.?)?(?=,)"
    rf"|,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}},\s*{US_STATE}(?=,))+,"
)
# A time of day opening a live blog's entry ("14.29", "10:45").
CLOCK_RE = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
# A date fronted before the subject, its preposition already dropped ("[On] February 2 the company said").
LEADING_DATE_RE = re.compile(
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,?\s+\d{4})?,?\s+"
    r"(?=(?:the|a|an|its|his|her|their)\s)"
)


# ---------------------------------------------------------------- finding the phrase


# A name right before a relative "who" with no comma ("minister Heizo Takenaka who said ..."): news runs on from the name.
# Two capitalised words ("Court of Appeal" too), so that a sentence's first word ("Anybody who
# says", "Optimists who predict") is not taken; not a party or nationality word in an apposition
# ("Evan Bayh, a moderate Indiana Democrat who declined": Bayh speaks, see ``_name_who``).
NAME_WHO_RE = re.compile(r"(?:[A-Z][\w'’.-]*|of|for)[ \t]+([A-Z][\w'’-]+)[ \t]+who[ \t]$")
APPOSITION_OPENING_RE = re.compile(r",[ \t]+(?:a|an|the)[ \t]")
# The capitalised words before "who", back to the word before them: a preposition there ("Critics
# of Prime Minister Boris Johnson who said", "Officials at Columbia University who said") makes
# the name the object of another noun, the head the relative clause belongs to.
NAME_RUN_BEFORE_WHO_RE = re.compile(r"(?:^|(\S+)[ \t]+)(?:[A-Z][\w'’.-]*[ \t]+)*[A-Z][\w'’-]+[ \t]+who[ \t]$")
PREPOSITIONS_BEFORE_NAME = frozenset("of for at from with by to in on against about among between".split())


def _name_who(left: str) -> bool:
    """Does ``left`` end with a name and a relative "who" that carries the name's statement?"""
    found = NAME_WHO_RE.search(left, max(0, len(left) - 40))
    if found is None or found.group(1) in NATIONALITIES or APPOSITION_OPENING_RE.search(left, max(0, len(left) - 60)):
        return False
    run = NAME_RUN_BEFORE_WHO_RE.search(left, max(0, len(left) - 120))
    return not (run and run.group(1) and run.group(1).lower() in PREPOSITIONS_BEFORE_NAME)


# "X is said to believe that ...", "the minister is understood to believe": the writer's
# sources report X's view; X holds it, the hearsay verb is no passive whose subject only heard.
HEARSAY_AUX_RE = re.compile(r"\s+(?:is|are|was|were)\s+(?:said|understood|thought|believed|reported|known|rumou?red)\s+to\s*$")


def _without_hearsay(left: str, cue_word: str) -> str:
    """``left`` without a hearsay frame before "believe" ("Gove is said to believe": Gove)."""
    if not cue_word.startswith("believ") or not left.endswith(("to", "to ")):
        return left
    return HEARSAY_AUX_RE.sub(" ", left)


def subject_before(text: str, text_start: int, cue: re.Match, names: Names) -> Attribution | None:
    """The subject noun phrase ending right before ``cue`` (a verb matched in
    ``text``, which starts at ``text_start`` in the body), resolved."""
    left = text[: cue.start()]
    if cue.group().endswith("as saying"):
        left = AS_SAYING_AUX_RE.sub(" ", left)  # "Ann Lee was quoted as saying": she said it
    left = cut_setting_after_conjunction(_without_hearsay(left, cue.group()))  # "but in an interview said"
    if _ends_with_word(PASSIVE_RE, PASSIVE_REACH, left):
        return None  # "researchers were told", "he is said to be": not who spoke
    if cue.group().startswith("continu") and text[cue.end() : cue.end() + 4] == " to ":
        return None  # "continues to insist": the verb that follows decides
    if _ends_with_word(BARE_VERB_BEFORE_RE, BARE_VERB_REACH, left) and not cue.group().endswith(("s", "ed", "ld", "ote", "ught")):
        return None  # "continues to insist", "would say": an infinitive, not a report
    aux = AUX_TAIL_RE.search(left)
    if aux:
        left = left[: aux.start()]
    if left.endswith("who ") and _name_who(left):
        left = left[:-4]  # "minister Heizo Takenaka who said": the name the relative follows speaks
    if left.rstrip().endswith(("and", "but")) and (COORDINATED_RE.search(left) or COMMA_COORDINATED_RE.search(left)):
        # "Redknapp, 57, quit his post and vowed:" / "Clinton did not name him, but told
        # the mayors": the sentence's subject speaks.
        return sentence_start_subject(left, text_start, cue.group(), names)
    return subject_np(left, text_start, cue.group(), names)


def subject_np(left: str, text_start: int, cue_word: str, names: Names) -> Attribution | None:
    """The noun phrase ending ``left`` (the text before the verb ``cue_word``), with its apposition."""
    org = ORG_WITH_COMMAS_TAIL_RE.search(left) if _may_end_with_org(left) else None
    if org and not AFFILIATION_BEFORE_RE.search(left, max(0, org.start() - 8), org.start()) and org_before_of(org.group(1)):
        # "Smith, Barney, Harris Upham and Co said": one firm, not a person and two asides.
        return Attribution(org.group(1), "organisation", None, org.group(1), cue_word, text_start + org.start(1))
    if cue_word and cue_word.endswith("as saying"):
        left = AS_SAYING_AUX_RE.sub(" ", left)  # "Mr Kapor is reported as saying": he said it
    if _ends_with_word(PASSIVE_RE, PASSIVE_REACH, left):
        return None  # "researchers were told": the subject heard it
    left = inner_subject(left, cue_word)  # "Lacerda said Epstein told her:": the verb's own subject
    # "(CSA)" asides, ages and home towns ("Cory James, 22, of Flint, Mich., said"):
    # blanked, not cut, so offsets still point into the body.
    left = PAREN_RE.sub(lambda m: " " * len(m.group()), left)
    left = ADVERB_ASIDE_RE.sub(lambda m: " " * len(m.group()), left)  # "Sanders, meanwhile, who ..., said"
    left = AGE_PLACE_RE.sub(lambda m: " " * (len(m.group()) - 1) + ",", blank_state_after_town(left)).rstrip()
    if left.endswith(","):
        # "X, a doctor, said" / "X, who ..., said": the head comes before the appositive.
        inner = left[:-1]
        comma = inner.rfind(",")
        relative = _relative_aside(inner)
        if relative is not None and relative < comma:
            # "The actor, whose films include Hamlet, Heat and Alien: The Musical, said": the
            # aside is the whole relative clause, its list's commas inside it.
            comma = relative
        if comma > 0:
            appositive = inner[comma + 1 :].strip()
            head = inner[:comma]
            found = _np_tail(head, text_start, cue_word, names, role=_appositive_role(appositive))
            described = found is not None and not names_anyone(found.as_written or "")
            if (found is None or found.speaker_type != "person" or described) and has_name(appositive):
                # "The Shadow Secretary for the Family, Theresa May, said"
                named = resolve_mention(appositive, text_start + comma + 1, cue_word, None, names)
                if named and named.speaker_type == "person":
                    if found is not None:
                        named.role = clean_role(found.as_written)
                    return named
            if found and found.speaker:
                return found
            return None
        # '"...," Kirsten Pfeifer from the CEA, told BBC News': a stray comma.
        return _np_tail(inner, text_start, cue_word, names)
    return _np_tail(left, text_start, cue_word, names)


def _ends_with_word(pattern: re.Pattern, reach: int, text: str) -> bool:
    """``pattern.search(text)`` for PASSIVE_RE or BARE_VERB_BEFORE_RE: a word of at
    most ``reach`` letters and the spaces ending ``text``.  Only the end can match,
    so only the end is searched (the left text of a verb can be a whole sentence)."""
    return pattern.search(text, max(0, len(text.rstrip()) - reach)) is not None


def names_anyone(phrase: str) -> bool:
    """Does a phrase hold a capital past its article ("The council's finance director" does
    not: a description, which a name in apposition beats)?"""
    return re.search(r"[A-Z]", re.sub(r"^(?:The|A|An)\s+", "", phrase.strip())) is not None


def _may_end_with_org(left: str) -> bool:
    """Could ``ORG_WITH_COMMAS_TAIL_RE`` match in ``left``?  Both its forms hold a comma and "and"
    (or "&"): without them the search, tried at every offset of every verb's left side, is not run."""
    return "," in left and (" and" in left or "\tand" in left or "&" in left)


def org_before_of(name: str) -> bool:
    """A name of the "X of A, B and C" form is a body's only when X ends with a word of bodies'
    names ("National Academies of Sciences, Engineering and Medicine"), not a person's
    ("William Raftery of Smith Barney, Harris Upham and Co")."""
    before, of, _ = name.partition(" of ")
    if not of or "," in before:
        return True  # (the legal-form branch: "Smith, Barney, Harris Upham and Co")
    last = before.split()[-1]
    return last in BODY_BEFORE_OF or re.sub(r"ies$", "y", last) in BODY_BEFORE_OF or last.rstrip("s") in BODY_BEFORE_OF


def _relative_aside(inner: str) -> int | None:
    """Where a relative clause set off by a comma opens in ``inner`` (the words before an
    aside's closing comma), if it runs to the end: "X, whose films include A, B and C".  Its own
    commas (a list, a date) are no apposition; no quote mark or sentence stop lies inside."""
    found = None
    for m in RELATIVE_ASIDE_RE.finditer(inner):
        found = m
    if found is None or RELATIVE_ASIDE_BREAK_RE.search(inner, found.end()):
        return None
    return found.start()


def _appositive_role(appositive: str) -> str | None:
    """The role an aside gives ("a doctor"), not a relative clause or an age."""
    if re.match(r"^(?:who|which|whose|where|when)\b", appositive):
        return None
    if re.match(r"^\d+$", appositive):
        return None
    return appositive or None


def _np_tail(left: str, text_start: int, cue_word: str, names: Names, role: str | None = None) -> Attribution | None:
    """The noun phrase at the end of ``left``, resolved."""
    stops = list(CLAUSE_STOP_RE.finditer(left))
    start = 0
    for stop in reversed(stops):
        word = stop.group()
        if word == "and" and _and_inside_np(left, stop):
            continue
        if word in ("after", "before", "since", "until") and DOCUMENT_PARTICIPLE_RE.search(left, max(0, stop.start() - 40), stop.start()):
            continue  # "A joint statement issued after the talks said": a document's participle, no clause
        start = stop.end()
        break
    last = left.split()[-1:] if left.split() else []
    if last and last[0].lower() in PRONOUNS:
        return resolve_mention(last[0], text_start + left.rfind(last[0]), cue_word, role, names)
    comma = left.rfind(",", start)
    while comma > start and left[comma - 1 : comma].isdigit() and left[comma + 1 : comma + 2].isdigit():
        comma = left.rfind(",", start, comma)  # "more than 1,000 voters": a number's comma splits no phrase
    if comma >= 0 and re.match(r"^\s*who\b", left[comma + 1 :]):
        # "Professor Chris Woodhead, who has said": the relative points back.
        return _np_tail(left[:comma], text_start, cue_word, names, role)
    if comma >= 0:
        found = _np_tail(left[comma + 1 :], text_start + comma + 1, cue_word, names, role)
        before_comma = left[start:comma].split()
        fronted = bool(before_comma) and opens_fronted_phrase(before_comma[0], names)
        if found and found.speaker_type != "person" and has_name(left[start:comma]) and not fronted:
            # (not "In an interview with Joe Scarborough, the candidate stated" nor "Contradicting
            # reports from Rio de Janeiro, seamen in Santos said": a fronted phrase)
            # "Colin Asplin, Blackpool Hotel Association said": the person speaks.
            named = resolve_mention(left[start:comma].strip(), text_start + start, cue_word, None, names)
            if named and named.speaker_type == "person":
                named.role = found.as_written
                return named
        return found
    np_text = (re.sub(r"^.*\b[Aa]ccording to\s+", "", left[start:]) if "ccording to" in left else left[start:]).strip()
    words = np_text.split()
    while words and words[0].lower() in STOP_LEAD and not (words[0].lower() == "at" and words[1:2] == ["least"]):
        words = words[1:]  # (but "At least half of voters" keeps its "At")
    if len(words) > 1 and CLOCK_RE.fullmatch(words[0]):
        words = words[1:]  # "14.29 Indonesian authorities are hoping": a live blog's time stamp
    dated = LEADING_DATE_RE.match(" ".join(words))
    if dated and dated.end() < len(" ".join(words)):
        words = " ".join(words)[dated.end() :].split()  # "On February 2 the company said": the time is no part of who
    if not words or len(words) > MAX_NP_WORDS:
        return None
    np_text = " ".join(words)
    np_pos = text_start + max(left.find(words[0], start), 0)
    return resolve_mention(np_text, np_pos, cue_word, role, names)


def _and_inside_np(left: str, stop: re.Match) -> bool:
    """Is the "and" at ``stop`` inside a name or role ("Marks and Spencer", "chairman
    and chief executive") rather than between clauses?"""
    before = left[: stop.start()].split()
    after = left[stop.end() :].split()
    if not before or not after:
        return False
    b, a = before[-1], after[0]
    if b[:1].isupper() and a[:1].isupper() or b[:1].isdigit() and a[:1].isdigit():
        return True  # (and "the 200m and 400m record holder")
    return b.lower() in ROLE_WORDS and a.lower() in ROLE_WORDS


