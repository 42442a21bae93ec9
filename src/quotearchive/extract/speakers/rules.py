"""The attribution rules: where the text says who said a quote, nearest evidence first.

1. right after the closing mark (:mod:`.trailing`): ``"...," said Mr Blair`` /
   ``"...," he said`` / ``"...?" Putin asked`` / ``"..." a spokesman told the
   BBC.`` / ``"..." - Commissioner Jane Smith``;
2. right before the opening mark (:mod:`.leading`): ``Mr Blair said: "...`` /
   ``He added: "`` / ``And from Chairwoman Ann Lee: "`` / ``according to X, "...``;
3. a reporting verb elsewhere in the quote's sentence (:mod:`.in_sentence`), the
   one before the quote first (``X described it as "..."``, ``While Clinton
   said that he "didn't mind," ..., Putin said``) then the one after it; a
   participle (``adding that ...``) or a coordinated verb (``... and vowed:``)
   speaks for the sentence's subject;
4. the context (:mod:`.context`): a paragraph reopening an unfinished quote, or a
   quote standing alone after another quote or after ``X said that ...`` (in its
   paragraph or closing the one before), takes that speaker; a credit line under a
   quote paragraph (``- Hillary Clinton.``) names it; a quote paragraph may be
   claimed by the next one (``Mr Smith, the coach, said.``:
   ``next_paragraph_claim``, tried once every quote has had its turn).

This module is the order they are tried in (``attribute_one``), with the
layouts and the other rules between them (a transcript's label, a pseudonym, a
passive agent, a document, a headline, a credit under the quote).  Each rule
finds the mention; :mod:`.mentions` and :mod:`.inverted` read the phrase,
:mod:`.resolve` resolves it; :mod:`.clauses` holds what every rule asks of a
sentence (which forms are verbs, who a verb says spoke, the window).  The text
looked at is a fixed window around the quote, so the cost is linear in the body.
"""

from __future__ import annotations

import re

from ...lexicon.people import PRONOUNS
from ..cues import SPEECH_CUE_RE
from .clauses import HEADLINE_SPEAKER_RE, WINDOW, is_headline, prose_sentence_starts, sound
from .documents import borrowed_from_work, document_source
from .context import credit_under, previous_paragraph, previous_sentence
from .formats import narrator_turn, quote_label, statement_line, turn_label
from .headlines import before_topic, headline_subject, speaker_before_colon
from .in_sentence import passive_agent, sentence_speaker
from .leading import leading_speaker
from .leadins import credit_line, opening_verb, paragraph_leadin, quoted_as_saying
from .model import Attribution, Candidate
from .participles import fronted_participle
from .interviews import other_than_the_turns_speaker
from .issued import announced_statement, description_who, issued_document, owner_words
from .pseudonyms import named_by_pseudonym, pseudonym_beside
from .names import Names
from .resolve import resolve_mention
from .runs import has_name
from .trailing import trailing_speaker

__all__ = ["attribute_one"]

# A source as written: a determiner or a capital first ("an email", "The explanatory").
NAMED_SOURCE_RE = re.compile(r"(?:[A-Z]|(?:a|an|the|this|that|one|another|some)\b)")


def attribute_one(body: str, names: Names, candidates: list[Candidate], i: int, done: list[Attribution],
                  paragraphs: list[tuple[int, int]]) -> Attribution | None:
    """Rules 1-4 for ``candidates[i]`` (``done``: the attributions of the quotes
    before it), nearest evidence first; None when none fires.  The result
    records which rule fired (``rule``): confidence is calibrated per rule."""
    found, rule = _attribute_one(body, names, candidates, i, done, paragraphs)
    found = narrator_turn(found, body, candidates[i], names, paragraphs) or found
    found = named_by_pseudonym(found, body) or other_than_the_turns_speaker(found, body, candidates[i], names, paragraphs) or found
    if found is not None and found.rule is None:
        found.rule = rule  # (a rule may name a narrower one itself: "sentence-subject")
    return found


