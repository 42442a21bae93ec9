"""The reported statements of one sentence: the patterns of the package's
docstring, tried in an order that is itself a decision (a noun's clause before
the verb's, an attribution after its clause before the one leading a clause)."""

from __future__ import annotations

from dataclasses import replace

from ...lexicon import reported as words
from .frames import (
    ADDRESSEE_APPOSITION_RE, ADDRESSEE_RE, ADJECTIVE_BEFORE_RE, AFTER_VERB_RE, APPOSITION_AFTER_RE, APPOSITION_OPEN_RE, APPOSITION_WORDS,
    ASKED, ASKED_LEAD_RE, ASKED_PUT_RE, ASKER_RE, AUXILIARY_ONLY_RE, BARE_BEFORE_RE, BARE_CLAUSE_FORMS, BEFORE_REACH,
    CLAUSE_FORMS, CLAUSE_START_RE, CLAUSE_VERB_SIGN_RE, CLAUSE_VERB_RE, COMPARISON_BEFORE_RE, CUE_RE, CURRENCY_RE, DEMAND_FORMS, DETERMINER_BEFORE_RE, DETERMINER_END_RE, EXPECTED_BEFORE_RE,
    EXPECTED_FORMS, EXPECTED_REACH, FINDER_NAME_RE, FINDING_FORMS, GERUND_CLAUSE_RE, INFINITIVE_END_RE, INFINITIVE_RE,
    INTENTION_FORMS, MAX_SENTENCE, MIN_WORDS, NAME_BEFORE_APPOSITION_RE, NAME_THEN_COMMA_RE, NEGATED_TARGET_FORMS, NEGATION_BEFORE_RE, NOT_CLAUSE_START,
    NOUN_BEFORE_RE, NOUN_FORMS, NOUN_HOLDER_BEFORE_RE, NOUN_LIKE_FORMS, NOUN_LIKE_SUBJECT_RE, NOUN_OBJECT_RE, NOUN_WORD_SUBJECT_RE, NAME_SUBJECT_RE, OBJECT_NEEDS_VERB_FORMS, NOUN_THAT_RE, OBJECT_END_RE,
    OBJECT_FORMS, OBJECT_RE, PARTICIPLES, MANNER_PHRASE_RE, PARTICIPLE_NOUN_RE, PASSIVE_BEFORE_RE, PROGRESSIVE_BEFORE_RE,
    QUESTION_FORMS, QUESTION_QUOTE_BEFORE_RE, QUESTION_RE, QUOTE_MARKS, RELATIVE_BEFORE_RE, RELATIVE_CUE_RE,
    RELATIVE_END_RE, RELATIVE_OPEN_RE, RELATIVE_THAT_RE, IMPERSONAL_SAY_BEFORE_RE, SAY_NOUN_BEFORE_RE, RELATIVE_REACH, ANY_START_FORMS, AS_SAYING_FORMS, AUXILIARY_WORDS, SAY_FORMS, SETTING_ALONE_RE, SETTING_START_RE, SETTING_THEN_CLAUSE_RE, SETTING_VERB_RE,
    SETTING_WORDS, SPEECH_FORMS, SUBJECT_JOIN_RE, SUBJECT_WORDS, SURVEY_RE, SURVEY_REACH, SHOW_FORMS, SHOWS_NOUN_RE, IMAGE_RE, IMAGE_REACH, TAIL_CLAUSE_RE, TAIL_END_RE,
    TAIL_WORDS, TARGET_END_RE, TARGET_FORMS, TELL_FORMS, THAT_RE, THAT_WORD_RE, TOLD_FORMS, TRAIL_TAIL_RE,
    UNCLOSED_QUOTE_RE, VERB_FORMS, WORD_RE,
)
from .adjuncts import adjunct_then_mark, target_adjunct
from .inverted import group_speaker, titled_name
from .boundaries import ATTRIBUTION_AT_END_RE, attributed_after, in_sentence_cue, in_subordinate, may_nest, nest, past_including
from .spans import (
    Found, clause_end, parenthetical_subject, skip_space, subject_before_apposition, subject_start, trim_end,
)


