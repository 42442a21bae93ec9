"""Step 4: find direct quotations in an article body.

``extract_quotes(body)`` finds the spans inside quote marks, keeps the ones
that are speech (not scare quotes, terms or titles) and asks
:mod:`quotearchive.extract.speakers` who said each one.

How news text marks speech, and so what the rules below follow:

* Marks may be straight (``"``), curly (``“ ”``) or mixed (a curly opener
  closed by a straight mark); whether a straight mark opens or closes is
  read from its neighbours (space before and a letter after: it opens).
  Sites also type the opener where the closer goes (``“abhorrent“ in``): a
  “ glued to the word before it and followed by a space closes.
* One paragraph a line.  A quote running over several paragraphs leaves its
  closing mark off every paragraph but the last and reopens each one, so a
  span never crosses a line break; each paragraph's part is its own quote.
* Two paragraphs merged on one line show up as an opener inside an open
  quote right after a sentence end (``money. "The senior``): the first
  quote ends there.
* Single marks are apostrophes or quotes nested inside a double-quoted
  span (kept inside it); they only make a quote of their own in a line with
  no double marks, British-headline style (``Campbell: E-mail row 'silly fuss'``).

Which spans are quotations: a long span, or a sentence set off with a reporting
cue, is; a short one needs a cue or a speaker.  Short terms are scare quotes,
titles or names unless the text says someone used them: what someone *called*
a thing (``Huckabee called the program "worse than amnesty"``, ``what Trump
calls "Radical Islam"``) or a term someone used or said (``refused to say the
words "radical Islam"``).  Title-case quotes are titles (``on NBC's "Meet the
Press."``), except in a headline that names its speaker first.  A paragraph
that only repeats words quoted nearby is a pull quote, counted once.

Everything is one left-to-right scan per paragraph plus fixed-size windows
around each quote, so the cost is linear in the body's length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from . import speakers
from ..model import Quote
from ..text.patterns import trie_pattern
from ..text.sentences import SENTENCE_BREAK_RE, follows_abbreviation, sentence_ends_before

# Quote marks.  „ and « open, » closes; ” closes but some sites also open with it.
DOUBLE_MARK_RE = re.compile(r"[\"“”„«»]")
SINGLE_MARK_RE = re.compile(r"['‘’‚]")
OPEN_ONLY_MARKS = "“„«"
CLOSE_ONLY_MARKS = "”»"
PARAGRAPH_RE = re.compile(r"[^\n]+")
# What may stand right before an opening mark / right after a closing one.
BEFORE_OPEN = set(" \t\xa0\u2009\u202f([{—–-/:;,") | {""}
AFTER_CLOSE = set(" \t\xa0\u2009\u202f)]}.,;:!?—–-…/") | {""}
# A quote longer than this inside one paragraph is a stray mark, not speech.
MAX_QUOTE_CHARS = 5000
# How far around a quote its sentence is looked at (characters).
MAX_CONTEXT = 600
# Articles with more candidate spans or quote marks than this are mark soup,
# not news (a long real article has a few hundred marks): scanning stops there.
MAX_SPANS = 5000
MAX_MARKS = 100_000
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


@dataclass
class Span:
    """A candidate quote: offsets of the words inside the marks."""

    start: int
    end: int
    para: int  # index of the paragraph holding it
    open_end: bool = False  # no closing mark before the paragraph ended
    single: bool = False  # marked with single quotes
    continues: bool = False  # reopens a quote left open at the previous paragraph's end


def extract_quotes(body: str) -> list[Quote]:
    """Every direct quotation in ``body``, with offsets into it."""
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH_RE.finditer(body)]
    spans: list[Span] = []
    budget = [MAX_MARKS]
    for index, (start, end) in enumerate(paragraphs):
        spans.extend(_paragraph_spans(body, start, end, index, budget))
        if len(spans) > MAX_SPANS or budget[0] <= 0:
            break  # quote-mark soup, not news: what was found so far stands
    _mark_continuations(body, spans, paragraphs)
    breaks = _sentence_breaks(body, paragraphs, spans)
    kept = []
    n_words = []  # of each kept quote, for _kind
    pull_checks = [MAX_PULL_QUOTE_CHECKS]
    for span in spans:
        sent_start, sent_end = _sentence_around(body, breaks, paragraphs[span.para], span)
        cand = speakers.Candidate(span.start, span.end, span.para, sent_start, sent_end, span.continues)
        words = WORD_RE.findall(body, span.start, span.end)
        if _is_quotation(body, span, cand, words) and not _pull_quote(body, span, paragraphs, len(words), pull_checks):
            kept.append(cand)
            n_words.append(len(words))
    attributions = speakers.attribute(body, kept, paragraphs)
    quotes = []
    for cand, who, n in zip(kept, attributions, n_words):
        if (n <= TERM_WORDS and who.speaker is None and not cand.continues
                and not speakers.has_cue(body, cand, speech_only=True) and not _attributed_term(body, cand)):
            continue  # a scare quote or a name ("fake news", "Like"): no one said it
        text = body[cand.start : cand.end]
        quotes.append(
            Quote(
                start=cand.start,
                end=cand.end,
                text=text,
                kind=_kind(body, cand, n),
                cue=who.cue,
                speaker=who.speaker,
                speaker_type=who.speaker_type,
                speaker_role=who.role,
                speaker_as_written=who.as_written,
                speaker_confidence=speakers.confidence(who),
                speaker_evidence=speakers.evidence(who),
                context=body[cand.sent_start : _context_end(body, breaks, paragraphs[cand.para], cand, who)],
            )
        )
    return quotes


# ---------------------------------------------------------------- spans


def _paragraph_spans(body: str, start: int, end: int, para: int, budget: list[int]) -> list[Span]:
    if DOUBLE_MARK_RE.search(body, start, end):
        return _double_spans(body, start, end, para, budget)
    if SINGLE_MARK_RE.search(body, start, end):
        return _single_spans(body, start, end, para, budget)
    return []


def _flanks(body: str, pos: int, start: int, end: int) -> tuple[bool, bool]:
    """(may open, may close) for the straight mark at ``pos``."""
    before = body[pos - 1] if pos > start else ""
    after = body[pos + 1] if pos + 1 < end else ""
    may_open = before in BEFORE_OPEN and after != "" and not after.isspace()
    may_close = (before != "" and not before.isspace()) and (after in AFTER_CLOSE or after in "\"'“”‘’")
    if not may_open and not may_close and after != "" and not after.isspace() and before not in BEFORE_OPEN:
        may_close = True  # word"word: take it as closing whatever is open
    if not may_open and not may_close and before.isspace() and pos >= start + 2 and body[pos - 2] in "'’" and after in AFTER_CLOSE:
        may_close = True  # a nested quote's mark, a space, then ours: "... the 'Title Sponsor,' " Eric wrote
    return may_open, may_close


def _double_spans(body: str, start: int, end: int, para: int, budget: list[int]) -> list[Span]:
    spans: list[Span] = []
    open_at = -1  # offset just after the opening mark, or -1 when outside
    curly = False  # the open quote began with a curly or angle mark
    nested = False  # inside it, a straight-quoted phrase is open: “He called it "madness"”
    for match in DOUBLE_MARK_RE.finditer(body, start, end):
        budget[0] -= 1
        if budget[0] <= 0 or len(spans) > MAX_SPANS:
            return spans
        pos = match.start()
        mark = match.group()
        if mark in OPEN_ONLY_MARKS:
            may_open, may_close = True, False
            if open_at >= 0 and mark == "“" and pos > start and not body[pos - 1].isspace() and body[pos - 1] not in BEFORE_OPEN:
                after = body[pos + 1] if pos + 1 < end else ""
                if after in AFTER_CLOSE:
                    may_open, may_close = False, True  # an opening mark typed as the closer: “abhorrent“ in
        elif mark in CLOSE_ONLY_MARKS:
            may_open, may_close = _flanks(body, pos, start, end)
            may_open = may_open and not may_close and open_at < 0
            may_close = may_close or not may_open
        else:
            may_open, may_close = _flanks(body, pos, start, end)
        if open_at < 0:
            if may_open:
                open_at = pos + 1
                curly, nested = mark != '"', False
            continue
        if curly and mark == '"':
            if nested and may_close:
                nested = False
                continue
            if may_open and not may_close:
                nested = True
                continue
        if may_close and not (may_open and pos == open_at):
            _add_span(body, spans, open_at, pos, para)
            open_at = -1
        elif may_open and (sentence_ends_before(body, pos, open_at) or not curly and not may_close):
            # An opener inside an open quote: two paragraphs merged on one line
            # (after a sentence end), or a closing mark typed as a space.  Nested
            # quotes inside straight ones take single marks, so this one opens anew.
            _add_span(body, spans, open_at, pos, para, open_end=True)
            open_at = pos + 1
            curly, nested = mark != '"', False
    if open_at >= 0:
        _add_span(body, spans, open_at, end, para, open_end=True)
    return spans


def _single_spans(body: str, start: int, end: int, para: int, budget: list[int]) -> list[Span]:
    """Single-quoted spans in a line without double marks (headline style)."""
    spans: list[Span] = []
    open_at = -1
    for match in SINGLE_MARK_RE.finditer(body, start, end):
        budget[0] -= 1
        if budget[0] <= 0 or len(spans) > MAX_SPANS:
            return spans
        pos = match.start()
        before = body[pos - 1] if pos > start else ""
        after = body[pos + 1] if pos + 1 < end else ""
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word: don't, Russia’s
        if open_at < 0:
            if before in BEFORE_OPEN and after.isalnum():
                open_at = pos + 1
        elif before and not before.isspace() and after in AFTER_CLOSE:
            if before == "s" and after == " " and pos + 1 < end and body[pos + 2 : pos + 3].islower():
                continue  # a plural possessive: the Joneses' house
            _add_span(body, spans, open_at, pos, para, single=True)
            open_at = -1
    return spans


def _add_span(body: str, spans: list[Span], start: int, end: int, para: int, open_end: bool = False, single: bool = False) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end - start < 1 or end - start > MAX_QUOTE_CHARS or not WORD_RE.search(body, start, end):
        return
    spans.append(Span(start, end, para, open_end=open_end, single=single))


def _mark_continuations(body: str, spans: list[Span], paragraphs: list[tuple[int, int]]) -> None:
    """Flag a quote that reopens one left open at the previous paragraph's end."""
    for prev, span in zip(spans, spans[1:]):
        if prev.open_end and span.para == prev.para + 1:
            para_start = paragraphs[span.para][0]
            if span.start - para_start <= 2:
                span.continues = True


