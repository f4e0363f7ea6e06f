"""Domain dataclasses <-> SQLite rows, derived once per class from the type hints.

Each table's first columns are the dataclass's fields, in field order, with the
same names. Values are stored as SQLite understands them and read back exactly:

- ``str`` as TEXT (absent text stays ``""``), ``bool`` as INTEGER 0/1,
  ``int``/``float`` as INTEGER/REAL (``None`` as NULL);
- enums as their value (TEXT), dates, times and datetimes as ISO 8601 TEXT
  (so they sort as text);
- ``tuple[str, ...]`` as the items joined by ``domain.models.LIST_SEPARATOR`` (the
  exports' own list separator, so no item can contain it).

The converters are compiled once per class into plain functions (a tuple
expression per row), because the build and the big queries convert hundreds of
thousands of rows and a generic per-field loop would cost more than SQLite.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from continuity_app.domain.models import LIST_SEPARATOR


def split_list(value: str | None) -> tuple[str, ...]:
    """A stored list column back to the tuple that was joined into it, exactly (NULL or "" → ()).

    Not ``exchange.values.parse_list``: that one repairs what a person typed in an export cell
    (strips, drops blanks); this one only ever reads what the store wrote, on every row read,
    so it does nothing but split."""
    return tuple(value.split(LIST_SEPARATOR)) if value else ()


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str  # TEXT, INTEGER, REAL
    to_sql: str  # expression template over "{v}" (the attribute access)
    from_sql: str  # expression template over "{v}" (the row item)


def _unwrap_optional(hint: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return hint, False


def _column(name: str, hint: Any, env: dict[str, Any]) -> Column:
    base, optional = _unwrap_optional(hint)

    def guard(expr: str) -> str:
        # Only optional values can be None; required ones skip the test.
        return f"(None if {{v}} is None else {expr})" if optional else expr

    if base is bool:
        return Column(name, "INTEGER", "{v}", "bool({v})")
    if base is int:
        return Column(name, "INTEGER", "{v}", "{v}")
    if base is float:
        return Column(name, "REAL", "{v}", "{v}")
    if isinstance(base, type) and issubclass(base, enum.Enum):
        env[base.__name__] = base
        return Column(name, "TEXT", guard("{v}.value"), guard(f"{base.__name__}({{v}})"))
    if base is str:
        return Column(name, "TEXT", "{v}", "{v}")
    if base is dt.datetime:
        return Column(name, "TEXT", guard("{v}.isoformat()"), guard("_datetime({v})"))
    if base is dt.date:
        return Column(name, "TEXT", guard("{v}.isoformat()"), guard("_date({v})"))
    if base is dt.time:
        return Column(name, "TEXT", guard("{v}.isoformat()"), guard("_time({v})"))
    if typing.get_origin(base) is tuple:
        return Column(name, "TEXT", "_join({v})", "_split({v})")
    raise TypeError(f"no SQLite mapping for field {name}: {hint!r}")


class RowCodec:
    """The columns of one dataclass, and compiled converters both ways."""

    def __init__(self, cls: type) -> None:
        self.cls = cls
        hints = typing.get_type_hints(cls)
        self._env: dict[str, Any] = {
            cls.__name__: cls,
            "_datetime": dt.datetime.fromisoformat,
            "_date": dt.date.fromisoformat,
            "_time": dt.time.fromisoformat,
            "_join": LIST_SEPARATOR.join,
            "_split": split_list,
        }
        self.columns = [_column(f.name, hints[f.name], self._env) for f in fields(cls)]
        self.names = [c.name for c in self.columns]
        to_sql = ", ".join(c.to_sql.format(v=f"o.{c.name}") for c in self.columns)
        from_sql = ", ".join(c.from_sql.format(v=f"r[{i}]") for i, c in enumerate(self.columns))
        self.to_row: Callable[[Any], tuple[Any, ...]] = self._compile(f"lambda o: ({to_sql},)")
        self.from_row: Callable[[typing.Sequence[Any]], Any] = self._compile(
            f"lambda r: {cls.__name__}({from_sql})"
        )

    def _compile(self, source: str) -> Any:
        # The source is built only from our own dataclasses' field names and fixed
        # templates above, never from data.
        return eval(source, dict(self._env))

    def select(self, alias: str) -> str:
        """The column list for a SELECT, in field order, e.g. ``c."citizen_id", c."cpr"``."""
        return ", ".join(f'{alias}."{name}"' for name in self.names)

    def ddl_columns(self) -> list[str]:
        return [f'"{c.name}" {c.sql_type}' for c in self.columns]
