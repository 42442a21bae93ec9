"""A day the page's markup marks as its update (issue 16, session 19), for :mod:`.page_dates`.

Session 16's rule takes the modification day for the story's when the page shows its readers that day alone and
never labels it an update: the newsroom republished the story under it.  Blog and magazine themes show only the
last update under the headline with no word saying so, yet mark it in the markup: ``<time class="entry-updated
updated" itemprop="dateUpdated">November 12, 2018</time>``, while ``article:published_time``, ``DC.date.issued``
and the ``date`` meta give the first day.  The markup's word is the label the text leaves out: the day is the
update, and the recorded first day stands.

Only marks that name the update and nothing else count: hAtom's bare ``updated`` class sits on the publication
stamp in most WordPress themes (``entry-date published updated``, and teasers' ``entry-date updated``), so it is
not read alone; an element marked published as well is no update's.
"""

from __future__ import annotations

import re

import lxml.html

from ..text.dates import day_written_re

# A class or id naming the update with another word ("entry-updated", "date-modified", "updated-date",
# "lastModified", "post-modified-time"); a bare "updated" is hAtom's, on the publication stamp too.
UPDATE_MARK_RE = re.compile(
    r"(?:last|date|post|entry|article|time)[-_]?(?:updated|modified)|(?:updated|modified)[-_]?(?:date|time|on|at)(?![a-z])",
    re.IGNORECASE)
PUBLISHED_MARK_RE = re.compile(r"publish|created", re.IGNORECASE)
UPDATE_ITEMPROPS = frozenset(["datemodified", "dateupdated"])
# A marked element longer than a date line is a wrapper (a whole post marked "post-modified"), not the stamp.
UPDATE_LINE_MAX_CHARS = 80


def marked_update(tree: lxml.html.HtmlElement, day: str) -> bool:
    """Whether the page shows ``day`` (YYYY-MM-DD) in an element its markup marks as the update and not as the
    publication (``itemprop="dateModified"``/``"dateUpdated"``, a class such as ``entry-updated``)."""
    written = day_written_re(day)
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # a comment or processing instruction
        props = set((element.get("itemprop") or "").lower().split())
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if not (props & UPDATE_ITEMPROPS or UPDATE_MARK_RE.search(marks)):
            continue
        if "datepublished" in props or PUBLISHED_MARK_RE.search(marks):
            continue
        text = " ".join(element.text_content().split())
        if len(text) <= UPDATE_LINE_MAX_CHARS and written.search(text):
            return True
    return False
