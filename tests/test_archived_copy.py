"""The Internet Archive's copy of an article, linked beside its source: news links rot."""

import pytest

from quotearchive.site.urls import archived_copy


@pytest.mark.parametrize(("url", "published", "expected"), [
    ("https://example.org/a?b=1&c=2", "2005-03-02T09:00:00+00:00", "https://web.archive.org/web/20050302/https://example.org/a?b=1&c=2"),
    ("http://example.org/a", "2005-03-02", "https://web.archive.org/web/20050302/http://example.org/a"),
    ("https://example.org/a", "2005-03", "https://web.archive.org/web/200503/https://example.org/a"),
    ("https://example.org/a", "2005", "https://web.archive.org/web/2005/https://example.org/a"),
    ("https://example.org/a", "--06-15", "https://web.archive.org/web/*/https://example.org/a"),
    ("https://example.org/a", None, "https://web.archive.org/web/*/https://example.org/a"),
    ("javascript:alert(1)", "2005", None),
    ("/home/me/news/a.html", "2005", None),
    (None, None, None),
])
def test_the_copy_nearest_the_articles_date_for_web_addresses_only(url, published, expected):
    assert expected == archived_copy(url, published)
