"""Mentions: the noun phrase a reporting verb points at, and who it names.

Given the text before a verb, ``subject_before`` finds its subject, read right
to left up to a clause boundary: ``X, a doctor, said`` and ``X, who ...,
said`` give X (the aside becomes the role), ``The Shadow Secretary, Theresa
May, said`` gives the name in apposition, ``researchers were told`` gives no
one.  ``inverted_np`` reads the phrase after an inverted verb (``said Robert
Sinche, head of ...``) and ``according`` the one after "according to".

``resolve_mention`` then turns the phrase ("he", "Mr Blair", "the Russian
leader", "a BA spokesman") into an :class:`Attribution`, by the article's name
table: a name becomes the fullest name the article gives, a pronoun or a
description goes to :mod:`.coreference`.

One piece, though long: finding a phrase and resolving it call each other (an
apposition is resolved to choose between it and its head; a fronted phrase is
told by asking whether its word names someone).  Splitting ``resolve_mention``
and its cases into a module of their own is the next move when this one grows.
"""

from __future__ import annotations

import re

from ...lexicon.places import US_STATES
from ...lexicon.sources import DOCUMENT_NOUNS
from ...lexicon.people import (
    ALWAYS_ORG_HEADS,
    DEMONSTRATIVES,
    ELLIPTIC_QUANTIFIERS,
    FIRST_NAMES,
    FRONTED_ADVERBS,
    FRONTED_SUBORDINATORS,
    FRONTED_WORDS,
    GROUP_SPEAKERS,
    LY_NOUNS,
    NOT_SPEAKER_LEAD,
    SUBJECT_DESCRIPTION_HEADS,
    HONORIFICS,
    NAME_TITLES,
    NO_SPEAKER_OPENERS,
    NON_NAME,
    ORG_VOICE_WORDS,
    PARTICLES,
    PRONOUNS,
    ROLE_OR_PERSON_HEADS,
    ROLE_ADJECTIVES,
    ROLE_WORDS,
    STOP_LEAD,
    SURNAME_NEXT,
)
from .coreference import resolve_description, resolve_pronoun
from .ellipsis import elliptic
from .fragments import clean_role, quoted_title
from .model import Attribution
from .names import Names
from .runs import CAP_RUN_RE, POSSESSIVE_RE, ParsedName, has_name, is_org, owned_name, parse_run

# A document and a participle of its making before "after"/"before" ("a statement issued
# after the talks"): a phrase about the document, not a clause's opening.
DOCUMENT_PARTICIPLE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True)) + r")[ \t]+[a-z]{3,}(?:ed|en|ade)[ \t]+$",
    re.IGNORECASE)
