"""The generated demo data: sizes, the edge cases on purpose, and Danish realism."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict

import pytest

from continuity_app.domain.age import COPENHAGEN
from continuity_app.domain.models import Category, Citizen, Dataset, Fuel, Residence, Shift, Unit, UnitKind
from continuity_app.exchange.demo import SCALES, generate_dataset

TODAY = dt.date(2026, 11, 27)

#: SPEC §9: citizens, medication lines, routes per day, visits, vehicles, contact nodes.
SPEC_SIZES = {
    "lemvig": (800, 7_000, 40, 1_700, 120, 400),
    "aarhus": (12_000, 100_000, 600, 27_000, 1_500, 6_000),
    "region": (60_000, 500_000, 3_000, 135_000, 7_500, 30_000),
}
LEMVIG_POSTCODES = {
    "7620": "Lemvig",
    "7650": "Bøvlingbjerg",
    "7660": "Bækmarksbro",
    "7673": "Harboøre",
    "7680": "Thyborøn",
    "7570": "Vemb",
    "7600": "Struer",
}
PHONE = re.compile(r"\d{2} \d{2} \d{2} \d{2}")  # as Nødkopi keeps them (domain.phone)
PLATE = re.compile(r"[A-Z]{2} \d{2} \d{3}")


@pytest.fixture(scope="module", params=["tiny", "lemvig"])
def data(request: pytest.FixtureRequest) -> Dataset:
    return generate_dataset(request.param, seed=1, today=TODAY)


@pytest.fixture(scope="module")
def lemvig() -> Dataset:
    return generate_dataset("lemvig", seed=1, today=TODAY)


def assert_sizes(data: Dataset, scale: str) -> None:
    citizens, meds, routes_per_day, visits, vehicles, contacts = SPEC_SIZES[scale]
    counts = data.counts()
    wanted = {
        "citizens": citizens,
        "medications": meds,
        "routes": routes_per_day * 3,
        "visits": visits,
        "vehicles": vehicles,
        "contacts": contacts,
    }
    for name, target in wanted.items():
        assert abs(counts[name] - target) <= 0.05 * target, (name, counts[name], target)


def cpr_date(cpr: str) -> dt.date:
    """The CPR office's century rule, written out independently of the generator."""
    dd, mm, yy, d7 = int(cpr[0:2]), int(cpr[2:4]), int(cpr[4:6]), int(cpr[7])
    if d7 in (0, 1, 2, 3):
        century = 1900
    elif d7 in (4, 9):
        century = 2000 if yy <= 36 else 1900
    else:
        century = 2000 if yy <= 57 else 1800
    return dt.date(century + yy, mm, dd)  # raises for an impossible date


def test_lemvig_has_the_sizes_of_spec_9(lemvig: Dataset) -> None:
    assert_sizes(lemvig, "lemvig")


def test_tiny_is_small_but_complete() -> None:
    tiny = generate_dataset("tiny", today=TODAY)
    counts = tiny.counts()
    assert 2 <= counts["units"] <= 3
    assert 20 <= counts["citizens"] <= 30
    assert counts["routes"] == 9 and {r.date for r in tiny.routes} == {
        TODAY,
        TODAY + dt.timedelta(days=1),
        TODAY + dt.timedelta(days=2),
    }
    # the demo carries no staff list, so anyone trying it may write with any initials
    assert all(n > 0 for name, n in counts.items() if name != "staff"), counts


def test_the_citizens_tests_rely_on_are_in_every_seed() -> None:
    for seed in (1, 2, 99):
        data = generate_dataset("tiny", seed=seed, today=TODAY)
        assert any(c.last_name == "Sønderskov" for c in data.citizens)
        assert any("Penicillin" in c.allergies for c in data.citizens)


def test_same_seed_same_data_other_seed_other_people() -> None:
    a = generate_dataset("lemvig", seed=7, today=TODAY)
    assert a == generate_dataset("lemvig", seed=7, today=TODAY)
    b = generate_dataset("lemvig", seed=8, today=TODAY)
    assert [c.cpr for c in a.citizens] != [c.cpr for c in b.citizens]