def in_sentence(body: str, s_start: int, s_end: int, para: int, cues: list[tuple[str, int, int]]) -> list[Found]:
    """The reported statements of a sentence, by the patterns in the package's docstring:
    the first, then any after it ("While 7 percent said X, 27 percent said Y").
    ``cues``: the sentence's cues, (word, start, end) in ``body``."""
    if s_end - s_start > MAX_SENTENCE:
        return []  # no stops for pages on end: a table or a list, not prose (and the cost stays linear)
    sentence = body[s_start:s_end]
    if sentence.rstrip(QUOTE_MARKS + "’' )").endswith("?"):
        # A question: the reporter asks, or a quoted one (the direct extractor's), after which
        # what the sentence reports before the quote stands ('Lee said the plan was dead and
        # asked: "Who will pay?"').
        s_end = _before_closing_question(sentence, s_start)
        if s_end is None:
            return []
        sentence = body[s_start:s_end]
    found: list[Found] = []
    done = 0  # offset in the sentence where the last statement ended
    # "Lee believes [the mine will close], Porter said": the attribution after the clause first.
    outer = trailing(body, sentence, s_start, s_end, para, in_sentence_cue(cues[-1], s_start)) if may_nest(sentence, s_start, cues) else None
    if outer and cues[0][2] < outer.end:
        cues = cues[:-1]  # its verb is read: the cue before it reports inside its clause
    else:
        outer = None
    for word, c_start, c_end in cues:
        cue = (word, c_start - s_start, c_end - s_start)  # in the sentence
        if cue[1] < done:
            continue
        if cue[0] == ASKED and not cue[1] or cue[0] in (ASKED, "asked") and ASKED_LEAD_RE.fullmatch(sentence, 0, cue[1]):
            item = None if found else asked(sentence, s_start, s_end, para, cue)
        elif cue[0] == "asked" and ASKED_PUT_RE.search(sentence, max(0, cue[1] - 8), cue[1]):
            item = put_to(sentence, s_start, s_end, para, cue)
        elif cue[0].lower() == "according to":
            item = None if found else according(body, sentence, s_start, s_end, para, cue)
        elif cue[0] in NOUN_FORMS and (noun := noun_clause(sentence, s_start, s_end, para, cue)):
            item = noun
        else:
            item = (None if found else trailing(body, sentence, s_start, s_end, para, cue)) or leading(
                body, sentence, s_start, s_end, para, cue, done)
        if item:
            first = before_parenthetical(sentence, s_start, cue, done, item)
            found.extend((first, item) if first else (item,))
            done = item.end - s_start
    return [outer, *(nest(f, outer) for f in found)] if outer else found


def before_parenthetical(sentence: str, s_start: int, cue: tuple[str, int, int], floor: int, item: Found) -> Found | None:
    """``In his state, Christie said, [offenders are sent to treatment]``: an attribution set
    inside its statement reports the words before it too, as a statement of their own
    (PolNeAR marks both halves).  ``item``: the half after it, found by ``leading``."""
    if cue[0] not in SPEECH_FORMS or "," not in sentence[cue[2] : item.start - s_start]:
        return None
    left = sentence[floor : cue[1]]
    comma = left.rfind(",")
    if comma < 0 or not parenthetical_subject(left):
        return None
    start = floor + skip_space(left, 0)
    end = trim_end(sentence, start, floor + comma)
    if end <= start or sentence[start : start + 1] in QUOTE_MARKS or any(m in sentence[start:end] for m in QUOTE_MARKS):
        return None
    if SETTING_ALONE_RE.match(sentence, start) and not SETTING_VERB_RE.search(sentence, start, end):
        # "[Under one agreement], the airline said, fares would fall": a setting alone, no verb in
        # it, is no statement (the half after the attribution is); PolNeAR marks such halves too
        # (train: 8 of 14), but a reader finds a fragment.  "[The plan], he said, was dead" stays.
        return None
    return replace(item, start=s_start + start, end=s_start + end)


