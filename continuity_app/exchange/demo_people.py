"""Demo citizens and their relatives, about 150 per care unit, with the edge cases on purpose."""

from __future__ import annotations

import functools
import random
from typing import Any

from continuity_app.domain.models import Citizen, Relative, Residence, Unit, UnitKind
from continuity_app.exchange.demo_common import Picker, birth_date, cpr, phone, split
from continuity_app.exchange.demo_names import (
    LAST_NAMES,
    LONG_NAMES,
    OLD_FEMALE,
    OLD_MALE,
    RELATIONS_OLD,
    RELATIONS_YOUNG,
    YOUNG_FEMALE,
    YOUNG_MALE,
)
from continuity_app.exchange.demo_places import ALLERGIES, COMMON_STREETS, KEY_INFO, Town
from continuity_app.exchange.demo_scales import Context

RESIDENCE = {
    UnitKind.HJEMMEPLEJE: Residence.EGET_HJEM,
    UnitKind.PLEJECENTER: Residence.PLEJECENTER,
    UnitKind.BOTILBUD: Residence.BOTILBUD,
}
UNIT_WEIGHT = {UnitKind.HJEMMEPLEJE: 1.15, UnitKind.PLEJECENTER: 0.85, UnitKind.BOTILBUD: 0.7}
EQUIPMENT = Picker(
    [
        ("el-seng", 35),
        ("nødkald", 30),
        ("ilt", 20),
        ("lift", 20),
        ("dialyse", 4),
        ("respirator", 3),
        ("elektrisk kørestol", 3),
        ("insulinpumpe", 2),
        ("sugeapparat", 2),
    ]
)
ALLERGY = Picker(ALLERGIES)
TREATMENT_HOME = Picker(
    [("", 50), ("fuld behandling", 35), ("ikke genoplivning", 10), ("ikke genoplivning, ikke indlæggelse", 5)]
)
TREATMENT_HOME_CARE = Picker(
    [
        ("", 20),
        ("fuld behandling", 20),
        ("ikke genoplivning", 40),
        ("ikke genoplivning, ikke indlæggelse", 20),
    ]
)
MOBILITY = Picker(
    [
        ("Selvhjulpen", 20),
        ("Rollator", 30),
        ("Stok", 10),
        ("Kørestol", 15),
        ("Går med støtte af 1", 10),
        ("Sengeliggende – lift ved forflytning", 6),
        ("", 9),
    ]
)
NOTES = Picker(
    [
        ("", 82),
        ("Hørehæmmet – tal tydeligt og vend ansigtet mod borgeren", 3),
        ("Hund i hjemmet (venlig)", 3),
        ("Diabetes – mål blodsukker før insulin", 3),
        ("Ryger – pas på ved iltbehandling", 2),
        ('Demens – kan virke afvisende; "Karen" er kaldenavn', 2),
        ("Bor på 3. sal uden elevator", 2),
        ("Taler kun lidt dansk; datter tolker", 1),
        ("Kræver to personer ved forflytning; brug loftlift", 2),
    ]
)
RELATIVE_COUNT = Picker([(0, 12), (1, 40), (2, 33), (3, 15)])
REL_OLD = Picker(RELATIONS_OLD)
REL_YOUNG = Picker(RELATIONS_YOUNG)


@functools.cache
def _clinics(town: Town) -> tuple[tuple[str, str], ...]:
    """The GP clinics of a town with their phones: the same for every citizen and seed."""
    local = random.Random(f"gp:{town.postcode}:{town.city}")
    names = (
        f"Lægerne i {town.city}, {local.choice(town.streets)} {local.randint(1, 40)}",
        f"Lægehuset {local.choice(COMMON_STREETS)}, {town.city}",
        f"Læge {local.choice(YOUNG_FEMALE + YOUNG_MALE)} {local.choice(LAST_NAMES)}, {town.city}",
    )
    return tuple(
        (name, f"{town.landline} {local.randint(10, 99)} {local.randint(10, 99)} {local.randint(10, 99)}")
        for name in names
    )


