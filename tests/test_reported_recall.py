"""Reported speech, the phenomena of news writing added for recall (issue 15, third
round): each with a short sentence and the statements it must give, written out whole,
and the look-alikes that must give none."""

import pytest

from quotearchive.extract import pipeline
from quotearchive.model import Document

from .reported_text import INTRO, statements


def spans(sentence: str) -> list[tuple[str, str]]:
    """(text, cue) only: for the patterns whose speaker the resolver finds elsewhere."""
    return [(text, cue) for text, cue, _ in statements(sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Archived New York Times copy opens and closes quotations with two apostrophes: a
        # sentence breaks before one, so the clause before it stops at its sentence's end;
        # the quotation is a statement of its own, whole with its marks (fourth round).
        ("Porter said the plan was sound. ''We will not give up on it,'' she added.",
         [("the plan was sound", "said", "Jane Porter"), ("''We will not give up on it,''", "added", "Jane Porter")]),
        # A clause that starts inside such a quotation yields to the whole quotation.
        ("''I think the turbines were badly built,'' Porter said.",
         [("''I think the turbines were badly built,''", "said", "Jane Porter")]),
        # The subject before its apposition, deep in a sentence, or set off by dashes.
        ("The review went ahead, and Tom Reed, the chairman of the energy committee, said the plan was sound.",
         [("the plan was sound", "said", "Tom Reed")]),
        ("Ann Lee, a welder from Hull, said the turbines were badly built.",
         [("the turbines were badly built", "said", "Ann Lee")]),
        # "X, who says A, said B": both statements, and the relative's ends at its comma.
        ("Tom Reed, who says the turbines were badly built, said the plan would fail.",
         [("the turbines were badly built", "says", "Tom Reed"), ("the plan would fail", "said", "Tom Reed")]),
        ("Tom Reed, who says the turbines were badly built, wrote that the plan would fail.",
         [("the turbines were badly built", "says", "Tom Reed"), ("the plan would fail", "wrote", "Tom Reed")]),
        # A day's name before its possessive is the clause's subject, not the verb's time.
        ("Porter said Monday's vote would decide the plan.", [("Monday's vote would decide the plan", "said", "Jane Porter")]),
        # The subject's second verb of speech ends the clause and reports its own statement.
        ("Porter said the plan was sound and urged the regulator to publish the figures.",
         [("the plan was sound", "said", "Jane Porter"), ("the regulator to publish the figures", "urged", "Jane Porter")]),
        # ... a second verb of thought does not: it is as often inside the clause.
        ("Porter said she was tired and wanted a change of course.",
         [("she was tired and wanted a change of course", "said", "Jane Porter")]),
        # An attribution set inside its statement: the words before it are a statement too ...
        ("The turbines built in Hull, Porter says, have failed in their first winter.",
         [("The turbines built in Hull", "says", "Jane Porter"), ("have failed in their first winter", "says", "Jane Porter")]),
        # ... but not a setting alone (ninth round: a fragment for a reader; PolNeAR marks it).
        ("In the three years since, Porter says, far too many turbines have failed.",
         [("far too many turbines have failed", "says", "Jane Porter")]),
        # ... unless it is under three words: "This campaign" alone would be the same "statement"
        # in every article that writes it (the repeated-statements page groups by the words)
        ("This campaign, Porter says, is different from the last one.", [("is different from the last one", "says", "Jane Porter")]),
        # A setting followed by its clause, before ", X said", is a statement.
        ("In Leeds, the turbines were shut down twice last winter, officials said.",
         [("In Leeds, the turbines were shut down twice last winter", "said", "officials")]),
        # A verb after a modal or a negation reports its that-clause, a negated "say" its
        # question; the subject before the negation is the speaker.
        ("Porter would not argue that the plan was dead.", [("the plan was dead", "argue", "Jane Porter")]),
        ("Porter did not say how the turbines would be paid for.", [("how the turbines would be paid for", "say", "Jane Porter")]),
        # A question put to the speaker, after "When": no one named asked it.
        ("When asked whether the plan would survive, Porter said it would.",
         [("whether the plan would survive", "Asked", None)]),
        # "X is expected to VP": an expectation no one is named as holding.
        ("The energy committee is expected to approve the plan next week.", [("to approve the plan next week", "expected", None)]),
        ("The energy committee is widely expected to approve the plan next week.",
         [("to approve the plan next week", "expected", None)]),
    ],
)
def test_each_phenomenon_gives_its_statements(sentence, expected):
    assert expected == statements(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A participle of speech without its comma.
        ("Porter ended the talks by saying the plan was dead.", [("the plan was dead", "saying")]),
        ("Most voters doubt the plan, with 30 percent of them saying it is dead.", [("it is dead", "saying")]),
        ("The ministry issued a statement saying the plan was dead.", [("the plan was dead", "saying")]),
        # A verb after "to" reports its that-clause; "to say" any clause.
        ("Porter went on television to say she had never seen the figures.", [("she had never seen the figures", "say")]),
    ],
)
def test_each_phenomenon_gives_its_spans(sentence, expected):
    assert expected == spans(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Porter quoted the old saying that the plan was dead.",  # "saying" a noun
        "Porter stopped writing her speech on the turbines.",  # "writing" with no "that": no speech
        "The committee formed a tax-writing panel for the turbines.",  # an adjective in a compound
        "In a speech in Leeds, Porter said.",  # a setting alone before ", X said"
        "Porter would argue the plan was dead.",  # a modal with no "that": no report
        "Porter is expected in Leeds on Monday.",  # "expected" with no infinitive
    ],
)
def test_look_alikes_give_no_statement(sentence):
    assert [] == statements(sentence)


