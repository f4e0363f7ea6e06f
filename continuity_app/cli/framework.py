"""One way to declare, parse and run a command, and to turn failures into exit codes.

Each subcommand lives in its own module with two functions::

    def configure(parser: argparse.ArgumentParser) -> None: ...   # add its arguments
    def run(args: argparse.Namespace) -> int: ...                  # do it, return an ExitCode

``dispatch`` does for every command what none may forget: refuses a ``--home``
that is not a folder, lets ``-v/--verbose`` stand before or after the command,
removes the partial outputs a killed command left (``on_start``), turns a broken
pipe (``status | head -1``) into a quiet end, a full disk or an unreadable path
into its one line and exit code, and keeps a log that cannot be written from
printing tracebacks.

Command modules keep their top level light (argparse only) and import heavy
things (Qt, reportlab, crypto) inside ``run`` so that ``--help`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import NoReturn

from continuity_app import __version__
from continuity_app.errors import ExitCode, KnownError, UsageError, os_error

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Command:
    name: str
    module: str  # dotted path of the module with configure() and run()
    help: str  # one line for the command list
    description: str = ""  # the longer text shown by `COMMAND --help`


VERBOSE_FLAGS = ("-v", "--verbose")

EXIT_CODES_EPILOG = "Exit codes: " + ", ".join(f"{c.value} {c.name.lower()}" for c in ExitCode)


def number_in(low: float, high: float, kind: type = int) -> Callable[[str], float]:
    """An argparse ``type=``: a number of ``kind`` from ``low`` to ``high`` (beyond it is a typing
    error: a seed of 10**20, a timeout of -1 s)."""

    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            what = "a whole number" if kind is int else "a number"
            raise argparse.ArgumentTypeError(f"{text!r} is not {what}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text!r} is not from {low:g} to {high:g}")
        return value  # type: ignore[no-any-return]

    parse.__name__ = kind.__name__  # argparse names the type in its messages
    return parse


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a wrong word on the command line is one line (and exit 2), like every
    other error: the usage is one ``--help`` away."""

    def error(self, message: str) -> NoReturn:
        self.exit(int(ExitCode.USAGE), f"{self.prog}: {message} (see '{self.prog} --help')\n")


def build_parser(prog: str, description: str, commands: Sequence[Command]) -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=prog,
        description=description,
        epilog=EXIT_CODES_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail (never health data)")
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
        p.add_argument(
            *VERBOSE_FLAGS,
            action="store_true",
            default=argparse.SUPPRESS,
            help="log more detail (never health data)",
        )
        p.set_defaults(_module=command.module)
    return parser


class _NoTraceback(logging.Formatter):
    """On the terminal a bug is one line; its traceback goes to the log file (or --verbose)."""

    def format(self, record: logging.LogRecord) -> str:
        plain = logging.makeLogRecord(record.__dict__)
        plain.exc_info = None
        plain.exc_text = None
        return super().format(plain)


class _AppLog(RotatingFileHandler):
    """The home's log file. When it cannot be written (a full disk) the command goes on and
    says so once at the end, instead of logging's own traceback on the terminal."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:
        self.failed = True


def _log_to_home(home: str | None) -> _AppLog | None:
    """Keep the program's own log in ``HOME/logs/app.log`` when that home exists.

    Nothing of health data is ever logged: log calls name ids, counts and files only.
    """
    from continuity_app.paths import client_home

    try:
        root = client_home(home)
        if not root.is_dir():
            return None
        logfile = root / "logs" / "app.log"
        logfile.parent.mkdir(mode=0o700, exist_ok=True)
        handler = _AppLog(logfile, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except (OSError, RuntimeError):
        return None  # a read-only home must not stop the command
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(min(logging.getLogger().level, logging.INFO))
    return handler


def _leading_verbose(argv: list[str]) -> tuple[list[str], list[str]]:
    """``-v`` taken out wherever it stands (before ``--``), so that it is understood
    before the command, after it and after a sub-action such as ``device list``."""
    end = argv.index("--") if "--" in argv else len(argv)
    lead = [a for a in argv[:end] if a in VERBOSE_FLAGS]
    rest = [a for a in argv[:end] if a not in VERBOSE_FLAGS] + argv[end:]
    return lead, rest


def _check_home(args: argparse.Namespace) -> None:
    """A ``--home`` (or ``$CONTINUITY_HOME``) that exists must be a folder."""
    given = getattr(args, "home", None)
    where = "--home" if given else "CONTINUITY_HOME"
    value = given or (os.environ.get("CONTINUITY_HOME") if hasattr(args, "home") else None)
    if not value:
        return
    path = Path(value).expanduser()
    if path.exists() and not path.is_dir():
        raise UsageError(f"{where} {path} is a file, not a folder; give the home folder")


def _quiet_stdout() -> None:
    """The reader went away (``| head -1``): nothing more can be said there, and the
    interpreter must not complain at exit when it flushes."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _close(handler: _AppLog) -> bool:
    """Detach and close the log; False when its last lines could not be written."""
    logging.getLogger().removeHandler(handler)
    try:
        handler.close()
    except OSError:
        return False
    return not handler.failed


