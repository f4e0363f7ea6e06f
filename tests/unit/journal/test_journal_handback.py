"""The hand-back file between laptops: a union that is idempotent, and every forgery refused."""

from __future__ import annotations

import base64
import json
import zlib
from pathlib import Path

import pytest
from journal_helpers import CITIZEN_NAME, NOW, SECRET_TEXT, World, make_world

from continuity_app.errors import ExitCode, KnownError, SetupError
from continuity_app.journal import Journal, handback
from continuity_app.journal.exchange import export_handback, import_handback
from continuity_app.vault.device import DeviceFile

GIVEN = {
    "citizen_id": "c-1",
    "medication_id": "m-1",
    "date": "27-11-2026",
    "slot": "morgen",
    "outcome": "givet",
}


def write_entries(world: World, i: int, texts: list[str]) -> None:
    s = world.session(i)
    j = Journal.open(s)
    for text in texts:
        j.add("note", {"citizen_id": "c-1", "text": text}, initials="AB", now=NOW)
    s.lock()


def export(world: World, i: int, out: Path) -> dict:
    s = world.session(i)
    result = export_handback(Journal.open(s), out, now=NOW)
    s.lock()
    return result.manifest


def import_(world: World, i: int, path: Path) -> int:
    s = world.session(i)
    try:
        return import_handback(Journal.open(s), path).new_entries
    finally:
        s.lock()


def test_export_is_encrypted_signed_and_carries_a_manifest(world: World, tmp_path: Path) -> None:
    write_entries(world, 0, [SECRET_TEXT, "to", "tre"])
    out = tmp_path / "a.nkj"
    manifest = export(world, 0, out)
    data = out.read_bytes()
    assert SECRET_TEXT.encode() not in data and CITIZEN_NAME.encode() not in data
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    parsed = handback.parse(data, "a")
    device = DeviceFile.load(world.homes[0].device)
    other = DeviceFile.load(world.homes[1].device)
    assert parsed.header["device_id"] == device.device_id and parsed.header["scope"] == "hp-nord"
    assert sorted(parsed.wrapped) == sorted([world.handback_id, other.device_id])
    assert manifest["entries"] == 3 and manifest["counts"] == {"note": 3}
    assert manifest["first"]["id"] == f"{device.device_id}-1"
    assert manifest["last"]["id"] == f"{device.device_id}-3"
    assert parsed.header["manifest"] == manifest
    # IT opens it with the hand-back key
    opened = handback.open_file(
        data,
        where="a",
        signing_keys={device.device_id: device.signing_public()},
        scope="hp-nord",
        recipient=world.handback_id,
        key=world.handback,
    )
    assert len(opened.segments[0]["entries"]) == 3


def test_import_is_the_union_keeps_who_wrote_it_and_twice_changes_nothing(
    world: World, tmp_path: Path
) -> None:
    write_entries(world, 0, ["a1", "a2"])
    write_entries(world, 1, ["b1"])
    export(world, 0, tmp_path / "a.nkj")
    assert import_(world, 1, tmp_path / "a.nkj") == 2
    size = (world.homes[1].root / "journal" / "imported.log").stat().st_size
    assert import_(world, 1, tmp_path / "a.nkj") == 0
    assert (world.homes[1].root / "journal" / "imported.log").stat().st_size == size
    s = world.session(1)
    entries = Journal.open(s).entries()
    s.lock()
    a = DeviceFile.load(world.homes[0].device).device_id
    assert sorted((e.device == a, e.fields["text"], e.initials) for e in entries) == [
        (False, "b1", "AB"),
        (True, "a1", "AB"),
        (True, "a2", "AB"),
    ]
    # laptop 1 now carries laptop 0's entries on to IT, still under laptop 0's signature
    manifest = export(world, 1, tmp_path / "b.nkj")
    parsed = handback.parse((tmp_path / "b.nkj").read_bytes(), "b")
    assert manifest["entries"] == 1 and parsed.header["carried"] == [{"device_id": a, "entries": 2}]


def test_an_imported_dose_counts_as_recorded(world: World, tmp_path: Path) -> None:
    s = world.session(0)
    Journal.open(s).add("given", GIVEN, initials="AB", now=NOW)
    s.lock()
    export(world, 0, tmp_path / "a.nkj")
    import_(world, 1, tmp_path / "a.nkj")
    s = world.session(1)
    from continuity_app.journal import NeedsConfirmation

    with pytest.raises(NeedsConfirmation, match="-1 at 27-11-2026 10:00 on nk-"):
        Journal.open(s).add("given", GIVEN, initials="CD", now=NOW)
    s.lock()