# The end of a clause, looking left from a verb for its subject.
CLAUSE_STOP_RE = re.compile(
    r"(?:\.(?!\w)|[;!?\"“”()\[\]>—–|]|\s-\s|:|\b(?:that|but|while|when|because|although|though|if|so|then|which|"
    r"where|whom|whose|whether|since|after|before|until|once|unless|as|how|why|what|and|or)\b)",
)
# Auxiliaries and adverbs between a subject and its verb: "Putin has repeatedly said".
# An adverb ending in "-ly" ("Karenga matter-of-factly said"), never a noun ending so ("the royal family said").
LY_ADVERB = r"(?!(?:" + "|".join(sorted(LY_NOUNS)) + r")\b)[a-z]+(?:-[a-z]+)*ly"
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
SUBJECT_HEADS = ROLE_OR_PERSON_HEADS | GROUP_SPEAKERS | SUBJECT_DESCRIPTION_HEADS
DATELINE_WORD_RE = re.compile(r"^[A-Z]{3,}(?:[ -][A-Z]{3,})*,?$")
COMMA_COORDINATED_RE = re.compile(r",\s+but\s*$")
AS_SAYING_AUX_RE = re.compile(r"\s+(?:is|was|were|are|has been|have been|had been)\s*$")
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
# A person's affiliation between their name and an organisation's: "X from the CEA".
AFFILIATION_RE = re.compile(r"\s+(?:of|from|at|with|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}")
# A noun phrase up to its clause's punctuation, where a full stop after a US-style
# title ("Sen.", "Rep.", "Gov."), a suffix ("Jr.") or an initial ("John Q. Smith",
# "U.S.") is part of the phrase, not its end.
ABBREVIATION_STOP = r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Rev|Jr|Sr|Lt|Col|Capt|Sgt|St|Prof|Maj|Adm|Cmdr|Supt|Det|Atty|Lt|Gens)\.|\b[A-Z]\.)"
NP_RE = re.compile(rf"^((?:{ABBREVIATION_STOP}|[^,.;:!?\"“”()\n]){{1,120}})")
NP_SHORT_RE = re.compile(rf"^((?:{ABBREVIATION_STOP}|[^,.;:!?\"“”()\n]){{1,100}})")
# A quoted title closing a phrase that needs it ("the authors of the", "the host of").
TITLE_BEFORE_RE = re.compile(r"\b(?:of|of the|for|for the|on)[ \t]*$")
TITLE_IN_NP_RE = re.compile(r"([\"“][A-Z][^\"“”\n]{1,60}?)[,.]?[\"”]")
APPOSITIVE_RE = re.compile(rf"^,\s*((?:{ABBREVIATION_STOP}|[^,.;:!?\"“”\n]){{1,120}})")
# "a spokesman for Mr Blair", "an aide to the senator": someone speaking for another.
SPEAKS_FOR_RE = re.compile(
    r"^(?:a|an|one|another|the)\s+(?:[\w-]+\s+)?(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|"
    r"representative|lawyer|attorney|friend|source|official|ally|associate)\s+(?:for|to|of|close to)\s+\S",
    re.I,
)
# "this source told the Post", "that official said": a person the text pointed at before.
CONTRACTION_RE = re.compile(r"^(?:I|Let)['’]|['’](?:m|d|ll|ve|re)$")  # "I'm", "Let's", "We'd", not "Moody's"
POINTED_PEOPLE = (ROLE_OR_PERSON_HEADS | GROUP_SPEAKERS | {"source", "insider", "aide", "person"}) - {"state", "home"}
# "Madrid midfielder Guti": a lower-case role word, then one name.
ROLE_THEN_ONE_NAME_RE = re.compile(r"(?:^|\s)([a-z][\w-]*)[ \t]+([A-Z][a-z][\w'’-]*)$")



# ---------------------------------------------------------------- finding the phrase


def subject_before(text: str, text_start: int, cue: re.Match, names: Names) -> Attribution | None:
    """The subject noun phrase ending right before ``cue`` (a verb matched in
    ``text``, which starts at ``text_start`` in the body), resolved."""
    left = text[: cue.start()]
    if cue.group().endswith("as saying"):
        left = AS_SAYING_AUX_RE.sub(" ", left)  # "Ann Lee was quoted as saying": she said it
    if _ends_with_word(PASSIVE_RE, PASSIVE_REACH, left):
        return None  # "researchers were told", "he is said to be": not who spoke
    if cue.group().startswith("continu") and text[cue.end() : cue.end() + 4] == " to ":
        return None  # "continues to insist": the verb that follows decides
    if _ends_with_word(BARE_VERB_BEFORE_RE, BARE_VERB_REACH, left) and not cue.group().endswith(("s", "ed", "ld", "ote", "ught")):
        return None  # "continues to insist", "would say": an infinitive, not a report
    aux = AUX_TAIL_RE.search(left)
    if aux:
        left = left[: aux.start()]
    if left.rstrip().endswith(("and", "but")) and (COORDINATED_RE.search(left) or COMMA_COORDINATED_RE.search(left)):
        # "Redknapp, 57, quit his post and vowed:" / "Clinton did not name him, but told
        # the mayors": the sentence's subject speaks.
        return sentence_start_subject(left, text_start, cue.group(), names)
    return subject_np(left, text_start, cue.group(), names)


def subject_np(left: str, text_start: int, cue_word: str, names: Names) -> Attribution | None:
    """The noun phrase ending ``left`` (the text before the verb ``cue_word``), with its apposition."""
    if cue_word and cue_word.endswith("as saying"):
        left = AS_SAYING_AUX_RE.sub(" ", left)  # "Mr Kapor is reported as saying": he said it
    if _ends_with_word(PASSIVE_RE, PASSIVE_REACH, left):
        return None  # "researchers were told": the subject heard it
    # "(CSA)" asides, ages and home towns ("Cory James, 22, of Flint, Mich., said"):
    # blanked, not cut, so offsets still point into the body.
    left = PAREN_RE.sub(lambda m: " " * len(m.group()), left)
    left = ADVERB_ASIDE_RE.sub(lambda m: " " * len(m.group()), left)  # "Sanders, meanwhile, who ..., said"
    left = AGE_PLACE_RE.sub(lambda m: " " * (len(m.group()) - 1) + ",", left).rstrip()
    if left.endswith(","):
        # "X, a doctor, said" / "X, who ..., said": the head comes before the appositive.
        inner = left[:-1]
        comma = inner.rfind(",")
        if comma > 0:
            appositive = inner[comma + 1 :].strip()
            head = inner[:comma]
            found = _np_tail(head, text_start, cue_word, names, role=_appositive_role(appositive))
            described = found is not None and not _names_anyone(found.as_written or "")
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


