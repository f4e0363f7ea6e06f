"""The root of trust, one attack per test over a real HTTP server on 127.0.0.1: key rotation
followed without re-enrolment, a retired key refused, a fast-forward undone by a root-signed
reset, the move of a laptop that pinned the old publishing key, forged statements.

Each asserts the refusal (exit code, message) and the state kept."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sync_helpers import NOW, SCOPE, Publisher, World, enroll_template, make_world

from continuity_app.bundle.delegation import make_delegation, make_reset, trust_fields
from continuity_app.bundle.keys import publisher_key_text
from continuity_app.errors import ExitCode
from continuity_app.sync import SyncResult, status
from continuity_app.sync.state import load_state

HUGE = 2**70 + 1


def delegate(
    root: Ed25519PrivateKey,
    key: Ed25519PrivateKey,
    version: int,
    days: int = 400,
    epoch: int = 0,
    reset: dict | None = None,
) -> dict:
    obj = make_delegation(
        root,
        key.public_key(),
        version=version,
        issued_at=NOW - dt.timedelta(days=1),
        expires_at=NOW + dt.timedelta(days=days),
    )
    return trust_fields(obj, epoch, reset)


def root_world(tmp_path: Path) -> tuple[World, Ed25519PrivateKey]:
    """A laptop enrolled in the root era: it pins the root; the publisher signs with key 1."""
    root, first = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    pin = tmp_path / "root.pub"
    pin.write_text(publisher_key_text(root.public_key()), encoding="ascii")
    pub = Publisher(first, pin, tmp_path / "unused", trust=delegate(root, first, 1))
    template = enroll_template(tmp_path / "enrol", pub)
    world = make_world(template, pub, tmp_path / "w")
    world.pub.trust = pub.trust
    world.serve()
    return world, root


def test_rotation_is_followed_without_re_enrolment(tmp_path: Path) -> None:
    world, root = root_world(tmp_path)
    world.publish(1)
    assert world.sync().sequence == 1
    second = Ed25519PrivateKey.generate()
    world.pub.key, world.pub.trust = second, delegate(root, second, 2)
    world.publish(2)
    outcome = world.sync()
    assert outcome.ok and outcome.sequence == 2, outcome.message
    assert load_state(world.home).guard.delegation_version == 2
    st = status(world.home)
    assert st.current is not None and st.current.sequence == 2
    assert [g.verified for g in st.generations][:1] == [True]
    world.server.close()  # type: ignore[union-attr]


def test_a_retired_key_is_refused(tmp_path: Path) -> None:
    world, root = root_world(tmp_path)
    stolen = world.pub.key
    world.publish(1)
    assert world.sync().ok
    second = Ed25519PrivateKey.generate()
    world.pub.key, world.pub.trust = second, delegate(root, second, 2)
    world.publish(2)
    assert world.sync().sequence == 2
    # the thief of key 1, with its still unexpired delegation 1, publishes "newer" data
    world.pub.key, world.pub.trust = stolen, delegate(root, stolen, 1)
    world.publish(3)
    outcome = world.sync()
    assert outcome.exit_code == ExitCode.BAD_SIGNATURE == 12
    assert "retired publishing key" in outcome.message and "delegation 1" in outcome.message
    assert world.held() == [2, 1] and world.highest() == 2
    st = status(world.home)  # the generation key 1 signed while it was current still counts
    assert st.current is not None and st.current.sequence == 2
    world.server.close()  # type: ignore[union-attr]


def test_a_fast_forward_is_undone_by_a_root_signed_reset(tmp_path: Path) -> None:
    world, root = root_world(tmp_path)
    stolen = world.pub.key
    world.publish(1)
    assert world.sync().ok
    thief_bundle = world.publish(HUGE)  # the thief, with the publishing key
    assert world.sync().sequence == HUGE
    world.publish(2)  # the real publisher's next bundle: now refused as a replay
    assert world.sync().exit_code == ExitCode.REPLAY
    # IT: rotate the key, reset the sequence (both need the root), build again
    second = Ed25519PrivateKey.generate()
    reset = make_reset(root, scope=SCOPE, epoch=1, issued_at=NOW)
    world.pub.key, world.pub.trust = second, delegate(root, second, 2, epoch=1, reset=reset)
    world.publish(3)
    outcome = world.sync()
    assert outcome.ok and outcome.sequence == 3 and "sequence reset" in outcome.message, outcome.message
    assert world.held() == [3, 1]  # the thief's generation is gone
    state = load_state(world.home)
    assert state.accepted(SCOPE).order == (1, 3)
    # the thief's bundle again, on a stick: of the old epoch, refused
    stick = tmp_path / "thief.bundle"
    stick.write_bytes(thief_bundle)
    outcome = world.sync(from_file=stick)
    assert outcome.exit_code == ExitCode.BAD_SIGNATURE and "retired" in outcome.message
    assert world.held() == [3, 1]
    # the thief tries a new epoch of its own: the reset is not signed by the root
    fake = make_reset(Ed25519PrivateKey.generate(), scope=SCOPE, epoch=2, issued_at=NOW)
    world.pub.key, world.pub.trust = stolen, delegate(root, stolen, 1, epoch=2, reset=fake)
    world.publish(4)
    assert world.sync().exit_code == ExitCode.BAD_SIGNATURE
    # and the next real bundle is accepted as usual
    world.pub.key, world.pub.trust = second, delegate(root, second, 2, epoch=1, reset=reset)
    world.publish(5)
    assert world.sync().sequence == 5
    world.server.close()  # type: ignore[union-attr]


def test_a_laptop_that_pinned_the_publishing_key_moves_to_the_root_once(world: World) -> None:
    """Enrolled before the root: the first root-era files are signed by the key it pins."""
    world.serve()
    world.publish(1)
    assert world.sync().ok
    legacy = world.pub.key
    root = Ed25519PrivateKey.generate()
    world.pub.trust = delegate(root, legacy, 1)  # the handover: still signed by the pinned key
    world.publish(2)
    assert world.sync().sequence == 2
    assert load_state(world.home).guard.root  # it follows the root now
    second = Ed25519PrivateKey.generate()
    world.pub.key, world.pub.trust = second, delegate(root, second, 2)
    world.publish(3)
    outcome = world.sync()
    assert outcome.ok and outcome.sequence == 3, outcome.message
    # the old key, as in the days before the root, is now retired
    world.pub.key, world.pub.trust = legacy, None
    world.publish(4)
    outcome = world.sync()
    assert outcome.exit_code == ExitCode.BAD_SIGNATURE and "retired" in outcome.message
    assert world.held()[:1] == [3]
    # the pinned file was never touched, and status still verifies every generation
    st = status(world.home)
    assert st.current is not None and st.current.sequence == 3


def test_a_delegation_from_another_root_is_refused(tmp_path: Path) -> None:
    world, _root = root_world(tmp_path)
    world.publish(1)
    assert world.sync().ok
    thief, fake_root = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    world.pub.key, world.pub.trust = thief, delegate(fake_root, thief, 9)
    world.publish(2)
    outcome = world.sync()
    assert outcome.exit_code == ExitCode.BAD_SIGNATURE and "another root" in outcome.message
    assert world.held() == [1] and world.highest() == 1
    world.server.close()  # type: ignore[union-attr]


def test_an_expired_delegation_is_refused(tmp_path: Path) -> None:
    world, root = root_world(tmp_path)
    world.publish(1)
    assert world.sync().ok
    world.pub.trust = delegate(root, world.pub.key, 1, days=-2)
    world.publish(2)
    outcome = world.sync()
    assert outcome.exit_code == ExitCode.BAD_SIGNATURE and "expired" in outcome.message
    assert world.held() == [1]
    world.server.close()  # type: ignore[union-attr]


def test_deleting_state_json_does_not_forget_the_rotation(tmp_path: Path) -> None:
    world, root = root_world(tmp_path)
    stolen = world.pub.key
    world.publish(1)
    assert world.sync().ok
    second = Ed25519PrivateKey.generate()
    world.pub.key, world.pub.trust = second, delegate(root, second, 2)
    world.publish(2)
    assert world.sync().ok
    world.home.state.unlink()
    shutil.rmtree(world.home.generations)
    world.pub.key, world.pub.trust = stolen, delegate(root, stolen, 1)
    world.publish(3)
    outcome = world.sync()
    assert outcome.result is SyncResult.FAILED and "retired" in outcome.message
    world.server.close()  # type: ignore[union-attr]


def test_after_a_reset_a_bundle_of_the_old_epoch_is_a_replay(tmp_path: Path) -> None:
    """Even signed by a current key, a bundle from before the reset never comes back."""
    world, root = root_world(tmp_path)
    world.publish(1)
    assert world.sync().ok
    huge = world.publish(HUGE)
    assert world.sync().sequence == HUGE
    reset = make_reset(root, scope=SCOPE, epoch=1, issued_at=NOW)
    world.pub.trust = delegate(root, world.pub.key, 1, epoch=1, reset=reset)
    world.publish(2)
    assert world.sync().sequence == 2
    stick = tmp_path / "old.bundle"
    stick.write_bytes(huge)
    outcome = world.sync(from_file=stick)
    assert outcome.exit_code == ExitCode.REPLAY and "before the sequence reset" in outcome.message
    assert world.held() == [2, 1] and load_state(world.home).accepted(SCOPE).order == (1, 2)
    world.server.close()  # type: ignore[union-attr]
