"""What the laptop holds and how fresh it is: for ``continuity-app status`` and the GUI.

Works without the passphrase: it reads bundle headers (and checks the newest
one's signature), ``state.json`` and the config, never anything decrypted.
Warnings carry a stable ``code`` and a Danish ``text`` (the people reading them
are care staff first).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from continuity_app import settings
from continuity_app.domain.age import AgeLevel, DataAge, data_age, format_datetime_da
from continuity_app.errors import ExitCode, KnownError
from continuity_app.home import ClientHome
from continuity_app.sync import generations as gens
from continuity_app.sync.lock import lock_state
from continuity_app.sync.schedule import max_gap, next_due, previous_sync
from continuity_app.sync.state import Attempt, load_state
from continuity_app.sync.trust import client_trust
from continuity_app.sync.unopenable import is_unopenable, load_unopenable

RESULT_DA = {"new_data": "nye data", "up_to_date": "allerede opdateret", "failed": "mislykkedes"}
LEVEL_DA = {AgeLevel.GREEN: "grøn", AgeLevel.AMBER: "gul", AgeLevel.RED: "rød"}


@dataclass(frozen=True)
class GenerationInfo:
    path: Path
    scope: str
    sequence: int
    size: int
    created_at: dt.datetime | None  # None: the header cannot be read
    valid_until: dt.datetime | None
    scope_name: str = ""
    verified: bool | None = None  # None: not checked (only the newest usable one is)


class WarningCode(StrEnum):
    """The stable codes of ``status`` warnings (``status --json`` prints the value)."""

    NOT_SET_UP = "not_set_up"
    NO_DATA = "no_data"
    LAST_SYNC_FAILED = "last_sync_failed"
    SYNC_INTERRUPTED = "sync_interrupted"
    SYNC_RUNNING = "sync_running"
    EXPIRED = "expired"
    STALE = "stale"
    CLOCK_SUSPECT = "clock_suspect"
    NEWEST_UNUSABLE = "newest_unusable"  # a stored generation fails its check: fetched again
    NEWEST_CANNOT_OPEN = "newest_cannot_open"  # verified, but would not open on this laptop
    EQUIVOCATION = "equivocation"
    STATE_DAMAGED = "state_damaged"
    STATE_RESTORED = "state_restored"  # the guard outside the home knew more than state.json


@dataclass(frozen=True)
class StatusWarning:
    code: WarningCode
    text: str  # Danish, one sentence

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Status:
    home: Path
    now: dt.datetime
    enrolled: bool
    scope: str = ""
    device_id: str = ""
    source: str = ""
    highest_sequence: int | None = None
    generations: tuple[GenerationInfo, ...] = ()
    current: GenerationInfo | None = None  # the newest generation whose signature verifies
    age: DataAge | None = None
    last_attempt: Attempt | None = None
    last_success: Attempt | None = None
    next_sync: dt.datetime | None = None
    warnings: tuple[StatusWarning, ...] = ()
    exit_code: ExitCode = ExitCode.OK

    def age_text_da(self) -> str:
        """'Data fra i dag kl. 05:30 · 6 timer gammel', or that there is none."""
        if self.age is None:
            return "Ingen data endnu"
        return self.age.text_da(self.now)

    def to_json(self) -> dict[str, Any]:
        def when(moment: dt.datetime | None) -> str | None:
            return moment.astimezone(dt.UTC).isoformat(timespec="seconds") if moment else None

        def attempt(a: Attempt | None) -> dict[str, Any] | None:
            return (
                None
                if a is None
                else {
                    "at": a.at,
                    "finished_at": a.finished_at,
                    "result": a.result,
                    "exit_code": a.exit_code,
                    "exit_name": _exit_name(a.exit_code),
                    "message": a.message,
                    "sequence": a.sequence,
                    "expired": a.expired,
                    "source": a.source,
                }
            )

        current = self.current
        return {
            "home": str(self.home),
            "now": when(self.now),
            "enrolled": self.enrolled,
            "scope": self.scope,
            "scope_name": current.scope_name if current else "",
            "device_id": self.device_id,
            "source": self.source,
            "sequence": current.sequence if current else None,
            "highest_sequence_accepted": self.highest_sequence,
            "created_at": when(current.created_at) if current else None,
            "valid_until": when(current.valid_until) if current else None,
            "age_seconds": int(self.age.age.total_seconds()) if self.age else None,
            "age_level": self.age.level.value if self.age else None,
            "expired": self.age.expired if self.age else None,
            "age_text": self.age_text_da(),
            "generations": [
                {
                    "file": g.path.name,
                    "sequence": g.sequence,
                    "size": g.size,
                    "created_at": when(g.created_at),
                    "valid_until": when(g.valid_until),
                    "verified": g.verified,
                }
                for g in self.generations
            ],
            "last_attempt": attempt(self.last_attempt),
            "last_success": attempt(self.last_success),
            "next_sync": when(self.next_sync),
            "warnings": [{"code": w.code, "text": w.text} for w in self.warnings],
            "exit_code": int(self.exit_code),
        }


def _exit_name(code: int) -> str:
    try:
        return ExitCode(code).name.lower()
    except ValueError:
        return str(code)


def _info(path: Path, scope: str, sequence: int) -> GenerationInfo:
    size = path.stat().st_size if path.exists() else 0
    try:
        header = gens.read_header(path)
    except (OSError, ValueError):
        return GenerationInfo(path, scope, sequence, size, None, None)
    return GenerationInfo(
        path, scope, sequence, size, header.created_at, header.valid_until, header.scope_name
    )


def status(home: ClientHome, *, now: dt.datetime | None = None, verify: bool = True) -> Status:
    """The laptop's sync status. Never raises for a missing or half-set-up home."""
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    if not home.is_enrolled():
        return Status(
            home.root,
            now,
            False,
            warnings=(
                StatusWarning(
                    WarningCode.NOT_SET_UP,
                    f"Computeren er ikke sat op: {home.root} er ikke tilmeldt (continuity-app enroll).",
                ),
            ),
            exit_code=ExitCode.NOT_SET_UP,
        )
    from continuity_app.vault.device import DeviceFile

    config = settings.load_client(home.config)
    device = DeviceFile.load(home.device)
    scope = device.scope
    warnings: list[StatusWarning] = []
    try:
        state = load_state(home)
    except KnownError as err:
        state = None
        warnings.append(StatusWarning(WarningCode.STATE_DAMAGED, f"Synkroniseringens tilstand: {err}"))
    if state is not None and state.damaged:
        warnings.append(
            StatusWarning(
                WarningCode.STATE_DAMAGED,
                f"{home.state} kunne ikke læses; den genskabes ved næste synkronisering.",
            )
        )

    if state is not None and state.restored:
        warnings.append(
            StatusWarning(
                WarningCode.STATE_RESTORED,
                f"{home.state} kendte ikke den højeste modtagne sekvens (slettet, eller en ældre kopi "
                "af mappen er lagt tilbage); værnet uden for mappen bevarer den, så ældre data "
                "afvises stadig.",
            )
        )
    flagged = state.equivocation.get(scope) if state is not None else None
    if flagged:
        warnings.append(
            StatusWarning(
                WarningCode.EQUIVOCATION,
                f"To forskellige udgaver med samme nummer – kontakt IT (sekvens "
                f"{flagged.get('sequence')}, set {_when_da(flagged.get('at'))}); de data, der allerede "
                "er her, bruges fortsat.",
            )
        )

    infos = [_info(g.path, g.scope, g.sequence) for g in gens.list_generations(home, scope)]
    current: GenerationInfo | None = None
    unopenable = load_unopenable(home)
    skipped_unopenable: GenerationInfo | None = None
    if infos:
        trust = client_trust(home, state.guard if state else None, incoming=False) if verify else None
        checked: list[GenerationInfo] = []
        damaged: GenerationInfo | None = None
        for info in infos:
            ok = None
            if trust is not None and current is None:
                header = gens.verify_file(info.path, trust)
                ok = header is not None and header.scope == scope and header.sequence == info.sequence
            checked.append(_with(info, ok))
            if ok is False and damaged is None and current is None:
                damaged = checked[-1]
            if current is None and ok and is_unopenable(unopenable, info.path):
                skipped_unopenable = skipped_unopenable or checked[-1]
                continue
            if current is None and (ok or (trust is None and info.created_at is not None)):
                current = checked[-1]
        infos = checked
        if damaged is not None:
            warnings.append(
                StatusWarning(
                    WarningCode.NEWEST_UNUSABLE,
                    f"Den gemte generation {damaged.path.name} er beskadiget (kan ikke verificeres); "
                    "den hentes igen ved næste synkronisering"
                    + (f", indtil da bruges sekvens {current.sequence}." if current else "."),
                )
            )
    if skipped_unopenable is not None:
        shown = (
            format_datetime_da(current.created_at) if current and current.created_at else "ingen ældre udgave"
        )
        warnings.append(
            StatusWarning(
                WarningCode.NEWEST_CANNOT_OPEN,
                f"Nyeste data kan ikke åbnes på denne computer – viser data fra {shown} "
                f"(sekvens {skipped_unopenable.sequence} kunne ikke åbnes; kontakt IT).",
            )
        )

    times = list(config.sync_times)
    age = None
    if current is not None and current.created_at is not None:
        age = data_age(current.created_at, now, max_sync_gap=max_gap(times), valid_until=current.valid_until)
    last = state.last_attempt if state else None
    success = state.last_success if state else None
    failure = last if last is not None and not last.ok else None
    upcoming = next_due(
        now,
        times,
        last_success=success.time if success else None,
        last_failure=failure.time if failure else None,
        retry_minutes=config.retry_minutes,
    )

    exit_code = ExitCode.OK
    if current is None:
        exit_code = ExitCode.NO_DATA
        warnings.append(
            StatusWarning(
                WarningCode.NO_DATA,
                "Ingen data endnu: kør en synkronisering (continuity-app sync)."
                if not infos
                else "Ingen af de gemte generationer kan verificeres.",
            )
        )
    running, unfinished = lock_state(home.partial / "sync.lock")
    if running:
        warnings.append(StatusWarning(WarningCode.SYNC_RUNNING, "En synkronisering er i gang."))
    elif unfinished:
        started = _parse_time(unfinished)
        if started is not None:
            warnings.append(
                StatusWarning(
                    WarningCode.SYNC_INTERRUPTED,
                    f"Synkroniseringen {format_datetime_da(started)} blev afbrudt (lukket ned eller "
                    "strømsvigt); de seneste gode data bruges.",
                )
            )
    if last is not None and not last.ok:
        warnings.append(
            StatusWarning(
                WarningCode.LAST_SYNC_FAILED,
                f"Seneste synkronisering mislykkedes {format_datetime_da(last.time)}: {last.message}",
            )
        )
    if age is not None and age.expired and current is not None and current.valid_until:
        warnings.append(
            StatusWarning(
                WarningCode.EXPIRED,
                f"Data er udløbet {format_datetime_da(current.valid_until)}: der er ikke udgivet "
                "nyere data. Brug dem med omtanke.",
            )
        )
    elif age is not None and age.level is not AgeLevel.GREEN:
        warnings.append(
            StatusWarning(
                WarningCode.STALE,
                "Data er ældre end synkroniseringsplanen tillader (seneste planlagte: "
                f"{format_datetime_da(previous_sync(now, times))}).",
            )
        )
    if age is not None and age.clock_suspect:
        warnings.append(
            StatusWarning(WarningCode.CLOCK_SUSPECT, "Data er dateret i fremtiden: tjek computerens ur.")
        )

    return Status(
        home=home.root,
        now=now,
        enrolled=True,
        scope=scope,
        device_id=device.device_id,
        source=config.source,
        highest_sequence=(state.highest_for(scope) or None) if state else None,
        generations=tuple(infos),
        current=current,
        age=age,
        last_attempt=last,
        last_success=success,
        next_sync=upcoming,
        warnings=tuple(warnings),
        exit_code=exit_code,
    )


def _when_da(text: object) -> str:
    moment = _parse_time(text) if isinstance(text, str) else None
    return format_datetime_da(moment) if moment is not None else "?"


def _parse_time(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _with(info: GenerationInfo, verified: bool | None) -> GenerationInfo:
    return GenerationInfo(
        info.path,
        info.scope,
        info.sequence,
        info.size,
        info.created_at,
        info.valid_until,
        info.scope_name,
        verified,
    )


def level_da(level: AgeLevel) -> str:
    return LEVEL_DA[level]


def result_da(result: str) -> str:
    return RESULT_DA.get(result, result)
