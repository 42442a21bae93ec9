"""Reported speech, session 24 (issue 15): where an act's target ends, a target named with an
honorific, and progressive forms of a demand.

- A short target ends before the act's time ("endorsed [Tom Reed] in early June"), only after
  the verbs whose target is a person or a thing there and then (lexicon ``TARGET_TIME_FORMS``);
  any target ends before the reporter's clause of its occasion ("praised [the miners] after they
  rescued two men").  A plan's, a demand's or a forecast's time is its own ("warned of [lower
  margins this year]", "called for [a vote in March]"), and a target with a verb, a relative or a
  gerund of its own keeps its conjunction.
- "endorsed [Mr. Reed]": a two-word target may open with an honorific.
- "is calling for [...]", "has been calling for [...]", "is hoping that [...]": a form in "-ing"
  after "is" or "been" is progressive, no passive.
- "[The plan is dead], said former minister Tom Reed" / "..., said officials in London": an
  inverted attribution whose speaker has a lower-case title before the name, or is a group.

Sentences written for the test, with the usual cases that must keep their reading."""

import pytest

from quotearchive.extract.pipeline import extract_quotes_from_text
from quotearchive.extract.reported.adjuncts import adjunct_then_mark, target_adjunct

from .reported_text import statements

PORTER = "Jane Porter"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # The act's time after a short target.
        ("Porter endorsed Tom Reed in early June, but only after a delay.", [("Tom Reed", "endorsed", PORTER)]),
        ("Porter rejected his approach last year.", [("his approach", "rejected", PORTER)]),
        ("Porter endorsed Mr. Reed in December.", [("Mr. Reed", "endorsed", PORTER)]),
        # Inside a relative: the statement after it keeps the relative's subject.
        ("Tom Reed, who endorsed Porter in May, said the pits would close.",
         [("Porter", "endorsed", "Tom Reed"), ("the pits would close", "said", "Tom Reed")]),
        # An honorific before a one-word name.
        ("Porter endorsed Mr. Reed.", [("Mr. Reed", "endorsed", PORTER)]),
        # Progressive forms.
        ("The unions are calling for a new inquiry into the mines.", [("a new inquiry into the mines", "calling for", "The unions")]),
        ("Porter has been calling for new rules on the pits.", [("new rules on the pits", "calling for", PORTER)]),
        ("Porter is hoping that the talks will resume.", [("the talks will resume", "hoping", PORTER)]),
        ("The unions are calling on Porter to resign.", [("Porter to resign", "calling on", "The unions")]),
    ],
)
def test_new_readings(sentence, expected):
    assert statements(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A forecast's, a plan's or a demand's time is its own: not a verb of TARGET_TIME_FORMS.
        ("Porter warned of lower margins this year.", [("lower margins this year", "warned of", PORTER)]),
        ("Porter called for a vote in March.", [("a vote in March", "called for", PORTER)]),
        # A bare clause after a target verb: its time is the content's.
        ("Porter announced it added 500 jobs in July.", [("it added 500 jobs in July", "announced", PORTER)]),
        # More of the sentence after the time than a setting or a conjunction.
        ("Porter criticised Reed last year for introducing new rules.",
         [("Reed last year for introducing new rules", "criticised", PORTER)]),
        ("Porter welcomed a new report in October studded with figures.",
         [("a new report in October studded with figures", "welcomed", PORTER)]),
        # A relative or a gerund in the target owns the conjunction.
        ("Porter defended the plan that Reed drafted before he left.", [("the plan that Reed drafted before he left", "defended", PORTER)]),
        ("Porter praised the crowd for sticking by the team after they had fallen behind.",
         [("the crowd for sticking by the team after they had fallen behind", "praised", PORTER)]),
        # A clause after "said" keeps its time and its conjunction.
        ("Porter said the pits would close in March.", [("the pits would close in March", "said", PORTER)]),
        ("Porter has said the pits would close after the election.", [("the pits would close after the election", "said", PORTER)]),
        ("Porter said she endorsed Reed in May.", [("she endorsed Reed in May", "said", PORTER)]),
        # A weekday ended a target before this session too.
        ("Porter endorsed Reed on Tuesday.", [("Reed", "endorsed", PORTER)]),
        # "is expected to" stays an expectation no one is named as holding; a passive stays none.
        ("Porter is expected to resign.", [("to resign", "expected", None)]),
        ("The miners were praised by Porter in June.", []),
    ],
)
def test_left_whole(sentence, expected):
    assert statements(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # The usual case of reported speech: unchanged.
        ("The minister said the plan would be dropped.", [("the plan would be dropped", "said", PORTER)]),
        ("Officials said on Tuesday that talks had stalled.", [("talks had stalled", "said", "Officials")]),
        ("The deal is dead, officials said.", [("The deal is dead", "said", "officials")]),
        ("According to the report, prices rose sharply in May.", [("prices rose sharply in May", "according to", "the report")]),
        ("According to the report, prices rose.", []),  # two words: under MIN_WORDS, as before
        ("Ms Lee told reporters that she would run.", [("she would run", "told", "Ms Lee")]),
    ],
)
def test_usual_case_unchanged(sentence, expected):
    assert statements(sentence) == expected


