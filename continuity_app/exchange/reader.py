"""read_exchange: one folder of the exchange format exports → a validated Dataset, or every problem.

Files are matched by name case-insensitively (``Units.CSV`` is units.csv).
Only ``units.csv`` must exist; other files are optional. Other ``*.csv`` files
are ignored with a warning (a misspelt name would otherwise vanish silently).
FHIR files (``*.fhir.json``, ``*.ndjson``, and ``*.json`` whose ``resourceType`` is FHIR)
add citizens, relatives and medications; any other ``.json`` is a warning naming it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from continuity_app.domain.models import Dataset
from continuity_app.exchange import validate as v
from continuity_app.exchange.csvtable import read_csv
from continuity_app.exchange.fhir_load import is_fhir_name
from continuity_app.exchange.medcheck import check_medications
from continuity_app.exchange.problems import ExchangeResult, ProblemLog
from continuity_app.exchange.rows import Rows
from continuity_app.exchange.schema import FILES


def read_exchange(folder: Path, *, today: dt.date | None = None) -> ExchangeResult:
    """Read and validate every file of ``folder``.

    ``today`` (default: the local date) decides which medications have ended.
    The result holds the dataset only when there are no errors.
    """
    today = today or dt.date.today()
    log = ProblemLog()
    folder = Path(folder)
    if not folder.is_dir():
        log.error(str(folder), None, None, "the exchange folder does not exist or is not a folder")
        errors, warnings = log.finish()
        return ExchangeResult(None, errors, warnings)

    entries = {p.name.lower(): p for p in sorted(folder.iterdir()) if p.is_file()}
    tables: v.Tables = {spec.dataset: [] for spec in FILES}
    present: set[str] = set()
    for spec in FILES:
        path = entries.get(spec.filename)
        if path is None:
            if spec.dataset == "units":
                log.error("units.csv", None, None, "units.csv is missing; it is the one file required")
            continue
        present.add(spec.dataset)
        tables[spec.dataset].append(read_csv(path, path.name, spec, log, required=spec.dataset == "units"))
    known = {spec.filename for spec in FILES}
    for low, path in entries.items():
        if low.endswith(".csv") and low not in known:
            log.warn(path.name, None, None, "unknown file: not an export Nødkopi reads; ignored")

    fhir_paths = [p for low, p in entries.items() if is_fhir_name(low)]
    if fhir_paths:
        from continuity_app.exchange.fhir import read_fhir

        for dataset, rows in read_fhir(fhir_paths, tables, log).items():
            tables[dataset].extend(rows)

    check_medications(tables, log)
    keys = v.check_keys(tables, log)
    v.check_references(tables, keys, log, present)
    v.check_contacts(tables, log)
    v.warn_duplicate_cpr(tables, log)
    v.warn_medications_ended(tables, log, today)
    v.warn_citizens_without_relatives(tables, log, present)

    errors, warnings = log.finish()
    if errors:
        return ExchangeResult(None, errors, warnings)
    return ExchangeResult(_dataset(tables), errors, warnings)


def _dataset(tables: dict[str, list[Rows]]) -> Dataset:
    return Dataset(**{name: v.all_objects(rows) for name, rows in tables.items()})
