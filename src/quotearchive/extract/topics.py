"""Step 6: assign topics from an editable taxonomy (lexicon/topics.json).

The taxonomy is IPTC Media Topics' 17 top-level subjects (economy, politics,
sport, ...), each with its IPTC code, and narrower topics under them (IPTC
second-level subjects, and the seeds' beat: arms control, NATO, ...), each
naming its parent.  Terms are whole words, case-insensitive, with ``*`` for
"any ending"; an all-capitals term matches as written.

An article's score for a top-level subject is the number of its terms, and
of its narrower topics' terms, found in the body (each word form once: "film"
and "films" count two, "film" twice counts one), plus ``title_weight`` times
those found in the title.  The best-scored subject is assigned, and a second
one scoring at least ``second_share`` of the best (settings in topics.json,
"assignment").  A narrower topic is assigned when its parent is assigned and
one of its terms occurs, or when ``narrow_alone`` of its terms occur (1 in
the shipped taxonomy: the seeds' beat topics are assigned as they were before
the IPTC subjects came); it brings its parent.  An article's own tag naming a
topic assigns it too.  The article's topics list the scored subjects best
first, then the subjects its narrower topics belong to, then the narrower
topics in taxonomy order: the first topic is the article's main subject.

A quote gets, of its article's topics, those whose own terms occur in the
quote or its context sentence, with their parents: a quote tagged "elections"
is tagged "politics" too, so filtering on a subject finds its narrower topics'
quotes (parents are stored in the topic lists, not derived at query time).

One piece, though long: the word index (``WordIndex``) must find what
the taxonomy's regexes find, term for term, so both are built here from the
same terms (tests/test_topics.py holds the one to the other).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

from ..model import Article


@dataclass(frozen=True)
class Topic:
    slug: str
    name: str
    description: str
    pattern: re.Pattern[str]
    names: frozenset[str]  # lower-cased name and terms, for matching tags
    # For each term, its longest literal piece, case-folded: the pattern can
    # only match a text containing one of them (used for the rare texts that
    # ``WordIndex`` cannot take, see UNSAFE_FOR_LOWER).
    needles: tuple[str, ...] = ()
    code: str | None = None  # IPTC Media Topics code (medtop:...), None for the archive's own topics
    parent: str | None = None  # slug of the broader topic, None for a top-level subject


# The only characters for which "(?i:x) matches c" differs from
# "c.lower() == x" for an ASCII letter x, or whose lower() is not a single
# character of the same \w class (checked over every code point): İ, ı, ſ.
UNSAFE_FOR_LOWER = "\u0130\u0131\u017f"


def _term_regex(term: str) -> str:
    stem = re.escape(term.rstrip("*")).replace(r"\ ", r"[\s-]+")
    return stem + (r"\w*" if term.endswith("*") else r"\b")


@lru_cache(maxsize=1)
def _taxonomy_data() -> dict[str, Any]:
    return json.loads(resources.files("quotearchive.lexicon").joinpath("topics.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def taxonomy() -> tuple[Topic, ...]:
    topics = []
    for t in _taxonomy_data()["topics"]:
        # Acronyms (NATO, INF) match case-sensitively so "inf" inside prose does not.
        exact = [term for term in t["terms"] if _is_acronym(term)]
        loose = [term for term in t["terms"] if not _is_acronym(term)]
        parts = []
        if loose:
            parts.append("(?i:" + "|".join(_term_regex(x) for x in loose) + ")")
        if exact:
            parts.append("|".join(_term_regex(x) for x in exact))
        pattern = re.compile(r"\b(?:" + "|".join(parts) + ")")
        names = frozenset(x.lower().rstrip("*") for x in [t["name"], *t["terms"]])
        needles = tuple(sorted({max(_fold(x.rstrip("*")).split(), key=len) for x in t["terms"]}))
        topics.append(
            Topic(t["slug"], t["name"], t.get("description", ""), pattern, names, needles, t.get("code"), t.get("parent"))
        )
    slugs = {t.slug for t in topics}
    for t in topics:
        if t.parent is not None and t.parent not in slugs:
            raise ValueError(f"topics.json: topic {t.slug!r} has an unknown parent {t.parent!r}")
    return tuple(topics)


@lru_cache(maxsize=1)
def ancestors() -> dict[str, tuple[str, ...]]:
    """Each topic's broader topics, nearest first (() for a top-level subject)."""
    parent = {t.slug: t.parent for t in taxonomy()}
    found: dict[str, tuple[str, ...]] = {}
    for slug in parent:
        chain: list[str] = []
        p = parent[slug]
        while p is not None and p not in chain and p != slug:
            chain.append(p)
            p = parent[p]
        found[slug] = tuple(chain)
    return found