def test_target_adjunct_cuts():
    s = "Porter endorsed Reed in late May, and left."
    pos = s.index("Reed")
    assert target_adjunct(s, "endorsed", pos, s.index(",")) == s.index(" in late May")
    # Not a verb dating its target: the cut stays.
    assert target_adjunct(s, "called for", pos, s.index(",")) == s.index(",")
    # An occasion's clause is not cut (review 2), nor a time before the second complement.
    s = "Porter praised the team after they won the cup."
    assert target_adjunct(s, "praised", s.index("the team"), len(s) - 1) == len(s) - 1
    s = "Porter described the sales in May as weak."
    assert target_adjunct(s, "described", s.index("the sales"), len(s) - 1) == len(s) - 1


def test_adjunct_then_mark():
    assert adjunct_then_mark(" in May, ")
    assert not adjunct_then_mark(" after they won the cup, ")
    assert not adjunct_then_mark(" in May and June, ")
    assert not adjunct_then_mark(" in May")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # ", said TITLE NAME": the clause before the comma is the statement, the name its speaker.
        ("The plan is dead, said former minister Tom Reed.", [("The plan is dead", "said", "Tom Reed")]),
        ("The plan is dead, said senior adviser Tom Reed on Tuesday.", [("The plan is dead", "said", "Tom Reed")]),
        ("The fund is short of money, said former Leeds councillor Tom Reed, who chairs the board.",
         [("The fund is short of money", "said", "Tom Reed")]),
        ("The plan is dead, said state Sen. Tom Reed.", [("The plan is dead", "said", "Tom Reed")]),
        ("The plan is dead, said head of research Tom Reed.", [("The plan is dead", "said", "Tom Reed")]),
        ("Prices will rise, said analysts at Goldman Sachs.", [("Prices will rise", "said", "Goldman Sachs")]),
        ("The pits will close, argues energy analyst Tom Reed.", [("The pits will close", "argues", "Tom Reed")]),
        # A group with no name.
        ("The plan is dead, said officials in London.", [("The plan is dead", "said", "officials in London")]),
        ("The plan is dead, said officials.", [("The plan is dead", "said", "officials")]),
        ("The plan is dead, said people familiar with the matter.", [("The plan is dead", "said", "people familiar with the matter")]),
        ("The pits will close, say industry experts.", [("The pits will close", "say", "industry experts")]),
        ("The plan is dead, said union leaders on Tuesday.", [("The plan is dead", "said", "union leaders")]),
        # Unchanged: a clause after the group word.
        ("The plan is dead, said officials would meet.", [("officials would meet", "said", None)]),
        # Unchanged: a name alone, a determiner, no title.
        ("The plan is dead, said Tom Reed.", [("The plan is dead", "said", "Tom Reed")]),
        ("The plan is dead, said the minister, Tom Reed.", [("The plan is dead", "said", "Tom Reed")]),
        # Not a title: a second predicate, a clause, no clause before the comma.
        ("He left the room, said goodbye to Tom Reed and walked out.", []),
        # (no verb before the comma: the title is not read; the old reading, a fragment, stays)
        ("Tom Reed yesterday, however, said financial adviser Ann Lee.", [("financial adviser Ann Lee", "said", "Tom Reed")]),
    ],
)
def test_inverted_attribution_with_a_title(sentence, expected):
    assert statements(sentence) == expected


# Review 2: an occasion's clause, a second complement, a "that" clause after a time, a bare group
# head: read as before this session.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Porter welcomed the deal after the talks.", [('the deal after the talks', 'welcomed', PORTER)]),
        ("Porter described the deal before the elections as a bribe.", [('the deal before the elections as a bribe', 'described', PORTER)]),
        ("Porter called for a review when the contract expires.", [('a review when the contract expires', 'called for', PORTER)]),
        ("Porter warned of job losses when the plant closes.", [('job losses when the plant closes', 'warned of', PORTER)]),
        ("Porter described the moment when the tanks rolled in.", [('the moment when the tanks rolled in', 'described', PORTER)]),
        ("Porter rejected claims after the crash that the pilots were tired.", [('claims after the crash that the pilots were tired', 'rejected', PORTER)]),
        ("Porter dismissed suggestions before the election that she would stand down.", [('suggestions before the election that she would stand down', 'dismissed', PORTER)]),
        ("Porter described conditions before the strike began as dire.", [('conditions before the strike began as dire', 'described', PORTER)]),
        ("Porter described the sales in March and April as weak.", [('the sales in March and April as weak', 'described', PORTER)]),
        ("Porter praised the staff in May and June for their work.", [('the staff in May and June for their work', 'praised', PORTER)]),
        ("Porter praised the miners after they rescued two men.", [('the miners after they rescued two men', 'praised', PORTER)]),
        ("The deal is worth £5m, said staff at the plant.", [('staff at the plant', 'said', None)]),
        ("The deal is worth £5m, said insiders.", []),
        ("The deal is worth £5m, said people in the room.", [('people in the room', 'said', None)]),
    ],
)
def test_review2_left_as_before(sentence, expected):
    assert statements(sentence) == expected
