"""The shrink guard: a broken export must never replace good data on every laptop.

A failed export job (a folder without ``citizens.csv``, a medication file cut
short) still validates, and its bundles would become every laptop's newest data
at the next sync. So before anything goes live, each scope's counts are compared
with the last bundle this publisher home published for it: a scope whose
citizens, medications or routes fall by more than a quarter, or to none, refuses
the whole build (naming the counts before and after) unless the person says the
shrink is right (``--allow-shrink``). The previous bundles stay live.

The counts of the last publish are kept in ``state.json`` (``published[scope].counts``);
a state written before that is read from the live bundle's header instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol

from continuity_app.bundle.names import file_stem
from continuity_app.errors import ExitCode, KnownError

#: The datasets whose sharp fall means a broken export rather than a real change.
GUARDED = ("citizens", "medications", "routes")


class ShrinkRefused(KnownError):
    """Some scopes shrink sharply against their last publish; ``problems`` names each."""

    exit_code = ExitCode.SHRINK_REFUSED

    def __init__(self, problems: list[str]) -> None:
        super().__init__(
            f"{len(problems)} scope(s) shrink sharply against the last publish; nothing was "
            "published and the previous bundles stay live (if the exports are right, build "
            "again with --allow-shrink)"
        )
        self.problems = problems


class Published(Protocol):
    """What one scope's new bundle holds (``build.ScopeResult`` is one)."""

    @property
    def scope(self) -> str: ...

    @property
    def counts(self) -> Mapping[str, int]: ...


def shrinks(before: int, after: int) -> bool:
    """Down by more than a quarter, or to none."""
    return before > 0 and (after == 0 or 4 * after < 3 * before)


def previous_counts(record: Mapping[str, Any], out: Path, scope: str) -> Mapping[str, int] | None:
    """The counts of the scope's last publish: from the state, else from its bundle's header."""
    counts = record.get("counts")
    if isinstance(counts, dict):
        return {str(k): v for k, v in counts.items() if isinstance(v, int)}
    name = record.get("file")
    if not isinstance(name, str):
        return None
    from continuity_app.sync.generations import read_header  # reads only the header's bytes

    try:
        return dict(read_header(out / file_stem(scope) / name).counts)
    except (OSError, ValueError):
        return None  # the old bundle is gone or unreadable: nothing to compare with


def check(
    new: Iterable[Published], published: Mapping[str, Any], out: Path, *, allow: bool = False
) -> list[str]:
    """Raise :class:`ShrinkRefused` naming every scope that shrinks, unless ``allow``; with
    ``allow`` the same lines are returned, for the summary's warnings."""
    problems = []
    for item in new:
        record = published.get(item.scope)
        if not isinstance(record, dict):
            continue  # first publish of this scope
        before = previous_counts(record, out, item.scope)
        if before is None:
            continue
        fallen = [
            f"{name} {before.get(name, 0)} → {item.counts.get(name, 0)}"
            for name in GUARDED
            if shrinks(before.get(name, 0), item.counts.get(name, 0))
        ]
        if fallen:
            problems.append(
                f"scope '{item.scope}' shrinks against sequence "
                f"{record.get('sequence', '?')}: {', '.join(fallen)}"
            )
    if problems and not allow:
        raise ShrinkRefused(problems)
    return [f"{line} (published: --allow-shrink)" for line in problems]
