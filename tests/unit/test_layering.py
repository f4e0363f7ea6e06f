"""The core runs without Qt: every package but gui/ imports with PySide6 blocked."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import continuity_app

CORE_MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(continuity_app.__path__, "continuity_app.")
    if not m.name.startswith("continuity_app.gui")
)

PROBE = """
import importlib, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name == "shiboken6":
            raise ImportError("Qt is not allowed outside continuity_app.gui: " + name)
sys.meta_path.insert(0, Block())
for name in sys.argv[1:]:
    importlib.import_module(name)
print("ok", len(sys.argv) - 1)
"""


def test_every_core_module_imports_without_qt() -> None:
    assert "continuity_app.store" in CORE_MODULES or len(CORE_MODULES) > 5
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *CORE_MODULES], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == f"ok {len(CORE_MODULES)}"


def test_every_command_has_help() -> None:
    from continuity_app.cli import app, publisher

    for prog, commands in (
        ("continuity_app.cli.app", app.COMMANDS),
        ("continuity_app.cli.publisher", publisher.COMMANDS),
    ):
        for command in commands:
            done = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    f"import sys; from {prog} import main; sys.exit(main())",
                    command.name,
                    "--help",
                ],
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert done.returncode == 0, (command.name, done.stderr[-500:])
            assert "usage:" in done.stdout and "Exit codes" in done.stdout


def test_a_bug_is_one_line_on_the_terminal_and_a_traceback_in_the_homes_log(tmp_path) -> None:
    probe = (
        "import sys\n"
        "import continuity_app.cli.status as st\n"
        "def boom(args):\n    raise RuntimeError('boom')\n"
        "st.run = boom\n"
        "from continuity_app.cli.app import main\n"
        "sys.exit(main(['status', '--home', sys.argv[1]]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0, done.stderr
    assert "internal error in 'status'" in done.stderr and "Traceback" not in done.stderr
    assert "Traceback" in (tmp_path / "logs" / "app.log").read_text()
