"""Topic matching: the fast paths give exactly what each topic's regex alone gives."""

from hypothesis import given, settings
from hypothesis import strategies as st

from quotearchive.extract import topics

PIECES = [
    "NATO", "nato", "Nato", "INF", "inf", "GDP", "economy", "Economic", "ECONOMIC", "profits", "shares",
    "interest", "rates", "interest-rate", "arms", "control", "counter-terrorism", "terror", "cyber", "al-Qaeda",
    "nuclear", "weapons", "election", "İ", "ı", "ſ", "K", "ß", "ﬁ", "\u0307", " ", "  ", "-", "\n", ".", ",", "x", "e",
    # Key words and what borders them: the word index must never miss a match.
    "missile", "interceptor", "interceptors", "defense", "spend", "on", "relations", "with", "Russia", "the",
    "United", "States", "counterterrorism", "é", "£", "_", "1", "’", "\ud800",
]


def regex_only(text: str) -> list[str]:
    return [t.slug for t in topics.taxonomy() if t.pattern.search(text)]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_match_text_equals_the_topic_regexes(text):
    assert regex_only(text) == topics.match_text(text)


def test_match_text_examples():
    assert ["nato"] == topics.match_text("The NATO summit")
    assert [] == topics.match_text("an inf lamp")  # acronyms are case-sensitive
    assert regex_only("Economİc growth") == topics.match_text("Economİc growth")
    assert regex_only("ſhares fell") == topics.match_text("ſhares fell")


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.sets(st.sampled_from([t.slug for t in topics.taxonomy()])),
)
def test_match_text_only_the_given_topics(text, only):
    assert [s for s in regex_only(text) if s in only] == topics.match_text(text, only=only)


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
)
def test_quote_topics_inside_their_sentence_equal_the_regexes(before, quote, after):
    context = before + quote + after
    # A quote on a narrower topic is on its parent too.
    assert topics.with_parents(regex_only(quote + "\n" + context)) == topics.quote_topics(quote, context)


ODD_TAXONOMY = {
    "topics": [
        {"slug": "odd", "name": "Odd", "terms": ["café", "#metoo", "C++", "U.S.", "naïve*", "x-ray", "K9", "under_score*", "İstanbul"]},
        {"slug": "plain", "name": "Plain", "terms": ["economy", "stock market", "NATO", "terror*"]},
    ]
}
ODD_PIECES = ["café", "CAFÉ", "cafe", "#metoo", "#MeToo", "metoo", "C++", "c++", "U.S.", "u.s.", "US", "naïve", "naïveté", "naive",
              "x-ray", "X ray", "K9", "k9", "under_score", "under_scores", "İstanbul", "istanbul", "economy", "stock", "market",
              "NATO", "terrorism", " ", "-", "\n", ".", "é", "K"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(ODD_PIECES), max_size=20).map("".join))
def test_match_text_on_an_edited_taxonomy_equals_its_regexes(text):
    caches = (topics._taxonomy_data, topics.taxonomy, topics.word_index)
    original = topics._taxonomy_data
    try:
        for cache in caches:
            cache.cache_clear()
        topics._taxonomy_data = lambda: ODD_TAXONOMY
        assert regex_only(text) == topics.match_text(text)
    finally:
        topics._taxonomy_data = original
        for cache in caches:
            cache.cache_clear()
