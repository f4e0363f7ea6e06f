"""A laptop with two publishers (municipalities sharing a preparedness plan) in the app: "Synkronisér
nu" pulls both, the one passphrase opens both, and the vehicles view shows both municipalities'
vehicles and fuel stocks, each row naming its municipality."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from crisis_gui_support import activate, pdf_text, printed
from gui_support import FakeClock, answer_initials, wait_idle
from PySide6.QtCore import Qt

from continuity_app import demosetup, publish
from continuity_app.cli.app import main
from continuity_app.home import ClientHome
from continuity_app.vault.several import unlock_all


@pytest.fixture
def two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ClientHome:
    """Holstebro's laptop (enrolment "main") with Skive added beside it; neither synced yet."""
    monkeypatch.setenv("CONTINUITY_PASSPHRASE", demosetup.DEMO_PASSPHRASE)
    first = demosetup.make(tmp_path / "holstebro", scale="tiny", seed=1, fast_kdf=True)
    second = demosetup.make(tmp_path / "skive", scale="tiny", seed=2, fast_kdf=True)
    request = tmp_path / "skive-request.json"
    assert (
        main(
            [
                "enroll",
                "--add",
                "skive",
                "--unit",
                second.unit_id,
                "--source",
                str(second.publish),
                "--publisher-key",
                str(second.publisher / "publisher-key.pub"),
                "--out",
                str(request),
                "--home",
                str(first.client.root),
            ]
        )
        == 0
    )
    publish.add_device(second.publisher, request.read_bytes())
    publish.build(
        second.publisher, second.exports, second.publish, passphrase=demosetup.DEMO_PUBLISHER_PASSPHRASE
    )
    return first.client


def cells(model: Any, column: int) -> list[str]:
    """What the column shows, row by row (a registration's space is shown as a no-break one)."""
    return [model.index(r, column).data().replace("\xa0", " ") for r in range(model.rowCount())]


def test_the_vehicles_view_shows_both_municipalities(qtbot, two: ClientHome) -> None:
    from continuity_app.gui.app import create_window

    window = create_window(two, language="da", clock=FakeClock(), scheduled_sync=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    with qtbot.waitSignal(window.sync.status_changed, timeout=30_000):
        window.sync.sync_now()  # "Synkronisér nu": every enrolment from its own source
    assert all(h.list_generations() for h in two.enrolments())
    qtbot.keyClicks(window.unlock_page.passphrase, demosetup.DEMO_PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.session is not None, timeout=20_000)
    wait_idle(qtbot, window)
    answer_initials(qtbot, window)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert window.view_stack.currentIndex() == window.VEHICLES
    view = window.views[window.VEHICLES]
    column = view.model.Column.MUNICIPALITY
    assert not view.table.isColumnHidden(column)
    assert view.model.headerData(column, Qt.Orientation.Horizontal) == "Kommune"
    with unlock_all(two, demosetup.DEMO_PASSPHRASE) as both:
        expected = sorted((v.enrolment, v.item.registration) for v in both.vehicles())
        stocks = sorted((s.enrolment, s.item.location) for s in both.fuel_stocks())
    shown = sorted(
        zip(cells(view.model, column), cells(view.model, view.model.Column.REGISTRATION), strict=True)
    )
    assert shown == expected and {town for town, _ in shown} == {"main", "skive"}
    stock_column = view.stocks.Column.MUNICIPALITY
    assert (
        sorted(
            zip(
                cells(view.stocks, stock_column), cells(view.stocks, view.stocks.Column.LOCATION), strict=True
            )
        )
        == stocks
    )
    # one unit filter entry per municipality's unit, never merged across the two
    units = [view.unit_box.itemData(i) for i in range(1, view.unit_box.count())]
    assert units and all(u.partition(":")[0] in ("main", "skive") for u in units)
    view.unit_box.setCurrentIndex(view.unit_box.findData(units[0]))
    assert set(cells(view.proxy, column)) == {units[0].partition(":")[0]}
    # Ctrl+P prints both municipalities' vehicles, each row naming its municipality
    text = pdf_text(printed(qtbot, window))
    for town in ("main", "skive"):
        assert f"Køretøjer efter ejer-enhed – {town}" in text
    assert "Kommune" in text
    # saved as a PDF: the paper shows both municipalities' data, so both audit logs say so
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.printing.preview is not None, timeout=20_000)
    window.printing.preview.write_file(str(two.root.parent / "vehicles.pdf"))
    window.printing.preview.done(0)
    wait_idle(qtbot, window)
    window.lock()
    wait_idle(qtbot, window)
    for home in two.enrolments():
        assert [f["pack"] for f in prints(home) if f.get("out") == "file"] == ["vehicles"], (
            home.enrolment_name
        )


