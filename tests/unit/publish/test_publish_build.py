"""``publish.build``: one bundle per scope, readable by exactly its devices, atomically."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from publish_helpers import PASSPHRASE, T0, snapshot
from publish_support import Setup

from continuity_app.bundle import NotAddressed, decrypt, verify, verify_latest
from continuity_app.errors import ExitCode, KnownError
from continuity_app.publish import ExportsInvalid, build, revoke_device
from continuity_app.store import Store


def publish(s: Setup, now: dt.datetime = T0):
    return build(s.home.root, s.exports, s.out, passphrase=PASSPHRASE, now=now)


def open_scope(s: Setup, scope: str, device_id: str) -> Store:
    latest = verify_latest((s.out / scope / "latest.json").read_bytes(), s.home.public_key())
    data = (s.out / scope / latest.file).read_bytes()
    verified = verify(data, s.home.public_key())
    return Store.from_image(decrypt(verified, device_id, s.devices[device_id]))


def test_every_scope_round_trips_with_its_own_subset(enrolled: Setup) -> None:
    summary = publish(enrolled)
    assert sorted(r.scope for r in summary.published) == sorted(
        ["hp-nord", "pc-ege", "bo-lys", "krisestab", "alle"]
    )
    with open_scope(enrolled, "hp-nord", "dev-hp-nord") as store:
        assert sorted(c.citizen_id for c in store.citizens()) == ["c1", "c2"]
        assert len(store.units()) == 3
        assert [v.vehicle_id for v in store.vehicles()] == ["k1"]  # its own; k2 is reserved
        assert store.meta["scope"] == "hp-nord" and store.meta["sequence"] == "1"
    with open_scope(enrolled, "pc-ege", "dev-pc-ege") as store:
        assert [c.citizen_id for c in store.citizens()] == ["c3"]
        assert [m.medication_id for m in store.medications("c3")] == ["m3"]
    with open_scope(enrolled, "krisestab", "dev-krisestab") as store:
        assert store.counts()["medications"] == 0
        assert {row.citizen.citizen_id for row in store.vulnerable()} >= {"c1", "c2"}
        assert len(store.fuel_stocks()) == 1
    with open_scope(enrolled, "alle", "dev-alle") as store:
        assert store.counts()["citizens"] == 4 and store.counts()["medications"] == 4


def test_header_counts_devices_and_validity(enrolled: Setup) -> None:
    summary = publish(enrolled)
    alle = next(r for r in summary.published if r.scope == "alle")
    header = verify(alle.file.read_bytes(), enrolled.home.public_key()).header
    assert header.recipients == ("dev-alle",)
    assert header.counts["citizens"] == 4 and header.counts["medications"] == 4
    assert header.created_at == T0
    assert header.valid_until == T0 + dt.timedelta(days=7)
    assert alle.devices == 1


def test_a_bundle_is_not_readable_by_another_scopes_device(enrolled: Setup) -> None:
    publish(enrolled)
    data = next((enrolled.out / "pc-ege").glob("*.bundle")).read_bytes()
    verified = verify(data, enrolled.home.public_key())
    with pytest.raises(NotAddressed):
        decrypt(verified, "dev-hp-nord", enrolled.devices["dev-hp-nord"])


def test_sequences_rise_and_old_bundles_are_pruned(enrolled: Setup) -> None:
    config = json.loads(enrolled.home.config.read_text())
    config["bundles_kept"] = 3
    enrolled.home.config.write_text(json.dumps(config))
    for day in range(5):
        publish(enrolled, T0 + dt.timedelta(days=day))
    names = sorted(p.name for p in (enrolled.out / "alle").glob("*.bundle"))
    assert names == ["alle-00000003.bundle", "alle-00000004.bundle", "alle-00000005.bundle"]
    latest = verify_latest((enrolled.out / "alle" / "latest.json").read_bytes(), enrolled.home.public_key())
    assert latest.sequence == 5 and latest.file == "alle-00000005.bundle"


def test_sequence_never_goes_back_below_the_publish_folder(enrolled: Setup) -> None:
    publish(enrolled)
    publish(enrolled)
    state = json.loads(enrolled.home.state.read_text())
    state["sequences"] = {}  # e.g. a publisher home restored from an old backup
    enrolled.home.state.write_text(json.dumps(state))
    summary = publish(enrolled)
    assert {r.sequence for r in summary.published} == {3}


def test_revoked_device_cannot_read_bundles_published_after(enrolled: Setup) -> None:
    second = enrolled.enroll("dev-hp-nord-2", "hp-nord")
    publish(enrolled)
    before = open_scope(enrolled, "hp-nord", "dev-hp-nord-2")
    before.close()
    revoke_device(enrolled.home.root, "dev-hp-nord-2")
    publish(enrolled)
    data = (enrolled.out / "hp-nord" / "hp-nord-00000002.bundle").read_bytes()
    verified = verify(data, enrolled.home.public_key())
    assert verified.header.recipients == ("dev-hp-nord",)
    with pytest.raises(NotAddressed):
        decrypt(verified, "dev-hp-nord-2", second)
    open_scope(enrolled, "hp-nord", "dev-hp-nord").close()  # the other one still reads


def test_scope_without_devices_is_skipped_with_a_warning(setup: Setup) -> None:
    setup.enroll("dev-a", "pc-ege")
    summary = publish(setup)
    assert [r.scope for r in summary.published] == ["pc-ege"]
    assert sorted(summary.skipped) == ["alle", "bo-lys", "hp-nord", "krisestab"]
    assert any("no enrolled device" in w for w in summary.warnings)
    assert sorted(p.name for p in setup.out.iterdir()) == ["pc-ege"]


def test_bad_exports_list_every_problem_and_write_nothing(enrolled: Setup, tmp_path: Path) -> None:
    publish(enrolled)
    before = snapshot(enrolled.out)
    from publish_helpers import write_exports

    enrolled.exports = write_exports(tmp_path / "broken", broken=True)
    with pytest.raises(ExportsInvalid) as caught:
        publish(enrolled, T0 + dt.timedelta(days=1))
    assert caught.value.exit_code == ExitCode.INVALID_INPUT
    assert any("cpr" in p for p in caught.value.problems)
    assert any("unit_id" in p for p in caught.value.problems)
    assert snapshot(enrolled.out) == before


def test_bad_exports_stop_the_sealing_workers_started_before_the_reading(
    enrolled: Setup, tmp_path: Path
) -> None:
    import multiprocessing

    from publish_helpers import write_exports

    publish(enrolled)
    before = snapshot(enrolled.out)
    enrolled.exports = write_exports(tmp_path / "broken", broken=True)
    with pytest.raises(ExportsInvalid):  # the workers waiting for an image are let go
        build(enrolled.home.root, enrolled.exports, enrolled.out, passphrase=PASSPHRASE, now=T0, workers=2)
    assert multiprocessing.active_children() == []
    assert snapshot(enrolled.out) == before


def test_wrong_passphrase_writes_nothing(enrolled: Setup) -> None:
    publish(enrolled)
    before = snapshot(enrolled.out)
    with pytest.raises(KnownError) as caught:
        build(enrolled.home.root, enrolled.exports, enrolled.out, passphrase="forkert", now=T0)
    assert caught.value.exit_code == ExitCode.WRONG_PASSPHRASE
    assert snapshot(enrolled.out) == before


def test_scopes_json_chooses_scopes_and_validity(enrolled: Setup) -> None:
    config = json.loads(enrolled.home.scopes.read_text())
    config["exclude"] = ["bo-lys"]
    config["validity_days"] = {"alle": 2}
    enrolled.home.scopes.write_text(json.dumps(config))
    summary = publish(enrolled)
    assert "bo-lys" not in {r.scope for r in summary.published}
    assert any("dev-bo-lys" in w and "not published" in w for w in summary.warnings)
    by_scope = {r.scope: r for r in summary.published}
    assert by_scope["alle"].valid_until == T0 + dt.timedelta(days=2)
    assert by_scope["krisestab"].valid_until == T0 + dt.timedelta(days=7)
    assert not (enrolled.out / "bo-lys").exists()


def test_damaged_scopes_json_is_a_clear_setup_error(enrolled: Setup) -> None:
    enrolled.home.scopes.write_text('{"format": "noedkopi-scopes", "major": 1, "units": 5}')
    with pytest.raises(KnownError) as caught:
        publish(enrolled)
    assert caught.value.exit_code == ExitCode.NOT_SET_UP and "scopes.json" in str(caught.value)
