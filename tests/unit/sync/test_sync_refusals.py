"""Every refusal of issue 4's fault list: after each, the last good generation is still
there and verifies, the refusal has its own exit code and one clear line, and status names it."""

from __future__ import annotations

import hashlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sync_helpers import SCOPE, World

from continuity_app.bundle.keys import fingerprint, grouped
from continuity_app.errors import ExitCode
from continuity_app.sync import SyncResult, status


def good_first(world: World) -> None:
    world.publish(1)
    assert world.sync().result is SyncResult.NEW_DATA


def assert_refused(world: World, code: ExitCode, *words: str) -> str:
    outcome = world.sync()
    assert outcome.result is SyncResult.FAILED
    assert outcome.exit_code == code, outcome.message
    for word in words:
        assert word in outcome.message
    assert "\n" not in outcome.message
    # the last good generation is untouched and verifies; the guard did not move
    assert world.held() == [1] and world.verifies(1)
    assert world.highest() == 1
    st = status(world.home)
    assert st.current is not None and st.current.sequence == 1
    assert st.last_attempt is not None and st.last_attempt.exit_code == code
    assert any(w.code == "last_sync_failed" and outcome.message in w.text for w in st.warnings)
    return outcome.message


def test_bundle_signed_by_another_key(world: World) -> None:
    good_first(world)
    thief = Ed25519PrivateKey.generate()
    data = world.pub.bundle(2, world.me, signing_key=thief)
    world.pub.put(data)  # latest.json properly signed, naming the forged bundle
    pinned = grouped(fingerprint(world.pub.key.public_key()))[:19]
    assert_refused(world, ExitCode.BAD_SIGNATURE, "pinned", pinned)


def test_latest_json_signed_by_another_key(world: World) -> None:
    good_first(world)
    world.pub.put(world.pub.bundle(2, world.me), latest_key=Ed25519PrivateKey.generate())
    assert_refused(world, ExitCode.BAD_SIGNATURE, "latest.json")


def test_another_scopes_files_served_where_this_laptop_looks(world: World) -> None:
    good_first(world)
    world.pub.put(world.pub.bundle(2, world.me, scope="plejecenter-syd"), folder_scope=SCOPE)
    assert_refused(world, ExitCode.WRONG_SCOPE, "plejecenter-syd", f"enrolled for '{SCOPE}'")


def test_latest_json_pointing_at_another_scopes_bundle_mix_and_match(world: World) -> None:
    good_first(world)
    data = world.pub.bundle(2, world.me, scope="plejecenter-syd")
    world.pub.put(data, folder_scope=SCOPE, latest_scope=SCOPE)
    assert_refused(world, ExitCode.CORRUPT, "mix-and-match")
    world.pub.put(world.pub.bundle(3, world.me), latest_sequence=4)
    assert_refused(world, ExitCode.CORRUPT, "mix-and-match")


def test_bundle_for_another_scope_from_a_file(world: World, tmp_path) -> None:
    good_first(world)
    other = tmp_path / "other.bundle"
    other.write_bytes(world.pub.bundle(2, world.me, scope="plejecenter-syd"))
    outcome = world.sync(from_file=other)
    assert outcome.exit_code == ExitCode.WRONG_SCOPE
    assert "plejecenter-syd" in outcome.message and SCOPE in outcome.message
    assert world.held() == [1] and world.verifies(1)


def test_not_addressed_to_this_device_revoked(world: World) -> None:
    good_first(world)
    someone_else = {"laptop-7": X25519PrivateKey.generate().public_key()}
    world.publish(2, recipients=someone_else)
    assert_refused(world, ExitCode.NOT_ADDRESSED, world.device_id, "revoked")


@pytest.mark.parametrize("older", [0, 1])  # 0: equal sequence, 1: an older one
def test_replay_of_an_older_or_equal_sequence(world: World, older: int) -> None:
    first = world.publish(1)
    assert world.sync().sequence == 1
    second = world.publish(2)
    assert world.sync().sequence == 2
    # a mirror serves an old (or the same) latest.json and bundle, byte for byte
    world.pub.put(second if not older else first)
    outcome = world.sync()
    if older:
        assert outcome.exit_code == ExitCode.REPLAY and "replay" in outcome.message
    else:  # the same sequence we hold: nothing new, nothing replaced, not even downloaded
        assert outcome.result is SyncResult.UP_TO_DATE
    assert world.held() == [2, 1] and world.verifies(2)


