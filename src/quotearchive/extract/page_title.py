"""An ``<h1>`` that is the site's name, not the story's headline.

A blog's or small site's page header holds its name in an ``<h1>`` ("Four Years Remaining" on
fouryears.eu, "Time 4 talks" on time4talks.com), and its ``<title>`` opens with the same name ("Four
Years Remaining » Blog Archive » Post title"), the post's title in an ``<h2>``/``<h3>`` below.  That
``<h1>`` starts the ``<title>``, as a headline with a short tail does ("Headline (AAPL, FB)"), so it
was taken as the headline; it names the site when it is a short heading beginning with the address's name.
The site's recorded names are not asked: some pages record their headline as one ("application-name").
"""

from __future__ import annotations

from .page_strings import alnum_key

# A heading this short that begins with the address's name is the site's name ("Four Years Remaining").
SITE_HEADING_MAX_WORDS = 3
# An address's name this short ("ap", "ft", "bbc") begins too many headlines' words.
HOST_NAME_MIN_CHARS = 5


def heading_names_site(heading: str, host: str | None) -> bool:
    """Whether ``heading`` is the site's name: a short heading that begins with the address's name."""
    key, host_key = alnum_key(heading), alnum_key(host or "")
    return len(host_key) >= HOST_NAME_MIN_CHARS and key.startswith(host_key) and \
        len(heading.split()) <= SITE_HEADING_MAX_WORDS
