"""FHIR R4 input (placeholder until the mapping lands)."""

from __future__ import annotations

from pathlib import Path

from continuity_app.exchange.problems import ProblemLog
from continuity_app.exchange.rows import Rows


def read_fhir(paths: list[Path], tables: dict[str, list[Rows]], log: ProblemLog) -> dict[str, list[Rows]]:
    for path in paths:
        log.error(path.name, None, None, "FHIR input is not supported yet")
    return {}
