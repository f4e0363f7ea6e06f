"""Loading FHIR R4 JSON: ``*.fhir.json`` (a Bundle or one resource) and ``*.ndjson``
(one resource per line, as the FHIR Bulk Data export writes), and resolving
references between the resources of every file.

References resolved: contained (``#med1``), relative (``Patient/p1``, also with
``/_history/n``), a Bundle entry's ``fullUrl`` (``urn:uuid:…``), and absolute
URLs whose last two segments are ``Type/id``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from continuity_app.exchange.problems import ProblemLog

#: An NDJSON line longer than this is refused without being held in memory.
MAX_NDJSON_LINE = 16 << 20

JSON = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Res:
    data: JSON
    file: str
    line: int | None  # NDJSON line; None inside a .fhir.json file
    full_url: str = ""

    @property
    def type(self) -> str:
        return str(self.data.get("resourceType", ""))

    @property
    def id(self) -> str:
        return str(self.data.get("id", ""))

    @property
    def label(self) -> str:
        return f"{self.type}/{self.id}" if self.id else self.type


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

    def resolve(self, ref: object, context: Res | None = None) -> JSON | None:
        """The resource a Reference (``{"reference": …}``) points at, or None."""
        if not isinstance(ref, dict):
            return None
        target = ref.get("reference")
        if not isinstance(target, str) or not target:
            return None
        if target.startswith("#"):
            if context is None:
                return None
            for contained in _list(context.data.get("contained")):
                if isinstance(contained, dict) and contained.get("id") == target[1:]:
                    return contained
            return None
        if target in self._by_url:
            return self._by_url[target].data
        parts = [p for p in target.split("/") if p]
        if "_history" in parts:
            parts = parts[: parts.index("_history")]
        if len(parts) >= 2:
            found = self._by_label.get(f"{parts[-2]}/{parts[-1]}")
            if found is not None:
                return found.data
        return None


def reference_id(ref: object, expected_type: str) -> str:
    """``"Patient/p1"`` → ``"p1"`` when the reference names ``expected_type``; else ""."""
    if not isinstance(ref, dict):
        return ""
    target = ref.get("reference")
    if not isinstance(target, str):
        return ""
    parts = [p for p in target.split("/") if p]
    if "_history" in parts:
        parts = parts[: parts.index("_history")]
    if len(parts) >= 2 and parts[-2] == expected_type:
        return parts[-1]
    return ""


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def load(paths: list[Path], log: ProblemLog) -> Resources:
    resources = Resources()
    for path in paths:
        rel = path.name
        if path.name.lower().endswith(".ndjson"):
            _load_ndjson(path, rel, resources, log)
        else:
            _load_json(path, rel, resources, log)
    return resources


def _load_json(path: Path, rel: str, resources: Resources, log: ProblemLog) -> None:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        log.error(rel, None, None, "wrong encoding: FHIR JSON must be UTF-8")
        return
    except OSError as exc:
        log.error(rel, None, None, f"cannot read the file ({exc.strerror or exc})")
        return
    if not text.strip():
        log.warn(rel, None, None, "the file is empty: no resources read", kind="empty optional file")
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        log.error(rel, exc.lineno, None, f"not valid JSON: {exc.msg} (column {exc.colno})")
        return
    except RecursionError:
        log.error(rel, None, None, "not valid FHIR: the JSON is nested too deeply")
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
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                log.error(rel, number, None, f"not valid JSON: {exc.msg} (at character {exc.pos + 1})")
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
        for i, entry in enumerate(_list(data.get("entry"))):
            path = f"{where or 'Bundle'}.entry[{i}]"
            if not isinstance(entry, dict) or "resource" not in entry:
                continue  # e.g. a search Bundle's outcome entries: nothing to read
            resource = entry["resource"]
            if isinstance(resource, dict) and resource.get("resourceType") == "Bundle":
                _add(resource, rel, line, resources, log, f"{path}.resource")
                continue
            if not isinstance(resource, dict) or not isinstance(resource.get("resourceType"), str):
                log.error(rel, line, f"{path}.resource", "not a FHIR resource (no resourceType)")
                continue
            full_url = entry.get("fullUrl")
            resources.add(Res(resource, rel, line, full_url if isinstance(full_url, str) else ""))
        return
    resources.add(Res(data, rel, line))
