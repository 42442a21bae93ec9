"""Words that give a name's shape away (session 24): the English prefixes a hyphenated
capitalised word opens with ("Anti-war", "Ex-wife"), which no Korean- or Chinese-style given name
("Ki-moon", "Jae-in") does (:mod:`..extract.speakers.east_asian_names`)."""

# English prefixes of that shape: "Anti-war", "Ex-wife", "Co-op" are no given names.
ENGLISH_PREFIXES = frozenset(
    "Anti Pro Pre Post Non Co Re Ex Mid Self Well Semi Multi Sub Vice Neo Pan Inter Over Under Cross "
    "Counter Out Up Down Off On In All Half Ill Mis De Dis Un Bi Tri Micro Mini Mega Ultra Super Hyper "
    "Far Near Long Short High Low Old New Full Part Free Hand Home Life Year Day Week Cut Set Run Log "
    "Sign Check Look Stand Take Make Break Walk Drop Kick Lay Pay Push Pull Roll Shut Spin Stop Turn".split()
)