def test_a_call_for_something_reports_what_it_demands_with_its_stance():
    assert [("tougher rules on turbine safety", "called for", "Jane Porter")] == statements(
        "Porter called for tougher rules on turbine safety.")
    assert [("a ban on imported turbines", "calls for", "Jane Porter")] == statements(
        "Porter calls for a ban on imported turbines, and her party agrees.")
    from quotearchive.extract.cues import cue_class

    assert ["emphatic", "neutral"] == [cue_class("called for"), cue_class("called")]  # "called" alone names, "called for" demands


def test_two_apostrophe_quotations_pair_within_their_paragraph():
    from quotearchive.extract.reported.apostrophes import apostrophe_quotes

    body = "Porter said. ''We will win,'' she said. ''And then?'' rock''n''roll\nA ''left open\n''The next one.''"
    assert ["''We will win,''", "''And then?''", "''The next one.''"] == [body[a:b] for a, b in apostrophe_quotes(body)]
    opening = "''We will win,'' she said."  # at the very start of the body too
    assert ["''We will win,''"] == [opening[a:b] for a, b in apostrophe_quotes(opening)]


# ---------------------------------------------------------------- fourth round


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A quotation in two-apostrophe marks (archived New York Times copy) standing alone or
        # before its attribution is a statement whole with its marks, its speaker resolved as a
        # quote's, its cue the attribution's verb.
        ("''We will not give up on the turbines,'' said Ms. Porter. ''Not now, not ever.''",
         [("''We will not give up on the turbines,''", "said", "Jane Porter"), ("''Not now, not ever.''", "said", "Jane Porter")]),
        # One the clause patterns read starting inside it yields to the whole quotation.
        ("''The plan, I believe, is dead,'' Porter said.", [("''The plan, I believe, is dead,''", "said", "Jane Porter")]),
        # A clause starting before it keeps it (the quotation is the clause's words).
        ("Porter said the plan was ''dead in the water'' after the vote.",
         [("the plan was ''dead in the water'' after the vote", "said", "Jane Porter")]),
    ],
)
def test_two_apostrophe_quotations_are_statements(sentence, expected):
    assert expected == statements(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Porter appeared on NBC's ''Meet the Press'' on Sunday.",  # a title
        "The so-called ''turbine tax'' was dropped.",  # a name, not anyone's words
        "Porter ordered ''Rush Hour'' again.",  # title case, two words
    ],
)
def test_two_apostrophe_titles_and_terms_are_not_statements(sentence):
    assert [] == statements(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A plural survey's, records' or filings' finding, with or without "that".
        ("Recent polls show Porter with a double-digit lead.", [("Porter with a double-digit lead", "show")]),
        ("The new filings show that the campaign has less than $1 million on hand.",
         [("the campaign has less than $1 million on hand", "show")]),
        ("Several studies find most turbines last twenty years.", [("most turbines last twenty years", "find")]),
    ],
)
def test_findings_after_a_plural_survey_word(sentence, expected):
    assert expected == spans(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Porter and her aides show the turbines to visitors.",  # no survey: "show" is no report
        "We find the turbines very loud.",
    ],
)
def test_show_and_find_without_a_survey_give_nothing(sentence):
    assert [] == statements(sentence)


