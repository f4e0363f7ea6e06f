"""One CSV file of the exchange format → :class:`Rows` of domain objects, every problem logged.

Converters are chosen once per column from the header; the inner loop only
strips, checks for empty and calls the column's parser.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from continuity_app.exchange.csvio import CsvStream, FileRefused, detect_encoding, normalise_header
from continuity_app.exchange.problems import ProblemLog
from continuity_app.exchange.rows import CHECKED_COLUMNS, Rows
from continuity_app.exchange.schema import FileSpec
from continuity_app.exchange.values import parse_datetime

#: Parsers whose values hardly ever repeat: memoising them costs more than it saves.
_UNIQUE_VALUES = frozenset({parse_datetime})


def read_csv(
    path: Path, rel: str, spec: FileSpec, log: ProblemLog, *, required: bool, today: dt.date
) -> Rows:
    """Read ``path`` (shown as ``rel``) into rows of ``spec.row_type``, each checked
    against ``today`` where ``spec`` has a check.

    ``required`` (units.csv) makes an empty file an error rather than a warning.
    """
    rows = Rows(spec.dataset, rel)
    encoding = encoding_of(path, rows, log)
    if encoding is None:
        return rows
    with path.open("r", encoding=encoding, newline="") as stream:
        csv_stream = CsvStream(stream, problem_sink(rows, log))
        plan = begin(csv_stream, rows, spec, log, required=required)
        if plan is None:
            return rows
        read_records(csv_stream, plan, rows, spec, log, today)
    end(rows, log, required=required)
    return rows


def encoding_of(path: Path, rows: Rows, log: ProblemLog) -> str | None:
    """The file's encoding (``detect_encoding``), or None after logging why it cannot be read."""
    try:
        return detect_encoding(path)
    except FileRefused as exc:
        log.error(rows.file, None, None, str(exc))
    except OSError as exc:
        log.error(rows.file, None, None, f"cannot read the file ({exc.strerror or exc})")
    rows.incomplete = True
    return None


def problem_sink(rows: Rows, log: ProblemLog) -> Callable[[int, str], None]:
    """What a :class:`CsvStream` calls with a problem of the file's structure: an error,
    and the rows marked as not read completely."""

    def on_problem(line: int, reason: str) -> None:
        log.error(rows.file, line, None, reason)
        rows.incomplete = True

    return on_problem


def begin(
    csv_stream: CsvStream, rows: Rows, spec: FileSpec, log: ProblemLog, *, required: bool
) -> Plan | None:
    """The plan for the stream's header, or None when no record can be read (logged)."""
    if csv_stream.header is None:
        _empty(rows.file, log, required, "the file is empty")
        rows.incomplete = required
        return None
    plan = make_plan(csv_stream.header, csv_stream.header_line, spec, rows.file, log)
    if plan is None:
        rows.incomplete = True
        return None
    if set(spec.key) & plan.missing_required:
        rows.incomplete = True
    return plan


def end(rows: Rows, log: ProblemLog, *, required: bool, records: int | None = None) -> None:
    """After the last record: a file with a header and no rows is said to be empty.
    ``records``: the records of the whole file, when ``rows`` holds only a part of it."""
    if (len(rows) if records is None else records) == 0 and not rows.incomplete:
        _empty(rows.file, log, required, "the file has a header but no rows")
        rows.incomplete = required


def _empty(rel: str, log: ProblemLog, required: bool, what: str) -> None:
    if required:
        log.error(rel, None, None, f"{what}; it must list at least one row")
    else:
        log.warn(rel, None, None, f"{what}: no rows read", kind="empty optional file")


class Plan:
    """Which record index feeds which field, and with what parser."""

    __slots__ = ("checked", "columns", "missing_required", "width")

    def __init__(self) -> None:
        # (field name, index, parser or None, required)
        self.columns: list[tuple[str, int, Callable[[str], object] | None, bool]] = []
        self.checked: list[tuple[str, int]] = []  # raw columns validation needs
        self.missing_required: set[str] = set()
        self.width = 0


