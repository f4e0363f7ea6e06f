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

    @property
    def ok(self) -> bool:
        return not self.errors and self.dataset is not None


class ProblemLog:
    """Collects errors and warnings with caps, counting what it leaves out."""

    def __init__(self) -> None:
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
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
        else:
            self._omitted_kind[key] = self._omitted_kind.get(key, 0) + 1

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
