"""A work-around for a bug of the Qt binding, detected at run time, named and contained.

**PySide6 6.12.0 on Python 3.11 hands out None, True and False without counting the
reference.** Every void Qt method called from Python (``setText``, ``resize`` …), every
``Signal.emit()`` (returns True) and every invalid ``QVariant`` returned to Python (None)
takes one reference from the singleton. Python 3.12+ made those objects immortal, so
the binding no longer counts their references; on 3.11 each call drains them a little
until the interpreter frees None or True and aborts ("deallocating None": minutes into
a session — thousands of calls per screen).

The fix does what Python 3.12 does: give None, True and False a reference count so
high they can never reach zero (2**40 calls away). It is applied only when a probe at
import shows the drain, so a fixed PySide6 or a newer Python changes nothing.
Tests: ``tests/gui/test_gui_qtcompat.py``.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

#: Added to the reference counts of None, True and False when the binding drains them.
HEADROOM = 1 << 40


class _Probe(QObject):
    ping = Signal()


def _drains(singleton: object, call: object, tries: int = 32) -> bool:
    before = sys.getrefcount(singleton)
    for _ in range(tries):
        call()  # type: ignore[operator]
    return before - sys.getrefcount(singleton) >= tries // 2


def _make_immortal(singleton: object) -> bool:
    """Raise the reference count in place (CPython: ob_refcnt is the object's first field,
    checked against ``sys.getrefcount`` before anything is written)."""
    refcount = ctypes.c_ssize_t.from_address(id(singleton))
    if refcount.value != sys.getrefcount(singleton) - 1:  # -1: getrefcount's own argument
        return False  # not the object layout we know: leave it alone
    refcount.value += HEADROOM
    return True


def _apply() -> bool:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # immortal already
    probe = _Probe()
    drained = _drains(None, lambda: probe.setObjectName("probe")) or _drains(True, probe.ping.emit)
    return drained and all([_make_immortal(s) for s in (None, True, False)])


SINGLETONS_MADE_IMMORTAL = _apply()
