"""Work-arounds for bugs of the Qt binding, each detected at run time, named and contained.

**Signal.emit steals a reference** (PySide6 6.12.0): ``SignalInstance.emit()`` returns
its result (``True``) without counting the reference it hands back, so every emit from
Python takes one reference from ``True``. After a couple of thousand emits the
interpreter frees ``True`` and aborts ("bool_dealloc: deallocating True or False").
Every emit in the app goes through :func:`emit`, which gives the reference back when
the running binding has the bug (measured once at import, so a fixed PySide6 needs no
change here). Tests: ``tests/gui/test_gui_qtcompat.py``.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    ping = Signal()


def _emit_steals_a_reference() -> bool:
    probe = _Probe()
    tries = 16
    before = sys.getrefcount(True)
    for _ in range(tries):
        probe.ping.emit()  # the result is dropped at once: with the bug, True loses one
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):  # give back what the probe itself took
        _incref(True)
    probe.deleteLater()
    return lost >= tries


EMIT_STEALS_A_REFERENCE = _emit_steals_a_reference()


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, safe on every PySide6 version (see the module docstring)."""
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]  # it returns True
    if EMIT_STEALS_A_REFERENCE:
        _incref(result)