# ---------------------------------------------------------------- sentences


def _sentence_breaks(body: str, paragraphs: list[tuple[int, int]], spans: list[Span]) -> list[int]:
    """Sorted offsets where sentences start, never inside a quote.

    Only paragraphs holding a quote are split into sentences: a quote's sentence
    never reaches past its paragraph, so the others need only their start.
    """
    breaks = []
    span_index = 0
    quoted = {span.para for span in spans}
    for index, (start, end) in enumerate(paragraphs):
        breaks.append(start)
        if index not in quoted:
            continue
        for match in SENTENCE_BREAK_RE.finditer(body, start, end):
            pos = match.end()
            while span_index < len(spans) and spans[span_index].end < pos:
                span_index += 1
            if span_index < len(spans) and spans[span_index].start < pos < spans[span_index].end:
                continue  # inside a quote (tested first: cheaper than the abbreviation regex)
            if follows_abbreviation(body, match.start(), start):
                continue
            breaks.append(pos)
    return breaks


def _sentence_around(body: str, breaks: list[int], paragraph: tuple[int, int], span: Span) -> tuple[int, int]:
    i = bisect_right(breaks, span.start - 1) - 1
    sent_start = max(breaks[i] if i >= 0 else 0, paragraph[0])
    j = bisect_right(breaks, span.end)
    sent_end = breaks[j] if j < len(breaks) else len(body)
    sent_end = min(sent_end, paragraph[1])
    # A "sentence" with no stops in it can be a whole 40 MB paragraph: every rule
    # looks only this far around the quote, which keeps the cost linear.
    sent_start = max(sent_start, span.start - MAX_CONTEXT)
    sent_end = min(sent_end, span.end + MAX_CONTEXT)
    while sent_end > sent_start and body[sent_end - 1].isspace():
        sent_end -= 1
    return sent_start, sent_end


