"""Loading FHIR R4 JSON: ``*.fhir.json`` and ``*.json`` (a Bundle or one resource) and
``*.ndjson`` (one resource per line, as the FHIR Bulk Data export writes), and
resolving references between the resources of every file.

A ``*.json`` file is FHIR when its top-level ``resourceType`` names an R4 resource or
Bundle; any other ``.json`` file is a warning naming it (never silently skipped). One
that does not parse but starts like FHIR (``"resourceType"`` near its start) is an
error, as a broken ``.fhir.json`` is: a truncated export must not publish as "no data".

References resolved: contained (``#med1``), relative (``Patient/p1``, also with
``/_history/n``), a Bundle entry's ``fullUrl`` (``urn:uuid:…``), and absolute
URLs whose last two segments are ``Type/id``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from continuity_app.exchange.fhir_access import El, Sink
from continuity_app.exchange.fhir_types import RESOURCE_TYPES
from continuity_app.exchange.problems import ProblemLog

#: The warning kind of a ``.json`` file that is not FHIR.
NOT_FHIR = "a .json file that is not FHIR"

#: An NDJSON line longer than this is refused without being held in memory.
MAX_NDJSON_LINE = 16 << 20

JSON = dict[str, Any]


class NotJson(ValueError):
    """A value Python's json module accepts but JSON does not (``NaN``, ``Infinity``, ``1e400``)."""


