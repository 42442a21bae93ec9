"""The archive's Datasette plugin: template variables and cell rendering.

Loaded through the ``datasette`` entry point in pyproject.toml, so it is
active whenever the package is installed.  Everything it returns for the
page is data; the templates escape it (Jinja autoescape), so quote text
containing markup shows as text.
"""

from __future__ import annotations

from datasette import hookimpl

from ..schema import DB_NAME

# Characters of article text shown either side of a quote, cut at a paragraph.
CONTEXT_CHARS = 600


async def quote_in_context(datasette, quote_id: str) -> dict | None:
    """The quote with its article's surrounding text, for the quote page."""
    db = datasette.get_database(DB_NAME)
    rows = await db.execute(
        """select quotes.id, quotes.text, quotes.start, quotes.end, quotes.cue, quotes.kind,
                  quotes.speaker_id, speakers.name as speaker, quotes.speaker_as_written, quotes.speaker_role,
                  quotes.published, quotes.outlet, quotes.article_id, articles.title, articles.url,
                  substr(articles.body, max(1, quotes.start - :n + 1), min(quotes.start, :n)) as before,
                  substr(articles.body, quotes.start + 1, quotes.end - quotes.start) as quoted,
                  substr(articles.body, quotes.end + 1, :n) as after
           from quotes join articles on articles.id = quotes.article_id
           left join speakers on speakers.id = quotes.speaker_id
           where quotes.id = :id""",
        {"id": quote_id, "n": CONTEXT_CHARS},
    )
    row = rows.first()
    if row is None:
        return None
    data = dict(row)
    # Show the quote's own paragraph(s): cut the context at paragraph breaks.
    data["before"] = data["before"].rsplit("\n\n", 1)[-1]
    data["after"] = data["after"].split("\n\n", 1)[0]
    url = data.get("url") or ""
    data["safe_url"] = url if url.lower().startswith(("http://", "https://")) else None
    return data


@hookimpl
def extra_template_vars(datasette, view_name, table, request):
    async def inner():
        if view_name == "row" and table == "quotes" and request is not None:
            pk = request.url_vars.get("pks", "")
            return {"quote_context": await quote_in_context(datasette, pk)}
        return {}

    return inner
