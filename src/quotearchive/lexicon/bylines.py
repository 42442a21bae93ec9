"""Words of bylines, as data: the news agencies a story is credited to, and the words for "and" between two
writers' names in the languages that write them (read by :mod:`quotearchive.extract.page_agencies` and
:mod:`quotearchive.extract.page_coauthors`)."""

from __future__ import annotations

# News agencies as a byline credits them, beyond the short names of ``page_names.AGENCY_RE`` ("dpa", "AFP"):
# written out, or the agencies of more countries.  Lower-case; matched whole, case ignored.
NEWS_AGENCIES = frozenset({
    "agence france-presse", "agence france presse", "the canadian press", "canadian press", "aap",
    "australian associated press", "pti", "press trust of india", "ians", "ani", "europa press", "lusa",
    "agência lusa", "tass", "interfax", "ria novosti", "anadolu ajansı", "anadolu agency", "sid", "dpa-afx",
    "agencia efe", "agenzia nova", "adnkronos", "ctk", "čtk", "pap", "mti", "bta", "hina", "tanjug", "stt",
    "notimex", "télam", "bernama", "antara", "xinhua news agency", "kyodo news", "yonhap news agency",
    "united press international", "thomson reuters", "reuters staff",
})

# "and" between two writers in languages whose bylines join them so, where the word is also a name's particle or
# a common short word ("José Ortega y Gasset", Italian "e", Catalan and Polish "i"), and English "with" ("By Jane
# Roe with John Doe": a lower-case word inside, the byline was no name at all): read as a join only when a name of
# two words at least stands on each side.  English, German, French and the Scandinavian "and" are split
# wherever they stand (``page_names.AUTHOR_SPLIT_RE``).  Not Dutch "en" nor Czech "a": Spanish "en" ("in") and
# English "a" stand between a name and a place or a role ("María Roe en Nueva York", "Jane Roe a Staff Writer").
TWO_SIDED_CONJUNCTIONS = frozenset({"y", "e", "i", "ve", "ja", "és", "și", "и", "і", "with"})

# Job titles in companies and institutions, written after a comma beside the writer on their blogs ("Posted by
# Jane Roe, Vice President, Example Cloud", "Jane Roe, Senior Software Engineer"): a title, no co-author.
ORGANISATION_ROLES = frozenset({
    "president", "director", "manager", "engineer", "scientist", "officer", "founder", "co-founder", "cofounder",
    "ceo", "cto", "cfo", "coo", "cmo", "head", "lead", "analyst", "researcher", "designer", "developer", "advocate",
    "evangelist", "strategist", "consultant", "partner", "fellow", "professor", "lecturer", "chairman", "chairwoman",
    "chair", "intern", "architect", "specialist", "coordinator",
    # Vice president, abbreviated ("VP of Technology", "SVP, Marketing").
    "vp", "svp", "evp",
})
# Words before such a title ("Vice President", "Senior Staff Software Engineer", "Principal Product Manager").
ORGANISATION_ROLE_ADJECTIVES = frozenset({
    "vice", "senior", "principal", "lead", "staff", "chief", "product", "program", "programme", "technical",
    "engineering", "general", "managing", "executive", "associate", "assistant", "deputy", "regional", "global",
    "software", "research", "marketing", "communications", "security", "group", "distinguished", "founding",
})
