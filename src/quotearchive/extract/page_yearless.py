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
ELEMENTS_READ_MAX = 20000  # elements walked at most (a page's date is near its top)
# "06月24日", "6月24日" (optionally brackets and a time after).
CJK_DAY_RE = re.compile(r"^\W*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# "June 24", "Jun. 24, 11:30 a.m.": a month's name, a day, no four-digit year anywhere in the element.
_MONTHS = "|".join(sorted(map(re.escape, MONTH_NUMBER_OF), key=len, reverse=True))
WESTERN_DAY_RE = re.compile(rf"^\W*({_MONTHS})\.?\s+(\d{{1,2}})(?!\d)", re.IGNORECASE)
# How far htmldate's unshown day may be from the shown one: it gives the year, and a link's or a related story's
# day is near the story's; a day months away (a profile's join date) says nothing of the year.
NEAR = timedelta(days=31)
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# Blocks whose date elements are other pages' days: a link's (a related story's teaser), the menu's, a sidebar's,
# the foot's; over the headline, the masthead's ("today") as well.
ELSEWHERE_TAGS = frozenset(["a", "nav", "aside", "footer"])


def yearless_day(tree: lxml.html.HtmlElement, found: str) -> str | None:
    """The ISO day the story's date element shows without a year, in ``found``'s year; None if none.  The story's
    is the first one after the headline, else the first one over it outside the masthead."""
    try:
        anchor = date.fromisoformat(found[:10])
    except ValueError:
        return None
    headline = tree.find(".//h1")
    around_headline = set(headline.iterancestors()) if headline is not None else set()
    after_headline, above = False, None
    for count, element in enumerate(tree.iter()):
        if count > ELEMENTS_READ_MAX:
            break
        if element is headline:
            after_headline = True
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
        if match is None or not 1 <= month <= 12 or _elsewhere(element, after_headline, around_headline):
            continue
        if after_headline:
            return _near_day(anchor, month, int(match.group(2)))
        if above is None:
            above = (month, int(match.group(2)))
    return _near_day(anchor, *above) if above else None


def _elsewhere(element: lxml.html.HtmlElement, after_headline: bool, around_headline: set) -> bool:
    """Inside a link, a menu, a sidebar or the foot; or, over the headline, inside a header that does not hold the
    headline (the masthead's date, not the story's header's)."""
    for node in element.iterancestors():
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in ELSEWHERE_TAGS or (tag == "header" and not after_headline and node not in around_headline):
            return True
    return False


def _near_day(anchor: date, month: int, day_number: int) -> str | None:
    try:
        day = date(anchor.year, month, day_number)
    except ValueError:
        return None
    near = [d for d in (day, _in_year(day, anchor.year - 1), _in_year(day, anchor.year + 1))
            if d and abs(d - anchor) <= NEAR]
    return near[0].isoformat() if near else None


def _in_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None
