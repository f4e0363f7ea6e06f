"""Fictitious Danish names for the demo data: people, relations, staff roles.

Every string here must be encodable in Windows-1252, since one demo file is
written in that encoding (as older Danish systems still do).
"""

from __future__ import annotations

# Names common among Danes born 1920–1960 (the citizens of home care and nursing homes).
OLD_FEMALE = (
    "Inger", "Kirsten", "Grethe", "Birthe", "Else", "Jytte", "Bodil", "Ellen", "Gudrun",
    "Ingrid", "Karen", "Anna", "Åse", "Tove", "Hanne", "Lis", "Ruth", "Edith", "Ester",
    "Gerda", "Elna", "Dagmar", "Sørine", "Marie", "Mette", "Ulla", "Bente", "Jonna",
    "Lilly", "Agnete", "Solveig", "Asta", "Frida", "Ingeborg", "Kamma", "Ella", "Nanna",
    "Gunhild", "Margit", "Ragnhild", "Aase", "Bjørg", "Dorthea", "Karen Margrethe",
    "Anne Marie", "Else Marie",
)  # fmt: skip
OLD_MALE = (
    "Søren", "Bjørn", "Jørgen", "Ove", "Poul", "Knud", "Aage", "Åge", "Børge", "Preben",
    "Erik", "Niels", "Hans", "Jens", "Ejnar", "Svend", "Frede", "Kjeld", "Holger", "Verner",
    "Arne", "Egon", "Gunnar", "Leif", "Finn", "Flemming", "Bent", "Kaj", "Ib", "Jørn",
    "Torben", "Henning", "Villy", "Eigil", "Mogens", "Thorvald", "Anker", "Jens Peter",
    "Niels Jørgen", "Carl Erik", "Ejvind", "Gudmund", "Hjalmar",
)  # fmt: skip
# Younger adults (botilbud residents, staff, relatives).
YOUNG_FEMALE = (
    "Sofie", "Line", "Signe", "Ida", "Cecilie", "Louise", "Camilla", "Maja", "Freja",
    "Julie", "Emma", "Sara", "Mathilde", "Nanna", "Trine", "Tina", "Pernille", "Helle",
    "Malene", "Susanne", "Lotte", "Rikke", "Stine", "Fatima", "Amira", "Zeynep", "Ane",
    "Sørine", "Bodil", "Ditte", "Gry", "Åsa",
)  # fmt: skip
YOUNG_MALE = (
    "Mikkel", "Rasmus", "Mads", "Frederik", "Emil", "Jonas", "Anders", "Kasper", "Søren",
    "Thomas", "Martin", "Jesper", "Morten", "Henrik", "Kim", "Jakob", "Mathias", "Oliver",
    "Ali", "Hassan", "Ahmed", "Bjørn", "Jørgen", "Troels", "Asbjørn", "Esben", "Nikolaj",
    "Laurits", "Aksel", "Villads",
)  # fmt: skip

LAST_NAMES = (
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
    "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
    "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen",
    "Jakobsen", "Mikkelsen", "Østergaard", "Søndergaard", "Kjær", "Lauridsen", "Bech",
    "Dahl", "Holm", "Iversen", "Sønderskov", "Æbelø", "Bøgh", "Kjærgaard", "Vestergaard",
    "Nørgaard", "Højgaard", "Skårup", "Brændgaard", "Fjordside", "Thybo", "Harbo", "Krogh",
    "Lund", "Damgaard", "Kirkegaard", "Overgaard", "Bundgaard", "Gravesen", "Gregersen",
    "Ørum", "Åberg", "Bækgaard", "Strøm", "Sønderby", "Kjærsgaard", "Nørskov", "Vinther",
    "Toft", "Bonde", "Husum", "Lyngsø", "Fuglsang", "Munk", "Bisgaard", "Hvid", "Ravn",
    "Mølgaard", "Hedegaard", "Ågård", "Præstgaard", "Frøkjær", "Kirk", "Bang", "Svendsen",
    "Lemvigh", "Harboe", "Dalsgaard", "Kræmer", "Hjorth", "Øhlenschlæger", "Hassan",
    "Yilmaz", "Nguyen",
)  # fmt: skip

# Very long names on purpose: printing and screens must wrap, not cut.
LONG_NAMES = (
    ("Anne-Marie Kristine Margrethe Elisabeth", "Sønderskov-Østergaard Kjærsgaard-Vestergaard"),
    ("Carl-Christian Frederik Valdemar", "Brændgaard-Højgaard Bundgaard-Æbelø"),
)

RELATIONS_OLD = (
    ("datter", 30), ("søn", 28), ("ægtefælle", 18), ("svigerdatter", 4), ("barnebarn", 6),
    ("nabo", 4), ("niece", 3), ("nevø", 2), ("søster", 3), ("bror", 2), ("værge", 1),
)  # fmt: skip
RELATIONS_YOUNG = (
    ("mor", 30), ("far", 22), ("søster", 10), ("bror", 10), ("værge", 12),
    ("kontaktperson", 8), ("moster", 4), ("farmor", 4),
)  # fmt: skip

STAFF_ROLES = {
    "hjemmepleje": ("Social- og sundhedshjælper", "Social- og sundhedsassistent", "Sygeplejerske"),
    "plejecenter": ("Social- og sundhedsassistent", "Social- og sundhedshjælper", "Sygeplejerske"),
    "botilbud": ("Pædagog", "Socialpædagog", "Omsorgsmedhjælper", "Social- og sundhedsassistent"),
    "dagtilbud": ("Pædagog", "Pædagogmedhjælper", "Pædagogisk assistent"),
    "administration": ("Administrativ medarbejder", "Sagsbehandler", "Konsulent"),
    "andet": ("Medarbejder", "Chauffør", "Driftsmedarbejder", "Kok"),
}
