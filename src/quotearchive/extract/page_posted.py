"""A byline written after its date, "Posted on September 21, 2020 by Jana Roe" (session 18, issue 16).

WordPress themes and many CMSs print the post's date and its writer in one line, the date first; the byline
element's text then opens on the date, and :mod:`.page_byline` cut everything from the first date to the end
(a date glued after a name, "Jana Roe | Posted Feb. 27", ends the name), so the name after the date was lost.
Here the line's head, up to its "by", is cut when it is a date and nothing else: "Posted on", "Published",
"Veröffentlicht am", then words that are months, weekdays, numbers, times and their small words ("at", "um",
"de").  A head with any other word ("Reviewed by", "Photo by", "Sponsored by") is not cut.
"""

from __future__ import annotations

import re

# The words before a date ("Posted on", "Published", "Veröffentlicht am", "Publié le").
_POSTED = (r"(?:(?:posted|published|updated|last\s+updated|veröffentlicht|aktualisiert|publié|mis\s+à\s+jour|"
           r"publicado|pubblicato)\s*:?\s*)?(?:on|am|le|el|il|den)?\s*")
DATE_THEN_BY_RE = re.compile(rf"^\s*{_POSTED}(?P<date>.{{1,50}}?)\s+(?:by|von|par|por|di|door)\s+(?=\S)", re.IGNORECASE)
# A date's words: months and weekdays (English, German, French, Spanish, Italian, Dutch; abbreviated or whole), the
# small words between a date's parts, a time's.
DATE_WORDS = frozenset("""
january february march april may june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec januar februar märz mai juni juli oktober dezember janvier février mars avril juin juillet
août septembre octobre novembre décembre enero febrero marzo abril mayo junio julio agosto septiembre octubre
noviembre diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre januari februari maart
mei augustus
monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun montag dienstag mittwoch
donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche
at um à a de del of the am pm a.m. p.m. uhr h utc gmt
""".split())
DATE_TOKEN_RE = re.compile(r"[\w.'’]+")


def without_date_before_by(text: str) -> str:
    """"Posted on September 21, 2020 by Jana Roe" -> "Jana Roe"; any other text as it is."""
    match = DATE_THEN_BY_RE.match(text)
    if match is None:
        return text
    words = DATE_TOKEN_RE.findall(match.group("date").lower())
    if not words or not any(any(c.isdigit() for c in w) for w in words):
        return text  # no number: no date ("Photos by")
    if all(any(c.isdigit() for c in w) or w in DATE_WORDS for w in words):
        return text[match.end():]
    return text
