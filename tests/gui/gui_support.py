"""Fixtures for the GUI tests: a real enrolled client home holding a real bundle of the
tiny demo data set, unlocked by the real vault; the window on Qt's offscreen platform.

Time is injected: ``NOW`` is 11:30 Danish time on the demo data's day, the data was
published at 05:30, and the idle lock runs on a :class:`FakeClock`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from continuity_app.bundle import write_bundle
from continuity_app.bundle.keys import publisher_key_text
from continuity_app.domain.age import COPENHAGEN
from continuity_app.exchange.demo import generate_dataset
from continuity_app.home import ClientHome
from continuity_app.store import Store

PASSPHRASE = "rød kaffekande i skabet"
UNIT = "HP01"
UNIT_NAME = "Hjemmeplejen Lemvig"
TODAY = dt.date(2026, 11, 27)
CREATED = dt.datetime.combine(TODAY, dt.time(5, 30), tzinfo=COPENHAGEN)
NOW = dt.datetime.combine(TODAY, dt.time(11, 30), tzinfo=COPENHAGEN)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform cannot resize native windows and says so whenever a
    # top-level window's minimum size changes; that is the platform, not the app.
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def make_bundle_store(sequence: int, created_at: dt.datetime = CREATED) -> bytes:
    """The image of the unit's store as the publisher would make it."""
    with Store.build(generate_dataset("tiny", today=TODAY)) as full, full.derive(UNIT) as unit:
        unit.set_meta(
            scope=UNIT,
            scope_name=UNIT_NAME,
            sequence=str(sequence),
            created_at=created_at.astimezone(dt.UTC).isoformat(),
            valid_until=(created_at + dt.timedelta(days=7)).astimezone(dt.UTC).isoformat(),
        )
        return unit.image()


class Installation:
    """An enrolled home and the publisher that can put new generations in it."""

    def __init__(self, root: Path) -> None:
        from continuity_app.kdf import floor_params
        from continuity_app.vault.enroll import enroll

        self.key = Ed25519PrivateKey.generate()
        key_file = root / "publisher-key.pub"
        key_file.write_text(publisher_key_text(self.key.public_key()), encoding="ascii")
        self.publish_dir = root / "publish"
        self.publish_dir.mkdir()
        self.home = ClientHome(root / "home")
        enroll(
            self.home,
            scope=UNIT,
            source=str(self.publish_dir),
            publisher_key_file=key_file,
            passphrase=PASSPHRASE,
            out=root / "REQUEST.json",
            kdf=floor_params(),
            now=CREATED,
        )

    def bundle(self, sequence: int, created_at: dt.datetime = CREATED) -> bytes:
        from continuity_app.vault.device import DeviceFile

        device = DeviceFile.load(self.home.device)
        return write_bundle(
            make_bundle_store(sequence, created_at),
            scope=UNIT,
            sequence=sequence,
            created_at=created_at,
            valid_until=created_at + dt.timedelta(days=7),
            counts={"citizens": 15},
            scope_name=UNIT_NAME,
            recipients={device.device_id: device.device_public()},
            signing_key=self.key,
        )

    def publish(self, sequence: int, created_at: dt.datetime = CREATED) -> None:
        """Put a bundle and its signed latest.json in the publish folder the laptop syncs from."""
        import hashlib

        from continuity_app.bundle import bundle_file_name, make_latest

        data = self.bundle(sequence, created_at)
        folder = self.publish_dir / UNIT
        folder.mkdir(exist_ok=True)
        name = bundle_file_name(UNIT, sequence)
        (folder / name).write_bytes(data)
        (folder / "latest.json").write_bytes(
            make_latest(
                scope=UNIT,
                sequence=sequence,
                file=name,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                created_at=created_at,
                valid_until=created_at + dt.timedelta(days=7),
                signing_key=self.key,
            )
        )

    def store_generation(self, sequence: int, created_at: dt.datetime = CREATED) -> Path:
        path = self.home.generations / f"{UNIT}-{sequence}.bundle"
        path.write_bytes(self.bundle(sequence, created_at))
        return path


@pytest.fixture
def installation(tmp_path: Path) -> Installation:
    inst = Installation(tmp_path)
    inst.store_generation(1)
    return inst


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session(installation: Installation) -> Iterator[Any]:
    from continuity_app.vault import unlock

    s = unlock(installation.home, PASSPHRASE, now=NOW)
    yield s
    s.lock()


def make_window(
    qtbot: Any,
    installation: Installation,
    clock: FakeClock,
    session: Any = None,
    language: str = "da",
    size: tuple[int, int] | None = (1366, 768),
) -> Any:
    from continuity_app.gui.app import create_window

    window = create_window(
        installation.home,
        session=session,
        language=language,
        clock=clock,
        now=lambda: NOW,
        scheduled_sync=False,
    )
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    if session is not None:
        wait_idle(qtbot, window)
        answer_initials(qtbot, window)
    return window


def answer_initials(qtbot: Any, window: Any, initials: str = "TS") -> None:
    """After unlock the app asks who is working: type initials and press Enter, as staff do."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    dialog = getattr(getattr(window, "journaling", None), "dialog", None)
    if dialog is None:
        return
    field = dialog.findChild(QLineEdit)
    qtbot.keyClicks(field, initials)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.journaling.dialog is None, timeout=5_000)


def wait_idle(qtbot: Any, window: Any) -> None:
    """Until every background task finished and its result reached the GUI thread."""
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)


@pytest.fixture
def window(qtbot: Any, installation: Installation, clock: FakeClock, session: Any) -> Any:
    """The main window, unlocked on the real session."""
    return make_window(qtbot, installation, clock, session)


@pytest.fixture
def locked_window(qtbot: Any, installation: Installation, clock: FakeClock) -> Any:
    return make_window(qtbot, installation, clock)


def audit_entries(home: ClientHome) -> list[Any]:
    """The decrypted audit log (the data protection officer's view)."""
    from continuity_app.vault.audit_read import read_log
    from continuity_app.vault.device import DeviceFile

    keys = DeviceFile.load(home.device).unwrap(PASSPHRASE)
    report = read_log(home.audit_log, keys.audit)
    assert report.intact
    return report.entries


def answer_warning(qtbot: Any, button: Any, seen: list[str]) -> None:
    """Answer the unencrypted-file warning once it is up, as the person would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(50, answer)
