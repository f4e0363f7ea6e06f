"""Problems found in an exchange folder, and the reader's result.

A :class:`Problem` locates one fault: the file (relative to the folder), the
physical line the CSV record starts on (header = line 1), the column, and a
reason a person can act on. FHIR problems name the resource (``Patient/p1``)
and a FHIRPath (``MedicationStatement.dosage[0].timing``) in ``column``.

Problem texts quote the offending *value* so the municipality's IT can find
it; they are shown to IT on the publisher's terminal, never written to logs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from continuity_app.domain.models import Dataset

#: At most this many errors are listed; the rest are counted.
MAX_ERRORS = 1000
#: At most this many warnings are listed in total …
MAX_WARNINGS = 1000
#: … and at most this many of one kind (e.g. "medication ended"), so one
#: flood cannot hide the other kinds.
MAX_WARNINGS_PER_KIND = 50


@dataclass(frozen=True, slots=True)
class Problem:
    file: str  # relative to the exchange folder; "" for the folder itself
    line: int | None  # physical line the record starts on (header = 1); NDJSON line
    column: str | None  # CSV column, or FHIRPath for FHIR
    reason: str
    resource: str | None = None  # FHIR "ResourceType/id"

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        parts = [where] if where else []
        if self.resource:
            parts.append(self.resource)
        if self.column:
            parts.append(self.column)
        parts.append(self.reason)
        return ": ".join(parts)


@dataclass(slots=True)
class ExchangeResult:
    """Either a complete dataset plus warnings, or the complete list of errors."""

    dataset: Dataset | None
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    #: Per dataset, what each part read in another process is made into there (the
    #: publisher: the call that gives an image of the store's table); not in
    #: ``dataset`` (``read_exchange(parts=)``).
    built: dict[str, list[Any]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors and self.dataset is not None


class ProblemLog:
    """Collects errors and warnings with caps, counting what it leaves out."""

    def __init__(self) -> None:
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self._kinds: list[str] = []  # each listed warning's kind, for replay
        self.error_count = 0
        self._per_kind: dict[str, int] = {}
        self._omitted_kind: dict[str, int] = {}

    def error(
        self,
        file: str,
        line: int | None,
        column: str | None,
        reason: str,
        resource: str | None = None,
    ) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(Problem(file, line, column, reason, resource))

    def warn(
        self,
        file: str,
        line: int | None,
        column: str | None,
        reason: str,
        resource: str | None = None,
        *,
        kind: str = "",
    ) -> None:
        """``kind`` groups warnings for the per-kind cap (default: the reason)."""
        key = kind or reason
        seen = self._per_kind.get(key, 0)
        self._per_kind[key] = seen + 1
        if seen < MAX_WARNINGS_PER_KIND and len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(Problem(file, line, column, reason, resource))
            self._kinds.append(key)
        else:
            self._omitted_kind[key] = self._omitted_kind.get(key, 0) + 1

    def replay(self, other: ProblemLog) -> None:
        """Take in what ``other`` logged, as if it had been logged here, after what this log
        holds. Exact: ``other`` lists at least the first of each kind that this log can
        still list (its caps are the same), and counts the rest. So a file read in parts,
        each into a log of its own, gives the same problems as one read into one log."""
        for p in other.errors:
            self.error(p.file, p.line, p.column, p.reason, p.resource)
        self.error_count += other.error_count - len(other.errors)
        for p, kind in zip(other.warnings, other._kinds, strict=True):
            self.warn(p.file, p.line, p.column, p.reason, p.resource, kind=kind)
        for kind, rest in other._omitted_kind.items():
            self._per_kind[kind] = self._per_kind.get(kind, 0) + rest
            self._omitted_kind[kind] = self._omitted_kind.get(kind, 0) + rest

    def finish(self) -> tuple[list[Problem], list[Problem]]:
        """The listed problems, each list closed by a count of those left out."""
        errors = list(self.errors)
        if self.error_count > len(errors):
            rest = self.error_count - len(errors)
            errors.append(Problem("", None, None, f"… and {rest} more errors not listed"))
        warnings = list(self.warnings)
        for kind, rest in self._omitted_kind.items():
            warnings.append(Problem("", None, None, f"… and {rest} more warnings like: {kind}"))
        return errors, warnings
