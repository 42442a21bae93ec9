"""What a byline's string holds: the person names in it, cut from prefixes ("By", "Von"), places, roles,
biographies and furniture, split at the author separators, each checked for a name's shape.

Split from page_byline (which source gives the byline, and where on the page): every source's strings,
JSON-LD records, meta tags and visible markup alike, go through these rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ..lexicon.people import (
    BYLINE_PARTICLE_ARTICLES, BYLINE_PARTICLES, ELIDED_PARTICLES, FIRST_NAMES, HYPHENED_PARTICLES,
    OTHER_SCRIPT_ROLE_PREFIXES, OTHER_SCRIPT_ROLE_SUFFIXES, OTHER_SCRIPT_SHORT_ROLE_PREFIXES, SPACED_ROLE_PREFIXES,
)
from .page_credits import is_desk_login, is_site_credit, without_logo, without_role_tail, without_written_by
from .page_coauthors import name_before_dash, split_two_sided, without_roles
from .page_desks import is_desk_credit
from .page_paired import writers_of_paired_credit
from .page_strings import collapse_space

# Words that are a byline's furniture, never a name.
NOT_NAME_WORDS = frozenset(
    "published posted updated follow email e-mail print comments comment share view profile articles "
    "fans rss subscribe photo photos photograph photographs photography image images getty more bio "
    "about author authors contact twitter facebook name veröffentlicht aktualisiert publié publicado "
    # German and other languages' furniture on writers' links and labels: "Alle Beiträge" ("all posts"),
    # "Zur Artikelübersicht" ("to the list of articles"), "Zum Profil", "Zuletzt geändert" ("last changed").
    "posts beiträge beitrag artikel artikelübersicht übersicht profil zuletzt geändert autor autorin auteur".split()
)
# The prefix is a word of its own ("Di" does not start "Diana"), or "By" glued to a capital ("ByJane Roe":
# "By" and the name in separate elements with no space between).
BYLINE_PREFIX_RE = re.compile(
    r"^\s*(?:(?:(?:ein|eine|an?|une?)\s+)?(?:text|story|posted|written|words|reported|curated|curator|veröffentlicht|"
    r"geschrieben|verfasst|publiziert|écrit|recueilli|recueillie|propos recueillis|escrito|publicado|"
    # The kind of piece before "by" ("Analysis by Jane Roe, CNN Editor-at-large", "Opinion by", "Ein Kommentar von").
    r"analysis|analyse|opinion|commentary|kommentar|review|column|essay|perspective|interview|chronique|editorial)\s*)?"
    r"(?:(?:by|from|von|durch|par|por|di|door|av|af|przez|curator)(?:\s*:\s*|\s+)|by(?-i:(?=[A-Z]))|"
    r"(?:author|auteur|autor|autorin)\s*:\s*)(?=\S)",
    re.IGNORECASE,
)
BYLINE_SUFFIX_RE = re.compile(r"\s*(?:,|\||—|–|-)\s*(?:CNN|Reuters|AP|AFP|Associated Press|Staff Writer|Staff Reporter|Contributor).*$", re.IGNORECASE)
# Lower-case particles inside a name ("Michelle de Oliveira", "Maria dos Santos", "Pieter van den Berg"): never
# its last word ("de Abril de", a date's pieces between two "de"). The words are lexicon data.
NAME_PARTICLES = BYLINE_PARTICLES | BYLINE_PARTICLE_ARTICLES


def _either(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A particle, and the article it may take ("van den", "de los", "van 't").
_PARTICLE = rf"(?:{_either(BYLINE_PARTICLES)})(?:\s+(?:{_either(BYLINE_PARTICLE_ARTICLES)}))?"
# A name: one to five words, each starting with an upper-case letter of the Latin script (particles allowed).
_CAPITAL = "[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]"
# A surname with its particle written on: "d'Amico", "dell'Orto" (apostrophe), "al-Baghdadi", "el-Sayed" (hyphen).
_PARTICLE_ON = rf"(?:(?:{_either(ELIDED_PARTICLES)})['’]|(?:{_either(HYPHENED_PARTICLES)})-){_CAPITAL}[\w.'’-]*"
NAME_RE = re.compile(rf"^(?:{_CAPITAL}[\w.'’-]*|{_PARTICLE_ON}|{_PARTICLE})"
                     rf"(?:\s+(?:{_CAPITAL}[\w.'’\"“”-]*|\"[^\"]+\"|{_PARTICLE_ON}|{_PARTICLE})){{0,5}}$")
# A company's legal form ends an organisation's name, never a person's ("Olympia-Verlag GmbH", "Acme Ltd").
COMPANY_FORM_RE = re.compile(r"\b(?:GmbH|AG|KG|SE|e\.\s?V\.?|Ltd|Limited|Inc|LLC|plc|S\.A\.?|S\.L\.?|SpA|S\.p\.A\.?|"
                             r"B\.V\.?|N\.V\.?|Oy|AB|ASA|A/S)\.?$")
# "and" in the languages whose bylines join two writers with it ("Anna Martel und Lea Wagner", "X et Y", "X og Y");
# the enumeration comma and full-width comma and semicolon of Chinese and Japanese ("王小明、李华"), the Arabic comma
# (not the full-width slash: "NeoL／ネオエル" is one writer's name in two scripts).  The words in any case
# ("JANE ROE AND JOHN DOE"); "and" in languages where it may stand inside a name is :mod:`.page_coauthors`'.
AUTHOR_SPLIT_RE = re.compile(r"\s*(?:;|\||,\s*(?i:and)\s+|\s+(?i:and|und|et|og|och)\s+|\s+&\s+|,|\s+/\s+|[、，；،])\s*")
# A role written beside the name in another script's byline (lexicon data): cut, with its colon or slash.
_ROLE_SEPARATOR = r"\s*[:：/／|｜]\s*"
OTHER_SCRIPT_ROLE_PREFIX_RE = re.compile(
    rf"^(?:(?:{_either(OTHER_SCRIPT_ROLE_PREFIXES)})(?:{_ROLE_SEPARATOR}|\s*)|"
    rf"(?:{_either(SPACED_ROLE_PREFIXES)})(?:{_ROLE_SEPARATOR}|\s+)|"
    rf"(?:{_either(OTHER_SCRIPT_SHORT_ROLE_PREFIXES)}){_ROLE_SEPARATOR})(?=\w)")
OTHER_SCRIPT_ROLE_SUFFIX_RE = re.compile(rf"(?<=\w)\s*(?:{_either(OTHER_SCRIPT_ROLE_SUFFIXES)})$")
URL_LIKE_RE = re.compile(r"^(?:https?:|www\.|/)|\.(?:com|org|net)\b", re.IGNORECASE)
# A catalogue's order, "Gillman, Steve": a surname, a comma, a first name (and an initial).
SURNAME_FIRST_RE = re.compile(r"^([A-Z][\w'’-]+),\s*([A-Z][a-z]+)((?:\s+[A-Z]\.)?)$")

# A news agency's name as it is written for a story's credit ("dpa", "AFP"): lower-case or capitals, not a
# person's name by its shape, so named here.
AGENCY_RE = re.compile(r"^(?:dpa|afp|ap|apa|ansa|efe|kna|epd|sda|reuters|the associated press|associated press|"
                       r"press association|pa|upi|xinhua|anadolu|kyodo|yonhap|bloomberg|belga|ats|anp|tt|ntb|ritzau)$",
                       re.IGNORECASE)


def _names(candidates: Iterable[str], as_written: bool = False) -> list[str]:
    """Person names in byline strings; with ``as_written`` (JSON-LD) any well-formed name is kept.

    Visible and meta bylines must look like names (capitalised words) and hold
    no furniture word.
    """
    names: list[str] = []
    seen: set[str] = set()  # (a set, not a scan of ``names``: a record of 10,000 authors was quadratic)
    for candidate in candidates:
        if not candidate or candidate.startswith("@") or URL_LIKE_RE.match(candidate.strip()) \
                or is_site_credit(candidate):
            continue
        candidate = writers_of_paired_credit(collapse_space(candidate))  # "Autor / Redakteur: Jana Roe / Max Muster"
        candidate = BYLINE_SUFFIX_RE.sub("", BYLINE_PREFIX_RE.sub("", without_written_by(without_logo(candidate))))
        candidate = _first_name_first(candidate)
        parts = [_without_role(BYLINE_PREFIX_RE.sub("", part).strip(" .,:;|/-–—•~·"))
                 for joined in AUTHOR_SPLIT_RE.split(OTHER_SCRIPT_ROLE_PREFIX_RE.sub("", candidate))
                 for part in split_two_sided(joined)]
        parts = [without_role_tail(part) for part in parts if part]
        parts = without_roles(parts, candidate)  # a title beside a name; alone, a desk's credit
        if not as_written:
            parts = _without_places(parts)
        # A news agency written as it is credited ("dpa") is a co-author beside a writer's name.
        beside_person = any(_is_name(part, as_written) for part in parts)
        parts = [_once(part) for part in parts]
        if not as_written:
            parts = [part if _is_name(part, False) else _leading_name(part) or _name_before_dash(part) or part
                     for part in parts]
        for name in parts:
            if is_desk_login(name):
                continue  # a CMS's desk or system account ("redaktion"), in a record as in markup
            if not (_is_name(name, as_written) or (beside_person and AGENCY_RE.match(name))):
                continue
            if name.lower() not in seen:
                seen.add(name.lower())
                names.append(name)
    return names


def _name_before_dash(part: str) -> str | None:
    """"Kiran C Nair - Chrome Safe Browsing team" -> "Kiran C Nair" (:mod:`.page_coauthors`), when it is a name."""
    head = name_before_dash(part)
    return head if head and _is_name(head, False) and _is_visible_name(head) else None


def _without_role(part: str) -> str:
    """A part less the role another script's byline writes beside the name ("김민준 기자" -> "김민준"; "记者王小明" ->
    "王小明"), the rest kept only when it is in that script (Latin text is left to the name's shape)."""
    if not _in_other_script(part):
        return part
    if part in OTHER_SCRIPT_ROLE_PREFIXES or part in SPACED_ROLE_PREFIXES or part in OTHER_SCRIPT_ROLE_SUFFIXES:
        return ""  # the role alone ("记者"): no one named
    cut = OTHER_SCRIPT_ROLE_SUFFIX_RE.sub("", OTHER_SCRIPT_ROLE_PREFIX_RE.sub("", part)).strip(" .,:;|/-–—•~·：")
    return cut if cut and _in_other_script(cut) else part


# What follows a writer's name inside a byline element, where no separator comes between: a biography ("Jane Roe
# is a senior editor", "ist Redaktor"), the role ("Senior reporter", "Opinion writer"), links' furniture ("View
# author archive").
BIO_VERBS = frozenset("is was ist war est es è".split())
# What a biography's verb takes ("is a", "war freier", "is Opinion Editor"); "Life is not digital" is no biography.
BIO_OBJECTS = frozenset("a an the ein eine einer der die un une former ehemaliger ehemalige".split())
# Links' furniture after the name ("View author archive", "Follow", "Email").
LINK_FURNITURE = frozenset("view follow email e-mail more get see read".split())
ROLE_WORDS = frozenset(
    "reporter writer editor correspondent contributor columnist journalist producer critic "
    "redakteur redakteurin redaktor redaktorin korrespondent korrespondentin journaliste rédacteur rédactrice".split())
ROLE_ADJECTIVES = frozenset(
    "senior junior chief staff opinion executive managing deputy contributing political business sports news "
    "freier freie".split())
LEADING_NAME_MAX_WORDS = 5


def _leading_name(part: str) -> str | None:
    """The writer's name at the head of a byline part that goes on with a biography, a role or furniture
    ("Marguerite Roe Senior reporter" -> "Marguerite Roe"), the shortest such head; None when there is none."""
    words = part.split()
    for k in range(2, min(len(words) - 1, LEADING_NAME_MAX_WORDS) + 1):
        rest = [w.lower().strip(".,:;") for w in words[k:k + 2]]
        after = rest[1] if len(rest) > 1 else ""
        ends = rest[0] in LINK_FURNITURE or rest[0] in ROLE_WORDS or (rest[0] in ROLE_ADJECTIVES and after in ROLE_WORDS) or (
            rest[0] in BIO_VERBS and (after in BIO_OBJECTS or after in ROLE_WORDS or after in ROLE_ADJECTIVES))
        name = _once(" ".join(words[:k]))
        if ends and _is_name(name, False):
            return name
    return None


# A name written twice over ("Olivier Roe Olivier Roe", "Jane RoeJane Roe"): a link's text beside the same name
# in a hidden or a second element (an avatar's caption, a tooltip), which text extraction joins.
DOUBLED_RE = re.compile(r"(\S.*\S)\s*\1")


def _once(part: str) -> str:
    match = DOUBLED_RE.fullmatch(part)
    return match.group(1) if match and " " in match.group(1) else part


def _without_places(parts: list[str]) -> list[str]:
    """A byline's parts less its places and affiliations: a part of one word beside a writer's full name or
    beside a part that is no name ("Anna Martel und Lea Wagner, Nairobi"; "hessenschau.de, Frankfurt,
    Germany"), and a part in capitals after a name in mixed case ("David Straub, MDR THÜRINGEN").
    Parts of one word alone ("Smith, Jones", "Madonna") stay names, and a news agency ("Jane Roe, dpa") is
    credited as the pages credit it."""
    one_word = [len(p.split()) == 1 and _is_name(p, False) and not AGENCY_RE.match(p) for p in parts]
    if not all(one_word):
        parts = [p for p, alone in zip(parts, one_word) if not alone]
    kept: list[str] = []
    for part in parts:
        letters = [c for c in part if c.isalpha()]
        if kept and letters and all(c.isupper() for c in letters) and _in_mixed_case(kept[-1]):
            continue
        kept.append(part)
    return kept


def _in_mixed_case(name: str) -> bool:
    """"David Straub" (no word in capitals), not "Byby JOSH HASKELL"."""
    words = [w for w in name.split() if any(c.isalpha() for c in w)]
    return bool(words) and not any(len(w) > 1 and w.isupper() for w in words)


def _first_name_first(byline: str) -> str:
    """"Gillman, Steve" -> "Steve Gillman"; two authors ("Smith, Jones") stay two: the word
    after the comma must be a first name, the one before it not."""
    m = SURNAME_FIRST_RE.match(byline.strip())
    if m is None or m.group(2) not in FIRST_NAMES or m.group(1) in FIRST_NAMES:
        return byline
    return f"{m.group(2)}{m.group(3)} {m.group(1)}"


def _is_name(name: str, as_written: bool) -> bool:
    """Whether a byline's part is a person's name: no digits, e-mail, address or company form; and, unless
    written in the page's data as a name (JSON-LD), capitalised words with particles inside (a name in
    another script than the Latin one is taken as it comes: its capitals say nothing)."""
    if not name or len(name) > 60 or "@" in name or URL_LIKE_RE.search(name) or COMPANY_FORM_RE.search(name):
        return False
    if any(c.isdigit() for c in name) and not is_desk_credit(name):  # a brand's desk: "BR24 Redaktion"
        return False
    if as_written:
        return True
    words = name.lower().replace(".", " ").split()
    if any(word in NOT_NAME_WORDS for word in words):
        return False
    if _in_other_script(name):
        return True
    return bool(NAME_RE.match(name)) and words[-1] not in NAME_PARTICLES


def _in_other_script(name: str) -> bool:
    """Letters of a script other than the Latin one ("渡辺洋介", "Юрій Братюк"): accents are no other script, so
    "Alle Beiträge" or "lassú kilábalás" must look like names as "Jane Roe" must."""
    return any(c.isalpha() and not unicodedata.name(c, "LATIN").startswith("LATIN") for c in name)


def _is_visible_name(name: str) -> bool:
    """A visible byline's name has two words at least ("The" alone is a cut headline), unless written in another script."""
    return len(name.split()) >= 2 or _in_other_script(name)
