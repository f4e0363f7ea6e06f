"""Sequence counters and the record of what was published (``state.json``).

A sequence is *reserved* (written and fsynced here) before any bundle carrying
it reaches the publish folder, so a crash can leave a gap but never a reused
number. The next sequence is also above any bundle already in the publish
folder, so a publisher home restored from an old backup cannot go backwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from continuity_app.errors import SetupError
from continuity_app.publish import jsonfile

FORMAT = "noedkopi-publisher-state"


@dataclass
class State:
    sequences: dict[str, int] = field(default_factory=dict)  # highest reserved per scope
    published: dict[str, dict[str, Any]] = field(default_factory=dict)  # scope → last success
    units: list[str] = field(default_factory=list)  # unit ids of the last successful build

    @classmethod
    def empty(cls) -> State:
        return cls()

    @classmethod
    def load(cls, path: Path) -> State:
        doc = jsonfile.read(path, FORMAT)
        seqs, published, units = doc.get("sequences"), doc.get("published"), doc.get("units")
        if (
            not isinstance(seqs, dict)
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in seqs.values())
            or not isinstance(published, dict)
            or not isinstance(units, list)
        ):
            raise SetupError(f"{path}: damaged publisher state")
        return cls(dict(seqs), dict(published), [str(u) for u in units])

    def save(self, path: Path) -> None:
        jsonfile.write(
            path,
            FORMAT,
            {"sequences": self.sequences, "published": self.published, "units": self.units},
        )

    def reserve(self, scope: str, at_least_above: int = 0) -> int:
        """The next sequence of ``scope``: above every one reserved or seen. Call save() next."""
        seq = max(self.sequences.get(scope, 0), at_least_above) + 1
        self.sequences[scope] = seq
        return seq

    def last_published(self, scope: str) -> int | None:
        record = self.published.get(scope)
        value = record.get("sequence") if isinstance(record, dict) else None
        return value if isinstance(value, int) else None
