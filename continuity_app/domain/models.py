"""The data care cannot run without, one frozen dataclass per kind of row.

Every field of the exchange format is here, typed. Fields that are optional in the exports
are ``None`` (scalars) or ``""`` (free text) or ``()`` (lists) when absent. The
classes know nothing of CSV, SQLite or Qt; derived facts live in ``rules``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from enum import StrEnum

#: Between the items of a list field (``tuple[str, ...]``), in an export cell and in the
#: store's column alike: no item ever contains it, because every item came from splitting on it.
LIST_SEPARATOR = "|"


class UnitKind(StrEnum):
    HJEMMEPLEJE = "hjemmepleje"
    PLEJECENTER = "plejecenter"
    BOTILBUD = "botilbud"
    DAGTILBUD = "dagtilbud"
    ADMINISTRATION = "administration"
    ANDET = "andet"


class Category(StrEnum):
    """The board's ranking of institutions in a prolonged supply failure."""

    A = "A"  # must run, serviced by the rest of the municipality
    B = "B"  # may run (e.g. day care for the children of category A staff)
    C = "C"  # closes


class Residence(StrEnum):
    EGET_HJEM = "eget hjem"
    PLEJECENTER = "plejecenter"
    BOTILBUD = "botilbud"


class Dispensing(StrEnum):
    DOSISDISPENSERING = "dosisdispensering"
    DOSERET_AF_PERSONALE = "doseret af personale"
    SELV = "selv"


class DoseSchedule(StrEnum):
    """What is known about when a dose is given; ``None`` on a medication means not known."""

    DAILY = "daily"  # a standing daily dose (the grid, or a structure saying so)
    NON_DAILY = "non-daily"  # known not to be daily: weekly, every N days, a taper, several periods
    AS_NEEDED = "as-needed"


#: Weekday codes as FHIR's ``dayOfWeek`` writes them, Monday first (``date.weekday()`` order).
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Shift(StrEnum):
    DAG = "dag"
    AFTEN = "aften"
    NAT = "nat"


class Fuel(StrEnum):
    EL = "el"
    BENZIN = "benzin"
    DIESEL = "diesel"
    HYBRID = "hybrid"
    PLUGIN_HYBRID = "plugin-hybrid"


#: Equipment names the exports use for power-dependent citizens. Other text is kept as given.
KNOWN_POWER_EQUIPMENT = ("ilt", "respirator", "dialyse", "el-seng", "lift", "nødkald")


@dataclass(frozen=True, slots=True)
class Unit:
    unit_id: str
    name: str
    kind: UnitKind | None = None
    category: Category | None = None
    address: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    manager: str = ""
    manager_phone: str = ""
    generator: bool = False
    supplies_days: int | None = None
    notes: str = ""
    lat: float | None = None  # WGS84 decimal degrees, when the export gives them
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Citizen:
    citizen_id: str
    first_name: str
    last_name: str
    address: str
    unit_id: str
    cpr: str = ""  # DDMMYY-XXXX
    postcode: str = ""
    city: str = ""
    phone: str = ""
    residence: Residence | None = None
    key_info: str = ""
    allergies: str = ""
    gp_name: str = ""
    gp_phone: str = ""
    pharmacy: str = ""
    power_dependent: tuple[str, ...] = ()
    meal_shopping_help: bool = False
    no_close_relatives: bool = False
    cannot_communicate: bool = False
    treatment_level: str = ""
    priority: int | None = None  # as given in the export; see rules.day_priority
    mobility: str = ""
    notes: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class Relative:
    citizen_id: str
    name: str
    phone: str
    relation: str = ""
    primary: bool = False


_NO_GRID = (None, None, None, None)