def test_states_is_a_noun_after_a_word_that_is_no_subject():
    # "the states that vote in March": the noun and its relative clause, no report.
    assert [] == statements("Porter will campaign in the states that vote in March on the turbines.")
    assert [] == statements("In three other states, the turbines were shut down.")
    # After a subject (a name, a pronoun, a document) it is the verb.
    assert [("the turbines must be inspected every year", "states", "The new law")] == statements(
        "The new law states that the turbines must be inspected every year.")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # ", said X, an apposition with a verb of its own": X is the speaker, the clause before is reported.
        ("The turbines were badly built, said Tom Reed, an engineer who has inspected all of them.",
         [("The turbines were badly built", "said", "Tom Reed")]),
        # "X, an apposition, said CLAUSE": the name and its apposition are the subject, not a statement.
        ("Tom Reed, a former official at the energy ministry, said Ms. Porter had hidden the figures.",
         [("Ms. Porter had hidden the figures", "said", "Tom Reed")]),
    ],
)
def test_a_speaker_with_an_apposition_on_either_side_of_said(sentence, expected):
    assert expected == statements(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A question or a request put to someone mid-sentence: no one named asked it.
        ("Porter was asked if the turbines had ever failed.", [("if the turbines had ever failed", "asked", None)]),
        ("Porter said little when asked by a reporter why the figures were late.",
         [("why the figures were late", "asked", None)]),
        ("Porter has been asked to release the figures, and she has refused.", [("to release the figures", "asked", None)]),
    ],
)
def test_a_question_put_to_someone_mid_sentence(sentence, expected):
    assert expected == statements(sentence)


def test_asked_about_something_puts_no_question():
    assert [] == statements("Porter was asked about the turbines on Monday.")


def test_a_gerund_after_said_is_its_clauses_subject():
    assert [("cutting the subsidy must be a priority", "said", "Jane Porter")] == statements(
        "Porter said cutting the subsidy must be a priority.")
    # ... but not a participle of manner, with no verb of its own after it.
    assert [] == statements("Porter said nothing, looking at the turbines.")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Opposing or questioning something: its object is what the stance is about.
        ("Porter opposed the new turbine subsidy.", [("the new turbine subsidy", "opposed")]),
        ("Porter questioned the regulator's figures on Monday.", [("the regulator's figures", "questioned")]),
    ],
)
def test_the_object_of_opposing_or_questioning(sentence, expected):
    assert expected == spans(sentence)


def test_opposed_to_and_the_passive_report_no_target():
    assert [] == statements("Porter is opposed to the new turbine subsidy.")
    assert [] == statements("The subsidy was opposed by most members of the committee.")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A target that opens with an adjective or a sum, not only a determiner or a name.
        ("The ministry announced new rules for turbine safety.", [("new rules for turbine safety", "announced")]),
        ("The ministry announced $5 million more for turbine safety.", [("$5 million more for turbine safety", "announced")]),
        # ... a demand may be a gerund; a target is not ("praised repeatedly" has none).
        ("Porter called for ending the subsidy.", [("ending the subsidy", "called for")]),
        ("Porter praised repeatedly.", []),
    ],
)
def test_targets_that_open_with_any_noun_phrase(sentence, expected):
    assert expected == spans(sentence)


def test_reported_takes_its_clause_without_that():
    assert [("the turbines had been badly built for years", "reported", "the Leeds Post")] == statements(
        "The Leeds Post reported the turbines had been badly built for years.")


