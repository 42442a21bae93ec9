"""quotearchive: a searchable archive of news quotations.

The library API, in the order the data flows:

- ``read.iter_input_files`` / ``read.read_documents``: files -> Documents
- ``pipeline.parse_document``: Document -> Article (clean, metadata, quotes,
  speakers, topics), a pure function
- ``store.save_article`` / ``store.ensure_db_shape``: Article -> SQLite rows
- ``ingest.ingest``: the whole batch, with workers, progress and error reports
- ``site.make_datasette``: the published site
"""

__version__ = "0.1.0"
