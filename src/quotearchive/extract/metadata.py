"""Step 3: article metadata (title, outlet, dates, dateline, byline, tags).

From plain text, metadata is read off the cues news writing has always used:
wire datelines ("NEW YORK, June 14. /TASS/.", "MOSCOW (Sputnik) —",
"China News Service, Moscow, June 15th."), bylines, header dates in whatever
format the site printed.  Dates are stored only as precisely as the text
supports: a "June 15th" with no year is ``--06-15`` (ISO 8601's no-year form)
with precision ``month-day``; a year is never invented.  (A web page's
metadata is read from its markup: ``page_metadata``.)
"""

from __future__ import annotations

import dataclasses
import json
import re
from functools import lru_cache
from importlib import resources
from itertools import islice
from typing import Any

from ..text.dates import (
    DAY_MONTH_RE,
    DIGIT_RE,
    ISO_DATE_RE,
    MONTH_DAY_RE,
    TRAILING_PLACE_RE,
    header_date,
    is_date_line,
    parse_date,
)
from ..text.sentences import SENTENCE_BREAK_RE, follows_abbreviation
from ..model import METADATA_FIELDS
from .clean import BYLINE_RE, PHOTO_CREDIT_RE, READ_MORE_RE, TextParts, headline

# "Thursday (July 4)": the day a wire story says its news broke.
WEEKDAY_DATE_RE = re.compile(
    rf"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*\((?P<date>{MONTH_DAY_RE})\)"
)
WEEKDAY_HINT_RE = re.compile(r"day\s*\(")  # in every WEEKDAY_DATE_RE match
# Wire datelines at the start of the body.
#   "NEW YORK, June 14. /TASS/."   "MOSCOW (Sputnik) —"   "WASHINGTON, March 3 (Reuters) -"
#   "China News Service, Moscow, June 15th."
SLASH_OUTLET_DATELINE_RE = re.compile(
    rf"^(?P<place>[A-Z][A-Z .'-]{{1,40}}),\s*(?P<date>{MONTH_DAY_RE}|{DAY_MONTH_RE})\.\s*/(?P<outlet>[A-Za-z][\w .&-]{{1,40}})/\.?"
)
PAREN_OUTLET_DATELINE_RE = re.compile(
    rf"^(?P<place>[A-Z][A-Z .'-]{{1,40}}?)(?:,\s*(?P<date>{MONTH_DAY_RE}|{DAY_MONTH_RE}))?\s*\((?P<outlet>[A-Z][\w .&-]{{1,40}})\)\s*[—–-]"
)
OUTLET_PLACE_DATE_RE = re.compile(
    rf"^(?P<outlet>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,5}}),\s*(?P<place>[A-Z][\w .'-]{{1,30}}),\s*(?P<date>{MONTH_DAY_RE}|{DAY_MONTH_RE})\.?"
)
# Each with a character all its matches contain: a paragraph without it is not tried.
DATELINE_PATTERNS = ((SLASH_OUTLET_DATELINE_RE, "/"), (PAREN_OUTLET_DATELINE_RE, "("), (OUTLET_PLACE_DATE_RE, ","))
DATELINE_PARAGRAPHS = 3
SLASH_OUTLET_RE = re.compile(r"/(?P<outlet>[A-Z][A-Za-z]{1,12})/\.")  # "/TASS/." anywhere early
# A headline for a text that has none: its first sentence.
LEDE_TITLE_MAX_CHARS = 120


@lru_cache(maxsize=1)
def known_outlets() -> dict[str, str]:
    """Lower-cased alias -> canonical outlet name, from the package data file."""
    data = json.loads(resources.files("quotearchive.lexicon").joinpath("outlets.json").read_text("utf-8"))
    return {alias.lower(): name for name, aliases in data.items() for alias in [name, *aliases]}


