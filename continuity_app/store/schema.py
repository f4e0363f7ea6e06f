"""The store's schema: tables, indexes, the search index, and its version.

Version: ``PRAGMA user_version`` = major * 65536 + minor. A reader refuses a newer
major (the layout changed in a way it cannot read) and accepts a newer minor
(only additions: a new column or table it does not know is ignored).
``PRAGMA application_id`` marks the file as a Nødkopi store.

Each dataset's table has the domain dataclass's fields as its first columns (see
``columns``); a few tables add derived columns after them. Keys are unique
indexes created after the bulk insert, not inline PRIMARY KEYs, so the insert
runs at bare ``executemany`` speed.
"""

from __future__ import annotations

from continuity_app.domain.models import (
    Citizen,
    ContactNode,
    FuelStock,
    Medication,
    Relative,
    Route,
    StaffMember,
    Unit,
    Vehicle,
    Visit,
)
from continuity_app.store.columns import RowCodec

SCHEMA_MAJOR = 1
SCHEMA_MINOR = 2
USER_VERSION = SCHEMA_MAJOR * 65536 + SCHEMA_MINOR
APPLICATION_ID = 0x4E4B4F50  # "NKOP"


#: Columns added by a later minor: (table, column) -> (the minor that added it, its SQL
#: type and default for older images, which then read as "not stated").
ADDED_COLUMNS: dict[tuple[str, str], tuple[int, str]] = {
    ("units", "lat"): (1, "REAL"),
    ("units", "lon"): (1, "REAL"),
    ("medications", "clock_times"): (1, "TEXT NOT NULL DEFAULT ''"),
    ("medications", "dose_text_built"): (1, "INTEGER NOT NULL DEFAULT 0"),
    ("medications", "schedule"): (1, "TEXT"),
    ("medications", "due_weekdays"): (1, "TEXT NOT NULL DEFAULT ''"),
    ("medications", "dose_mismatch"): (1, "INTEGER NOT NULL DEFAULT 0"),
}

#: Tables added by a later minor -> that minor; an older image reads them as empty.
ADDED_TABLES: dict[str, int] = {"staff": 2}


def split_version(user_version: int) -> tuple[int, int]:
    return divmod(user_version, 65536)


#: Dataset name -> codec, in the exchange format's order (the order of Dataset.counts()).
CODECS: dict[str, RowCodec] = {
    "units": RowCodec(Unit),
    "citizens": RowCodec(Citizen),
    "relatives": RowCodec(Relative),
    "medications": RowCodec(Medication),
    "routes": RowCodec(Route),
    "visits": RowCodec(Visit),
    "vehicles": RowCodec(Vehicle),
    "fuel_stocks": RowCodec(FuelStock),
    "contacts": RowCodec(ContactNode),
    "staff": RowCodec(StaffMember),
}

#: Derived columns after the dataclass fields, per table.
EXTRA_COLUMNS: dict[str, list[str]] = {
    "units": ["sort_key TEXT NOT NULL"],
    "citizens": [
        "sort_key TEXT NOT NULL",  # Danish order of last name, first name
        "reasons TEXT NOT NULL",  # rules.Reason values joined by "|", most urgent first
        "day_priority INTEGER NOT NULL",  # rules.day_priority: 1..3
        "vulnerable INTEGER NOT NULL",  # 1 when reasons is not empty
        "search_cpr TEXT NOT NULL",  # text.cpr_terms
        "search_phone TEXT NOT NULL",  # text.phone_terms
        "search_name_alt TEXT NOT NULL",  # text.spelling_variants of the name
        "search_address_alt TEXT NOT NULL",  # text.spelling_variants of address and city
    ],
    "relatives": ["sort_key TEXT NOT NULL"],
    "medications": ["sort_key TEXT NOT NULL"],
    "vehicles": ["sort_key TEXT NOT NULL"],
    "fuel_stocks": ["sort_key TEXT NOT NULL"],
    "contacts": ["sort_key TEXT NOT NULL"],
}

META_DDL = 'CREATE TABLE {schema}."meta" ("key" TEXT PRIMARY KEY, "value" TEXT NOT NULL)'