@pytest.mark.parametrize("older", [0, 1])
def test_replay_refused_even_after_the_generation_files_are_deleted(world: World, older: int) -> None:
    first = world.publish(1)
    assert world.sync().ok
    second = world.publish(2)
    assert world.sync().ok
    for path in world.home.generations.iterdir():
        path.unlink()
    world.pub.put(first)
    outcome = world.sync()
    assert outcome.exit_code == ExitCode.REPLAY
    assert "not newer than the 2 already accepted" in outcome.message
    assert world.held() == [] and world.highest() == 2
    # and from a file (a USB stick with an old bundle) just the same
    stick = world.home.root.parent / "old.bundle"
    stick.write_bytes(first)
    assert world.sync(from_file=stick).exit_code == ExitCode.REPLAY
    assert world.held() == []
    if not older:  # the very bundle accepted last is fetched again: a repair, not a replay
        world.pub.put(second)
        outcome = world.sync()
        assert outcome.ok and "repaired" in outcome.message and world.held() == [2]
    # the next real bundle is accepted
    world.publish(3)
    assert world.sync().sequence == 3


def flip(path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset % len(data)] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", [0, 20, 200, 5_000, 100_000, -70, -1])
def test_a_flipped_byte_anywhere_in_the_bundle(world: World, where: int) -> None:
    good_first(world)
    path = world.pub.put(world.pub.bundle(2, world.me))
    flip(path, where)  # latest.json still names the original hash
    assert_refused(world, ExitCode.CORRUPT, "SHA-256")


LATEST_SPOTS = {
    "first byte": lambda t: 0,
    "format value": lambda t: t.index(b"noedkopi-latest") + 3,
    "major value": lambda t: t.index(b'"major":') + 8,
    "minor key": lambda t: t.index(b'"minor"') + 2,
    "signature": lambda t: t.index(b'"signature":"') + 20,
    "signed sequence": lambda t: t.index(b"sequence") + 11,
    "signed sha256": lambda t: t.index(b"sha256") + 12,
    "signed size": lambda t: t.index(b"size") + 7,
    "last brace": lambda t: len(t) - 2,
}


@pytest.mark.parametrize("spot", sorted(LATEST_SPOTS))
def test_a_flipped_byte_anywhere_in_latest_json(world: World, spot: str) -> None:
    """Refused — or, where the byte lies outside what is signed (the envelope's version
    keys), what gets stored is still exactly the bundle the publisher signed."""
    good_first(world)
    published = world.pub.bundle(2, world.me)
    world.pub.put(published)
    latest = world.pub.out / SCOPE / "latest.json"
    flip(latest, LATEST_SPOTS[spot](latest.read_bytes()))
    outcome = world.sync()
    if outcome.ok:
        assert spot in ("major value", "minor key"), outcome.message
        assert (world.home.generations / f"{SCOPE}-00000002.bundle").read_bytes() == published
        return
    assert outcome.exit_code in (ExitCode.CORRUPT, ExitCode.BAD_SIGNATURE), outcome.message
    assert world.held() == [1] and world.verifies(1) and world.highest() == 1


def test_a_flipped_byte_in_a_bundle_from_a_file_fails_the_signature(world: World, tmp_path) -> None:
    good_first(world)
    stick = tmp_path / "x.bundle"
    stick.write_bytes(world.pub.bundle(2, world.me))
    flip(stick, 50_000)
    outcome = world.sync(from_file=stick)
    assert outcome.exit_code == ExitCode.BAD_SIGNATURE
    assert world.held() == [1]


def test_latest_json_over_the_limit_is_refused_unread(world: World) -> None:
    good_first(world)
    (world.pub.out / SCOPE / "latest.json").write_bytes(b" " * 200_000)
    assert_refused(world, ExitCode.TOO_LARGE, "latest.json")


def test_latest_json_naming_a_wrong_size(world: World) -> None:
    good_first(world)
    path = world.pub.put(world.pub.bundle(2, world.me))
    path.write_bytes(path.read_bytes() + b"more")  # the file grew after latest.json was signed
    assert_refused(world, ExitCode.TOO_LARGE)
    path.write_bytes(path.read_bytes()[:1000])
    assert_refused(world, ExitCode.CORRUPT, "truncated")
    assert hashlib.sha256(b"").hexdigest()  # (keeps the import honest)
