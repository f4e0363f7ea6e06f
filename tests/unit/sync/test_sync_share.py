"""The laptop as a mirror, through the real commands: ``share --out DIR`` from a laptop that synced
over a real HTTP server on 127.0.0.1, ``sync --from DIR`` on a colleague's laptop that missed the
last sync; a stick with altered files is refused and the last good data kept."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from sync_helpers import NOW, PASSPHRASE, SCOPE, World, enroll_template, make_world

from continuity_app.bundle.latest import bundle_file_name, make_latest
from continuity_app.cli.app import main
from continuity_app.errors import ExitCode
from continuity_app.sync.state import load_state
from continuity_app.vault.audit_read import read_log
from continuity_app.vault.device import DeviceFile


def colleague(world: World, tmp_path: Path) -> World:
    """A second laptop of the same scope, served by the same publisher."""
    other = make_world(
        enroll_template(tmp_path / "colleague-enrol", world.pub), world.pub, tmp_path / "colleague"
    )
    other.pub = world.pub
    other.set_source(world.server.url if world.server else str(world.pub.out))
    return other


def both(world: World, other: World) -> dict[str, object]:
    return world.me | other.me  # type: ignore[return-value]


def setup_stick(world: World, tmp_path: Path) -> tuple[World, Path]:
    """Both laptops hold 1; only the first syncs 2 and shares it onto a stick."""
    world.serve()
    other = colleague(world, tmp_path)
    world.publish(1, recipients=both(world, other))
    assert world.sync().ok and other.sync().ok
    world.publish(2, recipients=both(world, other))
    assert world.sync().sequence == 2
    stick = tmp_path / "stick"
    assert main(["share", "--out", str(stick), "--home", str(world.home.root)]) == 0
    return other, stick


def sync_from(other: World, stick: Path) -> int:
    return main(["sync", "--from", str(stick), "--home", str(other.home.root)])


def test_a_stick_from_a_colleague_brings_a_laptop_that_missed_the_last_sync_up_to_date(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other, stick = setup_stick(world, tmp_path)
    out = capsys.readouterr().out
    folder = stick / SCOPE
    assert sorted(p.name for p in folder.iterdir()) == [
        f"{SCOPE}-00000001.bundle",
        f"{SCOPE}-00000002.bundle",
        "latest.json",
    ]
    # byte for byte what the publisher signed, and the latest.json this laptop accepted
    assert (folder / f"{SCOPE}-00000002.bundle").read_bytes() == (
        world.home.generations / f"{SCOPE}-00000002.bundle"
    ).read_bytes()
    assert (folder / "latest.json").read_bytes() == (world.pub.out / SCOPE / "latest.json").read_bytes()
    assert f"sync --from {stick}" in out
    assert sync_from(other, stick) == 0
    assert "sequence 2" in capsys.readouterr().out
    assert other.held() == [2, 1] and other.highest() == 2
    # the share is in the audit log of the laptop that shared
    device = DeviceFile.load(world.home.device)
    keys = device.unwrap(PASSPHRASE, world.home.device)
    shares = [r for r in read_log(world.home.audit_log, keys.audit).entries if r.event == "share"]
    assert len(shares) == 1
    assert shares[0].fields["count"] == 2 and shares[0].fields["sequence"] == 2
    assert shares[0].fields["out"] == str(stick)


def _flip_bundle(folder: Path) -> None:
    path = folder / f"{SCOPE}-00000002.bundle"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _flip_latest(folder: Path) -> None:
    path = folder / "latest.json"
    path.write_bytes(path.read_bytes().replace(b'"sequence\\":2', b'"sequence\\":3'))


def _forged_latest(folder: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    data = (folder / f"{SCOPE}-00000002.bundle").read_bytes()
    (folder / "latest.json").write_bytes(
        make_latest(
            scope=SCOPE,
            sequence=2,
            file=bundle_file_name(SCOPE, 2),
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            created_at=NOW,
            valid_until=NOW + dt.timedelta(days=7),
            signing_key=Ed25519PrivateKey.generate(),
        )
    )


def _bundle_swapped(folder: Path) -> None:
    """The newer's name on the older bundle's bytes (latest.json names size and hash)."""
    (folder / f"{SCOPE}-00000002.bundle").write_bytes((folder / f"{SCOPE}-00000001.bundle").read_bytes())


def _cut_short(folder: Path) -> None:
    path = folder / f"{SCOPE}-00000002.bundle"
    path.write_bytes(path.read_bytes()[:-1])


def _one_byte_more(folder: Path) -> None:
    path = folder / f"{SCOPE}-00000002.bundle"
    path.write_bytes(path.read_bytes() + b"\x00")


@pytest.mark.parametrize(
    ("tamper", "code", "words"),
    [
        (_flip_bundle, ExitCode.CORRUPT, "SHA-256"),
        (_flip_latest, ExitCode.BAD_SIGNATURE, "latest.json"),
        (_forged_latest, ExitCode.BAD_SIGNATURE, "latest.json"),
        (_bundle_swapped, ExitCode.CORRUPT, "SHA-256"),
        (_cut_short, ExitCode.CORRUPT, "bytes"),
        (_one_byte_more, ExitCode.TOO_LARGE, "over the"),
    ],
)
def test_a_stick_with_an_altered_file_is_refused_and_the_last_good_data_kept(
    world: World,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    tamper: Callable[[Path], None],
    code: ExitCode,
    words: str,
) -> None:
    other, stick = setup_stick(world, tmp_path)
    capsys.readouterr()
    tamper(stick / SCOPE)
    assert sync_from(other, stick) == code
    err = capsys.readouterr().err
    assert err.startswith("continuity-app sync: ") and words in err and err.count("\n") == 1
    assert other.held() == [1] and other.highest() == 1 and other.verifies(1)
    assert load_state(other.home).last_attempt.result == "failed"  # type: ignore[union-attr]


def test_a_stick_of_another_scope_is_refused(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other, stick = setup_stick(world, tmp_path)
    (stick / SCOPE).rename(stick / "hp-syd")  # a mirror that claims to be another unit's
    (stick / SCOPE).mkdir()
    for f in (stick / "hp-syd").iterdir():
        if f.suffix == ".bundle":
            (stick / SCOPE / f.name.replace(SCOPE, "hp-syd")).write_bytes(f.read_bytes())
    capsys.readouterr()
    assert sync_from(other, stick) != 0
    assert other.held() == [1] and other.highest() == 1


def test_nothing_to_share_is_named(world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["share", "--out", str(tmp_path / "stick"), "--home", str(world.home.root)]) == ExitCode.NO_DATA
    )
    assert "no data to share yet" in capsys.readouterr().err


def test_without_with_journal_no_passphrase_is_asked(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONTINUITY_PASSPHRASE", raising=False)
    world.publish(1)
    assert world.sync().ok
    assert main(["share", "--out", str(tmp_path / "stick"), "--home", str(world.home.root)]) == 0
    assert not (tmp_path / "stick" / "journal").exists()


def test_with_journal_and_a_wrong_passphrase_writes_nothing(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    world.publish(1)
    assert world.sync().ok
    monkeypatch.setenv("CONTINUITY_PASSPHRASE", "ikke den rigtige frase")
    stick = tmp_path / "stick"
    assert (
        main(["share", "--with-journal", "--out", str(stick), "--home", str(world.home.root)])
        == ExitCode.WRONG_PASSPHRASE
    )
    assert "wrong passphrase" in capsys.readouterr().err and not stick.exists()


def test_share_writes_the_journal_hand_back_with_the_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A real bundle (the journal needs data that opens) from the demo publisher."""
    from continuity_app import demosetup
    from continuity_app.sync import run_sync

    demo = demosetup.make(tmp_path / "demo", scale="tiny", fast_kdf=True)
    assert run_sync(demo.client).ok
    monkeypatch.setenv("CONTINUITY_PASSPHRASE", demosetup.DEMO_PASSPHRASE)
    home = str(demo.client.root)
    assert (
        main(
            [
                "journal",
                "add",
                "drill",
                "--step",
                "start",
                "--text",
                "Generator startet",
                "--initials",
                "AB",
                "--home",
                home,
            ]
        )
        == 0
    )
    stick = tmp_path / "stick"
    capsys.readouterr()
    assert main(["share", "--with-journal", "--out", str(stick), "--home", home]) == 0
    out = capsys.readouterr().out
    device_id = DeviceFile.load(demo.client.device).device_id
    handback = stick / "journal" / f"{device_id}.handback"
    assert handback.is_file() and f"Journal: {handback}" in out
    assert b"Generator startet" not in handback.read_bytes()  # encrypted
    # IT collects it (the publisher's journal key opens it)
    from continuity_app.cli.publisher import main as publisher_main

    collected = tmp_path / "collected"
    monkeypatch.setenv("CONTINUITY_PUBLISHER_PASSPHRASE", demosetup.DEMO_PUBLISHER_PASSPHRASE)
    assert (
        publisher_main(
            [
                "journal",
                "collect",
                "--in",
                str(handback),
                "--home",
                str(demo.publisher),
                "--out",
                str(collected),
            ]
        )
        == 0
    )
    assert "Generator startet" in "".join(
        p.read_text(errors="replace") for p in collected.rglob("*") if p.is_file()
    )
    # without --with-journal, a laptop that has a journal says it was left out
    assert main(["share", "--out", str(tmp_path / "stick2"), "--home", home]) == 0
    assert "--with-journal" in capsys.readouterr().out
    assert not (tmp_path / "stick2" / "journal").exists()
