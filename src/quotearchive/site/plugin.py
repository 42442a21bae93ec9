"""The archive's Datasette plugin: its pages, template variables and stylesheet.

Loaded through the ``datasette`` entry point in pyproject.toml, so it is
active whenever the package is installed.  The reading pages (``pages``)
reuse Datasette's own URLs: the home page is Datasette's index page, the
quote, speaker, topic and article pages are its row pages, drawn by the
``row-quotes-*.html`` templates with the data a hook adds here; search and
the search's CSV are routes of their own.  Everything the hooks return is
data; the templates escape it (Jinja autoescape), so quote text containing
markup shows as text.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils import urlsafe_components

from ..archive.schema import DB_NAME
from . import feeds, limits, moved, privacy, safecsv
from .metadata import TITLE
from .pages.article import article_page
from .pages.export import export_view
from .pages.home import home
from .pages.quote import quote_page
from .pages.repeated import repeated_view
from .pages.search import search_view
from .pages.speaker import speaker_page
from .pages.topic import topic_page
from .searchsyntax import fts_query
from .urls import ArchiveUrls

ROW_PAGES = {  # table: (template variable, the page's data)
    "quotes": ("quote_context", quote_page),
    "speakers": ("speaker_page", speaker_page),
    "topics": ("topic_page", topic_page),
    "articles": ("article_page", article_page),
}


@hookimpl
def prepare_jinja2_environment(env, datasette):
    # A global rather than a template variable: Datasette draws its error
    # pages (404) with base.html but without the plugins' variables.
    env.globals["qa_urls"] = ArchiveUrls(datasette)


@hookimpl
def extra_template_vars(datasette, view_name, database, table, request):
    async def inner():
        site = {"title": TITLE, "q": ""}
        if request is not None:
            site["q"] = request.args.get("q", "") if request.path.endswith("/search") else ""
        extra = {"qa_site": site}
        if view_name == "index":
            extra["qa_home"] = await home(datasette)
        elif view_name == "row" and database == DB_NAME and table in ROW_PAGES and request is not None:
            name, loader = ROW_PAGES[table]
            pks = urlsafe_components(request.url_vars.get("pks", ""))
            extra[name] = await loader(datasette, pks[0], request) if len(pks) == 1 else None
        return extra

    return inner


@hookimpl
def extra_css_urls(datasette):
    return [ArchiveUrls(datasette).stylesheet()]


@hookimpl
def register_routes():
    return [(r"^/search$", search_view), (r"^/-/quotes\.csv$", export_view), (r"^/repeated$", repeated_view)]


@hookimpl
def register_output_renderer(datasette):
    # datasette-atom's convention: a query with atom_id, atom_title, atom_updated renders as .atom.
    return {"extension": "atom", "render": feeds.render, "can_render": feeds.can_render}


@hookimpl
def asgi_wrapper(datasette):
    # Every request: bad parameters, facets, time and disconnects checked first (limits);
    # then Datasette's own .csv exports (every table page links one) made formula-safe.
    # An old address of an article or quote whose id changed with its date is sent on (moved).
    wrap, moved_rows = limits.guard(datasette), moved.guard(datasette)
    return lambda app: wrap(moved_rows(safecsv.guard(app)))


@hookimpl(trylast=True)  # after Datasette's own, which it replaces
def prepare_connection(conn, database, datasette):
    if database == DB_NAME and not privacy.is_owner(datasette):
        privacy.hide_paths(conn)
    # Table pages' ?_search= and the canned ranked search call escape_fts():
    # they read the search box's syntax (clim*, OR, -word) as /search does.
    conn.create_function("escape_fts", 1, fts_query, deterministic=True)
