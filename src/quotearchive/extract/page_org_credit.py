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
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .page_agencies import is_agency
from .page_byline import META_AUTHOR, ORGANISATION_TYPES, _is_site_name
from .page_credits import is_desk_login
from .page_names import _is_name
from .page_strings import alnum_key, collapse_space, name_of


def organisation_credit(ld: dict[str, Any], meta: dict[str, list[str]], sites: Iterable[str] = ()) -> str | None:
    """The agencies the page's data names as author ("Associated Press"), else the first organisation other than
    the site its JSON-LD names as author ("Mic"), else None."""
    site_keys = {alnum_key(s) for s in sites if s and alnum_key(s)}
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
    for name, typed in _author_records(ld):
        if typed and not is_agency(name) and not is_desk_login(name) and _is_name(name, True) \
                and not _is_site_name(name, site_keys):
            return name
    return None


def _add(kept: list[str], name: str, wanted: bool) -> None:
    """Keep ``name`` once (any case), when wanted and shaped as a name."""
    name = collapse_space(name).strip(" .,:;")
    if wanted and name and _is_name(name, True) and name.lower() not in {k.lower() for k in kept}:
        kept.append(name)


def _author_records(ld: dict[str, Any]) -> Iterator[tuple[str, bool]]:
    """Each JSON-LD author's or creator's name, and whether the record is typed as an organisation."""
    for value in (ld.get("author"), ld.get("creator")):
        for item in value if isinstance(value, list) else [value]:
            name = name_of(item) if isinstance(item, (str, dict)) else None
            if name:
                types = item.get("@type", "") if isinstance(item, dict) else ""
                types = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
                yield collapse_space(name), bool(types & ORGANISATION_TYPES)
