"""Which quoted spans are quotations: speech, not scare quotes, terms or titles.

A long span, or a sentence set off with a reporting cue, is; a short one needs
a cue or a speaker.  Short terms are scare quotes, titles or names unless the
text says someone used them: what someone *called*
a thing (``Huckabee called the program "worse than amnesty"``, ``what Trump
calls "Radical Islam"``) or a term someone used or said (``refused to say the
words "radical Islam"``).  Title-case quotes are titles (``on NBC's "Meet the
Press."``), except in a headline that names its speaker first.  A paragraph
that only repeats words quoted nearby is a pull quote, counted once.
"""

from __future__ import annotations

import re

from . import speakers
from ..text.patterns import trie_pattern

WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")

# Words that introduce a name, a title or a term rather than speech.
NAMING_WORDS = (
    "so-called", "so called", "dubbed", "nicknamed", "known as", "billed as", "branded as", "labelled", "labeled",
    "termed", "entitled", "titled", "headlined", "named", "simply called", "series", "film", "book", "documentary",
    "programme", "program", "show", "song", "album", "novel", "play", "campaign", "operation", "slogan", "motto",
    "phrase", "word", "term", "the study", "codenamed", "code-named", "brand", "magazine", "newspaper", "column",
    "the word", "the words", "call it", "calls it", "called it", "called",
)
# ... right before the opening mark, maybe with a colon or comma between (one
# alternative per shared prefix: the pattern is tried at many offsets of every short quote).
NAMING_BEFORE_RE = re.compile(
    rf"(?:{trie_pattern(sorted(NAMING_WORDS))})\s*[:,]?\s*[\"“„«‘']?$",
    re.IGNORECASE,
)
# A match ends in a letter, then only spaces, a colon or comma and a quote mark:
# it starts at most this far before that closing run.
NAMING_REACH = max(map(len, NAMING_WORDS))
NAMING_TAIL_CHARS = ":,\"“„«‘'"
# Short quotes must be said by someone: their sentence needs a reporting cue.
SHORT_QUOTE_WORDS = 6
# A quoted term this short is a quotation only with a speaker or a cue (issue 16):
# on real web pages most two-word "quotes" were scare quotes and product names.
TERM_WORDS = 2
TITLE_CASE_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from"}

# A preposition or possessive right before a title-case quote: where a show or a book goes
# ("on "Meet the Press."", "CNN's "New Day."").
TITLE_LEAD_RE = re.compile(r"(?:\b(?:on|in|of|from|with|to|told)|['’]s|s['’])\s*[\"“„«‘']$", re.IGNORECASE)

# Words that say a title follows, whatever its length or its last mark (session 17).
TITLED_BEFORE_RE = re.compile(r"\b(?:entitled|titled|headlined)\s*[:,]?\s*[\"“„«‘']$", re.IGNORECASE)

# A headline or title with its author after it, as news digests list the stories they
# link to ("—"Met accused of whitewashing baby Jesus," by Post's Kathianne Boniello").
BYLINE_AFTER_RE = re.compile(r"[\"”’']?\s*by\s+(?:the\s+)?[A-Z]")

# A paragraph that is only a short quote whose words the body says again elsewhere is a
# pull quote or a subhead made of one ("'A really tough decision.'"): the quote is
# counted where it is said.  Only so many are looked up, each this far around it.
PULL_QUOTE_WORDS = 12
MAX_PULL_QUOTE_CHECKS = 50
PULL_QUOTE_REACH = 20_000
PULL_QUOTE_TRIM = ".,!?;:…'’\"” "
# A short quote continuing the one before: at most this far after it ends (its attribution between).
FOLLOWING_REACH = 120
OPENING_MARKS = ' "“„«‘\''
CLOSING_TAIL = ' "”»’\''