def _attribute_one(body: str, names: Names, candidates: list[Candidate], i: int, done: list[Attribution],
                   paragraphs: list[tuple[int, int]]) -> tuple[Attribution | None, str]:
    cand = candidates[i]
    para_start, para_end = paragraphs[cand.para]
    prev = candidates[i - 1] if i else None
    labelled = quote_label(body, cand, names)  # '"CLINTON: I feel ...', whoever spoke before
    if labelled is not None:
        return labelled, "transcript-label"
    if cand.continues and prev is not None:
        named = _named_after_continued(body, names, candidates, i, done, para_end)
        return (named, "trailing") if named is not None else (done[i - 1].copy("continues"), "continues")
    named = pseudonym_beside(body, candidates, i)  # ('"Perry" chimed in: "...": the name in marks speaks)
    if named is not None:
        return named, "pseudonym"
    trailing = trailing_speaker(body, cand, names, candidates, i, para_end)
    found = sound(trailing)
    # '"...," an email said.': the text names its source right after the quote, a noun phrase
    # the resolver refuses; the quotes around it are no evidence for another speaker.  (Not a
    # pronoun the name table resolved badly, nor a verb's stray words: those say nothing.)
    written = (trailing.as_written or "").strip() if trailing else ""
    refused_after = (bool(trailing and trailing.speaker) and found is None and written.lower() not in PRONOUNS
                     and NAMED_SOURCE_RE.match(written) is not None)
    if found and (found.as_written or "").lower() in PRONOUNS:
        # 'For the Lib Dems David Laws said: "...," he said.': the name right before the
        # quote is who "he" is, whoever the pronoun would reach back to alone.
        named = sound(leading_speaker(body, cand, names))
        if named and (named.as_written or "").lower() not in PRONOUNS:
            return named, "leading"
    if found:
        return found, "trailing"
    found = sound(quoted_as_saying(body, cand, names, WINDOW))
    if found:
        return found, "leading"
    # (A document's issuer, an owner of the words and a "who" description, then a credit line,
    # before the subject of the verb: in "Pollsters agree - Carl Bialik:" the name after the dash
    # speaks, not the subject of the verb before it.)
    found = sound(issued_document(body, cand, names) or owner_words(body, cand, names) or description_who(body, cand, names)
                  or credit_line(body, cand, names) or leading_speaker(body, cand, names) or opening_verb(body, cand, names)
                   or paragraph_leadin(body, cand, names, paragraphs, leading_speaker)
                   or statement_line(body, cand, names, paragraphs))
    if found:
        return found, "leading"
    found = sound(sentence_speaker(body, cand, names, candidates, i, done))
    if found:
        return found, "sentence"
    found = sound(passive_agent(body, cand, names))
    if found:
        return found, "passive-agent"
    found = sound(fronted_participle(body, cand, names) or document_source(body, cand, names))
    # ('Declaring "...", the minister ordered'; "as the Times put it", "In a memo, ...")
    if found:
        return found, found.rule or "document"
    headline = HEADLINE_SPEAKER_RE.match(body, cand.sent_start, cand.start)
    if headline:
        found = resolve_mention(before_topic(headline.group(1)), headline.start(1), None, None, names)
        if found and found.speaker and speaker_before_colon(found):  # (not a label: "The Latest:")
            return found, "headline"
    found = sound(headline_subject(body, cand, names, paragraphs))  # "Jane Holt Calls Plan 'A Betrayal'"
    if found:
        return found, "headline-subject"
    if refused_after or borrowed_from_work(body, cand):  # ('In the words of the old song, "...": no one's statement)
        return None, ""
    labelled = turn_label(body, cand, names, paragraphs)
    if labelled is not None:
        return labelled, "transcript-label"  # (a question's quote: no one, not the speaker before)
    found = sound(credit_under(body, cand, names, paragraphs))
    if found:
        return found, "credit-under"
    # A quote standing as its own sentence continues the speech around it:
    # the speaker of the sentence just before ("X said that ...") ...
    paragraph_opening = not body[para_start : cand.start - 1].strip()
    found = sound(previous_sentence(body, cand, names, paragraphs, paragraph_opening, prev))
    if found:
        return found, "previous-sentence"
    found = sound(announced_statement(body, cand, names, paragraphs))  # ("I got a reply from X." "...")
    if found:
        return found, "previous-sentence"
    found = sound(previous_paragraph(body, cand, names, paragraphs))
    if found:
        return found, "previous-paragraph"
    # ... or of the quote just before, with no one else named in between.
    if prev is not None and done[i - 1].speaker and (
        prev.para == cand.para or prev.para == cand.para - 1 and paragraph_opening and not is_headline(body, paragraphs, prev.para)
    ):
        between = body[prev.end + 1 : cand.start - 1]
        if len(between) < 400:  # (tested first: no need to split a long gap into sentences)
            starts = prose_sentence_starts(between)
            last = between[starts[-1] :] if starts else ""
            if not SPEECH_CUE_RE.search(last) and not has_name(last):
                return done[i - 1].copy("previous-quote"), "previous-quote"
            # '"...," said Larry Noble, a lawyer with the Legal Center. "...': the text
            # between is the previous quote's own attribution, one verb naming its speaker.
            if prev.end < done[i - 1].pos < cand.start - 1 and len(SPEECH_CUE_RE.findall(between)) <= 1:
                return done[i - 1].copy("previous-quote"), "previous-quote"
    return None, ""


def _named_after_continued(body: str, names: Names, candidates: list[Candidate], i: int, done: list[Attribution],
                           para_end: int) -> Attribution | None:
    """A reopened quote naming someone else after its mark ('"... on all sides. / "I think ...," Alvarez
    said.'): a closing mark left out, the new quote is theirs.  A pronoun or the same person: None."""
    found = sound(trailing_speaker(body, candidates[i], names, candidates, i, para_end))
    named = found is not None and found.speaker_type == "person" and (found.as_written or "").lower() not in PRONOUNS
    return found if named and found.speaker != done[i - 1].speaker else None