def make_plan(header: list[str], header_line: int, spec: FileSpec, rel: str, log: ProblemLog) -> Plan | None:
    names = [normalise_header(h) for h in header]
    known = {c.name: c for c in spec.columns}
    if not known.keys() & set(names):
        shown = ", ".join(repr(n) for n in names[:4] if n) + (" …" if len(names) > 4 else "")
        log.error(
            rel,
            header_line,
            None,
            f"the header line ({shown}) names none of the columns of {spec.filename}:"
            " is the header row missing, or the delimiter not ; , or tab?",
        )
        return None
    index: dict[str, int] = {}
    ok = True
    for i, name in enumerate(names):
        if not name:
            continue  # Excel's trailing empty columns
        if name in index:
            log.error(rel, header_line, name, f"column {name!r} appears twice in the header")
            ok = False
            continue
        index[name] = i
        if name not in known:
            log.warn(
                rel, header_line, name, f"unknown column {name!r} is ignored", kind=f"unknown column {name!r}"
            )
    plan = Plan()
    plan.width = len(names)
    for column in spec.columns:
        if column.name in index:
            plan.columns.append((column.name, index[column.name], column.parse, column.required))
        elif column.required:
            log.error(rel, header_line, column.name, f"required column {column.name!r} is missing")
            plan.missing_required.add(column.name)
    for name in CHECKED_COLUMNS[spec.dataset]:
        if name in index:
            plan.checked.append((name, index[name]))
    return plan if ok else None


def _memoised(parse: Callable[[str], object] | None) -> Callable[[str], object] | None:
    """Parsers are pure: each column's is memoised (dates, units, yes/no repeat a lot),
    but not one of export times, nearly all unique (their parts are memoised inside)."""
    if parse is None or parse in _UNIQUE_VALUES:
        return parse
    return functools.lru_cache(maxsize=1 << 16)(parse)


def read_records(
    csv_stream: CsvStream, plan: Plan, rows: Rows, spec: FileSpec, log: ProblemLog, today: dt.date
) -> None:
    """Every record of the stream into ``rows``, each problem logged at its line."""
    rel = rows.file
    row_type: Any = spec.row_type
    complete = spec.complete
    check = spec.check
    rows.checked = check is not None
    columns = [(name, i, _memoised(parse), required) for name, i, parse, required in plan.columns]
    checked_names = {name for name, _ in plan.checked}
    raw_targets = [(rows.raw[name], i) for name, i in plan.checked]
    raw_absent = [values for name, values in rows.raw.items() if name not in checked_names]
    objs, lines = rows.objs, rows.lines
    width = plan.width
    pad = [""] * width
    broken_structure = bool(plan.missing_required)
    error = log.error
    warn = log.warn
    texts: dict[str, str] = {}
    for line, fields in csv_stream.records():
        n = len(fields)
        columns_to_read: list[Any] = columns
        if n < width:
            fields.extend(pad[: width - n])  # writers that drop trailing empty cells
        elif n > width and "".join(fields[width:]).strip():
            error(
                rel,
                line,
                None,
                f"the row has {n} fields but the header has {width} (an unquoted delimiter inside a value?)",
            )
            columns_to_read = []
        if not "".join(fields).strip():
            continue  # ";;;;" rows Excel leaves behind
        kwargs: dict[str, object] = {}
        ok = not broken_structure and columns_to_read is columns
        for name, i, parse, required in columns_to_read:
            value = fields[i].strip()
            if not value:
                if required:
                    error(rel, line, name, "required value is empty")
                    ok = False
                continue
            if parse is not None:
                try:
                    kwargs[name] = parse(value)
                except ValueError as exc:
                    error(rel, line, name, str(exc))
                    ok = False
                continue
            # one string object per distinct text: drug names, dosage texts and
            # towns repeat across hundreds of thousands of rows
            kwargs[name] = texts.setdefault(value, value)
        obj = None
        if ok:
            if complete is not None:
                complete(kwargs)
            obj = row_type(**kwargs)
            if check is not None:
                obj, found = check(obj, today)
                for column, reason, kind in found:
                    warn(rel, line, column, reason, kind=kind)
        for values, i in raw_targets:
            values.append(fields[i].strip())
        for values in raw_absent:
            values.append("")
        objs.append(obj)
        lines.append(line)
