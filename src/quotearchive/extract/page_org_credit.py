"""The organisation a page's own data names as the story's author, read when nothing names a person (session 20,
issue 16): a news agency, or another outlet whose story the page runs.

:mod:`.page_byline` gives a person's byline, or a desk's; an agency the page's data credits (a JSON-LD author
typed ``Organization``, an author meta tag) when it is not the site itself; and never the site's own name, which
is the article's outlet already and, as an author, would be repeated on every page the site publishes unsigned.
Two credits were lost that way:

1. **A news agency named as author is the byline on its own site too.** Wire copy is signed by the agency
   wherever it runs: apnews.com's unsigned stories give "Associated Press" as the JSON-LD author (a plain
   string, or a record typed ``Person``), a story republished with its canonical address on reuters.com gives
   "Reuters" in the author meta tag; both matched the site's name and were dropped.  The agency is read from
   every author record and author meta tag, whatever its type (``page_agencies.is_agency``).
2. **An organisation other than the site, typed ``Organization`` as the JSON-LD author, is the story's source**:
   a news portal's story from a syndication partner (BIGLOBE's from Oricon, Yahoo News' from Mic), a paper's
   story from its Sunday edition.  Not the site under another spelling (``page_byline._is_site_name``), not a
   company's legal name ("Example Verlag GmbH": the publisher's company, ``page_names._is_name``), not a desk
   login, not a name with digits; and only where the page says which site it is (its address, its site name),
   since an organisation typed as author on a page that names no site is most likely the outlet itself.

The outlet as its own author (fundus's labels give it: "ORF.at", "Salzburger Nachrichten") stays no byline:
measured both ways in docs/html-extraction.md (session 20), giving it lowers the corpus's "no byline where none".

Review fixes (session 20): the site's own name, abbreviation or parent company became the byline ("LN" on a
paper whose site name is "LN - Lübecker Nachrichten", "BBC News" under the site name "BBC", "ORF.at" on orf.at),
and desks and labels passed ("Staff", "Web Desk", "Sponsored Content").  The site is now every name the page
gives it (its site names, the publisher and its parent organisation, the outlet, the fetched address's and the
canonical address's hosts, with and without their top-level domain), compared with umlauts and accents folded,
a part at a time ("Springer Medizin, Ärzte Zeitung"), by the leading word ("NPR News" on npr.org) and by the
initials of a name of several words ("SZ" for "Süddeutsche Zeitung"); a publishing company's name ("... Media",
"... Verlag") and a JSON-LD ``WebSite`` are the site too.  Another outlet is credited only when no such key ties
it to the site.
"""


from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

import lxml.html

from .page_agencies import is_agency
from .page_byline import DESK_RE, META_AUTHOR, ORGANISATION_TYPES, _is_site_name
from .page_credits import is_desk_login
from .page_names import _is_name
from .page_strings import alnum_key, collapse_space, name_of

# A label, not a source: sponsored or promoted copy, a press release.
LABEL_RE = re.compile(r"\b(?:sponsored|sponsor|advertorial|advertis\w*|anzeige|werbung|paid|promoted|partner content|"
                      r"press release|pressemitteilung|gastbeitrag|guest post)\b", re.IGNORECASE)
# A publishing company's name: the site's owner, not another outlet ("Vox Media", "Hearst Magazines").
PUBLISHER_COMPANY_RE = re.compile(r"\b(?:media|medien|magazines|publishing|publications|verlag\w*|verlagsgruppe|"
                                  r"group|gruppe|holdings?|communications|mediengruppe)\s*$", re.IGNORECASE)
# Words that open a name without telling it ("The Verge", "Die Zeit").
LEADING_ARTICLES = frozenset(["the", "a", "die", "der", "das", "le", "la", "les", "el", "il", "lo", "de"])
HOST_SKIP = frozenset(["www", "m", "amp", "mobile", "edition"])
# "//<![CDATA[ {...} //]]>", "<!-- {...} -->" (page_metadata.JSON_LD_WRAPPER_RE).
JSON_LD_WRAPPER_RE = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
NAME_PART_RE = re.compile(r"\s*(?:[,;/|]|\s[-–—]\s)\s*")


def organisation_credit(ld: dict[str, Any], meta: dict[str, list[str]], sites: Iterable[str] = (),
                        urls: Iterable[str | None] = (), outlet: str | None = None,
                        tree: lxml.html.HtmlElement | None = None) -> str | None:
    """The agencies the page's data names as author ("Associated Press"), else the first organisation other than
    the site its JSON-LD names as author ("Mic"), else None.  ``urls``: the fetched and the canonical address."""
    sites = [s for s in sites if s]
    site_keys = {alnum_key(s) for s in sites if alnum_key(s)}
    agencies: list[str] = []
    for name, _typed in _author_records(ld):
        _add(agencies, name, is_agency(name))
    for key in META_AUTHOR:
        for value in meta.get(key, []):
            _add(agencies, collapse_space(value), is_agency(value))
    if agencies:
        return ", ".join(agencies)
    if not site_keys:
        return None  # nothing says which site this is: an organisation as author is most likely the outlet itself
    if tree is not None and _is_listed(tree, ld):
        return None  # a teaser's record on a section's page (a CollectionPage's ItemList): its author is the teaser's
    own = own_site_keys([*sites, outlet, *_publisher_names(ld.get("publisher"))], urls)
    for name, typed in _author_records(ld):
        if typed and not is_agency(name) and not _is_desk_or_label(name) and _is_name(name, True) \
                and not _is_site_name(name, site_keys) and not is_own_site(name, own):
            return name
    return None