@lru_cache(maxsize=1)
def _settings() -> tuple[float, float, int]:
    a = _taxonomy_data().get("assignment") or {}
    return float(a.get("title_weight", 3)), float(a.get("second_share", 0.5)), int(a.get("narrow_alone", 2))


def _is_acronym(term: str) -> bool:
    return term.rstrip("*").isupper()


def topic_rows() -> list[dict[str, Any]]:
    return [
        {"slug": t.slug, "name": t.name, "description": t.description, "code": t.code, "parent": t.parent}
        for t in taxonomy()
    ]


def _fold(text: str) -> str:
    # casefold() maps every character that (?i:) matches to an ASCII letter
    # onto that letter, except two: the dotless i (kept as is) and the dotted
    # capital I (to "i" plus a combining dot), which re both matches to "i".
    return text.casefold().replace("\u0131", "i").replace("i\u0307", "i")


def match_text(text: str, only: Collection[str] | None = None) -> list[str]:
    """Slugs of the topics whose terms occur in ``text`` (of those in ``only``, if given)."""
    if _has_unsafe_for_lower(text):
        candidates = taxonomy() if only is None else [t for t in taxonomy() if t.slug in only]
        folded = _fold(text)
        return [t.slug for t in candidates if any(n in folded for n in t.needles) and t.pattern.search(text)]
    found = word_index().topics_in(text, only)
    return [t.slug for t in taxonomy() if t.slug in found] if found else []


def _has_unsafe_for_lower(text: str) -> bool:
    # Not a regex search (8 us on a BBC body): whether a text is ASCII is
    # known from its header, and ``in`` with a character wider than any of
    # the text's returns at once.
    return not text.isascii() and any(c in text for c in UNSAFE_FOR_LOWER)


# Every byte that is not an ASCII word character (letter, digit, underscore)
# becomes a space, including all bytes of non-ASCII characters: in the UTF-8
# of a lower-cased text so translated, an ASCII word the topic regexes see
# whole (bounded by \b) is a space-delimited run.  bytes.translate is ~1 us
# for a whole BBC body; str.translate is twenty times slower.
ASCII_WORDS = bytes(c if chr(c).isascii() and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256))
# The same, lower-casing as it goes: for an ASCII text, what ASCII_WORDS
# makes of its lower-cased form, without lower-casing it first.
LOWER_ASCII_WORDS = bytes(ord(chr(b).lower()) if 65 <= b <= 90 else b for b in ASCII_WORDS)


@dataclass(frozen=True)
class Term:
    """One taxonomy term as a regex of its own, for confirming a candidate."""

    topic: str  # slug
    regex: re.Pattern[str]  # searched in the lower-cased text, or in the text itself if as_written
    as_written: bool = False
    # One ASCII word, any case ("economy", "terror*"): in an ASCII text the
    # text's words are exactly the regex's words, so finding the key is
    # finding the match and the regex need not run.
    one_word: bool = False
    # The whole words of every match, lower-cased: a text's words must hold
    # them all for the regex to be worth trying ("first round" is keyed on
    # one of its words, and most texts with "first" have no "round").
    needs: frozenset[bytes] = frozenset()


# In a text whose word characters are all ASCII (a "£" or a curly quote is
# not a word character), the words ``_ascii_words`` splits are exactly those
# the regexes see (bounded by \b): a one-word term found among them matches.
NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _words_all_ascii(lowered: str) -> bool:
    r"""Whether every word character of ``lowered`` is ASCII (re's \w is isalnum() or "_").

    Finding the few non-ASCII characters is a fast scan; ``[^\W\x00-\x7f]``
    was eight times slower.
    """
    return not any(c.isalnum() for c in set(NON_ASCII.findall(lowered)))


# Bounds the words a WordIndex remembers (~10 MB at most; the BBC and Reuters
# corpora have some 60,000 distinct words); past the bound, it starts afresh.
MAX_WORDS_SEEN = 1 << 17


