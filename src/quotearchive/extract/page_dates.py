"""A web page's publication date: its own data first, as the page writes it.

JSON-LD ``datePublished``, the published meta tags, ``<time>`` elements, then
``dateCreated``; htmldate (trafilatura's date library) and a numeric date in
the visible text when the page's data has none.  Split from page_metadata
(dates are their own concern: candidates, their sources, the checks between
them).  One piece: the page's records and its fallbacks are checked against the same visible
text (what the page shows its readers, walked once per page), with the same labels ("Updated",
"Published") and the same blocks left out (comments, teasers, navigation).
"""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass
from datetime import date as datetime_date
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import lxml.html

from ..text.dates import (
    ISO_DATE_RE, MONTH_NUMBER_OF, TEXT_DATE_RE, day_written_re, names_a_day, normalise_date, numeric_date, parse_date,
    shown_dates, writes_its_year,
)
from .page_clock import clock_local_iso
from .page_strings import strings_of
from .page_updated import marked_update
from .page_yearless import yearless_day

LOGGER = logging.getLogger(__name__)

# Named meta tags, best first (og: and article: before the rest).
META_PUBLISHED = [
    "article:published_time", "og:article:published_time", "og:published_time", "article:published", "datepublished",
    "citation_publication_date", "citation_date", "citation_online_date", "dc.date.issued", "dcterms.issued",
    "dc.date.created", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "publish-date", "publish_date", "publishdate", "pubdate", "pub_date", "publication_date",
    "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime", "displaydate", "og:pubdate",
]
# Meta tags that name no event ("date", Dublin Core's date): a CMS fills them with the record's
# last save as often as with the publication, so a <time> the page shows its readers comes first.
META_RECORD_DATE = ["dc.date", "dcterms.date", "date"]
# Records of the publication kept for other readers of the page than its own: ranked after every
# record the page keeps itself (page_metadata.PARSELY_PAGE_FIELDS).
META_LAST_PUBLISHED = ["parsely-page:pub_date"]
META_MODIFIED = [
    "article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified", "datemodified", "dcterms.modified",
    "dc.date.modified", "last-modified", "lastmod", "article_date_updated", "revised",
]


@dataclass(frozen=True)
class DateCandidate:
    """One written publication date and where the page wrote it.

    ``source``: "data" (JSON-LD, meta tags: the page's own record of the
    story), "marked" (a ``<time>`` marked ``pubdate`` or ``itemprop=
    datePublished``), "classed" (a ``<time>`` whose class says "publish":
    comment and teaser stamps are often classed so too) or "first" (the
    page's first ``<time>``); the checks between them add "shown" (a day
    the page shows, within the month its address files it under) and
    "revision" (the modification day shown alone: ``_shown_revision``).
    """

    iso: str
    precision: str
    source: str


# Sources that speak for this story; "classed" and "first" may be a comment's or a teaser's stamp.
STORY_SOURCES = frozenset(["data", "marked"])
SAME_INSTANT_SECONDS = 60


# Blocks whose <time> stamps are not this story's: reader comments, other
# stories (related, teasers), navigation (a masthead's "today") and pictures' captions.
OTHER_BLOCK_TAGS = frozenset(["nav", "figcaption"])
# The masthead's "today" (a block classed "today", "current-date", "header-date") prints the day the page
# was served, not the story's: it is furniture like the navigation.
TODAY_BLOCK = r"(?:^|[\s_-])(?:today|todays?-?date|current-?date|date-?today|header-?date)(?:$|[\s_-])"
# A social post embedded in the story (Instagram's, X's, TikTok's card) carries its own post's stamp; a picture's
# caption the day the picture was taken ("... in Los Angeles Tuesday, Nov. 19, 2019. (AP Photo/...)").
EMBEDDED_POST = r"instagram-media|twitter-tweet|tiktok-embed"
CAPTION = r"caption"
OTHER_BLOCK_RE = re.compile(
    r"comment|related|recommend|teaser|more-from|read-?more|(?:^|[\s_-])nav|" + EMBEDDED_POST + "|" + CAPTION + "|"
    + TODAY_BLOCK, re.IGNORECASE)
