"""The records the resolver's modules pass each other: what comes in, what goes out,
and what the name table holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass
class Candidate:
    """A quote span and the sentence holding it, as :mod:`quotearchive.extract.quotes` found them.

    Offsets are into the article body: ``start``/``end`` cover the words
    inside the marks (the marks are at ``start - 1`` and ``end``),
    ``sent_start``/``sent_end`` the sentence around them, ``para`` indexes the
    paragraph list given with the candidates.
    """

    start: int
    end: int
    para: int
    sent_start: int
    sent_end: int
    continues: bool = False  # reopens a quote left open at the previous paragraph's end


@dataclass
class Attribution:
    """Who said a quote, as the text gives it; all None when it gives no one."""

    speaker: str | None = None  # the fullest name the article gives
    speaker_type: str | None = None  # person | organisation | description
    role: str | None = None
    as_written: str | None = None  # the mention next to the quote: "he", "the Russian leader"
    cue: str | None = None  # the reporting verb as written
    pos: int = -1  # where the mention sits, for coreference
    # Which rule found it ("trailing", "leading", "sentence", "context", ...):
    # the evidence that speaker_confidence is calibrated on (.confidence).
    rule: str | None = None

    def copy(self, rule: str | None = None) -> Attribution:
        """The same speaker, for another quote (which may change its cue); ``rule``
        is the rule that carried it over, not the one that found it first."""
        return Attribution(self.speaker, self.speaker_type, self.role, self.as_written, self.cue, self.pos, rule)


@dataclass
class Entity:
    """A person or organisation the article names, with every place it does."""

    name: str
    kind: str  # person | organisation
    gender: str = "?"  # m | f | ?
    role: str | None = None
    mentions: list[int] = field(default_factory=list)
    # Known to be a person, not a band or a product: a title, a role, a common
    # first name, a speech verb next to it, or the surname used on its own.
    confirmed: bool = False


class Referent(NamedTuple):
    """Whom a pronoun or description means: a name, its kind and role."""

    name: str | None
    kind: str | None
    role: str | None
