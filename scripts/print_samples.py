"""Render one telling page of each print pack to PNG in docs/print-samples/ (``./dev print-samples``).

Builds the lemvig demo store (generated, fictitious data) the way the publisher does: the
demo exports, plus a FHIR ``.json`` export of structured doses (a weekly dose, a taper, clock
times) for the citizen shown, read with the exchange reader. Renders each pack, and turns a
page into PNG with ``pdftoppm``. The exports and PDFs exist only in a temporary folder that is
deleted at the end.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from continuity_app.crisis.drill import print_text, start_text  # noqa: E402
from continuity_app.domain.age import COPENHAGEN  # noqa: E402
from continuity_app.domain.models import Dataset, DoseSchedule  # noqa: E402
from continuity_app.exchange import read_exchange  # noqa: E402
from continuity_app.exchange.demo import generate_dataset, write_exports  # noqa: E402
from continuity_app.exchange.demo_fhir import write_fhir_export  # noqa: E402
from continuity_app.journal.entry import Entry  # noqa: E402
from continuity_app.printing import PACKS, PackOptions, Stamp, render_pack  # noqa: E402
from continuity_app.printing.medication import known_allergies  # noqa: E402
from continuity_app.store import Store  # noqa: E402

TODAY = dt.date(2026, 11, 27)
CREATED = dt.datetime(2026, 11, 27, 4, 30, tzinfo=dt.UTC)
PRINTED = dt.datetime(2026, 11, 27, 9, 35, tzinfo=dt.UTC)  # 10:35 Danish time: the morning round half done


def telling_citizen(store: Store, unit_id: str) -> str:
    """A citizen whose page shows the most: allergies, time-critical, non-daily and PN doses."""

    def score(citizen_id: str) -> tuple[int, int]:
        meds = store.medications(citizen_id, today=TODAY)
        record = store.citizen(citizen_id, today=TODAY)
        allergies = 1 if record is not None and known_allergies(record.citizen.allergies) else 0
        kinds = (
            any(m.time_critical for m in meds),
            any(m.daily_grid is None and not m.as_needed for m in meds),
            any(m.as_needed for m in meds),
            bool(allergies),
        )
        return sum(kinds), -abs(len(meds) - 7)

    return max((c.citizen_id for c in store.citizens(unit_id)), key=score)


def with_fhir_doses(dataset: Dataset, citizen_id: str, folder: Path) -> Dataset:
    """The dataset as the publisher reads it from the demo exports plus a FHIR ``.json`` export
    whose doses have only a structure (a weekly dose, a taper, clock times) for the citizen:
    the reader builds their texts, schedules and due weekdays, as from a real FHIR export."""
    write_exports(dataset, folder)
    write_fhir_export([citizen_id], folder, TODAY)
    result = read_exchange(folder, today=TODAY)
    if result.dataset is None:
        raise SystemExit("the demo exports do not read back: " + "; ".join(map(str, result.errors[:5])))
    built = [m for m in result.dataset.medications if m.citizen_id == citizen_id and m.dose_text_built]
    assert any(m.schedule is DoseSchedule.NON_DAILY and m.due_weekdays for m in built), built
    return result.dataset


def sample_entries(store: Store, unit_id: str) -> list[Entry]:
    """A morning's journal: visits, a PN dose, a dose not given, a call-tree run, a car out, a drill."""
    out: list[Entry] = []

    def add(kind: str, minutes: float, drill: bool = False, **fields: object) -> Entry:
        at = PRINTED - dt.timedelta(hours=3) + dt.timedelta(minutes=minutes)
        entry = Entry(
            device="demo-laptop",
            n=len(out) + 1,
            kind=kind,
            initials="AH",
            at=at,
            recorded=at,
            fields=fields,
            prev="",
            drill=drill,
        )
        out.append(entry)
        return entry

    route = store.routes(TODAY, unit_id)[0]
    visits = store.route_visits(route.route_id)
    round_start = PRINTED - dt.timedelta(hours=3)
    for i, row in enumerate(visits[:6]):
        visit_id, citizen_id = row.visit.visit_id, row.citizen.citizen_id
        ended = dt.datetime.combine(TODAY, row.visit.end or row.visit.start, COPENHAGEN)
        minutes = (ended - round_start).total_seconds() / 60  # marked as the visit ends
        if i == 4:
            add(
                "visit",
                minutes,
                visit_id=visit_id,
                outcome="ikke udført",
                visit_citizen_id=citizen_id,
                note="Nøglen passede ikke",
            )
        else:
            add("visit", minutes, visit_id=visit_id, outcome="udført", visit_citizen_id=citizen_id)
    pn = next(
        (
            (row.citizen.citizen_id, m)
            for row in visits
            for m in store.medications(row.citizen.citizen_id)
            if m.as_needed
        ),
        None,
    )
    if pn is not None:
        add(
            "pn",
            15,
            citizen_id=pn[0],
            medication_id=pn[1].medication_id,
            drug=pn[1].drug,
            strength=pn[1].strength,
            dose="1 tablet",
            reason="Smerter",
        )
    regular = next(
        (
            (row.citizen.citizen_id, m)
            for row in visits[1:]
            for m in store.medications(row.citizen.citizen_id)
            if m.daily_grid
        ),
        None,
    )
    if regular is not None:
        add(
            "given",
            25,
            citizen_id=regular[0],
            medication_id=regular[1].medication_id,
            drug=regular[1].drug,
            strength=regular[1].strength,
            date=TODAY.isoformat(),
            slot="morgen",
            outcome="afvist",
            reason="Borgeren ville ikke tage den",
        )
    tree = store.contact_trees()[0]
    walk = [t.node for _, t in tree.walk()]
    add(
        "call", 30, tree_id=tree.tree_id, node_id=walk[0].node_id, channel="mobil", result="nået", run="start"
    )
    for i, node in enumerate(walk[1:12]):
        add(
            "call",
            32 + 2 * i,
            tree_id=tree.tree_id,
            node_id=node.node_id,
            channel="mobil",
            result="ikke nået" if i % 4 == 3 else "nået",
        )
    free = next(v for v in store.vehicles() if v.is_free)
    add("vehicle", 40, vehicle_id=free.vehicle_id, task="Vand til plejecentret", driver="Ole Hansen")
    add("drill", 60, True, step="start", text=start_text(CREATED))
    add("drill", 62, True, step="step", text="unlock")
    add("drill", 66, True, step="step", text=print_text("route"))
    add(
        "call",
        70,
        True,
        tree_id=tree.tree_id,
        node_id=walk[0].node_id,
        channel="mobil",
        result="nået",
        run="start",
    )
    for i, node in enumerate(walk[1:8]):
        add(
            "call",
            72 + 3 * i,
            True,
            tree_id=tree.tree_id,
            node_id=node.node_id,
            channel="radio" if i % 3 == 2 else "mobil",
            result="nået",
        )
    add("drill", 150, True, step="end", text="Radioen i kælderen virkede ikke")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "print-samples")
    parser.add_argument("--dpi", type=int, default=80)
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    meta = {"scope": "alle", "scope_name": "Lemvig Kommune (demo)", "created_at": CREATED.isoformat()}
    dataset = generate_dataset("lemvig", 1, today=TODAY)
    with Store.build(dataset, meta=meta) as first:
        unit = next(u.unit_id for u in first.units() if first.routes(TODAY, u.unit_id))
        citizen = telling_citizen(first, unit)
    with (
        tempfile.TemporaryDirectory(prefix="noedkopi-samples-") as tmp,
        Store.build(with_fhir_doses(dataset, citizen, Path(tmp) / "exports"), meta=meta) as store,
        store.derive("krisestab") as crisis,
    ):
        stamp = Stamp("Lemvig Kommune (demo)", CREATED, PRINTED)
        journal = PackOptions(entries=tuple(sample_entries(store, unit)), now=PRINTED)
        tree_id = store.contact_trees()[0].tree_id
        plan: dict[str, tuple[dict[str, object], list[int]]] = {
            "route": ({"unit_id": unit, "date": TODAY}, [1]),
            "medication": ({"citizen_id": citizen, "date": TODAY}, [1, 2]),
            "vulnerable": ({"unit_id": unit}, [1]),
            "vehicles": ({"options": journal}, [1]),
            "contacts": ({}, [1, 2]),
            "emergency": ({"unit_id": unit}, [1]),
            "overview": ({"options": journal}, [1]),
            "nearby": ({"options": PackOptions(near="56.5486,8.3102", radius_km=15)}, [1]),
            "callrun": ({"options": dataclasses.replace(journal, tree_id=tree_id)}, [1]),
            "drill": ({"options": journal}, [1]),
            "handover": ({"unit_id": unit, "date": TODAY, "options": journal}, [1]),
        }
        jobs = [(pack, pack, store, stamp, *plan[pack]) for pack in PACKS]
        # The crisis staff's laptop: no medication pages, one line says where they are.
        jobs.append(
            (
                "emergency-krisestab",
                "emergency",
                crisis,
                Stamp("Krisestab (demo)", CREATED, PRINTED),
                {"unit_id": unit},
                [1],
            )
        )
        # Overblik as the crisis staff print it: the counts come from the bundle, not the rows.
        jobs.append(
            (
                "overview-krisestab",
                "overview",
                crisis,
                Stamp("Krisestab (demo)", CREATED, PRINTED),
                {"options": journal},
                [1],
            )
        )
        for name_base, pack, source, job_stamp, kwargs, pages in jobs:
            buffer = io.BytesIO()
            info = render_pack(source, pack, buffer, stamp=job_stamp, **kwargs)  # type: ignore[arg-type]
            pdf = Path(tmp) / f"{name_base}.pdf"
            pdf.write_bytes(buffer.getvalue())
            for page in (p for p in pages if p <= info.pages):
                name = name_base if page == 1 else f"{name_base}-page{page}"
                subprocess.run(
                    [
                        "pdftoppm",
                        "-png",
                        "-r",
                        str(args.dpi),
                        "-f",
                        str(page),
                        "-l",
                        str(page),
                        "-singlefile",
                        str(pdf),
                        str(args.out / name),
                    ],
                    check=True,
                )
                print(f"{args.out / name}.png  ({info.title}, page {page} of {info.pages})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