@dataclass(frozen=True, eq=False)
class WordIndex:
    """Which terms a text can match, from the set of its words.

    Each term is keyed on its longest ASCII word: a term can only match a text
    in which that word occurs as a whole word (or, for the last word of a
    ``*`` term, as the start of one).  The text's distinct words (a C-level
    split into a set) are intersected with the words already known to carry
    a key, and only words never seen before are looked up, one by one; so
    only the few terms keyed on the words found are tried with their regex.
    A regex scan for the words starting with a key did the same, but its cost
    grows with the number of keys (90 us a BBC body with the 700-odd keys of
    the IPTC taxonomy, against 35 us for the split and the intersection).
    """

    whole: dict[bytes, tuple[int, ...]]  # key word -> ids of the terms keyed on it
    prefix: dict[bytes, tuple[int, ...]]  # key word of a "*" term -> ids
    unkeyed: tuple[int, ...]  # terms without an ASCII word: always tried
    terms: tuple[Term, ...]
    # Every word looked up so far, and those of them that carry some key:
    # word -> (ids of its terms, topics of those that are one word, ids of the others).
    _seen: set[bytes] = field(default_factory=set, repr=False)
    _keyed: dict[bytes, tuple[tuple[int, ...], tuple[str, ...], tuple[int, ...]]] = field(default_factory=dict, repr=False)
    _keyed_words: set[bytes] = field(default_factory=set, repr=False)

    @cached_property
    def _prefix_starts(self) -> tuple[tuple[int, ...], frozenset[bytes]]:
        """The "*" keys' lengths, shortest first, and their starts that long: a word is looked up at
        those lengths only, and not at all when it starts as none does."""
        lengths = tuple(sorted({len(key) for key in self.prefix})) or (0,)
        return lengths, frozenset(key[: lengths[0]] for key in self.prefix)

    def keyed_words(self, words: bytes) -> tuple[set[bytes], set[bytes]]:
        """The distinct words of ``words`` (as ``_ascii_words`` gives), and those that carry a key."""
        distinct = set(words.split())
        new = distinct - self._seen
        if new:
            if len(self._seen) + len(new) > MAX_WORDS_SEEN:
                self._seen.clear()
                self._keyed.clear()
                self._keyed_words.clear()
                new = distinct
            lengths, starts = self._prefix_starts  # most words are no key and start none: not looked up
            for word in [w for w in new if w in self.whole or w[: lengths[0]] in starts]:
                ids = self.terms_keyed_in(word)
                if ids:
                    one = tuple(self.terms[i].topic for i in ids if self.terms[i].one_word)
                    self._keyed[word] = (ids, one, tuple(i for i in ids if not self.terms[i].one_word))
                    self._keyed_words.add(word)
            self._seen.update(new)
        return distinct, distinct & self._keyed_words

    def topics_in(self, text: str, only: Collection[str] | None = None, scan: str | None = None) -> set[str]:
        """Slugs (of those in ``only``, if given) of the topics with a term in ``text``.

        ``text`` must be free of UNSAFE_FOR_LOWER.  ``scan``, if given, is a
        part of ``text`` that holds all its words (see _words_within): only
        its words are looked at.
        """
        lowered = None if text.isascii() else text.lower()  # an ASCII text is lower-cased only if a regex needs it
        distinct, found_words = self.keyed_words(_ascii_words(text, lowered) if scan is None else _ascii_words(scan))
        found: set[str] = set()
        regex_ids = list(self.unkeyed)
        keyed = self._keyed
        if lowered is None or _words_all_ascii(lowered):
            for word in found_words:
                _, one_word, others = keyed[word]
                found.update(one_word)  # the word found is the match
                if others:
                    regex_ids.extend(others)
        else:
            for word in found_words:
                regex_ids.extend(keyed[word][0])
        if only is not None:
            only = only if isinstance(only, (set, frozenset)) else set(only)
            found &= only
        for i in regex_ids:
            term = self.terms[i]
            if term.topic in found or (only is not None and term.topic not in only) or not term.needs <= distinct:
                continue
            if lowered is None and not term.as_written:
                lowered = text.lower()
            if term.regex.search(text if term.as_written else lowered):
                found.add(term.topic)
        return found

    def topic_counts(self, text: str) -> dict[str, int]:
        """For each topic, how many of its terms occur in ``text`` (free of UNSAFE_FOR_LOWER).

        A one-word term counts each distinct word it is ("film*": "film" and
        "films" count 2); any other term (a phrase, an acronym) counts 1 if
        its regex matches.  Presence, not repetition: on the BBC train split
        counting every occurrence was no more accurate (0.933 against 0.947).
        """
        lowered = None if text.isascii() else text.lower()
        ascii_lowered = lowered is None or _words_all_ascii(lowered)
        counts: dict[str, int] = {}
        get = counts.get
        regex_ids: set[int] = set(self.unkeyed)
        keyed = self._keyed
        distinct, found_words = self.keyed_words(_ascii_words(text, lowered))
        for word in found_words:
            ids, one_word, others = keyed[word]
            if ascii_lowered:
                for slug in one_word:
                    counts[slug] = get(slug, 0) + 1
                if others:
                    regex_ids.update(others)
            else:
                regex_ids.update(ids)
        for i in regex_ids:
            term = self.terms[i]
            if not term.needs <= distinct:
                continue
            if lowered is None and not term.as_written:
                lowered = text.lower()
            if term.regex.search(text if term.as_written else lowered):
                counts[term.topic] = get(term.topic, 0) + 1
        return counts

    def terms_keyed_in(self, word: bytes) -> tuple[int, ...]:
        """Ids of the terms whose key ``word`` is (or, for a "*" term, starts with)."""
        ids = list(self.whole.get(word, ()))
        lengths, starts = self._prefix_starts
        if word[: lengths[0]] in starts:
            for n in lengths:
                ids.extend(self.prefix.get(word[:n], ()) if n <= len(word) else ())
        return tuple(ids)


