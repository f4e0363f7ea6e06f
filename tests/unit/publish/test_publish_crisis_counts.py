"""The krisestab bundle carries every unit's counts for Overblik: numbers, never people."""

from __future__ import annotations

import json

from publish_support import Setup
from test_publish_build import open_scope, publish

from continuity_app.crisis.overview import overview_of


def test_the_krisestab_bundle_counts_every_units_citizens_without_personal_data(enrolled: Setup) -> None:
    publish(enrolled)
    with open_scope(enrolled, "alle", "dev-alle") as alle:
        whole = {line.unit.unit_id: line.counts for line in overview_of(alle).lines}
        people = [(c.citizen_id, c.first_name, c.last_name, c.cpr) for c in alle.citizens()]
        total = alle.counts()["citizens"]
    with open_scope(enrolled, "krisestab", "dev-krisestab") as kris:
        raw = kris.meta["unit_counts"]
        overview = overview_of(kris)
    assert {line.unit.unit_id: line.counts for line in overview.lines} == whole
    assert overview.totals.citizens == total and overview.counts_complete
    counts = json.loads(raw)
    for unit_counts in counts.values():
        assert set(unit_counts) == {"citizens", "residents", "vulnerable", "by_day", "by_reason"}
        assert all(isinstance(n, int) for n in unit_counts["by_day"])
        assert all(isinstance(n, int) for n in unit_counts["by_reason"].values())
    for person in people:
        for value in person:
            assert not value or value not in raw
