# ruff: noqa: E501  (a table: one town per line reads better than wrapped rows)
"""Real Danish postcodes and towns, and plausible street names, per demo scale.

Addresses are made up (real street names are reused in real towns, house numbers
are random); no address here identifies anyone.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Town:
    postcode: str
    city: str
    weight: int  # share of the scale's citizens living here
    streets: tuple[str, ...]  # local street names, used besides the common ones
    landline: str  # first two digits of landline numbers here


COMMON_STREETS = (
    "Kirkevej", "Skolegade", "Stationsvej", "Møllevej", "Engvej", "Søndergade", "Nørregade",
    "Vestergade", "Østergade", "Bakkevej", "Birkevej", "Egevej", "Lærkevej", "Solsikkevej",
    "Grønnegade", "Åvej", "Fjordvej", "Strandvej", "Havnegade", "Kastanievej", "Mågevej",
    "Ringvejen", "Tværgade", "Præstevænget", "Skovbrynet", "Fasanvej", "Humlevej",
    "Hybenvej", "Rosenvænget", "Lindevej", "Bøgevej", "Ahornvej", "Granvej", "Vibevej",
    "Toftevej", "Markvej", "Bygaden", "Nørre Allé", "Søvej", "Kærvej",
)  # fmt: skip

LEMVIG = (
    Town("7620", "Lemvig", 52, (
        "Vestergade", "Østergade", "Torvet", "Smedegade", "Nørregade", "Søgårdsvej",
        "Ringkøbingvej", "Bredgade", "Rådhusgade", "Toftum Bjerge", "Fabjergvej", "Vinkelvej",
        "Gl. Landevej", "Sønderbrogade", "Haraldsgade", "Vasen", "Klinkbyvej", "Nørre Nissum Vej",
    ), "97"),
    Town("7650", "Bøvlingbjerg", 9, ("Bøvlingvej", "Vestergade", "Klosterhedevej", "Gårdbovej"), "97"),
    Town("7660", "Bækmarksbro", 7, ("Hovedgaden", "Bækvej", "Flynderupvej", "Sønderskovvej"), "97"),
    Town("7673", "Harboøre", 12, ("Harboøre Strandvej", "Rådhusgade", "Kirkegade", "Vestergade", "Vrist"), "97"),
    Town("7680", "Thyborøn", 12, ("Havnegade", "Vesterhavsgade", "Kirkegade", "Nordsøvej", "Tankedraget", "Sydgade"), "97"),
    Town("7570", "Vemb", 6, ("Hovedgaden", "Holstebrovej", "Vemb Stationsvej"), "97"),
    Town("7600", "Struer", 2, ("Østergade", "Vestergade", "Ølbyvej", "Holstebrovej"), "97"),
)  # fmt: skip

AARHUS = (
    Town("8000", "Aarhus C", 14, ("Frederiksgade", "Jægergårdsgade", "Nørrebrogade", "Mejlgade", "Klostergade", "Vester Allé", "Tordenskjoldsgade"), "86"),
    Town("8200", "Aarhus N", 11, ("Randersvej", "Trøjborgvej", "Nordre Ringgade", "Skjoldhøjvej", "Tage-Hansens Gade"), "86"),
    Town("8210", "Aarhus V", 8, ("Viborgvej", "Silkeborgvej", "Vestre Ringgade", "Herredsvej"), "86"),
    Town("8220", "Brabrand", 7, ("Gudrunsvej", "Sønder Allé", "Hasle Ringvej", "Edwin Rahrs Vej"), "86"),
    Town("8230", "Åbyhøj", 5, ("Bjarkesvej", "Åby Ringvej", "Gammel Åbyvej"), "86"),
    Town("8240", "Risskov", 6, ("Grenåvej", "Vejlby Centervej", "Fortevej"), "86"),
    Town("8250", "Egå", 3, ("Egå Havvej", "Byagervej"), "86"),
    Town("8260", "Viby J", 10, ("Skanderborgvej", "Kongsvangs Allé", "Rosenhøj", "Viby Torv"), "86"),
    Town("8270", "Højbjerg", 8, ("Holme Byvej", "Oddervej", "Rundhøj Allé", "Bering Allé"), "86"),
    Town("8310", "Tranbjerg J", 4, ("Tranbjergvej", "Grøfthøjparken"), "86"),
    Town("8320", "Mårslet", 3, ("Obstrupvej", "Testrupvej"), "86"),
    Town("8330", "Beder", 3, ("Kirketorvet", "Bedervej"), "86"),
    Town("8340", "Malling", 3, ("Stationsvej", "Bjødstrupvej"), "86"),
    Town("8355", "Solbjerg", 2, ("Solbjerg Hedevej",), "86"),
    Town("8361", "Hasselager", 2, ("Hasselager Allé",), "86"),
    Town("8380", "Trige", 2, ("Trigevej",), "86"),
    Town("8381", "Tilst", 3, ("Tilst Skolevej", "Nydamsvej"), "86"),
    Town("8471", "Sabro", 2, ("Sabro Vestergade",), "86"),
    Town("8520", "Lystrup", 3, ("Lystrup Centervej", "Ellevej"), "86"),
    Town("8530", "Hjortshøj", 2, ("Hjortshøj Bygade",), "86"),
    Town("8541", "Skødstrup", 2, ("Skødstrup Bygade",), "86"),
)  # fmt: skip

REGION = (
    Town("8000", "Aarhus C", 14, ("Frederiksgade", "Nørrebrogade", "Mejlgade"), "86"),
    Town("8200", "Aarhus N", 8, ("Randersvej", "Trøjborgvej"), "86"),
    Town("8260", "Viby J", 6, ("Skanderborgvej", "Kongsvangs Allé"), "86"),
    Town("8900", "Randers C", 8, ("Brødregade", "Vestergade", "Tørvebryggen", "Jernbanegade"), "86"),
    Town("8600", "Silkeborg", 7, ("Vestergade", "Borgergade", "Christian 8.s Vej"), "86"),
    Town("8700", "Horsens", 7, ("Søndergade", "Allégade", "Strandpromenaden"), "75"),
    Town("7400", "Herning", 7, ("Bredgade", "Dalgasgade", "Østergade"), "97"),
    Town("7500", "Holstebro", 6, ("Nørregade", "Sønderbrogade", "Lægårdvej"), "97"),
    Town("8800", "Viborg", 6, ("Sct. Mathias Gade", "Gravene", "Ll. Sct. Hans Gade"), "86"),
    Town("7800", "Skive", 4, ("Adelgade", "Frederiksgade"), "97"),
    Town("8660", "Skanderborg", 4, ("Adelgade", "Vestergade"), "86"),
    Town("7430", "Ikast", 3, ("Stadion Allé", "Grønnegade"), "97"),
    Town("8500", "Grenaa", 3, ("Torvet", "Lillegade"), "86"),
    Town("8400", "Ebeltoft", 2, ("Adelgade", "Jernbanegade"), "86"),
    Town("6950", "Ringkøbing", 3, ("Algade", "Østergade"), "97"),
    Town("6900", "Skjern", 2, ("Bredgade", "Banegårdsgade"), "97"),
    Town("7620", "Lemvig", 2, ("Vestergade", "Østergade", "Torvet"), "97"),
    Town("7600", "Struer", 2, ("Østergade", "Vestergade"), "97"),
    Town("8450", "Hammel", 2, ("Torvet", "Østergade"), "86"),
    Town("8680", "Ry", 1, ("Skanderborgvej",), "86"),
    Town("7330", "Brande", 1, ("Storegade",), "97"),
    Town("8740", "Brædstrup", 1, ("Søndergade",), "75"),
    Town("8850", "Bjerringbro", 1, ("Storegade",), "86"),
    Town("8370", "Hadsten", 1, ("Søndergade",), "86"),
    Town("8382", "Hinnerup", 1, ("Jernaldervej",), "86"),
    Town("8543", "Hornslet", 1, ("Adelgade",), "86"),
    Town("8620", "Kjellerup", 1, ("Søndergade",), "86"),
    Town("7470", "Karup J", 1, ("Viborgvej",), "97"),
    Town("8961", "Allingåbro", 1, ("Stationsvej",), "86"),
)  # fmt: skip

#: Town centres (WGS84, approximate): units get a point near their town's centre.
TOWN_CENTRES: dict[str, tuple[float, float]] = {
    "7620": (56.549, 8.310), "7650": (56.433, 8.237), "7660": (56.407, 8.300), "7673": (56.618, 8.183),
    "7680": (56.699, 8.212), "7570": (56.356, 8.346), "7600": (56.492, 8.590), "8000": (56.156, 10.210),
    "8200": (56.183, 10.200), "8210": (56.168, 10.160), "8220": (56.152, 10.110), "8230": (56.153, 10.160),
    "8240": (56.195, 10.240), "8250": (56.215, 10.270), "8260": (56.125, 10.160), "8270": (56.115, 10.200),
    "8310": (56.090, 10.130), "8320": (56.065, 10.160), "8330": (56.060, 10.210), "8340": (56.035, 10.200),
    "8355": (56.040, 10.090), "8361": (56.100, 10.100), "8380": (56.250, 10.150), "8381": (56.190, 10.110),
    "8471": (56.210, 10.030), "8520": (56.235, 10.235), "8530": (56.250, 10.270), "8541": (56.260, 10.310),
    "8900": (56.461, 10.036), "8600": (56.170, 9.545), "8700": (55.861, 9.850), "7400": (56.138, 8.973),
    "7500": (56.360, 8.616), "8800": (56.452, 9.402), "7800": (56.566, 9.027), "8660": (56.034, 9.930),
    "7430": (56.139, 9.158), "8500": (56.415, 10.878), "8400": (56.195, 10.683), "6950": (56.090, 8.244),
    "6900": (55.950, 8.497), "8450": (56.257, 9.863), "8680": (56.090, 9.760), "7330": (55.943, 9.128),
    "8740": (55.971, 9.611), "8850": (56.376, 9.660), "8370": (56.328, 10.049), "8382": (56.266, 10.063),
    "8543": (56.316, 10.320), "8620": (56.286, 9.434), "7470": (56.305, 9.166), "8961": (56.463, 10.320),
}  # fmt: skip

TOWNS = {"lemvig": LEMVIG, "aarhus": AARHUS, "region": REGION}
MUNICIPALITY = {"lemvig": "Lemvig Kommune", "aarhus": "Aarhus Kommune", "region": "Region Midtjylland"}
MAIL_DOMAIN = {"lemvig": "lemvig.dk", "aarhus": "aarhus.dk", "region": "rm.dk"}

# Name parts for care homes and other institutions ("Solgården", "Fjordparken" …).
HOME_PREFIXES = (
    "Sol", "Eng", "Skov", "Fjord", "Birke", "Linde", "Rose", "Hav", "Bøge", "Kastanie",
    "Æble", "Lærke", "Mølle", "Kirke", "Strand", "Bakke", "Ege", "Hyld", "Tofte", "Kløver",
    "Vinkel", "Nørre", "Sønder", "Åkande", "Lyng", "Mose", "Kilde", "Vester", "Øster", "Park",
)  # fmt: skip
HOME_SUFFIXES = ("gården", "bo", "hjemmet", "parken", "huset", "lunden", "vang", "højen", "toften")

DAYCARE_NAMES = (
    "Børnehuset Troldehøj", "Vuggestuen Mariehønen", "Børnehaven Spiren", "Dagplejen",
    "Naturbørnehaven Skovtrolden", "Aktivitetscentret", "Ungdomsklubben", "SFO Bølgen",
)  # fmt: skip
ADMIN_NAMES = (
    "Rådhuset", "Borgerservice", "Jobcentret", "Digitalisering & IT", "Økonomi og Løn",
    "Myndighed – Sundhed og Omsorg", "Visitationen",
)  # fmt: skip
OTHER_NAMES = (
    ("Centralkøkkenet", "A"), ("Hjælpemiddeldepotet", "B"), ("Vej og Park – Materielgården", "A"),
    ("Genbrugspladsen", "C"), ("Madservice", "A"), ("Rengøringsservice", "C"),
    ("Redningsberedskabet", "A"), ("Bibliotek og Kultur", "C"), ("Svømmehallen", "C"),
)  # fmt: skip

KEY_INFO = (
    "Nøgleboks v. bagdør, kode {code}", "Nøgleboks ved hoveddør, kode {code}",
    "E-lås (elektronisk nøgle) – åbnes med telefonen", "Dør ulåst i dagtimerne; nøgleboks kode {code}",
    "Nøgle hos naboen i nr. {num}", "Kode til opgang {code}, nøgleboks ved postkasser kode {code2}",
    "Pårørende åbner – ring på", "Nøgleboks på carport, kode {code}; hund i køkkenet",
    "Låst med tryghedslås; nøgle i nøgleboks v. garage, kode {code}",
)  # fmt: skip

ALLERGIES = (
    ("Ingen kendte", 55), ("", 15), ("Penicillin", 8), ("Penicillin; jordnødder", 2), ("Sulfa", 3), ("Latex", 2),
    ("Ibuprofen (astma)", 2), ("Kodein", 2), ("Jod (kontraststof)", 1), ("Ingen kendte", 6),
    ("Penicillin, Ciprofloxacin", 1), ("Plaster – udslæt", 2), ("Æg og nødder", 1),
)  # fmt: skip
