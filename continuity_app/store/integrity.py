"""Checks on a store image before anything reads it: is it ours, which version, intact?"""

from __future__ import annotations

import sqlite3

from continuity_app.errors import DamagedFile, KnownError, NewerFormat
from continuity_app.store import schema


def _corrupt(reason: str) -> KnownError:
    return DamagedFile(f"The data is not a readable Nødkopi store: {reason}.")


def check_image_store(conn: sqlite3.Connection) -> None:
    """Raise ``KnownError`` (CORRUPT or UNSUPPORTED_VERSION) unless ``conn`` holds a store we read.

    Order: the file is SQLite and marked as ours; its schema major is one we know;
    SQLite's quick_check passes; it holds no triggers or views (only tables and
    indexes: a newer minor may add those, nothing that runs code); every table and
    column we query is there. A column that an older minor of this major did not
    have yet is added (in memory) with its "absent" value, and a table it did not
    have yet is added empty, so older images keep being read.
    """
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as err:
        raise _corrupt(f"not an SQLite database ({err})") from None
    if app_id != schema.APPLICATION_ID:
        raise _corrupt(f"application id {app_id:#x} is not Nødkopi's {schema.APPLICATION_ID:#x}")
    major, minor = schema.split_version(user_version)
    if major != schema.SCHEMA_MAJOR:
        raise NewerFormat(
            f"The data's store schema is version {major}.{minor}; this program reads "
            f"version {schema.SCHEMA_MAJOR}.x. Install the newer Nødkopi that IT provides."
            if major > schema.SCHEMA_MAJOR
            else f"The data's store schema version {major}.{minor} is no longer supported."
        )
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise _corrupt(f"the database is damaged ({problems[0]})")
        kinds = dict(conn.execute("SELECT name, type FROM sqlite_schema"))
        # A store holds tables and indexes only: no trigger or view that could run on reads.
        odd = sorted(name for name, kind in kinds.items() if kind not in ("table", "index"))
        if odd:
            raise _corrupt(f"unexpected {kinds[odd[0]]} {odd[0]!r}")
        tables = {name for name, kind in kinds.items() if kind == "table"}
        for table, since in schema.ADDED_TABLES.items():
            if table not in tables and minor < since:  # an older image: the table is empty
                codec = schema.CODECS[table]
                conn.execute(f'CREATE TABLE "{table}" ({", ".join(codec.ddl_columns())})')
                tables.add(table)
        missing = sorted(schema.REQUIRED_TABLES - tables)
        if missing:
            raise _corrupt(f"table {missing[0]!r} is missing")
        for table in schema.CODECS:
            have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
            absent = [c for c in schema.column_names(table) if c not in have]
            for column in absent:
                added = schema.ADDED_COLUMNS.get((table, column))
                if added is None or minor >= added[0]:
                    raise _corrupt(f"column {table}.{column} is missing")
                conn.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {added[1]}')
    except sqlite3.DatabaseError as err:
        raise _corrupt(str(err)) from None
