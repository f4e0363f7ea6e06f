"""``continuity-app status``: how old the data is, what is held, how the last sync went."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from continuity_app.sync.status import Status

DESCRIPTION = """Show the data on this laptop: how old it is (Danish local time, with the
absolute time beside it), its scope and sequence, the generations held, the
last sync attempt and its result, and when the next sync is due. Warns when the
data is older than the sync schedule allows, past its "valid until", or when
the last sync failed. Needs no passphrase: nothing is decrypted.

Exit 0 when there is data, 19 (no_data) when nothing has been synced yet,
4 (not_set_up) when the laptop is not enrolled.

A laptop with several enrolments (enroll --add) shows each under its name, and
--json gives {"enrolments": [{"enrolment": NAME, ...}, ...]}; --enrolment NAME
shows one, as on a laptop with one enrolment."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    parser.add_argument("--home", metavar="DIR", help="client home folder (default: this user's)")
    parser.add_argument("--json", action="store_true", help="print the status as JSON (for scripts)")
    parser.add_argument(
        "--enrolment", metavar="NAME", help="show only this enrolment (default: every one on this laptop)"
    )


def run(args: argparse.Namespace) -> int:
    import json

    from continuity_app.cli.sync_cmd import enrolments
    from continuity_app.sync import status

    homes = enrolments(args.home, args.enrolment)
    if len(homes) == 1:
        st = status(homes[0])
        if args.json:
            print(json.dumps(st.to_json(), indent=2, ensure_ascii=False))
        else:
            print(render(st))
        return int(st.exit_code)
    each = [(home.enrolment_name, status(home)) for home in homes]
    if args.json:
        print(
            json.dumps(
                {"enrolments": [{"enrolment": name} | st.to_json() for name, st in each]},
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        print("\n\n".join(f"== {name} ==\n{render(st)}" for name, st in each))
    return next((int(st.exit_code) for _, st in each if st.exit_code), 0)


def render(st: Status) -> str:
    from continuity_app.domain.age import format_datetime_da, format_when_da
    from continuity_app.sync.status import level_da, result_da

    lines: list[str] = []
    if st.enrolled:
        cur = st.current
        if cur is not None and cur.created_at is not None and st.age is not None:
            lines.append(
                f"{st.age_text_da()}  ({format_datetime_da(cur.created_at)}, {level_da(st.age.level)})"
            )
            name = f" ({cur.scope_name})" if cur.scope_name else ""
            lines.append(f"Omfang: {st.scope}{name}   Sekvens: {cur.sequence}")
            if cur.valid_until is not None:
                lines.append(f"Gyldig til: {format_datetime_da(cur.valid_until)}")
        else:
            lines.append(f"Ingen data endnu   Omfang: {st.scope}")
        held = ", ".join(str(g.sequence) for g in st.generations) or "ingen"
        lines.append(f"Generationer: {len(st.generations)} (sekvens {held})")
        if st.last_attempt is not None:
            a = st.last_attempt
            lines.append(
                f"Seneste synkronisering: {format_when_da(a.time, st.now)} – "
                f"{result_da(a.result)} (kode {a.exit_code}): {a.message}"
            )
        else:
            lines.append("Seneste synkronisering: ingen endnu")
        if st.next_sync is not None:
            lines.append(f"Næste synkronisering: {format_datetime_da(st.next_sync)}")
        lines.append(f"Kilde: {st.source or '(ikke sat)'}   Enhed: {st.device_id}")
    for warning in st.warnings:
        lines.append(f"ADVARSEL: {warning.text}")
    return "\n".join(lines)
