"""A company is no government department: whom "the company said" re-names.

"The firm said", "the company said", "the bank said" re-name the organisation in focus
(:mod:`.descriptions`, by :mod:`.salience`'s walk), but the walk does not know kinds of body: in
"The Home Office fined Acme Corp on Monday. The company said ..." the subject in focus is the Home
Office, and no company.  When the body found is a public one by its name's head word ("Home
Office", "Ministry of Defence", "Department of Health", "European Commission", "Treasury"), a
party, a federation, an institute or a club, the description is left as written: the company meant
is often one the name table does not hold (a bare "Microsoft", a name only in a possessive), so the
organisation named before it is no safer a guess.  The words are data in
:mod:`quotearchive.lexicon.referents` (``BUSINESS_HEADS``, ``NOT_BUSINESS_NAME_HEADS``).
"""

from __future__ import annotations

from ...lexicon.referents import BUSINESS_HEADS, BUSINESS_NAMES_WITH_PUBLIC_HEADS, NOT_BUSINESS_NAME_HEADS
from .model import Referent


def not_a_business(name: str) -> bool:
    """Is the body named ``name`` a public body, a party, a federation, an institute or a club, by its
    name's head word (the last word, or the word before "of"/"for": "Department of Health")?"""
    if any(name.endswith(company) for company in BUSINESS_NAMES_WITH_PUBLIC_HEADS):
        return False  # "The Post Office said ... The company said": a company all the same
    words = name.split()
    cut = next((k for k, w in enumerate(words) if w in ("of", "for")), len(words))
    return cut > 0 and words[cut - 1] in NOT_BUSINESS_NAME_HEADS


def business_referent(head: str, found: Referent | None) -> Referent | None:
    """``found`` (the body in focus for "the ``head``"), or None when ``head`` names a company and
    ``found`` is no company (the phrase then stays as written)."""
    if found is None or head not in BUSINESS_HEADS or not not_a_business(found.name or ""):
        return found
    return None