def sentence_start_subject(text: str, text_start: int, cue_word: str | None, names: Names) -> Attribution | None:
    """The name or pronoun opening ``text``, when it opens with one."""
    words = text.split()
    if len(words) > 2 and DATELINE_WORD_RE.match(words[0]):
        # "WASHINGTON — Sen. Chuck Grassley ...", "LONDON, Dec. 8 (UPI) — ...": a dateline, not the subject.
        dash = next((k for k, w in enumerate(words[:8]) if w in ("—", "–", "-", "--")), None)
        words = words[dash + 1 :] if dash is not None else words[1:]
        if not words:
            return None
    while len(words) > 1 and words[0].strip(",") in ("But", "And", "Yet", "So", "Meanwhile", "However"):
        words = words[1:]  # "But Dunne is keen ... and said:": the name after the conjunction
    for _ in range(3):  # "On Thursday, after a long silence, Warren endorsed ...": past the fronted phrases
        if len(words) > 2 and (_opens_fronted_phrase(words[0], names) or words[0] in FRONTED_SUBORDINATORS):
            comma = next((k for k, w in enumerate(words[:12]) if w.endswith(",")), None)
            if comma is None or comma + 1 >= len(words):
                break
            words = words[comma + 1 :]
    if not words:
        return None
    first = words[0].strip(",")
    if first.lower() in ("he", "she", "it", "they"):
        return resolve_pronoun(first.lower(), first, text_start + text.find(words[0]), cue_word, names)
    if first in ("The", "A", "An") and len(words) > 2:
        # "The retired neurosurgeon sought ...", "The crowd chanted": a description whose
        # head is a person or group word, within a few words of the determiner.
        for k, word in enumerate(words[1:6], start=1):
            bare = word.rstrip(",").lower()
            if bare in SUBJECT_HEADS:
                found = resolve_mention(" ".join(w.rstrip(",") for w in words[: k + 1]),
                                        text_start + text.find(words[0]), cue_word, None, names)
                return found if found and found.speaker else None
            if word.endswith(",") or bare in NOT_SPEAKER_LEAD:
                break
        return None
    if first in NON_NAME or not first[:1].isupper():
        return None
    # The opening noun phrase: capitalised words and role words, up to the first other word
    # ("Democratic presidential candidate Sen. Bernie Sanders": role words before the name).
    subject = []
    for word in words[:8]:
        bare = word.rstrip(",")
        low = bare.lower()
        if not (bare[:1].isupper() or low in ROLE_WORDS or low in PARTICLES or low in ROLE_ADJECTIVES
                or low in SUBJECT_DESCRIPTION_HEADS):
            break
        subject.append(bare)
        if bare != word:
            break  # "Redknapp, 57, quit": the comma ends the name
    found = resolve_mention(" ".join(subject), text_start + text.find(words[0]), cue_word, None, names)
    if found and (found.speaker_type in ("person", "organisation") or _people_noun(found)):
        return found
    return None


def _people_noun(found: Attribution) -> bool:
    """A description that is one people noun ("Analysts", "Ministers"): a subject as good as a name."""
    return found.speaker_type == "description" and (found.speaker or "").lower() in GROUP_SPEAKERS


def _opens_fronted_phrase(word: str, names: Names) -> bool:
    """Does ``word`` open a phrase fronted before the subject: a preposition ("On
    Thursday,"), a time word ("Hours later,"), an "-ly" adverb, or a participle
    ("Reached by POLITICO,", "Continuing to explain,") that is no one's name?"""
    bare = word.strip(",")
    low = bare.lower()
    if low in FRONTED_WORDS or low in FRONTED_ADVERBS:
        return True
    if len(low) < 5 or not low.endswith(("ing", "ed", "ly")) or not low.isalpha():
        return False
    return bare not in FIRST_NAMES and names.person([bare]) is None