def _context_end(body: str, breaks: list[int], paragraph: tuple[int, int], cand: speakers.Candidate, who: speakers.Attribution) -> int:
    """The end of the quote's sentence, or of the next one when the speaker is named there
    ('"...aimed?" Putin asked.')."""
    if who.pos < cand.sent_end or who.pos >= paragraph[1]:
        return cand.sent_end
    j = bisect_right(breaks, who.pos)
    end = min(breaks[j] if j < len(breaks) else len(body), paragraph[1], who.pos + MAX_CONTEXT)
    while end > cand.sent_end and body[end - 1].isspace():
        end -= 1
    return end


# ---------------------------------------------------------------- filters


def _is_quotation(body: str, span: Span, cand: speakers.Candidate, words: list[str]) -> bool:
    """False for scare quotes, terms, nicknames and titles (``words``: the quote's words)."""
    text = body[span.start : span.end]
    if not words:
        return False
    if len(words) <= 8 and _attributed_term(body, cand):
        return True
    if text[:1].isupper() and _title_case(words + ["A"]) and BROADCASTER_BEFORE_RE.search(body, max(cand.sent_start, span.start - 12), span.start):
        return False
    if text.endswith(",") and BYLINE_AFTER_RE.match(body, span.end, min(span.end + 12, cand.sent_end)):
        return False
    # Word counts first: they are cheap and usually decide (most quotes are long).
    if len(words) <= 8 and _named_before(body[max(cand.sent_start, span.start - 40) : span.start]):
        return False
    if len(words) >= 2 and _title_case(words) and _a_title(body, text, cand) and not _headline_quote(body, cand):
        return False
    if span.continues or span.open_end and len(words) >= SHORT_QUOTE_WORDS:
        return True
    sentence_like = text[:1].isupper() and text.rstrip()[-1:] in ".,!?…" and len(words) >= 3
    if len(words) >= SHORT_QUOTE_WORDS or sentence_like:
        return True
    return speakers.has_cue(body, cand)


