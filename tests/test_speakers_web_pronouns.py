"""Speaker rules of issue 14's pronoun class on web copy, session 15: each test is a small text
written here, its expected speakers written out (speaker, and the phrase as written).
"""

from __future__ import annotations

from quotearchive.extract.quotes import extract_quotes
from quotearchive.extract.speakers.lone_names import run_facts


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_as_written) for q in extract_quotes(text)]


# ---- a prefixed surname ("McKelvey") used alone is a mention of the person named in full


PREFIXED = ("Far from the firm's new offices, Tom McKelvey is standing in work boots.\n\n"
            "McKelvey founded the payments firm in 2009 with Ian Porter, who had helped launch a "
            "social network. McKelvey decided to step back from his role at the firm.\n\n"
            '"When my son was born, I decided I did not want to work all day," he told the magazine.')


def test_a_prefixed_surname_alone_keeps_he_with_its_person():
    assert [("Tom McKelvey", "he")] == speakers(PREFIXED)


def test_other_prefixed_surnames_are_lone_words():
    for word in ("MacArthur", "DeSantis", "LaRouche", "FitzGerald", "McKelvey's"):
        single, _ = run_facts(word)
        assert single is not None and single.word == word.removesuffix("'s")


def test_brands_and_acronyms_are_not_lone_surnames():
    for word in ("YouTube", "PayPal", "BBC", "McD", "iPhone"):
        single, _ = run_facts(word)
        assert single is None


# ---- a stop after an abbreviation ("St. Louis") does not end the sentence a pronoun walks back over


ABBREVIATED_PLACE = ("Tom Brackley founded the firm with Ian Porter in 2009.\n\n"
                     '"We had no money," Brackley said.\n\n'
                     "He decided to return to St. Louis, the city where he and Porter are from. Over the "
                     "years, he has used his fame to start a school.\n\n"
                     '"The biggest challenge is talent," he says.')


def test_a_pronoun_walks_over_an_abbreviation_as_one_sentence():
    assert [("Tom Brackley", "Brackley"), ("Tom Brackley", "he")] == speakers(ABBREVIATED_PLACE)


def test_walk_sentence_starts_keeps_real_breaks_and_drops_abbreviations():
    from quotearchive.extract.speakers.antecedents import walk_sentence_starts
    text = "She flew to St. Louis on Monday. Then Sen. Ann Lee spoke.\nA new line."
    starts = walk_sentence_starts(text, 0, len(text))
    assert [text[s:s + 4] for s in starts] == ["Then", "A ne"]


# ---- a generational suffix is not a surname: "Roosevelt" alone after "James Roosevelt Jr."


GRANDSON = ("The act was signed into law by President John Whitman in 1935.\n\n"
            'Peter Whitman Jr., the grandson of the president, said of his grandfather: "What he built '
            'was a great legacy."\n\n'
            "Whitman, who served as a commissioner, attacked recent claims that the fund is in trouble.\n\n"
            '"There is a lot of scare talk out there," he said.')


def test_a_lone_surname_after_a_name_with_a_suffix_is_that_person():
    assert [("Peter Whitman Jr", "Peter Whitman Jr"), ("Peter Whitman Jr", "he")] == speakers(GRANDSON)


def test_surname_key_skips_the_suffix():
    from quotearchive.extract.speakers.lone_names import surname_key
    assert surname_key(["Peter", "Whitman", "Jr."]) == "Whitman"
    assert surname_key(["Henry", "Ford", "II"]) == "Ford"
    assert surname_key(["Ann", "Lee"]) == "Lee"
    assert surname_key(["Whitman", "Jr"]) == "Whitman"
    assert surname_key(["Jr"]) == "Jr"


# ---- a sentence opening with a quotation has no fronted phrase ('"Getting ...," said X')


QUOTE_OPENS = ("Acme Teleservices is using lasers to link offices.\n\n"
               '"Getting permission to dig is a task," said Mr R. Sridharan, vice president of networks '
               'at Acme. "Heavy traffic makes digging hard," he said.')


def test_a_quote_opening_with_a_participle_is_no_fronted_phrase():
    assert [("R. Sridharan", "Mr R. Sridharan"), ("R. Sridharan", "he")] == speakers(QUOTE_OPENS)


# ---- a name coordinated after a pronoun ("she and Mumolo were writing") is not who speaks


PAIRED = ("Kristen Dale co-wrote the film with Annie Mumolo.\n\n"
          "Still, Dale does not claim much for the film. She says when she and Mumolo were writing the "
          'wedding scene ("Can that be the title of the piece?"), it was not with an eye on the market.')


def test_a_name_paired_with_a_pronoun_does_not_take_the_quote():
    assert [("Kristen Dale", "She")] == speakers(PAIRED)




# ---- a possessor of unknown sex gives way to a person of the pronoun's sex in the same sentence


POSSESSOR = ("Kristen Dale stars in the film, which Judd Apatow produced.\n\n"
             "That the film outstripped all of Apatow's other films puts Dale in the zone of woman of "
             "the moment, although she chafes against this.\n\n"
             '"In most ways my life hasn\'t changed," she says.')


def test_a_possessor_of_unknown_sex_gives_way_to_a_woman_named_beside_it():
    assert [("Kristen Dale", "she")] == speakers(POSSESSOR)


def test_a_possessor_alone_is_still_reached():
    text = ("Alastair Campbell's e-mail was leaked on Monday.\n\n"
            'In it, he said: "We will not back down."')
    assert speakers(text)[0][0] == "Alastair Campbell"


def test_a_capital_letter_closing_a_quote_still_ends_the_sentence():
    from quotearchive.extract.speakers.antecedents import walk_sentence_starts
    text = 'Ann Lee said: "It was the worst show since Cell Block H." Labour had lied, she said.'
    assert [text[s:s + 6] for s in walk_sentence_starts(text, 0, len(text))] == ["Labour"]


def test_a_sentence_may_still_end_with_a_street_or_a_company_abbreviation():
    """The walk keeps "St. Louis" whole, but "... on Elm St. Tom Reed moved in" and "... for Acme Corp.
    Tom Reed runs" end a sentence: the next "he" is the person who opens the new one."""
    from quotearchive.extract.quotes import extract_quotes

    street = 'Chris Lee grew up on Elm St. Tom Reed moved in next door years later. He said "it was the happiest street in town."'
    firm = 'Chris Lee works for Acme Corp. Tom Reed runs a rival firm. He said "competition keeps us both honest."'
    assert ["Tom Reed"] == [q.speaker for q in extract_quotes(street)]
    assert ["Tom Reed"] == [q.speaker for q in extract_quotes(firm)]
