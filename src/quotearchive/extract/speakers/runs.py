"""Name runs: what a run of capitalised words names.

A run ("But Mr Blair", "Russian President Vladimir Putin", "the Bank of
England", "Oxfam's Barbara Stocking") is read into a title, role words, the
name's words and a kind (person or organisation), or into nothing ("The
Weakest Link", "European Championship").  Every function here is a pure
function of its strings, and the busy ones are cached: an article names the
same few people again and again, and most runs are the same sentence openers.

An organisation's name joined by function words ("Committee to Protect
Journalists") is :mod:`.joined_orgs`' part of the run pattern; a run's lone
word, a surname standing alone, is :mod:`.lone_names`'.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ...lexicon.verbs import CITING_PARTICIPLES
from ...text.patterns import trie_pattern
from ..cues import CUE_RE
from .joined_orgs import ORG_RUN_TAIL, is_joined
from .name_words import outlet_owner, place_surname
from .possessives import INNER_POSSESSIVE_RE, OWNER_RE
from .title_case import glued_pair, role_without_name
from .us_names import new_opens_place, surname_after_first
from ...lexicon.people import (
    ALL_TITLES,
    CONNECTIVES,
    FEMALE_NAMES,
    FEMALE_WORDS,
    FIRST_NAMES,
    MALE_NAMES,
    MALE_WORDS,
    NAME_HONORIFICS,
    NAME_TITLES,
    NAME_WORDS_OPENING_BODIES,
    NATIONALITIES,
    NON_NAME,
    NUMBER_WORDS,
    ORG_WORDS,
    PARTICLES,
    PLACE_WORDS,
    ROLE_MODIFIERS,
    ROLE_OR_TITLE_WORDS,
    ROLE_WORDS,
    SURNAME_NEXT,
    SURNAME_ORG_WORDS,
    TITLES_F,
    TITLES_M,
)

# A US-style title keeps its full stop inside the run ("Mrs. Lee", "Sen. John Q. Smith"):
# each alternative checks the one capital before it (a fixed-width look-behind).
US_TITLE_TAIL = r"(?:(?<=M)(?:rs|r|s)\.|(?<=D)r\.|(?<=S)(?:en|gt)\.|(?<=R)(?:ep|ev)\.|(?<=G)(?:ov|en)\.|(?<=L)t\.|(?<=C)(?:ol|apt)\.|(?<=P)rof\.)(?=[ \t]+[A-Z])"

# Names of people and organisations: runs of capitalised words on one line,
# joined by particles ("van", "bin") and connectives ("of", "and"); an organisation's name
# joined by other function words is the branch ``ORG_RUN_TAIL`` (:mod:`.joined_orgs`).
# The first capital comes before the check that no word character precedes it
# ("(?<![\w’'].)" looks back from after the capital): a pattern opening with a
# lookbehind makes the engine try it at every offset of the body, one opening
# with a capital lets it skip ahead to the next capital.
# Initials written together are one word of the run ("J.K. Rowling", "U.S. officials"): read
# apart, the run would open at the second initial ("K. Rowling", "S. Officials").
CAP_RUN_RE = re.compile(
    rf"[A-Z](?<![\w’'].)(?:{ORG_RUN_TAIL}|(?:{US_TITLE_TAIL}|\.(?:[A-Z]\.)*|[\w’'-]*)(?:[ \t]+(?:(?:van|von|de|der|den|da|di|du|del|la|le|bin|al|ibn|of|for|and)[ \t]+)*"
    r"(?:[A-Z](?:\.(?:[A-Z]\.)*|[\w’'-]*)))*)"
)
POSSESSIVE_RE = re.compile(r"['’]s?$")
RUN_WORD_RE = re.compile(r"\S+")  # the words of a run, as ``str.split`` finds them
NATIONALITY_RE = re.compile(rf"^(?:(?:Ex|ex|Former|former)-)?(?:{trie_pattern(sorted(NATIONALITIES))}|\w+-based)$")
INITIALS_RE = re.compile(r"(?:[A-Z]\.)+")  # "J.", "J.K."
# Words before a name that are themselves part of it, though NON_NAME lists them.
NAME_OPENERS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Lord", "Lady", "President", "Chancellor", "Minister", "Secretary")
# A possessive on these opens no owner's person ("He's", not "Oxfam's Barbara Stocking").
NOT_OWNERS = ("Mr", "Mrs", "Ms", "Dr", "It", "He", "She")


class ParsedName(NamedTuple):
    """What a run names: "But Tory leader Michael Howard" is
    (None, "Tory leader", ["Michael", "Howard"], 4, "person")."""

    title: str | None  # "Mr", "Sir", "Dr" as written
    role: str | None  # the role words before the name, as written
    tokens: list[str]  # the name's words; shared between cached results, so only read
    offset: int  # where the mention starts in the run, after opening words ("But ")
    kind: str  # person | organisation


@lru_cache(maxsize=1 << 16)
def parse_run(run: str, unglue: bool = True) -> ParsedName | None:
    """What the capitalised ``run`` names, or None.  ``unglue``: a capitalised word before a
    first name and surname may be dropped (``_glued_before_first_name``); the name table asks
    for the run whole where it does not open a sentence or a line.

    A pure function of the run's text, so cached: an article names the same
    people again and again, and most runs are the same sentence openers ("The",
    "But Mr Blair").  The token list in a result is shared between calls:
    callers only read it.
    """
    if " " not in run:
        # One word (most runs: sentence starts): only an acronym or an org word names anyone.
        word = POSSESSIVE_RE.sub("", run) if run.endswith(("'s", "’s")) else run
        return ParsedName(None, None, [word], 0, "organisation") if is_org([word]) else None
    tokens = run.split()
    org_name = _joined_org_name(tokens)
    if org_name is not None:
        return ParsedName(None, None, org_name, 0, "organisation")
    for k, token in enumerate(tokens[:-2]):
        if token.endswith(("'s", "’s")) and token[:-2] not in NOT_OWNERS:
            # "Oxfam's Barbara Stocking": the organisation's person, the name after it.
            # Parsed from its words joined by single spaces, as a run written so; but
            # its offset is read from the run, whose words may be apart by a tab or
            # several spaces, so the joined words need not occur in it.
            rest = " ".join(tokens[k + 1 :])
            rest_at = [m.start() for m in RUN_WORD_RE.finditer(run)][k + 1]
            parsed = parse_run(rest)
            if parsed and parsed.kind == "person" and (parsed.title or parsed.role or parsed.tokens[0] in FIRST_NAMES
                                                       or outlet_owner(token[:-2], parsed.tokens)):
                return _owned(tokens[: k + 1], parsed, rest_at)
            whole = _parse_words(run, tokens)
            if parsed and parsed.kind == "person" and whole and whole.kind == "person" and len(whole.tokens) > len(parsed.tokens):
                # "Arsenal's Sol Campbell": a person either way, so not "Arsenal Sol Campbell".
                return _owned(tokens[: k + 1], parsed, rest_at)
            return whole
    return _parse_words(run, tokens, unglue)


def _joined_org_name(tokens: list[str]) -> list[str] | None:
    """The words of one organisation's name when the run is one joined by function words
    (``is_joined``), else None: also when a role and a name follow the body's ("the Council
    on Foreign Relations Executive Director Jane Roe": the person speaks, ``_parse_words``
    reads the body as the role)."""
    words = tokens[1:] if tokens[0] == "The" else tokens
    if not is_joined(words):
        return None
    if "'" in words[-1] or "’" in words[-1]:
        words = words[:-1] + [POSSESSIVE_RE.sub("", words[-1])]
    if _org_role_name(words, True) is not None:
        return None
    return words


def _owned(owner_tokens: list[str], parsed: ParsedName, at: int) -> ParsedName:
    """The person ``parsed`` found after an owner's possessive, the owner as (part of) the role."""
    owner = " ".join(owner_tokens)[:-2]
    return ParsedName(parsed.title, f"{owner} {parsed.role}" if parsed.role else owner, parsed.tokens, at + parsed.offset, "person")