def test_unknown_scale_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="'huge'"):
        generate_dataset("huge")
    assert set(SCALES) == {"tiny", "lemvig", "aarhus", "region"}


def test_every_reference_resolves_and_every_key_is_unique(data: Dataset) -> None:
    for rows, key in (
        (data.units, "unit_id"),
        (data.citizens, "citizen_id"),
        (data.medications, "medication_id"),
        (data.routes, "route_id"),
        (data.visits, "visit_id"),
        (data.vehicles, "vehicle_id"),
        (data.fuel_stocks, "stock_id"),
    ):
        keys = [getattr(r, key) for r in rows]
        assert len(keys) == len(set(keys)), key
    units = {u.unit_id for u in data.units}
    citizens = {c.citizen_id for c in data.citizens}
    routes = {r.route_id for r in data.routes}
    assert {c.unit_id for c in data.citizens} <= units
    assert {r.citizen_id for r in data.relatives} <= citizens
    assert {m.citizen_id for m in data.medications} <= citizens
    assert {r.unit_id for r in data.routes} <= units
    assert {v.route_id for v in data.visits} <= routes
    assert {v.citizen_id for v in data.visits} <= citizens
    assert {v.owner_unit_id for v in data.vehicles} <= units
    assert {n.unit_id for n in data.contacts if n.unit_id} <= units
    nodes = {(n.tree_id, n.node_id) for n in data.contacts}
    assert len(nodes) == len(data.contacts)
    for n in data.contacts:
        assert not n.parent_id or (n.tree_id, n.parent_id) in nodes
        assert not n.deputy_node_id or (n.tree_id, n.deputy_node_id) in nodes


def test_edge_cases_are_there_on_purpose(data: Dataset) -> None:
    per_citizen = Counter(m.citizen_id for m in data.medications)
    assert any(per_citizen[c.citizen_id] == 0 for c in data.citizens), "a citizen with no medication"
    assert max(per_citizen.values()) >= 30
    assert max(len(c.full_name) for c in data.citizens) > 60, "a very long name"
    with_relatives = {r.citizen_id for r in data.relatives}
    alone = [c for c in data.citizens if c.citizen_id not in with_relatives]
    assert any(c.no_close_relatives for c in alone)
    assert any(not c.no_close_relatives for c in alone), "one the reader warns about"
    equipment = {e for c in data.citizens for e in c.power_dependent}
    assert {"ilt", "el-seng", "lift"} <= equipment
    assert any(c.cannot_communicate for c in data.citizens)
    assert any(v.two_staff for v in data.visits)
    for day in range(3):
        shifts = {r.shift for r in data.routes if r.date == TODAY + dt.timedelta(days=day)}
        assert shifts == {Shift.DAG, Shift.AFTEN, Shift.NAT}
    assert any(m.end_date is not None and m.end_date < TODAY for m in data.medications)
    texts = [m.dose_text for m in data.medications]
    assert any('"' in t for t in texts) and any("–" in t for t in texts)
    assert any(re.search("[æøå]", t) for t in texts)


def test_medicines_have_real_looking_fmk_dosages(data: Dataset) -> None:
    meds = data.medications
    insulin = [m for m in meds if m.dose_unit == "IE"]
    assert insulin and all(m.time_critical for m in insulin)
    assert any(m.morning == 12 and m.evening == 8 for m in insulin)  # "12 IE morgen, 8 IE aften"
    drugs = {m.drug for m in meds if m.time_critical}
    assert {"Marevan", "Madopar", "Keppra", "NovoRapid FlexPen"} <= drugs
    for m in meds:
        assert re.fullmatch(r"[A-Z]\d{2}[A-Z]{1,2}(\d{2})?", m.atc), m.atc
        if m.as_needed:
            assert m.as_needed_max and m.daily_grid is None, m.dose_text
        if re.search(r"ugentligt|derefter|hver \d+\. (dag|måned)|efter INR", m.dose_text):
            assert m.daily_grid is None, m.dose_text  # weekly, tapering, every n days: text only
    kinds = {m.form for m in meds}
    assert {"depotplaster", "øjendråber", "inhalationsspray"} <= kinds
    assert {m.dispensing for m in meds} >= {"dosisdispensering", "doseret af personale"}


