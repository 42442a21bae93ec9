"""Tests for quotearchive.extract.quotes: which spans are quotations.

Expected values are written out whole; the seeds' are what
``parse_document`` gives for each file in seeds/ (offsets into its body).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotearchive.model import Document
from quotearchive.extract.pipeline import parse_document
from quotearchive.extract.quotes import extract_quotes

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# (start, end, kind, text) of every quote in each seed's cleaned body.
SEED_QUOTES = {
    '000_41fc591cc3e9c13e.txt': [
        (236, 265, 'full', 'The dialogue should continue,'),
        (410, 424, 'partial', 'great mistake.'),
        (634, 733, 'full', 'And what are we doing right now? We are trying to destroy this balance. And that’s a great mistake,'),
        (749, 1050, 'full', 'When the United States created the nuclear bomb and the Soviet Union entered the race and started to actively develop the nuclear program, Russia had both Russian scientists working (and) foreign scientists, Germans primarily. But our intelligence received a lot of information from the United States,'),
        (1078, 1145, 'full', 'Suffice it to remember the Rosenberg spouses who were electrocuted.'),
        (1149, 1319, 'full', 'They did not acquire that information, they were just transferring that information. But who acquired it? The scientists themselves - those who developed the atomic bomb,'),
        (1335, 1687, 'full', 'Why did they do that? Because they understood the dangers. They let the genie out of the bottle. And now the genie cannot be put back. And this international team of scientists, I think they were more intelligent than the politicians. They provided this information to the Soviet Union on their own volition to restore the nuclear balance in the world,'),
    ],
    '001_127fa4766937f40d.txt': [
        (396, 568, 'full', 'That is why we had to develop advanced weapons and equipment -- in response to the increasing military expenditure and the clearly destructive actions of the United States,'),
        (1241, 1431, 'full', 'Last October, we offered the United States to adopt a joint statement on the inadmissibility of a nuclear war and the recognition of its devastating consequences. There has been no response,'),
        (1698, 1791, 'full', 'Russia has the political will to do this. Now it is for the United States to make a decision,'),
    ],
    '002_f54022162006e7ce.txt': [
        (697, 1261, 'full', "I think that when the United States developed a feeling that it is leading the so-called civilized world, especially after the Soviet Union's collapse, the United States got a false sense that it is able to do everything without any consequences. This is always a trap. In such situation a man or a country begins to make mistakes. There is no need to analyze the situation, no need to think about the consequences. The state begins to function ineffectively. One mistake follows another. That is the trap in which, as I believe, the United States got caught into,"),
        (1565, 1683, 'full', 'I will certainly answer this question, and give a very detailed answer, and a very frank one, but only after I retire,'),
        (1943, 2348, 'full', 'Such a course of thought, such a version of policy is possible. If it is so, I consider such policy as a wrong one especially because such viewpoint at the relations with Russia is not aimed at the future. The people that think so do not look at least 25-50 years forward. And if they did, they would build their relations with Russia in a different way and would not try to turn Russia into their vassal,'),
        (2506, 2714, 'full', 'In 2016, under various estimations, [the US spent] more than $600 billion [on defense]. This, of course, is beyond limits. This is more than all the countries of the world spend for this purpose put together,'),
        (2882, 3247, 'full', 'The main thing that Russia has is its people with its self-consciousness. These people cannot exist outside its sovereignty, its statehood, and this understanding, and not the threat of a retaliatory nuclear strike, should set all our Western partners on building long-term equitable relations with Russia. And then one will not need to spend such money on defense,'),
        (3391, 3403, 'partial', 'big mistake.'),
        (3407, 3808, 'full', "Unfortunately, the United States developed a fashion to speculate and, I’d say, abuse the Russian issue during election campaigns. Then they tell us, ‘Don't you pay attention to this! You need to understand that this is just election rhetoric, we will come to agreement with you later.’ But sacrificing international relations in the course of current political processes is, I believe, a big mistake,"),
        (4357, 4745, 'full', 'Al-Qaeda is not the result of our activities. This is the result of activities of our US friends. This all started in the times of the Soviet war in Afghanistan. When the US security services supported different movements of Islamic fundamentalism in their struggle against the Soviet troops in Afghanistan. The US side has nurtured both al-Qaeda and [infamous terrorist Osama] bin Laden,'),
        (4916, 5009, 'full', 'It always happens like this. Our US partners should have been aware of it. It is their fault,'),
        (5142, 5679, 'full', 'The Cold War is in the past, we have clear, transparent relations with the whole world, with Europe, with the United States, and of course we were counting on their support and instead we saw US security services supporting terrorists. And I will tell you something which I believe is important, we have a strong opinion that our US partners support Russia in words, speak of their readiness to cooperate, including in righting terrorism, while in reality they use these terrorists to destabilize the intra-political situation in Russia,'),
        (6017, 6260, 'full', 'If to speak about political support, there is no need in proving evidence. It has been done publicly, openly. And if to speak about urgent financial support — we have such evidence and furthermore have already provided it to our US colleagues,'),
        (6483, 6569, 'full', "The response of the US president was very appropriate… He said: 'I will deal with it,'"),
        (6713, 7132, 'full', 'Indeed, we have later received via our partner links a letter from the US CIA, which said that our colleagues consider that they have a right to maintain relations with all the representatives of the opposition and would continue to do so. It was obvious that the speech was not only about opposition groups, but about terrorist groups and organizations. But at the same time they had been presented as just opposition,'),
        (7849, 8038, 'full', 'Why did our partners get nervous? Because if Russia joins [NATO], it will always have a voice, we would not allow manipulating us, but our US friends do not even allow a thought about this,'),
        (8190, 8463, 'full', 'We have not practically had any secrets left. There were the US observers on a constant duty at one of our major and main facilities manufacturing the nuclear weapon components… We have already been open enough. There was no additional threat in [accession to NATO] for us,'),
        (8663, 8867, 'full', "It was not fixed on paper. It was a mistake, on Gorbachev's part. It's necessary to fix things in politics, even fixed things are often violated. He simply had a talk and decided that everything was over,"),
    ],
    '003_5d6ff2fecad26ce2.txt': [
        (556, 670, 'full', 'Let us both sit down and talk, and seek a solution acceptable to both sides, so as to achieve strategic stability.'),
        (750, 806, 'full', 'We know that for the US, this is the priority direction.'),
        (983, 1242, 'full', 'We have received a signal that the United States hopes to resume arms control negotiations at the expert level. If such conditions are met after the meeting between the leaders of Russia and the United States, then we are ready to carry out work in this area.'),
    ],
    '004_b7a00564b7c4de7b.txt': [
        (195, 216, 'partial', 'big, glaring mistake.'),
        (473, 755, 'full', 'There are two threats here for us, for Russia. The first is the deployment of missile interceptors in the immediate vicinity of our borders in eastern European countries, and the second threat is that anti-missile launch pads could be converted into launch pads for attack missiles,'),
        (991, 1019, 'partial', 'another big, glaring mistake'),
        (1159, 1208, 'partial', 'give a suitable response to all of these actions,'),
        (1265, 1278, 'partial', 'much cheaper,'),
        (1324, 1420, 'full', 'It may be [rough]… but it will be effective. We shall preserve this so-called strategic balance.'),
        (2401, 2640, 'full', 'Iran has abandoned all nuclear military weapons programs. The United States agreed with it and signed the corresponding document. However, the missile defense program with its elements in Europe continues further. Against whom is it aimed?'),
        (2969, 2976, 'partial', 'vassal.'),
        (2980, 3133, 'full', 'Once a country becomes a NATO member, it is hard to resist the pressures of the US. And all of a sudden any weapons system can be placed in this country,'),
        (3175, 3217, 'partial', 'an instrument of America’s foreign policy.'),
        (3388, 3400, 'partial', 'didn’t mind,'),
    ],
}


def _seed_body(name: str) -> str:
    return parse_document(Document(source=name, text=(SEEDS / name).read_text(encoding="utf-8"))).body


@pytest.mark.parametrize("name", sorted(SEED_QUOTES))
def test_seed_quotes(name):
    body = _seed_body(name)
    quotes = extract_quotes(body)
    assert SEED_QUOTES[name] == [(q.start, q.end, q.kind, q.text) for q in quotes]
    for q in quotes:
        assert body[q.start : q.end] == q.text


def test_every_seed_is_listed():
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == sorted(SEED_QUOTES)


def spans(body: str) -> list[str]:
    return [q.text for q in extract_quotes(body)]


def test_straight_and_curly_marks():
    assert ["We will win,", "We will,"] == spans('"We will win," he said. “We will,” she said.')


def test_mixed_marks_curly_open_straight_close():
    body = '“Against whom is it aimed?" Putin asked rhetorically.'
    assert ["Against whom is it aimed?"] == spans(body)


def test_nested_single_quotes_stay_inside():
    body = "\"The response was appropriate. He said: 'I will deal with it,'\" Putin added."
    assert ["The response was appropriate. He said: 'I will deal with it,'"] == spans(body)


def test_apostrophes_are_not_marks():
    body = "Russia’s view is clear. \"Don't you pay attention to this!\" he said. It's Tony's."
    assert ["Don't you pay attention to this!"] == spans(body)


def test_brackets_and_ellipses_kept():
    body = '"In 2016, [the US spent] more than $600 billion… This is beyond limits," Putin said.'
    assert ["In 2016, [the US spent] more than $600 billion… This is beyond limits,"] == spans(body)


def test_multi_paragraph_quote_each_paragraph_is_a_quote():
    body = 'Mr Law added: "I think the remark was ill-advised.\n"We don\'t want to preach," he said.'
    assert ["I think the remark was ill-advised.", "We don't want to preach,"] == spans(body)


def test_two_paragraphs_merged_on_one_line():
    body = 'Mr Sheerman said: "It was a terrible waste of money. "The executives failed." The report warns.'
    assert ["It was a terrible waste of money.", "The executives failed."] == spans(body)


def test_quote_interrupted_by_attribution():
    body = '"Our focus remains on costs," Mr Eddington said. "We have taken delivery of six aircraft."'
    assert ["Our focus remains on costs,", "We have taken delivery of six aircraft."] == spans(body)


def test_partial_quote_is_kind_partial():
    quotes = extract_quotes('Putin said any attempt would be a "great mistake," adding more.')
    assert [("great mistake,", "partial")] == [(q.text, q.kind) for q in quotes]


def test_full_quote_is_kind_full():
    quotes = extract_quotes('He said: "This is always a trap."')
    assert [("This is always a trap.", "full")] == [(q.text, q.kind) for q in quotes]


def test_scare_quotes_terms_and_titles_are_not_quotes():
    body = (
        "Ministers have a so-called \"golden rule\" for borrowing. The series, simply called "
        "\"The Putin Interviews,\" aired on Monday. Call centres have a high \"churn rate\", with staff leaving."
    )
    assert [] == spans(body)


def test_headline_single_quotes_with_speaker():
    assert ["silly fuss"] == spans("Campbell: E-mail row 'silly fuss'\n\nText follows here.")


def test_single_quoted_title_is_not_a_quote():
    assert [] == spans("In Oliver Stone’s series ‘The Putin Interviews’ aired on Tuesday, he spoke.")


def test_raw_text_single_newlines_are_paragraph_breaks():
    text = 'Headline here\n\n"First part of it.\n"Second part," said Mr Smith.'
    assert ["First part of it.", "Second part,"] == spans(text)


def test_unclosed_quote_never_crosses_a_line():
    quotes = extract_quotes('He said: "No closing mark here\nNext paragraph has none.')
    assert [(10, 30)] == [(q.start, q.end) for q in quotes]


def test_context_is_the_sentence():
    body = 'First sentence. "It is good," he said. Last one.'
    assert ['"It is good," he said.'] == [q.context for q in extract_quotes(body)]


def test_straight_quotes_nested_in_curly_ones():
    body = "“He called it \"madness\" and left,” she said."
    assert ['He called it "madness" and left,'] == spans(body)


def test_context_reaches_the_attribution_after_a_question():
    body = 'Putin spoke. “Against whom is it aimed?" Putin asked rhetorically. Then he left.'
    assert ['“Against whom is it aimed?" Putin asked rhetorically.'] == [q.context for q in extract_quotes(body)]


def test_missing_closing_mark_before_another_straight_opener():
    body = 'She said it had been "ambitious, but take-up had not been "sufficient to continue".'
    assert ["ambitious, but take-up had not been", "sufficient to continue"] == spans(body)


# Issue 14: marks as news sites type them.


def test_marks_as_sites_type_them():
    body = (
        "Cruz called the KKK “abhorrent“ in a tweet Sunday.\n"
        "\"Everybody sues, right?\" he said.\xa0\"They sue all the time.\"\n"
        "\"This would be why he is the 'Title Sponsor,' \" Eric Trump wrote of the gift."
    )
    assert ["abhorrent", "Everybody sues, right?", "They sue all the time.",
            "This would be why he is the 'Title Sponsor,'"] == spans(body)


def test_the_quotation_dash_stands_beside_quote_marks_as_an_em_dash_does():
    # U+2015, set before a quotation or between it and its credit in some house styles.
    body = 'Vote\n\n―"We will fight on," said Jane Smith.\n\nHe wrote:―"We won the seat."'
    assert ["We will fight on,", "We won the seat."] == [q.text for q in extract_quotes(body)]