def possessive_inside(run: str, parsed: ParsedName) -> bool:
    """Does the name ``parsed`` read from ``run`` hold a possessive before its last word, as
    written ("The People's Daily", "Hudson's Bay", not "Nathalie Dechy of France and Russia's
    ...")?  A person's name holds none: such a name is a body's."""
    if not INNER_POSSESSIVE_RE.search(run):
        return False
    words = run[parsed.offset :].split()[: len(parsed.tokens)]
    return any(w.endswith(("'s", "’s")) for w in words[:-1])


def owned_name(run: str) -> tuple[int, int, ParsedName] | None:
    """The words after the last possessive of ``run``, when they could be a person's name alone
    (a first name and a surname, nothing more): where the possessive starts, where the name
    starts, and its parse.  Whether it is a person the article decides (``Names``): "Britain's
    Paula Radcliffe" is; "France's Pernod Ricard", "Pernod said" later, is a firm."""
    possessives = list(OWNER_RE.finditer(run))
    if not possessives:
        return None
    at = possessives[-1].end()
    parsed = parse_run(run[at:])
    if parsed is None or parsed.kind != "person" or parsed.title or parsed.role or len(parsed.tokens) < 2:
        return None
    return possessives[-1].start(), at, parsed


# A credit set in capitals ("―JANE SMITH, Dayton, Ohio" under a pull quote): two to four words, then a comma or the end.
CAPITAL_NAME_RE = re.compile(r"[A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*){1,3}(?=[ \t]*(?:,|$))")


