"""The archive's reading pages, one module each, with the SQL each one runs.

=============  ==========================  ===========================================
page           URL                         module
=============  ==========================  ===========================================
home           ``/``                       ``home`` (Datasette's index page)
search         ``/search?q=``              ``search`` (a route of its own)
CSV export     ``/-/quotes.csv?q=``        ``export`` (a route of its own)
quote          ``/quotes/quotes/<id>``     ``quote`` (Datasette's row page)
speaker        ``/quotes/speakers/<id>``   ``speaker``
topic          ``/quotes/topics/<slug>``   ``topic``
article        ``/quotes/articles/<id>``   ``article``
=============  ==========================  ===========================================

The pages reuse Datasette's own URLs, so every link Datasette draws (a
``speaker_id`` cell, a facet) lands on them; ``plugin`` hands each page's
data to its template.  Every per-request query is a lookup through an index,
kept as a module constant so that a test can ask SQLite for its query plan
and fail on a full scan of a big table; the few aggregates whose cost grows
with the data (facet counts over a search, a speaker's topics) are counted by
the site's facet engine (``facets``) under a short time limit and left out,
with a note, when they do not finish.  Archive-wide numbers are computed once
per immutable database, as Datasette does for its own table counts.

Everything returned is plain data; templates escape it.  Highlighted text is
returned as segments ``[(text, is_match), ...]``, never as HTML.  Shared
pieces (quote cards, dates, time-limited queries) are in ``common``.
"""
