"""Every command of both programs, given every class of wrong argument: never a bug.

The commands are read from the argparse parsers themselves, so a command added
later is covered without touching this file. For each command and each class
of wrong value (missing, a path that does not exist, a folder for a file, a file
for a folder, a device node, a FIFO, a symbolic link, a JSON file nested far too
deep, unicode, absurd and negative numbers, an empty string) the command runs
once with every value it takes set to the wrong one (the right home kept), and
once with the home wrong as well. Each run must end with a documented exit code
other than 1 (a bug), one line on stderr (a report such as ``status`` may say
it in its own text instead), no traceback, and the homes unchanged
(apart from the records a failed command is meant to leave: the audit log, the
sync history, the app log).
"""

from __future__ import annotations

import argparse
import io
import os
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from cli_support import Installation, snapshot

from continuity_app.cli import app, publisher
from continuity_app.cli.framework import build_parser
from continuity_app.errors import ExitCode

PROGRAMS = {"continuity-app": app, "continuity-publish": publisher}

#: Values that are sometimes right: where a class would be a valid input to a command
#: (a new folder for a demo, a seed of -1 is refused but 999… is not a path), the run
#: would do real work, not fail; those pairs are left out, each with its reason.
VALID_FOR: dict[tuple[str, ...], set[str]] = {
    ("demo",): {"nonexistent", "unicode", "symlink", "absurd", "negative", "empty", "directory"},
    # a demo installs itself into any new or earlier-demo folder
    ("demo-exports",): {"nonexistent", "unicode", "symlink", "absurd", "negative", "empty"},
    # a new folder is where exports are written
    ("init",): {"nonexistent", "unicode", "symlink", "absurd", "negative", "empty"},
    # a new folder is where a publisher home is made
    ("selftest",): {"missing"},  # no arguments is the whole self-test
}

#: Records a failed command is meant to leave in the client home.
RECORDS = ("audit/", "logs/", "state.json", "opened.json", "lockout.lock", "partial/")