def prints(home: ClientHome) -> list[dict[str, Any]]:
    """The print records of one enrolment's audit log (read with its own keys)."""
    from continuity_app.vault.audit_read import read_log
    from continuity_app.vault.device import DeviceFile

    keys = DeviceFile.load(home.device).unwrap(demosetup.DEMO_PASSPHRASE)
    report = read_log(home.audit_log, keys.audit)
    assert report.intact
    return [dict(e.fields) for e in report.entries if e.event == "print"]


def test_the_contact_trees_view_names_each_municipality(qtbot, two: ClientHome) -> None:
    from continuity_app.gui.app import create_window
    from continuity_app.gui.backend import VaultBackend

    VaultBackend(two).sync(lambda _stage, _fraction: None)  # as "Synkronisér nu": both
    session = VaultBackend(two).unlock(demosetup.DEMO_PASSPHRASE, lambda _s, _f: None)
    window = create_window(two, session=session, language="da", clock=FakeClock(), scheduled_sync=False)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, window)
    answer_initials(qtbot, window)
    window.show_view(window.CONTACTS)
    wait_idle(qtbot, window)
    model = window.views[window.CONTACTS].model
    tops = [model.index(r, 0).data() for r in range(model.rowCount())]
    with unlock_all(two, demosetup.DEMO_PASSPHRASE) as both:
        trees = both.contact_trees()
    assert len(tops) == len(trees)
    for tree in trees:
        assert any(f"{tree.item.tree_name} – {tree.enrolment}" in top for top in tops)
    window.lock()
    wait_idle(qtbot, window)


def test_the_sync_view_and_banner_show_the_other_municipality(qtbot, two: ClientHome, tmp_path: Path) -> None:
    from continuity_app.gui.app import create_window
    from continuity_app.gui.backend import VaultBackend

    VaultBackend(two).sync(lambda _stage, _fraction: None)  # as "Synkronisér nu": both
    session = VaultBackend(two).unlock(demosetup.DEMO_PASSPHRASE, lambda _s, _f: None)
    skive_source = tmp_path / "skive" / "publish"
    skive_source.rename(tmp_path / "skive" / "gone")  # Skive's server is down from now on
    window = create_window(two, session=session, language="da", clock=FakeClock(), scheduled_sync=False)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, window)
    answer_initials(qtbot, window)
    with qtbot.waitSignal(window.sync.status_changed, timeout=30_000):
        window.sync.sync_now()  # Holstebro syncs; Skive fails
    wait_idle(qtbot, window)
    window.show_view(window.SYNC)
    view = window.views[window.SYNC]
    assert view.others.isVisible() and view.others.count() == 1
    line = view.others.item(0).text()
    assert line.startswith("skive: ") and "løbenummer" in line and "mislykkedes" in line
    assert view.values["scope"].text().endswith("(main)")
    warning = window.banner.warning_label
    assert warning.isVisible() and "skive: seneste synkronisering mislykkedes" in warning.text()
    window.lock()
    wait_idle(qtbot, window)
