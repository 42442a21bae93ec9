"""The day a page labels as its publication, over a record whose day the page never shows (session 20, issue 16).

``page_dates.published_date`` takes the page's records first (JSON-LD ``datePublished``, the published meta tags,
a marked ``<time>``) and checks them against the days the page shows.  Some CMSs fill those records with the day
of the last change, or of an import: a charity's press release records the 15th, and shows "Erschienen am:
13.10.2021" beside "Zuletzt geändert am: 15.10.2021"; a club's news page records the 15th and shows only
"Erscheinungsdatum 25.01.2022".  When the record's day is shown nowhere on the page, or only after an update's
label, and the page labels another day as its publication, the labelled day is the story's.  A record the page
shows as a date line keeps its place: the label may be a book's or an event's.

The labels are a publication's, in the languages the date rules read: "Published", "First published",
"Publication date", "Erschienen am", "Erscheinungsdatum", "Veröffentlicht am", "Publiziert am", "Publié le",
"Date de publication", "Publicado el", "Fecha de publicación", "Pubblicato il".
"""

from __future__ import annotations

import re

from ..text.dates import shown_dates

PUBLICATION_LABEL_RE = re.compile(
    r"\b(?:first published|published|publication date|date of publication|erschienen|erscheinungsdatum|"
    r"veröffentlicht|publiziert|publié|date de publication|publicado|fecha de publicación|pubblicato)"
    r"(?:\s+(?:on|am|le|el|il))?\s*:?\s*",
    re.IGNORECASE,
)
# A weekday between the label and its day ("Published: Tuesday, 7 March 2023").
WEEKDAY_RE = re.compile(
    r"^(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|Montag|Dienstag|Mittwoch|Donnerstag|"
    r"Freitag|Samstag|Sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\.?,?\s*", re.IGNORECASE)
LABELLED_DAY_CHARS = 40


def labelled_publication(text: str) -> str | None:
    """The ISO day written right after the first publication label of the page's visible ``text``, or None."""
    for label in PUBLICATION_LABEL_RE.finditer(text):
        window = text[label.end():label.end() + LABELLED_DAY_CHARS]
        window = WEEKDAY_RE.sub("", window)
        found = shown_dates(window)
        if found and found[0][0] == 0:
            return found[0][1]
    return None
