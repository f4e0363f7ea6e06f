"""``continuity-app demo-exports --scale S --out DIR [--seed N] [--today YYYY-MM-DD]``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from continuity_app.cli.framework import number_in
from continuity_app.errors import AlreadyExists, DiskError, ExitCode

SCALE_NAMES = ("tiny", "lemvig", "aarhus", "region")


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write YYYY-MM-DD") from None


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Write a folder of made-up but realistic care-system exports (the CSV files of the "
        "exchange folder: units, citizens, relatives, medications, routes, visits, vehicles, "
        "fuel stocks, contacts), as Danish systems and Excel write them. Nobody in them exists. "
        "The same scale, seed and day always give the same files. Routes cover the day given "
        "by --today (default: today) and the next two days.\n\n"
        "Sizes: lemvig about 800 citizens, aarhus 12,000, region 60,000; tiny is 25 citizens "
        "for quick tests.\n\n"
        "The folder must be new, empty, or an earlier demo export (whose files are replaced); "
        "any other folder is refused, so nothing of yours is overwritten."
    )
    parser.add_argument(
        "--scale",
        choices=SCALE_NAMES,
        default="lemvig",
        help="how big a municipality to make up (default: lemvig)",
    )
    parser.add_argument("--out", required=True, metavar="DIR", help="the folder to write the files into")
    parser.add_argument(
        "--seed",
        type=number_in(0, 2**32 - 1),
        default=1,
        metavar="N",
        help="another number gives other (equally made-up) people (default: 1)",
    )
    parser.add_argument(
        "--today", type=_day, metavar="YYYY-MM-DD", help="the first day of the routes (default: today's date)"
    )


def check_folder(out: Path) -> None:
    """Refuse a path that is not a folder, or a folder holding anything but earlier exports."""
    from continuity_app.exchange.demo_write import FILENAMES

    if out.exists() and not out.is_dir():
        raise AlreadyExists(f"{out} exists and is not a folder; choose a new folder name")
    if not out.is_dir():
        return
    ours = FILENAMES | {f".{name}.tmp" for name in FILENAMES}  # also a crashed earlier run's
    foreign = sorted(p.name for p in out.iterdir() if p.name not in ours)
    if foreign:
        raise AlreadyExists(
            f"{out} is not empty and does not look like an earlier demo export "
            f"(it holds {foreign[0]!r}{' and more' if len(foreign) > 1 else ''}); "
            "choose a new or empty folder"
        )


def run(args: argparse.Namespace) -> int:
    import time

    from continuity_app.exchange.demo import generate_dataset, write_exports
    from continuity_app.exchange.demo_write import EXPORTS

    out = Path(args.out)
    check_folder(out)
    today: dt.date = args.today or dt.date.today()
    started = time.perf_counter()
    dataset = generate_dataset(args.scale, seed=args.seed, today=today)
    try:
        paths = write_exports(dataset, out)
    except OSError as err:
        raise DiskError(f"cannot write the exports into {out}: {err.strerror or err}") from None
    counts = dataset.counts()
    print(
        f"Skrev {len(paths)} filer til {out} (skala {args.scale}, seed {args.seed}, "
        f"ruter fra {today:%d-%m-%Y}) på {time.perf_counter() - started:.1f} s:"
    )
    for export, path in zip(EXPORTS, paths, strict=True):
        print(f"  {path.name:<17} {counts[export.dataset]:>8} rækker")
    return ExitCode.OK