TODAY_BLOCK_RE = re.compile(TODAY_BLOCK, re.IGNORECASE)


def in_other_block(element: lxml.html.HtmlElement) -> bool:
    """Whether ``element`` sits in a comment, another story's teaser, or the navigation."""
    for node in [element, *element.iterancestors()]:
        if node.tag in ("body", "html"):
            return False
        if node.tag in OTHER_BLOCK_TAGS or OTHER_BLOCK_RE.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    return False


def date_candidates(ld: dict[str, Any], meta: dict[str, list[str]], tree: lxml.html.HtmlElement) -> list[DateCandidate]:
    """Every readable publication date the page writes, best source first.

    A date naming no day, or not writing its year in full, is none: both make
    the parser guess (the 1st of the month; "14-12-29" as 2029-12-14).
    """
    written = [(v, "data") for v in strings_of(ld.get("datePublished"))]
    written += [(v, "data") for k in META_PUBLISHED for v in meta.get(k, [])]
    times = [t for t in tree.xpath("//time[@datetime]") if not in_other_block(t)]
    for time in times:
        marked = time.get("pubdate") is not None or time.get("itemprop") == "datePublished"
        if marked or "publish" in (time.get("class") or ""):
            written.append((time.get("datetime"), "marked" if marked else "classed"))
    written += [(v, "data") for v in strings_of(ld.get("dateCreated"))]
    written += [(t.get("datetime"), "first") for t in times[:1]]
    written += [(v, "data") for k in META_RECORD_DATE for v in meta.get(k, [])]
    # Not one of the story's own records (``STORY_SOURCES``): it decides only where they say nothing,
    # never as the "earlier record" of an unedited post nor as a day the prose mentions.
    written += [(v, "analytics") for k in META_LAST_PUBLISHED for v in meta.get(k, [])]
    found = []
    for text, source in written:
        parsed = normalise_date(text) if names_a_day(text) and writes_its_year(text) else None
        if parsed:
            found.append(DateCandidate(parsed[0], parsed[1], source))
    return found


def published_date(
    ld: dict[str, Any], meta: dict[str, list[str]], tree: lxml.html.HtmlElement,
    modified: tuple[str, str] | None, url: str | None,
) -> tuple[str, str] | None:
    """The publication date, as the page writes it (its zone kept).

    JSON-LD datePublished, the published meta tags, ``<time>``; then
    dateCreated.  A candidate that is the modification time while another
    source gives an earlier publication is the update time (some pages fill
    ``article:published_time`` with it): the earlier one wins, if a source
    that speaks for the story gives it (a comment's stamp is earlier than
    nothing).  A UTC stamp that another source writes as the same instant in
    the newsroom's zone is told in that zone (its day is the newsroom's).  A
    UTC timestamp a day off the date in the page's address is the same story
    told in UTC, and a date later than the address's is an update (the story
    was at its address by then): the address's day (the newsroom's) wins; so
    does any other day when the date came only from a ``<time>`` that may be
    a comment's or a teaser's.
    """
    candidates = date_candidates(ld, meta, tree)
    if not candidates:
        return None
    shown = ShownText(tree)
    chosen = candidates[0]
    story = [c for c in candidates if c.source in STORY_SOURCES]
    if modified and chosen.iso == modified[0]:
        earlier = [c for c in story if c.iso[:10] < chosen.iso[:10]]
        if earlier:
            chosen = earlier[0]
    chosen = _shown_to_readers(chosen, candidates, shown, modified)
    chosen = _shown_revision(chosen, modified, shown)
    chosen = _in_local_zone(chosen, candidates)
    if chosen.precision == "datetime" and (local := clock_local_iso(tree, chosen.iso)):
        chosen = DateCandidate(local, chosen.precision, chosen.source)  # "Posted Nov 18, 8:19 PM" for 01:19Z
    chosen = _shown_local_day(chosen, shown, modified)
    chosen = _within_filed_month(chosen, url, shown)
    return _newsroom_day((chosen.iso, chosen.precision), url, weak=chosen.source not in STORY_SOURCES,
                         republished=chosen.source == "revision")


