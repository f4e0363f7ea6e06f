"""Typed reading of FHIR JSON: every mapping reads through :class:`El`, never ``dict.get``.

A FHIR resource is JSON whose shapes the sender may get wrong: a ``status`` given
as a list, a ``subject.identifier`` as a string, a ``period`` as text. Each
accessor returns the value when it has the type FHIR gives the element, and
"absent" (``""``, ``None``, ``[]``) when it is missing or ``null``. A value of the
wrong type is absent too, and it is a located problem: the file, the NDJSON
line, the resource (``MedicationRequest/mr1``) and the FHIRPath
(``MedicationRequest.dosageInstruction[0].timing.repeat.period``). The reader
reports every problem of every file at once and publishes nothing while any
stands — so no mapping can crash on a shape, and none can quietly read a
wrong type as "not given".
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from continuity_app.exchange.problems import ProblemLog

JSON = dict[str, Any]


def json_type(value: object) -> str:
    """The JSON name of a value's type, for messages ("a list", "a number")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number" if math.isfinite(value) else "a number out of range"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class Sink:
    """Where the problems of one resource go: file, NDJSON line and resource label fixed."""

    __slots__ = ("_seen", "count", "file", "label", "line", "log")

    def __init__(self, log: ProblemLog, file: str, line: int | None, label: str) -> None:
        self.log = log
        self.file = file
        self.line = line
        self.label = label
        self.count = 0
        self._seen: set[str] = set()

    def problem(self, path: str, reason: str) -> None:
        """One error at ``path``; the same path is reported once."""
        if path in self._seen:
            return
        self._seen.add(path)
        self.count += 1
        self.log.error(self.file, self.line, path, reason, self.label or None)

    def wrong_type(self, path: str, expected: str, value: object) -> None:
        self.problem(path, f"not valid FHIR: {expected} is expected here, not {json_type(value)}")


class El:
    """One JSON object inside a resource, at a FHIRPath, read by type."""

    __slots__ = ("data", "path", "sink")

    def __init__(self, data: JSON, path: str, sink: Sink) -> None:
        self.data = data
        self.path = path
        self.sink = sink

    def at(self, key: str) -> str:
        return f"{self.path}.{key}"

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def raw(self, key: str) -> object:
        return self.data.get(key)

    # --- primitives -------------------------------------------------------------------------

    def string(self, key: str) -> str:
        """A string element (string, code, id, uri, date, dateTime, time), trimmed; "" if absent."""
        value = self.data.get(key)
        if value is None:
            return ""
        if isinstance(value, str):
            return value.strip()
        self.sink.wrong_type(self.at(key), "a string", value)
        return ""

    def number(self, key: str) -> float | None:
        """A decimal element; None if absent."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            return float(value)
        self.sink.wrong_type(self.at(key), "a number", value)
        return None

    def integer(self, key: str) -> int | None:
        """An integer / positiveInt / unsignedInt element; None if absent."""
        value = self.data.get(key)
        if value is None:
            return None
        if (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and math.isfinite(value)
            and value == int(value)
        ):
            return int(value)
        self.sink.wrong_type(self.at(key), "a whole number", value)
        return None

    def boolean(self, key: str) -> bool | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool):
            return value
        self.sink.wrong_type(self.at(key), "true or false", value)
        return None

    def strings(self, key: str) -> list[str]:
        """A repeating string element (``given``, ``line``, ``when``, ``dayOfWeek``)."""
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.sink.wrong_type(self.at(key), "a list", value)
            return []
        out = []
        for i, item in enumerate(value):
            if isinstance(item, str):
                if item.strip():
                    out.append(item.strip())
            elif item is not None:
                self.sink.wrong_type(f"{self.at(key)}[{i}]", "a string", item)
        return out

    # --- complex elements -------------------------------------------------------------------

    def obj(self, key: str) -> El | None:
        """A single complex element (CodeableConcept, Reference, Timing …); None if absent."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, dict):
            return El(value, self.at(key), self.sink)
        self.sink.wrong_type(self.at(key), "an object", value)
        return None

    def objs(self, key: str, *, single_too: bool = False) -> list[El]:
        """A repeating complex element. ``single_too``: an element R4 has 0..1 and R5 0..*
        (``maxDosePerPeriod``), accepted either way."""
        value = self.data.get(key)
        if value is None:
            return []
        if single_too and isinstance(value, dict):
            return [El(value, self.at(key), self.sink)]
        if not isinstance(value, list):
            self.sink.wrong_type(self.at(key), "a list", value)
            return []
        out = []
        for i, item in enumerate(value):
            if isinstance(item, dict):
                out.append(El(item, f"{self.at(key)}[{i}]", self.sink))
            elif item is not None:
                self.sink.wrong_type(f"{self.at(key)}[{i}]", "an object", item)
        return out

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)


# --- common data types --------------------------------------------------------------------------


def concept_text(concept: El | None) -> str:
    """A CodeableConcept's text, else its first coding's display, else its first code."""
    if concept is None:
        return ""
    text = concept.string("text")
    if text:
        return text
    codings = concept.objs("coding")
    for coding in codings:
        if display := coding.string("display"):
            return display
    for coding in codings:
        if code := coding.string("code"):
            return code
    return ""


def codes(concept: El | None) -> list[tuple[str, str]]:
    """Every (system, code) of a CodeableConcept."""
    if concept is None:
        return []
    return [(c.string("system"), c.string("code")) for c in concept.objs("coding")]


def first_code(concept: El | None) -> str:
    for _system, code in codes(concept):
        if code:
            return code
    return ""