def _names_anyone(phrase: str) -> bool:
    """Does a phrase hold a capital past its article ("The council's finance director" does
    not: a description, which a name in apposition beats)?"""
    return re.search(r"[A-Z]", re.sub(r"^(?:The|A|An)\s+", "", phrase.strip())) is not None


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
        fronted = bool(before_comma) and _opens_fronted_phrase(before_comma[0], names)
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


def inverted_np(text: str, pos: int, cue_word: str | None, names: Names) -> Attribution | None:
    """The speaker after an inverted verb: ``said Robert Sinche, head of currency
    strategy at Bank of America`` (``text`` starts after the verb, at ``pos``)."""
    m = NP_RE.match(text)
    if not m:
        return None
    np_text = m.group(1)
    rest = text[m.end() :]
    title = TITLE_IN_NP_RE.match(rest) if TITLE_BEFORE_RE.search(np_text) else None
    if title:
        # 'wrote the authors of the “Growth and Opportunity Project,”': a quoted title inside the phrase.
        np_text, rest = np_text + title.group(1)[1:], rest[title.end() :]
    np_text = re.split(r"\s+(?:when|as|in an?|in the|on|after|before|during|while|adding|noting|who|which|to|at the)\b", np_text)[0]
    role = None
    if rest.startswith(","):
        appositive = APPOSITIVE_RE.match(rest)  # to the next comma
        if appositive:
            role = appositive.group(1).strip().rstrip(",")
    head = np_text
    cut = re.search(r"\s+(?:of|at|from|with|for)\s+", head)
    if cut and CAP_RUN_RE.search(head[: cut.start()]) and has_name(head[: cut.start()]):
        head = head[: cut.start()]
    found = resolve_mention(head.strip(), pos, cue_word, None, names)
    if found and found.speaker and role:
        # (A description resolved by salience yields to a name in apposition: "said the
        # host, actress Jamie Lee Curtis" is Curtis, not the person in focus.)
        inner = has_name(role) and (found.speaker_type != "person" or not _names_anyone(head))
        if inner:
            # "said its chairman, Sir Anthony Greener": the name is in the appositive.
            named = resolve_mention(role, pos + len(np_text) + 2, cue_word, None, names)
            if named and named.speaker_type == "person":
                named.role = head.strip()
                return named
        if not found.role:
            found.role = role
    return found


def according(text: str, text_start: int, match: re.Match, names: Names) -> Attribution | None:
    """The source after "according to" (``match``, in ``text`` starting at ``text_start``)."""
    rest = text[match.end() :]
    m = NP_SHORT_RE.match(rest)
    if not m:
        return None
    head = m.group(1)
    head = re.split(r"\s+(?:who|which|in|on|at)\b", head)[0]
    return resolve_mention(head.strip(), text_start + match.end(), "according to", None, names)


# ---------------------------------------------------------------- who the phrase names