# Words before a shown date that make it the story's update, not its publication.
UPDATE_LABEL_RE = re.compile(
    r"(?:updated?|modified|changed|revised|stand|aktualisiert|geändert|änderung|actualizado|actualisé|mis à jour|mise à jour)"
    r"\W{0,3}(?:\w+\W{1,3}){0,2}$",
    re.IGNORECASE,
)
UPDATE_LABEL_WINDOW = 40
# A time of day and its zones between an update label and its day ("Updated 2010 GMT (0410 HKT) March 14,
# 2021", "Updated 10:32 a.m. ET, March 3"): they are the label's own, not words of a sentence.
TIME_OF_DAY_RE = re.compile(r"\(?\b\d{1,2}[:.h]?\d{2}\b(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,5}\b)?\)?")


def labelled_update(text: str, start: int) -> bool:
    """Whether the day written at ``start`` of ``text`` follows an update label ("Updated", "Stand:")."""
    lead = text[max(0, start - UPDATE_LABEL_WINDOW):start]
    return bool(UPDATE_LABEL_RE.search(lead) or (
        any(c.isdigit() for c in lead) and UPDATE_LABEL_RE.search(TIME_OF_DAY_RE.sub("", lead))))


HIDDEN_TAGS = ("script", "style", "noscript", "template", "head")


def visible_text(tree: lxml.html.HtmlElement) -> str:
    """The page's text as readers see it, without scripts, comments, other stories' teasers or navigation."""
    pieces: list[str] = []
    body = tree.find("body")
    _visible_pieces(body if body is not None else tree, pieces)
    return " ".join(" ".join(pieces).split())


class ShownText:
    """A page's visible text, walked out of the tree on first use and then kept: several date
    rules read it, and the walk is the costly part on a big page."""

    def __init__(self, tree: lxml.html.HtmlElement, text: str | None = None) -> None:
        self.tree = tree
        self._text = text

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = visible_text(self.tree)
        return self._text


def _visible_pieces(element: lxml.html.HtmlElement, pieces: list[str]) -> None:
    # Recursive: lxml's parser caps nesting at 256 levels, well inside Python's limit.
    # <body> and <html> are no block: their classes describe the whole page's layout
    # ("stackednavigation-site-navigation" on every page of a magazine's site).
    tag = element.tag
    hidden = not isinstance(tag, str) or tag in HIDDEN_TAGS or tag in OTHER_BLOCK_TAGS or (
        tag not in ("body", "html") and bool(OTHER_BLOCK_RE.search(f"{element.get('class', '')} {element.get('id', '')}")))
    if not hidden and tag == "header" and is_site_header(element):
        hidden = True
    if not hidden:
        pieces.append(element.text or "")
        for child in element:
            _visible_pieces(child, pieces)
    pieces.append(element.tail or "")


# How far before a day printed the words are read to tell a date line from the story's prose.
DATE_LINE_LEAD_CHARS = 60
LEAD_CUT_RE = re.compile(r"[.!?|\n]\s")


def shown_at(day: str, text: str, date_line: bool = False) -> int | None:
    """Where ``text`` first shows the day ``day`` as a publication (not after "Updated"), or None.
    With ``date_line``, only as a date line (a byline's, a "Published"), not inside the story's
    sentences ("The council meets again on December 29")."""
    for match in day_written_re(day).finditer(text):
        if labelled_update(text, match.start()):
            continue
        if date_line:
            lead = text[max(0, match.start() - DATE_LINE_LEAD_CHARS) : match.start()]
            if PROSE_RE.search(LEAD_CUT_RE.split(lead)[-1]):  # the date's own sentence or block
                continue
        return match.start()
    return None


