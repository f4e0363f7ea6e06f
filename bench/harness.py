"""The benchmark harness every step adds to.

A benchmark module is ``bench/bench_<step>.py`` with::

    def run(scale: str) -> list[Result]: ...

Each :class:`Result` carries the figure, the baseline measured in the same run on
the same machine, and the target of SPEC §9. Figures are judged as ratios to the
baseline (never by timed assertions in the test suite): the machine's speed
cancels out, the ratio says what our code costs on top of the bare primitive.
"""

from __future__ import annotations

import datetime as dt
import gc
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from continuity_app.domain.models import Dataset

T = TypeVar("T")


@dataclass
class Result:
    name: str  # e.g. "store build (aarhus)"
    figure: float
    unit: str  # "s", "ms", "MB", "pages/s"
    baseline: float | None = None  # measured in the same run, same unit
    baseline_label: str = ""  # what the baseline is, e.g. "bare executemany"
    target: str = ""  # SPEC §9's target, as text
    ok: bool | None = None  # whether the target is met, when it can be judged

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.figure / self.baseline

    def line(self) -> str:
        parts = [f"{self.name:<46} {self.figure:>10.3f} {self.unit:<8}"]
        if self.baseline is not None:
            parts.append(f"baseline {self.baseline:>9.3f} {self.unit} ({self.baseline_label})")
            parts.append(f"ratio {self.ratio:>6.2f}×")
        if self.target:
            verdict = "" if self.ok is None else (" ok" if self.ok else " MISSED")
            parts.append(f"target {self.target}{verdict}")
        return "  ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio}


def timed(fn: Callable[[], T], *, repeat: int = 1) -> tuple[float, T]:
    """Best wall-clock seconds of ``repeat`` calls, and the last result."""
    best = float("inf")
    result: T
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


_DATASETS: dict[tuple[str, int, dt.date], Dataset] = {}


def demo_dataset(scale: str, seed: int = 1, today: dt.date | None = None) -> Dataset:
    """The demo data set of ``generate_dataset``, made once per bench module for each
    (scale, seed, day) and shared by the figures of that module (``forget_datasets``
    drops them after it). Shared means read-only: a figure must not change it. It is
    frozen out of the garbage collector's way (``gc.freeze``), so that holding millions
    of rows does not slow the in-process figures beside it.

    Not kept for the whole run: on the development machine (a virtual one) a process
    merely holding a few GB slows every other process's memory-heavy work — a region
    publish took 29–33 s alone and 41 s beside an idle process holding 3 GB — so a
    data set held across modules would distort the figures after it.
    """
    from continuity_app.exchange.demo import generate_dataset

    key = (scale, seed, today or dt.date.today())
    if key not in _DATASETS:
        _DATASETS[key] = generate_dataset(scale, seed, today=key[2])
        gc.freeze()
    return _DATASETS[key]


def forget_datasets() -> None:
    """Let the demo data sets of the module just run go (see ``demo_dataset``)."""
    _DATASETS.clear()
    gc.unfreeze()
    gc.collect()


#: Source of ``peak_mb()`` for child processes, whose peak memory is the figure: it reads
#: VmHWM, the process's own high-water mark. (On Linux ``ru_maxrss`` after fork + exec
#: inherits the parent's peak, which in a benchmark holds the whole generated data set.)
PEAK_MB_CODE = """
def peak_mb():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""
