"""The shift handover: visits not done, doses not given, effect checks due, per citizen."""

from __future__ import annotations

import datetime as dt
import io
import re

from crisis_support import CREATED, DAY, dataset, entry
from pypdf import PdfReader

from continuity_app.crisis.handover import handover
from continuity_app.printing import PackOptions, Stamp, render_pack
from continuity_app.store import Store

T = dt.datetime(2026, 11, 27, 7, 0, tzinfo=dt.UTC)  # 08:00 in Copenhagen
H = dt.timedelta(hours=1)


def day_entries() -> list:
    pn = entry(
        "pn",
        T,
        citizen_id="h0",
        medication_id="m-pn",
        drug="Panodil",
        strength="500 mg",
        dose="2 tabletter",
        reason="Smerter i ryggen",
    )
    wrong = entry("note", T + H, citizen_id="h1", text="Faldet i badeværelset")
    return [
        pn,
        entry("visit", T, visit_id="v0", outcome="udført", visit_citizen_id="h0"),
        entry(
            "visit",
            T + H,
            visit_id="v1",
            outcome="ikke udført",
            visit_citizen_id="h1",
            note="Ingen lukkede op",
        ),
        entry(
            "given",
            T + H,
            citizen_id="h1",
            medication_id="m-furix",
            drug="Furix",
            date=DAY.isoformat(),
            slot="morgen",
            outcome="ikke hjemme",
            reason="Borgeren var hos naboen",
        ),
        wrong,
        entry("correction", T + 2 * H, of=wrong.id, reason="Forkert borger"),
        entry("note", T + 2 * H, citizen_id="h2", text="Ilt: 1 flaske tilbage"),
        entry("note", T - 30 * H, citizen_id="h2", text="I går: alt vel"),  # another day
    ]


def test_the_day_per_route_and_citizen() -> None:
    with Store.build(dataset()) as store:
        h = handover(store, day_entries(), DAY, T + 3 * H, unit_id="HP1")
    (route,) = h.routes
    assert [v.done for v in route.visits] == [True, False, False]
    assert [v.row.citizen.citizen_id for v in route.not_done] == ["h1", "h2"]
    days = {c.citizen.citizen_id: c for c in h.citizens}
    assert list(days) == ["h0", "h1", "h2"]
    assert [e.kind for e in days["h0"].due_effects] == ["pn"]  # 3 hours, no effect check
    assert [e.fields["reason"] for e in days["h1"].not_given] == ["Borgeren var hos naboen"]
    assert [e.kind for e in days["h1"].entries] == ["visit", "given"]  # the corrected note is gone
    assert [e.fields["text"] for e in days["h2"].entries] == ["Ilt: 1 flaske tilbage"]


def test_an_effect_check_ends_the_due() -> None:
    items = day_entries()
    items.append(entry("effect", T + 2 * H, of=items[0].id, effect="God effekt", citizen_id="h0"))
    with Store.build(dataset()) as store:
        h = handover(store, items, DAY, T + 3 * H, unit_id="HP1")
    h0 = next(c for c in h.citizens if c.citizen.citizen_id == "h0")
    assert h0.due_effects == [] and [e.kind for e in h0.entries] == ["pn", "visit", "effect"]


def test_handover_pack_reads_back() -> None:
    with Store.build(dataset(), meta={"scope": "HP1", "created_at": CREATED.isoformat()}) as store:
        out = io.BytesIO()
        info = render_pack(
            store,
            "handover",
            out,
            unit_id="HP1",
            date=DAY,
            stamp=Stamp("Hjemmeplejen Lemvig (HP1)", CREATED),
            options=PackOptions(entries=tuple(day_entries()), now=T + 3 * H),
        )
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages]
    text = re.sub(r"\s+", " ", " ".join(pages))
    assert info.citizen_ids == ("h0", "h1", "h2")
    assert "Vagtoverlevering – Hjemmeplejen Lemvig – fredag 27. november 2026" in text
    assert "2 besøg ikke registreret som udført, 1 effekt-vurderinger skal laves, 1 doser ikke givet" in text
    assert "EFFEKT SKAL VURDERES: PN givet: Panodil 500 mg, 2 tabletter – årsag: Smerter i ryggen" in text
    assert "IKKE GIVET: Furix morgen: ikke hjemme – årsag: Borgeren var hos naboen" in text
    assert "intet registreret" in text and "Besøg ikke udført (Ingen lukkede op)" in text
    assert "Faldet i badeværelset" not in text  # corrected away
    assert "I går: alt vel" not in text
    # then, for each citizen's paper file, the day's entries as the journal's own PDF has them
    filed = [re.sub(r"\s+", " ", p) for p in pages if "Journal under nedbrud:" in p]
    assert [next(n for n in ("h0", "h1", "h2") if f"Borger-id {n}" in p) for p in filed] == ["h0", "h1", "h2"]
    assert "Ilt: 1 flaske tilbage" in filed[2] and "Faldet i badeværelset" not in filed[1]