def _ascii_words(text: str, lowered: str | None = None) -> bytes:
    """The UTF-8 of ``text.lower()`` (``lowered``, if known) with each byte
    that is not an ASCII word character made a space."""
    if lowered is None:
        if text.isascii():
            return text.encode("ascii").translate(LOWER_ASCII_WORDS)
        lowered = text.lower()
    return lowered.encode("utf-8", "surrogatepass").translate(ASCII_WORDS)


# ASCII characters that are not word characters: no word runs across one.
NON_WORD_ASCII = frozenset(c for c in map(chr, range(128)) if not (c.isalnum() or c == "_"))


def _words_within(part: str, whole: str) -> bool:
    """Whether every ASCII word of ``part`` (as _ascii_words splits it) is one of ``whole``.

    So it is when ``part`` occurs in ``whole`` without cutting a word at
    either end: its inner words are bounded by the same characters in both.
    A non-ASCII character at a cut counts as a word character (the Kelvin
    sign lower-cases to "k"), which only ever sends a text to the full word set.
    """
    i = whole.find(part)
    if i < 0:
        return False
    j = i + len(part)
    return (i == 0 or part[:1] in NON_WORD_ASCII or whole[i - 1] in NON_WORD_ASCII) and (
        j == len(whole) or part[-1:] in NON_WORD_ASCII or whole[j] in NON_WORD_ASCII
    )


@lru_cache(maxsize=1)
def word_index() -> WordIndex:
    terms: list[Term] = []
    whole: dict[bytes, list[int]] = {}
    prefix: dict[bytes, list[int]] = {}
    unkeyed: list[int] = []
    for t in _taxonomy_data()["topics"]:
        for term in t["terms"]:
            i = len(terms)
            acronym = _is_acronym(term)
            if not term.isascii():
                # Lower-casing is not re's case folding for every letter ("İ"
                # lower-cases to two characters, "(?i:İ)" matches "i"): such a
                # term keeps its alternative of Topic.pattern, on the text as
                # written, tried on every text (none in the shipped taxonomy).
                regex = _term_regex(term) if acronym else "(?i:" + _term_regex(term) + ")"
                terms.append(Term(t["slug"], re.compile(r"\b" + regex), as_written=True))
                unkeyed.append(i)
                continue
            # The same matches as Topic.pattern's alternative for this term:
            # acronyms as written on the text, the rest lower-cased on the
            # lower-cased text (for an ASCII term; see UNSAFE_FOR_LOWER).
            written = term if acronym else term.lower()
            stem = written.rstrip("*")
            one_word = not acronym and re.fullmatch(r"\w+", stem) is not None
            # A \w run of the stem is a whole word of any match (\b or a
            # non-word character on both sides), except a last one before "*".
            words = [
                (m.group().lower().encode(), m.end() == len(stem) and written.endswith("*"))
                for m in re.finditer(r"\w+", stem)
            ]
            needs = frozenset(w for w, is_prefix in words if not is_prefix)
            regex = re.compile(_search_regex(stem, _term_regex(written)))
            terms.append(Term(t["slug"], regex, acronym, one_word, needs))
            if not words:
                unkeyed.append(i)
                continue
            key, is_prefix = max(words, key=lambda w: (len(w[0]), not w[1]))
            (prefix if is_prefix else whole).setdefault(key, []).append(i)
    return WordIndex(
        whole={k: tuple(v) for k, v in whole.items()},
        prefix={k: tuple(v) for k, v in prefix.items()},
        unkeyed=tuple(unkeyed),
        terms=tuple(terms),
    )


