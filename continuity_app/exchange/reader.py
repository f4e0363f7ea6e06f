"""read_exchange: one folder of the exchange format exports → a validated Dataset, or every problem.

Files are matched by name case-insensitively (``Units.CSV`` is units.csv).
Only ``units.csv`` must exist; other files are optional. Other ``*.csv`` files
are ignored with a warning (a misspelt name would otherwise vanish silently).
FHIR files (``*.fhir.json``, ``*.ndjson``, and ``*.json`` whose ``resourceType`` is FHIR)
add citizens, relatives and medications; any other ``.json`` is a warning naming it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from continuity_app.domain.models import Dataset
from continuity_app.exchange import validate as v
from continuity_app.exchange.csvparts import PartReader, read_csv_in_parts
from continuity_app.exchange.csvtable import read_csv
from continuity_app.exchange.fhir_load import is_fhir_name
from continuity_app.exchange.medcheck import check_medications
from continuity_app.exchange.problems import ExchangeResult, ProblemLog
from continuity_app.exchange.rows import Rows
from continuity_app.exchange.schema import FILES

#: The datasets whose file may be read in parts (``parts``): each row is made and
#: checked on its own, and only the raw columns are needed here (for the checks
#: across files). Not the units and citizens, whose objects the checks use.
SPLIT = frozenset(spec.dataset for spec in FILES) - {"units", "citizens"}


def read_exchange(
    folder: Path, *, today: dt.date | None = None, parts: PartReader | None = None
) -> ExchangeResult:
    """Read and validate every file of ``folder``.

    ``today`` (default: the local date) decides which medications have ended.
    ``parts``: reads the big files' parts in other processes (:mod:`csvparts`); the
    result is the same, only sooner. The result holds the dataset only when there are
    no errors.
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
    # One log per file, replayed in the files' order: the files split into parts start
    # first (their other parts are read meanwhile), the problems come out as always.
    file_logs = {spec.dataset: ProblemLog() for spec in FILES}
    pending: dict[str, Callable[[], list[Rows]]] = {}
    split = [s for s in FILES if parts is not None and s.dataset in SPLIT and s.filename in entries]
    for spec in split + [s for s in FILES if s not in split]:
        path = entries.get(spec.filename)
        required = spec.dataset == "units"
        if path is None:
            if required:
                file_logs[spec.dataset].error(
                    "units.csv", None, None, "units.csv is missing; it is the one file required"
                )
            continue
        present.add(spec.dataset)
        if parts is not None and spec in split:
            pending[spec.dataset] = read_csv_in_parts(
                path, path.name, spec, file_logs[spec.dataset], required=required, today=today, reader=parts
            )
        else:
            tables[spec.dataset].append(
                read_csv(path, path.name, spec, file_logs[spec.dataset], required=required, today=today)
            )
    for dataset, collect in pending.items():
        tables[dataset].extend(collect())
    for spec in FILES:
        log.replay(file_logs[spec.dataset])
    known = {spec.filename for spec in FILES}
    for low, path in entries.items():
        if low.endswith(".csv") and low not in known:
            log.warn(path.name, None, None, "unknown file: not an export Nødkopi reads; ignored")

    fhir_paths = [p for low, p in entries.items() if is_fhir_name(low)]
    if fhir_paths:
        from continuity_app.exchange.fhir import read_fhir

        for dataset, rows in read_fhir(fhir_paths, tables, log).items():
            tables[dataset].extend(rows)

    check_medications(tables, log, today)
    keys = v.check_keys(tables, log)
    v.check_references(tables, keys, log, present)
    v.check_contacts(tables, log)
    v.warn_duplicate_cpr(tables, log)
    v.warn_citizens_without_relatives(tables, log, present)

    errors, warnings = log.finish()
    if errors:
        return ExchangeResult(None, errors, warnings)
    return ExchangeResult(_dataset(tables), errors, warnings, _built(tables))


def _dataset(tables: dict[str, list[Rows]]) -> Dataset:
    return Dataset(**{name: v.all_objects(rows) for name, rows in tables.items()})


def _built(tables: dict[str, list[Rows]]) -> dict[str, list[Any]]:
    """What the parts read elsewhere were made into there (:attr:`Rows.built`), per dataset."""
    out: dict[str, list[Any]] = {}
    for name, rows_list in tables.items():
        for rows in rows_list:
            if rows.built is not None:
                out.setdefault(name, []).append(rows.built)
    return out
