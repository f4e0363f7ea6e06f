"""The crisis staff's tools: the overview at ``alle`` and a call-tree run of the whole municipality.

Figures, each with a baseline measured in the same run on the same data:

1. The overview (``crisis.overview.overview_of``: per-unit counts, free vehicles,
   fuel) on the ``alle`` store vs a bare ``SELECT unit_id, count(*) … GROUP BY``
   over the citizens; target ≤ 0.5 s at aarhus. The same on ``krisestab`` (its
   counts come from the bundle's meta).
   The Overblik view opening at ``alle``: the same, plus the view's model filled and
   every cell and the totals read as the screen paints them (Qt offscreen); ≤ 0.5 s at
   aarhus, same baseline.
2. ``callrun`` for one tree holding every contact node of the scale (6,000 at
   aarhus: the unit trees hung under the crisis staff's root) with a run under way
   (two thirds called, some not answering, a few late): the state alone, and the
   pack rendered to PDF; target ≤ 30 s. Baseline: a bare reportlab canvas writing
   one line per node.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import random
from functools import partial

from bench.harness import Result, demo_dataset, timed
from continuity_app.domain.models import ContactNode, Dataset

TODAY = dt.date(2026, 11, 27)
CREATED = "2026-11-27T04:30:00+00:00"
START = dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC)


def one_tree(dataset: Dataset) -> list[ContactNode]:
    """Every contact node of the scale in one tree: each tree's roots under the first's root."""
    first = dataset.contacts[0].tree_id
    top = next(n.node_id for n in dataset.contacts if n.tree_id == first and not n.parent_id)
    out = []
    for n in dataset.contacts:
        own = f"{n.tree_id}/{n.node_id}"
        parent = f"{n.tree_id}/{n.parent_id}" if n.parent_id else ""
        if not parent and n.tree_id != first:
            parent = f"{first}/{top}"
        deputy = f"{n.tree_id}/{n.deputy_node_id}" if n.deputy_node_id else ""
        out.append(
            dataclasses.replace(
                n,
                tree_id="ALL",
                tree_name="Hele kommunen",
                node_id=own,
                parent_id=parent,
                deputy_node_id=deputy,
                escalate_after_min=n.escalate_after_min or 15,
            )
        )
    return out


def run_entries(tree, rng: random.Random):
    from continuity_app.journal.entry import Entry

    entries = []
    minute = 0.0
    for i, (_, t) in enumerate(tree.walk()):
        if rng.random() > 0.66:
            continue
        minute += 0.02
        result = "nået" if rng.random() < 0.8 else "ikke nået"
        fields = {"tree_id": "ALL", "node_id": t.node.node_id, "channel": "mobil", "result": result}
        if i == 0:
            fields |= {"run": "start", "result": "nået"}
        at = START + dt.timedelta(minutes=minute)
        entries.append(
            Entry(
                device="bench",
                n=i + 1,
                kind="call",
                initials="BE",
                at=at,
                recorded=at,
                fields=fields,
                prev="",
            )
        )
    return entries


def _overview_view(store) -> float:
    """The Overblik view's work on opening: the overview, the model, every cell, the totals."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QModelIndex, Qt

    from continuity_app.crisis.overview import overview_of
    from continuity_app.gui.app import application
    from continuity_app.gui.views.overview import OverviewModel

    application(["bench"])
    model = OverviewModel()

    def open_view() -> None:
        ov = overview_of(store)
        model.set_rows(ov.lines)
        for row in range(model.rowCount(QModelIndex())):
            for column in range(model.columnCount(QModelIndex())):
                model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
        from continuity_app.gui.views.overview import fleet_text

        fleet_text(ov.free_fleet)

    return timed(open_view, repeat=5)[0]


def _bare_canvas(lines: list[str]) -> float:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from continuity_app.printing.fonts import REGULAR, register_fonts

    register_fonts()

    def draw() -> None:
        c = Canvas(io.BytesIO(), pagesize=landscape(A4))
        y = 560.0
        for line in lines:
            if y < 40:
                c.showPage()
                y = 560.0
            c.setFont(REGULAR, 8)
            c.drawString(30, y, line)
            y -= 12
        c.save()

    return timed(draw)[0]


def run(scale: str) -> list[Result]:
    from continuity_app.crisis.callrun import run_state
    from continuity_app.crisis.overview import overview_of
    from continuity_app.printing import PackOptions, Stamp, render_pack
    from continuity_app.store import Store

    dataset = demo_dataset(scale, 1, today=TODAY)
    results: list[Result] = []
    with (
        Store.build(dataset, meta={"scope": "alle", "created_at": CREATED}) as store,
        store.derive("krisestab") as kris,
    ):
        bare, _ = timed(
            lambda: store.conn.execute("SELECT unit_id, count(*) FROM citizens GROUP BY unit_id").fetchall(),
            repeat=5,
        )
        for label, s in (("alle", store), ("krisestab", kris)):
            seconds, ov = timed(partial(overview_of, s), repeat=5)
            results.append(
                Result(
                    f"overview ({scale} {label}, {len(ov.lines)} units)",
                    seconds,
                    "s",
                    bare,
                    "bare GROUP BY over citizens",
                    "≤ 0.5 s" if scale == "aarhus" else "",
                    seconds <= 0.5,
                )
            )
        seconds = _overview_view(store)
        results.append(
            Result(
                f"Overblik view opens ({scale} alle)",
                seconds,
                "s",
                bare,
                "bare GROUP BY over citizens",
                "≤ 0.5 s" if scale == "aarhus" else "",
                seconds <= 0.5,
            )
        )
    nodes = one_tree(dataset)
    with Store.build(
        Dataset(units=dataset.units, contacts=nodes), meta={"scope": "alle", "created_at": CREATED}
    ) as store:
        tree = store.contact_tree("ALL")
        assert tree is not None
        entries = run_entries(tree, random.Random(3))
        now = START + dt.timedelta(hours=2)
        state_s, state = timed(lambda: run_state(tree, entries, now))
        stamp = Stamp("Alle (alle)", dt.datetime.fromisoformat(CREATED))
        options = PackOptions(tree_id="ALL", entries=tuple(entries), now=now)

        def render() -> int:
            return render_pack(store, "callrun", io.BytesIO(), stamp=stamp, options=options).pages

        pack_s, pages = timed(render)
        base_s = _bare_canvas([f"{n.number} {n.node.name} {n.node.mobile}" for n in state.missing])
        results.append(
            Result(
                f"callrun state ({scale}, {len(nodes)} nodes, {len(entries)} calls)",
                state_s,
                "s",
                None,
                "",
                "",
                None,
            )
        )
        results.append(
            Result(
                f"callrun pack ({scale}, {len(state.missing)} missing, {pages} pages)",
                pack_s,
                "s",
                base_s,
                "bare canvas, a line per missing node",
                "≤ 30 s" if scale == "aarhus" else "",
                pack_s <= 30,
            )
        )
    return results
