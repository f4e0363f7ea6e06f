"""The publisher on the generated "tiny" demo data (every edge case of the exports)."""

from __future__ import annotations

from pathlib import Path

from publish_helpers import PASSPHRASE, T0, device_request
from publish_support import FAST_KDF

from continuity_app.bundle import decrypt, verify, verify_latest
from continuity_app.exchange.demo import generate_dataset, write_exports
from continuity_app.publish import add_device, build, init_home
from continuity_app.store import Store


def test_every_scope_of_the_demo_data_round_trips(tmp_path: Path) -> None:
    dataset = generate_dataset("tiny", today=T0.date())
    exports = tmp_path / "exports"
    write_exports(dataset, exports)
    home = init_home(tmp_path / "publisher", PASSPHRASE, kdf=FAST_KDF)
    scopes = [u.unit_id for u in dataset.units] + ["krisestab", "alle"]
    keys = {}
    for scope in scopes:
        keys[scope], request = device_request(f"dev-{scope}", scope, home.fingerprint())
        add_device(home.root, request)
    out = tmp_path / "publish"
    summary = build(home.root, exports, out, passphrase=PASSPHRASE, now=T0, today=T0.date())
    assert sorted(r.scope for r in summary.published) == sorted(scopes)
    unit_citizens = 0
    for scope in scopes:
        latest = verify_latest((out / scope / "latest.json").read_bytes(), home.public_key())
        verified = verify((out / scope / latest.file).read_bytes(), home.public_key())
        with Store.from_image(decrypt(verified, f"dev-{scope}", keys[scope])) as store:
            counts = store.counts()
            assert counts == dict(verified.header.counts)
            if scope == "alle":
                assert counts == dataset.counts()
            elif scope == "krisestab":
                assert counts["medications"] == 0 and counts["units"] == len(dataset.units)
            else:
                unit_citizens += counts["citizens"]
                assert {c.unit_id for c in store.citizens()} <= {scope}
    assert unit_citizens == len(dataset.citizens)