@dataclass(frozen=True, slots=True)
class Medication:
    medication_id: str
    citizen_id: str
    drug: str
    dose_text: str  # the FMK dosage text: authoritative, always shown verbatim
    active_ingredient: str = ""
    atc: str = ""
    strength: str = ""
    form: str = ""
    route: str = ""
    # Daily quantities. All None for a dosage that is not daily (weekly,
    # every other day, tapering): then dose_text alone says what to give.
    morning: float | None = None
    noon: float | None = None
    evening: float | None = None
    night: float | None = None
    dose_unit: str = ""
    as_needed: bool = False
    as_needed_max: str = ""
    indication: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    dispensing: Dispensing | None = None
    time_critical: bool = False
    notes: str = ""
    changed_at: dt.datetime | None = None
    # Exact clock times ("07:00", "11:00") for doses given at a time, not a part of the day.
    clock_times: tuple[str, ...] = ()
    # True when dose_text was built by us from a structured dosage (FHIR), not the source's own text.
    dose_text_built: bool = False
    schedule: DoseSchedule | None = None  # None: the source does not say
    due_weekdays: tuple[str, ...] = ()  # WEEKDAYS codes, for a non-daily dose due on known days
    dose_mismatch: bool = False  # the dose's own fields disagree (text vs grid): check by hand

    @property
    def daily_grid(self) -> tuple[float | None, float | None, float | None, float | None] | None:
        """Morning, noon, evening, night — or None when the source gives no daily quantities."""
        grid = (self.morning, self.noon, self.evening, self.night)
        return None if grid == _NO_GRID else grid


@dataclass(frozen=True, slots=True)
class Route:
    route_id: str
    date: dt.date
    unit_id: str
    name: str
    shift: Shift | None = None
    staff: str = ""
    vehicle_id: str = ""


@dataclass(frozen=True, slots=True)
class Visit:
    visit_id: str
    route_id: str
    seq: int
    start: dt.time
    citizen_id: str
    end: dt.time | None = None
    tasks: tuple[str, ...] = ()
    two_staff: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class Vehicle:
    vehicle_id: str
    registration: str
    fuel: Fuel
    make_model: str = ""
    range_km: int | None = None
    seats: int | None = None
    wheelchair: bool = False
    owner_unit_id: str = ""
    location: str = ""
    key_location: str = ""
    critical_function: str = ""  # empty: free for reassignment by the crisis staff
    four_wheel_drive: bool = False
    fuel_level_pct: float | None = None
    level_read_at: dt.datetime | None = None
    contact_name: str = ""
    contact_phone: str = ""
    notes: str = ""

    @property
    def is_free(self) -> bool:
        return not self.critical_function.strip()


@dataclass(frozen=True, slots=True)
class FuelStock:
    stock_id: str
    location: str
    fuel: str  # free text: stocks hold diesel, benzin, but also e.g. "fyringsolie"
    litres: float | None = None
    capacity_litres: float | None = None
    read_at: dt.datetime | None = None
    pump_needs_power: bool = False
    access: str = ""
    contact_phone: str = ""


@dataclass(frozen=True, slots=True)
class ContactNode:
    tree_id: str
    tree_name: str
    node_id: str
    name: str
    parent_id: str = ""  # empty: a root of the tree
    position: int | None = None  # order among siblings
    role: str = ""
    unit_id: str = ""
    mobile: str = ""
    landline: str = ""
    alt_channel: str = ""  # radio, e-mail, messenger …
    meeting_point: str = ""
    deputy_node_id: str = ""
    escalate_after_min: int | None = None
    instructions: str = ""


@dataclass(frozen=True, slots=True)
class StaffMember:
    """A person of a unit's staff (``staff.csv``): the journal checks initials against them."""

    initials: str
    name: str
    role: str = ""
    unit_id: str = ""


@dataclass(slots=True)
class Dataset:
    """One complete, validated snapshot of everything a scope may hold."""

    units: list[Unit] = field(default_factory=list)
    citizens: list[Citizen] = field(default_factory=list)
    relatives: list[Relative] = field(default_factory=list)
    medications: list[Medication] = field(default_factory=list)
    routes: list[Route] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    vehicles: list[Vehicle] = field(default_factory=list)
    fuel_stocks: list[FuelStock] = field(default_factory=list)
    contacts: list[ContactNode] = field(default_factory=list)
    staff: list[StaffMember] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Rows per dataset, in the order of the exchange format."""
        return {f.name: len(getattr(self, f.name)) for f in fields(self)}


#: The dataset names, in the exchange format's order, and the row class of each.
DATASETS: dict[str, type] = {
    "units": Unit,
    "citizens": Citizen,
    "relatives": Relative,
    "medications": Medication,
    "routes": Route,
    "visits": Visit,
    "vehicles": Vehicle,
    "fuel_stocks": FuelStock,
    "contacts": ContactNode,
    "staff": StaffMember,
}