def _gp_and_pharmacy(rng: random.Random, town: Town) -> tuple[str, str, str]:
    gp, gp_phone = rng.choice(_clinics(town))
    street = town.streets[0]
    pharmacy = rng.choice((f"{town.city} Apotek", f"Apoteket {street}, {town.city}"))
    return gp, gp_phone, pharmacy


def _neighbour(rng: random.Random, towns: tuple[Town, ...], town: Town) -> Town:
    """A town next to ``town`` in the table (the tables list neighbours together)."""
    i = towns.index(town)
    return towns[(i + rng.choice((-1, 1))) % len(towns)]


def _address(rng: random.Random, town: Town, apartments: float) -> str:
    street = rng.choice(town.streets) if rng.random() < 0.5 else rng.choice(COMMON_STREETS)
    number = f"{rng.randint(1, 140)}{rng.choice('AB') if rng.random() < 0.08 else ''}"
    if rng.random() < apartments:
        return f"{street} {number}, {rng.randint(1, 4)}. {rng.choice(('th.', 'tv.', 'mf.'))}"
    return f"{street} {number}"


def make_people(ctx: Context, units: list[Unit]) -> tuple[list[Citizen], list[Relative]]:
    rng = ctx.rng("citizens")
    care = [u for u in units if u.kind in RESIDENCE]
    sizes = split(ctx.spec.citizens, [UNIT_WEIGHT[u.kind] * rng.uniform(0.85, 1.15) for u in care])  # type: ignore[index]
    apartments = 0.45 if ctx.spec.places != "lemvig" else 0.12
    used_cpr: set[str] = set()
    citizens: list[Citizen] = []
    relatives: list[Relative] = []
    for unit_index, (unit, size) in enumerate(zip(care, sizes, strict=True)):
        kind = unit.kind
        assert kind is not None
        town = ctx.unit_town[unit.unit_id]
        if kind is UnitKind.HJEMMEPLEJE:
            ctx.unit_home_citizens[unit.unit_id] = []
        for k in range(size):
            citizen_id = f"C{len(citizens) + 1:06d}"
            young = kind is UnitKind.BOTILBUD
            female = rng.random() < (0.45 if young else 0.62)
            first = rng.choice(
                (YOUNG_FEMALE if female else YOUNG_MALE) if young else (OLD_FEMALE if female else OLD_MALE)
            )
            last = rng.choice(LAST_NAMES)
            if young:
                born = birth_date(rng, ctx.today, 19, 72)
            else:
                born = birth_date(rng, ctx.today, 66, 102, 85 if kind is UnitKind.PLEJECENTER else 81)
            home = kind is UnitKind.HJEMMEPLEJE
            ctown = town if (not home or rng.random() < 0.85) else _neighbour(rng, ctx.towns, town)
            gp, gp_phone, pharmacy = _gp_and_pharmacy(rng, ctown)
            equipment: tuple[str, ...] = ()
            if rng.random() < (0.07 if home else 0.1):
                equipment = tuple(dict.fromkeys(EQUIPMENT.many(rng, rng.choice((1, 1, 2)))))
            n_relatives = RELATIVE_COUNT.pick(rng)
            fields: dict[str, Any] = dict(
                cpr=cpr(rng, born, female, used_cpr),
                postcode=ctown.postcode,
                city=ctown.city,
                phone=phone(rng) if rng.random() < (0.75 if home else 0.4) else "",
                residence=RESIDENCE[kind] if rng.random() > 0.01 else None,
                key_info=KEY_INFO[rng.randrange(len(KEY_INFO))].format(
                    code=rng.randint(1000, 9999), code2=rng.randint(1000, 9999), num=rng.randint(1, 60)
                )
                if home and rng.random() < 0.85
                else "",
                allergies=ALLERGY.pick(rng),
                gp_name=gp,
                gp_phone=gp_phone,
                pharmacy=pharmacy,
                power_dependent=equipment,
                meal_shopping_help=home and rng.random() < 0.35,
                no_close_relatives=n_relatives == 0 and rng.random() < 0.98,
                cannot_communicate=rng.random() < (0.03 if home else 0.07),
                treatment_level=(TREATMENT_HOME if home or young else TREATMENT_HOME_CARE).pick(rng),
                priority=rng.randint(1, 3) if rng.random() < 0.15 else None,
                mobility=MOBILITY.pick(rng),
                notes=NOTES.pick(rng),
            )
            if "iltbehandling" in fields["notes"] and "ilt" not in equipment:
                fields["notes"] = ""
            address = _address(rng, ctown, apartments) if home else f"{unit.address}, bolig {k + 1}"
            if unit_index == 0:  # the edge cases, in every scale, in the first home-care district
                first, last, n_relatives = _edge_case(k, first, last, n_relatives, fields)
            elif unit_index == 1 and k == 0:
                first, last = LONG_NAMES[1]
                fields["power_dependent"] = ("respirator", "sugeapparat")
            citizen = Citizen(
                citizen_id=citizen_id,
                first_name=first,
                last_name=last,
                address=address,
                unit_id=unit.unit_id,
                **fields,
            )
            citizens.append(citizen)
            if home:
                ctx.unit_home_citizens[unit.unit_id].append(citizen_id)
            if "lift" in citizen.power_dependent:
                ctx.lift_citizens.add(citizen_id)
            relatives.extend(_relatives(rng, citizen, n_relatives, young))
    return citizens, relatives


