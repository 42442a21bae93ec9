"""Speaker rules of issue 14's class 6 (pronouns and epithets), session 14: each test is a
small text written here, its expected speakers written out (speaker, and the phrase as written).
"""

from __future__ import annotations

from quotearchive.extract.pipeline import parse_document
from quotearchive.extract.quotes import extract_quotes
from quotearchive.model import Document


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_as_written) for q in extract_quotes(text)]


def statements(text: str) -> list[tuple[str, str | None, str | None]]:
    """Every statement of the article, reported ones too: (its words, speaker, as written)."""
    article = parse_document(Document("test.txt", text="Headline\n\n" + text))
    return [(q.text, q.speaker, q.speaker_as_written) for q in article.quotes]


# ---- an epithet re-names the one who spoke last, though a rival was named before her quote


def test_an_epithet_after_the_subjects_own_quote():
    text = ('Maria Petrova beat Anna Ivanova in two sets. "It was hard," she said. '
            'The tournament debutant added: "I love it here."')
    assert [("Maria Petrova", "she"), ("Maria Petrova", "The tournament debutant")] == speakers(text)


def test_a_possessive_epithet_is_someone_else():
    text = ('Pop star Lena Moss beat the rapper Karl Dent to the prize. "I am thrilled," she said. '
            'The singer\'s agent said the win was "deserved".')
    assert ("The singer's agent", "The singer's agent") == speakers(text)[-1]


def test_a_bare_woman_epithet_keeps_the_strict_guard():
    # "the Leeds woman" says too little to pass over the person named last.
    text = ('Ann Lee beat Rob Hale to the seat. "It is an honour," she said. '
            'The Leeds woman added: "We will start on Monday."')
    assert ("The Leeds woman", "The Leeds woman") == speakers(text)[-1]


# ---- a title used alone as a description: the person named with it


def test_the_title_alone_is_the_person_named_with_it():
    text = ('Archbishop Nkosi Mabaso has called for the release of the prisoners.\n\n'
            'His comments follow news of the trial. The Kenyan archbishop said the detentions were "unacceptable".\n\n'
            'Minister John Carter told MPs the talks were complex. The archbishop added: "We must not forget them."')
    assert [("Nkosi Mabaso", "The Kenyan archbishop"), ("Nkosi Mabaso", "The archbishop")] == speakers(text)[-2:]


def test_the_title_with_the_surname_alone_before():
    text = ('Cardinal Paul Brennan spoke on the radio.\n\nCardinal Brennan said peace was "within reach". '
            'Labour leader Tom Reid agreed. The cardinal added: "We must all work for it."')
    assert ("Paul Brennan", "The cardinal") == speakers(text)[-1]


def test_a_title_no_one_was_named_with_stays_a_description():
    text = 'Pilgrims gathered in the square. The bishop said: "Welcome to you all."'
    assert [("The bishop", "The bishop")] == speakers(text)


# ---- "they": the group whose statement stands right before it


def test_they_is_the_group_that_spoke_in_the_sentence_before():
    text = ('The new rules could confuse shoppers, experts warned. '
            'They say there is no guarantee the rules will work.')
    assert ("experts", "They") == statements(text)[-1][1:]


def test_they_after_a_description_of_a_plural_body():
    text = ('The tobacco companies denied the charges, saying that they had broken no law. '
            'They also said the case was without merit.')
    assert ("The tobacco companies", "They") == statements(text)[-1][1:]


def test_they_is_no_person_and_no_group_named_further_back():
    text = ('Analysts said sales would fall. The firm has 300 stores. Its shares rose 3% on Monday. '
            'They said the rise was "a surprise".')
    assert all(who is None for _, who, written in statements(text) if written == "They")


def test_they_after_a_person_is_left_unresolved():
    text = 'Ann Lee said sales would fall. They said the fall was "a warning".'
    assert all(who is None for _, who, written in statements(text) if written == "They")


def test_they_after_the_party_named_in_lower_case_the():
    text = ('The Tories said they would not cut spending. '
            'But they say not a single nurse would lose her job.')
    assert ("the Tories", "they") == statements(text)[-1][1:]


def test_they_inside_a_relative_clause_is_no_speaker():
    text = ('Former staff said the course was a scam. '
            'The candidate called the judge what some call people who they believe speak Spanish.')
    assert all(who is None for _, who, written in statements(text) if written == "they")


# ---- "it": the body whose statement stands right before, where the sentence walk found none


def test_it_is_the_body_that_spoke_in_the_sentence_before():
    text = ('The government should change the law to protect staff, the Trades Council has said.\n\n'
            'It said figures from tribunals suggested many workers had lost their jobs.')
    assert ("the Trades Council", "It") == statements(text)[-1][1:]


def test_it_after_a_body_named_by_its_kind():
    text = ('Metrovia, the firm that runs the tube lines, has offered a pay rise. The firm promised no jobs '
            'would be lost. It said it would put this commitment on paper.')
    assert ("The firm", "It") == statements(text)[-1][1:]


def test_it_after_a_person_is_left_unresolved():
    text = 'Ann Lee said sales would fall.\n\nIt said the fall would be short.'
    assert all(who is None for _, who, written in statements(text) if written == "It")


# ---- an age after "the" opens a description of the person in focus, however long


def test_a_long_age_description_is_the_person_in_focus():
    text = ('Jo Marsh has resigned as host of the Saturday show after six years.\n\n'
            'The 31-year-old host who also presents the breakfast show said she wanted "new challenges".')
    assert [("Jo Marsh", "The 31-year-old host who also presents the breakfast show")] == speakers(text)


def test_an_age_description_with_a_title_after_it():
    text = ('Lena Holt has put talk of retirement on hold.\n\n'
            'The 28-year-old world number one had said she would "quit at the end of the year".')
    assert [("Lena Holt", "The 28-year-old world number one")] == speakers(text)