def _shown_to_readers(
    chosen: DateCandidate, candidates: list[DateCandidate], shown_text: ShownText, modified: tuple[str, str] | None
) -> DateCandidate:
    """When the page's own records of the story disagree about the day, the one it shows its readers decides.

    A CMS fills one field with the import or first-draft time (JSON-LD the
    4th, ``article:published_time`` the 6th); the day printed beside the
    headline is the one the newsroom stands by.  Only the story's sources
    (data, marked ``<time>``) take part: a lone visible stamp that no record
    gives does not overrule them, and records that agree are never overruled.  A record that is the
    modification time, beside an earlier one, is the update (a live page's latest entry, shown on
    the page as the day's updates) and decides nothing.  When the page shows both days, the one it
    shows first decides (the date line by the headline; the other is a teaser's further down).
    """
    story = [c for c in candidates if c.source in STORY_SOURCES]
    if modified and any(c.iso < modified[0] for c in story if c.iso[:10] != modified[0][:10]):
        story = [c for c in story if c.iso != modified[0]]
    days = {c.iso[:10] for c in story}
    if len(days) < 2:
        return chosen
    text = shown_text.text
    shown = {day: at for day in days if (at := shown_at(day, text)) is not None}
    first_day = min(shown, key=shown.__getitem__) if shown else chosen.iso[:10]
    if first_day == chosen.iso[:10]:
        return chosen
    return next(c for c in story if c.iso[:10] == first_day)


def _shown_revision(chosen: DateCandidate, modified: tuple[str, str] | None, shown: ShownText) -> DateCandidate:
    """The modification day, when it is the only one of the two the page shows its readers, and never
    as an update ("12.01.2022" under the author's name): the newsroom republished the story under
    that day, and the recorded first day is the draft's."""
    if not modified or modified[0][:10] == chosen.iso[:10]:
        return chosen
    text = shown.text
    if shown_at(chosen.iso[:10], text) is not None or shown_at(modified[0][:10], text) is None:
        return chosen
    if any(labelled_update(text, m.start()) for m in day_written_re(modified[0][:10]).finditer(text)):
        return chosen  # labelled an update once ("Updated 2010 GMT March 14, 2021"): the page says what it is
    if marked_update(shown.tree, modified[0][:10]):
        return chosen  # the markup's label (itemprop="dateUpdated", "entry-updated"), the text saying none
    return DateCandidate(modified[0], modified[1], "revision")


def _instant(candidate: DateCandidate) -> datetime | None:
    if candidate.precision != "datetime":
        return None
    try:
        value = datetime.fromisoformat(candidate.iso)
    except ValueError:
        return None
    return value if value.tzinfo is not None else None


def _in_local_zone(chosen: DateCandidate, others: list[DateCandidate]) -> DateCandidate:
    """``chosen`` written in a non-UTC zone by another source, if one gives the same instant so.

    Any ``<time>`` counts, marked or not: the same instant to the minute is this story's, and its
    zone is the one the page shows (``article:published_time`` 11:46Z, an unmarked ``<time>``
    07:46-04:00 under the headline).  The choice keeps its own standing as a source.
    """
    instant = _instant(chosen)
    if instant is None or instant.utcoffset() != timedelta(0):
        return chosen
    for other in others:
        local = _instant(other)
        if local is not None and local.utcoffset() != timedelta(0) and abs((local - instant).total_seconds()) <= SAME_INSTANT_SECONDS:
            return DateCandidate(other.iso, other.precision, chosen.source)
    return chosen


# Hours a newsroom's zone may lie from UTC: a UTC stamp's instant falls on these days somewhere.
ZONE_HOURS = range(-12, 15)


def _shown_local_day(chosen: DateCandidate, shown: ShownText, modified: tuple[str, str] | None) -> DateCandidate:
    """A UTC stamp whose day the page never shows, while it shows the day before or after that the same
    instant falls on in some zone, is told on the shown day: 01:32 UTC on the 29th is "December 28,
    2016" in New York, and the page prints the 28th.  The modification day shown is an update (a live
    page's latest entries), not the publication told in another zone."""
    instant = _instant(chosen)
    if instant is None or instant.utcoffset() != timedelta(0):
        return chosen
    text = shown.text
    if shown_at(chosen.iso[:10], text) is not None:
        return chosen
    days = {(instant + timedelta(hours=hours)).date().isoformat() for hours in ZONE_HOURS} - {chosen.iso[:10]}
    days -= {modified[0][:10]} if modified else set()
    shown_days = [day for day in sorted(days) if shown_at(day, text, date_line=True) is not None]
    if len(shown_days) != 1:
        return chosen
    return DateCandidate(shown_days[0], "day", chosen.source)