def leaves(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from leaves(sub, (*path, name))
            return
    yield path, parser


def commands() -> list[tuple[str, tuple[str, ...], argparse.ArgumentParser]]:
    found = []
    for prog, module in PROGRAMS.items():
        parser = build_parser(prog, module.DESCRIPTION, module.COMMANDS)
        found += [(prog, path, leaf) for path, leaf in leaves(parser)]
    return found


COMMANDS = commands()
CLASSES = [
    "missing",
    "nonexistent",
    "directory",
    "file",
    "device",
    "fifo",
    "symlink",
    "symlink_file",
    "deep_json",
    "unicode",
    "absurd",
    "negative",
    "empty",
]


def test_every_command_is_found() -> None:
    names = {" ".join(path) for _, path, _ in COMMANDS}
    assert {
        "sync",
        "status",
        "print",
        "audit",
        "enroll",
        "passphrase",
        "init",
        "build",
        "device add",
        "device revoke",
        "device list",
        "verify",
    } <= names


def bad_value(kind: str, tmp: Path) -> str:
    made = {
        "nonexistent": lambda: tmp / "nope" / "x",
        "directory": lambda: _folder(tmp / "a-folder"),
        "file": lambda: _file(tmp / "junk.txt", b"not what you think\n"),
        "device": lambda: Path("/dev/zero"),
        "fifo": lambda: _fifo(tmp / "pipe"),
        "symlink": lambda: _link(tmp / "dangling", tmp / "nope-either"),
        "symlink_file": lambda: _link(tmp / "link", _file(tmp / "target.txt", b"x\n")),
        "deep_json": lambda: _file(tmp / "deep.json", b"[" * 60_000),
    }
    if kind in made:
        return str(made[kind]())
    return {"unicode": "æøå-☃-\u202e-名前", "absurd": "9" * 30, "negative": "-1", "empty": ""}[kind]


def _folder(p: Path) -> Path:
    p.mkdir(exist_ok=True)
    (p / "something.txt").write_text("x", encoding="utf-8")
    return p


def _file(p: Path, data: bytes) -> Path:
    p.write_bytes(data)
    return p


def _fifo(p: Path) -> Path:
    if not p.exists():
        os.mkfifo(p)
    return p


def _link(p: Path, target: Path) -> Path:
    if not p.is_symlink():
        p.symlink_to(target)
    return p


def argv_for(
    path: tuple[str, ...], leaf: argparse.ArgumentParser, value: str | None, home: str | None
) -> list[str]:
    """The command with every value-taking argument set to ``value`` (None: left out) and
    ``--home`` set to ``home``."""
    argv = list(path)
    for action in leaf._actions:
        if not isinstance(action, argparse._StoreAction) or action.nargs not in (None, "?"):
            continue
        if action.dest == "home":
            given = home
        elif value is not None and action.choices:
            given = str(next(iter(action.choices)))  # a right choice: the rest is what is wrong
        else:
            given = value
        if given is None:
            continue
        if action.option_strings:
            argv += [action.option_strings[-1], given]
        else:
            argv.append(given)
    return argv


def cases() -> Iterator[object]:
    for prog, path, leaf in COMMANDS:
        skip = VALID_FOR.get(path, set())
        for kind in CLASSES:
            if kind in skip:
                continue
            name = f"{prog} {' '.join(path)} [{kind}]"
            takes_home = any(getattr(a, "dest", "") == "home" for a in leaf._actions)
            takes_more = any(isinstance(a, argparse._StoreAction) and a.dest != "home" for a in leaf._actions)
            if takes_more and path not in (("demo",), ("init",)):  # the real home, wrong values
                yield pytest.param(prog, path, leaf, kind, False, id=f"{name} values")
            if takes_home and kind != "missing":
                yield pytest.param(prog, path, leaf, kind, True, id=f"{name} home too")


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("prog", "path", "leaf", "kind", "home_too"), list(cases()))
def test_a_wrong_argument_is_one_line_and_its_exit_code(
    installation: Installation,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    prog: str,
    path: tuple[str, ...],
    leaf: argparse.ArgumentParser,
    kind: str,
    home_too: bool,
) -> None:
    for key, val in installation.env().items():
        monkeypatch.setenv(key, val)
    monkeypatch.setenv("CONTINUITY_NEW_PASSPHRASE", "en helt ny og lang frase")
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)  # relative names land here, never in the source tree
    value = None if kind == "missing" else bad_value(kind, tmp_path)
    right_home = installation.home if prog == "continuity-app" else installation.publisher
    home = value if home_too else str(right_home)
    argv = argv_for(path, leaf, value, home)
    client_before = snapshot(installation.home, skip=RECORDS)
    publisher_before = snapshot(installation.publisher, skip=("logs/",))

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = PROGRAMS[prog].main(argv)
        except SystemExit as stop:  # argparse
            code = stop.code if isinstance(stop.code, int) else ExitCode.USAGE

    said = err.getvalue()
    lines = [line for line in said.splitlines() if line.strip()]
    assert code != ExitCode.BUG, f"{argv}: {said}"
    assert code in {int(c) for c in ExitCode}, f"{argv}: exit {code}"
    assert "Traceback" not in said, f"{argv}: {said}"
    if code == ExitCode.INVALID_INPUT:  # the exports: every problem at once, a line each
        assert lines and all(len(line) < 1000 for line in lines), said
    elif code != ExitCode.OK:  # one line says why (a report, like status, says it in its text)
        assert len(lines) == 1 or (not lines and out.getvalue().strip()), (
            f"{argv}: {len(lines)} lines on stderr:\n{said}"
        )
    assert snapshot(installation.home, skip=RECORDS) == client_before, argv
    assert snapshot(installation.publisher, skip=("logs/",)) == publisher_before, argv
