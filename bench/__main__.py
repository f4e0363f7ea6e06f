"""``python -m bench [--scale S] [--only NAME] [--json]``: run every bench/bench_*.py."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import traceback
from pathlib import Path

from bench.harness import Result, forget_datasets


def discover() -> list[str]:
    here = Path(__file__).parent
    return sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--scale", default="lemvig", choices=["tiny", "lemvig", "aarhus", "region"])
    parser.add_argument("--only", action="append", help="run only bench_NAME (repeatable)")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    args = parser.parse_args(argv)
    names = discover()
    if args.only:
        names = [n for n in names if n.removeprefix("bench_") in args.only or n in args.only]
    failed = 0
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        try:
            results: list[Result] = module.run(args.scale)
        except Exception:
            failed += 1
            print(f"{name}: FAILED", file=sys.stderr)
            traceback.print_exc()
            continue
        finally:
            forget_datasets()
        for result in results:
            print(json.dumps(result.as_dict()) if args.json else result.line(), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
