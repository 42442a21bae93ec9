"""Topic matching: the fast paths give exactly what each topic's regex alone gives."""

from hypothesis import given, settings
from hypothesis import strategies as st

from quotearchive import topics

PIECES = [
    "NATO", "nato", "Nato", "INF", "inf", "GDP", "economy", "Economic", "ECONOMIC", "profits", "shares",
    "interest", "rates", "interest-rate", "arms", "control", "counter-terrorism", "terror", "cyber", "al-Qaeda",
    "nuclear", "weapons", "election", "İ", "ı", "ſ", "K", "ß", "ﬁ", "\u0307", " ", "  ", "-", "\n", ".", ",", "x", "e",
]


def regex_only(text: str) -> list[str]:
    return [t.slug for t in topics.taxonomy() if t.pattern.search(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_match_text_equals_the_topic_regexes(text):
    assert regex_only(text) == topics.match_text(text)


def test_match_text_examples():
    assert ["nato"] == topics.match_text("The NATO summit")
    assert [] == topics.match_text("an inf lamp")  # acronyms are case-sensitive
    assert regex_only("Economİc growth") == topics.match_text("Economİc growth")
    assert regex_only("ſhares fell") == topics.match_text("ſhares fell")