URL_DATE_RE = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/-]|$)")


# "/2014/06/" in an address with no day after it: the month the story was filed under.
URL_MONTH_RE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(?!\d)")


def _within_filed_month(chosen: DateCandidate, url: str | None, shown: ShownText) -> DateCandidate:
    """A recorded date before the month the address files the story under is a template's stale
    stamp (a blog's ``article:published_time`` left at its launch): the first day the page shows
    within that month is the story's, if it shows one."""
    match = URL_MONTH_RE.search(url or "")
    if not match or URL_DATE_RE.search(url or "") or chosen.iso[:7] >= f"{match.group(1)}-{match.group(2)}":
        return chosen
    month = f"{match.group(1)}-{match.group(2)}"
    text = shown.text
    for where, day in shown_dates(text):
        if day.startswith(month) and not labelled_update(text, where):
            return DateCandidate(day, "day", "shown")
    return chosen


def _newsroom_day(date: tuple[str, str], url: str | None, weak: bool = False,
                  republished: bool = False) -> tuple[str, str]:
    """The day in the page's address, over a stamp that is the same story told in UTC (a day off), an
    update (later), or a weak source's day.  A ``republished`` day (the modification day the page shows
    its readers alone, unlabelled: ``_shown_revision``) is later than the address's on purpose: the
    address keeps the day the story was first filed, the page the day the newsroom stands by."""
    match = URL_DATE_RE.search(url or "")
    if not match:
        return date
    try:
        in_url = datetime_date(*(int(g) for g in match.groups()))
        stamped = datetime_date.fromisoformat(date[0][:10])
    except ValueError:
        return date
    in_utc = date[1] == "datetime" and date[0].endswith(("+00:00", "Z"))
    if (in_utc and abs((stamped - in_url).days) == 1) or (not republished and (stamped > in_url or (weak and stamped != in_url))):
        return in_url.isoformat(), "day"
    return date


def first_date(
    ld_values: list[Any], meta: dict[str, list[str]], keys: list[str], tree: lxml.html.HtmlElement, kind: str
) -> tuple[str, str] | None:
    candidates = [v for v in ld_values if isinstance(v, str)]
    candidates += [v for k in keys for v in meta.get(k, [])]
    if kind == "published":
        times = tree.xpath("//time[@datetime][@pubdate or @itemprop='datePublished' or contains(@class, 'publish')]")
        times += tree.xpath("//time[@datetime]")[:1]
        candidates += [t.get("datetime") for t in times]
    for candidate in candidates:
        parsed = normalise_date(candidate)
        if parsed:
            return parsed
    return None


# The day htmldate gives a year written alone.
YEAR_ONLY_DAY = "-01-01"


# A day in a picture's address: "/Images/2012/06/19/", "/uploads/2020/10/13/".
PICTURE_DAY_RE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")


def picture_days(tree: lxml.html.HtmlElement) -> set[str]:
    """The days written in the addresses of the page's pictures (``src``, ``data-src``, inline backgrounds)."""
    addresses = [value for element in tree.iter() if isinstance(element.tag, str)
                 for key, value in element.attrib.items() if key in ("src", "data-src", "style", "srcset")]
    return {"-".join(match.groups()) for address in addresses for match in PICTURE_DAY_RE.finditer(address)}


def is_site_header(element: lxml.html.HtmlElement) -> bool:
    """Whether a ``<header>`` is the site's (logo, masthead, "today"), not the story's: outside any
    ``<article>`` or ``<main>``, holding no headline, and above the headline (a blog's entry
    header, "By Jane Roe | March 3, 2021", follows it)."""
    return not element.xpath("ancestor::article or ancestor::main or .//h1 or .//h2 or preceding::h1")


