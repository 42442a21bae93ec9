"""Reading dates: the one module that turns written dates into ISO 8601.

Every date is kept only as precise as its text: ``(iso, precision)`` with
precision ``datetime`` | ``day`` | ``month-day`` (``--06-15`` when no year is
written).  Four kinds of writing, one function each:

* ``parse_date``: dates in prose and article headers ("June 14, 6:11 UTC+3",
  "14 June 2017", "3 июня 2017 г.", "2017-06-14");
* ``normalise_date``: machine-written dates in page metadata and crawler
  records (ISO 8601, RFC 822, Unix timestamps);
* ``numeric_date``: a numeric date in a page's visible text ("2023-11-17
  10:31", "2023年11月17日");
* ``reuters_date``: the wire's own stamp ("26-FEB-1987 15:01:01.79").
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime
from functools import lru_cache

from dateutil import parser as date_parser
from dateutil import tz

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
# "NEW YORK" after a header date: the place the story was filed from.
TRAILING_PLACE_RE = re.compile(r"\s+(?P<place>[A-Z][A-Z .'-]{1,40})$")
# What a date line may hold besides its date: a label, punctuation, digits.
DATE_LINE_LEFTOVER_RE = re.compile(r"\b(?:date|published|updated|posted)\b|[\W\d]", re.I)
# "15th" -> "15" before dateutil reads it.
ORDINAL_SUFFIX_RE = re.compile(r"(\d)(st|nd|rd|th)\b")
# "UTC", "UTC+3", "GMT -5:30": the written zones read as an offset (others are left out).
UTC_OFFSET_RE = re.compile(r"(?:UTC|GMT)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?$", re.I)
# Machine dates: a Unix timestamp; a clock time that says the date has a time.
UNIX_TIMESTAMP_RE = re.compile(r"\d{9,11}(?:\.\d+)?")
CLOCK_RE = re.compile(r"\d{1,2}:\d{2}")
# "26-FEB-1987 15:01:01.79" (a few records have a stray space or digit).
REUTERS_DATE_RE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})(?:\s+\d*?(\d{1,2}):(\d{2}):(\d{2}))?")
MONTH_NUMBERS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}
# Zone abbreviations pages print ("Fri, 13 Aug 2010 16:08:00 EST"); ambiguous ones (IST, CST in Asia) left out.
TZINFOS = {
    "UTC": 0, "GMT": 0, "Z": 0, "EST": -5 * 3600, "EDT": -4 * 3600, "CDT": -5 * 3600, "MST": -7 * 3600,
    "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600, "BST": 3600, "CET": 3600, "CEST": 2 * 3600,
    "EET": 2 * 3600, "EEST": 3 * 3600, "MSK": 3 * 3600, "JST": 9 * 3600, "KST": 9 * 3600,
    "AEST": 10 * 3600, "AEDT": 11 * 3600,
}
# Dates in the visible text near the headline: "2023-11-17 10:31:05", "2023年11月17日".
NUMERIC_DATE_RE = re.compile(r"\b((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s*(\d{1,2}:\d{2}(?::\d{2})?))?")
# Every date pattern has a digit: a line without one is no date, known without
# the three regex substitutions (the headline was tested three times per article).
DIGIT_RE = re.compile(r"\d")


@lru_cache(maxsize=1024)  # each header line is asked about three times (headline, dates, section)
def is_date_line(line: str) -> bool:
    """A header line that is a date, maybe with a time, place or label."""
    if len(line.split(None, 9)) > 9 or not DIGIT_RE.search(line):
        return False
    rest = ISO_DATE_RE.sub("", line)
    rest = RUSSIAN_DATE_RE.sub("", rest)
    rest = TEXT_DATE_RE.sub("", rest)
    if rest == line:
        return False
    rest = TRAILING_PLACE_RE.sub("", rest)
    return len(DATE_LINE_LEFTOVER_RE.sub("", rest)) <= 3


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
    date_text = ORDINAL_SUFFIX_RE.sub(r"\1", date_text)
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
    m = UTC_OFFSET_RE.match(zone_text.strip())
    if m:
        if not m.group(1):
            return tz.UTC
        sign = 1 if m.group(1) == "+" else -1
        return tz.tzoffset(None, sign * (int(m.group(2)) * 3600 + int(m.group(3) or 0) * 60))
    return None


def header_date(lines: list[str]) -> tuple[str, str] | None:
    """The publication date the header lines support, as precisely as they support it.

    Sites print a date more than once: "date 2017-06-14" and "June 14, 6:11
    UTC+3".  The second has the time but no year; when the first states the
    year of that same day, together they make a full datetime.
    """
    found = [(line, parse_date(line)) for line in lines]
    found = [(line, parsed) for line, parsed in found if parsed]
    with_year = [parsed for _, parsed in found if parsed[1] != "month-day"]
    if with_year:
        day = with_year[0]
        for line, parsed in found:
            m = TEXT_DATE_RE.search(line)
            if parsed[1] == "month-day" and m and (m.group("time1") or m.group("time2")):
                timed = _from_parts(
                    f"{m.group('date')} {day[0][:4]}", m.group("time1") or m.group("time2"), m.group("zone1") or m.group("zone2")
                )
                if timed and timed[0][:10] == day[0][:10]:
                    return timed
        return day
    return found[0][1] if found else None


def normalise_date(text: str | None) -> tuple[str, str] | None:
    """ISO 8601 and its precision ("datetime" | "day") from a date as pages write it."""
    if not text or not isinstance(text, str):
        return None
    text = " ".join(text.split())
    if not DIGIT_RE.search(text) or len(text) > 80:
        return None
    try:
        if UNIX_TIMESTAMP_RE.fullmatch(text):
            return datetime.utcfromtimestamp(float(text)).replace(microsecond=0).isoformat() + "+00:00", "datetime"
        default = datetime(1, 1, 1)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # dateutil warns on zone names it does not know
            parsed = date_parser.parse(text, default=default, fuzzy=True, tzinfos=TZINFOS)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.year < 1990 or parsed.year > 2100:
        return None
    has_time = bool(CLOCK_RE.search(text)) and not (
        parsed.hour == parsed.minute == parsed.second == 0 and parsed.tzinfo is None
    )
    if not has_time:
        return parsed.date().isoformat(), "day"
    return parsed.replace(microsecond=0).isoformat(), "datetime"


def names_a_day(text: str | None) -> bool:
    """Whether a machine-written date names its day ("2017/01" does not; nor does a date whose
    month name the parser cannot read, "07 أكتوبر 2020", where it takes "07" for the month).

    ``normalise_date`` fills a missing day with the 1st: read twice with two
    different default days, a date that names its day reads the same.
    """
    if not text or not isinstance(text, str):
        return False
    text = " ".join(text.split())
    if UNIX_TIMESTAMP_RE.fullmatch(text):
        return True
    readings = []
    for default_day in (1, 2):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                readings.append(date_parser.parse(text, default=datetime(2000, 1, default_day), fuzzy=True, tzinfos=TZINFOS).day)
        except (ValueError, OverflowError, TypeError):
            return False
    return readings[0] == readings[1]


FULL_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def writes_its_year(text: str | None) -> bool:
    """Whether a machine-written date gives its year in full ("14-12-29" does not: dateutil
    reads it as 2029-12-14); a Unix timestamp does."""
    if not text or not isinstance(text, str):
        return False
    text = text.strip()
    return bool(UNIX_TIMESTAMP_RE.fullmatch(text) or FULL_YEAR_RE.search(text))


def numeric_date(text: str) -> tuple[str, str] | None:
    """The first numeric date in ``text`` ("2023-11-17 10:31:05", "2023年11月17日"), if it is a real day."""
    match = NUMERIC_DATE_RE.search(text)
    if not match:
        return None
    year, month, day, clock = match.groups()
    try:
        value = datetime(int(year), int(month), int(day))
    except ValueError:
        return None
    if clock:
        hours, minutes = clock.split(":")[:2]
        if int(hours) < 24 and int(minutes) < 60:
            return f"{value.date().isoformat()}T{int(hours):02d}:{minutes}:00", "datetime"
    return value.date().isoformat(), "day"


def reuters_date(value: str) -> tuple[str, str] | None:
    """ISO 8601 from ``26-FEB-1987 15:01:01.79`` (no zone is given, so none is added)."""
    match = REUTERS_DATE_RE.search(value)
    if not match:
        return None
    day, month, year, hour, minute, second = match.groups()
    try:
        date = datetime(int(year), MONTH_NUMBERS[month.upper()], int(day))
        if hour is not None:
            return date.replace(hour=int(hour), minute=int(minute), second=int(second)).isoformat(), "datetime"
    except (KeyError, ValueError):
        return None
    return date.date().isoformat(), "day"


# Month names as pages print them beside a headline, per language (the day is
# looked for as written, not parsed: see ``day_written_re``).
MONTH_NAMES = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}
MONTH_ABBREVIATIONS = {"en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", "de": "Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez"}


@lru_cache(maxsize=256)
def day_written_re(day: str) -> re.Pattern[str]:
    """The ways a page writes the day ``day`` (ISO "2022-01-25") for its readers.

    "2022-01-25", "25.01.2022", "25.1.22", "01/25/2022", "25/01/2022", "01.25.22" (a day after the 12th),
    "January 25, 2022", "Jan. 25th 2022", "25 January 2022", "25. Januar 2022",
    "25 de enero de 2022"; never inside a longer number.
    """
    year, month, dom = int(day[:4]), int(day[5:7]), int(day[8:10])
    d = rf"0?{dom}" if dom < 10 else str(dom)
    m = rf"0?{month}" if month < 10 else str(month)
    y = rf"(?:{year}|{year % 100:02d})"
    names = [MONTH_NAMES[lang].split()[month - 1] for lang in MONTH_NAMES]
    names += [MONTH_ABBREVIATIONS[lang].split()[month - 1] for lang in MONTH_ABBREVIATIONS]
    month_name = "(?:" + "|".join(sorted({re.escape(n) for n in names}, key=len, reverse=True)) + r")\.?"
    ordinal = r"(?:st|nd|rd|th|er)?\.?"
    forms = [
        rf"{year}-{month:02d}-{dom:02d}", rf"{year}/{month:02d}/{dom:02d}",
        rf"{d}\.\s?{m}\.\s?{y}", rf"{d}/{m}/{y}", rf"{m}/{d}/{y}", rf"{d}-{m}-{year}",
        rf"{month_name}\s+{d}{ordinal},?\s+{year}", rf"{d}{ordinal}\s+(?:de\s+)?{month_name},?\s+(?:de\s+)?{year}",
    ]
    if dom > 12:
        # American order with dots ("12.29.14" by a byline), where no European day-first date
        # reads the same ("5.12.14" stays the 5th of December only).
        forms.append(rf"{m}\.{d}\.{y}")
    return re.compile(r"(?<![\d.])(?:" + "|".join(forms) + r")(?![\d])", re.IGNORECASE)


def _month_numbers() -> dict[str, int]:
    numbers: dict[str, int] = {}
    for table in (MONTH_NAMES, MONTH_ABBREVIATIONS):
        for names in table.values():
            for number, name in enumerate(names.split(), 1):
                numbers.setdefault(name.lower(), number)
    numbers["sept"] = 9
    return numbers


MONTH_NUMBER_OF = _month_numbers()
_MONTH_NAME = "(?:" + "|".join(sorted(map(re.escape, MONTH_NUMBER_OF), key=len, reverse=True)) + r")\.?"
# A day as pages print it for readers: "25.01.2022", "2022-01-25", "January 25, 2022",
# "25 January 2022", "25. Januar 2022", "25 de enero de 2022".
SHOWN_DATE_RE = re.compile(
    r"(?<![\d.])(?:"
    r"(?P<d1>\d{1,2})\.\s?(?P<m1>\d{1,2})\.\s?(?P<y1>(?:19|20)\d\d)"
    r"|(?P<y2>(?:19|20)\d\d)-(?P<m2>\d\d)-(?P<d2>\d\d)"
    rf"|(?P<n3>{_MONTH_NAME})\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y3>(?:19|20)\d\d)"
    rf"|(?P<d4>\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?(?P<n4>{_MONTH_NAME}),?\s+(?:de\s+)?(?P<y4>(?:19|20)\d\d)"
    r"|(?P<a5>\d{1,2})/(?P<b5>\d{1,2})/(?P<y5>(?:19|20)\d\d)"
    r")(?!\d)",
    re.IGNORECASE,
)


def shown_dates(text: str) -> list[tuple[int, str]]:
    """Every day ``text`` prints for readers, as (where it starts, ISO day), in order; impossible days left out.

    A day written with slashes is read only when one of its first two numbers cannot be a month
    ("17/02/2022", "02/17/2022"); "03/04/2022" is the 3rd of April or the 4th of March, by country.
    """
    found = []
    for match in SHOWN_DATE_RE.finditer(text):
        groups = match.groupdict()
        if groups.get("y5"):
            first, second = int(groups["a5"]), int(groups["b5"])
            if (first > 12) == (second > 12):
                continue
            groups.update(d5=str(max(first, second)), m5=str(min(first, second)))
        for i in "12345":
            if groups.get(f"y{i}"):
                year, day = int(groups[f"y{i}"]), int(groups[f"d{i}"])
                month_text = groups.get(f"m{i}") or groups.get(f"n{i}")
                month = int(month_text) if month_text.isdigit() else MONTH_NUMBER_OF.get(month_text.lower().rstrip("."), 0)
                try:
                    found.append((match.start(), datetime(year, month, day).date().isoformat()))
                except ValueError:
                    pass
                break
    return found