def _resign(world: World, data: bytes, mutate) -> bytes:
    """Decrypt laptop 0's file, change its segments, and write it again with laptop 0's own
    keys: what a thief with the device key (but not the other devices' keys) could do."""
    device = DeviceFile.load(world.homes[0].device)
    keys = device.unwrap("blå hest på bakken")
    opened = handback.open_file(
        data,
        where="x",
        signing_keys={device.device_id: device.signing_public()},
        scope="hp-nord",
        recipient=world.handback_id,
        key=world.handback,
    )
    segments = mutate(opened.segments)
    other = DeviceFile.load(world.homes[1].device)
    assert keys.signing is not None
    return handback.write_file(
        signing_key=keys.signing,
        device_id=device.device_id,
        scope="hp-nord",
        segments=segments,
        recipients={other.device_id: other.device_public()},
        created_at=NOW,
    )


def test_one_byte_changed_is_refused(world: World, tmp_path: Path) -> None:
    write_entries(world, 0, ["a1", "a2"])
    export(world, 0, tmp_path / "a.nkj")
    data = bytearray((tmp_path / "a.nkj").read_bytes())
    for at in (20, len(data) // 2, len(data) - 70):
        changed = bytearray(data)
        changed[at] ^= 0x01
        (tmp_path / "x.nkj").write_bytes(bytes(changed))
        with pytest.raises(KnownError) as err:
            import_(world, 1, tmp_path / "x.nkj")
        assert err.value.exit_code in (ExitCode.BAD_SIGNATURE, ExitCode.CORRUPT)
    assert not (world.homes[1].root / "journal" / "imported.log").exists()


def test_one_entry_removed_is_refused_even_when_signed_again(world: World, tmp_path: Path) -> None:
    write_entries(world, 0, ["a1", "a2", "a3"])
    export(world, 0, tmp_path / "a.nkj")

    def drop_middle(segments: list) -> list:
        seg = dict(segments[0])
        seg["entries"] = [seg["entries"][0], seg["entries"][2]]
        return [seg]

    (tmp_path / "x.nkj").write_bytes(_resign(world, (tmp_path / "a.nkj").read_bytes(), drop_middle))
    with pytest.raises(KnownError, match="do not end at the signed chain head") as err:
        import_(world, 1, tmp_path / "x.nkj")
    assert err.value.exit_code == ExitCode.BAD_SIGNATURE


def test_an_entry_altered_and_the_manifest_resigned_with_another_key_is_refused(
    world: World, tmp_path: Path
) -> None:
    write_entries(world, 0, ["a1"])
    export(world, 0, tmp_path / "a.nkj")

    def forge(segments: list) -> list:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        seg = dict(segments[0])
        entry = json.loads(seg["entries"][0])
        entry["fields"]["text"] = "forged"
        seg["entries"] = [json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)]
        seg["signature"] = base64.b64encode(Ed25519PrivateKey.generate().sign(b"x")).decode()
        return [seg]

    (tmp_path / "x.nkj").write_bytes(_resign(world, (tmp_path / "a.nkj").read_bytes(), forge))
    with pytest.raises(KnownError, match="not signed by it") as err:
        import_(world, 1, tmp_path / "x.nkj")
    assert err.value.exit_code == ExitCode.BAD_SIGNATURE


def test_a_file_of_a_revoked_device_is_refused(world: World, tmp_path: Path) -> None:
    write_entries(world, 0, ["a1"])
    export(world, 0, tmp_path / "a.nkj")
    revoked = DeviceFile.load(world.homes[0].device).device_id
    world.publish(2, revoked={revoked})  # the next bundle no longer names laptop 0
    with pytest.raises(KnownError, match="not an enrolled device") as err:
        import_(world, 1, tmp_path / "a.nkj")
    assert err.value.exit_code == ExitCode.BAD_SIGNATURE