def trailing(body: str, sentence: str, s_start: int, s_end: int, para: int, cue: tuple[str, int, int]) -> Found | None:
    """``CLAUSE, X said.`` / ``CLAUSE, said X.``: the clause before the last comma;
    ``CLAUSE, records show.``: a survey's finding the same way."""
    if cue[0] not in SPEECH_FORMS and cue[0] not in FINDING_FORMS:
        return None
    left = sentence[: cue[1]]
    comma = left.rfind(",")
    if comma < 0:
        return None
    subject = left[comma + 1 :]
    if cue[0] not in SPEECH_FORMS and not (SURVEY_RE.search(subject) or cue[0] in ("found", "finds") and FINDER_NAME_RE.search(subject)):
        return None  # "..., who took to the talk shows.": no finding without a survey or a named body
    if len(subject.split()) > 6 or SUBJECT_JOIN_RE.search(subject) or AUXILIARY_ONLY_RE.fullmatch(subject):
        return None
    if DETERMINER_END_RE.search(subject):
        return None  # "..., made the claims in a TV programme": the form is a noun after its determiner
    if cue[0] in words.NOUN_NOT_SPEECH_FORMS and not (
        NOUN_WORD_SUBJECT_RE.search(subject)
        or NAME_SUBJECT_RE.fullmatch(subject.strip()) and subject.split()[-1] not in words.STATES_MODIFIERS
    ):
        return None  # "..., as the contest shifts to larger, more diverse states.": the plural noun; "..., Johnson states" speaks
    tail = sentence[cue[2] :].rstrip(" .")
    tail_end = TAIL_END_RE.search(tail)
    if tail_end:
        tail = tail[: tail_end.start()]  # "..., Porter said, adding that ...": the participle's statement follows
    if not subject.strip():
        # ", said X, the chairman of ..., who ...": the speaker is what comes before its apposition.
        name = NAME_BEFORE_APPOSITION_RE.match(tail)
        apposition = APPOSITION_AFTER_RE.search(tail)
        if name:
            tail = name.group()  # ", said Mindy Romero, director of ...": any apposition after a name alone
        elif apposition:
            tail = tail[: apposition.start()]
    if len(WORD_RE.findall(tail)) > TAIL_WORDS or THAT_WORD_RE.search(tail):
        return None  # a new clause follows: the verb leads its own statement
    if subject.strip():
        if TAIL_CLAUSE_RE.search(tail):
            return None
        if not TRAIL_TAIL_RE.match(tail):
            return None  # "..., Trump said he would": the verb leads a clause of its own
    elif not tail.strip() or not tail.lstrip()[:1].isupper() and not tail.lstrip().startswith(("the ", "a ", "an ")) \
            and not ((titled_name(tail) or group_speaker(tail)) and CLAUSE_VERB_SIGN_RE.search(sentence, 0, comma)):
        return None  # ", said X." needs its X (", said former governor Ed Rendell": a title, then X)
    elif CLAUSE_VERB_RE.search(tail):
        return None  # "X, the chairman, said the plan would fail": a clause after the verb, not its speaker
    start = skip_space(sentence, 0)
    if sentence[start : start + 1] in QUOTE_MARKS or UNCLOSED_QUOTE_RE.search(sentence, start, comma):
        return None  # a direct quote's attribution ('... play the "woman card," Fiorina said': its comma is the quote's)
    if SETTING_START_RE.match(sentence, start) and not SETTING_THEN_CLAUSE_RE.search(sentence, start, comma):
        return None  # "In a speech in Leeds, Porter said.": a setting, not a statement
    if not subject.strip() and NAME_THEN_COMMA_RE.match(sentence, start, comma) and not SETTING_START_RE.match(sentence, start):
        return None  # "Mr. Prasad, a former official, said Ms. Brainard ...": a subject and its apposition, then the verb's clause
    start += s_start
    end = s_start + comma
    return Found(start, end, cue[0], para, s_start, s_end)