def _edge_case(
    k: int, first: str, last: str, n_relatives: int, fields: dict[str, Any]
) -> tuple[str, str, int]:
    """Citizens tests and people look for: the same in every scale and seed."""
    if k == 0:
        first, last = "Søren", "Sønderskov"
    elif k == 1:
        first, last = "Åse", "Kjær"
        fields["allergies"] = "Penicillin"
    elif k == 2:
        first, last = LONG_NAMES[0]
        fields["key_info"] = "Nøgleboks v. bagdør, kode 4711"
    elif k == 5:  # no relatives and no flag: the reader warns
        n_relatives = 0
        fields["no_close_relatives"] = False
    elif k == 6:
        first, last = "Bjørn", "Æbelø"
        n_relatives = 0
        fields["no_close_relatives"] = True
    elif k == 7:
        last = "Skårup"
        fields["power_dependent"] = ("ilt", "el-seng")
        fields["priority"] = None
    elif k == 8:
        fields["power_dependent"] = ("lift", "hjemmedialyse")
        fields["cannot_communicate"] = True
    if k in (0, 1, 2, 7, 8) and n_relatives == 0:
        n_relatives = 1
        fields["no_close_relatives"] = False
    return first, last, n_relatives


def _relatives(rng: random.Random, citizen: Citizen, n: int, young: bool) -> list[Relative]:
    out = []
    for i in range(n):
        relation = (REL_YOUNG if young else REL_OLD).pick(rng)
        female = relation in ("datter", "svigerdatter", "mor", "søster", "niece", "moster", "farmor")
        if relation in ("ægtefælle", "nabo", "værge", "kontaktperson", "barnebarn"):
            female = rng.random() < 0.5
        pool = (
            (OLD_FEMALE if female else OLD_MALE)
            if relation in ("ægtefælle",)
            else (YOUNG_FEMALE if female else YOUNG_MALE)
        )
        last = (
            citizen.last_name
            if relation in ("ægtefælle", "søn", "mor", "far") or rng.random() < 0.4
            else rng.choice(LAST_NAMES)
        )
        out.append(
            Relative(
                citizen_id=citizen.citizen_id,
                name=f"{rng.choice(pool)} {last}",
                phone=phone(rng),
                relation=relation,
                primary=i == 0 and rng.random() < 0.9,
            )
        )
    return out
