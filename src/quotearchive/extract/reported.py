"""Reported (indirect) speech: who said what without quotation marks.

``extract_reported(body, direct)`` finds the statements news reports in the
reporter's own words and returns them as :class:`Quote` records with
``kind="indirect"``: ``text`` is the reported clause (``body[start:end] ==
text``), ``cue`` the verb or "according to", and the speaker comes from the
same resolver as direct quotes (``speakers.attribute``), so "he" and "the
minister" resolve to the same names.  The module is one piece (over 500
lines) because the patterns share one sentence walk and the same subject and
clause-end helpers, and the order they are tried in is itself a decision;
docs/reported-speech.md says what each pattern gains on PolNeAR.

How English news writing reports speech, and so the patterns here, one
sentence at a time:

* the verb before its clause: ``X said (that) CLAUSE``, ``X has said CLAUSE``,
  ``X warned/argued/insisted/denied/admitted (that) CLAUSE``, ``X told Y
  (that) CLAUSE``, and the participle that carries on a sentence's speech
  (``..., saying CLAUSE``, ``..., adding that CLAUSE``);
* the attribution after its clause: ``CLAUSE, X said.`` / ``CLAUSE, said X.``
  (maybe with a tail: ``..., officials said on Tuesday.``), and set inside it:
  ``In his state, X said, CLAUSE`` gives both halves;
* the source named with "according to": ``According to X, CLAUSE`` /
  ``CLAUSE, according to X.``;
* thought and intention (``X believes/hopes/wants ...``) the same way; their
  verbs have the stance ``thought`` in :mod:`quotearchive.lexicon.verbs`;
* intention, promise and refusal with an infinitive (``X plans/vowed/pledged/
  declined to ...``), the infinitive ending at its first comma or dash; the
  passive ``X is expected to ...`` too, with no speaker (no one is named);
* a speech act with its object and complement (``X accused Y of ...``, ``X
  urged/asked/called on Y to ...``, ``X blamed Y for ...``), or its target
  (``X criticized ...``, ``X called for ...``);
* a noun of speech or belief with its that-clause (``X's claim that ...``,
  ``the notion that ...``; the noun's stance is its verb's);
* a poll's or survey's finding, which needs no "that" (``a new poll shows
  Clinton ahead``).

Archived New York Times copy opens and closes quotations with two apostrophes
(``''...''``), which the direct extractor does not read as marks: a sentence
breaks before them, and a clause starting inside one ends at its close.

What is not reported speech: a sentence that is a question (the reporter
asking), a verb with no clause after it ("he told the BBC.", "said in a
statement."), "said" in other senses ("that said,", "is said to be"), a
clause that is a direct quotation already (the direct extractor has it).  A
clause carrying a partial quotation ("He said the plan was "dead in the
water"") is stored, and shares the partial quote's ``statement_key``
(``model.statement_key_of``), so the two are one statement.

The work is one regex pass per sentence for the cues and fixed-size windows
around each one: linear in the body.  Every pattern is anchored on a literal
word or punctuation, with no nested repetition.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from . import quotations, speakers
from ..lexicon import reported as words
from ..lexicon.verbs import REPORTING_VERBS, SPEECH_NOUNS, THOUGHT
from ..model import Quote
from ..text.patterns import trie_pattern
from ..text.sentences import SENTENCE_BREAK_OR_APOSTROPHES_RE as SENTENCE_BREAK_RE, follows_abbreviation

PARAGRAPH_RE = re.compile(r"[^\n]+")
# A quotation in those two-apostrophe marks, within its paragraph.  The direct extractor
# does not read them as quotes, so the statement they hold is kept as reported; but a
# clause that starts inside one ("''I think [we will win,'' he said]") is the quote's words.
# An opening mark follows no letter and comes before one; a closing mark the reverse.
APOSTROPHES_RE = re.compile(r"''")
# Verbs whose subject speaks (or thinks) the clause after them.
SPEECH_FORMS = frozenset(f for v in REPORTING_VERBS.values() for f in v.speech)
CLAUSE_FORMS = frozenset(f for v in REPORTING_VERBS.values() for f in v.clause) - SPEECH_FORMS
VERB_FORMS = SPEECH_FORMS | CLAUSE_FORMS  # a noun's form that is also a verb's: "claims", "warning"
# Participles that carry the sentence subject's speech on: "..., saying the plan failed".
PARTICIPLES = frozenset(f for v in REPORTING_VERBS.values() for f in v.speech + v.weak if f.endswith("ing"))
# "accused X of ...", "urged X to ...": the form -> the word that opens the complement after the object.
OBJECT_FORMS = {
    f: prep for b, prep in words.OBJECT_COMPLEMENTS.items() for f in REPORTING_VERBS[b].speech + REPORTING_VERBS[b].weak + REPORTING_VERBS[b].clause
}
# "Asked whether ..., he said ...": the question put to the speaker, by someone unnamed.
ASKED = "Asked"
ASKED_LEAD_RE = re.compile(r"\s*(?:But|And|Yet)?\s*(?:When|If|Once|After being)\s+")  # "When asked whether ..."
# "the claim that ...": a noun of speech or belief and its that-clause (lexicon.verbs: each noun's verb, for its stance).
NOUN_FORMS = frozenset(SPEECH_NOUNS)
# Evaluative speech acts and their target: "criticized [Clinton's record]", "described [the
# field as all very good]" (PolNeAR marks the object); past and present forms only.
TARGET_FORMS = frozenset(
    f for b in words.TARGET_BASES for f in REPORTING_VERBS[b].speech + REPORTING_VERBS[b].weak + REPORTING_VERBS[b].clause
)
# "called for tougher rules": a demand and what it demands.
DEMAND_FORMS = frozenset(REPORTING_VERBS["call for"].clause)
NOUN_OBJECT_RE = re.compile(rf"(?:[\w'’-]+\s+){{0,3}}?(?:{trie_pattern(sorted(NOUN_FORMS))})\s+that\b")
CUE_FORMS = sorted(SPEECH_FORMS | CLAUSE_FORMS | PARTICIPLES | set(OBJECT_FORMS) | NOUN_FORMS | TARGET_FORMS | set(words.FINDING_PLURAL_FORMS))
CUE_RE = re.compile(rf"\b(?:{trie_pattern(CUE_FORMS)}|[Aa]ccording to|{ASKED})\b")
CUE_SCAN_RE = re.compile(rf"\W({trie_pattern(CUE_FORMS)}|[Aa]ccording to|{ASKED})\b")  # the same, with the character before
# Verbs that may take their clause without "that" (lexicon: which, and why).
BARE_CLAUSE_FORMS = frozenset(
    f for b in words.BARE_CLAUSE_BASES for f in REPORTING_VERBS[b].speech + REPORTING_VERBS[b].clause + REPORTING_VERBS[b].weak
)
# A question reported: "asked whether ...", "wondered if ...".
QUESTION_FORMS = frozenset(f for b in words.QUESTION_BASES for f in REPORTING_VERBS[b].speech + REPORTING_VERBS[b].weak)
# A clause before ", X said" is no statement when it opens with a setting:
# "In a 1963 speech, Kennedy declared ...", "Asked about it, he said ...".
SETTING_START_RE = re.compile(rf"(?:{trie_pattern(sorted(words.SETTING_OPENERS))})\b")
# "In Ohio, the turnout was the highest in years, officials said": a setting, then its clause
# (a comma and a few words, one of them a verb only a clause has).
SETTING_THEN_CLAUSE_RE = re.compile(r",\s+(?:[\w'’-]+\s+){1,12}?(?:is|was|were|are|would|will|could|should|has|had|have|can|may|might|did|does|do|must)\b")
# What may follow the verb of ", X said": nothing, or a time, a place, a manner.
TRAIL_TAIL_RE = re.compile(
    r"\s*(?:$|[a-z]+ly\b|in\b|on\b|at\b|during\b|after\b|before\b|to\b|from\b|of\b|with\b|as\b|when\b|while\b|last\b|"
    r"this\b|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|later|recently|"
    r"\(|,|—|–)"
)
# "say" itself: after it, a clause may start with any noun ("said down-ballot races ...").
SAY_FORMS = frozenset(REPORTING_VERBS["say"].speech + REPORTING_VERBS["tell"].speech)
SETTING_WORDS = frozenset(words.SETTING_WORDS)
QUESTION_RE = re.compile(rf"(?:{'|'.join(words.QUESTION_WORDS)})\b")
# Intention takes an infinitive: "she wants to run", "he hopes to win".
INTENTION_FORMS = frozenset(f for b in words.INTENTION_BASES for f in REPORTING_VERBS[b].speech + REPORTING_VERBS[b].weak + REPORTING_VERBS[b].clause)
# "what he wants to do", "the campaign she plans to run": the infinitive's object is
# the noun before its subject, a relative clause, not an intention reported.
RELATIVE_BEFORE_RE = re.compile(r"\b(?!(?:and|but|or|so|because|that|if|when|as|while|since|now|then|also|said|says|where|though|although)\b)"
                                r"[a-z]+\s+(?:he|she|they|we|I|you|it)\s+(?:\w+\s+)?$")
# "to" and a verb, not "to a settlement", "to the party", "to 10 percent".
INFINITIVE_RE = re.compile(r"to\s+(?!(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|some|any|no|all|each|every)\b)[a-z]")
# "Ford's plans to", "with plans to": the verb form is a noun after a possessive or a determiner.
NOUN_BEFORE_RE = re.compile(r"(?:['’]s|\b(?:the|with|his|her|their|its|our|new|no|of|for|and|U\.S\.))\s+$")
# "the saying", "his warning that": the participle's form is a noun after a determiner or a possessive.
PARTICIPLE_NOUN_RE = re.compile(r"(?:['’]s|\b(?:a|an|the|his|her|their|its|our|my|your|this|that|old))\s+$", re.I)
NOUN_THAT_RE = re.compile(r"\s+that\s+")
DETERMINER_BEFORE_RE = re.compile(r"\b(?:a|an|this|these|those|such|any|its|my|your)\s+$")
# An infinitive ends at the first comma, dash or quotation mark ("vowed to fight on, and ...").
INFINITIVE_END_RE = re.compile(r",(?!\d)|[;:—–\"“”]|''|\s-\s")
# The object: a few words with no punctuation (not "by": a passive), then the complement's first word.
OBJECT_RE = re.compile(r"(?!by\b)((?:[\w.'’-]+\s+){1,6}?)(of|to|for)\s+(?=[a-z])")
# "defended his father on Tuesday on Facebook", "criticized Cruz in a recent interview": the act's time and setting.
TARGET_END_RE = re.compile(
    r"\s(?:(?:on|last|this|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend)\b|"
    r"\s(?:in|during)\s+(?:an?|his|her|their)\s+(?:\w+\s+)?(?:interview|statement|speech|debate|letter|post|tweet|op-ed|address)\b|"
    r"\son\s+(?:Twitter|Facebook|Instagram|television|TV|CNN|Fox)\b"
)
# Its complement runs to a comma, a dash or a second verb of the subject's ("... and said").
OBJECT_END_RE = re.compile(r",(?!\d)|[;:—–]|\s-\s|\band\s+(?:said|says|added|has|had)\b")
# What polls, surveys and studies do: they show or find, with or without "that".
FINDING_FORMS = frozenset(
    [f for b in ("show", "find") for f in REPORTING_VERBS[b].speech + REPORTING_VERBS[b].weak + REPORTING_VERBS[b].clause]
    + list(words.FINDING_PLURAL_FORMS)
)
SURVEY_RE = re.compile(rf"\b(?:{trie_pattern(sorted(words.SURVEY_WORDS))})\b\W+(?:\w+\W+){{0,5}}$", re.I)
SURVEY_REACH = 60  # characters before the verb where the survey is named
# Verbs of telling: an addressee comes between the verb and the clause.
TELL_FORMS = frozenset(words.TELL_FORMS)
TOLD_FORMS = frozenset(REPORTING_VERBS["tell"].speech + REPORTING_VERBS["tell"].weak)
# What may come between a verb and its clause: an addressee, a time, a manner.
ADDRESSEE_RE = re.compile(
    rf"(?:(?:{trie_pattern(sorted(words.ADDRESSEES))}|the (?:[A-Z][\w.&'’-]*\s*){{1,4}}|(?:[A-Z][\w.&'’-]*\s*){{1,4}}|"
    rf"the (?:{trie_pattern(sorted(words.ADDRESSEE_NOUNS))}))\b\s*,?\s*)"
)
# Time and setting phrases right after a verb ("said Tuesday", "said in a statement").
AFTER_VERB_RE = re.compile(
    r"(?:(?:on|last|this|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|"
    r"morning|evening)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|recently|repeatedly|"
    r"privately|publicly|earlier|later|again|also|previously|often)|in an? (?:statement|interview|speech|letter|email|"
    r"e-mail|tweet|post|report|press release|memo|filing|op-ed))(?![’'\w])\s*,?\s*"  # not "said Monday's vote ..."
)
# A word only a clause has: after ", said" it means the verb leads a clause, not names its speaker.
CLAUSE_VERB_RE = re.compile(r"\b(?:is|was|were|are|would|will|could|should|has|had|have|can|may|might|did|does|do|must)\b")
THAT_RE = re.compile(r"that\s+")
THAT_WORD_RE = re.compile(r"\bthat\b")
# A subject of ", X said" that is the end or the start of a clause, not a speaker.
SUBJECT_JOIN_RE = re.compile(
    r"\b(?:and|but|that|which|who|while|because|as|if|when)\s*$|^\s*(?:and|but|while|as|because|although|though|so|yet|which|who|if|when)\b"
)
TAIL_CLAUSE_RE = re.compile(r"[,;:]\s*\w+\s+\w+\s+\w+")  # a clause after the attribution's tail
# A clause starts with its subject: a pronoun, a determiner, a name or a number
# (a verb followed by "in", "to" or "for" has no clause: "said in a statement.").
CLAUSE_START_RE = re.compile(
    r"(?:I|he|she|it|they|we|you|there|this|these|those|the|a|an|his|her|its|their|our|my|your|some|many|most|no|none|all|"
    r"every|any|both|each|if|whether|what|how|why|[A-Z0-9][\w'’.-]*)\b",
)
# ("said when asked", "said on Monday": a setting, no clause.)
NOT_CLAUSE_START = frozenset({"In", "On", "At", "For", "To", "With", "By", "From", "During", "After", "Before", "Of", "That", "When", "Where", "While"})
# The last of these before a verb starts its subject ("The plan failed, officials said").
# (Splitting at "and", "but", "while" too was measured: it lost train recall, 0.198 -> 0.193.)
CLAUSE_JOIN_RE = re.compile(r"[,;:—–]")
# "is said to", "was told", "were asked": the subject heard it, or a passive.
PASSIVE_BEFORE_RE = re.compile(r"\b(?:is|was|were|are|be|been|being|get|got)\s+$")
# "is expected to", "are widely expected to": a passive expectation with its infinitive.
EXPECTED_FORMS = frozenset({"expected"})
EXPECTED_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being|not|n't)\s+(?:[a-z]+ly\s+|also\s+|still\s+)?$")
EXPECTED_REACH = 24  # characters: "were not widely expected"
PROGRESSIVE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|am)\s+$")
# "to say", "would argue", "did not say": no report.
BARE_BEFORE_RE = re.compile(r"\b(?:to|will|would|could|should|may|might|must|can|cannot|not|never|n't)\s+$", re.I)
# A modal or a negation before a verb ("did not ", "would "), written over for the resolver.
BARE_CHAIN_RE = re.compile(r"\b(?:(?:did|does|do|would|will|could|should|can|must|might|may)(?:\s+not|n't)?|cannot|not|never)\s+$", re.I)
BEFORE_REACH = 8  # characters: the longest word of the two, and the boundary before it
# Forms that are as often plural nouns: "states, ..." is no attribution after "In each of those".
NOUN_LIKE_FORMS = frozenset(words.NOUN_LIKE_FORMS)
NOUN_LIKE_SUBJECT_RE = re.compile(rf"(?:\b(?:{trie_pattern(sorted(words.NOUN_LIKE_SUBJECTS))})|\b[A-Z][\w.'’-]*|[—–])\s*$")
PARENTHETICAL_WORDS = 6  # ", the Times said, ...": the subject of an attribution inside its statement
PREPOSITION_RE = re.compile(r"\b(?:in|of|for|on|at|by|from|with|to|into|than)\b")
# "X, who says ..., said ...": the verb of a relative clause set off by commas, and the end
# of its statement (the comma closing the relative), looked for this far before the verb.
RELATIVE_CUE_RE = re.compile(r",\s+(?:who|which)\s+(?:[a-z]+\s+){0,2}$")
RELATIVE_OPEN_RE = re.compile(r",\s+(?:who|which)\s")
RELATIVE_END_RE = re.compile(r",(?!\d)|[;—–]|\s-\s")
RELATIVE_REACH = 200  # characters
APPOSITION_WORDS = 20  # "X, the chairman of ..., said": a subject with its apposition
SUBJECT_WORDS = 10  # a longer stretch before the verb is a clause, not a subject
TAIL_WORDS = 16  # "..., officials said on condition of anonymity." -- at most this after the verb
MAX_SENTENCE = 1500  # characters; news sentences run to a few hundred
MIN_WORDS = 3  # a reported clause has at least a subject, a verb and something
WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
QUOTE_MARKS = "\"“”„«»"
# The past and present forms of the verbs of speech, not those that are as often nouns ("and claims"),
# nor thought: "said she was tired and wanted a change" coordinates inside the clause as often.
SECOND_VERB_FORMS = frozenset(
    f for v in REPORTING_VERBS.values() if v.stance != THOUGHT for f in v.speech + v.weak if not f.endswith("ing") and " " not in f
) - set(words.NOUN_LIKE_FORMS)
# A participle or a second attribution ends the clause: "..., adding that ...", "..., according to X".
# So does a second clause joined by a comma and a conjunction ("..., while 22 percent
# said ...") or a semicolon: news writing ends a reported clause there.
CLAUSE_CUT_RE = re.compile(
    rf",\s+(?:according to\b|(?:{trie_pattern(sorted(PARTICIPLES))})\b|(?:he|she|they|it|we)\s+(?:said|says|added|told)\b|"
    rf"(?:{trie_pattern(sorted(words.CLAUSE_ENDERS))})\b)|;\s|"
    # "said the plan failed and urged a review": the subject's second verb, with no subject of its own.
    rf",?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:{trie_pattern(sorted(SECOND_VERB_FORMS))})\b"
)


@dataclass
class Found:
    """One reported statement before its speaker is resolved."""

    start: int
    end: int
    cue: str
    para: int
    sent_start: int
    sent_end: int
    # No one is named as its source: "Asked whether ...", "X is expected to ...".
    unattributed: bool = False
    # A quotation in two-apostrophe marks, kept whole with its marks (the resolver reads its words).
    quoted: bool = False


def extract_reported(body: str, direct: list[Quote] | None = None, names: speakers.Names | None = None) -> list[Quote]:
    """Every reported statement in ``body``, with offsets into it.

    ``direct``: the direct quotations already found, so a clause that is one
    is left to them (and one holding a partial quote is linked to it).
    ``names``: the article's name table the direct quotes' speakers were
    found with (``quotes.find_quotes``), shared instead of built again.
    """
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH_RE.finditer(body)]
    quoted = sorted((q.start, q.end) for q in direct or ())
    inside = _apostrophe_quotes(body) if "''" in body else []
    found: list[Found] = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        # One pass for the paragraph's cues, shared out to its sentences: a cue is letters and
        # spaces, so none crosses a sentence break, and a sentence with none is not read.
        cues = _cues(body, p_start, p_end)
        if not cues:
            continue  # no verb, no report: not split into sentences
        at = 0
        for s_start, s_end in _sentences(body, p_start, p_end, cues[-1][1]):
            first = at
            while at < len(cues) and cues[at][1] < s_end:
                at += 1
            if at > first:
                clipped = (_clip(body, item, inside) for item in _in_sentence(body, s_start, s_end, index, cues[first:at]))
                found.extend(item for item in clipped if _keep(body, item, quoted))
    if inside:
        found = _with_apostrophe_quotations(body, found, inside, paragraphs, quoted)
    resolve = [f for f in found if not f.unattributed]  # "Asked whether ...": the asker is not named
    cands = [speakers.Candidate(f.start + 2 * f.quoted, f.end - 2 * f.quoted, f.para, f.sent_start, f.sent_end) for f in resolve]
    # A resolver call of their own: the direct quotes' attributions stay exactly as they were.
    # The quotes' name table when there is one (built once per article); its events carry the
    # quotes' attributions. The verbs rewritten as "said" are lower-case, so the names read the same.
    # The rules alone: the parse was built and measured on quote-marked speech only, and
    # parsing every speaker-less clause would double its cost to the ingest.
    resolved = iter(speakers.attribute(_marked(_as_speech(body, resolve), resolve), cands, paragraphs, names=names, parsed=False))
    who = [speakers.Attribution() if f.unattributed else next(resolved) for f in found]
    return [
        Quote(start=f.start, end=f.end, text=body[f.start : f.end], kind="indirect", cue=a.cue if f.quoted else f.cue, speaker=a.speaker,
              speaker_type=a.speaker_type, speaker_role=a.role, speaker_as_written=a.as_written,
              # Calibrated on reported clauses (speakers/calibration_indirect.json), the quotes' table behind it.
              speaker_confidence=speakers.confidence(a, kind="indirect"), speaker_evidence=speakers.evidence(a),
              context=body[f.sent_start : f.sent_end])
        for f, a in zip(found, who)
    ]


def _with_apostrophe_quotations(body: str, found: list[Found], inside: list[tuple[int, int]],
                                paragraphs: list[tuple[int, int]], quoted: list[tuple[int, int]]) -> list[Found]:
    """``found`` with the quotations in two-apostrophe marks (``inside``) that are speech
    (``quotations.is_quotation``: not a title, a name or a scare quote) as statements of
    their own, whole with their marks, as PolNeAR files them (the direct extractor does not
    read these marks).  A clause found starting inside one, or within it from its opening
    mark (``[''We will win],'' she said``), was the quotation's words: it yields to the
    whole quotation.  One found starting before it (``said ''...''``) stays."""
    kept = []
    for start, end in inside:
        para = bisect_left(paragraphs, (start + 1, -1)) - 1
        p_start, p_end = paragraphs[para]
        sentences = _sentences(body, p_start, p_end)
        s_start = next((a for a, b in reversed(sentences) if a <= start), p_start)
        s_end = next((b for a, b in sentences if b >= end), p_end)
        cand = speakers.Candidate(start + 2, end - 2, para, s_start, s_end)
        item = Found(start, end, "''", para, s_start, s_end, quoted=True)
        if quotations.is_quotation(body, cand, WORD_RE.findall(body, start, end)) and _keep(body, item, quoted):
            kept.append(item)
    if not kept:
        return found
    out = [f for f in found if not any(q.start < f.start < q.end or q.start == f.start and f.end <= q.end for q in kept)]
    out += [q for q in kept if not any(f.start < q.end and q.start < f.end for f in out)]
    return sorted(out, key=lambda f: f.start)


# ---------------------------------------------------------------- sentences


def _cues(body: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """``CUE_RE``'s matches in a paragraph, as (word, start, end) in ``body``.

    ``CUE_SCAN_RE`` reads the character before each cue (a cue starts with a
    letter, so a non-word character there is its ``\\b``): the engine tries
    only those offsets, not every one.  The body's first word has none."""
    out = []
    if start == 0:
        first = CUE_RE.match(body, 0, end)
        if first:
            out.append((first.group(), 0, first.end()))
            start = first.end()
    else:
        start -= 1  # the line break before the paragraph
    out += [(m.group(1), m.start(1), m.end(1)) for m in CUE_SCAN_RE.finditer(body, start, end)]
    return out