def leading(body: str, sentence: str, s_start: int, s_end: int, para: int, cue: tuple[str, int, int], floor: int = 0) -> Found | None:
    """``X said (that) CLAUSE``, ``X told Y (that) CLAUSE``, ``..., saying CLAUSE``."""
    word = cue[0]
    if word in ("went on", "goes on", "continued", "continues"):
        return None  # "went on to ...": the verb after it reports, if any
    left = sentence[floor : cue[1]]
    infinitive = word in INTENTION_FORMS and INFINITIVE_RE.match(sentence, cue[2] + skip_space(sentence, cue[2])) is not None
    participle = word in PARTICIPLES and word not in SPEECH_FORMS
    # "a new poll shows Clinton ahead": a survey's finding needs no "that".
    finding = word in FINDING_FORMS and SURVEY_RE.search(sentence, max(0, cue[1] - SURVEY_REACH), cue[1]) is not None
    finding = finding or word in SHOW_FORMS and IMAGE_RE.search(sentence, max(0, cue[1] - IMAGE_REACH), cue[1]) is not None \
        and not SHOWS_NOUN_RE.match(sentence, cue[2])  # "viewers rediscovering shows whose ...": the noun
    if word in words.NOUN_NOT_SPEECH_FORMS and (not NOUN_LIKE_SUBJECT_RE.search(left, max(0, len(left) - 40))
                                                or RELATIVE_THAT_RE.match(sentence, cue[2])):
        return None  # "the states that vote in March", "Rust Belt states that have suffered": a noun and its relative clause
    negated = word in NEGATED_TARGET_FORMS
    if negated and not NEGATION_BEFORE_RE.search(left, max(0, len(left) - 16)):
        return None  # "he mentioned the plan in passing": no act with a target
    if word == "say" and (IMPERSONAL_SAY_BEFORE_RE.search(left, max(0, len(left) - 40)) or SAY_NOUN_BEFORE_RE.search(left, max(0, len(left) - 10))
                          or left.rstrip().endswith(",") and sentence[cue[2] : cue[2] + 1] == ","):
        return None  # "it is too soon to say whether ...", "the final say", "to, say, single digits": no one's words
    if word in CLAUSE_FORMS and COMPARISON_BEFORE_RE.search(left, max(0, len(left) - 16)):
        return None  # "the slower than expected removal", "as planned": a comparison, no one's thought
    if word in words.FINDING_PLURAL_FORMS and not finding:
        return None  # "show", "find" report only a survey's finding ("the polls show ...")
    if word.endswith("ing") and not participle and word not in AS_SAYING_FORMS and not PROGRESSIVE_BEFORE_RE.search(left, max(0, len(left) - 8)):
        return None  # ", hoping to ...": a participle whose subject is the sentence's, not a report of its own
    if participle:
        # "..., saying CLAUSE", and without the comma too ("by saying", "with 30 percent saying",
        # "a statement saying"), unless the form is a noun or an adjective ("the old saying", "his
        # warning", "tax-writing"), or "writing" has no "that" ("stopped writing his speech").
        if not left.rstrip().endswith((",", "—", "–")) and (
                PARTICIPLE_NOUN_RE.search(left, max(0, len(left) - 12)) or sentence[cue[1] - 1 : cue[1]] == "-"
                or word == "writing" and not THAT_RE.match(sentence, cue[2] + skip_space(sentence, cue[2]))):
            return None
    else:
        if word in EXPECTED_FORMS and infinitive and EXPECTED_BEFORE_RE.search(left, max(0, len(left) - EXPECTED_REACH)):
            # "The House is expected to pass the bill": an expectation no one is named as holding.
            pos = cue[2] + skip_space(sentence, cue[2])
            cut = INFINITIVE_END_RE.search(sentence, pos)
            end = trim_end(sentence, pos, past_including(sentence, cut.start()) if cut else len(sentence))
            statement = Found(s_start + pos, s_start + end, word, para, s_start, s_end, unattributed=True, short=True)
            return statement if end > pos else None
        before = max(0, len(left.rstrip()) - BEFORE_REACH)  # both end at the verb: only its last words are read
        bare = None if negated else BARE_BEFORE_RE.search(left, before)
        if bare and THAT_RE.match(sentence, cue[2] + skip_space(sentence, cue[2])):
            bare = None  # "refused to say that ...", "would argue that ...": the clause is reported, if not asserted
        elif bare and word in ("say", "tell") and (bare.group().lower().startswith("to") or QUESTION_RE.match(sentence, cue[2] + skip_space(sentence, cue[2]))):
            bare = None  # "tweeted on Friday to say he had never ...", "did not say how the justices voted"
        if bare or PASSIVE_BEFORE_RE.search(left, before) and not word.split()[0].endswith("ing") and word not in AS_SAYING_FORMS:
            # "is said to be", "would say"; a form in "-ing" after "is" is progressive, no passive ("is
            # hoping to win" reports a hope, "is calling for [new rules]" a demand); "was quoted as
            # saying" its subject's words.
            return None
        if infinitive and (RELATIVE_BEFORE_RE.search(left, max(0, len(left) - 40)) or NOUN_BEFORE_RE.search(left, max(0, len(left) - 30))):
            return None  # "what he wants to do", "Ford's plans to open a plant"
        subject = left[subject_start(left) :]
        if not WORD_RE.search(subject) and left.rstrip().endswith((",", "—", "–")) and not floor:
            # "Mark Wynn, chairman of the district party, said ...": the subject and its apposition.
            subject = subject_before_apposition(left)
        elif floor and (left.strip() in (",", "—", "–") or adjunct_then_mark(left)) and (RELATIVE_OPEN_RE.search(sentence, max(0, floor - RELATIVE_REACH), floor)
                                                        or APPOSITION_OPEN_RE.search(sentence, max(0, floor - RELATIVE_REACH), floor)):
            # "Cruz, who says the polls have tightened, said ...", "Kasich, a Republican who has refused
            # to endorse Mr. Trump, said ...": the apposition's statement came first; the subject is before it.
            subject = subject_before_apposition(sentence[: cue[1]])
        if not WORD_RE.search(subject) or len(subject.split()) > SUBJECT_WORDS + APPOSITION_WORDS:
            return None  # ', said X' / '"...," said X': inverted, the clause comes before
        if subject.strip().lower() in ("that", "having") or subject.strip().lower() == "all" and word == "told":
            return None  # "That said, ...", "All told, ...": idioms, no report (but "All said they ...")
        if word in SPEECH_FORMS and QUESTION_QUOTE_BEFORE_RE.search(left, max(0, len(left) - 8)):
            return None  # '"Do these people read newspapers?" said Bob Mulholland, ...': inverted, the quote is its statement
    pos = cue[2]
    pos += skip_space(sentence, pos)
    if sentence[pos : pos + 1] == "," and not participle and word in SPEECH_FORMS:
        # "This campaign, he says, is different" / "..., the Times said, including ...": the
        # attribution sits inside the statement; what follows it is the reported part.
        # ("she added, Donald Trump is ..." too.)
        after = pos + 1 + skip_space(sentence, pos + 1)
        if word in NOUN_LIKE_FORMS and not parenthetical_subject(left):
            return None  # "In each of those states, ...", "Clinton has won more states, ...": a noun, not a verb
        if left[subject_start(left) :].strip() in ("and", "or", "nor", "but"):
            return None  # "have cut their contract, or posted, prices": a second verb set off, no attribution
        if sentence[after : after + 1] in QUOTE_MARKS or CUE_RE.match(sentence, after) or len(WORD_RE.findall(sentence, after)) < MIN_WORDS:
            return None
        if MANNER_PHRASE_RE.match(sentence, after) and not GERUND_CLAUSE_RE.match(sentence, after + len(WORD_RE.match(sentence, after).group())):
            return None  # '"...," Lee said, holding back tears', '..., he said, without naming anyone': the act's manner, no statement
        pos = after
        end = clause_end(sentence, pos)
        return Found(s_start + pos, s_start + end, word, para, s_start, s_end) if end > pos else None
    if sentence[pos : pos + 1] in (":", ",") or sentence[pos : pos + 1] in QUOTE_MARKS:
        return None  # "said: "...": a direct quote; "That said, ...": no report
    if word in OBJECT_FORMS:
        obj = OBJECT_RE.match(sentence, pos)
        if obj and obj.group(2) == OBJECT_FORMS[word] and (obj.group(2) != "to" or INFINITIVE_RE.match(sentence, obj.start(2))) \
                and not THAT_WORD_RE.search(obj.group(1)) and not QUESTION_RE.match(sentence, pos):
            # "accused Clinton of ducking": the object and its complement, to the first comma.
            cut = OBJECT_END_RE.search(sentence, obj.end())
            end = trim_end(sentence, pos, past_including(sentence, cut.start()) if cut else len(sentence))
            return Found(s_start + pos, s_start + end, word, para, s_start, s_end, inner=attributed_after(sentence, end)) if end > obj.end() else None
    if word in words.OBJECT_ONLY_FORMS and THAT_RE.match(sentence, pos):
        return None  # "cited that comment when ...": a determiner; a cue after it reads its own clause
    # "announced that ...": the clause, below; so "announced Monday that ..." ("denounced Thursday" has none).
    if (word in TARGET_FORMS or negated) and not THAT_RE.match(sentence, pos) and not AFTER_VERB_RE.match(sentence, pos):
        if ADJECTIVE_BEFORE_RE.search(left, max(0, len(left) - 8)):
            return None  # "the announced expansion", "an expressed wish": an adjective
        first = CLAUSE_START_RE.match(sentence, pos)
        if not first:
            # "called for tougher rules", "announced new measures", "announced $5 million more": the
            # target is any noun phrase (an adjective, a sum first), not a preposition's or an adverb's
            first = WORD_RE.match(sentence, pos) or CURRENCY_RE.match(sentence, pos)
            if first and (first.group() in SETTING_WORDS or word not in DEMAND_FORMS and first.group().endswith(("ly", "ing"))):
                first = None  # ("called for denying entry ...": a demand may be a gerund)
        if not first or first.group() in NOT_CLAUSE_START:
            return None  # "criticized in a statement": no target named
        if NOUN_OBJECT_RE.match(sentence, pos):
            return None  # "rejected the notion that ...": the noun's clause is the statement
        # The target ends at a comma or dash, or where a time or a setting of the act begins.
        cut = min((m.start() for m in (OBJECT_END_RE.search(sentence, pos), TARGET_END_RE.search(sentence, pos)) if m), default=len(sentence))
        end = trim_end(sentence, pos, past_including(sentence, target_adjunct(sentence, word, pos, cut)))
        return Found(s_start + pos, s_start + end, word, para, s_start, s_end, short=True, inner=attributed_after(sentence, end)) if end > pos else None
    # An addressee and a setting may come before the clause.
    if word in TELL_FORMS:
        m = ADDRESSEE_RE.match(sentence, pos)
        if m:
            pos = m.end()
            apposition = ADDRESSEE_APPOSITION_RE.match(sentence, pos) if sentence[pos - 2 : pos].strip() == "," else None
            pos = apposition.end() if apposition else pos
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
            # "asked Clinton if ...", "asked him whether ...": the one asked, then the question.
            addressee = ADDRESSEE_RE.match(sentence, pos)
            if not addressee or not QUESTION_RE.match(sentence, addressee.end()):
                return None  # "asked the campaign to ...": a request, not a reported question
            pos = addressee.end()
    elif word not in BARE_CLAUSE_FORMS and word not in AS_SAYING_FORMS and not finding:
        if not infinitive:
            return None  # "found the body", "adding to the pressure": no clause without "that"
    start_word = CLAUSE_START_RE.match(sentence, pos)
    if (word in ANY_START_FORMS or finding) and not start_word:
        # After "said" any word but a preposition or an adverb of setting starts the clause ("said none were added").
        start_word = WORD_RE.match(sentence, pos)
        if start_word and word not in SAY_FORMS and start_word.group() in AUXILIARY_WORDS:
            start_word = None  # "what you're saying is that ...": the participle is a clause's subject
        elif start_word and (start_word.group() in SETTING_WORDS or start_word.group().endswith(("ing", "ly"))):
            # ... but a gerund is the clause's subject when a verb of its own follows before any
            # comma ("said [cutting that output must be a priority]"), not the manner of saying.
            gerund = start_word.group().endswith("ing") and GERUND_CLAUSE_RE.match(sentence, start_word.end())
            start_word = start_word if gerund else None
    if not that and (not start_word or start_word.group() in NOT_CLAUSE_START) and not infinitive:
        return None
    if sentence[pos : pos + 1] in QUOTE_MARKS:
        return None  # the clause is a direct quotation
    if infinitive:
        cut = INFINITIVE_END_RE.search(sentence, pos)
        end = trim_end(sentence, pos, past_including(sentence, cut.start()) if cut else len(sentence))
        return Found(s_start + pos, s_start + end, word, para, s_start, s_end, short=True, inner=attributed_after(sentence, end)) if end > pos else None
    subordinate = in_subordinate(sentence, cue[1])
    if subordinate or RELATIVE_CUE_RE.search(left, max(0, len(left) - RELATIVE_REACH)):
        # "Graham, who says [ground forces are needed], tweeted ...": a relative clause ends at its comma;
        # so does a subordinate one before its main clause ("While Lee said [the mine was safe], ...").
        cut = RELATIVE_END_RE.search(sentence, pos)
        end = trim_end(sentence, pos, cut.start() if cut else len(sentence))
    else:
        end = clause_end(sentence, pos)
    if end <= pos:
        return None
    if not that and word in OBJECT_NEEDS_VERB_FORMS and word not in QUESTION_FORMS and not finding \
            and not CLAUSE_VERB_SIGN_RE.search(sentence, pos + (start_word.end() - start_word.start() if start_word else 0), end):
        return None  # "Google Maps has added [Waze data on traffic]", "wrote [the book in prison]": an object, no clause
    if not that and word in TOLD_FORMS and not CLAUSE_VERB_SIGN_RE.search(sentence, pos, end):
        return None  # '"...," Lee told Ann Stone, [a local councillor]', "told reporters [outside a restaurant]": no clause
    return Found(s_start + pos, s_start + end, word, para, s_start, s_end, inner=subordinate)


