"""The word lists, as data: reporting verbs and their stance, people and role words, outlets, topics.

Nothing here decides anything; the extractors read these tables.  Edit a
list (or ``topics.json``, ``outlets.json``) and re-run ingest.
"""