def test_medication_lines_per_citizen_look_like_home_care(lemvig: Dataset) -> None:
    per_citizen = Counter(m.citizen_id for m in lemvig.medications)
    counts = [per_citizen[c.citizen_id] for c in lemvig.citizens]
    assert 7 <= sum(counts) / len(counts) <= 10
    assert sum(1 for n in counts if n >= 25) >= 2
    assert sum(1 for n in counts if n <= 2) >= 10


def test_names_are_danish_with_æøå(data: Dataset) -> None:
    names = " ".join(c.full_name for c in data.citizens) + " ".join(r.name for r in data.relatives)
    for letter in "æøåÆØÅ":
        assert letter in names, letter


def test_lemvig_addresses_use_real_postcodes_and_towns(lemvig: Dataset) -> None:
    rows: list[Citizen | Unit] = [*lemvig.citizens, *lemvig.units]
    for row in rows:
        assert LEMVIG_POSTCODES.get(row.postcode) == row.city, (row.postcode, row.city)
    assert Counter(c.postcode for c in lemvig.citizens).most_common(1)[0][0] == "7620"


def test_cpr_numbers_have_real_birth_dates_that_fit_the_people(data: Dataset) -> None:
    cprs = [c.cpr for c in data.citizens]
    assert len(set(cprs)) == len(cprs)
    kinds = {u.unit_id: u.kind for u in data.units}
    for c in data.citizens:
        assert re.fullmatch(r"\d{6}-\d{4}", c.cpr), c.cpr
        age = (TODAY - cpr_date(c.cpr)).days / 365.25
        if kinds[c.unit_id] is UnitKind.BOTILBUD:
            assert 18 <= age <= 80
        else:
            assert 60 <= age <= 110


def test_phone_numbers_are_danish(data: Dataset) -> None:
    phones = [c.phone for c in data.citizens if c.phone] + [r.phone for r in data.relatives]
    phones += [n.mobile for n in data.contacts] + [u.phone for u in data.units]
    for number in phones:
        assert PHONE.fullmatch(number), number


def test_routes_are_ordered_and_use_the_units_cars(data: Dataset) -> None:
    citizens = {c.citizen_id: c for c in data.citizens}
    cars = {v.vehicle_id: v.owner_unit_id for v in data.vehicles}
    by_route = defaultdict(list)
    for v in data.visits:
        by_route[v.route_id].append(v)
    for route in data.routes:
        visits = by_route[route.route_id]
        assert [v.seq for v in visits] == list(range(1, len(visits) + 1))
        times = [t for v in visits for t in (v.start, v.end)]
        assert None not in times
        assert times == sorted(t for t in times if t is not None)
        assert all(v.end and v.end > v.start for v in visits)
        assert all(citizens[v.citizen_id].unit_id == route.unit_id for v in visits)
        assert all(citizens[v.citizen_id].residence in (Residence.EGET_HJEM, None) for v in visits)
        assert len({v.citizen_id for v in visits}) == len(visits)
        assert not route.vehicle_id or cars[route.vehicle_id] == route.unit_id
        assert route.staff
    assert all(v.tasks and all("|" not in t for t in v.tasks) for v in data.visits)
    route_of = {r.route_id: r for r in data.routes}
    shift_visits = Counter(
        (route_of[v.route_id].date, route_of[v.route_id].unit_id, route_of[v.route_id].shift, v.citizen_id)
        for v in data.visits
    )
    assert max(shift_visits.values()) == 1, "two routes of one shift visit the same citizen"


def test_units_have_sensible_categories_and_about_150_citizens(lemvig: Dataset) -> None:
    people = Counter(c.unit_id for c in lemvig.citizens)
    for unit in lemvig.units:
        if unit.kind in (UnitKind.HJEMMEPLEJE, UnitKind.PLEJECENTER, UnitKind.BOTILBUD):
            assert unit.category is Category.A and 90 <= people[unit.unit_id] <= 220
        else:
            assert people[unit.unit_id] == 0
        if unit.kind is UnitKind.DAGTILBUD:
            assert unit.category in (Category.B, Category.C)
        if unit.kind is UnitKind.ADMINISTRATION:
            assert unit.category is Category.C
    assert {u.kind for u in lemvig.units} == set(UnitKind)