def asked(sentence: str, s_start: int, s_end: int, para: int, cue: tuple[str, int, int]) -> Found | None:
    """``Asked whether/if/why CLAUSE, X said ...``: the question, to its comma.  The
    one who asked is the reporter or someone unnamed: it gets no speaker."""
    pos = cue[2] + skip_space(sentence, cue[2])
    m = AFTER_VERB_RE.match(sentence, pos)
    if m:
        pos = m.end()
    if not QUESTION_RE.match(sentence, pos):
        return None  # "Asked about the plan, ...": a setting, no question reported
    cut = OBJECT_END_RE.search(sentence, pos)
    if cut is None or sentence[cut.start()] != ",":
        return None  # the answer follows the comma; without one this is no question put
    end = trim_end(sentence, pos, cut.start())
    return Found(s_start + pos, s_start + end, ASKED, para, s_start, s_end, unattributed=True)


def put_to(sentence: str, s_start: int, s_end: int, para: int, cue: tuple[str, int, int]) -> Found | None:
    """``X was asked whether/what ... (to ...)``, ``..., when asked by a reporter if ...``: a
    question or a request put to someone, to its comma or the sentence's end.  The one who
    asked is unnamed (or the reporter's "by X"): it gets no speaker, as ``Asked whether``."""
    pos = cue[2] + skip_space(sentence, cue[2])
    agent = ASKER_RE.match(sentence, pos)
    if agent:
        pos = agent.end()
    if not QUESTION_RE.match(sentence, pos) and not INFINITIVE_RE.match(sentence, pos):
        return None  # "was asked about the plan": no question reported
    cut = INFINITIVE_END_RE.search(sentence, pos)
    end = trim_end(sentence, pos, cut.start() if cut else len(sentence))
    return Found(s_start + pos, s_start + end, cue[0], para, s_start, s_end, unattributed=True) if end > pos else None


