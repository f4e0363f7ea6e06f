"""``continuity-publish device add|revoke|list``: enroll, revoke and list laptops."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from continuity_app.errors import ExitCode, SetupError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Enroll a laptop from its enrollment request, revoke one (it can read no bundle "
        "published after that), or list them with the last published sequence of their scope."
    )
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="enroll the laptop that wrote REQUEST.json")
    add.add_argument("request", metavar="REQUEST.json", help="the request from 'continuity-app enroll'")
    revoke = sub.add_parser("revoke", help="revoke a device: no later bundle is addressed to it")
    revoke.add_argument("device_id", metavar="ID", help="the device id (see 'device list')")
    show = sub.add_parser("list", help="list devices: id, scope, hostname, enrolled, revoked")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    for p in (add, revoke, show):
        p.add_argument("--home", required=True, metavar="DIR", help="the publisher home")


def shown(text: str) -> str:
    """Text from a laptop's request as it may reach IT's terminal: control characters (an
    escape sequence could rewrite the screen) written as ``\\xNN``, letters like æøå kept."""
    return "".join(
        c if c.isprintable() else f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}" for c in text
    )


def run(args: argparse.Namespace) -> int:

    home = Path(args.home)
    if args.action == "add":
        from continuity_app.bundle.enrollment import MAX_REQUEST_BYTES, EnrollmentError
        from continuity_app.paths import read_bounded
        from continuity_app.publish.devices import add_device

        path = Path(args.request)
        try:
            data = read_bounded(path, MAX_REQUEST_BYTES, error=EnrollmentError)
        except OSError as err:
            raise SetupError(f"{path}: cannot read ({err.strerror})") from None
        device, warnings = add_device(home, data, where=str(path))
        for warning in warnings:
            print(f"advarsel: {warning}", file=sys.stderr)
        print(f"Tilmeldt: {shown(device.device_id)}  scope {shown(device.scope)}  ({shown(device.hostname)})")
        print("Enheden modtager data fra næste 'continuity-publish build'.")
        return ExitCode.OK
    if args.action == "revoke":
        from continuity_app.publish.devices import revoke_device

        device = revoke_device(home, args.device_id)
        print(f"Spærret: {shown(device.device_id)}  scope {shown(device.scope)}")
        print("Ingen bundle udgivet herefter kan læses af denne enhed.")
        return ExitCode.OK
    return _list_devices(home, as_json=args.json)


def _list_devices(home: Path, *, as_json: bool) -> int:
    import json

    from continuity_app.bundle.timefmt import format_utc
    from continuity_app.publish.devices import list_devices

    rows = list_devices(home)
    if as_json:
        out = [
            {
                "device_id": r.device.device_id,
                "scope": r.device.scope,
                "hostname": r.device.hostname,
                "enrolled_at": format_utc(r.device.enrolled_at),
                "revoked_at": format_utc(r.device.revoked_at) if r.device.revoked_at else None,
                "last_published_sequence": r.last_sequence,
            }
            for r in rows
        ]
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return ExitCode.OK
    if not rows:
        print("Ingen enheder tilmeldt.")
        return ExitCode.OK
    from continuity_app.cli.pub_verify import local_time

    header = ("enhed", "scope", "værtsnavn", "tilmeldt", "spærret", "sidste sekvens")
    table = [header] + [
        (
            shown(r.device.device_id),
            shown(r.device.scope),
            shown(r.device.hostname),
            local_time(r.device.enrolled_at),
            local_time(r.device.revoked_at) if r.device.revoked_at else "–",
            "–" if r.last_sequence is None else str(r.last_sequence),
        )
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return ExitCode.OK
