"""Attacks on what the laptop remembers, one per test, over a real HTTP server on 127.0.0.1:
equivocation, a damaged or deleted newest generation, an old copy of the home restored.
Each asserts the refusal (exit code, message) and the state kept, and what status says."""

from __future__ import annotations

import shutil

from sync_helpers import SCOPE, World

from continuity_app.errors import ExitCode
from continuity_app.sync import SyncResult, status
from continuity_app.sync.guard import guard_file


def codes(world: World) -> list[str]:
    return [w.code for w in status(world.home).warnings]


def test_equivocation_two_bundles_with_one_number_is_refused_and_flagged(world: World) -> None:
    world.serve()
    held = world.publish(1)
    assert world.sync().sequence == 1
    world.publish(1)  # the same scope and sequence, other bytes: a stolen key or a broken publisher
    outcome = world.sync()
    assert outcome.result is SyncResult.FAILED and outcome.exit_code == ExitCode.EQUIVOCATION == 23
    assert "different bundle with the same scope and sequence" in outcome.message
    assert (world.home.generations / f"{SCOPE}-00000001.bundle").read_bytes() == held
    st = status(world.home)
    assert st.current is not None and st.current.sequence == 1
    warning = next(w for w in st.warnings if w.code == "equivocation")
    assert warning.text.startswith("To forskellige udgaver med samme nummer – kontakt IT")
    # the flag stays through later attempts, until a higher sequence is accepted as usual
    assert world.sync().exit_code == ExitCode.EQUIVOCATION
    world.publish(2)
    assert world.sync().sequence == 2
    assert "equivocation" not in codes(world) and world.held() == [2, 1]


def test_equivocation_of_an_older_number_from_a_stick(world: World, tmp_path) -> None:
    world.publish(1)
    assert world.sync().ok
    world.publish(2)
    assert world.sync().ok
    stick = tmp_path / "other-1.bundle"
    stick.write_bytes(world.pub.bundle(1, world.me))  # another bundle 1 than the one held
    outcome = world.sync(from_file=stick)
    assert outcome.exit_code == ExitCode.EQUIVOCATION
    assert world.held() == [2, 1] and world.verifies(2) and world.highest() == 2


def test_a_corrupted_newest_generation_is_fetched_again(world: World) -> None:
    server = world.serve()
    published = world.publish(1)
    assert world.sync().ok
    path = world.home.generations / f"{SCOPE}-00000001.bundle"
    damaged = bytearray(path.read_bytes())
    damaged[5000] ^= 0xFF
    path.write_bytes(bytes(damaged))
    st = status(world.home)
    assert st.current is None and "newest_unusable" in [w.code for w in st.warnings]
    assert any("hentes igen" in w.text for w in st.warnings)
    server.requests.clear()
    outcome = world.sync()  # no 304 shortcut: the copy held is not good
    assert "If-None-Match" not in server.requests[0][1]
    assert outcome.ok and "repaired" in outcome.message and "SHA-256" in outcome.message
    assert path.read_bytes() == published and world.highest() == 1
    assert status(world.home).current is not None
    assert "newest_unusable" not in codes(world)


def test_every_generation_corrupted_is_repaired_from_the_server(world: World) -> None:
    world.serve()
    world.publish(1)
    assert world.sync().ok
    newest = world.publish(2)
    assert world.sync().ok
    for gen in world.home.generations.iterdir():
        gen.write_bytes(b"NOEDKOPI" + b"\x00" * 100)
    outcome = world.sync()
    assert outcome.ok and "repaired" in outcome.message
    assert (world.home.generations / f"{SCOPE}-00000002.bundle").read_bytes() == newest


def test_a_deleted_newest_generation_is_fetched_again_not_refused_as_replay(world: World) -> None:
    world.serve()
    world.publish(1)
    assert world.sync().ok
    world.publish(2)
    assert world.sync().ok
    (world.home.generations / f"{SCOPE}-00000002.bundle").unlink()
    outcome = world.sync()
    assert outcome.ok and "repaired" in outcome.message and "missing" in outcome.message
    assert world.held() == [2, 1] and world.verifies(2)


def test_state_json_deleted_with_the_generations_never_lets_an_older_bundle_in(world: World) -> None:
    world.serve()
    first = world.publish(1)
    assert world.sync().ok
    world.publish(2)
    assert world.sync().ok
    world.home.state.unlink()
    shutil.rmtree(world.home.generations)
    assert "state_restored" in codes(world)
    world.pub.put(first)  # a mirror serving yesterday's bundle
    outcome = world.sync()
    assert outcome.exit_code == ExitCode.REPLAY and "not newer than the 2" in outcome.message
    assert world.held() == [] and world.highest() == 2


def test_an_old_copy_of_the_whole_home_restored(world: World, tmp_path) -> None:
    world.serve()
    first = world.publish(1)
    assert world.sync().ok
    backup = tmp_path / "backup"
    shutil.copytree(world.home.root, backup)  # last week's backup of the home
    world.publish(2)
    assert world.sync().ok
    world.publish(3)
    assert world.sync().ok
    shutil.rmtree(world.home.root)
    shutil.copytree(backup, world.home.root)  # restored over it
    assert guard_file(world.home.root, world.device_id).is_file()  # outside the home
    st = status(world.home)
    # the restored data is shown with its true age and number, and status says what happened
    assert st.current is not None and st.current.sequence == 1
    assert st.highest_sequence == 3 and "state_restored" in [w.code for w in st.warnings]
    world.pub.put(first)  # an attacker offering the old bundle (or one as old as the backup)
    assert world.sync().exit_code == ExitCode.REPLAY
    assert world.held() == [1]
    world.publish(4)
    assert world.sync().sequence == 4


def test_pruning_never_removes_the_newest_generation_that_opened_here(world: World) -> None:
    world.set_setting("generations", 2)
    world.publish(1)
    assert world.sync().ok
    world.home.note_opened(SCOPE, 1)  # an unlock opened 1; the next ones (a publisher bug) never do
    for sequence in (2, 3, 4):
        world.publish(sequence)
        assert world.sync().ok
    assert world.held() == [4, 3, 1]
    world.home.note_opened(SCOPE, 4)  # once a newer one opens, the old one may go
    world.publish(5)
    assert world.sync().ok
    assert world.held() == [5, 4]
