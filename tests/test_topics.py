"""Topics: the fast paths give exactly what each topic's regex alone gives; the IPTC taxonomy;
which topics hand-written articles and quotes get."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotearchive.extract import topics
from quotearchive.model import Article

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
    caches = (topics._taxonomy_data, topics.taxonomy, topics.word_index, topics.ancestors, topics._shape, topics._settings)
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


# --- the IPTC taxonomy and how articles and quotes get their topics ------------------

IPTC_TOP_LEVEL = {
    "medtop:01000000": "Arts, culture, entertainment and media",
    "medtop:02000000": "Crime, law and justice",
    "medtop:03000000": "Disaster, accident and emergency incident",
    "medtop:04000000": "Economy, business and finance",
    "medtop:05000000": "Education",
    "medtop:06000000": "Environment",
    "medtop:07000000": "Health",
    "medtop:08000000": "Human interest",
    "medtop:09000000": "Labour",
    "medtop:10000000": "Lifestyle and leisure",
    "medtop:11000000": "Politics",
    "medtop:12000000": "Religion",
    "medtop:13000000": "Science and technology",
    "medtop:14000000": "Society",
    "medtop:15000000": "Sport",
    "medtop:16000000": "Conflict, war and peace",
    "medtop:17000000": "Weather",
}

# The seeds' beat (every topic before IPTC) stays, under an IPTC top-level subject.
BEAT_PARENTS = {
    "arms-control": "conflict-war-peace",
    "nuclear-weapons": "conflict-war-peace",
    "missile-defence": "conflict-war-peace",
    "terrorism": "conflict-war-peace",
    "nato": "politics",
    "us-russia-relations": "politics",
    "elections": "politics",
    "defence-spending": "politics",
    "cyber-security": "science-technology",
    "space": "science-technology",
    "economy": "economy-business-finance",
}


def test_the_17_iptc_top_level_subjects_with_their_codes():
    top = {t.code: t.name for t in topics.taxonomy() if t.parent is None}
    assert IPTC_TOP_LEVEL == top


def test_the_seeds_beat_stays_under_iptc_parents():
    parents = {t.slug: t.parent for t in topics.taxonomy()}
    assert BEAT_PARENTS == {slug: parents[slug] for slug in BEAT_PARENTS}
    assert "health" in parents and parents["health"] is None  # the old Health topic is IPTC's own
    assert all(p is None or parents[p] is None for p in parents.values())  # two levels, parents known


def test_topic_rows_give_code_and_parent():
    rows = {r["slug"]: r for r in topics.topic_rows()}
    assert {"slug": "sport", "name": "Sport", "code": "medtop:15000000", "parent": None} == {
        k: rows["sport"][k] for k in ("slug", "name", "code", "parent")}
    assert ("medtop:20000574", "politics") == (rows["elections"]["code"], rows["elections"]["parent"])
    assert (None, "politics") == (rows["nato"]["code"], rows["nato"]["parent"])


HAND_WRITTEN = {
    "sport": (
        "Late winner lifts the visitors",
        "The visitors came from a goal down to win 2-1 on Saturday. Their striker scored twice in the second half "
        "and the manager praised his players after the match, which lifts the club to third in the league.",
        ["sport"],
    ),
    "technology": (
        "New phones get faster web access",
        "Mobile phone makers are racing to add broadband speeds to their handsets. Users will be able to download "
        "music and video over the internet, and the software lets them browse websites as they would on a PC.",
        ["science-technology"],
    ),
    "economy": (
        "Profits rise at high street bank",
        "The bank said pre-tax profits rose 12% in the first half, as more customers took out mortgages and loans. "
        "Shares rose 3% after analysts had forecast slower growth, and the chief executive said the economy was strong.",
        ["economy-business-finance", "economy"],
    ),
    "politics": (
        "Ministers face revolt over ID cards",
        "The prime minister faces a rebellion by backbench MPs when the Commons votes on the government's identity "
        "cards bill next week. The opposition says the policy is costly, and ministers have offered concessions.",
        ["politics"],
    ),
    "entertainment": (
        "Comedy tops the box office",
        "The new comedy took $45m at the North American box office over the weekend. The film's director said "
        "audiences loved the sequel, and the actress who stars in it has been nominated for an award.",
        ["arts-culture-entertainment-media"],
    ),
    "crime": (
        "Man jailed for bank robberies",
        "A man who robbed three banks at gunpoint has been jailed for 12 years. The judge told him his crimes had "
        "terrified staff. Police arrested him after a detective recognised him; he pleaded guilty to robbery.",
        ["crime-law-justice"],
    ),
    # A narrower topic, and its parent first: the election is politics.
    "elections": (
        "Voters go to the polls",
        "Voters go to the polls on Sunday in a presidential election re-run ordered by the court after fraud claims. "
        "The opposition candidate leads in opinion polls and the electoral commission expects a high turnout.",
        ["politics", "elections"],
    ),
    # The seeds' beat: arms control under conflict, war and peace; NATO under politics.
    "arms control": (
        "Talks on missile treaty stall",
        "Negotiators failed to agree on extending the arms control treaty, and both sides accused each other of "
        "restarting the arms race. NATO ministers said the new missiles threatened strategic stability.",
        ["conflict-war-peace", "politics", "arms-control", "nato"],
    ),
}


@pytest.mark.parametrize("name", sorted(HAND_WRITTEN))
def test_article_topics_on_hand_written_texts(name):
    title, body, expected = HAND_WRITTEN[name]
    assert expected == topics.assign_topics(Article(source=name, title=title, body=body))


def test_a_passing_mention_does_not_make_a_subject():
    # One "government" in a match report: sport, not politics.
    body = ("The striker scored twice as the club won the cup final; the manager thanked the players and the fans, "
            "and the government minister who presented the trophy after the match.")
    assert ["sport"] == topics.assign_topics(Article(source="x", title="Cup final won", body=body))


def test_the_second_subject_needs_half_the_first_ones_evidence():
    body = ("The club's shares rose 5% after the match, as investors bet the league title would lift sales. "
            "The striker scored twice, the goalkeeper saved a penalty and the manager praised his players.")
    assert ["sport", "economy-business-finance", "economy"] == topics.assign_topics(Article(source="x", body=body))


def test_a_quote_on_a_narrower_topic_is_on_its_parent_too():
    context = 'The minister said: "The election will be free and fair."'
    article_topics = ["politics", "elections"]
    assert ["politics", "elections"] == topics.quote_topics("The election will be free and fair.", context, article_topics)
    # Only topics of its article: the quote's words do not add a subject the article is not on.
    assert [] == topics.quote_topics("The match was a joy.", 'He said: "The match was a joy."', article_topics)


def test_article_tags_naming_a_topic_assign_it_with_its_parent():
    article = Article(source="x", body="Officials met on Tuesday.", tags=["Elections"])
    assert ["politics", "elections"] == topics.assign_topics(article)


EDITED = {
    "assignment": {"title_weight": 3, "second_share": 0.5, "narrow_alone": 1},
    "topics": [
        {"slug": "sport", "name": "Sport", "code": "medtop:15000000", "parent": None, "terms": ["match", "goal*"]},
        {"slug": "cycling", "name": "Cycling", "code": None, "parent": "sport", "terms": ["Tour de France", "peloton"]},
        {"slug": "politics", "name": "Politics", "code": "medtop:11000000", "parent": None, "terms": ["minister*"]},
    ],
}


def test_a_user_can_edit_the_taxonomy_and_rerun():
    caches = (topics._taxonomy_data, topics.taxonomy, topics.word_index, topics.ancestors, topics._shape, topics._settings)
    original = topics._taxonomy_data
    try:
        for cache in caches:
            cache.cache_clear()
        topics._taxonomy_data = lambda: EDITED
        body = "The peloton reached Paris on the last day of the Tour de France; the minister watched."
        assert ["sport", "politics", "cycling"] == topics.assign_topics(Article(source="x", body=body))
        assert {"slug": "cycling", "name": "Cycling", "description": "", "code": None, "parent": "sport"} in topics.topic_rows()
    finally:
        topics._taxonomy_data = original
        for cache in caches:
            cache.cache_clear()


def test_an_unknown_parent_is_refused():
    caches = (topics._taxonomy_data, topics.taxonomy)
    original = topics._taxonomy_data
    try:
        for cache in caches:
            cache.cache_clear()
        topics._taxonomy_data = lambda: {"topics": [{"slug": "a", "name": "A", "parent": "nowhere", "terms": ["a"]}]}
        with pytest.raises(ValueError, match="unknown parent 'nowhere'"):
            topics.taxonomy()
    finally:
        topics._taxonomy_data = original
        for cache in caches:
            cache.cache_clear()


def test_a_words_terms_are_those_of_every_key_it_is_or_starts_with():
    # terms_keyed_in looks a word up only at the "*" keys' lengths, and not at all when its
    # start is none of theirs: the same ids as trying every length of the word.
    index = topics.word_index()
    words = [b"economy", b"terrorism", b"terror", b"ter", b"te", b"t", b"", b"ministers", b"minister", b"zzzz",
             *index.whole, *index.prefix, *(key + b"s" for key in index.prefix), *(key[:-1] for key in index.prefix)]
    for word in words:
        every_length = list(index.whole.get(word, ()))
        for n in range(1, len(word) + 1):
            every_length.extend(index.prefix.get(word[:n], ()))
        assert tuple(every_length) == index.terms_keyed_in(word)
    found = [(index.terms[i].topic, index.terms[i].regex.pattern) for i in index.terms_keyed_in(b"terrorism")]
    assert [("terrorism", r"counter(?<=\bcounter)\-terrorism\b"), ("terrorism", r"terror(?<=\bterror)\w*")] == found
    assert () == index.terms_keyed_in(b"zzzz")


def test_the_words_a_text_has_keys_for_are_those_with_terms():
    # keyed_words skips the lookup of a word no key is or starts: the words it finds are
    # exactly those terms_keyed_in gives terms for, on a fresh index and on one that has seen them.
    index = topics.word_index.__wrapped__()
    text = b"the economy and terrorism fell as counter terror ministers met zzzz te t"
    for _ in range(2):
        distinct, keyed = index.keyed_words(text)
        assert {w for w in distinct if index.terms_keyed_in(w)} == keyed
        assert {b"economy", b"ministers", b"terror", b"terrorism"} == keyed
