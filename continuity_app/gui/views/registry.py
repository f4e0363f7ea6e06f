"""The views of the main window, in one place: their ids, what each offers, their order.

A new view is one ``ViewId`` member and one line in :func:`view_types`; the main
window builds the navigation, the Ctrl+number shortcuts and the stack from that list
(navigation order = ``ViewId`` order; Ctrl+1…9 the first nine).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Protocol

from PySide6.QtWidgets import QWidget

from continuity_app.gui.context import AppContext
from continuity_app.gui.views.common import PrintRequest


class ViewId(IntEnum):
    CITIZENS = 0
    CITIZEN = 1
    ROUTES = 2
    VULNERABLE = 3
    VEHICLES = 4
    CONTACTS = 5
    UNITS = 6
    SYNC = 7
    JOURNAL = 8
    OVERVIEW = 9
    VEHICLE_BOARD = 10
    CALLRUN = 11
    NEARBY = 12


class View(Protocol):
    """What the main window asks of a view (every view is also a ``QWidget``)."""

    def title(self) -> str: ...

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the view is shown (typing is expected there)."""
        ...

    def load(self) -> None:
        """Fetch what the view shows from the open session (on the database thread)."""
        ...

    def clear(self) -> None:
        """Drop every row (on lock)."""
        ...

    def print_request(self) -> PrintRequest | None:
        """What Ctrl+P prints in this view, or None when there is nothing to print."""
        ...


class ViewFactory(Protocol):
    def __call__(self, context: AppContext) -> QWidget: ...


def view_types() -> dict[ViewId, ViewFactory]:
    """Every view by id; the main window shows them in ``ViewId`` order."""
    from continuity_app.gui.views.callrun import CallRunView
    from continuity_app.gui.views.citizen import CitizenView
    from continuity_app.gui.views.citizens import CitizensView
    from continuity_app.gui.views.contacts import ContactsView
    from continuity_app.gui.views.journal import JournalView
    from continuity_app.gui.views.lists import UnitsView, VulnerableView
    from continuity_app.gui.views.nearby import NearbyView
    from continuity_app.gui.views.overview import OverviewView
    from continuity_app.gui.views.routes import RoutesView
    from continuity_app.gui.views.sync import SyncView
    from continuity_app.gui.views.vehicleboard import VehicleBoardView
    from continuity_app.gui.views.vehicles import VehiclesView

    return {
        ViewId.CITIZENS: CitizensView,
        ViewId.CITIZEN: CitizenView,
        ViewId.ROUTES: RoutesView,
        ViewId.VULNERABLE: VulnerableView,
        ViewId.VEHICLES: VehiclesView,
        ViewId.CONTACTS: ContactsView,
        ViewId.UNITS: UnitsView,
        ViewId.SYNC: SyncView,
        ViewId.JOURNAL: JournalView,
        ViewId.OVERVIEW: OverviewView,
        ViewId.VEHICLE_BOARD: VehicleBoardView,
        ViewId.CALLRUN: CallRunView,
        ViewId.NEARBY: NearbyView,
    }