def test_a_reflexive_target():
    assert [("herself as a friend of the turbine industry", "described")] == spans(
        "Porter described herself as a friend of the turbine industry.")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Porter has indicated she would not back the subsidy.", [("she would not back the subsidy", "indicated")]),
        ("Porter revealed the ministry had kept the figures back.", [("the ministry had kept the figures back", "revealed")]),
    ],
)
def test_indicated_and_revealed_take_their_clause_without_that(sentence, expected):
    assert expected == spans(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A survey's finding reported after its clause, as a speaker's is (fifth round).
        ("More than half of the subsidy went to two firms, new fundraising reports show.",
         [("More than half of the subsidy went to two firms", "show")]),
        ("Turbine orders fell by a third last year, the Leeds survey found.",
         [("Turbine orders fell by a third last year", "found")]),
        # "found" may have a named body for its survey.
        ("Most voters backed the subsidy, the Leeds Post found.", [("Most voters backed the subsidy", "found")]),
        # "shows" is as often a noun: no survey named, no finding.
        ("Porter spent the evening at home, watching the talk shows.", []),
        ("The minister took the plan to the trade shows.", []),
        # "found" with no survey and no name before it reports nothing.
        ("The turbines were old, the engineers found.", []),
    ],
)
def test_a_finding_after_its_clause(sentence, expected):
    assert expected == spans(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A word or two before "according to X," open the clause after it (fifth round).
        ("But, according to the Leeds survey, most voters still back the subsidy.",
         [("most voters still back the subsidy", "according to")]),
        ("Turbine orders, according to the ministry, have fallen by a third.", [("have fallen by a third", "according to")]),
        # Three words or more before it are the clause.
        ("Turbine orders fell sharply, according to the ministry.", [("Turbine orders fell sharply", "according to")]),
    ],
)
def test_according_to_after_an_opener(sentence, expected):
    assert expected == spans(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Only an auxiliary between the comma and the verb: the comma closes the subject's
        # apposition, and what follows the verb is the statement (fifth round).
        ("The two ministers, Jane Porter and Tom Reed, have promised to publish the turbine figures.",
         [("to publish the turbine figures", "promised")]),
        ("The energy minister, Jane Porter, has repeatedly said the turbines were badly built.",
         [("the turbines were badly built", "said")]),
    ],
)
def test_an_auxiliary_after_an_apposition_is_no_attribution_after_its_clause(sentence, expected):
    assert expected == spans(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A second speaker's attribution after "and"/"but" ends the first clause; the second
        # verb has its own (fifth round).
        ("Most voters said they were worried about the turbines, and more than four in ten said Porter would fix them.",
         [("they were worried about the turbines", "said"), ("Porter would fix them", "said")]),
        ("Porter said the plan was sound but her critics argued it would cost too much.",
         [("the plan was sound", "said"), ("it would cost too much", "argued")]),
        # "and" with no verb of speech after it stays inside the clause.
        ("Porter said the turbines were old and the blades were cracked.", [("the turbines were old and the blades were cracked", "said")]),
    ],
)
def test_a_second_speaker_ends_the_first_clause(sentence, expected):
    assert expected == spans(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # The tail of ", X said" ends at a participle of speech or a semicolon: the clause
        # before it is reported, and the participle's statement after it (fifth round).
        ("The turbines were badly built, Porter said, adding that the blades had cracked.",
         [("The turbines were badly built", "said"), ("the blades had cracked", "adding")]),
        ("The turbines were never the problem, her aides argued in interviews this week; the blades were.",
         [("The turbines were never the problem", "argued")]),
        # A comma inside a quotation is the quotation's, not the end of a reported clause.
        ('Porter will play the "turbine card," Tom Reed said.', []),
        # A negated auxiliary after an apposition's comma: the verb leads its own clause.
        ("The energy minister, Jane Porter, wouldn't say on Tuesday how the turbines would be paid for.",
         [("how the turbines would be paid for", "say")]),
    ],
)
def test_the_tail_of_an_attribution_after_its_clause(sentence, expected):
    assert expected == spans(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # ", said NAME, APPOSITION": a name alone before the comma is the speaker, whatever
        # the apposition after it (fifth round).
        ("The turbines have a strong following in the county, said Ann Lee, director of the Leeds Energy Project at the "
         "University of Leeds and its Centre for Regional Change in Bradford.",
         [("The turbines have a strong following in the county", "said")]),
        # A name followed by more words before the comma is no speaker alone: no statement before it.
        ("The subsidy had run out, Porter told Mr. Reed last year in one such exchange, taking the blame.", []),
    ],
)
def test_a_name_and_its_apposition_after_said(sentence, expected):
    assert expected == spans(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # An opener of a setting ("This", "Today") with a verb right after it is the clause's
        # subject, not a setting (fifth round).
        ("This has been a persistent worry for the ministry this year, Porter said.",
         [("This has been a persistent worry for the ministry this year", "said")]),
        # A setting, then its clause: the clause's verb may be negated, its subject abbreviated.
        ("If councils fail to act, the U.S. Department of Energy can step in, Porter said.",
         [("If councils fail to act, the U.S. Department of Energy can step in", "said")]),
        ("In this year's contest, undecided voters aren't likely to help one side, Porter said.",
         [("In this year's contest, undecided voters aren't likely to help one side", "said")]),
        # A setting alone before the attribution is still no statement.
        ("This week, Porter said.", []),
        ("In a speech in Leeds on Monday, Porter said.", []),
    ],
)
def test_a_setting_and_its_clause_before_said(sentence, expected):
    assert expected == spans(sentence)


