"""Reported (indirect) speech: who said what without quotation marks.

``extract_reported(body, direct)`` finds the statements news reports in the
reporter's own words and returns them as :class:`Quote` records with
``kind="indirect"``: ``text`` is the reported clause (``body[start:end] ==
text``), ``cue`` the verb or "according to", and the speaker comes from the
same resolver as direct quotes (``speakers.attribute``), so "he" and "the
minister" resolve to the same names.  docs/reported-speech.md says what each
pattern gains on PolNeAR.

The package follows the data's path: ``frames`` (how each verb takes its
content: the cue forms read off the lexicon, and the regexes around them),
``sentences`` (a paragraph's cues and its sentences), ``patterns`` (the
statements of one sentence, tried in an order that is itself a decision),
``spans`` (where a statement starts and ends, and which are kept),
``apostrophes`` (quotations in two-apostrophe marks) and ``statements`` (the
walk over the body, and the speakers from the resolver).

How English news writing reports speech, and so the patterns here, one
sentence at a time:

* the verb before its clause: ``X said (that) CLAUSE``, ``X has said CLAUSE``,
  ``X warned/argued/insisted/denied/admitted (that) CLAUSE``, ``X told Y
  (that) CLAUSE``, and the participle that carries on a sentence's speech
  (``..., saying CLAUSE``, ``..., adding that CLAUSE``);
* the attribution after its clause: ``CLAUSE, X said.`` / ``CLAUSE, said X.``
  (maybe with a tail: ``..., officials said on Tuesday.``), and set inside it:
  ``In his state, X said, CLAUSE`` gives both halves; a survey's finding the
  same way (``CLAUSE, new fundraising reports show.``);
* the source named with "according to": ``According to X, CLAUSE`` /
  ``CLAUSE, according to X.`` / ``But, according to X, CLAUSE``;
* thought and intention (``X believes/hopes/wants ...``) the same way; their
  verbs have the stance ``thought`` in :mod:`quotearchive.lexicon.verbs`;
* intention, promise and refusal with an infinitive (``X plans/vowed/pledged/
  declined to ...``), the infinitive ending at its first comma or dash; the
  passive ``X is expected to ...`` too, with no speaker (no one is named);
* a speech act with its object and complement (``X accused Y of ...``, ``X
  urged/asked/called on Y to ...``, ``X blamed Y for ...``), or its target
  (``X criticized ...``, ``X called for ...``, ``X slammed/endorsed/talked
  about ...``); a target or an infinitive may be one word or two (``criticized
  Cruz``, ``declined to comment``), where a clause needs three, and has no
  ``statement_key`` then (no statement twenty articles reprint);
* a noun of speech or belief with its that-clause (``X's claim that ...``,
  ``the notion that ...``; the noun's stance is its verb's);
* a poll's or survey's finding, which needs no "that" (``a new poll shows
  Clinton ahead``).

Archived New York Times copy opens and closes quotations with two apostrophes
(``''...''``), which the direct extractor does not read as marks: a sentence
breaks before them, a clause starting inside one ends at its close, and each
one that is speech (not a title or a scare quote) is a statement of its own,
whole with its marks, as PolNeAR files them.

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

from .statements import extract_reported

__all__ = ["extract_reported"]
