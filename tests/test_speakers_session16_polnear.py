"""Speaker rules of issue 14's PolNeAR training errors, session 16: each test is a small text
written here (never corpus text), its expected speakers written out.
"""

from __future__ import annotations

from quotearchive.extract.pipeline import parse_document
from quotearchive.model import Document


def statements(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """Every statement of the article: (its words, speaker, as written, kind)."""
    article = parse_document(Document("test.txt", text="Headline\n\n" + text))
    return [(q.text, q.speaker, q.speaker_as_written, q.kind) for q in article.quotes]


def speaker_of(text: str, words: str, direct: bool = True) -> str | None:
    """The speaker of the (direct, unless not ``direct``) statement whose words start with ``words``."""
    return next(who for said, who, _, kind in statements(text)
                if said.startswith(words) and (kind != "indirect") == direct)


# ---- a quote inside a two-apostrophe quotation speaks for that quotation's speaker

LEAD = "The town council met on Tuesday to discuss the spending plan for next year, and the meeting ran late.\n\n"


def test_inner_quote_after_first_person_is_the_quotations_speaker():
    text = LEAD + ("''So I said, 'Sir, that was the plan all along,' and he left the room,'' Tom Reed, a former "
                   "adviser, recalled.\n\nThe council then adjourned.")
    assert speaker_of(text, "Sir, that was the plan") == "Tom Reed"


def test_inner_quote_of_a_hypothetical_is_the_quotations_speaker():
    text = LEAD + ("Mary Gold, a long-time organiser, said the town had changed. ''If I had said, 'Trust the "
                   "council,' nobody would have come,'' said Ms. Gold.")
    assert speaker_of(text, "Trust the council") == "Mary Gold"


def test_inner_quote_naming_another_voice_is_still_the_quotations_speaker():
    # The firm is who the speaker paraphrases; the words are hers, as in double-mark copy.
    text = LEAD + ("''When the water company says, 'We cannot fix it,' I simply do not believe that,'' said "
                   "Ann Lee, a local engineer.")
    assert speaker_of(text, "We cannot fix it") == "Ann Lee"


def test_single_marks_outside_a_quotation_keep_their_own_speaker():
    # Guard: no two-apostrophe quotation holds it, so the rule does not touch it.
    text = LEAD + "The mayor, Tom Hale, said 'We will not back down,' and left the room."
    assert speaker_of(text, "We will not back down") == "Tom Hale"
