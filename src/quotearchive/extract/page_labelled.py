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

Review fixes (session 20): a label anywhere in the visible text over-reached (a study "published on 12 April 2023"
in the story, a cookie banner's "Datenschutzerklärung – veröffentlicht am 25.05.2018", a reviewed book's
"Erscheinungsdatum" in a fact box, "Zuletzt veröffentlicht am", an update).  A label is now read only where it
opens its own element's text (a date line: "<p>Erschienen am: 13.10.2021</p>"), right after the headline (within
``page_dates.HEADLINE_DATE_CHARS``) or in the article's own ``<header>``; never after "last", "zuletzt", "erneut",
"updated", "re-"; and a record whose day the page shows without its year ("5. März, 10:00 Uhr") counts as shown.
"""


from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import lxml.html

from ..text.dates import MONTH_NUMBER_OF, shown_dates

PUBLICATION_LABEL_RE = re.compile(
    r"\b(?:first published|published|publication date|date of publication|erschienen|erscheinungsdatum|"
    r"veröffentlicht|publiziert|publié|date de publication|publicado|fecha de publicación|pubblicato)"
    r"(?:\s+(?:on|am|le|el|il))?\s*:?\s*",
    re.IGNORECASE,
)
# A weekday between the label and its day ("Published: Tuesday, 7 March 2023"); the longer names first, so that
# "Montag" is not read as "Mon" and "tag" left before the day.
WEEKDAY_RE = re.compile(
    r"^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?)\.?,?\s*", re.IGNORECASE)
# Words before a label that make it a later publication's: "Zuletzt veröffentlicht am", "last published", "re-published".
REPUBLISHED_RE = re.compile(r"(?:\blast|\bzuletzt|\berneut|\bwieder|\bupdated|\baktualisiert|\bre-?)\s*$", re.IGNORECASE)
LABELLED_DAY_CHARS = 40
HEADLINE_LABEL_CHARS = 200  # page_dates.HEADLINE_DATE_CHARS: the date line under the headline
HIDDEN_TAGS = frozenset(["script", "style", "noscript", "template", "head"])


def labelled_publication(tree: lxml.html.HtmlElement, text: str, record_day: str,
                         elsewhere: Callable[[lxml.html.HtmlElement], bool]) -> str | None:
    """The ISO day the page labels as its publication in a date line, under the headline or in the article's
    header, when the record's ``record_day`` is not shown even without its year; else None.  ``text``: the page's
    visible text; ``elsewhere``: whether an element is another block (page_dates.in_other_block)."""
    if shown_without_year(record_day, text):
        return None
    for window in _labelled_windows(tree, text, elsewhere):
        window = WEEKDAY_RE.sub("", window.lstrip(" :")[:LABELLED_DAY_CHARS])
        found = shown_dates(window)
        if found and found[0][0] == 0:
            return found[0][1]
    return None


def _labelled_windows(tree: lxml.html.HtmlElement, text: str,
                      elsewhere: Callable[[lxml.html.HtmlElement], bool]) -> Iterator[str]:
    """The text right after each accepted label, in the page's order of the three places."""
    heading = next((" ".join(h.text_content().split()) for h in tree.iter("h1") if h.text_content().strip()), "")
    at = text.find(heading) if heading else -1
    if at >= 0:
        start = at + len(heading)
        yield from _after_labels(text[start:start + HEADLINE_LABEL_CHARS + LABELLED_DAY_CHARS], HEADLINE_LABEL_CHARS)
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in HIDDEN_TAGS:
            continue
        own = " ".join((element.text or "").split())
        opens = PUBLICATION_LABEL_RE.match(own)
        in_header = element.tag == "header" and any(a.tag in ("article", "main") for a in element.iterancestors())
        if not (opens or in_header) or _hidden(element) or elsewhere(element):
            continue
        if opens:
            yield _following_text(element)[opens.end():]
        else:
            yield from _after_labels(" ".join(element.text_content().split()), None)


def _after_labels(text: str, within: int | None) -> Iterator[str]:
    for label in PUBLICATION_LABEL_RE.finditer(text):
        if within is not None and label.start() > within:
            return
        if not REPUBLISHED_RE.search(text[max(0, label.start() - 12):label.start()]):
            yield text[label.end():]


def _following_text(element: lxml.html.HtmlElement) -> str:
    """The element's text, then its tail and its next siblings' text, and its parents' ("<dt>Erschienen am</dt>
    <dd>13.10.2021</dd>"; an icon's "<svg><title>Erscheinungsdatum</title></svg> <span><time>...")."""
    pieces = [element.text_content()]
    node: lxml.html.HtmlElement | None = element
    for _level in range(3):
        if node is None:
            break
        pieces.append(node.tail or "")
        for sibling in node.itersiblings():
            if sum(map(len, pieces)) > 2 * LABELLED_DAY_CHARS:
                break
            pieces.extend([sibling.text_content() if isinstance(sibling.tag, str) else "", sibling.tail or ""])
        if len(" ".join(" ".join(pieces).split())) > 2 * LABELLED_DAY_CHARS:
            break
        node = node.getparent()
    return " ".join(" ".join(pieces).split())


def _hidden(element: lxml.html.HtmlElement) -> bool:
    return any(isinstance(a.tag, str) and a.tag in HIDDEN_TAGS for a in element.iterancestors())


def shown_without_year(day: str, text: str) -> bool:
    """Whether ``text`` shows the ISO ``day`` without its year: "5. März", "March 5", "5 Mar", "05.03."."""
    try:
        month, number = int(day[5:7]), int(day[8:10])
    except ValueError:
        return False
    names = "|".join(sorted((re.escape(n) for n, m in MONTH_NUMBER_OF.items() if m == month), key=len, reverse=True))
    no_year = r"(?!\.?,?\s*(?:19|20)\d\d)"  # a day shown with its year was asked of page_dates.shown_at already
    patterns = [rf"(?<![\d.])0?{number}\.?\s+(?:{names})\b{no_year}",
                rf"\b(?:{names})\.?\s+0?{number}(?!\d){no_year}"] if names else []
    patterns.append(rf"(?<![\d.])0?{number}\.0?{month}\.(?!\d)")
    return any(re.search(p, text, re.IGNORECASE) for p in patterns)