def dispatch(
    prog: str,
    description: str,
    commands: Sequence[Command],
    argv: Sequence[str] | None,
    *,
    default: str | None = None,
    on_start: Callable[[argparse.Namespace], None] | None = None,
) -> int:
    """Parse ``argv``, run the chosen command and map every failure to an exit code.

    ``on_start(args)`` runs before every command (after ``--home`` is checked).
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    names = {c.name for c in commands}
    lead, argv = _leading_verbose(argv)
    wants_top_level = {"-h", "--help", "--version"}.intersection(argv)
    if default and not wants_top_level and not (argv and argv[0] in names):
        argv = [default, *argv]  # `continuity-app --home X` opens the app on X
    parser = build_parser(prog, description, commands)
    args = parser.parse_args([*lead, *argv])
    if args.command is None:
        parser.print_help()
        return ExitCode.USAGE
    logging.raiseExceptions = False  # a log that cannot be written never prints a traceback
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)
    for existing in logging.getLogger().handlers:
        if type(existing) is logging.StreamHandler and not args.verbose:
            # one line per failure on the terminal: warnings go to the home's log (and -v);
            # what the person must know, a command prints itself
            existing.setLevel(logging.ERROR)
            existing.setFormatter(_NoTraceback("%(levelname)s %(name)s: %(message)s"))
            existing.addFilter(lambda record: record.exc_info is None)  # the apology says it
            existing.addFilter(lambda record: not record.name.startswith("urllib3"))
    handler = None
    try:
        _check_home(args)
        handler = _log_to_home(getattr(args, "home", None))
        if on_start is not None:
            on_start(args)
        module = importlib.import_module(args._module)
        code = int(module.run(args))
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        if handler is not None and not _close(handler) and code == ExitCode.OK:
            print(
                f"{prog}: warning: the log {handler.baseFilename} cannot be written (disk full?)",
                file=sys.stderr,
            )
        handler = None
        return code
    except BrokenPipeError:
        _quiet_stdout()  # the reader stopped reading: not a failure of the command
        return int(ExitCode.OK)
    except KnownError as err:
        print(f"{prog}: {err}", file=sys.stderr)
        return int(err.exit_code)
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return int(ExitCode.CANCELLED)
    except OSError as err:
        known = os_error(err)
        if known is None:
            return _bug(prog, args, handler)
        log.warning("%s %s: %s", prog, args.command, known)
        print(f"{prog}: {known}", file=sys.stderr)
        return int(known.exit_code)
    except Exception:
        return _bug(prog, args, handler)
    finally:
        if handler is not None:  # main() may run many times in one process (tests, demo)
            _close(handler)


def _bug(prog: str, args: argparse.Namespace, handler: logging.Handler | None) -> int:
    """A bug: traceback to the log, one line to the person."""
    log.exception("unexpected error in %s %s", prog, args.command)
    where = (
        "The details are in the log" if handler is not None else "Run it again with --verbose for the details"
    )
    print(
        f"{prog}: internal error in '{args.command}' — sorry. {where}; please report them to municipal IT.",
        file=sys.stderr,
    )
    return int(ExitCode.BUG)
