"""Step 3: article metadata (title, outlet, dates, dateline, byline, tags).

From plain text, metadata is read off the cues news writing has always used:
wire datelines ("NEW YORK, June 14. /TASS/.", "MOSCOW (Sputnik) —",
"China News Service, Moscow, June 15th."), bylines, header dates in whatever
format the site printed.  Dates are stored only as precisely as the text
supports: a "June 15th" with no year is ``--06-15`` (ISO 8601's no-year form)
with precision ``month-day``; a year is never invented.
"""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import Any

from dateutil import parser as date_parser
from dateutil import tz

from .clean import BYLINE_RE, TextParts, headline, is_body_paragraph

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# Russian month names in the genitive, as dates print them ("3 июня 2017 г.").
RUSSIAN_MONTHS = {
    "января": "January", "февраля": "February", "марта": "March", "апреля": "April",
    "мая": "May", "июня": "June", "июля": "July", "августа": "August",
    "сентября": "September", "октября": "October", "ноября": "November", "декабря": "December",
}
RUSSIAN_DATE_RE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(RUSSIAN_MONTHS) + r")\s+(\d{4})(?:\s*г\.?)?", re.I)
ISO_DATE_RE = re.compile(r"\b(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\b")
# "June 14, 6:11 UTC+3", "June 15th", "July 4", "14 June 2017", "23:29 GMT08 July 2020"
TIME_RE = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
ZONE_RE = r"(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[A-Z]{2,4}T"
MONTH_DAY_RE = rf"(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
DAY_MONTH_RE = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\.?(?:,?\s+\d{{4}})?"
TEXT_DATE_RE = re.compile(
    rf"(?:(?P<time1>{TIME_RE})\s*(?P<zone1>{ZONE_RE})?\s*)?"
    rf"(?P<date>{MONTH_DAY_RE}|{DAY_MONTH_RE})"
    rf"(?:,?\s*(?P<time2>{TIME_RE})\s*(?P<zone2>{ZONE_RE})?)?",
    re.IGNORECASE,
)
# "Thursday (July 4)": the day a wire story says its news broke.
WEEKDAY_DATE_RE = re.compile(
    rf"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*\((?P<date>{MONTH_DAY_RE})\)"
)
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
DATELINE_PATTERNS = (SLASH_OUTLET_DATELINE_RE, PAREN_OUTLET_DATELINE_RE, OUTLET_PLACE_DATE_RE)
DATELINE_PARAGRAPHS = 3
# "NEW YORK" after a header date: the place the story was filed from.
TRAILING_PLACE_RE = re.compile(r"\s+(?P<place>[A-Z][A-Z .'-]{1,40})$")


@lru_cache(maxsize=1)
def known_outlets() -> dict[str, str]:
    """Lower-cased alias -> canonical outlet name, from the package data file."""
    data = json.loads(resources.files("quotearchive").joinpath("data/outlets.json").read_text("utf-8"))
    return {alias.lower(): name for name, aliases in data.items() for alias in [name, *aliases]}