def test_a_clause_ends_before_pointing_to_or_citing():
    # The subject's act of pointing to evidence is no part of the clause reported (fifth round);
    # what it points to is the target of an act of its own (session 18), as what is cited.
    assert [("the turbines could help the town", "said"), ("the sale of two plots of land in June", "pointing to")] == spans(
        "Porter said the turbines could help the town, pointing to the sale of two plots of land in June.")
    # What is cited is the target of an act of its own (eighth round: tests/test_reported_conventions.py).
    assert [("the turbines could help the town", "said"), ("the sale of two plots of land in June", "citing")] == spans(
        "Porter said the turbines could help the town, citing the sale of two plots of land in June.")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A target or an object ends at the subject's second act, "and" with a past tense (fifth round).
        ("Porter questioned the cost of the turbines and criticized the new subsidy scheme.",
         [("the cost of the turbines", "questioned"), ("the new subsidy scheme", "criticized")]),
        ("Porter accused the regulator of hiding the figures and demanded a public inquiry.",
         [("the regulator of hiding the figures", "accused")]),
        # "and" with a noun stays inside the target.
        ("Porter criticized the cost of the turbines and the noise of the blades.",
         [("the cost of the turbines and the noise of the blades", "criticized")]),
    ],
)
def test_a_target_ends_at_the_subjects_second_act(sentence, expected):
    assert expected == spans(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # An act's target or an infinitive of one or two words is stored (sixth round): who
        # criticized whom, who declined to comment.
        ("Porter criticized Reed.", [("Reed", "criticized", "Jane Porter")]),
        ("Porter defended her vote.", [("her vote", "defended", "Jane Porter")]),
        ("A spokesman for the ministry declined to comment.", [("to comment", "declined", "A spokesman for the ministry")]),
        # ... but not a determiner or a question word left without its noun, a quoted word or a time.
        ("Porter described how, growing up, she had worked in the mills.", []),
        ("Porter criticized ''liars'' in the industry.", []),
        ("The ministry announced Monday that the subsidy would end.", [("the subsidy would end", "announced", "The ministry")]),
        # A clause of one or two words still stays out: "He said yes", "[In 2008], Porter said, ...".
        ("Porter said no.", []),
        ("In 2008, Porter said, the turbines were built in Leeds.", [("the turbines were built in Leeds", "said", "Jane Porter")]),
    ],
)
def test_a_short_target_or_infinitive(sentence, expected):
    assert expected == statements(sentence)