def resolve_mention(np_text: str, pos: int, cue_word: str | None, role: str | None, names: Names) -> Attribution | None:
    """Turn a mention ("he", "Mr Blair", "a spokesman") at ``pos`` into an Attribution;
    ``role``: one an apposition gave, used when the phrase gives none."""
    np_text = np_text.strip().strip(",").strip()
    np_text = re.sub(r"^(?:p\s*>|>)\s*", "", np_text) if np_text.startswith(("p", ">")) else np_text
    if not np_text:
        return None
    low = np_text.lower()
    if low in PRONOUNS:
        return resolve_pronoun(low, np_text, pos, cue_word, names)
    if quoted_title(np_text, pos, names.body):
        return None  # 'the co-author of "Going Viral," ... said': a title in its marks names no speaker
    if low in ELLIPTIC_QUANTIFIERS:
        return elliptic(np_text, pos, cue_word, names)
    words = np_text.split()
    if words[0].lower() in NO_SPEAKER_OPENERS and not (words[0].lower() == "one" and len(words) > 1) and not (
            words[0].lower() in DEMONSTRATIVES and len(words) == 2 and words[1].lower().rstrip("s") in POINTED_PEOPLE):
        return None  # ("one district leader", "one of his aides", "this source": a described person)
    if words[0].lower() in FRONTED_WORDS and len(words) > 2:
        # "For the Lib Dems David Laws said": the fronted phrase names the side; the
        # person is the first-name-and-surname at the end.
        k = next((k for k in range(len(words) - 2, 0, -1) if words[k] in FIRST_NAMES and words[k + 1][:1].isupper()), None)
        if k is not None and all(w[:1].isupper() or w == "the" for w in words[1:k]):
            offset = np_text.find(" ".join(words[k:]))
            if offset > 0:
                return resolve_mention(np_text[offset:], pos + offset, cue_word, role, names)
    if SPEAKS_FOR_RE.match(np_text):
        # "a spokesman for Mr Blair": the spokesman spoke, for Blair; never Blair himself.
        return Attribution(np_text, "description", None, np_text, cue_word, pos)
    # A name in the phrase: the last run of capitalised words that parses as one.
    best: ParsedName | None = None
    best_at: re.Match | None = None  # where ``best`` was found
    for m in CAP_RUN_RE.finditer(np_text):
        owned = _owned_person(np_text, m, names) if not np_text[m.end() :].strip() else None
        if owned is not None:
            return Attribution(owned[0], "person", owned[1], np_text, cue_word, pos)
        parsed = parse_run(m.group())
        if not parsed:
            continue
        # (a run after "the" names no person: "Larry Johnson of the Corn Growers")
        body = parsed.kind == "organisation" or np_text[: m.start()].rstrip().endswith((" the", " The"))
        if (best is not None and best_at is not None and best.kind == "person" and body
                and AFFILIATION_RE.fullmatch(np_text, best_at.end(), m.start())):
            # "Kirsten Pfeifer from the Consumer Electronics Association": the person speaks for it.
            entity = names.person(best.tokens, best.title)
            name = entity.name if entity else " ".join(best.tokens)
            return Attribution(name, "person", np_text[best_at.end() :].strip() or best.role, np_text, cue_word, pos)
        best, best_at = parsed, m
    if best is None or best_at is None:
        return _no_full_name(np_text, pos, cue_word, names)
    prefix = np_text[: best_at.start()].strip()
    trailing = np_text[best_at.end() :].strip()
    if best.kind == "person":
        return _person(np_text, pos, cue_word, role, names, best, best_at, prefix, trailing)
    return _organisation(np_text, pos, cue_word, names, best, best_at, prefix, trailing)


def _owned_person(np_text: str, run: re.Match, names: Names) -> tuple[str, str | None] | None:
    """A person after a possessive in one capitalised run, and whose: "the Congressional Budget
    Office's Rudolph Penner", "Microsoft's Bill Gates" (the person, the body as their role)."""
    owned = owned_name(run.group())
    if owned is None or " ".join(owned[2].tokens) != run.group()[owned[1] :].strip():
        return None
    entity = names.person(owned[2].tokens)
    if entity is None or entity.kind != "person":
        return None  # the name table did not take it for a person ("France's Pernod Ricard")
    owner = np_text[: run.start() + owned[0]].strip()
    return entity.name, (owner or None)


def _no_full_name(np_text: str, pos: int, cue_word: str | None, names: Names) -> Attribution:
    """A phrase with no run that parses as a name: a surname named before, a role
    and one name, an acronym, else a description."""
    runs = list(CAP_RUN_RE.finditer(np_text))
    if runs and " " in runs[-1].group() and not np_text[runs[-1].end() :].strip():
        # "Ten Cate said": a run that parses as no name but ends a known person's name.
        tokens = [POSSESSIVE_RE.sub("", t) if t.endswith(("'s", "’s")) else t for t in runs[-1].group().split()]
        while len(tokens) > 1 and tokens[0] in NON_NAME:
            tokens = tokens[1:]
        entity = names.person(tokens) if len(tokens) > 1 else None
        if entity is not None and entity.kind == "person" and entity.name.endswith(" ".join(tokens)):
            return Attribution(entity.name, "person", entity.role, np_text, cue_word, pos)
    # A lone capitalised word: a person named before ("Putin"), else an organisation.
    lone = [m for m in runs if m.group() not in NON_NAME]
    if len(lone) == 1 and " " not in lone[0].group() and not np_text[lone[0].end() :].strip():
        token = POSSESSIVE_RE.sub("", lone[0].group()) if lone[0].group().endswith(("'s", "’s")) else lone[0].group()
        prefix = np_text[: lone[0].start()].strip()
        entity = names.person([token])
        if entity is not None:
            return Attribution(entity.name, "person", clean_role(prefix) or entity.role, np_text, cue_word, pos)
        if token in names.quoted_full:
            # Named in full only inside a quote ("I thank Frank Arnesen"): still a person.
            return Attribution(names.quoted_full[token], "person", clean_role(prefix), np_text, cue_word, pos)
        if not prefix and np_text == lone[0].group():
            if token.lower() in GROUP_SPEAKERS and token.lower() not in ALWAYS_ORG_HEADS:
                # "Analysts said": a people noun capitalised by the sentence start, not a body's name.
                return resolve_description(np_text, pos, cue_word, names)
            if CONTRACTION_RE.search(lone[0].group()):
                return None  # "Let's say", "I'd argue", "I'm aware that": no body at all
            return Attribution(names.acronyms.get(token, token), "organisation", None, np_text, cue_word, pos)
    # "Madrid midfielder Guti", "Barcelona star Ronaldinho": a role word, then one name.
    m = ROLE_THEN_ONE_NAME_RE.search(np_text)
    if m and m.group(1) in ROLE_WORDS and m.group(2) not in NON_NAME and not is_org([m.group(2)]):
        entity = names.person([m.group(2)])
        prefix = np_text[: m.start(2)].strip()
        return Attribution(entity.name if entity else m.group(2), "person", clean_role(prefix), np_text, cue_word, pos)
    return resolve_description(np_text, pos, cue_word, names)