def _pull_quote(body: str, span: Span, paragraphs: list[tuple[int, int]], n_words: int, checks: list[int]) -> bool:
    """Is the quote a paragraph of its own repeating words said elsewhere in the body?"""
    if n_words < 2 or n_words > PULL_QUOTE_WORDS or span.continues:
        return False
    para_start, para_end = paragraphs[span.para]
    if body[para_start : span.start - 1].strip() or body[span.end + 1 : para_end].strip(PULL_QUOTE_TRIM):
        return False
    if checks[0] <= 0:
        return False
    checks[0] -= 1
    words = body[span.start : span.end].strip(PULL_QUOTE_TRIM).casefold()
    before = body[max(0, para_start - PULL_QUOTE_REACH) : para_start].casefold()
    after = body[para_end : para_end + PULL_QUOTE_REACH].casefold()
    return words in before or words in after


def _attributed_term(body: str, cand: speakers.Candidate) -> bool:
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
    if has_object and (word.group(1)[:1].isupper() or objects[0] in OBJECT_PRONOUNS):
        return True  # "Öcalan calls it ...": a name, the verb and its object
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


def _kind(body: str, cand: speakers.Candidate, n_words: int) -> str:
    """"full" for a quoted sentence set off on its own, "partial" for words woven into ours
    (``n_words``: how many words the quote has)."""
    text = body[cand.start : cand.end]
    if not text[:1].isupper() and not text[:1].isdigit() and text[:1] not in "[(….":
        return "partial"
    lead = body[cand.sent_start : cand.start - 1].rstrip()
    set_off = not lead or lead[-1:] in ":,—–-" or text.rstrip()[-1:] in ".,!?…"
    return "full" if set_off and n_words >= 3 else "partial"
