"""Words that decide whom a pronoun or a description stands for, beyond :mod:`.people`.

Plain data, read only by the pronoun and description rules of
:mod:`quotearchive.extract.speakers` (``antecedents``, ``coreference``): "they" for a body of
people written as one word or a plural subject, and the offices a description never gives to
the person in focus.  Lower-case, compared with ``word.lower()``.
"""

from __future__ import annotations

# Plural bodies of people that speak as one, written as one word ("MPs said. They called for
# ...", "the law lords ruled. They said"): a "they" right after may stand for them (only the
# pronoun rule reads this list; GROUP_SPEAKERS also decides mentions and source types).
PLURAL_SPEAKER_HEADS = frozenset(
    "mps peers lords councillors unions judges lawyers fans correspondents commentators pundits academics "
    "delegates members manufacturers retailers landlords farmers nurses unionists environmentalists "
    # Session 18: "Gallagher and his colleagues asked ... "...," they wrote"; "The authors write".
    "colleagues senators allies authors co-authors".split()
)
# Plural nouns of bodies a "they" may stand for as a sentence's subject ("Phone companies refuse
# to pay because they say ...").
PLURAL_BODY_HEADS = frozenset(
    "companies firms manufacturers makers retailers banks airlines carriers operators insurers lenders "
    "broadcasters publishers parties groups charities organisations organizations councils governments "
    "authorities unions clubs studios labels bands".split()
)

# Offices of a court that stand apart from the story's people: "the judge" is the one named
# with the office ("Judge Letitia Clark"), never the defendant in focus re-named.
COURT_OFFICE_HEADS = frozenset({"judge", "magistrate", "coroner", "prosecutor", "juror", "recorder"})

# A description that may stand for any company ("the company said", "the firm warned"), and the
# kind words business news names a company with, once, right before its name ("insurance broker
# Marsh & McLennan", "carmaker DaimlerChrysler", "equipment supplier Ericsson"): read only by
# ``speakers.kinds``.  Any word ending in "maker" is one too ("drugmaker", "Bookmaker").
GENERIC_COMPANY_HEADS = frozenset({"company", "firm", "group"})
COMPANY_KIND_WORDS = frozenset(
    "firm company group broker retailer airline bank insurer operator supplier producer giant chain "
    "manufacturer publisher developer provider conglomerate carrier brewer lender distributor exporter "
    "miner utility".split()
)
