"""The reference folder reads cleanly into the domain objects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from continuity_app.domain.age import COPENHAGEN
from continuity_app.domain.models import Category, Fuel, Shift, UnitKind
from continuity_app.exchange import ExchangeResult


def test_base_folder_reads_without_problems(read: Callable[..., ExchangeResult]) -> None:
    result = read()
    assert result.errors == [] and result.warnings == []
    assert result.ok and result.dataset is not None
    ds = result.dataset
    assert ds.counts() == {
        "units": 2,
        "citizens": 2,
        "relatives": 1,
        "medications": 2,
        "routes": 1,
        "visits": 2,
        "vehicles": 1,
        "fuel_stocks": 1,
        "contacts": 2,
        "staff": 2,
    }
    assert ds.units[0].kind is UnitKind.HJEMMEPLEJE and ds.units[0].category is Category.A
    assert ds.units[1].generator is True and ds.units[1].supplies_days == 5
    karen = ds.citizens[0]
    assert (karen.cpr, karen.last_name, karen.no_close_relatives) == ("010150-1234", "Sønderskov", False)
    assert ds.relatives[0].primary is True
    assert ds.medications[0].daily_grid == (2.0, 2.0, 2.0, None)
    assert ds.medications[1].daily_grid is None
    assert ds.routes[0].date == dt.date(2026, 11, 27) and ds.routes[0].shift is Shift.DAG
    assert ds.visits[0].tasks == ("medicin", "morgenmad") and ds.visits[1].two_staff is True
    assert ds.visits[0].start == dt.time(7, 30) and ds.visits[0].end == dt.time(8, 0)
    assert ds.vehicles[0].fuel is Fuel.EL and ds.vehicles[0].range_km == 250
    assert ds.fuel_stocks[0].litres == 5000.0
    assert ds.fuel_stocks[0].read_at == dt.datetime(2026, 11, 26, 7, 0, tzinfo=COPENHAGEN)
    assert [n.parent_id for n in ds.contacts] == ["", "N1"]
    assert [(s.initials, s.unit_id) for s in ds.staff] == [("AB", "U1"), ("ØK", "")]