def test_a_journal_of_another_scope_is_refused(tmp_path: Path) -> None:
    here = make_world(tmp_path / "nord")
    there = make_world(tmp_path / "syd", laptops=1, scope="pc-syd")
    write_entries(there, 0, ["syd"])
    export(there, 0, tmp_path / "syd.nkj")
    with pytest.raises(KnownError, match="scope 'pc-syd'; this laptop holds scope 'hp-nord'") as err:
        import_(here, 0, tmp_path / "syd.nkj")
    assert err.value.exit_code == ExitCode.WRONG_SCOPE


def test_a_damaged_or_foreign_file_is_refused_as_not_a_hand_back(world: World, tmp_path: Path) -> None:
    (tmp_path / "x.nkj").write_bytes(b"NKJOURNL" + b"\x00" * 10)
    with pytest.raises(KnownError, match="not a readable journal hand-back file") as err:
        import_(world, 1, tmp_path / "x.nkj")
    assert err.value.exit_code == ExitCode.CORRUPT
    (tmp_path / "y.nkj").write_bytes(zlib.compress(b"hello"))
    with pytest.raises(KnownError, match="not a readable"):
        import_(world, 1, tmp_path / "y.nkj")


def test_a_laptop_enrolled_before_signing_keys_is_told_to_enroll_again(world: World, tmp_path: Path) -> None:
    path = world.homes[0].device
    doc = json.loads(path.read_text())
    device = DeviceFile.load(path)
    keys = device.unwrap("blå hest på bakken")
    from dataclasses import replace

    from continuity_app.vault.device import Keys

    old = replace(device, signing_public_key=b"").rewrapped(
        Keys(keys.device, keys.audit), "blå hest på bakken", device.kdf
    )
    old.save(path)
    assert json.loads(path.read_text())["version"] == "1.0" and "signing_public_key" in doc
    with pytest.raises(SetupError, match="enroll --force"):
        export(world, 0, tmp_path / "a.nkj")


def test_a_revoked_colleague_s_carried_entries_are_left_out_alone(tmp_path: Path) -> None:
    world = make_world(tmp_path / "w", laptops=3)
    write_entries(world, 2, ["fra den bærbare der blev stjålet"])
    export(world, 2, tmp_path / "c.nkj")
    assert import_(world, 1, tmp_path / "c.nkj") == 1
    write_entries(world, 1, ["b1"])
    export(world, 1, tmp_path / "b.nkj")  # carries laptop 2's entry under laptop 2's signature
    stolen = DeviceFile.load(world.homes[2].device).device_id
    world.publish(2, revoked={stolen})
    s = world.session(0)
    try:
        result = import_handback(Journal.open(s), tmp_path / "b.nkj")
        entries = Journal.open(s).entries()
    finally:
        s.lock()
    assert result.new_entries == 1 and [e.fields["text"] for e in entries] == ["b1"]
    assert len(result.left_out) == 1 and stolen in result.left_out[0]


def test_enroll_force_gives_an_old_laptop_its_signing_key_and_keeps_its_journal(
    world: World, tmp_path: Path
) -> None:
    from dataclasses import replace

    from continuity_app.kdf import floor_params
    from continuity_app.vault.device import Keys
    from continuity_app.vault.enroll import enroll

    path = world.homes[0].device
    device = DeviceFile.load(path)
    keys = device.unwrap("blå hest på bakken")
    replace(device, signing_public_key=b"").rewrapped(
        Keys(keys.device, keys.audit), "blå hest på bakken", device.kdf
    ).save(path)
    write_entries(world, 0, ["skrevet før den nye nøgle"])
    with pytest.raises(SetupError, match="enroll --force"):
        export(world, 0, tmp_path / "old.nkj")
    result = enroll(
        world.homes[0],
        scope="hp-nord",
        source=str(world.root / "publish"),
        publisher_key_file=world.root / "publisher-key.pub",
        passphrase="blå hest på bakken",
        out=tmp_path / "again.json",
        kdf=floor_params(),
        force=True,
    )
    assert result.device_id == device.device_id
    assert json.loads((tmp_path / "again.json").read_text())["signing_public_key"]
    world.publish(2)  # IT adds the new request: the next bundle carries the signing key
    export(world, 0, tmp_path / "a.nkj")
    assert import_(world, 1, tmp_path / "a.nkj") == 1
    s = world.session(1)
    try:
        assert [e.fields["text"] for e in Journal.open(s).entries()] == ["skrevet før den nye nøgle"]
    finally:
        s.lock()