def _no_constant(name: str) -> float:
    raise NotJson(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise NotJson(f"{text[:20]} is too large a number")
    return value


def parse_json(text: str) -> object:
    """Strict JSON: ``NaN``, ``Infinity`` and numbers beyond a float are refused (NotJson)."""
    return json.loads(text, parse_constant=_no_constant, parse_float=_finite)


@dataclass(frozen=True, slots=True)
class Res:
    """One resource as loaded: ``resourceType`` and ``id`` are strings (checked on load)."""

    data: JSON
    file: str
    line: int | None  # NDJSON line; None inside a .fhir.json file
    sink: Sink  # where this resource's problems are reported
    full_url: str = ""

    @property
    def type(self) -> str:
        return str(self.data["resourceType"])

    @property
    def id(self) -> str:
        value = self.data.get("id")
        return value.strip() if isinstance(value, str) else ""

    @property
    def label(self) -> str:
        return f"{self.type}/{self.id}" if self.id else self.type

    @property
    def el(self) -> El:
        """The resource, to read by type (its FHIRPath starts with the resource type)."""
        return El(self.data, self.type, self.sink)


class Resources:
    """Every resource of the FHIR files, indexed for reference resolution."""

    def __init__(self) -> None:
        self.all: list[Res] = []
        self._by_label: dict[str, Res] = {}
        self._by_url: dict[str, Res] = {}

    def add(self, res: Res) -> None:
        self.all.append(res)
        if res.id:
            self._by_label.setdefault(res.label, res)
        if res.full_url:
            self._by_url.setdefault(res.full_url, res)

    def of_type(self, *types: str) -> list[Res]:
        return [r for r in self.all if r.type in types]

    def resolve(self, ref: El | None, context: Res) -> El | None:
        """The resource a Reference (``{"reference": …}``) points at, or None.

        A contained resource is read with the context's FHIRPath and problems
        (``MedicationStatement.contained[0]``); another resource with its own."""
        if ref is None:
            return None
        target = ref.string("reference")
        if not target:
            return None
        if target.startswith("#"):
            for contained in context.el.objs("contained"):
                if contained.string("id") == target[1:]:
                    return contained
            return None
        found = self._by_url.get(target)
        if found is None:
            parts = [p for p in target.split("/") if p]
            if "_history" in parts:
                parts = parts[: parts.index("_history")]
            if len(parts) >= 2:
                found = self._by_label.get(f"{parts[-2]}/{parts[-1]}")
        return None if found is None else found.el


def reference_id(ref: El | None, expected_type: str) -> str:
    """``"Patient/p1"`` → ``"p1"`` when the reference names ``expected_type``; else ""."""
    if ref is None:
        return ""
    parts = [p for p in ref.string("reference").split("/") if p]
    if "_history" in parts:
        parts = parts[: parts.index("_history")]
    if len(parts) >= 2 and parts[-2] == expected_type:
        return parts[-1]
    return ""


def is_fhir_name(name: str) -> bool:
    """A file the FHIR loader reads (the ``.json`` among them are checked by content)."""
    return name.lower().endswith((".json", ".ndjson"))


def load(paths: list[Path], log: ProblemLog) -> Resources:
    resources = Resources()
    for path in paths:
        rel = path.name
        low = path.name.lower()
        if low.endswith(".ndjson"):
            _load_ndjson(path, rel, resources, log)
        else:
            _load_json(path, rel, resources, log, named_fhir=low.endswith(".fhir.json"))
    return resources


def _looks_like_fhir(text: str) -> bool:
    head = text[:4096]
    return head.lstrip().startswith("{") and '"resourceType"' in head


def _load_json(path: Path, rel: str, resources: Resources, log: ProblemLog, *, named_fhir: bool) -> None:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        if named_fhir:
            log.error(rel, None, None, "wrong encoding: FHIR JSON must be UTF-8")
        else:
            log.warn(rel, None, None, "not UTF-8 JSON, so not FHIR: ignored", kind=NOT_FHIR)
        return
    except OSError as exc:
        log.error(rel, None, None, f"cannot read the file ({exc.strerror or exc})")
        return
    if not text.strip():
        log.warn(rel, None, None, "the file is empty: no resources read", kind="empty optional file")
        return
    strict = named_fhir or _looks_like_fhir(text)
    try:
        data = parse_json(text)
    except json.JSONDecodeError as exc:
        if strict:
            log.error(rel, exc.lineno, None, f"not valid JSON: {exc.msg} (column {exc.colno})")
        else:
            log.warn(rel, None, None, "not JSON, so not FHIR: ignored", kind=NOT_FHIR)
        return
    except NotJson as exc:
        if strict:
            log.error(rel, None, None, f"not valid JSON: {exc}")
        else:
            log.warn(rel, None, None, "not JSON, so not FHIR: ignored", kind=NOT_FHIR)
        return
    except RecursionError:
        log.error(rel, None, None, "not valid FHIR: the JSON is nested too deeply")
        return
    if not named_fhir:
        kind = data.get("resourceType") if isinstance(data, dict) else None
        if not isinstance(kind, str) or kind not in RESOURCE_TYPES:
            shown = f"resourceType {kind!r}" if isinstance(kind, str) else "no resourceType"
            log.warn(
                rel,
                None,
                None,
                f"not FHIR ({shown}: not an R4 resource or Bundle) and not an export file: ignored",
                kind=NOT_FHIR,
            )
            return
    _add(data, rel, None, resources, log, "")


def _load_ndjson(path: Path, rel: str, resources: Resources, log: ProblemLog) -> None:
    try:
        f = path.open("rb")
    except OSError as exc:
        log.error(rel, None, None, f"cannot read the file ({exc.strerror or exc})")
        return
    count = 0
    with f:
        number = 0
        while True:
            raw = f.readline(MAX_NDJSON_LINE)
            if not raw:
                break
            number += 1
            if len(raw) >= MAX_NDJSON_LINE and not raw.endswith(b"\n"):
                while (more := f.readline(MAX_NDJSON_LINE)) and not more.endswith(b"\n"):
                    pass
                log.error(rel, number, None, f"line too long: over {MAX_NDJSON_LINE >> 20} MB; skipped")
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                log.error(rel, number, None, "wrong encoding: NDJSON must be UTF-8")
                continue
            if not line.strip():
                continue
            try:
                data = parse_json(line)
            except json.JSONDecodeError as exc:
                log.error(rel, number, None, f"not valid JSON: {exc.msg} (at character {exc.pos + 1})")
                continue
            except NotJson as exc:
                log.error(rel, number, None, f"not valid JSON: {exc}")
                continue
            except RecursionError:
                log.error(rel, number, None, "not valid FHIR: the JSON is nested too deeply")
                continue
            count += 1
            _add(data, rel, number, resources, log, "")
    if count == 0:
        log.warn(rel, None, None, "the file is empty: no resources read", kind="empty optional file")


def _add(data: object, rel: str, line: int | None, resources: Resources, log: ProblemLog, where: str) -> None:
    if not isinstance(data, dict) or not isinstance(data.get("resourceType"), str):
        log.error(rel, line, where or None, "not a FHIR resource (no resourceType)")
        return
    if data["resourceType"] == "Bundle":
        bundle = El(data, where or "Bundle", Sink(log, rel, line, ""))
        for entry in bundle.objs("entry"):
            if not entry.has("resource"):
                continue  # e.g. a search Bundle's outcome entries: nothing to read
            resource = entry.raw("resource")
            if isinstance(resource, dict) and resource.get("resourceType") == "Bundle":
                _add(resource, rel, line, resources, log, entry.at("resource"))
                continue
            if not isinstance(resource, dict) or not isinstance(resource.get("resourceType"), str):
                log.error(rel, line, entry.at("resource"), "not a FHIR resource (no resourceType)")
                continue
            _add_one(resource, rel, line, resources, log, entry.string("fullUrl"))
        return
    _add_one(data, rel, line, resources, log, "")


def _add_one(data: JSON, rel: str, line: int | None, resources: Resources, log: ProblemLog, url: str) -> None:
    kind = str(data["resourceType"])
    ident = data.get("id")
    if ident is not None and not isinstance(ident, str):
        Sink(log, rel, line, kind).wrong_type(f"{kind}.id", "a string", ident)
        return
    res = Res(data, rel, line, Sink(log, rel, line, ""), url)
    res.sink.label = res.label
    resources.add(res)
