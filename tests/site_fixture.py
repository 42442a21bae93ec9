"""A small archive written for the site's tests: seven short articles, invented here.

It holds what a fact-checker's five tasks need, in numbers the tests assert
exactly: a finance minister quoted on the economy across two years, a
statement repeated by three outlets, quotes on terrorism, an article
without outlet or date, and a described source ("a spokesman").
"""

from __future__ import annotations

import json
from pathlib import Path

ARTICLES = [
    {
        "title": "Holloway promises steady growth",
        "url": "https://example.org/wire/holloway-growth",
        "outlet": "Example Wire",
        "date": "2005-03-03",
        "text": (
            "The finance minister set out her plans on Thursday.\n\n"
            "\"The economy will grow by two percent this year,\" Finance Minister Jane Holloway said.\n\n"
            "\"Inflation is under control and interest rates will stay low,\" Holloway added.\n\n"
            "\"We will not raise taxes before the election,\" Holloway said."
        ),
    },
    {
        "title": "Minister repeats tax pledge",
        "url": "https://example.org/daily/tax-pledge",
        "outlet": "Daily Example",
        "date": "2005-03-04",
        "text": (
            "The pledge was repeated in the capital a day later.\n\n"
            "\"We will NOT raise taxes before the election!\" Jane Holloway said again.\n\n"
            "\"The economic outlook is brighter than last spring,\" Holloway told reporters."
        ),
    },
    {
        "title": "Tax pledge reported abroad",
        "url": "https://example.org/herald/tax-pledge",
        "outlet": "Example Herald",
        "date": "2005-03-06",
        "text": (
            "Foreign papers picked up the story.\n\n"
            "\"We will not raise taxes before the election,\" Jane Holloway said.\n\n"
            "\"Terror threats will not change the budget,\" a spokesman for the ministry said."
        ),
    },
    {
        "title": "Holloway warns on inflation",
        "url": "https://example.org/wire/inflation-warning",
        "outlet": "Example Wire",
        "date": "2006-07-10",
        "text": (
            "A year later the tone had changed.\n\n"
            "\"Inflation is the biggest risk to the economy,\" Finance Minister Jane Holloway warned.\n\n"
            "\"The fight against terrorism needs more money,\" Defence Minister Tom Brennan said."
        ),
    },
    {
        "title": "Police chief on terror plots",
        "url": "https://example.org/daily/terror-plots",
        "outlet": "Daily Example",
        "date": "2006-08-01",
        "text": (
            "The police chief spoke after the arrests.\n\n"
            "\"Two terror plots were stopped this summer,\" Police Chief Ann Carver said.\n\n"
            "\"The terrorists were planning attacks on the railways,\" Carver added."
        ),
    },
    {
        "title": "Arrests follow foiled plots",
        "url": "https://example.org/daily/arrests",
        "outlet": "Daily Example",
        "date": "2006-08-02",
        "text": (
            "More details emerged the next day.\n\n"
            "\"Two terror plots were stopped this summer,\" Police Chief Ann Carver said."
        ),
    },
    {
        "title": "Notes from the council meeting",
        "text": (
            "The council met without the press.\n\n"
            "\"The budget will be balanced next year,\" Councillor Mark Evans said."
        ),
    },
]


def write_articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), "utf-8")
    return folder


def build(tmp_path: Path) -> Path:
    """Ingest the articles into tmp_path/site.db and return its path."""
    from quotearchive import ingest

    db = tmp_path / "site.db"
    ingest.ingest(db, [write_articles(tmp_path / "articles")])
    return db