# A capitalised name after a broadcaster's possessive is its programme ("NBC's "Today"",
# "MSNBC's "Morning Joe,""), not its words.
BROADCASTER_BEFORE_RE = re.compile(r"\b[A-Z]{2,6}(?:'s|’s)\s*[\"“„«‘']$")

# Verbs by which someone names a thing in their own words: "Huckabee called the
# program "worse than amnesty"", "what Trump calls "Radical Islam"".  A short quote
# after one is that someone's words, not a scare quote, when the verb has a subject
# (a name, a pronoun, "what", an auxiliary): after a common noun it is a participle
# naming a title ("a show called "Brokers"").
CALLING_VERBS = (
    "call", "calls", "called", "calling", "dubbed", "dubs", "dubbing", "labeled", "labelled", "labels",
    "labeling", "labelling", "branded", "brands", "branding", "termed", "terms", "described", "describes",
    "describing", "referred to", "refers to", "referring to", "characterized", "characterised",
)
# Words that, right before a calling verb, make it a verb with a subject.
CALLING_SUBJECT_WORDS = {
    "he", "she", "they", "we", "i", "you", "who", "what", "it", "has", "have", "had", "been", "being", "was",
    "were", "is", "are", "be", "also", "once", "even", "then", "repeatedly", "publicly", "previously", "not",
    "and", "later", "often", "would", "will", "could", "might", "did", "does", "do",
}
# Forms that are as often nouns ("call centres have a high "churn rate""): a verb
# only after a subject.
CALLING_NOUN_FORMS = {"call", "calls", "labels", "brands", "terms", "dubs"}
# The calling verb's object: at most this many words between it and the quote, none
# of them a word that ends a noun phrase ("her calling with decals that say "...""),
# and not only an article ("a trend called the "Internet of Things"").
CALLING_OBJECT_WORDS = 4
NOT_IN_OBJECT = {"with", "that", "which", "who", "to", "in", "on", "at", "from", "by", "after", "say", "says", "said", "read", "reads"}
ARTICLES = {"a", "an", "the"}
CALLING_RE = re.compile(
    rf"(?<![\w-])(?P<verb>{trie_pattern(sorted(CALLING_VERBS))})"
    rf"(?P<object>(?:\s+[\w’'.-]+){{0,{CALLING_OBJECT_WORDS}}}?)(?:\s+as)?[\s,:]*[\"“„«‘']?$",
    re.IGNORECASE,
)
WHAT_SUBJECT_RE = re.compile(r"\b(?:what|whom?|which|that)\s+(?:[\w’'.-]+,?\s+){1,8}$", re.IGNORECASE)
WRITER_PRONOUNS = {"i", "we", "you", "i’d", "i'd", "we’d", "we'd", "you’d", "you'd", "let’s", "let's"}
# An object pronoun after a form that could be a noun makes it a verb: "the paper calls it".
OBJECT_PRONOUNS = {"it", "him", "her", "them", "this", "that", "me", "us", "you"}
# Someone using, saying or coining a term: the term is their words ("refused to say the
# words "radical Islam"", "used the term "kitchen sink"", "coined a new phrase, "...").
USED_TERM_RE = re.compile(
    r"\b(?:use|uses|used|using|use of|say|says|said|saying|utter|uttered|uttering|coin|coins|coined|coining|"
    r"repeat|repeated|repeating|invoke|invoked|invoking|prefer|prefers|preferred|bearing|chanting|chanted)"
    r"\s+(?:(?:the|a|this|that|his|her|their|its|a new|the same)\s+)?(?:new\s+)?(?:term|terms|word|words|phrase|phrases|slogan|expression)"
    r"[\s,:]*[\"“„«‘']?$",
    re.IGNORECASE,
)
# Adverbs that make the verb a label, not anyone's words: "aptly named", "simply called".
NAMING_ADVERBS = {"aptly", "appropriately", "fittingly", "officially", "formally", "simply", "commonly", "popularly"}
WORD_BEFORE_RE = re.compile(r"([\w’'.-]+)[\s,]*$")


