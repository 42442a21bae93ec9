"""A wire story's credit line at its foot (session 24, issue 16): "(Reporting by Jana Roe; Editing by Max Muster)".

Reuters' copy, on its own site and on others', names no writer in its byline's place: its records say "Reuters
Editorial" or "Reuters Staff" (a desk, read as the byline when no one is named) or "Reuters" (an agency), and the
writers are in the last paragraph, the credit line every Reuters story ends on: "(Reporting by Jana Roe in Paris;
Additional reporting by John Doe; Writing by Ann Poe; Editing by Max Muster)".  The writers are those who reported
and wrote; the editors and the additional reporters are not the story's byline (a researcher looks the story up by
its reporter; snacktory's labels for reuters.com pages give the reporter).

Read where the page's byline would be a desk's or an agency's credit, not where the page credits no one at all (the
corpus's labels give reuters.com's unsigned pages no byline, a convention kept): an element whose own text opens on
"Reporting by" or "Writing by" (a parenthesis before it or not), the whole line short, outside other stories' blocks,
every credited part a name (" in Paris" cut); the first such line on the page.  A sentence of the story ("Reporting by
the Guardian showed ...") names no one so and is passed over.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import lxml.html

from .page_names import _is_visible_name, _names
from .page_strings import collapse_space

TRAILER_OPEN_RE = re.compile(r"^\s*\(?\s*(?:reporting|writing|reported|written)\s+by\s", re.IGNORECASE)
# Each credit of the line: its label ("Additional reporting by", "Editing by") and the names up to the next label.
CREDIT_LABEL_RE = re.compile(
    r"(?:^|[;.]\s*|\s+and\s+|,\s*)\(?\s*(?P<label>(?:additional\s+)?(?:reporting|writing|reported|written|editing|edited|"
    r"compiled|compiling|graphics|research|fact-checking|production|photography|photos|video|design|sub-editing)\s+by)\s+",
    re.IGNORECASE)
WRITER_LABELS = frozenset(["reporting by", "writing by", "reported by", "written by"])
# "Jana Roe in Paris", "John Doe in Washington and New York": the place a reporter filed from.
# Capitalised words only: "Jana Roe in Paris showed the pier was unsafe" is a sentence, and stays one.
PLACE_TAIL_RE = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")
# The places of a whole credit, cut before it is split at "and" (review 4: "Jana Roe in Washington and New York"
# gave the writer "New York"): capitalised words joined by "and" or commas after the last "in".
PLACES_TAIL_RE = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:(?:\s+|\s*,\s*|\s+and\s+)[A-Z][\w.'’-]*){0,7}$")
TRAILER_MAX_CHARS = 300
# Lines opening on the label read at most: a page of them is no story's foot.
TRAILER_TRIES_MAX = 20


def reporting_trailer(tree: lxml.html.HtmlElement, block_of: Callable[[lxml.html.HtmlElement], str]) -> list[str]:
    """The reporters and writers of the page's first "(Reporting by ...; Editing by ...)" line outside other stories'
    blocks (``block_of`` says "main" for the story's own), or []."""
    tries = 0
    for element in tree.iter():
        if not isinstance(element.tag, str) or not element.text or not TRAILER_OPEN_RE.match(element.text):
            continue
        tries += 1
        if tries > TRAILER_TRIES_MAX:
            break
        text = collapse_space(element.text_content())
        if len(text) > TRAILER_MAX_CHARS or block_of(element) != "main":
            continue
        writers = trailer_writers(text)
        if writers:
            return writers
    return []


def trailer_writers(text: str) -> list[str]:
    """"(Reporting by Jana Roe in Paris; Editing by Max Muster)" -> ["Jana Roe"]: the names after a reporter's or a
    writer's label, when every credited part of the line is a name; else []."""
    text = collapse_space(text).strip().strip("()").strip()
    labels = list(CREDIT_LABEL_RE.finditer(text))
    if not labels or labels[0].start() != 0:
        return []
    writers: list[str] = []
    for label, following in zip(labels, labels[1:] + [None]):
        credited = PLACES_TAIL_RE.sub("", text[label.end():following.start() if following else len(text)].strip(" .;,"))
        parts = [PLACE_TAIL_RE.sub("", p).strip(" .") for p in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", credited)]
        if not credited or not all(p and _is_visible_name(p) and _names([p]) == [p] for p in parts):
            return []  # a part that is no name: the line is a sentence, not a credit
        if collapse_space(label.group("label")).lower() in WRITER_LABELS:
            writers += [p for p in parts if p not in writers]
    return writers