def today_days(tree: lxml.html.HtmlElement) -> set[str]:
    """The days the page's masthead prints as "today" (``TODAY_BLOCK``: a short block classed so)."""
    days: set[str] = set()
    for element in tree.xpath("//*[contains(@class, 'oday') or contains(@id, 'oday') or contains(@class, 'date')"
                              " or contains(@id, 'date')]"):
        if TODAY_BLOCK_RE.search(f"{element.get('class', '')} {element.get('id', '')}") and element.tag not in ("body", "html"):
            days.update(day for _, day in shown_dates(" ".join(element.text_content().split())[:200]))
    for header in tree.iter("header"):
        if is_site_header(header):
            days.update(day for _, day in shown_dates(" ".join(header.text_content().split())[:2000]))
    return days


def htmldate_fallback(
    tree: lxml.html.HtmlElement, url: str | None, extensive: bool = False, text: str | None = None
) -> dict[str, Any]:
    """htmldate's original publication date (trafilatura's own date library), when the page's data has none.

    It runs only on pages whose data gives no date.  Its ``extensive`` search
    (dates anywhere in the visible text) cost ~60 ms a page on the shared
    pages (a second on the worst), so the door asks it last.
    """
    try:
        from htmldate import find_date

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = find_date(tree, url=url, original_date=True, extensive_search=extensive)
    except Exception as error:  # noqa: BLE001 - a third-party parser on hostile input
        LOGGER.debug("htmldate failed (%s)", error)
        return {}
    if not found:
        return {}
    shown = visible_text(tree) if text is None else text
    if shown_at(found, shown) is None and (day := yearless_day(tree, found)):
        found = day  # the date element's day, shown without its year ("[06月24日 11時30分]"): page_yearless
    if shown_at(found, shown) is None and (
            found in today_days(tree) or (extensive and (found.endswith(YEAR_ONLY_DAY) or found in picture_days(tree)))):
        # A day the page never shows its readers is no publication date when it is the masthead's "today"
        # (htmldate reads date-classed blocks), or, from the extensive search, a bare year made a day
        # ("© 2011" -> 2011-01-01) or a day in another story's picture's address ("/Images/2012/06/19/").
        return {}
    return {"published": found, "published_precision": "day"}


# Labels before a date that say it is the story's publication (English first;
# German, French, Spanish, Italian as pages print them).
PUBLISHED_LABEL_RE = re.compile(
    r"\b(?:first published|published|posted|written|"
    r"erschienen|veröffentlicht|publié|publicado|pubblicato)(?:\s+(?:on|am|le|el|il))?\s*:?\s*",
    re.IGNORECASE,
)
DOTTED_DATE_RE = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)(?!\d)")
LABELLED_DATE_CHARS = 40
WEEKDAY_RE = re.compile(r"^(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s*", re.IGNORECASE)


def labelled_date(tree: lxml.html.HtmlElement, text: str | None = None) -> dict[str, Any]:
    """A date the visible page labels as the publication ("Published: 7 March 2021", "Erschienen am:
    01.11.2023"), outside comments, teasers and navigation; the first one read."""
    text = visible_text(tree) if text is None else text
    for label in PUBLISHED_LABEL_RE.finditer(text):
        written = text[label.end():label.end() + LABELLED_DATE_CHARS]
        dotted = DOTTED_DATE_RE.match(written)
        if dotted:
            day, month, year = (int(g) for g in dotted.groups())
            try:
                return {"published": datetime_date(year, month, day).isoformat(), "published_precision": "day"}
            except ValueError:
                continue
        written = WEEKDAY_RE.sub("", written)
        parsed = parse_date(written) if ISO_DATE_RE.match(written) or TEXT_DATE_RE.match(written) else None
        if parsed and parsed[1] != "month-day":
            return {"published": parsed[0], "published_precision": parsed[1]}
    return {}


