"""``continuity-app audit``: export the audit log as CSV and check its hash chain."""

from __future__ import annotations

import argparse

DESCRIPTION = """Export the audit log (unlocks, citizens opened, searches, prints, syncs) as CSV.

Needs the unit's passphrase (CONTINUITY_PASSPHRASE, or asked). The CSV (UTF-8,
';'-separated, opens in Excel) has one row per record: time in Danish local time
and UTC, event, user, host, ids and results, and the record's chain status. The
command checks the hash chain: a removed, reordered or altered record is named
and the exit code is 20 (audit_tampered). An unfinished last record (a crash
while writing) is reported but is not tampering. The export itself is audited."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    parser.add_argument("--out", required=True, metavar="FILE", help="the CSV file to write")
    parser.add_argument("--home", metavar="DIR", help="client home folder (default: the user's)")


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from continuity_app.errors import ExitCode
    from continuity_app.home import ClientHome
    from continuity_app.passphrases import read_passphrase
    from continuity_app.paths import check_out
    from continuity_app.vault import audit
    from continuity_app.vault.audit_read import export_csv, read_log
    from continuity_app.vault.device import DeviceFile
    from continuity_app.vault.keys import open_keys

    out = check_out(Path(args.out))
    home = ClientHome.resolve(args.home)
    DeviceFile.load(home.device)
    device, keys = open_keys(home, read_passphrase(), purpose="audit_export")
    report = read_log(home.audit_log, keys.audit)
    del keys
    export_csv(report, out, home.unfinished_outputs)
    records = sum(1 for e in report.entries if e.n is not None)
    for problem in report.problems:
        print(f"continuity-app: {problem}", file=sys.stderr)
    result = "intact" if report.intact else "tampered"
    warning = audit.append_after(
        home, "audit_export", public_key=device.audit_key(), result=result, count=records, out=str(out)
    )
    if warning:
        print(f"continuity-app: warning: {warning}", file=sys.stderr)
    if report.intact and records == 0:
        print(
            f"0 audit records written to {out}: the audit log of this enrolled laptop is "
            "EMPTY — it was deleted or emptied (or never written, on a full disk); the chain "
            "cannot vouch for records that are gone",
            file=sys.stderr,
        )
        return int(ExitCode.OK)
    if report.intact:
        print(
            f"{records} audit records written to {out}; the hash chain is intact"
            + (" (apart from an unfinished record after a crash)" if report.problems else "")
        )
        return int(ExitCode.OK)
    print(
        f"{records} audit records written to {out}; the hash chain is BROKEN: "
        f"{len([p for p in report.problems if p.tampering])} problem(s), see above",
        file=sys.stderr,
    )
    return int(ExitCode.AUDIT_TAMPERED)
