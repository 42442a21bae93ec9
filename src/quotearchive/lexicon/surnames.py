"""Role words that are also common English surnames, as data: "Mervyn King", "Kristin King",
"Ann Bishop", "John Major". Two capitalised words ending in one of these may be a first name the
lexicon lacks and a surname, so they are not read as a job's words alone ("Marketing Manager")."""

from __future__ import annotations

ROLE_SURNAMES = frozenset(
    "king queen prince bishop judge pope singer banker constable chancellor sergeant sheriff marshal major baker "
    "cook butler mason carter porter fisher hunter cooper taylor smith ward dean knight page abbott parsons "
    "chamberlain steward warden provost deacon earl duke head boss".split()
)
