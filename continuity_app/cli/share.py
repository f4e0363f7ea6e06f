"""``continuity-app share``: this laptop as a mirror, for a colleague who missed the last sync."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from continuity_app.vault import Session

DESCRIPTION = """Write this laptop's verified bundles (still encrypted, exactly as the publisher
signed them) and the publisher-signed latest.json it accepted to a folder or USB
stick, in the publish folder's layout (DIR/<scope>/). A colleague's laptop of the
same scope catches up from it with 'continuity-app sync --from DIR': only the
signatures count, so any carrier is safe. Needs no passphrase.

--with-journal also writes this laptop's journal hand-back file to
DIR/journal/<device id>.handback (encrypted to the publisher, signed by this
laptop): that needs the unit's passphrase (asked on the terminal, or
CONTINUITY_PASSPHRASE). Without it the journal is left out, and share says so
when there is one. Each share is written to the audit log.

A laptop with several enrolments shares one: the first, or --enrolment NAME."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    parser.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        help="the folder (e.g. on a USB stick) to write to; made if missing",
    )
    parser.add_argument(
        "--with-journal",
        action="store_true",
        help="also write the journal hand-back file (needs the passphrase)",
    )
    parser.add_argument("--enrolment", metavar="NAME", help="the enrolment to share (default: the first)")
    parser.add_argument("--home", metavar="DIR", help="client home folder (default: this user's)")


def run(args: argparse.Namespace) -> int:
    import sys

    from continuity_app.cli.sync_cmd import enrolments
    from continuity_app.errors import ExitCode, UsageError
    from continuity_app.journal.storage import own_path
    from continuity_app.sync.mirror import share
    from continuity_app.vault import audit
    from continuity_app.vault.device import DeviceFile

    home = enrolments(args.home, args.enrolment or None)[0]
    out = Path(args.out).expanduser().resolve()
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} is a file; name a folder")
    journal: Path | None = None
    session: Session | None = None
    if args.with_journal:  # the passphrase first: a wrong one writes nothing
        from continuity_app.passphrases import read_passphrase
        from continuity_app.vault import unlock

        session = unlock(home, read_passphrase())
    try:
        result = share(home, out)
        if session is not None:
            journal = _write_journal(session, out)
    finally:
        if session is not None:
            session.lock()
    device = DeviceFile.load(home.device)
    problem = audit.append_after(
        home,
        "share",
        public_key=device.audit_key(),
        result="ok",
        scope=result.scope,
        count=len(result.bundles),
        out=str(out),
        sequence=result.sequence,
    )
    for path in result.bundles:
        print(f"Delt: {path}")
    if result.latest is not None:
        print(f"Delt: {result.latest}")
    else:
        print(
            "continuity-app share: warning: no publisher-signed latest.json names the newest "
            "bundle held; the colleague's laptop takes the bundles from the folder all the same",
            file=sys.stderr,
        )
    for name in result.skipped:
        print(f"continuity-app share: warning: {name} failed its check and was left out", file=sys.stderr)
    if journal is not None:
        print(f"Journal: {journal}")
    elif own_path(home).is_file():
        print("Journalen er ikke med: brug --with-journal (kræver adgangsudtrykket).")
    if problem:
        print(f"continuity-app share: warning: {problem}", file=sys.stderr)
    print(f"Kollegaens bærbare henter med: continuity-app sync --from {out}")
    return int(ExitCode.OK)


def _write_journal(session: Session, out: Path) -> Path:
    from continuity_app.journal import Journal
    from continuity_app.journal.exchange import export_handback

    journal = Journal.open(session)
    target = out / "journal" / f"{journal.device_id}.handback"
    target.parent.mkdir(parents=True, exist_ok=True)
    export_handback(journal, target)  # audited there
    return target
