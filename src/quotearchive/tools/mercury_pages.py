"""postlight/parser (Mercury)'s fixture pages as labelled pages for ``make eval-html``: what its
per-site tests assert (title, author, date), its saved pages' meta tags given back, and the day a
page shows for the UTC instant its tests assert.  Scored in ``tools/evaluation_html.py``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# postlight/parser (Mercury)'s per-site extractor tests: "src/extractors/custom/<site>/index.test.js" reads
# "fixtures/<page>.html" for an address and asserts the title, author and date_published its extractor reads.
MERCURY_TESTS = Path("src/extractors/custom")
JS_STRING = r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`|null)"""
JS_ESCAPE_RE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))")
JS_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}
MERCURY_FIXTURE_RE = re.compile(r"""readFileSync\(\s*['"`]\./fixtures/([^'"`]+)['"`]""")
MERCURY_URL_RE = re.compile(r"""['"`](https?://[^'"`\s]+)['"`]""")
MERCURY_ZONE_RE = re.compile(r"""timezone:\s*['"]([^'"]+)['"]""")
# A timestamp with its zone, as pages write them in their data ("2016-09-19T07:46:01-04:00").
ZONED_STAMP_RE = re.compile(r"(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d))?(?:\.\d+)?\s*(Z|[+-]\d\d:?\d\d)")


# Mercury saved its fixtures after its own normalisation, which renames each meta tag's "content" to "value"
# (and "property" to "name"): as saved, no extractor sees a page's meta tags.  Renamed back before scoring.
MERCURY_META_RE = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
MERCURY_VALUE_RE = re.compile(rb"(\s)value=", re.IGNORECASE)


def undo_mercury_meta(data: bytes) -> bytes:
    """The page with its meta tags' "value" attributes called "content" again (where a tag has none)."""
    def rename(match: re.Match[bytes]) -> bytes:
        tag = match.group(0)
        return tag if re.search(rb"\scontent=", tag, re.IGNORECASE) else MERCURY_VALUE_RE.sub(rb"\1content=", tag, 1)
    return MERCURY_META_RE.sub(rename, data)


@dataclass
class MercuryPage:
    name: str
    url: str
    path: Path
    title: str | None
    author: str | None
    published: str | None  # the asserted instant, in UTC ("2016-09-19T11:46:01.000Z")
    zone: str | None  # the zone the site's extractor reads its dates in ("America/New_York")


def _js_unescape(match: re.Match[str]) -> str:
    """One escape of a JavaScript string: "\\xa0" is a no-break space, "\\'" a quote."""
    code = match.group(1) or match.group(2)
    return chr(int(code, 16)) if code else JS_ESCAPES.get(match.group(3), match.group(3))


def _js_assert(segment: str, name: str) -> str | None:
    match = re.search(r"assert\.(?:equal|strictEqual)\(\s*" + name + r"\s*,\s*" + JS_STRING, segment)
    if not match or match.group(1) == "null":
        return None
    return JS_ESCAPE_RE.sub(_js_unescape, match.group(1)[1:-1])


def read_mercury_pages(folder: Path) -> list[MercuryPage]:
    """postlight/parser's fixture pages, with what its tests assert.

    A fixture read by several tests is taken from the first: its address, title, author and date.
    """
    found: dict[str, MercuryPage] = {}
    for test in sorted((folder / MERCURY_TESTS).glob("*/index.test.js")):
        text = test.read_text(encoding="utf-8")
        source = test.with_name("index.js")
        zone = MERCURY_ZONE_RE.search(source.read_text(encoding="utf-8")) if source.exists() else None
        reads = list(MERCURY_FIXTURE_RE.finditer(text))
        for i, read in enumerate(reads):
            name = read.group(1)
            before = text[reads[i - 1].end() if i else 0: read.start()]
            after = text[read.end(): reads[i + 1].start() if i + 1 < len(reads) else len(text)]
            # The address is set just before the page is read, or (in later tests) just after.
            before_urls = MERCURY_URL_RE.findall(before)
            url = before_urls[-1] if before_urls else next(iter(MERCURY_URL_RE.findall(after)), None)
            path = folder / "fixtures" / name
            if name in found or not url or not path.exists():
                continue
            found[name] = MercuryPage(name, url, path,
                                      _js_assert(after, "title"), _js_assert(after, "author"),
                                      _js_assert(after, "date_published"), zone.group(1) if zone else None)
    return list(found.values())


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
# Visible text only: scripts, styles and tags out.
MARKUP_RE = re.compile(r"(?is)<(script|style|noscript)\b.*?</\1\s*>|<!--.*?-->|<[^>]+>")


def _written_forms(day: Any) -> list[str]:
    """How pages print a day with its year ("December 28, 2016", "Dec. 28, 2016", "28 December 2016",
    "2016-12-28", "2016/12/28", "2016年12月28日"), lower-case."""
    month = MONTHS[day.month - 1]
    forms = [f"{name} {day.day}, {day.year}" for name in (month, month[:3], month[:3] + ".", month[:4] + ".")]
    forms += [f"{day.day} {month} {day.year}", f"{day.day} {month[:3]} {day.year}",
              f"{day.year}-{day.month:02d}-{day.day:02d}", f"{day.year}/{day.month:02d}/{day.day:02d}",
              f"{day.year}年{day.month}月{day.day}日", f"{day.year}.{day.month:02d}.{day.day:02d}"]
    return forms


def mercury_day(page: MercuryPage, html: str) -> tuple[str | None, str]:
    """The day the page gives for the asserted instant, in the zone the page tells it, and how it was found.

    Mercury stores the instant in UTC; the day as the page shows it is, first found:
    * "stamp": the page's own timestamp of the same instant written in a local zone;
    * "site zone": the zone the site's extractor reads the page's dates in (a Tokyo site's midnight is
      15:00 UTC the day before), unless the page writes the instant in UTC;
    * "shown": of the days the instant falls on somewhere (UTC-12 to UTC+14), the one the page's visible
      text writes, when it writes one only (pagesix's "December 19, 2016 | 7:08pm" for 00:08 UTC on the 20th);
    * "utc": the UTC day.
    """
    import datetime as dt
    from zoneinfo import ZoneInfo

    if not page.published:
        return None, "none"
    instant = dt.datetime.fromisoformat(page.published.replace("Z", "+00:00"))
    written_in_utc = False
    for match in ZONED_STAMP_RE.finditer(html):
        year, month, day, hour, minute, second, zone = match.groups()
        offset = dt.timedelta() if zone == "Z" else (
            dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[-2:])) * (1 if zone[0] == "+" else -1))
        try:
            written = dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0),
                                  tzinfo=dt.timezone(offset))
        except ValueError:
            continue
        if abs((written - instant).total_seconds()) < 60:
            if offset:
                return f"{year}-{month}-{day}", "stamp"
            written_in_utc = True
    if page.zone and page.zone not in ("UTC", "GMT") and not written_in_utc:
        return instant.astimezone(ZoneInfo(page.zone)).date().isoformat(), "site zone"
    visible = " ".join(MARKUP_RE.sub(" ", html).split()).lower()
    days = {(instant + dt.timedelta(hours=hours)).date() for hours in range(-12, 15)}
    shown = [day for day in days if any(form in visible for form in _written_forms(day))]
    if len(shown) == 1:
        return shown[0].isoformat(), "shown"
    return instant.date().isoformat(), "utc"
