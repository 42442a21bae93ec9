"""snacktory's test pages as labelled pages for ``make eval-html``: what its extractor tests assert
(title, author, publication instant) for each saved page, the outlet each page belongs to (the split
is by outlet), and the day a page shows for the asserted instant.  Scored in ``tools/evaluation_html.py``.

The set is the ``skyshard-master`` branch of smallrivers/snacktory (a Java article extractor, Apache-2.0;
commit b489095, 2017-06-23): ``ArticleTextExtractorTest.java`` reads each page from
``src/test/resources/de/jetwick/snacktory/<page>.html`` (or ``test_data/<page>.html``) and asserts, with
``assertEquals``, the ``getTitle()``, ``getAuthorName()`` and, through ``compareDates``, the ``getDate()``
its extractor gives.  ``compareDates`` reads a written date in UTC unless it carries its own offset, so a
label is an instant; ``snacktory_day`` gives the day the page shows for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .mercury_pages import MercuryPage, mercury_day

SNACKTORY_TESTS = Path("src/test/java/de/jetwick/snacktory/ArticleTextExtractorTest.java")
SNACKTORY_RESOURCES = Path("src/test/resources/de/jetwick/snacktory")
JAVA_STRING = r'"((?:[^"\\\n]|\\.)*)"'
JAVA_ESCAPE_RE = re.compile(r"\\(?:u+([0-9a-fA-F]{4})|(.))")
JAVA_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}
TEST_METHOD_RE = re.compile(r"@Test\b[^{]*?\bvoid\s+(\w+)\s*\([^)]*\)[^{]*\{")
# Each page is read by one of two helpers: a class resource ("cnn.html") or a file under the checkout.
PAGE_READ_RE = re.compile(r'getResourceAsStream\(\s*"([^"]+)"\s*\)|readFileAsString\(\s*"([^"]+)"\s*\)')
SET_URL_RE = re.compile(r'\.setUrl\(\s*' + JAVA_STRING + r'\s*\)')
COMMENT_URL_RE = re.compile(r"(?m)^\s*//\s*\??\s*(https?://\S+)")
TITLE_RE = re.compile(r"assertEquals\(\s*" + JAVA_STRING + r"\s*,\s*\w+\.getTitle\(\)\s*\)")
AUTHOR_RE = re.compile(r"assertEquals\(\s*(?:" + JAVA_STRING + r"|StringUtils\.EMPTY)\s*,\s*\w+\.getAuthorName\(\)\s*\)")
DATE_RE = re.compile(r"compareDates\(\s*" + JAVA_STRING + r"\s*,\s*\w+\.getDate\(\)\s*\)")
LINE_COMMENT_RE = re.compile(r"(?m)^\s*//.*$")
BLOCK_COMMENT_RE = re.compile(r"(?s)/\*.*?\*/")
# "2017-06-19 13:49:20 -05:00", "2017-05-10 00:00:00", "2016-07-20": compareDates's patterns.
WRITTEN_DATE_RE = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:[ T](\d\d):(\d\d)(?::(\d\d))?)?\s*(Z|UTC|[+-]\d\d:?\d\d)?$")
# Second-level labels under which a country's registrable domains sit ("bbc.co.uk", "afr.com.au").
SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"}
# Pages snacktory took from goose's tests that the shared corpus already holds (as goose3's): the same
# address or the same <title>.  Left out, so that the set is pages no other set scores.
IN_SHARED_CORPUS = frozenset({"aolnews.html", "cnet.html", "cnn2.html", "engadget2.html", "espn.html",
                              "foxnews.html", "huffingtonpost.html", "politico.html", "time.html"})


@dataclass
class SnacktoryPage:
    name: str  # the page's path under the checkout
    url: str | None
    path: Path
    title: str | None
    author: str | None  # None: not asserted, or asserted empty (the extractor's "none", not checked)
    published: str | None  # as written in the test ("2017-01-19 00:14:00"): UTC unless it carries an offset
    outlet: str  # the brand: the registrable domain's name ("nytimes"), else the file's name without digits


def _java_unescape(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        return chr(int(match.group(1), 16)) if match.group(1) else JAVA_ESCAPES.get(match.group(2), match.group(2))
    return JAVA_ESCAPE_RE.sub(one, text)


def outlet_of(url: str | None, name: str) -> str:
    """The outlet a page belongs to, as its brand: its address's registrable domain without the
    suffix ("www.bbc.co.uk" -> "bbc", "nation.foxnews.com" -> "foxnews"), else its file's name up to
    a dot or underscore without digits ("cnbc2.html" -> "cnbc", "cio2.com.html" -> "cio",
    "bbc_nocss.html" -> "bbc"), so a page named by its file and one by its address are one outlet."""
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [label for label in host.lower().split(".") if label]
    if len(labels) >= 2:
        keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL else 2
        return labels[-keep]
    stem = re.split(r"[._]", Path(name).name.lower(), maxsplit=1)[0]
    return re.sub(r"\d+$", "", stem) or stem


def _first(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    return next(pattern.finditer(text), None)


def read_snacktory_pages(folder: Path) -> list[SnacktoryPage]:
    """snacktory's test pages, with what its tests assert; a page read by several tests is taken from the first.

    Pages the shared corpus already holds (``IN_SHARED_CORPUS``) are left out.  Commented-out assertions are
    no labels; an author asserted empty is no label (the extractor found none,
    which no one checked against the page); a page given as a string literal, not a file, is skipped.
    """
    source = (folder / SNACKTORY_TESTS).read_text(encoding="utf-8")
    source = LINE_COMMENT_RE.sub(lambda m: m.group(0) if COMMENT_URL_RE.search(m.group(0)) else "", source)
    source = BLOCK_COMMENT_RE.sub("", source)
    methods = list(TEST_METHOD_RE.finditer(source))
    found: dict[str, SnacktoryPage] = {}
    for i, method in enumerate(methods):
        body = source[method.end(): methods[i + 1].start() if i + 1 < len(methods) else len(source)]
        reads = list(PAGE_READ_RE.finditer(body))
        for j, read in enumerate(reads):
            before = body[reads[j - 1].end() if j else 0: read.start()]
            after = body[read.end(): reads[j + 1].start() if j + 1 < len(reads) else len(body)]
            resource, file = read.groups()
            name = str(SNACKTORY_RESOURCES / resource) if resource else file
            path = folder / name
            if name in found or not path.is_file() or Path(name).name in IN_SHARED_CORPUS:
                continue
            set_urls = SET_URL_RE.findall(before)
            comment = _first(COMMENT_URL_RE, before)
            url = set_urls[-1] if set_urls else (comment.group(1) if comment else None)
            title, author, date = (_first(p, after) for p in (TITLE_RE, AUTHOR_RE, DATE_RE))
            found[name] = SnacktoryPage(
                name, url, path,
                _java_unescape(title.group(1)) if title else None,
                _java_unescape(author.group(1)) if author and author.group(1) else None,
                date.group(1) if date else None,
                outlet_of(url, name))
    return list(found.values())


def asserted_instant(written: str) -> tuple[str, bool] | None:
    """The asserted date as an ISO instant in UTC, and whether it is a day only (midnight, no offset).

    compareDates reads "2017-05-10 00:00:00" and "2016-07-20" as midnight UTC: a page's date-only record;
    its day is the day written.  An offset ("-05:00") is applied (and the day written is the page's).
    """
    import datetime as dt

    match = WRITTEN_DATE_RE.match(written.strip())
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    offset = dt.timedelta()
    if zone and zone not in ("Z", "UTC"):
        sign = 1 if zone[0] == "+" else -1
        offset = sign * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[-2:]))
    moment = dt.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0),
                         tzinfo=dt.timezone(offset))
    day_only = not zone and int(hour or 0) == int(minute or 0) == int(second or 0) == 0
    return moment.astimezone(dt.timezone.utc).isoformat(), day_only


def snacktory_day(page: SnacktoryPage, html: str) -> tuple[str | None, str]:
    """The day the page gives for the asserted date, and how it was found ("day" for a date-only label,
    "written zone" for one written with its offset, else as ``mercury_day``: "stamp", "shown" or "utc";
    "none" when nothing is asserted)."""
    if not page.published:
        return None, "none"
    instant = asserted_instant(page.published)
    if instant is None:
        return None, "none"
    iso, day_only = instant
    if day_only:
        return page.published.strip()[:10], "day"
    if re.search(r"[+-]\d\d:?\d\d$", page.published.strip()):
        return page.published.strip()[:10], "written zone"
    return mercury_day(MercuryPage(page.name, page.url or "", page.path, None, None, iso, None), html)
