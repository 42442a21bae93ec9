"""The archive's Datasette plugin: its pages, template variables and stylesheet.

Loaded through the ``datasette`` entry point in pyproject.toml, so it is
active whenever the package is installed.  The pages reuse Datasette's own
URLs, so every link Datasette draws (a speaker_id cell, a facet) lands on
them: ``/`` (home), ``/quotes/quotes/<id>`` (quote), ``/quotes/speakers/<id>``
(speaker), ``/quotes/topics/<slug>`` (topic), ``/quotes/articles/<id>``
(article); search is ``/search?q=``.  Everything the hooks return is data;
the templates escape it (Jinja autoescape), so quote text containing markup
shows as text.
"""

from __future__ import annotations

import csv
import io

from datasette import hookimpl
from datasette.utils import urlsafe_components
from datasette.utils.asgi import AsgiStream, Response

from ..archive.schema import DB_NAME
from . import pages, safecsv
from .searchsyntax import fts_query

PLUGIN_NAME = "quotearchive"  # the distribution name, which names the static path
ROW_PAGES = {
    "quotes": ("quote_context", pages.quote_page),
    "speakers": ("speaker_page", pages.speaker_page),
    "topics": ("topic_page", pages.topic_page),
    "articles": ("article_page", pages.article_page),
}


@hookimpl
def extra_template_vars(datasette, view_name, database, table, request):
    async def inner():
        from . import TITLE

        site = {"title": TITLE, "search_url": datasette.urls.path("search"), "q": ""}
        if request is not None:
            site["q"] = request.args.get("q", "") if request.path.endswith("/search") else ""
        extra = {"qa_site": site}
        if view_name == "index":
            extra["qa_home"] = await pages.home(datasette)
        elif view_name == "row" and database == DB_NAME and table in ROW_PAGES and request is not None:
            name, loader = ROW_PAGES[table]
            pks = urlsafe_components(request.url_vars.get("pks", ""))
            extra[name] = await loader(datasette, pks[0]) if len(pks) == 1 else None
        return extra

    return inner


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.static_plugins(PLUGIN_NAME, "quotearchive.css")]


async def search_view(datasette, request):
    results = await pages.search(datasette, request.args)
    html = await datasette.render_template(
        "qa_search.html", {"search": results, "database": DB_NAME}, request=request, view_name="qa_search"
    )
    return Response.html(html)


async def export_view(datasette, request):
    """/-/quotes.csv?q=...&speaker=...: a search's every match as formula-safe CSV."""
    from ..archive.export import EXPORT_COLUMNS, neutralise_formula

    async def stream(writer):
        out = io.StringIO()
        rows = csv.writer(out)
        rows.writerow(EXPORT_COLUMNS)
        async for batch in pages.export_pages(datasette, request.args):
            for row in batch:
                rows.writerow([neutralise_formula(row[c]) for c in EXPORT_COLUMNS])
            await writer.write(out.getvalue())
            out.seek(0)
            out.truncate()
        if out.getvalue():
            await writer.write(out.getvalue())

    headers = {"content-disposition": 'attachment; filename="quotes.csv"'}
    return AsgiStream(stream, headers=headers, content_type="text/csv; charset=utf-8")


@hookimpl
def register_routes():
    return [(r"^/search$", search_view), (r"^/-/quotes\.csv$", export_view)]


@hookimpl
def asgi_wrapper():
    # Datasette's own .csv exports (every table page links one): formula-safe too.
    return safecsv.guard


@hookimpl(trylast=True)  # after Datasette's own, which it replaces
def prepare_connection(conn):
    # Table pages' ?_search= and the canned ranked search call escape_fts():
    # they read the search box's syntax (clim*, OR, -word) as /search does.
    conn.create_function("escape_fts", 1, fts_query, deterministic=True)
