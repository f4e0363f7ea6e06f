"""The Store: one SQLite database (in memory by default) holding one scope's data.

The publisher builds it from a validated ``Dataset`` (``Store.build``), derives each
scope's subset (``derive``) and ships ``image()`` — the serialized database — as the
bundle payload. The laptop opens that image in memory (``Store.from_image``): the
schema, its indexes and the search index come ready-made, so unlocking costs no
more than decrypting. Nothing here writes to disk unless a ``path`` is given.

A Store is used from one thread at a time (the GUI's database worker); the
connection is not bound to the thread that opened it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType

from continuity_app.domain.models import (
    Category,
    Citizen,
    Dataset,
    Fuel,
    FuelStock,
    Medication,
    Route,
    Unit,
    Vehicle,
)
from continuity_app.errors import AlreadyExists, DamagedFile
from continuity_app.store import build, operations, people, schema, scopes
from continuity_app.store.coverage import DEFAULT_SHARE, Coverage, UnitShare, for_scope, from_meta
from continuity_app.store.integrity import check_image_store
from continuity_app.store.views import (
    CitizenHit,
    CitizenRecord,
    ContactTree,
    VisitRow,
    VulnerableRow,
)


def _connect(target: str = ":memory:") -> sqlite3.Connection:
    # Autocommit: the store runs its own BEGIN/COMMIT around bulk work.
    conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA trusted_schema = OFF")
    # Sorts and temporary indexes of queries stay in memory too: SQLite's temp files
    # are unlinked when opened, so no scan of the disk would ever see them leak.
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


class Store:
    def __init__(self, conn: sqlite3.Connection) -> None:
        """Wrap an open, valid store connection (use ``build`` or ``from_image``)."""
        self.conn = conn
        #: scopes.shared_template per share (None: krisestab's), made on first use
        self._scope_templates: dict[UnitShare | None, bytes] = {}

    # -- making one ---------------------------------------------------------------

    @classmethod
    def build(
        cls,
        dataset: Dataset,
        *,
        meta: dict[str, str] | None = None,
        path: Path | None = None,
        parts: Mapping[str, Sequence[Callable[[], bytes]]] | None = None,
        search: bool = True,
    ) -> Store:
        """A new store holding ``dataset`` (in memory, or in a new file at ``path``), and
        per table the rows of images made for it in workers (``store.build.part_image``),
        each given by a call that may wait for it. ``search=False``: without the search
        index's rows, for a store that only scopes are derived from (they fill their
        own) until :meth:`fill_search`."""
        if path is not None and path.exists():
            raise AlreadyExists(f"Refusing to overwrite {path}: it already exists.")
        conn = _connect(":memory:" if path is None else str(path))
        try:
            build.build_into(conn, dataset, dict(meta or {}), parts, search=search)
            if path is not None:
                conn.execute("PRAGMA journal_mode = DELETE")
                conn.execute("PRAGMA synchronous = FULL")
        except BaseException:
            conn.close()
            raise
        return cls(conn)

    @classmethod
    def from_image(cls, image: bytes | bytearray) -> Store:
        """Open a serialized store in memory, after checking it is one we can read.

        Raises ``KnownError`` with ``ExitCode.CORRUPT`` (not a store, damaged,
        tables missing) or ``ExitCode.UNSUPPORTED_VERSION`` (a newer major schema).
        """
        if len(image) < 512:  # SQLite's smallest page; sqlite3 cannot even allocate b""
            raise DamagedFile(f"The data is not a Nødkopi store ({len(image)} bytes).")
        conn = _connect()
        try:
            try:
                conn.deserialize(image)
            except (sqlite3.DatabaseError, OverflowError, ValueError) as err:
                raise DamagedFile(f"The data is not a Nødkopi store ({err}).") from None
            check_image_store(conn)
        except BaseException:
            conn.close()
            raise
        return cls(conn)

    @classmethod
    def _trusted_image(cls, image: bytes) -> Store:
        """Open an image this process has just made (no integrity check needed)."""
        conn = _connect()
        try:
            conn.deserialize(image)
        except BaseException:
            conn.close()
            raise
        return cls(conn)

    def image(self) -> bytes:
        """The whole database, serialized: what ``from_image`` opens again."""
        return self.conn.serialize()

    def fill_search(self) -> None:
        """Fill the search index of a store built with ``search=False``."""
        with self._transaction():
            build.fill_search(self.conn)

    def become_alle(self) -> Store:
        """This store itself as the ``alle`` scope (what ``derive("alle")`` gives, without
        the copy): for a store made only to be sealed once."""
        meta = self.meta | {"scope": scopes.ALLE, "scope_name": scopes.scope_name(self.conn, scopes.ALLE)}
        self.set_meta(**meta, **for_scope(scopes.ALLE).meta())
        return self

    def derive(self, scope: str, share: UnitShare = DEFAULT_SHARE) -> Store:
        """A new in-memory store holding only ``scope``'s subset (see ``store.scopes``).

        ``scope`` is a unit id, ``"krisestab"`` or ``"alle"``; anything else raises
        ``KnownError``. The new store's meta is this one's with ``scope`` and
        ``scope_name`` set. ``share``: which vehicles, fuel stocks and contact trees a
        unit scope carries (``coverage.UnitShare``; krisestab and alle carry all).
        """
        if scope == scopes.ALLE:
            return Store._trusted_image(self.image()).become_alle()
        meta = self.meta | {"scope": scope, "scope_name": scopes.scope_name(self.conn, scope)}
        key = None if scope == scopes.KRISESTAB else share
        template = self._scope_templates.get(key)
        if template is None:
            template = self._scope_templates[key] = scopes.shared_template(self.conn, key)
        return Store._trusted_image(scopes.derive_image(self.conn, scope, meta, template, share))

    # -- housekeeping ---------------------------------------------------------------

    @property
    def meta(self) -> dict[str, str]:
        """Publisher's facts about the snapshot: scope, scope_name, sequence, created_at …"""
        return dict(self.conn.execute('SELECT "key", "value" FROM meta ORDER BY "key"').fetchall())

    def set_meta(self, **values: str) -> None:
        """Set (add or replace) meta values, all or none."""
        with self._transaction():
            self.conn.executemany(
                'INSERT OR REPLACE INTO meta ("key", "value") VALUES (?, ?)',
                [(k, str(v)) for k, v in values.items()],
            )

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction on the autocommit connection: all of the block, or none."""
        self.conn.execute("BEGIN")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @property
    def coverage(self) -> Coverage:
        """What this store's scope carries: ask it before saying there is none of something."""
        return from_meta(self.meta)

    @property
    def schema_version(self) -> tuple[int, int]:
        return schema.split_version(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self._scope_templates.clear()
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- queries --------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per dataset, keyed and ordered like ``Dataset.counts()``."""
        return {
            table: self.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in schema.CODECS
        }

    def vulnerable_counts(self) -> dict[str, int]:
        """unit_id -> number of vulnerable citizens (units without any are absent)."""
        return people.vulnerable_counts(self.conn)

    def search_citizens(self, text: str, limit: int = 200) -> list[CitizenHit]:
        return people.search(self.conn, text, limit)

    def citizen(self, citizen_id: str, *, today: dt.date | None = None) -> CitizenRecord | None:
        return people.citizen(self.conn, citizen_id, today)

    def citizens(self, unit_id: str | None = None) -> list[Citizen]:
        return people.citizens(self.conn, unit_id)

    def medications(self, citizen_id: str, *, today: dt.date | None = None) -> list[Medication]:
        return people.medications(self.conn, citizen_id, today)

    def vulnerable(self, unit_id: str | None = None) -> list[VulnerableRow]:
        return people.vulnerable(self.conn, unit_id)

    def units(self, category: Category | str | None = None) -> list[Unit]:
        return operations.units(self.conn, category)

    def unit(self, unit_id: str) -> Unit | None:
        return operations.unit(self.conn, unit_id)

    def route_dates(self, unit_id: str | None = None) -> list[dt.date]:
        return operations.route_dates(self.conn, unit_id)

    def routes(self, date: dt.date | None = None, unit_id: str | None = None) -> list[Route]:
        return operations.routes(self.conn, date, unit_id)

    def route(self, route_id: str) -> Route | None:
        return operations.route(self.conn, route_id)

    def route_visits(self, route_id: str) -> list[VisitRow]:
        return operations.route_visits(self.conn, route_id)

    def vehicles(
        self, fuel: Fuel | str | None = None, free: bool | None = None, unit_id: str | None = None
    ) -> list[Vehicle]:
        return operations.vehicles(self.conn, fuel, free, unit_id)

    def fuel_stocks(self) -> list[FuelStock]:
        return operations.fuel_stocks(self.conn)

    def contact_trees(self) -> list[ContactTree]:
        return operations.contact_trees(self.conn)

    def contact_tree(self, tree_id: str) -> ContactTree | None:
        trees = operations.contact_trees(self.conn, tree_id)
        return trees[0] if trees else None

    def to_dataset(self) -> Dataset:
        """Every row back as domain objects (citizens in name order, the rest as inserted)."""
        out = Dataset()
        for table, codec in schema.CODECS.items():
            rows = self.conn.execute(f'SELECT {codec.select("t")} FROM "{table}" AS t ORDER BY t.rowid')
            setattr(out, table, [codec.from_row(r) for r in rows])
        return out
