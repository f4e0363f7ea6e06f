"""One way to declare, parse and run a command, and to turn failures into exit codes.

Each subcommand lives in its own module with two functions::

    def configure(parser: argparse.ArgumentParser) -> None: ...   # add its arguments
    def run(args: argparse.Namespace) -> int: ...                  # do it, return an ExitCode

Command modules keep their top level light (argparse only) and import heavy
things (Qt, reportlab, crypto) inside ``run`` so that ``--help`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from continuity_app import __version__
from continuity_app.errors import ExitCode, KnownError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Command:
    name: str
    module: str  # dotted path of the module with configure() and run()
    help: str  # one line for the command list
    description: str = ""  # the longer text shown by `COMMAND --help`


EXIT_CODES_EPILOG = "Exit codes: " + ", ".join(f"{c.value} {c.name.lower()}" for c in ExitCode)


def build_parser(prog: str, description: str, commands: Sequence[Command]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description=description,
        epilog=EXIT_CODES_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="log more detail (never health data)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for command in commands:
        module = importlib.import_module(command.module)
        p = sub.add_parser(
            command.name,
            help=command.help,
            description=command.description or command.help,
            epilog=EXIT_CODES_EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.configure(p)
        p.set_defaults(_module=command.module)
    return parser


class _NoTraceback(logging.Formatter):
    """On the terminal a bug is one line; its traceback goes to the log file (or --verbose)."""

    def format(self, record: logging.LogRecord) -> str:
        plain = logging.makeLogRecord(record.__dict__)
        plain.exc_info = None
        plain.exc_text = None
        return super().format(plain)


def _log_to_home(home: str | None) -> logging.Handler | None:
    """Keep the program's own log in ``HOME/logs/app.log`` when that home exists.

    Nothing of health data is ever logged: log calls name ids, counts and files only.
    """
    from logging.handlers import RotatingFileHandler

    from continuity_app.paths import client_home

    root = client_home(home)
    if not root.is_dir():
        return None
    logfile = root / "logs" / "app.log"
    try:
        logfile.parent.mkdir(mode=0o700, exist_ok=True)
        handler = RotatingFileHandler(logfile, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None  # a read-only home must not stop the command
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(min(logging.getLogger().level, logging.INFO))
    return handler


def dispatch(
    prog: str,
    description: str,
    commands: Sequence[Command],
    argv: Sequence[str] | None,
    *,
    default: str | None = None,
) -> int:
    """Parse ``argv``, run the chosen command and map every failure to an exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    names = {c.name for c in commands}
    wants_top_level = {"-h", "--help", "--version"}.intersection(argv)
    if default and not wants_top_level and not (argv and argv[0] in names):
        argv = [default, *argv]  # `continuity-app --home X` opens the app on X
    parser = build_parser(prog, description, commands)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return ExitCode.USAGE
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)
    for existing in logging.getLogger().handlers:
        if type(existing) is logging.StreamHandler and not args.verbose:
            existing.setFormatter(_NoTraceback("%(levelname)s %(name)s: %(message)s"))
            existing.addFilter(lambda record: record.exc_info is None)  # the apology says it
    handler = _log_to_home(getattr(args, "home", None))
    module = importlib.import_module(args._module)
    try:
        return int(module.run(args))
    except KnownError as err:
        print(f"{prog}: {err}", file=sys.stderr)
        return int(err.exit_code)
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return int(ExitCode.CANCELLED)
    except Exception:  # a bug: traceback to the log, one line to the person
        log.exception("unexpected error in %s %s", prog, args.command)
        where = ("The details are in the log" if handler is not None
                 else "Run it again with --verbose for the details")
        print(
            f"{prog}: internal error in '{args.command}' — sorry. "
            f"{where}; please report them to municipal IT.",
            file=sys.stderr,
        )
        return int(ExitCode.BUG)
    finally:
        if handler is not None:  # main() may run many times in one process (tests, demo)
            logging.getLogger().removeHandler(handler)
            handler.close()