# A byline's word in the languages pages print; English "by" only capitalised (in prose it is
# "signed by President Roosevelt on August 14, 1935").
BYLINE_WORD_RE = re.compile(r"\b(?:By|Von|von|Par|par|Por|por|Di|Door|door|Av|av)\s+")
# Between the byline word and its date: a name of one to five capitalised words (a username's digits
# allowed), a separator, "am"/"on"/"le", a weekday; nothing a sentence would hold.
BYLINE_TO_DATE_RE = re.compile(
    r"(?:[A-ZÀ-Þ][\w.'’-]*,?\s+(?:(?:and|und|et|y|&)\s+)?){1,5}[|,•·/–—-]?\s*"
    r"(?:(?:am|on|le|el|il|op|den)\s+)?(?:[A-Za-zÀ-ÿ]+\.?,\s+)?")
BYLINE_DATE_CHARS = 80
# Words that start a sentence's time, not a name, after "By"/"Von" ("By Monday, May 4, 2020, ...").
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche".split())


def byline_date(tree: lxml.html.HtmlElement, text: str | None = None) -> dict[str, Any]:
    """The day printed right after the byline ("Par Loïc Le Clerc | 30 septembre 2018", "Von Georg
    Kasch 31. Oktober 2023", "von Marianne1 am 20.09.2020"): the author signs the story on the day it
    is published.  Outside comments, teasers and navigation; the first one read."""
    text = visible_text(tree) if text is None else text
    for word in BYLINE_WORD_RE.finditer(text):
        window = text[word.end():word.end() + BYLINE_DATE_CHARS]
        between = BYLINE_TO_DATE_RE.match(window)
        first_word = window.split(maxsplit=1)[0].strip(".,").lower() if window.strip() else ""
        if not between or first_word in WEEKDAYS or first_word in MONTH_NUMBER_OF:
            continue  # "By Monday, May 4, 2020, the schools..." / "Von Mai 2020 an": a sentence's time, no name
        for where, day in shown_dates(window[:between.end() + 30]):
            if where == between.end():
                return {"published": day, "published_precision": "day"}
    return {}


# An update label and the date it gives ("Letzte Änderung: 14.01.2022", "Last updated 04 Jun 2020").
UPDATE_DATE_RE = re.compile(
    r"\b(?:last\s+)?(?:updated?|modified|revised|stand|aktualisiert|letzte\s+änderung|geändert|actualizado|"
    r"mis à jour)(?:\s+(?:on|am|le|el))?\s*:?\s*", re.IGNORECASE)


def update_date(tree: lxml.html.HtmlElement, text: str | None = None) -> dict[str, Any]:
    """The day a page labels as its update, when it gives no other (a page whose only timestamp is
    its last change): outside comments, teasers and navigation, the first one read."""
    text = visible_text(tree) if text is None else text
    for label in UPDATE_DATE_RE.finditer(text):
        window = WEEKDAY_RE.sub("", text[label.end():label.end() + LABELLED_DATE_CHARS])
        found = shown_dates(window)
        if found and found[0][0] == 0:
            return {"published": found[0][1], "published_precision": "day"}
    return {}


# How far after the headline the article's date line is looked for.
HEADLINE_DATE_CHARS = 200
# A date line sits within this many characters of the headline (a kicker, a byline, a place between).
HEADLINE_GAP_CHARS = 80
# Four lower-case words in a row: a sentence of the story, not a date line ("which was signed on").
PROSE_RE = re.compile(r"\b[a-zà-ÿ][a-zà-ÿ'’]*,?(?:\s+[a-zà-ÿ][a-zà-ÿ'’]*,?){3}\b")