def _person(np_text: str, pos: int, cue_word: str | None, role: str | None, names: Names,
            parsed: ParsedName, m: re.Match, prefix: str, trailing: str) -> Attribution:
    """A phrase whose last name run (``parsed``, matched by ``m``) is a person's."""
    title, run_role, tokens = parsed.title, parsed.role, parsed.tokens
    if trailing and not re.match(r"^(?:['’]s)?$", trailing):
        possessive = m.group().endswith(("'s", "’s", "s'", "s’"))
        if trailing.split()[0].lower() in ROLE_WORDS and not prefix and not possessive and not m.group().startswith("The "):
            # (but "The She Hate Me director", "The Harry Potter star": after "The", the capitals
            # are a work's title modifying the role, a description of the person in focus)
            # "Dr Mike Watts head of exploration said": a name, then its role.
            entity = names.person(tokens, title)
            full = entity.name if entity else " ".join(tokens)
            return Attribution(full, "person", trailing, np_text, cue_word, pos)
        titled = (title and title.lower() in SURNAME_NEXT and m.start() == 0 and not possessive
                  and trailing.split()[0].lower() not in ROLE_OR_PERSON_HEADS)
        if re.match(r"^(?:of|at|from|with)\b", trailing) is None and not (titled and trailing[:1].islower()):
            # "the Gartner analyst" style phrase ending in a common noun: a description
            # (but "Mr Howard last week" is Mr Howard).
            return resolve_description(np_text, pos, cue_word, names)
    entity = names.person(tokens, title)
    with_title = title and (title.lower() in NAME_TITLES or len(tokens) == 1 and title.lower() in HONORIFICS)
    full = entity.name if entity else " ".join(([title] if title and with_title else []) + tokens)
    written_role = " ".join(x for x in (prefix, run_role) if x) or None
    written_role = clean_role(written_role)
    role = written_role or role or (entity.role if entity else None)
    return Attribution(full, "person", role, np_text, cue_word, pos)


def _organisation(np_text: str, pos: int, cue_word: str | None, names: Names,
                  parsed: ParsedName, m: re.Match, prefix: str, trailing: str) -> Attribution:
    """A phrase whose last name run is an organisation's: the organisation, or someone speaking for it."""
    tokens = parsed.tokens
    known = names.person(tokens) if len(tokens) == 1 and not prefix.lower().startswith("the") else None
    if known is not None and known.kind == "person" and " " in known.name:
        # "Chambers said" after "Guy Chambers": the surname, not the org word.
        return Attribution(known.name, "person", clean_role(prefix) or known.role, np_text, cue_word, pos)
    # An organisation: expand "the QCA" from "(QCA)".
    org = " ".join(tokens)
    if org in names.acronyms:
        org = names.acronyms[org]
    if prefix.lower() == "the" or m.group().startswith("The "):
        org = "the " + org if not org.startswith(("the ", "The ")) else org
    if trailing and trailing.split()[0].lower() in ORG_VOICE_WORDS:
        return Attribution(np_text, "description", None, np_text, cue_word, pos)
    if prefix and prefix.lower() not in ("the", "a", "an"):
        if re.search(r"\b(?:spokesman|spokeswoman|spokesperson|source|official|analyst|statement|report)\b", prefix, re.I):
            return Attribution(np_text, "description", None, np_text, cue_word, pos)
    if trailing.lower() in ("said", ""):
        return Attribution(org, "organisation", None, np_text, cue_word, pos)
    return Attribution(np_text, "organisation", None, np_text, cue_word, pos)