def canonical_outlet(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip(" ./")
    return known_outlets().get(name.lower(), name)


def apply(article: Any, fields: dict[str, Any], overwrite: bool = True) -> None:
    """Copy known, non-empty fields onto ``article``."""
    names = {f.name for f in dataclasses.fields(article)}
    for key, value in fields.items():
        if key in names and value not in (None, "", []):
            if overwrite or getattr(article, key) in (None, "", []):
                setattr(article, key, value)


def is_date_line(line: str) -> bool:
    """A header line that is a date, maybe with a time, place or label."""
    if len(line.split()) > 9:
        return False
    rest = ISO_DATE_RE.sub("", line)
    rest = RUSSIAN_DATE_RE.sub("", rest)
    rest = TEXT_DATE_RE.sub("", rest)
    if rest == line:
        return False
    rest = TRAILING_PLACE_RE.sub("", rest)
    return len(re.sub(r"\b(?:date|published|updated|posted)\b|[\W\d]", "", rest, flags=re.I)) <= 3


def parse_date(text: str) -> tuple[str, str] | None:
    """The first date in ``text`` as (ISO 8601 string, precision), or None."""
    m = ISO_DATE_RE.search(text)
    if m:
        value = m.group(1)
        if len(value) == 10:
            return value, "day"
        dt = date_parser.isoparse(value.replace(" ", "T"))
        return dt.isoformat(), "datetime"
    m = RUSSIAN_DATE_RE.search(text)
    if m:
        day, month, year = m.groups()
        return _from_parts(f"{day} {RUSSIAN_MONTHS[month.lower()]} {year}", None, None)
    m = TEXT_DATE_RE.search(text)
    if m:
        return _from_parts(m.group("date"), m.group("time1") or m.group("time2"), m.group("zone1") or m.group("zone2"))
    return None


def _from_parts(date_text: str, time_text: str | None, zone_text: str | None) -> tuple[str, str] | None:
    date_text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", date_text)
    # Parse twice with different defaults: a field that changes was not in the text.
    try:
        a = date_parser.parse(date_text, default=datetime(1904, 1, 1))
        b = date_parser.parse(date_text, default=datetime(1905, 2, 2))
    except (ValueError, OverflowError):
        return None
    has_year = a.year == b.year
    if not has_year:
        return f"--{a.month:02d}-{a.day:02d}", "month-day"
    if time_text:
        t = date_parser.parse(time_text)
        dt = a.replace(hour=t.hour, minute=t.minute, second=t.second)
        zone = _zone(zone_text)
        if zone is not None:
            dt = dt.replace(tzinfo=zone)
        return dt.isoformat(), "datetime"
    return a.date().isoformat(), "day"


def _zone(zone_text: str | None):
    if not zone_text:
        return None
    m = re.match(r"(?:UTC|GMT)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?$", zone_text.strip(), re.I)
    if m:
        if not m.group(1):
            return tz.UTC
        sign = 1 if m.group(1) == "+" else -1
        return tz.tzoffset(None, sign * (int(m.group(2)) * 3600 + int(m.group(3) or 0) * 60))
    return None


def merge_dates(found: list[tuple[str, str]]) -> tuple[str, str] | None:
    """Combine header dates: "2017-06-14" and "June 14, 6:11 UTC+3" make one datetime."""
    if not found:
        return None
    rank = {"datetime": 0, "day": 1, "month-day": 2}
    best = min(found, key=lambda d: rank.get(d[1], 9))
    if best[1] == "month-day":
        return best
    year_dates = [d for d in found if d[1] != "month-day"]
    day = year_dates[0][0][:10]
    # A time printed with a month-day ("June 14, 6:11 UTC+3") belongs to the dated day.
    return best if best[1] != "day" else (day, "day")


def from_text_parts(parts: TextParts) -> dict[str, Any]:
    """Metadata from a plain-text article's header, body start and trailer."""
    meta: dict[str, Any] = {"tags": parts.tags}
    dates: list[tuple[str, str]] = []
    timed_month_day: str | None = None
    for line in parts.header:
        byline = BYLINE_RE.match(line)
        if byline:
            meta.setdefault("byline", byline.group("name").strip())
            continue
        if is_date_line(line):
            parsed = _header_date(line)
            if parsed:
                dates.append(parsed)
                if parsed[1] == "month-day" and TEXT_DATE_RE.search(line) and re.search(TIME_RE, line):
                    timed_month_day = line
            place = TRAILING_PLACE_RE.search(line)
            if place and not ISO_DATE_RE.search(line):
                meta.setdefault("dateline", place.group("place").title())
    meta["title"] = headline(parts)
    meta.update(_standfirst_and_section(parts.header, meta["title"]))
    meta.update(from_text_body(parts.body, meta))
    if timed_month_day and dates:
        meta.update(_date_with_time(dates, timed_month_day))
    elif "published" not in meta:
        merged = merge_dates(dates)
        if merged:
            meta["published"], meta["published_precision"] = merged
    if "published" not in meta:
        for tweet in parts.tweets:  # an embedded post's date bounds the article's
            parsed = parse_date(tweet.get("date") or "")
            if parsed:
                meta["published"], meta["published_precision"] = parsed
                break
    if not meta.get("outlet"):
        for tweet in parts.tweets:  # outlets embed their own posts
            outlet = known_outlets().get((tweet.get("handle") or "").lower())
            if outlet:
                meta["outlet"] = outlet
                break
    if not meta["title"]:
        meta["title"] = lede_title(parts.body)
    return meta


def _header_date(line: str) -> tuple[str, str] | None:
    return parse_date(line)


def _date_with_time(dates: list[tuple[str, str]], timed_line: str) -> dict[str, Any]:
    """Give a header's "June 14, 6:11 UTC+3" the year another header date states."""
    with_year = [d for d in dates if d[1] in ("day", "datetime")]
    if not with_year:
        merged = merge_dates(dates)
        return {"published": merged[0], "published_precision": merged[1]} if merged else {}
    year = with_year[0][0][:4]
    m = TEXT_DATE_RE.search(timed_line)
    assert m is not None
    parsed = _from_parts(f"{m.group('date')} {year}", m.group("time1") or m.group("time2"), m.group("zone1") or m.group("zone2"))
    if parsed and parsed[0][:10] == with_year[0][0][:10]:
        return {"published": parsed[0], "published_precision": parsed[1]}
    return {"published": with_year[0][0], "published_precision": with_year[0][1]}


def _standfirst_and_section(header: list[str], title: str | None) -> dict[str, Any]:
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
    opening = [p[:300] for p in body.split("\n") if p.strip()][:DATELINE_PARAGRAPHS]
    first = opening[0] if opening else ""
    out: dict[str, Any] = {}
    matches = (pattern.match(p) for p in opening for pattern in DATELINE_PATTERNS)
    for m in matches:
        if m:
            out["outlet"] = canonical_outlet(m.group("outlet"))
            out["dateline"] = m.group("place").strip().title()
            if m.groupdict().get("date") and not known.get("published"):
                parsed = parse_date(m.group("date"))
                if parsed:
                    out["published"], out["published_precision"] = parsed
            break
    if "published" not in out and not known.get("published"):
        m = WEEKDAY_DATE_RE.search(first)
        if m:
            parsed = parse_date(m.group("date"))
            if parsed:
                out["published"], out["published_precision"] = parsed
    if "outlet" not in out:
        m = re.search(r"/(?P<outlet>[A-Z][A-Za-z]{1,12})/\.", first)  # "/TASS/." anywhere early
        if m:
            out["outlet"] = canonical_outlet(m.group("outlet"))
    return out


def lede_title(body: str, limit: int = 120) -> str | None:
    """A headline for an article whose text has none: its first sentence, shortened."""
    first = body.split("\n", 1)[0].strip()
    if not first:
        return None
    m = re.match(r"(.+?[.!?])(?:\s|$)", first)
    sentence = m.group(1) if m else first
    if len(sentence) > limit:
        sentence = sentence[: limit - 1].rsplit(" ", 1)[0] + "…"
    return sentence


def is_prose(line: str) -> bool:
    return is_body_paragraph(line)
