"""A UTC stamp told in the zone its own ``<time>`` element's clock shows (issue 16, session 19), for :mod:`.page_dates`.

A CMS writes the instant in UTC in the ``<time>``'s ``datetime`` and in the records, and the newsroom's local clock
in the element's text, often without the year: ``<time datetime="2019-11-19T01:19:34Z">Posted Nov 18, 8:19
PM</time>``.  The story's day is the 18th where it was written; the UTC day is the 19th.  Session 11's rules tell a
UTC stamp on a local day only from a zone another source writes or from a day the page shows *with* its year, so
such a page kept the UTC day.  Here the text's month, day and clock time are matched against the instant in every
zone a newsroom may use (whole and quarter hours, UTC-12 to UTC+14): one zone where all four agree is the page's.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import lxml.html

MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
# "Nov 18, 8:19 PM", "November 18, 2019 at 8:19 p.m.", "Nov. 18 2019 20:19".
CLOCK_TEXT_RE = re.compile(
    r"\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?:(?P<year>(?:19|20)\d\d),?\s+)?(?:at\s+|-\s+|\|\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
    r"(?:\s*(?P<half>[ap])\.?\s?m\b\.?)?",
    re.IGNORECASE)
# A newsroom's zone: UTC-12 to UTC+14, in quarter hours (India's +05:30, Nepal's +05:45).
ZONE_MINUTES = range(-12 * 60, 14 * 60 + 1, 15)
# The <time>'s datetime and the chosen stamp are one instant to the minute.
SAME_INSTANT_SECONDS = 60


def clock_local_iso(tree: lxml.html.HtmlElement, iso: str) -> str | None:
    """A UTC stamp (ISO, with its zone) told in the zone a ``<time>`` writing the same instant shows in its text, as
    ISO; None when the stamp is not UTC or no such ``<time>`` tells one zone."""
    instant = _parse(iso)
    if instant is None or instant.utcoffset() != timedelta(0):
        return None
    local = clock_local_day(tree, instant)
    return local.replace(microsecond=0).isoformat() if local is not None else None


def clock_local_day(tree: lxml.html.HtmlElement, instant: datetime) -> datetime | None:
    """The UTC ``instant`` in the zone a ``<time>`` writing it shows in its text (month, day and clock time, the year
    if given, all agreeing in exactly one zone), or None."""
    for element in tree.iter("time"):
        written = _parse(element.get("datetime") or "")
        if written is None or abs((written - instant).total_seconds()) > SAME_INSTANT_SECONDS:
            continue
        match = CLOCK_TEXT_RE.search(" ".join(element.text_content().split()))
        if match is None:
            continue
        zone = _zone_of(written, match)  # the clock tells the element's own instant
        if zone is not None:
            return instant.astimezone(timezone(zone))
    return None


def _zone_of(instant: datetime, match: re.Match[str]) -> timedelta | None:
    """The one zone in which ``instant`` reads as the matched month, day, clock time (and year), or None."""
    hour, minute = int(match["hour"]), int(match["minute"])
    if match["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["half"].lower() == "p" else 0)
    month, day = MONTHS[match["month"][:3].lower()], int(match["day"])
    year = int(match["year"]) if match["year"] else None
    found = []
    for minutes in ZONE_MINUTES:
        local = instant + timedelta(minutes=minutes)
        if (local.month, local.day, local.hour, local.minute) == (month, day, hour, minute) and year in (None, local.year):
            found.append(minutes)
    if len(found) != 1:
        return None
    return timedelta(minutes=found[0])


def _parse(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None