def noun_clause(sentence: str, s_start: int, s_end: int, para: int, cue: tuple[str, int, int]) -> Found | None:
    """``X's claim that CLAUSE``, ``the belief that CLAUSE``: a noun of speech or
    belief with its that-clause (a clause: "that" and a subject, so "the claim
    that he made" -- a relative -- is read too; PolNeAR marks both)."""
    if cue[0] in VERB_FORMS and not NOUN_BEFORE_RE.search(sentence, max(0, cue[1] - 12), cue[1]) \
            and not DETERMINER_BEFORE_RE.search(sentence, max(0, cue[1] - 12), cue[1]) \
            and not NOUN_HOLDER_BEFORE_RE.search(sentence, max(0, cue[1] - 40), cue[1]):
            return None  # "he claims that ...": the verb's (the leading pattern reads it)
    that = NOUN_THAT_RE.match(sentence, cue[2])
    if not that or not CLAUSE_START_RE.match(sentence, that.end()) or sentence[that.end() : that.end() + 1] in QUOTE_MARKS:
        return None
    pos = that.end()
    cut = OBJECT_END_RE.search(sentence, pos)  # a noun's clause is often its sentence's subject: it ends at a comma or dash
    end = trim_end(sentence, pos, cut.start() if cut else len(sentence))
    # "The pound fell on fears that ...", "aided by suggestions that ...": after a preposition the
    # noun's holder is unnamed; the sentence's subject is no speaker of it.
    unnamed = NOUN_HOLDER_BEFORE_RE.search(sentence, max(0, cue[1] - 40), cue[1]) is not None
    return Found(s_start + pos, s_start + end, cue[0], para, s_start, s_end, unattributed=unnamed) if end > pos else None