def test_short_reported_speech_has_no_statement_key():
    body = "Energy talks\n\n" + INTRO + "Porter criticized Reed. Porter said the turbines were sound.\n"
    article = pipeline.parse_document(Document(source="t.txt", text=body))
    keys = [(q.text, q.statement_key is None) for q in sorted(article.quotes, key=lambda q: q.start)]
    assert [("Reed", True), ("the turbines were sound", False)] == keys


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A question put to someone named between "asked" and the question word (sixth round).
        ("Porter asked Reed whether the turbines were safe.", [("whether the turbines were safe", "asked", "Jane Porter")]),
        ("Porter asked the campaign to publish the figures.", [("the campaign to publish the figures", "asked", "Jane Porter")]),
        # A setting with its adjectives, its interviewer or a network between the verb and "that".
        ("Porter said in a recent telephone interview that the turbines were safe.", [("the turbines were safe", "said", "Jane Porter")]),
        ("Porter said in an interview with the Leeds Post that the turbines were safe.", [("the turbines were safe", "said", "Jane Porter")]),
        ("Porter wrote on Twitter that the turbines were safe.", [("the turbines were safe", "wrote", "Jane Porter")]),
    ],
)
def test_an_addressee_or_a_setting_before_the_clause(sentence, expected):
    assert expected == statements(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Attacks, mockery, boasts and feelings voiced: their object is the target (sixth round).
        ("Porter slammed the new turbine subsidy.", [("the new turbine subsidy", "slammed")]),
        ("Porter touted her record on wind power.", [("her record on wind power", "touted")]),
        ("Porter expressed frustration with the regulator.", [("frustration with the regulator", "expressed")]),
        # ... in their past forms only: the present forms are as often nouns.
        ("The Leeds attacks changed the debate on turbine safety.", []),
        # Endorsing, warning of, talking about and pointing to something.
        ("Porter endorsed the new turbine subsidy.", [("the new turbine subsidy", "endorsed")]),
        ("Porter warned of a long winter for the industry.", [("a long winter for the industry", "warned of")]),
        ("Porter talked about the future of wind power.", [("the future of wind power", "talked about")]),
        ("Porter pointed to the fall in turbine orders.", [("the fall in turbine orders", "pointed to")]),
        # A target verb's form after an article is an adjective.
        ("Despite the announced expansion of the plant, orders fell.", []),
    ],
)
def test_the_object_of_an_attack_or_a_boast(sentence, expected):
    assert expected == spans(sentence)


def test_no_clause_after_the_attribution_of_a_quoted_question():
    # '"...?" said X, ...': the verb attributes the quote before it; what follows names its speaker (sixth round).
    assert [] == statements('"Do these people read the papers?" said Tom Reed, a member of the energy committee.')
    # (a quotation in two-apostrophe marks is a statement of its own, whole with its marks)
    assert [("''Who will pay for the turbines?''", "said", "Tom Reed")] == statements(
        "''Who will pay for the turbines?'' said Tom Reed, a member of the energy committee.")


def test_the_subject_before_an_apposition_that_reports_something_itself():
    # The apposition's own statement comes first; the main verb's subject is before it (sixth round).
    assert [("to back the subsidy", "refused", "Tom Reed"), ("the turbines were sound", "said", "Tom Reed")] == statements(
        "Tom Reed, a member who has refused to back the subsidy, said the turbines were sound.")


def test_every_target_cue_has_a_stance():
    # The cue_class facet classes the verbs the target pattern reads ("warned of" emphatic), but for
    # one-word verbs outside the verb table: a stance there would make the speaker parse read
    # "endorsed" as a reporting verb before direct quotes.  ("opposed" is in the table, as a weak
    # form that reports only a quote right after it: 'opposed it as "a disgrace"'.)
    from quotearchive.extract.cues import cue_class
    from quotearchive.extract.reported.frames import TARGET_FORMS

    assert ["assailed", "endorsed", "endorses"] == sorted(form for form in TARGET_FORMS if cue_class(form) == "other")
    assert ["emphatic", "emphatic", "neutral", "neutral"] == [cue_class(c) for c in ("warned of", "warns against", "pointed to", "speaks about")]