def is_quotation(body: str, cand: speakers.Candidate, words: list[str], open_end: bool = False) -> bool:
    """False for scare quotes, terms, nicknames and titles (``words``: the quote's words;
    ``open_end``: no closing mark before the paragraph ended)."""
    text = body[cand.start : cand.end]
    if not words:
        return False
    if len(words) <= 8 and attributed_term(body, cand):
        return True
    if text[:1].isupper() and _title_case(words + ["A"]) and BROADCASTER_BEFORE_RE.search(body, max(cand.sent_start, cand.start - 12), cand.start):
        return False
    if text.endswith(",") and BYLINE_AFTER_RE.match(body, cand.end, min(cand.end + 12, cand.sent_end)):
        return False
    # Word counts first: they are cheap and usually decide (most quotes are long).
    if len(words) <= 8 and _named_before(body[max(cand.sent_start, cand.start - 40) : cand.start]):
        return False
    if len(words) >= 2 and _title_case(words) and (_a_title(body, text, cand) or TITLED_BEFORE_RE.search(
            body, max(cand.sent_start, cand.start - 20), cand.start)) and not _headline_quote(body, cand):
        return False  # (a title of any length or ending after "entitled": "a piece entitled, "Why Are ...?"")
    if cand.continues or open_end and len(words) >= SHORT_QUOTE_WORDS:
        return True
    sentence_like = text[:1].isupper() and text.rstrip()[-1:] in ".,!?…" and len(words) >= 3
    if len(words) >= SHORT_QUOTE_WORDS or sentence_like:
        return True
    return speakers.has_cue(body, cand)


def follows_a_quote(body: str, cand: speakers.Candidate, previous: speakers.Candidate | None) -> bool:
    """Is the quote a short sentence of its own right after another quote and its attribution
    (``"It is over," said Ann Lee. "Never again."``)?  The speaker goes on: speech, however short."""
    if previous is None or previous.para != cand.para or cand.start - previous.end > FOLLOWING_REACH:
        return False
    if not any(c.isalpha() for c in body[previous.end : cand.start]):
        return False  # no attribution between: two quotes back to back ('"A." "B."')
    text = body[cand.start : cand.end].rstrip()
    if not (text[:1].isupper() and text[-1:] in ".!?…"):
        return False
    # The quote is its whole sentence: nothing but its marks around it.
    return not body[cand.sent_start : cand.start].strip(OPENING_MARKS) and not body[cand.end : cand.sent_end].strip(CLOSING_TAIL)


def pull_quote(body: str, cand: speakers.Candidate, paragraphs: list[tuple[int, int]], n_words: int, checks: list[int]) -> bool:
    """Is the quote a paragraph of its own repeating words said elsewhere in the body?"""
    if n_words < 2 or n_words > PULL_QUOTE_WORDS or cand.continues:
        return False
    para_start, para_end = paragraphs[cand.para]
    if body[para_start : cand.start - 1].strip() or body[cand.end + 1 : para_end].strip(PULL_QUOTE_TRIM):
        return False
    if checks[0] <= 0:
        return False
    checks[0] -= 1
    words = body[cand.start : cand.end].strip(PULL_QUOTE_TRIM).casefold()
    before = body[max(0, para_start - PULL_QUOTE_REACH) : para_start].casefold()
    after = body[para_end : para_end + PULL_QUOTE_REACH].casefold()
    return words in before or words in after


def unattributed_term(body: str, cand: speakers.Candidate, n_words: int, speaker: str | None) -> bool:
    """A quoted term this short with no speaker, no speech verb and no one said to have
    used it is a scare quote or a name ("fake news", "Like"): no one said it (issue 16)."""
    return (n_words <= TERM_WORDS and speaker is None and not cand.continues
            and not speakers.has_cue(body, cand, speech_only=True) and not attributed_term(body, cand))


