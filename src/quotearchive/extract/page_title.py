"""An ``<h1>`` that is the site's name, not the story's headline.

A blog's or small site's page header holds its name in an ``<h1>`` ("Four Years Remaining" on
fouryears.eu, "Time 4 talks" on time4talks.com), and its ``<title>`` opens with the same name ("Four
Years Remaining » Blog Archive » Post title"), the post's title in an ``<h2>``/``<h3>`` below.  That
``<h1>`` starts the ``<title>``, as a headline with a short tail does ("Headline (AAPL, FB)"), so it
was taken as the headline; it names the site when it is a short heading beginning with the address's name.
The site's recorded names are not asked: some pages record their headline as one ("application-name").
"""

from __future__ import annotations

import re

from .page_strings import alnum_key

# A heading this short that begins with the address's name is the site's name ("Four Years Remaining").
SITE_HEADING_MAX_WORDS = 3
# An address's name this short ("ap", "ft", "bbc") begins too many headlines' words.
HOST_NAME_MIN_CHARS = 5


# After the site's name, the <title> goes on past a separator of a site's path ("Four Years Remaining » Blog
# Archive » ..."), not a colon: "Arsenal 2-1 Liverpool: Saka double seals the win | Arsenal.com" is a headline and its
# subtitle on arsenal.com (review 6).
SITE_PATH_SEPARATOR_RE = re.compile(r"\s+(?:[|»·/–—-]|::)\s+")


def heading_names_site(heading: str, host: str | None, page_title: str = "") -> bool:
    """Whether ``heading`` is the site's name: a short heading that begins with the address's name, and that the
    ``<title>`` opens with, a site path's separator after it."""
    key, host_key = alnum_key(heading), alnum_key(host or "")
    if not (len(host_key) >= HOST_NAME_MIN_CHARS and key.startswith(host_key) and
            len(heading.split()) <= SITE_HEADING_MAX_WORDS):
        return False
    title = " ".join(page_title.split())
    heading = " ".join(heading.split())
    return title.lower().startswith(heading.lower()) and SITE_PATH_SEPARATOR_RE.match(title, len(heading)) is not None
