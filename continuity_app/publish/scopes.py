"""Which scopes to publish (``scopes.json``), and for how long each bundle is valid.

::

    {"format": "noedkopi-scopes", "major": 1, "minor": 0,
     "units": "all",                 # one scope per unit of units.csv; or a list of unit ids
     "extra": ["krisestab", "alle"], # the two scopes that are not a unit
     "exclude": [],                  # unit ids (or extra scopes) never to publish
     "validity_days": {},            # per-scope override of config.json's bundle_validity_days
     "unit_share": {                 # what of the shared data each unit's bundle carries
         "vehicles": "own_and_free", # or "own", "all", "none"
         "fuel_stocks": "all",       # or "none"
         "contacts": "own_and_named"}}  # own trees and its chain of command; or "all"

``unit_share`` may be left out or name only some kinds: the rest keep the defaults
above, which minimise (contact trees hold staff's private numbers). ``krisestab`` and
``alle`` always carry every vehicle, fuel stock and contact tree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from continuity_app.bundle.names import SPECIAL_SCOPES, check_distinct, is_valid_scope
from continuity_app.domain import Unit
from continuity_app.errors import ExitCode, InvalidInput, SetupError
from continuity_app.publish import jsonfile
from continuity_app.store.coverage import DEFAULT_SHARE, SHARE_CHOICES, UnitShare

FORMAT = "noedkopi-scopes"


class ScopeNameClash(InvalidInput):
    """Two unit ids would share one file name in the publish folder."""

    exit_code = ExitCode.INVALID_INPUT


@dataclass(frozen=True)
class Scope:
    scope: str  # a unit id, "krisestab" or "alle"
    name: str  # for people: the unit's name, "Krisestab", "Alle data"
    validity_days: int


@dataclass(frozen=True)
class ScopeConfig:
    units: str | tuple[str, ...]  # "all" or chosen unit ids
    extra: tuple[str, ...]
    exclude: frozenset[str]
    validity_days: dict[str, int]
    share: UnitShare = DEFAULT_SHARE

    @classmethod
    def load(cls, path: Path) -> ScopeConfig:
        doc = jsonfile.read(path, FORMAT)
        units: Any = doc.get("units", "all")
        extra = doc.get("extra", list(SPECIAL_SCOPES))
        exclude = doc.get("exclude", [])
        validity = doc.get("validity_days", {})
        ok = (
            (units == "all" or _str_list(units))
            and _str_list(extra)
            and set(extra) <= set(SPECIAL_SCOPES)
            and _str_list(exclude)
            and isinstance(validity, dict)
            and all(isinstance(v, int) and not isinstance(v, bool) and v >= 1 for v in validity.values())
        )
        if not ok:
            raise SetupError(
                f"{path}: 'units' must be \"all\" or a list of unit ids, 'extra' a list of "
                "krisestab/alle, 'exclude' a list, 'validity_days' an object of whole days ≥ 1"
            )
        return cls(
            units="all" if units == "all" else tuple(units),
            extra=tuple(extra),
            exclude=frozenset(exclude),
            validity_days=dict(validity),
            share=_share(path, doc.get("unit_share", {})),
        )

    def resolve(self, units: Sequence[Unit], default_days: int) -> tuple[list[Scope], list[str]]:
        """The scopes to publish for these units, and warnings about ones that cannot be."""
        warnings: list[str] = []
        by_id = {u.unit_id: u for u in units}
        chosen = list(by_id) if self.units == "all" else list(self.units)
        result: list[Scope] = []
        for unit_id in chosen:
            if unit_id in self.exclude:
                continue
            unit = by_id.get(unit_id)
            if unit is None:
                warnings.append(f"scopes.json names unit '{unit_id}', which units.csv does not have")
            elif not is_valid_scope(unit_id) or unit_id in SPECIAL_SCOPES:
                warnings.append(f"unit id '{unit_id}' cannot be a scope name; not published")
            else:
                result.append(Scope(unit_id, unit.name, self.days(unit_id, default_days)))
        names = {"krisestab": "Krisestab", "alle": "Alle data"}
        for scope in self.extra:
            if scope not in self.exclude:
                result.append(Scope(scope, names[scope], self.days(scope, default_days)))
        try:  # every scope's files get their own name, on Windows too
            check_distinct(s.scope for s in result)
        except ValueError as err:
            raise ScopeNameClash(f"units.csv: {err}") from None
        return result, warnings

    def days(self, scope: str, default_days: int) -> int:
        return self.validity_days.get(scope, default_days)


def write_default(path: Path) -> None:
    share = {kind: getattr(DEFAULT_SHARE, kind) for kind in SHARE_CHOICES}
    jsonfile.write(
        path,
        FORMAT,
        {
            "units": "all",
            "extra": list(SPECIAL_SCOPES),
            "exclude": [],
            "validity_days": {},
            "unit_share": share,
        },
    )


def _share(path: Path, value: object) -> UnitShare:
    """``unit_share`` read strictly: an unknown kind or choice names itself and the choices."""
    if not isinstance(value, dict):
        raise SetupError(f"{path}: 'unit_share' must be an object")
    for kind, choice in value.items():
        if kind not in SHARE_CHOICES:
            raise SetupError(f"{path}: 'unit_share' has no kind {kind!r}; it has " + ", ".join(SHARE_CHOICES))
        if choice not in SHARE_CHOICES[kind]:
            raise SetupError(f"{path}: 'unit_share.{kind}' must be one of " + ", ".join(SHARE_CHOICES[kind]))
    return UnitShare(**{k: str(v) for k, v in value.items()})


def _str_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)