def attributed_term(body: str, cand: speakers.Candidate) -> bool:
    """Is the quote what someone called something ("X called it "abhorrent"")?"""
    before = body[max(cand.sent_start, cand.start - 80) : cand.start]
    used = USED_TERM_RE.search(before, max(0, len(before) - 40))
    if used:
        # "we use the term "place"": the writer's own word, mentioned, not anyone's quoted
        word = WORD_BEFORE_RE.search(before, 0, used.start())
        return word is None or word.group(1).lower() not in WRITER_PRONOUNS
    match = CALLING_RE.search(before)
    if match is None:
        return False
    verb = match.group("verb").lower()
    objects = [w.lower() for w in match.group("object").split()]
    if any(w in NOT_IN_OBJECT for w in objects):
        return False
    has_object = not set(objects) <= ARTICLES
    if has_object and verb not in CALLING_NOUN_FORMS:
        return True  # "called it ...", "called Rubio ...": a verb with an object, not a title's label
    lead = before[: match.start("verb")]
    word = WORD_BEFORE_RE.search(lead)
    if word is None:
        return verb not in CALLING_NOUN_FORMS and (not lead.strip() or lead.rstrip()[-1:] in "(—–")
    if has_object and verb != "call" and (word.group(1)[:1].isupper() or objects[0] in OBJECT_PRONOUNS):
        return True  # "Öcalan calls it ...": a name, the verb and its object
    # Plain "call" needs a pronoun or an auxiliary before it: "Critics call it "fake news""
    # is how scare quotes are introduced (issue 16), "they call it" a group's own words.
    word = word.group(1).lower()
    # A subject right before the verb: a pronoun or an auxiliary, or a name after
    # "what" ("what Trump calls"); after a common noun it names a title.
    return (word in CALLING_SUBJECT_WORDS or word.endswith("ly") and word not in NAMING_ADVERBS
            or WHAT_SUBJECT_RE.search(lead) is not None)


def _named_before(before: str) -> bool:
    """``NAMING_BEFORE_RE.search(before)``, starting where a match can start: a
    naming phrase ends where the closing spaces, colon, comma and quote mark begin."""
    k = len(before)
    while k and (before[k - 1].isspace() or before[k - 1] in NAMING_TAIL_CHARS):
        k -= 1
    return NAMING_BEFORE_RE.search(before, max(0, k - NAMING_REACH)) is not None


def _a_title(body: str, text: str, cand: speakers.Candidate) -> bool:
    """Is a quote in title case a name (of a show, a book, a group), not speech?
    American style puts a sentence's full stop inside the marks ("on NBC's "Meet the
    Press.""): a title then ends in one too, unless someone in the sentence says it."""
    end = text.rstrip()[-1:]
    if end in "!?" or text.isupper() and len(text.split()) >= 3:
        return False  # shouted, not named
    if end != ".":
        return True
    outside = WORD_RE.findall(body[cand.sent_start : cand.start]) + WORD_RE.findall(body[cand.end : cand.sent_end])
    if _title_case(outside or ["A"]):
        return False  # a headline, itself in title case: the quote is its speaker's words
    return TITLE_LEAD_RE.search(body, max(cand.sent_start, cand.start - 12), cand.start) is not None or not speakers.has_cue(body, cand, speech_only=True)


def _headline_quote(body: str, cand: speakers.Candidate) -> bool:
    """A headline in title case quotes its speaker in title case too ("Warren: Trump Is a
    'Proven Failure' in Business") when it names the speaker first ("Name:")."""
    outside = WORD_RE.findall(body, cand.sent_start, cand.start) + WORD_RE.findall(body, cand.end, cand.sent_end)
    return len(outside) >= 2 and _title_case(outside) and speakers.has_cue(body, cand, speech_only=True)


def _title_case(words: list[str]) -> bool:
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_CASE_SMALL for w in words) and words[0][:1].isupper()
