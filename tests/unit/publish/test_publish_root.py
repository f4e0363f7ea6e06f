"""The publisher's root of trust: init with a root, key rotate, sequence reset, the handover of a
home made before the root — each checked by reading what build writes as a laptop would."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from publish_helpers import PASSPHRASE, write_exports
from publish_support import FAST_KDF, Setup

from continuity_app.bundle import verify, verify_latest
from continuity_app.bundle.keys import fingerprint, load_publisher_public_key
from continuity_app.bundle.trust import ClientTrust
from continuity_app.cli.publisher import main
from continuity_app.errors import ExitCode, KnownError
from continuity_app.publish import build, init_home
from continuity_app.publish.root import reset_sequence, rotate_key

ROOT = "rodnøglen ligger i pengeskabet"
NOW = dt.datetime(2026, 11, 27, 4, 0, tzinfo=dt.UTC)


def root_setup(tmp_path: Path, root_out: Path | None = None) -> Setup:
    home = init_home(
        tmp_path / "publisher", PASSPHRASE, kdf=FAST_KDF, root_passphrase=ROOT, root_out=root_out, now=NOW
    )
    setup = Setup(home=home, exports=write_exports(tmp_path / "exports"), out=tmp_path / "publish")
    setup.enroll("dev-hp", "hp-nord")
    return setup


def read_as_laptop(setup: Setup, sequence: int, trust: ClientTrust) -> tuple[int, int]:
    """(delegation version, epoch) of the scope's newest bundle and latest.json, verified."""
    folder = setup.out / "hp-nord"
    latest = verify_latest((folder / "latest.json").read_bytes(), trust)
    assert latest.sequence == sequence
    verified = verify((folder / latest.file).read_bytes(), trust)
    assert trust.learnt is not None
    return trust.learnt.version, verified.epoch


def test_init_makes_a_root_that_delegates_and_laptops_pin_the_root(tmp_path: Path) -> None:
    setup = root_setup(tmp_path)
    pinned = setup.home.public_key()
    assert setup.home.root_key_file.exists()
    assert fingerprint(setup.home.publishing_public_key()) != fingerprint(pinned)
    build(setup.home.root, setup.exports, setup.out, passphrase=PASSPHRASE, now=NOW)
    header = verify(
        (setup.out / "hp-nord" / "hp-nord-00000001.bundle").read_bytes(), ClientTrust(pinned, now=NOW)
    ).header
    assert (header.major, header.minor) == (2, 0) and "delegation" in header.extra  # 2.0: zstd
    latest = json.loads((setup.out / "hp-nord" / "latest.json").read_text())
    assert (latest["major"], latest["minor"]) == (1, 1)
    # the root key never signs a bundle: a reader with only the root key and no delegation refuses
    with pytest.raises(KnownError) as refused:
        verify((setup.out / "hp-nord" / "hp-nord-00000001.bundle").read_bytes(), pinned)
    assert refused.value.exit_code == ExitCode.BAD_SIGNATURE


def test_key_rotate_signs_the_next_build_with_a_new_key(tmp_path: Path) -> None:
    setup = root_setup(tmp_path)
    trust = ClientTrust(setup.home.public_key(), now=NOW)
    build(setup.home.root, setup.exports, setup.out, passphrase=PASSPHRASE, now=NOW)
    assert read_as_laptop(setup, 1, trust) == (1, 0)
    old = fingerprint(setup.home.publishing_public_key())
    result = rotate_key(setup.home.root, passphrase=PASSPHRASE, root_passphrase=ROOT, kdf=FAST_KDF, now=NOW)
    assert result.version == 2 and result.publishing_fingerprint != old
    build(setup.home.root, setup.exports, setup.out, passphrase=PASSPHRASE, now=NOW)
    assert read_as_laptop(setup, 2, trust) == (2, 0)


def test_rotate_with_a_wrong_root_passphrase_changes_nothing(tmp_path: Path) -> None:
    setup = root_setup(tmp_path)
    before = setup.home.delegation_file.read_bytes(), setup.home.secret_key_file.read_bytes()
    with pytest.raises(KnownError) as refused:
        rotate_key(setup.home.root, passphrase=PASSPHRASE, root_passphrase="forkert rodfrase", kdf=FAST_KDF)
    assert refused.value.exit_code == ExitCode.WRONG_PASSPHRASE and "root" in str(refused.value)
    assert (setup.home.delegation_file.read_bytes(), setup.home.secret_key_file.read_bytes()) == before