def headline_date(tree: lxml.html.HtmlElement, text: str | None = None) -> dict[str, Any]:
    """The day printed just after the page's headline (its date line: "Headline 13 Oct 2020 18:29",
    "Headline | By Jane Roe | 30 September 2018"), not after "Updated".  The masthead's "today"
    comes before the headline, other stories' dates farther down."""
    heading = next((" ".join(h.text_content().split()) for h in tree.iter("h1") if h.text_content().strip()), "")
    if not heading:
        return {}
    text = visible_text(tree) if text is None else text
    at = text.find(heading)
    if at < 0:
        return {}
    start = at + len(heading)
    window = text[start:start + HEADLINE_DATE_CHARS]
    for where, day in shown_dates(window):
        if PROSE_RE.search(window[:where]) or where > HEADLINE_GAP_CHARS:
            return {}  # the story's text (or a fact box, an agenda) has begun: its dates are events
        if not labelled_update(text, start + where):
            return {"published": day, "published_precision": "day"}
    return {}


# "/2014/12/29/", "/2010/POLITICS/08/13/": the day a story is filed under, a section allowed after the year.
FILED_DAY_RE = re.compile(
    r"/((?:19|20)\d\d)/(?:[A-Za-z][\w-]*/)?(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])(?=/|$)")


def address_day(url: str | None) -> dict[str, Any]:
    """The day the page's address files it under, when the page itself gives none."""
    match = FILED_DAY_RE.search(url or "")
    if not match:
        return {}
    try:
        return {"published": datetime_date(*(int(g) for g in match.groups())).isoformat(), "published_precision": "day"}
    except ValueError:
        return {}


LEAD_PICTURE_META = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")


def lead_picture_day(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """The day the page's own picture (``og:image``, ``twitter:image``) is filed under
    ("/uploads/2020/10/13/news/..."): uploaded with the story, when nothing else dates it.
    Other pictures on the page are other stories' (teasers) and are not read."""
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or "").lower()
        match = PICTURE_DAY_RE.search(element.get("content") or "") if key in LEAD_PICTURE_META else None
        if match:
            try:
                day = datetime_date(*(int(g) for g in match.groups()))
            except ValueError:
                continue
            return {"published": day.isoformat(), "published_precision": "day"}
    return {}


def date_from_text(body: str, tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """The last resort: a numeric date in the page's visible text, if any."""
    texts = [tree.findtext(".//title") or ""]
    for element in tree.xpath("//*[contains(@class, 'date') or contains(@class, 'time') or contains(@id, 'date') or contains(@class, 'info')]")[:20]:
        texts.append(element.text_content()[:200])
    texts.append(body[:500])
    for text in texts:
        found = numeric_date(text or "")
        if found:
            return {"published": found[0], "published_precision": found[1]}
    return {}


# The address of a site's front page: its root, or an index page at the root.
HOME_PATH_RE = re.compile(r"/?(?:(?:index|default|home)(?:\.[a-z]{2,5})?/?)?", re.IGNORECASE)


def is_home_page(url: str | None) -> bool:
    """Whether ``url`` is a site's front page ("https://uk.yahoo.com/", "/index.html"): its dates are the
    masthead's "today" and the latest stories', none of them a publication date of the page."""
    if not url:
        return False
    parts = urlsplit(url.strip())
    return bool(parts.netloc) and not parts.query and bool(HOME_PATH_RE.fullmatch(parts.path))


def fallback_date(tree: lxml.html.HtmlElement, url: str | None, body: str, address: str | None = None) -> dict[str, Any]:
    """The publication date of a page whose data (JSON-LD, meta tags, ``<time>``) gives none.

    A date the page labels as its publication, the day after its byline, the date line after the
    headline, the day its address files it under, the day its own picture is filed under, a lone
    update, htmldate's quick search, our numeric-date scan near the headline, then htmldate's
    extensive search of the visible text (the slowest, so last).  The visible text is walked once.
    A front page gives none, when every address it has says so: a story whose canonical link is
    broken or left at the site's root ("https://.cms-host.de") is read at the ``address`` it was
    fetched from.
    """
    if is_home_page(url) and (address is None or is_home_page(address)):
        return {}
    text = visible_text(tree)
    return (labelled_date(tree, text) or byline_date(tree, text) or headline_date(tree, text) or address_day(url)
            or lead_picture_day(tree) or update_date(tree, text) or htmldate_fallback(tree, url, text=text)
            or date_from_text(body, tree) or htmldate_fallback(tree, url, extensive=True, text=text))