def canonical_outlet(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip(" ./")
    return known_outlets().get(name.lower(), name)


def apply(article: Any, fields: dict[str, Any], overwrite: bool = True, origin: str | None = None) -> None:
    """Copy known, non-empty fields onto ``article``; with ``origin``, record
    it in ``article.provenance`` for each metadata field set."""
    names = _field_names(type(article))
    for key, value in fields.items():
        if key in names and value not in (None, "", []):
            if overwrite or getattr(article, key) in (None, "", []):
                setattr(article, key, value)
                if origin is not None and key in METADATA_FIELDS:
                    article.provenance[key] = origin


@lru_cache(maxsize=None)
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


def from_text_parts(parts: TextParts) -> dict[str, Any]:
    """Metadata from a plain-text article's header, body start and trailer."""
    meta: dict[str, Any] = {"tags": parts.tags, "title": headline(parts)}
    date_lines = []
    for line in parts.header:
        byline = BYLINE_RE.match(line)
        if byline:
            meta.setdefault("byline", byline.group("name").strip())
        elif is_date_line(line):
            date_lines.append(line)
            place = TRAILING_PLACE_RE.search(line)
            if place and not ISO_DATE_RE.search(line):  # "June 14, 6:11 UTC+3 NEW YORK"
                meta.setdefault("dateline", place.group("place").title())
    meta.update(_section(parts.header, meta["title"]))
    dated = header_date(date_lines)
    if dated:
        meta["published"], meta["published_precision"] = dated
    meta.update(from_text_body(parts.body, meta))
    for tweet in parts.tweets:
        # Outlets embed their own posts, so an embed's author may name the outlet.
        outlet = known_outlets().get((tweet.get("handle") or "").lower())
        if outlet and not meta.get("outlet"):
            meta["outlet"] = outlet
    if "published" not in meta:
        # An embedded post, a linked story or a photo is older than the article
        # that shows it: its date is never the article's, only a lower bound.
        bound = not_before(embedded_dates(parts))
        if bound:
            meta["published_not_before"] = bound[0]
    if not meta["title"]:
        meta["title"] = lede_title(parts.body)
    return meta


def embedded_dates(parts: TextParts) -> list[tuple[str, str]]:
    """The dates of what the article embeds or links: posts' credit lines,
    READ MORE links and photo credits set aside by ``clean``.

    A trailer's list of other stories is left out: a site refreshes it after
    the article is written, so its dates prove nothing about the article.
    """
    texts = [tweet.get("date") or "" for tweet in parts.tweets]
    texts += [line for line in parts.removed if READ_MORE_RE.match(line) or PHOTO_CREDIT_RE.match(line)]
    found = (parse_date(text) for text in texts if DIGIT_RE.search(text))
    return [parsed for parsed in found if parsed]


def not_before(dates: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The latest of ``dates``: the article is at least as recent as all it embeds.

    Dates with a year beat those without (``--06-03`` cannot be ordered
    against a year); the bound is kept as precise as its text.
    """
    with_year = [d for d in dates if d[1] != "month-day"]
    candidates = with_year or dates
    return max(candidates, key=lambda d: d[0][:10]) if candidates else None


def _section(header: list[str], title: str | None) -> dict[str, Any]:
    """A short line after the headline ("Russian Politics & Diplomacy") is the site's rubric."""
    out: dict[str, Any] = {}
    seen_title = title is None
    for line in header:
        if line == title:
            seen_title = True
            continue
        if not seen_title or BYLINE_RE.match(line) or is_date_line(line):
            continue
        words = len(line.split())
        if words <= 5 and "section" not in out:
            out["section"] = line
    return out


def from_text_body(body: str, known: dict[str, Any] | None = None) -> dict[str, Any]:
    """Outlet, dateline and date from the wire cues opening the body."""
    known = known or {}
    # The dateline opens the story, which a lede or summary may precede.
    opening = list(islice((p[:300] for p in body.split("\n") if p.strip()), DATELINE_PARAGRAPHS))
    first = opening[0] if opening else ""
    out: dict[str, Any] = {}
    matches = (pattern.match(p) for p in opening for pattern, needed in DATELINE_PATTERNS if needed in p)
    for m in matches:
        if m:
            out["outlet"] = canonical_outlet(m.group("outlet"))
            out["dateline"] = m.group("place").strip().title()
            if m.groupdict().get("date") and not known.get("published"):
                parsed = parse_date(m.group("date"))
                if parsed:
                    out["published"], out["published_precision"] = parsed
            break
    # WEEKDAY_HINT_RE is searched for fast (it starts with a literal), "/" is
    # in every slash outlet: not a regex tried at each of 300 positions.
    if "published" not in out and not known.get("published") and WEEKDAY_HINT_RE.search(first):
        m = WEEKDAY_DATE_RE.search(first)
        if m:
            parsed = parse_date(m.group("date"))
            if parsed:
                out["published"], out["published_precision"] = parsed
    if "outlet" not in out and "/" in first:
        m = SLASH_OUTLET_RE.search(first)
        if m:
            out["outlet"] = canonical_outlet(m.group("outlet"))
    return out


def lede_title(body: str, limit: int = LEDE_TITLE_MAX_CHARS) -> str | None:
    """A headline for an article whose text has none: its first sentence, shortened."""
    first = body.split("\n", 1)[0].strip()
    if not first:
        return None
    sentence = first
    for m in SENTENCE_BREAK_RE.finditer(first):
        if not follows_abbreviation(first, m.start()):  # "... but U.S. officials said ...": no end
            sentence = first[: m.start() + 1]
            break
    if len(sentence) > limit:
        sentence = sentence[: limit - 1].rsplit(" ", 1)[0] + "…"
    return sentence