def according(body: str, sentence: str, s_start: int, s_end: int, para: int, cue: tuple[str, int, int]) -> Found | None:
    """``According to X, CLAUSE`` and ``CLAUSE, according to X``; ``But, according to X,
    CLAUSE`` as the first."""
    left = sentence[: cue[1]].rstrip()
    if left.endswith(","):
        if len(WORD_RE.findall(left)) >= MIN_WORDS:
            end = len(left) - 1
            start = skip_space(sentence, 0)
            return Found(s_start + start, s_start + end, "according to", para, s_start, s_end)
        # "But, according to the poll, CLAUSE", "Fundraising, according to X, has surged": a word or
        # two before the source open its clause; the clause is what follows the source.
    elif left and not left.endswith(("—", "–", "(")):
        return None  # "... is according to plan"
    comma = sentence.find(",", cue[2])
    if comma < 0 or comma - cue[2] > 80:
        return None
    pos = comma + 1 + skip_space(sentence, comma + 1)
    inner = CUE_RE.search(sentence, pos, min(len(sentence), pos + 80))
    if inner and inner.group() in SPEECH_FORMS and not sentence[pos : inner.start()].rstrip().endswith(","):
        return None  # "According to the interview, Putin said ...": the speaker inside speaks
    # "According to filings, [Mark IV owns 17 pct], Baird said": the clause ends before the
    # sentence's own attribution (no statement nests inside "according to").
    attribution = ATTRIBUTION_AT_END_RE.search(sentence, pos)
    end = trim_end(sentence, pos, attribution.start() if attribution else len(sentence))
    if end <= pos:
        return None
    # (its source is read up to its end: the attribution after it is no source of it)
    return Found(s_start + pos, s_start + end, "according to", para, s_start, s_end, inner=attribution is not None)


def _before_closing_question(sentence: str, s_start: int) -> int | None:
    """Where the quotation a sentence ends with opens, when that quotation is the question
    (in ``body``); None for a question the sentence itself asks."""
    text = sentence.rstrip(" )")
    if text[-1:] not in QUOTE_MARKS or not text[:-1].rstrip("’'").endswith("?"):
        return None
    opening = max(text.rfind(mark, 0, len(text) - 1) for mark in "\"“„«")
    # Set off as a sentence of its own ('and asked: "Who ...?"'), not words inside the
    # reporter's own question ('Did Porter say the deal was "dead on arrival?"').
    if opening <= 0 or sentence[:opening].rstrip()[-1:] not in (":", ",", "—", "–") or not text[opening + 1 : opening + 2].isupper():
        return None
    return s_start + opening

