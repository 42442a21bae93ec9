"""A day the page's date element shows without its year (session 17, issue 16).

Japanese and Chinese news pages print the story's day as "[06月24日 11時30分]" or "6月24日", and some Western ones
as "June 24, 11:30": no year.  When htmldate's fallback answers with a day the page never shows (a link's day, a
related story's), the date element's month and day are the story's, in the year of htmldate's answer when the two
days are a month apart at most (the year before or after across New Year: "12月30日" on a page htmldate dated
2 January); a day further off says nothing of the year, and the answer stands.  Kept apart from :mod:`.page_dates` (over the length limit), which calls it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import lxml.html

from ..text.dates import MONTH_NUMBER_OF

# Elements that say they hold the story's date: "article-main__date", "js-article-date", "post-date".
DATE_ELEMENT_RE = re.compile(r"date|time|datum|fecha", re.IGNORECASE)
DATE_ELEMENT_MAX_CHARS = 40
DATE_ELEMENTS_MAX = 200
# "06月24日", "6月24日" (optionally brackets and a time after).
CJK_DAY_RE = re.compile(r"^\W*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# "June 24", "Jun. 24, 11:30 a.m.": a month's name, a day, no four-digit year anywhere in the element.
_MONTHS = "|".join(sorted(map(re.escape, MONTH_NUMBER_OF), key=len, reverse=True))
WESTERN_DAY_RE = re.compile(rf"^\W*({_MONTHS})\.?\s+(\d{{1,2}})(?!\d)", re.IGNORECASE)
# How far htmldate's unshown day may be from the shown one: it gives the year, and a link's or a related story's
# day is near the story's; a day months away (a profile's join date) says nothing of the year.
NEAR = timedelta(days=31)
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def yearless_day(tree: lxml.html.HtmlElement, found: str) -> str | None:
    """The ISO day the first date-marked element shows without a year, in ``found``'s year; None if none."""
    try:
        anchor = date.fromisoformat(found[:10])
    except ValueError:
        return None
    for count, element in enumerate(tree.iter()):
        if count > 20000:
            break
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "a", "option"):
            continue
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if not DATE_ELEMENT_RE.search(marks):
            continue
        text = " ".join(element.text_content().split())
        if not text or len(text) > DATE_ELEMENT_MAX_CHARS or YEAR_RE.search(text):
            continue
        match = CJK_DAY_RE.match(text)
        month = int(match.group(1)) if match else 0
        if match is None and (match := WESTERN_DAY_RE.match(text)):
            month = MONTH_NUMBER_OF.get(match.group(1).lower().rstrip("."), 0)
        if match is None or not 1 <= month <= 12:
            continue
        try:
            day = date(anchor.year, month, int(match.group(2)))
        except ValueError:
            return None
        near = [d for d in (day, _in_year(day, anchor.year - 1), _in_year(day, anchor.year + 1))
                if d and abs(d - anchor) <= NEAR]
        return near[0].isoformat() if near else None
    return None


def _in_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None