def _is_listed(tree: lxml.html.HtmlElement, ld: dict[str, Any]) -> bool:
    """Whether the JSON-LD article is a teaser: a record listed in an ``ItemList`` or a ``CollectionPage``."""
    headline = ld.get("headline")
    for script in tree.xpath("//script[@type='application/ld+json' or @type='application/json+ld']"):
        if headline and _listed_under(_json(script.text or ""), headline, False):
            return True
    return False


def _json(raw: str) -> Any:
    """A JSON-LD script's data, or None (page_metadata's reader, whose module asks this one)."""
    try:
        return json.loads(JSON_LD_WRAPPER_RE.sub("", raw).strip().rstrip(";"), strict=False)
    except ValueError:
        return None


def _listed_under(data: Any, headline: Any, listed: bool) -> bool:
    if isinstance(data, list):
        return any(_listed_under(item, headline, listed) for item in data)
    if not isinstance(data, dict):
        return False
    if listed and data.get("headline") == headline:
        return True
    types = data.get("@type")
    types = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
    listed = listed or bool(types & {"itemlist", "collectionpage"})
    return any(_listed_under(value, headline, listed or key == "itemListElement")
               for key, value in data.items() if isinstance(value, (dict, list)))


def _is_desk_or_label(name: str) -> bool:
    """A desk ("Web Desk", "Newsroom", "Redaktion") or a label ("Sponsored Content"), in any case."""
    return bool(DESK_RE.search(name) or LABEL_RE.search(name) or is_desk_login(name.lower()))


def fold(text: str) -> list[str]:
    """The keys of ``text`` with umlauts folded both ways ("ä" as "a" and as "ae") and accents dropped."""
    lowered = text.casefold()
    spelled = lowered.translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    keys = []
    for variant in (spelled, lowered):
        plain = "".join(c for c in unicodedata.normalize("NFKD", variant) if not unicodedata.combining(c))
        key = alnum_key(plain)
        if key and key not in keys:
            keys.append(key)
    return keys


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s.\-–—:|,/]+", text) if w]


def own_site_keys(names: Iterable[str | None], urls: Iterable[str | None]) -> set[str]:
    """Every key the site goes by: its names whole, their leading words and initials, its hosts."""
    keys: set[str] = set()
    for name in names:
        if not name:
            continue
        name = collapse_space(name)
        keys.update(fold(name))
        for part in NAME_PART_RE.split(name):
            keys.update(fold(part))
            words = [w for w in _words(part) if w.lower() not in LEADING_ARTICLES]
            if words:
                keys.update(k for k in fold(words[0]) if len(k) >= 2)
            if len(words) >= 2:
                keys.update(fold("".join(w[0] for w in words)))
    for url in urls:
        match = re.match(r"https?://([^/:]+)", url or "")
        if not match:
            continue
        labels = [p for p in match.group(1).lower().split(".") if p and p not in HOST_SKIP]
        if not labels:
            continue
        keys.update(fold(".".join(labels)))  # "orf.at", whole
        keys.update(fold(".".join(labels[:-1])) if len(labels) > 1 else [])  # without its top-level domain
        keys.update(k for label in labels[:-1] for k in fold(label) if len(k) >= 2 and label not in ("co", "com"))
    return keys


def is_own_site(name: str, own: set[str]) -> bool:
    """Whether ``name`` is the site under one of its keys, its parent company, or a part of it is."""
    if PUBLISHER_COMPANY_RE.search(name):
        return True
    parts = [name, *NAME_PART_RE.split(name)]
    for part in parts:
        words = [w for w in _words(part) if w.lower() not in LEADING_ARTICLES]
        candidates = set(fold(part))
        if words:
            candidates.update(k for k in fold(words[0]) if len(k) >= 2)
        if len(words) >= 2:
            candidates.update(fold("".join(w[0] for w in words)))
        for key in candidates:
            if key in own or any(len(s) >= 4 and len(key) >= 4 and (s in key or key in s) for s in own):
                return True
    return False


def _publisher_names(publisher: Any) -> Iterator[str]:
    """The publisher's name and its parent organisation's, any of a list."""
    for item in publisher if isinstance(publisher, list) else [publisher]:
        name = name_of(item) if isinstance(item, (str, dict)) else None
        if name:
            yield name
        if isinstance(item, dict):
            yield from _publisher_names(item.get("parentOrganization"))


def _add(kept: list[str], name: str, wanted: bool) -> None:
    """Keep ``name`` once (any case), when wanted and shaped as a name."""
    name = collapse_space(name).strip(" .,:;")
    if wanted and name and _is_name(name, True) and name.lower() not in {k.lower() for k in kept}:
        kept.append(name)


def _author_records(ld: dict[str, Any]) -> Iterator[tuple[str, bool]]:
    """Each JSON-LD author's or creator's name, and whether the record is typed as an organisation (a ``WebSite``
    author is the site itself: left out)."""
    for value in (ld.get("author"), ld.get("creator")):
        for item in value if isinstance(value, list) else [value]:
            name = name_of(item) if isinstance(item, (str, dict)) else None
            if name:
                types = item.get("@type", "") if isinstance(item, dict) else ""
                types = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
                if "website" in types:
                    continue
                yield collapse_space(html.unescape(name)), bool(types & ORGANISATION_TYPES)
