"""Article metadata and boilerplate removal on every seed, written out whole."""

import pytest

from quotearchive.extract.pipeline import parse_document
from quotearchive.model import Document

from .conftest import seed


def parse(prefix):
    path = seed(prefix)
    return parse_document(Document(source=str(path), text=path.read_text("utf-8")))


FIELDS = ("title", "outlet", "published", "published_precision", "dateline", "byline", "section")

EXPECTED = {
    "000": (
        "Putin favors continuation of disarmament dialogue with US",
        "TASS", "2017-06-14T06:11:00+03:00", "datetime", "New York", None, "Russian Politics & Diplomacy",
    ),
    # No headline in the text: the lede's first sentence stands in; the only
    # date is "Thursday (July 4)", so no year is invented.
    "001": (
        "Russia is not willing to get dragged into a new arms race but it must ensure its security, President Vladimir Putin…",
        None, "--07-04", "month-day", None, None, None,
    ),
    "002": (
        "Russian President Vladimir Putin, in an interview with US filmmaker Oliver Stone, shared his views on Russia's…",
        "Sputnik", "2020-07-08T23:29:00+00:00", "datetime", "Moscow", None, None,
    ),
    "003": (
        "Putin: Russia-US relations are at the lowest point in recent years, there are still problems that need to be checked",
        "China News Service", "--06-15", "month-day", "Moscow", "yqqlm yqqlm", None,
    ),
    # The only date is the embedded post's ("3 июня 2017 г."): not the article's
    # (published_not_before keeps it: test_embedded_dates); RT embeds its own posts.
    "004": (
        "Russia will respond to NATO expansion to keep strategic balance – Putin",
        "RT", None, None, None, None, None,
    ),
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_metadata(prefix):
    article = parse(prefix)
    assert EXPECTED[prefix] == tuple(getattr(article, f) for f in FIELDS)


def test_seed_tags():
    assert [
        "terrorism", "The Putin Interviews", "NATO", "al-Qaeda", "Mikhail Gorbachev",
        "Vladimir Putin", "Oliver Stone", "United States", "Russia",
    ] == parse("002").tags
    assert [] == parse("000").tags


BOILERPLATE = {
    "000": ["Back to Main page", "Russian Politics & Diplomacy", "date 2017-06-14"],
    "001": ["Related Topics", "COVID-19", "Nguyen Phu Trong", "ASEAN"],
    "002": ["Listen Live", "Get short URL", "Community standards", "Kremlin Comments on Perception",
            "'Czar'", "terrorism, The Putin Interviews"],
    "003": ["p >", "(End)", "By yqqlm"],
    "004": ["READ MORE", "https://t.co", "@RT_com", "июня"],
}


@pytest.mark.parametrize("prefix", sorted(BOILERPLATE))
def test_seed_body_has_no_boilerplate(prefix):
    body = parse(prefix).body
    assert [] == [junk for junk in BOILERPLATE[prefix] if junk in body]


def test_repeated_headline_dropped_from_body():
    article = parse("003")
    assert article.title not in article.body


def test_body_keeps_story_start_and_end():
    body = parse("000").body
    assert body.startswith("NEW YORK, June 14. /TASS/. Moscow seeks")
    assert body.endswith("meddled in the US election campaign.")
    body = parse("002").body
    assert body.startswith("Russian President Vladimir Putin, in an interview")
    assert "Russia and NATO" in body  # subheads are part of the story
    assert body.endswith("eastern border of the German Democratic Republic.")


def test_plain_bbc_style_text():
    text = "Ad sales boost profit\n\nThe company said profits rose 76% in the three months to December.\nIt was \"a strong year\", the boss said.\n"
    article = parse_document(Document(source="x.txt", text=text))
    assert ("Ad sales boost profit", None, None) == (article.title, article.outlet, article.published)
    assert article.body == (
        "The company said profits rose 76% in the three months to December.\n\n"
        'It was "a strong year", the boss said.'
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2017-06-14", ("2017-06-14", "day")),
        ("June 15th", ("--06-15", "month-day")),
        ("23:29 GMT08 July 2020", ("2020-07-08T23:29:00+00:00", "datetime")),
        ("3 июня 2017 г.", ("2017-06-03", "day")),
        ("14 March 2005", ("2005-03-14", "day")),
        ("no date here", None),
    ],
)
def test_parse_date(text, expected):
    from quotearchive.text.dates import parse_date

    assert expected == parse_date(text)
