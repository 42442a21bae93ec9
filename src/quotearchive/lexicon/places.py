"""Places written after a name in US wire copy, as data: "Maratech Inc, Phoenix, Ariz.,
said" puts the company's home between the subject and its verb."""

from __future__ import annotations

# The states as AP style abbreviates them, and the eight it writes out in full.
US_STATES = (
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Kans.", "Ky.",
    "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.",
    "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "W.Va.",
    "Wis.", "Wyo.", "D.C.",
    "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah",
)

# After "U.S.", "U.K." or "U.N.", the capitalised words that make the abbreviation a modifier
# inside one name ("the U.S. Chamber of Commerce", "the U.S. Embassy", "U.S. Attorney John
# Smith"): before any other capitalised word, its stop may end a sentence ("... returned to
# the U.S. Trump said"), and the stop is read as one.  The bodies' words of the name table
# (``people.ORG_WORDS``) count too.
AFTER_COUNTRY_ABBREVIATION = frozenset(
    "Embassy Embassies Mint Attorney Attorneys Ambassador Ambassadors Senator Senators Representative Rep Sen "
    "Secretary Envoy Marshal Marshals Marine Marines Coast Customs Border Forces Military Postal District Circuit "
    "Supreme Justice Trade Census Geological Olympic Open Special Central Southern Northern Eastern Western Pacific "
    "Atlantic National Federal State Treasury Capitol Consulate Mission Command Cyber Space Surgeon General Commerce "
    "Energy Defense Defence Health Education Labor Interior Agriculture Transportation Homeland Veterans Securities "
    "Food Fish Forest Park Patent Copyright Chamber Steel Airways Bancorp Masters Soccer "
    "Navy Army Air".split()
)

# The states written out in full, as AP style has done in running text since 2014 ("Dayton,
# Ohio", "Flint, Michigan"): after a home town they continue its place, no aside of their own.
US_STATE_NAMES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
)

# The second words of places whose first word is "New" ("New York Congressman Pete King",
# "New Jersey Gov. Chris Christie"): there "New" is no headline's adjective but part of the role.
AFTER_NEW_IN_PLACES = frozenset(
    "York Jersey Hampshire Mexico Orleans Zealand Delhi England Haven Brunswick".split()
)