def _sentences(body: str, start: int, end: int, last: int | None = None) -> list[tuple[int, int]]:
    """The sentences of one paragraph, as (start, end) without trailing space;
    with ``last``, only as far as the sentence holding that offset."""
    bounds = [start]
    for m in SENTENCE_BREAK_RE.finditer(body, start, end):
        if not follows_abbreviation(body, m.start(), start):
            bounds.append(m.end())
            if last is not None and m.end() > last:
                break  # the sentences after the last cue are not read
    else:
        bounds.append(end)
    out = []
    for a, b in zip(bounds, bounds[1:]):
        while b > a and body[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


# ---------------------------------------------------------------- patterns


def _in_sentence(body: str, s_start: int, s_end: int, para: int, cues: list[tuple[str, int, int]]) -> list[Found]:
    """The reported statements of a sentence, by the patterns in the module's docstring:
    the first, then any after it ("While 7 percent said X, 27 percent said Y").
    ``cues``: the sentence's cues, (word, start, end) in ``body``."""
    if s_end - s_start > MAX_SENTENCE:
        return []  # no stops for pages on end: a table or a list, not prose (and the cost stays linear)
    sentence = body[s_start:s_end]
    if sentence.rstrip(QUOTE_MARKS + "’' )").endswith("?"):
        return []  # a question: the reporter asks, or a quoted one (the direct extractor's)
    found: list[Found] = []
    done = 0  # offset in the sentence where the last statement ended
    for word, c_start, c_end in cues:
        cue = (word, c_start - s_start, c_end - s_start)  # in the sentence
        if cue[1] < done:
            continue
        if cue[0] == ASKED and not cue[1] or cue[0] in (ASKED, "asked") and ASKED_LEAD_RE.fullmatch(sentence, 0, cue[1]):
            item = None if found else _asked(sentence, s_start, s_end, para, cue)
        elif cue[0].lower() == "according to":
            item = None if found else _according(body, sentence, s_start, s_end, para, cue)
        elif cue[0] in NOUN_FORMS and (noun := _noun_clause(sentence, s_start, s_end, para, cue)):
            item = noun
        else:
            item = (None if found else _trailing(body, sentence, s_start, s_end, para, cue)) or _leading(
                body, sentence, s_start, s_end, para, cue, done)
        if item:
            first = _before_parenthetical(sentence, s_start, cue, done, item)
            found.extend((first, item) if first else (item,))
            done = item.end - s_start
    return found


def _before_parenthetical(sentence: str, s_start: int, cue: tuple[str, int, int], floor: int, item: Found) -> Found | None:
    """``In his state, Christie said, [offenders are sent to treatment]``: an attribution set
    inside its statement reports the words before it too, as a statement of their own
    (PolNeAR marks both halves).  ``item``: the half after it, found by ``_leading``."""
    if cue[0] not in SPEECH_FORMS or "," not in sentence[cue[2] : item.start - s_start]:
        return None
    left = sentence[floor : cue[1]]
    comma = left.rfind(",")
    if comma < 0 or not _parenthetical_subject(left):
        return None
    start = floor + _skip_space(left, 0)
    end = _trim_end(sentence, start, floor + comma)
    if end <= start or sentence[start : start + 1] in QUOTE_MARKS or any(m in sentence[start:end] for m in QUOTE_MARKS):
        return None
    return replace(item, start=s_start + start, end=s_start + end)


def _trailing(body: str, sentence: str, s_start: int, s_end: int, para: int, cue: tuple[str, int, int]) -> Found | None:
    """``CLAUSE, X said.`` / ``CLAUSE, said X.``: the clause before the last comma."""
    if cue[0] not in SPEECH_FORMS:
        return None
    left = sentence[: cue[1]]
    comma = left.rfind(",")
    if comma < 0:
        return None
    subject = left[comma + 1 :]
    if len(subject.split()) > 6 or SUBJECT_JOIN_RE.search(subject):
        return None
    tail = sentence[cue[2] :].rstrip(" .")
    if len(WORD_RE.findall(tail)) > TAIL_WORDS or THAT_WORD_RE.search(tail):
        return None  # a new clause follows: the verb leads its own statement
    if subject.strip():
        if TAIL_CLAUSE_RE.search(tail):
            return None
        if not TRAIL_TAIL_RE.match(tail):
            return None  # "..., Trump said he would": the verb leads a clause of its own
    elif not tail.strip() or not tail.lstrip()[:1].isupper() and not tail.lstrip().startswith(("the ", "a ", "an ")):
        return None  # ", said X." needs its X
    elif CLAUSE_VERB_RE.search(tail):
        return None  # "X, the chairman, said the plan would fail": a clause after the verb, not its speaker
    start = _skip_space(sentence, 0)
    if sentence[start : start + 1] in QUOTE_MARKS:
        return None  # a direct quote's attribution
    if SETTING_START_RE.match(sentence, start) and not SETTING_THEN_CLAUSE_RE.search(sentence, start, comma):
        return None  # "In a speech in Leeds, Porter said.": a setting, not a statement
    start += s_start
    end = s_start + comma
    return Found(start, end, cue[0], para, s_start, s_end)


def _leading(body: str, sentence: str, s_start: int, s_end: int, para: int, cue: tuple[str, int, int], floor: int = 0) -> Found | None:
    """``X said (that) CLAUSE``, ``X told Y (that) CLAUSE``, ``..., saying CLAUSE``."""
    word = cue[0]
    if word in ("went on", "goes on", "continued", "continues"):
        return None  # "went on to ...": the verb after it reports, if any
    left = sentence[floor : cue[1]]
    infinitive = word in INTENTION_FORMS and INFINITIVE_RE.match(sentence, cue[2] + _skip_space(sentence, cue[2])) is not None
    participle = word in PARTICIPLES and word not in SPEECH_FORMS
    # "a new poll shows Clinton ahead": a survey's finding needs no "that".
    finding = word in FINDING_FORMS and SURVEY_RE.search(sentence, max(0, cue[1] - SURVEY_REACH), cue[1]) is not None
    if word in words.NOUN_NOT_SPEECH_FORMS and not NOUN_LIKE_SUBJECT_RE.search(left, max(0, len(left) - 40)):
        return None  # "the states that vote in March": a noun and its relative clause
    if word in words.FINDING_PLURAL_FORMS and not finding:
        return None  # "show", "find" report only a survey's finding ("the polls show ...")
    if word.endswith("ing") and not participle and not PROGRESSIVE_BEFORE_RE.search(left, max(0, len(left) - 8)):
        return None  # ", hoping to ...": a participle whose subject is the sentence's, not a report of its own
    if participle:
        # "..., saying CLAUSE", and without the comma too ("by saying", "with 30 percent saying",
        # "a statement saying"), unless the form is a noun or an adjective ("the old saying", "his
        # warning", "tax-writing"), or "writing" has no "that" ("stopped writing his speech").
        if not left.rstrip().endswith((",", "—", "–")) and (
                PARTICIPLE_NOUN_RE.search(left, max(0, len(left) - 12)) or sentence[cue[1] - 1 : cue[1]] == "-"
                or word == "writing" and not THAT_RE.match(sentence, cue[2] + _skip_space(sentence, cue[2]))):
            return None
    else:
        if word in EXPECTED_FORMS and infinitive and EXPECTED_BEFORE_RE.search(left, max(0, len(left) - EXPECTED_REACH)):
            # "The House is expected to pass the bill": an expectation no one is named as holding.
            pos = cue[2] + _skip_space(sentence, cue[2])
            cut = INFINITIVE_END_RE.search(sentence, pos)
            end = _trim_end(sentence, pos, cut.start() if cut else len(sentence))
            return Found(s_start + pos, s_start + end, word, para, s_start, s_end, unattributed=True) if end > pos else None
        before = max(0, len(left.rstrip()) - BEFORE_REACH)  # both end at the verb: only its last words are read
        bare = BARE_BEFORE_RE.search(left, before)
        if bare and THAT_RE.match(sentence, cue[2] + _skip_space(sentence, cue[2])):
            bare = None  # "refused to say that ...", "would argue that ...": the clause is reported, if not asserted
        elif bare and word in ("say", "tell") and (bare.group().lower().startswith("to") or QUESTION_RE.match(sentence, cue[2] + _skip_space(sentence, cue[2]))):
            bare = None  # "tweeted on Friday to say he had never ...", "did not say how the justices voted"
        if bare or PASSIVE_BEFORE_RE.search(left, before) and not (infinitive and word.endswith("ing")):
            return None  # "is said to be", "would say" (but "is hoping to win" reports a hope)
        if infinitive and (RELATIVE_BEFORE_RE.search(left, max(0, len(left) - 40)) or NOUN_BEFORE_RE.search(left, max(0, len(left) - 30))):
            return None  # "what he wants to do", "Ford's plans to open a plant"
        subject = left[_subject_start(left) :]
        if not WORD_RE.search(subject) and left.rstrip().endswith((",", "—", "–")) and not floor:
            # "Mark Wynn, chairman of the district party, said ...": the subject and its apposition.
            subject = _subject_before_apposition(left)
        elif floor and left.strip() == "," and RELATIVE_OPEN_RE.search(sentence, max(0, floor - RELATIVE_REACH), floor):
            # "Cruz, who says the polls have tightened, said ...": the relative clause's statement came
            # first; the subject is before it.
            subject = _subject_before_apposition(sentence[: cue[1]])
        if not WORD_RE.search(subject) or len(subject.split()) > SUBJECT_WORDS + APPOSITION_WORDS:
            return None  # ', said X' / '"...," said X': inverted, the clause comes before
        if subject.strip().lower() in ("that", "having"):
            return None  # "That said, ..."
    pos = cue[2]
    pos += _skip_space(sentence, pos)
    if sentence[pos : pos + 1] == "," and not participle and word in SPEECH_FORMS:
        # "This campaign, he says, is different" / "..., the Times said, including ...": the
        # attribution sits inside the statement; what follows it is the reported part.
        # ("she added, Donald Trump is ..." too.)
        after = pos + 1 + _skip_space(sentence, pos + 1)
        if word in NOUN_LIKE_FORMS and not _parenthetical_subject(left):
            return None  # "In each of those states, ...", "Clinton has won more states, ...": a noun, not a verb
        if sentence[after : after + 1] in QUOTE_MARKS or CUE_RE.match(sentence, after) or len(WORD_RE.findall(sentence, after)) < MIN_WORDS:
            return None
        pos = after
        end = _clause_end(sentence, pos)
        return Found(s_start + pos, s_start + end, word, para, s_start, s_end) if end > pos else None
    if sentence[pos : pos + 1] in (":", ",") or sentence[pos : pos + 1] in QUOTE_MARKS:
        return None  # "said: "...": a direct quote; "That said, ...": no report
    if word in OBJECT_FORMS:
        obj = OBJECT_RE.match(sentence, pos)
        if obj and obj.group(2) == OBJECT_FORMS[word] and (obj.group(2) != "to" or INFINITIVE_RE.match(sentence, obj.start(2))) \
                and not THAT_WORD_RE.search(obj.group(1)) and not QUESTION_RE.match(sentence, pos):
            # "accused Clinton of ducking": the object and its complement, to the first comma.
            cut = OBJECT_END_RE.search(sentence, obj.end())
            end = _trim_end(sentence, pos, cut.start() if cut else len(sentence))
            return Found(s_start + pos, s_start + end, word, para, s_start, s_end) if end > obj.end() else None
    if word in TARGET_FORMS and not THAT_RE.match(sentence, pos):  # "announced that ...": the clause, below
        first = CLAUSE_START_RE.match(sentence, pos)
        if word in DEMAND_FORMS and not first:
            # "called for tougher rules": what is demanded is any noun phrase, not a preposition's
            first = WORD_RE.match(sentence, pos)
            first = None if first and first.group() in SETTING_WORDS else first
        if not first or first.group() in NOT_CLAUSE_START:
            return None  # "criticized in a statement": no target named
        if NOUN_OBJECT_RE.match(sentence, pos):
            return None  # "rejected the notion that ...": the noun's clause is the statement
        # The target ends at a comma or dash, or where a time or a setting of the act begins.
        cut = min((m.start() for m in (OBJECT_END_RE.search(sentence, pos), TARGET_END_RE.search(sentence, pos)) if m), default=len(sentence))
        end = _trim_end(sentence, pos, cut)
        return Found(s_start + pos, s_start + end, word, para, s_start, s_end) if end > pos else None
    # An addressee and a setting may come before the clause.
    if word in TELL_FORMS:
        m = ADDRESSEE_RE.match(sentence, pos)
        if m:
            pos = m.end()
        elif word in TOLD_FORMS:
            return None  # "told a town hall meeting ...": "tell" needs its addressee before a clause
    m = AFTER_VERB_RE.match(sentence, pos)
    if m:
        pos = m.end()
    infinitive = word in INTENTION_FORMS and INFINITIVE_RE.match(sentence, pos) is not None
    that = THAT_RE.match(sentence, pos)
    if that:
        pos = that.end()
    elif word in QUESTION_FORMS:
        if not QUESTION_RE.match(sentence, pos):
            return None  # "asked the campaign to ...": a request, not a reported question
    elif word not in BARE_CLAUSE_FORMS and not finding:
        if not infinitive:
            return None  # "found the body", "adding to the pressure": no clause without "that"
    start_word = CLAUSE_START_RE.match(sentence, pos)
    if (word in SAY_FORMS or finding) and not start_word:
        # After "said" any word but a preposition or an adverb of setting starts the clause ("said none were added").
        start_word = WORD_RE.match(sentence, pos)
        if start_word and (start_word.group() in SETTING_WORDS or start_word.group().endswith(("ing", "ly"))):
            start_word = None
    if not that and (not start_word or start_word.group() in NOT_CLAUSE_START) and not infinitive:
        return None
    if sentence[pos : pos + 1] in QUOTE_MARKS:
        return None  # the clause is a direct quotation
    if infinitive:
        cut = INFINITIVE_END_RE.search(sentence, pos)
        end = _trim_end(sentence, pos, cut.start() if cut else len(sentence))
        return Found(s_start + pos, s_start + end, word, para, s_start, s_end) if end > pos else None
    if RELATIVE_CUE_RE.search(left, max(0, len(left) - RELATIVE_REACH)):
        # "Graham, who says [ground forces are needed], tweeted ...": a relative clause ends at its comma.
        cut = RELATIVE_END_RE.search(sentence, pos)
        end = _trim_end(sentence, pos, cut.start() if cut else len(sentence))
    else:
        end = _clause_end(sentence, pos)
    if end <= pos:
        return None
    return Found(s_start + pos, s_start + end, word, para, s_start, s_end)


def _asked(sentence: str, s_start: int, s_end: int, para: int, cue: tuple[str, int, int]) -> Found | None:
    """``Asked whether/if/why CLAUSE, X said ...``: the question, to its comma.  The
    one who asked is the reporter or someone unnamed: it gets no speaker."""
    pos = cue[2] + _skip_space(sentence, cue[2])
    m = AFTER_VERB_RE.match(sentence, pos)
    if m:
        pos = m.end()
    if not QUESTION_RE.match(sentence, pos):
        return None  # "Asked about the plan, ...": a setting, no question reported
    cut = OBJECT_END_RE.search(sentence, pos)
    if cut is None or sentence[cut.start()] != ",":
        return None  # the answer follows the comma; without one this is no question put
    end = _trim_end(sentence, pos, cut.start())
    return Found(s_start + pos, s_start + end, ASKED, para, s_start, s_end, unattributed=True)


def _noun_clause(sentence: str, s_start: int, s_end: int, para: int, cue: tuple[str, int, int]) -> Found | None:
    """``X's claim that CLAUSE``, ``the belief that CLAUSE``: a noun of speech or
    belief with its that-clause (a clause: "that" and a subject, so "the claim
    that he made" -- a relative -- is read too; PolNeAR marks both)."""
    if cue[0] in VERB_FORMS and not NOUN_BEFORE_RE.search(sentence, max(0, cue[1] - 12), cue[1]) \
            and not DETERMINER_BEFORE_RE.search(sentence, max(0, cue[1] - 12), cue[1]):
            return None  # "he claims that ...": the verb's (the leading pattern reads it)
    that = NOUN_THAT_RE.match(sentence, cue[2])
    if not that or not CLAUSE_START_RE.match(sentence, that.end()) or sentence[that.end() : that.end() + 1] in QUOTE_MARKS:
        return None
    pos = that.end()
    cut = OBJECT_END_RE.search(sentence, pos)  # a noun's clause is often its sentence's subject: it ends at a comma or dash
    end = _trim_end(sentence, pos, cut.start() if cut else len(sentence))
    return Found(s_start + pos, s_start + end, cue[0], para, s_start, s_end) if end > pos else None


def _according(body: str, sentence: str, s_start: int, s_end: int, para: int, cue: tuple[str, int, int]) -> Found | None:
    """``According to X, CLAUSE`` and ``CLAUSE, according to X``."""
    left = sentence[: cue[1]].rstrip()
    if left.endswith(","):
        end = len(left) - 1
        start = _skip_space(sentence, 0)
        return Found(s_start + start, s_start + end, "according to", para, s_start, s_end)
    if left and not left.endswith(("—", "–", "(")):
        return None  # "... is according to plan"
    comma = sentence.find(",", cue[2])
    if comma < 0 or comma - cue[2] > 80:
        return None
    pos = comma + 1 + _skip_space(sentence, comma + 1)
    inner = CUE_RE.search(sentence, pos, min(len(sentence), pos + 80))
    if inner and inner.group() in SPEECH_FORMS and not sentence[pos : inner.start()].rstrip().endswith(","):
        return None  # "According to the interview, Putin said ...": the speaker inside speaks
    end = _trim_end(sentence, pos, len(sentence))
    if end <= pos:
        return None
    return Found(s_start + pos, s_start + end, "according to", para, s_start, s_end)


# ---------------------------------------------------------------- helpers


def _as_speech(body: str, found: list[Found]) -> str:
    """``body`` with each thought or clause-only verb written as "said", padded
    to its length: the resolver reads speech verbs only, and "X denied that" or
    "X wants to" has its subject where "X said" has.  Offsets do not move."""
    parts, at = [], 0
    for f in found:
        if f.cue == "according to" or f.cue in PARTICIPLES or f.quoted:
            continue
        cue_at = body.rfind(f.cue, f.sent_start, f.start)
        if cue_at < at:
            continue
        # "X did not say how", "X would not argue that": "X said" too, the negation written over.
        bare = BARE_CHAIN_RE.search(body, max(at, cue_at - 16), cue_at)
        if f.cue in SPEECH_FORMS and not bare:
            continue
        end = cue_at + len(f.cue)
        aux = PROGRESSIVE_BEFORE_RE.search(body, max(at, cue_at - 12), cue_at) if f.cue.endswith("ing") else bare
        if aux:
            cue_at = aux.start()  # "X is hoping to": "X said" too, not a passive "is said"
        parts += [body[at:cue_at], "said".ljust(end - cue_at)]
        at = end
    return "".join(parts) + body[at:] if parts else body


def _marked(body: str, found: list[Found]) -> str:
    """``body`` with each kept two-apostrophe quotation's marks written as the double
    marks the resolver reads (``''A,'' he said`` as `` "A,"  he said``): its rules find
    a quote's speaker by the marks around it.  Offsets do not move."""
    spans = [(f.start, f.end) for f in found if f.quoted]
    if not spans:
        return body
    parts, at = [], 0
    for start, end in spans:
        parts += [body[at:start], ' "', body[start + 2 : end - 2], '" ']
        at = end
    return "".join(parts) + body[at:]


def _keep(body: str, item: Found, quoted: list[tuple[int, int]]) -> bool:
    """A clause of a few words that is not mostly a direct quotation."""
    if len(WORD_RE.findall(body, item.start, item.end)) < MIN_WORDS:
        return False  # (also "[This campaign], he says, ...": a fragment would be one "statement" in every article)
    covered = 0
    i = max(0, bisect_left(quoted, (item.start, -1)) - 1)
    while i < len(quoted) and quoted[i][0] < item.end:
        a, b = quoted[i]
        if a < item.start < b:
            return False  # it starts inside a direct quotation: speech within the quote, the quote's own words
        covered += max(0, min(b, item.end) - max(a, item.start))
        i += 1
    return covered * 2 < item.end - item.start


def _apostrophe_quotes(body: str) -> list[tuple[int, int]]:
    """The quotations in two-apostrophe marks, (start, end) with their marks, in order:
    each opening mark paired with the next closing one in its paragraph (one pass)."""
    out, opened, line_end = [], -1, -1
    for m in APOSTROPHES_RE.finditer(body):
        a, b = m.start(), m.end()
        before, after = body[a - 1 : a], body[b : b + 1]
        if opened >= 0 and a > line_end:
            opened = -1  # a paragraph's quotation left open (the next paragraph goes on with it)
        if opened >= 0 and before.strip() and not (after.isalnum() or after == "_"):
            out.append((opened, b))
            opened = -1
        elif opened < 0 and not (before.isalnum() or before in "_'") and after.strip():
            opened = a
            line_end = body.find("\n", b)
            line_end = len(body) if line_end < 0 else line_end
    return out


def _clip(body: str, item: Found, inside: list[tuple[int, int]]) -> Found:
    """A clause that starts inside a quotation in two-apostrophe marks (``inside``,
    in order) is the quotation's words: it ends at its closing marks, not at the
    attribution after them ("''I think [we will win],'' he said")."""
    i = bisect_left(inside, (item.start, -1)) - 1
    if i < 0 or not inside[i][0] < item.start < inside[i][1] or item.end <= inside[i][1] - 2:
        return item
    return replace(item, end=_trim_end(body, item.start, inside[i][1] - 2))


def _parenthetical_subject(left: str) -> bool:
    """Is the end of ``left`` the subject of an attribution set inside its statement
    ("In the years since, Porter says, ...")?  A short noun phrase: no clause verb,
    no preposition (which would make "states" or "reports" a noun after it)."""
    subject = left[_subject_start(left) :]
    return len(subject.split()) <= PARENTHETICAL_WORDS and not CLAUSE_VERB_RE.search(subject) and not PREPOSITION_RE.search(subject)


def _subject_before_apposition(left: str) -> str:
    """The subject of a verb after an apposition set off by commas or dashes ("...,
    and Brian Deese, the White House adviser, said"; "Many speakers — including
    X, Y and Z — said"): the words before the apposition's opening mark, back to
    the clause boundary before them; "" when either part is too long to be one,
    or holds a quotation mark (then the verb's "subject" is a quote before it)."""
    stripped = left.rstrip()
    mark = stripped[-1]
    opening = stripped.rfind(mark, 0, len(stripped) - 1)
    if mark in "—–" and opening < 0:
        opening = max(stripped.rfind("—", 0, len(stripped) - 1), stripped.rfind("–", 0, len(stripped) - 1))
    if opening < 0:
        return stripped if len(stripped.split()) <= APPOSITION_WORDS and not any(m in stripped for m in QUOTE_MARKS) else ""
    head, apposition = stripped[:opening], stripped[opening + 1 : -1]
    subject = head[_subject_start(head) :]
    if len(apposition.split()) > APPOSITION_WORDS or not 0 < len(subject.split()) <= SUBJECT_WORDS:
        return ""
    return "" if any(m in head[-200:] + apposition for m in QUOTE_MARKS) else subject + apposition


def _subject_start(left: str) -> int:
    """Where the subject of a verb at the end of ``left`` starts: after the last
    comma, semicolon, colon or dash (one pass, left to right)."""
    start = 0
    for m in CLAUSE_JOIN_RE.finditer(left):
        start = m.end()
    while start < len(left) and left[start].isspace():
        start += 1
    return start


def _clause_end(sentence: str, pos: int) -> int:
    """Where a clause starting at ``pos`` ends: the sentence's end, or the comma of
    a second clause or attribution (``CLAUSE_CUT_RE``), without the final stop."""
    cut = CLAUSE_CUT_RE.search(sentence, pos)
    return _trim_end(sentence, pos, cut.start() if cut else len(sentence))


def _trim_end(sentence: str, start: int, end: int) -> int:
    """The clause's end without its final stop and spaces (a closing mark stays
    with the words it closes)."""
    while end > start and (sentence[end - 1].isspace() or sentence[end - 1] in ".;:,"):
        end -= 1
    return end


def _skip_space(text: str, pos: int) -> int:
    n = 0
    while pos + n < len(text) and text[pos + n].isspace():
        n += 1
    return n