def test_vehicles_have_danish_plates_and_a_fuel_mix(data: Dataset) -> None:
    plates = [v.registration for v in data.vehicles]
    assert len(set(plates)) == len(plates) and all(PLATE.fullmatch(p) for p in plates)
    assert {v.fuel for v in data.vehicles} == set(Fuel)
    assert any(v.is_free for v in data.vehicles) and any(not v.is_free for v in data.vehicles)
    for v in data.vehicles:
        assert v.range_km and v.seats and v.location and v.key_location
        assert v.fuel_level_pct is not None and 0 <= v.fuel_level_pct <= 100
        assert v.level_read_at is not None and v.level_read_at.date() <= TODAY
    assert data.fuel_stocks and any(s.pump_needs_power for s in data.fuel_stocks)


def test_contact_trees_reach_from_the_crisis_staff_to_every_unit(data: Dataset) -> None:
    crisis = [n for n in data.contacts if n.tree_id == "krisestab"]
    assert len([n for n in crisis if not n.parent_id]) == 1
    managers = {n.name for n in crisis}
    assert all(u.manager in managers for u in data.units)
    unit_trees = {n.unit_id for n in data.contacts if n.tree_id != "krisestab"}
    assert unit_trees == {u.unit_id for u in data.units}
    assert any(n.alt_channel.startswith("Beredskabsradio") for n in data.contacts)
    assert any("@" in n.alt_channel for n in data.contacts)
    assert all(n.meeting_point for n in crisis)
    phones = {u.manager: u.manager_phone for u in data.units}
    for n in data.contacts:  # one person, one mobile number, in every tree
        if n.node_id == "N01" or n.node_id.startswith("L-"):
            assert n.mobile == phones[n.name]
    staff = {(n.unit_id, n.name) for n in data.contacts if n.tree_id.startswith("U-")}
    assert all((r.unit_id, r.staff) in staff for r in data.routes), "routes driven by the unit's own staff"
    parent = {(n.tree_id, n.node_id): n.parent_id for n in data.contacts}
    for (tree, node), _ in parent.items():  # no cycles: every walk up ends at a root
        seen = set()
        while node:
            assert node not in seen
            seen.add(node)
            node = parent[(tree, node)]


AARHUS_POSTCODES = {
    "8000",
    "8200",
    "8210",
    "8220",
    "8230",
    "8240",
    "8250",
    "8260",
    "8270",
    "8310",
    "8320",
    "8330",
    "8340",
    "8355",
    "8361",
    "8380",
    "8381",
    "8471",
    "8520",
    "8530",
    "8541",
}


@pytest.mark.slow
@pytest.mark.parametrize("scale", ["aarhus", "region"])
def test_big_scales_have_the_sizes_of_spec_9(scale: str) -> None:
    data = generate_dataset(scale, seed=1, today=TODAY)
    assert_sizes(data, scale)
    assert any(c.last_name == "Sønderskov" for c in data.citizens)
    assert any("Penicillin" in c.allergies for c in data.citizens)
    assert {r.date for r in data.routes} == {TODAY + dt.timedelta(days=d) for d in range(3)}
    per_unit = Counter(c.unit_id for c in data.citizens)
    assert 100 <= sum(per_unit.values()) / len(per_unit) <= 200  # about 150 per care unit
    if scale == "aarhus":
        assert {c.postcode for c in data.citizens} <= AARHUS_POSTCODES


def test_nothing_is_dated_after_the_export_was_made(data: Dataset) -> None:
    """The exports are made early on ``today``: no change, start or reading later than that."""
    export = dt.datetime.combine(TODAY, dt.time(5, 30), tzinfo=COPENHAGEN)  # Danish time
    assert all(m.changed_at is not None and m.changed_at <= export for m in data.medications)
    assert all(m.start_date is not None and m.start_date <= TODAY for m in data.medications)
    assert all(v.level_read_at is not None and v.level_read_at <= export for v in data.vehicles)
    assert all(s.read_at is not None and s.read_at <= export for s in data.fuel_stocks)