def titled_credit(text: str) -> str:
    """``text`` with a name set in capitals at its start in title case ("JANE SMITH, Ohio" ->
    "Jane Smith, Ohio"), the same length, so that the name rules read it; else ``text``."""
    m = CAPITAL_NAME_RE.match(text)
    if m is None or max(len(w) for w in m.group().split()) < 3:
        return text
    return m.group().title() + text[m.end() :]


def joined_org_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names an organisation whose name is joined by function words ("the
    Committee to Protect Journalists"): a phrase cut at "to" or "for" must not cut inside it."""
    if " " not in text:
        return []
    spans = []
    for m in CAP_RUN_RE.finditer(text):
        words = m.group().split()
        if len(words) > 2 and is_joined(words[1:] if words[0] == "The" else words):
            spans.append(m.span())
    return spans


def first_cut_outside(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text`` that starts inside none of ``spans``."""
    for m in pattern.finditer(text):
        if not any(a <= m.start() < b for a, b in spans):
            return m
    return None


def has_name(text: str) -> bool:
    """Does ``text`` hold a run that names someone or something?"""
    for m in CAP_RUN_RE.finditer(text):
        if parse_run(m.group()):
            return True
    return False


@lru_cache(maxsize=1 << 14)  # a pure function of strings, called for every name found
def gender_of(title: str | None, role: str | None, first: str | None = None) -> str:
    """"m", "f" or "?" from a title, role words ("spokeswoman", "mother") or a common first name."""
    words = {re.sub(r"['’]s$", "", w.lower().strip(".,")) for w in f"{title or ''} {role or ''}".split()}
    if words & TITLES_M or words & MALE_WORDS:
        return "m"
    if words & TITLES_F or words & FEMALE_WORDS:
        return "f"
    if first:
        if first in MALE_NAMES:
            return "m"
        if first in FEMALE_NAMES:
            return "f"
    return "?"


def _opening_participle(word: str) -> bool:
    """A capitalised "-ing" word that opens a run as a sentence's participle ("Quoting",
    "Mocking", "Citing"): a reporting verb's or a citing verb's form, and no first name."""
    if not word.endswith("ing") or word in FIRST_NAMES:
        return False
    low = word.lower()
    return low in CITING_PARTICIPLES or CUE_RE.fullmatch(low) is not None


def _parse_words(run: str, tokens: list[str], unglue: bool = True) -> ParsedName | None:
    """``parse_run`` for a run of several words (``tokens``) that opens with no owner's person."""
    offset = 0
    # Leading function words: "But Mr Blair", "The OECD".
    # ("The" and the name words of NAME_WORDS_OPENING_BODIES stay before an organisation's word:
    # "The OECD", "United Airlines")
    while tokens and tokens[0] in NON_NAME and tokens[0] not in NAME_OPENERS and not new_opens_place(tokens) and not (
            (tokens[0] == "The" or tokens[0] in NAME_WORDS_OPENING_BODIES) and len(tokens) > 1 and is_org(tokens[1:])):
        offset += len(tokens[0]) + 1
        tokens = tokens[1:]
    if len(tokens) > 1 and _opening_participle(tokens[0]):
        # "Quoting Churchill's line", "Mocking Trump's promise": the sentence's verb, not a first name.
        offset += len(tokens[0]) + 1
        tokens = tokens[1:]
    if tokens and tokens[0] == "The":
        tokens = tokens[1:]
        if not is_org(tokens):
            return None  # "The Weakest Link": a title, not a person
    if "'" in run or "’" in run:
        tokens = [POSSESSIVE_RE.sub("", t) if t.endswith(("'s", "’s")) else t for t in tokens]
    while tokens and tokens[-1].lower() in ("of", "for", "and"):
        tokens = tokens[:-1]
    if not tokens:
        return None
    whole = list(tokens)
    whole_is_org = is_org(whole)
    split = _org_role_name(whole, whole_is_org)
    if split is not None:
        # "Commissioner Sir John Stevens": a British title stays with the name.
        title = whole[split - 1] if whole[split - 1].lower() in NAME_TITLES else None
        role_part = whole[: split - 1] if title else whole[:split]
        return ParsedName(title, " ".join(role_part) or None, whole[split:], offset, "person")
    if not whole_is_org:
        # "Nick Van den Brul of BNP Paribas": the person is the part before "of".
        for k, t in enumerate(tokens):
            if t in ("of", "for", "and"):
                tokens = tokens[:k]
                break
        if not tokens:
            return None
    elif tokens[0] in FIRST_NAMES and "of" in tokens[2:5] and not is_org(tokens[: tokens.index("of")]):
        # "Charles Bradford of Merrill Lynch and Co": a first name and a surname, then "of" and
        # the firm; the run ends in the firm's word, but the person is the part before "of".
        tokens = tokens[: tokens.index("of")]
    role_words = []
    title = None
    while tokens:
        low = tokens[0].lower().strip(".")
        if not (low in ROLE_OR_TITLE_WORDS or NATIONALITY_RE.match(tokens[0])):
            break
        word = tokens.pop(0)
        if low in ALL_TITLES and tokens:
            title = word.strip(".")
        role_words.append(word)
        if title and title.lower() in SURNAME_NEXT and tokens:
            break  # "Mr King", "Dr Chancellor": what follows an honorific is a name
    if unglue and not role_words and _glued_before_first_name(tokens):
        # "Defiant Matt Williams", "Guitarist Brian May": a word a headline or a sentence's
        # start capitalised, glued to a first name and surname, is no part of the name.
        glued, tokens = tokens[0], tokens[1:]
        if _job_word(glued):
            role_words = [glued]  # "Guitarist Brian May": the word is his role (not "Defiant")
        else:
            offset += len(glued) + 1  # (a role's words count in the offset, as above)
    if glued_pair(tokens):  # "Sunny Travel Tom Reed": a firm's two words before the name
        offset, tokens = offset + len(tokens[0]) + len(tokens[1]) + 2, tokens[2:]
    if not tokens or (whole_is_org if len(tokens) == len(whole) else is_org(tokens)):
        return ParsedName(None, None, whole, offset, "organisation") if whole_is_org else None  # (same length: the whole run)
    if not NON_NAME.isdisjoint(tokens) or not CONNECTIVES.isdisjoint(t.lower() for t in tokens):
        return None
    if title and title.lower() in NAME_HONORIFICS:
        role_words = role_words[:-1] if role_words and role_words[-1].strip(".") == title else role_words
    role = " ".join(role_words) or None
    if (len(tokens) == 1 and not role or role_without_name(tokens)) and not title:
        return None  # (nor "Marketing Manager", "Senior Sales Director": a job's words)
    if len(tokens) == 1 and not title and not any(w.lower() in ROLE_WORDS and w.lower() not in ROLE_MODIFIERS for w in role_words):
        return None  # "Former Chelsea", "European Championship": a modifier makes no person
    if len(tokens) > 4:
        return None
    if tokens[0] in NUMBER_WORDS or not PLACE_WORDS.isdisjoint(tokens) and not place_surname(tokens, title):
        return None  # ("Henk Ten Cate" is a name)
    if not title and not role and not all(t in PARTICLES or t[0].isupper() and (t[1:2].islower() or len(t) <= 2 or "'" in t or "’" in t
                                                                     or INITIALS_RE.fullmatch(t)) for t in tokens):
        return None
    return ParsedName(title, role, tokens, offset, "person")


def _glued_before_first_name(tokens: list[str]) -> bool:
    """Does the run open with a word that is no part of the name: a capitalised word (not a
    first name, an initial or an acronym) before a known first name and a surname? Names do
    not put another word before the first name; headlines ("Defiant Matt Williams") and
    sentence starts ("Broadcaster Chris Evans") put adjectives and roles there."""
    if len(tokens) < 3 or tokens[1] not in FIRST_NAMES or tokens[0] in FIRST_NAMES or tokens[0] in PARTICLES:
        return False
    first = tokens[0]
    return first[:1].isupper() and first[1:].replace("-", "").isalpha() and first[1:].islower() and tokens[2][:1].isupper()


# A word glued before a name is a job ("Guitarist", "Referee", "Novelist") when the lexicon
# knows it as a role or when it ends like a noun of agents; these end so and are no job.
JOB_SUFFIX_RE = re.compile(r"[a-z]{3,}(?:ist|er|or|ee|ian)$")
NOT_JOB_WORDS = frozenset({"former", "younger", "elder", "older", "other", "upper", "later", "under", "over",
                           "proper", "clever", "bitter", "super", "sooner", "major", "minor", "senior",
                           "junior", "inferior", "superior", "exterior", "interior", "together", "whether",
                           "christian", "brian", "committee", "neither", "either", "rather", "further",
                           "after", "never", "ever", "however", "whatever", "whoever", "another", "nor",
                           "or", "per", "thereafter", "hereafter", "ian"})


def _job_word(word: str) -> bool:
    low = word.lower()
    if low in ROLE_MODIFIERS or low in NOT_JOB_WORDS:
        return False
    return low in ROLE_WORDS or JOB_SUFFIX_RE.fullmatch(low) is not None


def _org_role_name(tokens: list[str], tokens_are_org: bool) -> int | None:
    """Where the name starts in "Treasury Under Secretary John Taylor" or "East Midlands
    MEP Robert Kilroy-Silk" (words, a role, then two or three name words), or None.
    ``tokens_are_org`` is ``is_org(tokens)``, which the caller has at hand."""
    if len(tokens) < 4:
        return None
    for k in range(len(tokens) - 3, 0, -1):
        if tokens[k].lower().strip(".") in ROLE_OR_TITLE_WORDS or (not tokens_are_org and NATIONALITY_RE.match(tokens[k])):
            rest = tokens[k + 1 :]
            if 2 <= len(rest) <= 3 and not is_org(rest) and all(  # (a middle initial: "Harry M. Reid"; "Pete King")
                (t[:1].isupper() and t[1:2].islower() or 0 < i < len(rest) - 1 and INITIALS_RE.fullmatch(t)) and t not in NON_NAME
                and t not in PLACE_WORDS and (t.lower() not in ALL_TITLES and t.lower() not in ROLE_WORDS or surname_after_first(rest, i)) for i, t in enumerate(rest)
            ):
                return k + 1
            return None
    return None


def is_org(tokens: list[str]) -> bool:
    """Do these capitalised words name an organisation (an org word, an acronym)?"""
    if (len(tokens) >= 2 and tokens[-1] in SURNAME_ORG_WORDS and tokens[-2] in FIRST_NAMES
            and not any(t in ORG_WORDS for t in tokens[:-1])):
        return False  # "Guy Chambers", "Emily Post": a first name makes the org word a surname
    if not ORG_WORDS.isdisjoint(tokens):
        return True
    if len(tokens) == 2 and tokens[1] in ("Street", "House"):
        return True  # Downing Street, the White House: the government speaking
    return len(tokens) == 1 and len(tokens[0]) >= 2 and tokens[0].isupper() and tokens[0].isalpha()
