"""Every link the archive's pages draw, built in one place (as Datasette's ``url_builder``).

``ArchiveUrls`` wraps Datasette's ``datasette.urls`` (so a ``base_url``
setting prefixes every path) and knows the archive's own addresses:

=====================================  =====================================
``home()``                             ``/``
``database()``                         ``/quotes``
``table("speakers")``                  ``/quotes/speakers``
``table("quotes", {"year": 2017})``    ``/quotes/quotes?year=2017``
``row("topics", "nato")``              ``/quotes/topics/nato``
``quote(id)``, ``speaker(id)``,        ``/quotes/quotes/<id>``, ...
``topic(slug)``, ``article(id)``
``search({"q": "nato"}, page=2)``      ``/search?q=nato&page=2``
``outlet("RT")``                       ``/search?outlet=RT``
``export_csv({"q": "nato"})``          ``/-/quotes.csv?q=nato``
``repeated({"sort": "outlets"})``      ``/repeated?sort=outlets``
``feed("speaker", {"speaker": 5})``    ``/quotes/speaker_feed.atom?speaker=5``
``stylesheet()``                       ``/-/static-plugins/quotearchive/quotearchive.css``
=====================================  =====================================

Query arguments keep their order and leave out the ones whose value is
``None`` or ``""``, so a page can write ``search(state, page=None)`` to drop
an argument.  Row keys are tilde-encoded as Datasette encodes them.  The
templates reach the same object as ``qa_urls`` (a Jinja global, so that
Datasette's error pages, drawn without template variables, have it too).

The table pages' facet links change the current request's query string:
``with_args`` and ``without_args`` are Datasette's own helpers for that.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterable, Mapping
from typing import Any

from datasette.utils import path_with_added_args, path_with_removed_args, tilde_encode

from ..archive.schema import DB_NAME

PLUGIN_NAME = "quotearchive"  # the distribution name, which names the static path
STYLESHEET = "quotearchive.css"
SEARCH_PATH = "search"
EXPORT_PATH = "-/quotes.csv"
REPEATED_PATH = "repeated"

Args = Mapping[str, Any] | Iterable[tuple[str, Any]] | None


def query_string(args: Args, *, spaces: str = "+") -> str:
    """``a=1&b=x+y``: the arguments whose value is not None or "", in order.

    ``spaces="%20"`` writes a space as ``%20`` and keeps ``/`` as it is, as
    Jinja's ``urlencode`` filter does (the links to an outlet's quotes have
    always been written so); both forms read back the same.
    """
    pairs = args.items() if isinstance(args, Mapping) else (args or ())
    kept = [(k, v) for k, v in pairs if v is not None and v != ""]
    if spaces == "+":
        return urllib.parse.urlencode(kept)
    return urllib.parse.urlencode(kept, safe="/", quote_via=urllib.parse.quote)


def with_query(path: str, args: Args, *, spaces: str = "+") -> str:
    """``path?query``, or ``path`` alone when no argument has a value."""
    query = query_string(args, spaces=spaces)
    return f"{path}?{query}" if query else path


def through(value: Any) -> str:
    """Datasette's ``?_through=`` value selecting the quotes on one topic.

    (The table pages' topic facet writes the same JSON without spaces:
    ``facets.ThroughFacet``; both select the same rows.)
    """
    return json.dumps({"table": "quote_topics", "column": "topic", "value": value})


def external(url: str | None) -> str | None:
    """The URL if it is http(s), else None: only those become links to a source."""
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else None


def archived_copy(url: str | None, published: str | None) -> str | None:
    """The Internet Archive's copy of an http(s) URL nearest the article's date (its
    Wayback Machine, which redirects a timestamp to the closest capture): news
    links rot, and the copy is how a reader checks a quote after they do."""
    url = external(url)
    if url is None:
        return None
    date = (published or "")[:10]
    # 2005-03-02 -> 20050302, 2005-03 -> 200503 (the Wayback Machine reads a partial
    # timestamp); undated, or a day without its year (--06-15): the list of every capture.
    stamp = "" if date.startswith("-") else "".join(ch for ch in date if ch.isdigit())
    return f"https://web.archive.org/web/{stamp or '*'}/{url}"


def with_args(datasette, request, args: Mapping[str, Any]) -> str:
    """The current page with these query arguments added (a facet value chosen), absolute."""
    return datasette.absolute_url(request, datasette.urls.path(path_with_added_args(request, args)))


def without_args(datasette, request, args: Mapping[str, Any], *, absolute: bool = True) -> str:
    """The current page with these ``key=value`` arguments removed (a facet value cleared, a facet hidden)."""
    path = datasette.urls.path(path_with_removed_args(request, args))
    return datasette.absolute_url(request, path) if absolute else path


class ArchiveUrls:
    """The archive's addresses for one Datasette instance (see the module docstring)."""

    def __init__(self, datasette) -> None:
        self.ds = datasette

    def home(self) -> str:
        return self.ds.urls.instance()

    def database(self) -> str:
        return self.ds.urls.database(DB_NAME)

    def table(self, table: str, args: Args = None, *, format: str | None = None) -> str:
        return with_query(self.ds.urls.table(DB_NAME, table, format=format), args)

    def row(self, table: str, key: Any) -> str:
        return self.ds.urls.row(DB_NAME, table, tilde_encode(str(key)))

    def quote(self, quote_id: Any) -> str:
        return self.row("quotes", quote_id)

    def speaker(self, speaker_id: Any) -> str:
        return self.row("speakers", speaker_id)

    def topic(self, slug: str) -> str:
        return self.row("topics", slug)

    def article(self, article_id: Any) -> str:
        return self.row("articles", article_id)

    def search(self, args: Args = None, /, **more: Any) -> str:
        """The search page; ``more`` adds to ``args`` or replaces (None: removes) one of them."""
        merged = dict(args.items() if isinstance(args, Mapping) else (args or ()))
        merged.update(more)
        return with_query(self.ds.urls.path(SEARCH_PATH), merged)

    def outlet(self, outlet: str) -> str:
        """The search for one outlet's quotes (spaces written ``%20``)."""
        return with_query(self.ds.urls.path(SEARCH_PATH), {"outlet": outlet}, spaces="%20")

    def export_csv(self, args: Args = None) -> str:
        """The formula-safe CSV of every quote a search matches (``/search``'s arguments)."""
        return with_query(self.ds.urls.path(EXPORT_PATH), args)

    def repeated(self, args: Args = None) -> str:
        """The statements reported in more than one article (``pages.repeated``)."""
        return with_query(self.ds.urls.path(REPEATED_PATH), args)

    def feed(self, kind: str, args: Args = None) -> str:
        """The Atom feed of a speaker's, a topic's or a search's newest quotes (``feeds``)."""
        return with_query(self.ds.urls.database(DB_NAME) + f"/{kind}_feed.atom", args)

    def stylesheet(self) -> str:
        return self.ds.urls.static_plugins(PLUGIN_NAME, STYLESHEET)