INDEXES = [
    'CREATE UNIQUE INDEX {schema}."units_id" ON "units" ("unit_id")',
    'CREATE INDEX {schema}."units_sort" ON "units" ("sort_key")',
    'CREATE UNIQUE INDEX {schema}."citizens_id" ON "citizens" ("citizen_id")',
    'CREATE INDEX {schema}."citizens_unit" ON "citizens" ("unit_id", "sort_key")',
    'CREATE INDEX {schema}."citizens_sort" ON "citizens" ("sort_key")',
    'CREATE INDEX {schema}."relatives_citizen" ON "relatives" ("citizen_id")',
    'CREATE UNIQUE INDEX {schema}."medications_id" ON "medications" ("medication_id")',
    'CREATE INDEX {schema}."medications_citizen" ON "medications" ("citizen_id")',
    'CREATE UNIQUE INDEX {schema}."routes_id" ON "routes" ("route_id")',
    'CREATE INDEX {schema}."routes_date_unit" ON "routes" ("date", "unit_id")',
    'CREATE INDEX {schema}."routes_unit" ON "routes" ("unit_id", "date")',
    'CREATE UNIQUE INDEX {schema}."visits_id" ON "visits" ("visit_id")',
    'CREATE INDEX {schema}."visits_route" ON "visits" ("route_id", "seq")',
    'CREATE INDEX {schema}."visits_citizen" ON "visits" ("citizen_id")',
    'CREATE UNIQUE INDEX {schema}."vehicles_id" ON "vehicles" ("vehicle_id")',
    'CREATE UNIQUE INDEX {schema}."fuel_stocks_id" ON "fuel_stocks" ("stock_id")',
    'CREATE UNIQUE INDEX {schema}."contacts_id" ON "contacts" ("tree_id", "node_id")',
    'CREATE INDEX {schema}."staff_unit" ON "staff" ("unit_id", "initials")',
]

#: Contentless FTS5 index over the citizens (rowid = citizens.rowid).
FTS_DDL = (
    'CREATE VIRTUAL TABLE {schema}."citizen_fts" USING fts5('
    "name, address, cpr, phone, name_alt, address_alt, "
    "content='', columnsize=0, prefix='2 4', "
    "tokenize='unicode61 remove_diacritics 0')"
)

FTS_FILL = (
    'INSERT INTO {schema}."citizen_fts" (rowid, name, address, cpr, phone, name_alt, address_alt) '
    "SELECT rowid, first_name || ' ' || last_name, address || ' ' || postcode || ' ' || city, "
    "search_cpr, search_phone, search_name_alt, search_address_alt "
    'FROM {schema}."citizens"'
)

#: Tables a store must hold to be read (newer minors may add more).
REQUIRED_TABLES = frozenset([*CODECS, "meta", "citizen_fts"])


def table_ddl(schema: str = "main") -> list[str]:
    statements = []
    for table, codec in CODECS.items():
        columns = codec.ddl_columns() + EXTRA_COLUMNS.get(table, [])
        statements.append(f'CREATE TABLE "{schema}"."{table}" ({", ".join(columns)})')
    statements.append(META_DDL.format(schema=f'"{schema}"'))
    return statements


def index_ddl(schema: str = "main") -> list[str]:
    return [sql.format(schema=f'"{schema}"') for sql in INDEXES]


def fts_create_sql(schema: str = "main") -> str:
    return FTS_DDL.format(schema=f'"{schema}"')


def fts_fill_sql(schema: str = "main") -> str:
    return FTS_FILL.format(schema=f'"{schema}"')


def version_pragmas(schema: str = "main") -> list[str]:
    return [
        f'PRAGMA "{schema}".application_id = {APPLICATION_ID}',
        f'PRAGMA "{schema}".user_version = {USER_VERSION}',
    ]


def insert_sql(table: str, schema: str = "main") -> str:
    n = len(CODECS[table].names) + len(EXTRA_COLUMNS.get(table, []))
    return f'INSERT INTO "{schema}"."{table}" VALUES ({", ".join("?" * n)})'


def column_names(table: str) -> list[str]:
    """Every column of a dataset table, in order: the dataclass fields, then the derived ones."""
    return CODECS[table].names + [c.split()[0] for c in EXTRA_COLUMNS.get(table, [])]