def _search_regex(stem: str, regex: str) -> str:
    r"""``\b`` + ``regex``, written to start with the stem's first word when it has one.

    The same matches, but a pattern that starts with a literal is searched
    with re's fast scan for it instead of being tried at every position of
    the text (ten times faster on a BBC body).
    """
    first = re.match(r"\w+", stem)
    if not first:
        return r"\b" + regex
    literal = re.escape(first.group())
    assert regex.startswith(literal)
    return literal + r"(?<=\b" + literal + ")" + regex[len(literal) :]


def count_terms(text: str) -> dict[str, int]:
    """How many times each topic's own terms occur in ``text`` (see ``WordIndex.topic_counts``)."""
    if _has_unsafe_for_lower(text):
        counts: dict[str, int] = {}
        for t in taxonomy():
            n = len(t.pattern.findall(text))
            if n:
                counts[t.slug] = n
        return counts
    return word_index().topic_counts(text)


def assign_topics(article: Article) -> list[str]:
    """Topic slugs for the article, from its tags, title and body (quotes: ``quote_topics``).

    Top-level subjects first, best-scored first (see the module docstring).
    """
    title_weight, second_share, narrow_alone = _settings()
    counts = count_terms(article.body)
    if article.title:
        for slug, n in count_terms(article.title).items():
            counts[slug] = counts.get(slug, 0) + title_weight * n
    shape = _shape()
    scores: dict[str, float] = {}
    for slug, n in counts.items():
        top = shape[slug][1]
        scores[top] = scores.get(top, 0) + n
    ranked = sorted(scores, key=lambda slug: (-scores[slug], shape[slug][0]))
    chosen = ranked[:1]
    if len(ranked) > 1 and scores[ranked[1]] >= second_share * scores[ranked[0]]:
        chosen.append(ranked[1])
    tagged: list[str] = []
    if article.tags:
        tags = {tag.lower() for tag in article.tags}
        tagged = [t.slug for t in taxonomy() if t.names & tags]
        chosen.extend(slug for slug in tagged if shape[slug][2] is None and slug not in chosen)
    narrow = [
        slug
        for slug in sorted({*counts, *tagged}, key=lambda slug: shape[slug][0])
        if shape[slug][2] is not None
        and (shape[slug][2] in chosen or counts.get(slug, 0) >= narrow_alone or slug in tagged)
    ]
    if not narrow:
        return chosen
    # The subjects the narrower topics belong to follow the scored ones.
    up = ancestors()
    found = dict.fromkeys(chosen)
    for slug in narrow:
        found.update(dict.fromkeys(reversed(up[slug])))
    found.update(dict.fromkeys(narrow))
    return list(found)


@lru_cache(maxsize=1)
def _shape() -> dict[str, tuple[int, str, str | None]]:
    """Each topic's place in the taxonomy, its top-level subject and its parent."""
    up = ancestors()
    return {t.slug: (i, up[t.slug][-1] if up[t.slug] else t.slug, t.parent) for i, t in enumerate(taxonomy())}


def with_parents(slugs: Collection[str]) -> list[str]:
    """``slugs`` in taxonomy order with every broader topic of theirs."""
    up = ancestors()
    found = set(slugs)
    for slug in slugs:
        found.update(up.get(slug, ()))
    shape = _shape()
    return sorted(found, key=lambda slug: shape[slug][0])


def quote_topics(text: str, context: str | None, article_topics: Collection[str] | None = None) -> list[str]:
    """Topics of a quote, from its words and its sentence, with their broader topics.

    Both are body text, so a quote can only be on topics its article's body
    matched: passing ``article_topics`` skips testing the others.
    """
    joined = text + "\n" + (context or "")
    if context and not _has_unsafe_for_lower(joined) and _words_within(text, context):
        # The quote is in its sentence, which has all its words: scanning
        # the sentence alone finds the same (the quote is 40% of the text).
        found = word_index().topics_in(joined, article_topics, scan=context)
        return with_parents(found) if found else []
    found = match_text(joined, only=article_topics)
    return with_parents(found) if found else []
