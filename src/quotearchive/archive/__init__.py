"""The archive: the SQLite schema, storing extracted articles, and exports (see docs/architecture.md)."""
