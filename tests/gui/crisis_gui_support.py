"""A crisis staff laptop for the GUI tests: a real home enrolled for ``krisestab``, holding a
real bundle of the tiny demo municipality plus one unit without coordinates (the town hall),
and a clock the test moves (``Clock``), never a sleep."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from gui_support import CREATED, NOW, PASSPHRASE, TODAY, FakeClock, answer_initials, wait_idle

from continuity_app.bundle import write_bundle
from continuity_app.bundle.keys import publisher_key_text
from continuity_app.domain.models import Category, Dataset, Unit, UnitKind
from continuity_app.exchange.demo import generate_dataset
from continuity_app.home import ClientHome
from continuity_app.store import Store

SCOPE = "krisestab"
TOWN_HALL = Unit(
    "AD01",
    "Rådhuset",
    UnitKind.ADMINISTRATION,
    Category.C,
    "Rådhusgade 2",
    "7620",
    "Lemvig",
    "96 63 11 00",
    "Anne Direktør",
    "20 11 22 33",
)


class Clock:
    """The app's wall clock, moved by the test."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def dataset() -> Dataset:
    data = generate_dataset("tiny", today=TODAY)
    return dataclasses.replace(data, units=[*data.units, TOWN_HALL])


class CrisisHome:
    """An enrolled krisestab home with generation 1 of the data in it."""

    def __init__(self, root: Path) -> None:
        from continuity_app.kdf import floor_params
        from continuity_app.vault.device import DeviceFile
        from continuity_app.vault.enroll import enroll

        key = Ed25519PrivateKey.generate()
        key_file = root / "publisher-key.pub"
        key_file.write_text(publisher_key_text(key.public_key()), encoding="ascii")
        (root / "publish").mkdir()
        self.home = ClientHome(root / "home")
        enroll(
            self.home,
            scope=SCOPE,
            source=str(root / "publish"),
            publisher_key_file=key_file,
            passphrase=PASSPHRASE,
            out=root / "REQUEST.json",
            kdf=floor_params(),
            now=CREATED,
        )
        with Store.build(dataset()) as full, full.derive(SCOPE) as kris:
            kris.set_meta(
                scope=SCOPE,
                scope_name="Krisestab",
                sequence="1",
                created_at=CREATED.astimezone(dt.UTC).isoformat(),
                valid_until=(CREATED + dt.timedelta(days=7)).astimezone(dt.UTC).isoformat(),
            )
            image = kris.image()
        device = DeviceFile.load(self.home.device)
        data = write_bundle(
            image,
            scope=SCOPE,
            sequence=1,
            created_at=CREATED,
            valid_until=CREATED + dt.timedelta(days=7),
            counts={"citizens": 1},
            scope_name="Krisestab",
            recipients={device.device_id: device.device_public()},
            signing_key=key,
        )
        (self.home.generations / f"{SCOPE}-1.bundle").write_bytes(data)

    def unlock(self, now: dt.datetime = NOW) -> Any:
        from continuity_app.vault import unlock

        return unlock(self.home, PASSPHRASE, now=now)


@pytest.fixture
def crisis_home(tmp_path: Path) -> CrisisHome:
    return CrisisHome(tmp_path)


@pytest.fixture
def wall() -> Clock:
    return Clock()


def open_window(qtbot: Any, crisis_home: CrisisHome, wall: Clock, session: Any) -> Any:
    """The main window on an unlocked krisestab session, initials given."""
    from continuity_app.gui.app import create_window

    window = create_window(
        crisis_home.home, session=session, language="da", clock=FakeClock(), now=wall, scheduled_sync=False
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    wait_idle(qtbot, window)
    answer_initials(qtbot, window, "KS")
    return window


def show(qtbot: Any, window: Any, view_id: int) -> Any:
    window.show_view(view_id)
    wait_idle(qtbot, window)
    return window.views[view_id]


def pdf_text(data: bytes) -> str:
    """The words of the PDF, read back with pypdf."""
    import io

    from pypdf import PdfReader

    text = " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())  # table cells wrap: compare words, not lines


def printed(qtbot: Any, window: Any) -> bytes:
    """Ctrl+P in the current view, then the PDF the preview shows."""
    from PySide6.QtCore import Qt

    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.printing.preview is not None, timeout=20_000)
    preview = window.printing.preview
    data = bytes(preview._data)  # the PDF in memory, as the preview shows it
    close_preview(qtbot, window)
    return data


def close_preview(qtbot: Any, window: Any) -> None:
    """Close the preview; the keyboard is back in the window."""
    window.printing.preview.done(0)
    activate(qtbot, window)


def activate(qtbot: Any, window: Any) -> None:
    """The window has the keyboard again (after a dialog closed), as for the person at it."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