def test_a_root_kept_on_a_stick_is_needed_for_rotate_and_reset(tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    setup = root_setup(tmp_path, root_out=stick)
    assert (stick / "root-key.json").exists() and not setup.home.root_key_file.exists()
    with pytest.raises(KnownError) as refused:
        rotate_key(setup.home.root, passphrase=PASSPHRASE, root_passphrase=ROOT, kdf=FAST_KDF)
    assert refused.value.exit_code == ExitCode.NOT_SET_UP and "--root FILE" in str(refused.value)
    assert (
        rotate_key(
            setup.home.root,
            passphrase=PASSPHRASE,
            root_passphrase=ROOT,
            kdf=FAST_KDF,
            root_file=stick / "root-key.json",
        ).version
        == 2
    )


def test_sequence_reset_opens_a_new_epoch_in_the_next_build(tmp_path: Path) -> None:
    setup = root_setup(tmp_path)
    build(setup.home.root, setup.exports, setup.out, passphrase=PASSPHRASE, now=NOW)
    assert reset_sequence(setup.home.root, "hp-nord", root_passphrase=ROOT).epoch == 1
    build(setup.home.root, setup.exports, setup.out, passphrase=PASSPHRASE, now=NOW)
    assert read_as_laptop(setup, 2, ClientTrust(setup.home.public_key(), now=NOW)) == (1, 1)
    assert reset_sequence(setup.home.root, "hp-nord", root_passphrase=ROOT).epoch == 2


def test_a_home_from_before_the_root_hands_its_laptops_over(setup: Setup) -> None:
    """The first root-era files are signed by the key those laptops pin."""
    setup.enroll("dev-hp", "hp-nord")
    legacy = setup.home.public_key()
    build(setup.home.root, setup.exports, setup.out, passphrase=PASSPHRASE, now=NOW)
    laptop = ClientTrust(legacy, now=NOW)
    result = rotate_key(setup.home.root, passphrase=PASSPHRASE, root_passphrase=ROOT, kdf=FAST_KDF, now=NOW)
    assert result.legacy and result.publishing_fingerprint == fingerprint(legacy)
    assert (
        load_publisher_public_key(setup.home.legacy_public_key_file).public_bytes_raw()
        == legacy.public_bytes_raw()
    )
    build(setup.home.root, setup.exports, setup.out, passphrase=PASSPHRASE, now=NOW)
    folder = setup.out / "hp-nord"
    data = (folder / "hp-nord-00000002.bundle").read_bytes()
    verify(data, legacy)  # an older program, pinning the old key, still reads it
    verify(data, laptop)  # a newer one learns the root from it
    assert laptop.learnt is not None
    assert fingerprint(laptop.learnt.root_key) == setup.home.fingerprint()


def test_cli_key_rotate_and_sequence_reset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    setup = root_setup(tmp_path)
    monkeypatch.setenv("CONTINUITY_PUBLISHER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CONTINUITY_ROOT_PASSPHRASE", ROOT)
    home = str(setup.home.root)
    assert main(["key", "rotate", "--home", home]) == ExitCode.OK
    assert "delegation 2" in capsys.readouterr().out
    assert main(["sequence", "reset", "--scope", "hp-nord", "--home", home]) == ExitCode.OK
    assert "epoke 1" in capsys.readouterr().out
    monkeypatch.setenv("CONTINUITY_ROOT_PASSPHRASE", "forkert rodfrase")
    assert main(["sequence", "reset", "--scope", "hp-nord", "--home", home]) == ExitCode.WRONG_PASSPHRASE
    assert "wrong root passphrase" in capsys.readouterr().err


def test_a_publisher_set_to_zlib_writes_bundles_a_1_x_program_reads(tmp_path: Path) -> None:
    setup = root_setup(tmp_path)
    config = setup.home.root / "config.json"
    config.write_text(json.dumps({"bundle_compression": "zlib"}), encoding="utf-8")
    build(setup.home.root, setup.exports, setup.out, passphrase=PASSPHRASE, now=NOW)
    header = verify(
        (setup.out / "hp-nord" / "hp-nord-00000001.bundle").read_bytes(),
        ClientTrust(setup.home.public_key(), now=NOW),
    ).header
    assert (header.major, header.minor) == (1, 1) and header.payload.compression == "zlib"


def test_an_unknown_bundle_compression_setting_is_refused_naming_it(tmp_path: Path) -> None:
    setup = root_setup(tmp_path)
    (setup.home.root / "config.json").write_text(json.dumps({"bundle_compression": "lz4"}), encoding="utf-8")
    with pytest.raises(KnownError, match=r"bundle_compression.*zstd"):
        build(setup.home.root, setup.exports, setup.out, passphrase=PASSPHRASE, now=NOW)
    assert not list(setup.out.glob("*/*.bundle"))
