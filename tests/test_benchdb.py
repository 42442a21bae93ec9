"""The search benchmark's archive builder writes every copy it counts (none a duplicate of another)."""

import sqlite3

from quotearchive.tools import benchdb

from .conftest import SEEDS


def test_every_copy_of_the_corpus_is_stored(tmp_path):
    figures = benchdb.build(tmp_path / "bench.db", SEEDS, target_quotes=200, progress=False)
    assert figures["copies"] >= 2
    assert figures["copies"] * 5 == figures["articles"]
    with sqlite3.connect(tmp_path / "bench.db") as conn:
        body, start, end, text = conn.execute(
            "select articles.body, quotes.start, quotes.end, quotes.text from quotes join articles on articles.id = quotes.article_id limit 1").fetchone()
    assert body[start:end] == text
