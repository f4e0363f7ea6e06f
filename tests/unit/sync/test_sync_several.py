"""Two publishers on one laptop (municipalities that share a preparedness plan), through the real
commands and two real HTTP servers on 127.0.0.1: ``enroll --add``, ``sync`` of all, ``status``,
one passphrase opening both, ids that never collide, medication kept to its own municipality."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sync_helpers import HttpServer

from continuity_app import demosetup, publish, settings
from continuity_app.cli.app import main
from continuity_app.errors import ExitCode
from continuity_app.home import ClientHome
from continuity_app.vault.several import unlock_all


@dataclass
class Laptop:
    home: ClientHome
    first: demosetup.DemoInstallation
    second: demosetup.DemoInstallation
    servers: tuple[HttpServer, HttpServer]

    def publish_second(self) -> None:
        publish.build(
            self.second.publisher,
            self.second.exports,
            self.second.publish,
            passphrase=demosetup.DEMO_PUBLISHER_PASSPHRASE,
        )


@pytest.fixture
def laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Laptop]:
    monkeypatch.setenv("CONTINUITY_PASSPHRASE", demosetup.DEMO_PASSPHRASE)
    first = demosetup.make(tmp_path / "holstebro", scale="tiny", seed=1, fast_kdf=True)
    second = demosetup.make(tmp_path / "skive", scale="tiny", seed=2, fast_kdf=True)
    servers = (HttpServer(first.publish), HttpServer(second.publish))
    home = first.client
    values = settings.load(home.config)
    values["source"] = servers[0].url
    settings.save(home.config, values)
    yield Laptop(home, first, second, servers)
    for server in servers:
        server.close()


def add_second(laptop: Laptop, tmp_path: Path, name: str = "skive") -> int:
    request = tmp_path / "skive-request.json"
    code = main(
        [
            "enroll",
            "--add",
            name,
            "--unit",
            laptop.second.unit_id,
            "--source",
            laptop.servers[1].url,
            "--publisher-key",
            str(laptop.second.publisher / "publisher-key.pub"),
            "--out",
            str(request),
            "--home",
            str(laptop.home.root),
        ]
    )
    if code == 0:
        publish.add_device(laptop.second.publisher, request.read_bytes())
        laptop.publish_second()  # the next daily build carries the new laptop
    return code


def test_two_publishers_on_one_laptop(
    laptop: Laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add_second(laptop, tmp_path) == 0
    assert "in " + str(laptop.home.root / "enrolments" / "skive") in capsys.readouterr().out
    assert main(["sync", "--home", str(laptop.home.root)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("main: ") and "\nskive: " in out
    # each keeps its own pinned key, scope, generations and sequence
    assert main(["status", "--json", "--home", str(laptop.home.root)]) == 0
    each = {e["enrolment"]: e for e in json.loads(capsys.readouterr().out)["enrolments"]}
    assert set(each) == {"main", "skive"}
    assert each["main"]["sequence"] == 1 and each["skive"]["sequence"] == 2
    skive = laptop.home.enrolment("skive")
    assert skive.publisher_key.read_bytes() == (laptop.second.publisher / "publisher-key.pub").read_bytes()
    assert laptop.home.publisher_key.read_bytes() != skive.publisher_key.read_bytes()
    # one passphrase opens both
    with unlock_all(laptop.home, demosetup.DEMO_PASSPHRASE) as both:
        assert both.names == ["main", "skive"] and both.failures == {}
        main_store, skive_store = both.session("main").store, both.session("skive").store
        vehicles = both.vehicles()
        assert len(vehicles) == len(main_store.vehicles()) + len(skive_store.vehicles())
        assert {v.enrolment for v in vehicles} == {"main", "skive"}
        # the two municipalities use the same local ids; on screen and paper they never collide
        local = [v.local_id for v in vehicles]
        assert len(set(local)) < len(local)
        assert len({v.key for v in vehicles}) == len(vehicles)
        assert all(v.key == f"{v.enrolment}:{v.local_id}" for v in vehicles)
        for listing in (both.fuel_stocks(), both.contact_trees(), both.units()):
            assert len({t.key for t in listing}) == len(listing)
            assert {t.enrolment for t in listing} == {"main", "skive"}
        # medication stays with the municipality that published it: a Skive citizen's list is
        # read from Skive's store only, and Holstebro's store has no such person
        main_cprs = {c.cpr for c in main_store.citizens()}
        skive_only = [c for c in skive_store.citizens() if c.cpr not in main_cprs]
        assert skive_only and any(skive_store.medications(c.citizen_id) for c in skive_only)
        for citizen in skive_only:
            same_id = main_store.citizen(citizen.citizen_id)
            assert same_id is None or same_id.citizen.cpr != citizen.cpr
    # share names one: the stick holds that publisher's bundle, byte for byte
    stick = tmp_path / "stick"
    assert main(["share", "--enrolment", "skive", "--out", str(stick), "--home", str(laptop.home.root)]) == 0
    [held] = skive.list_generations()
    assert (stick / held.scope / held.path.name).read_bytes() == held.path.read_bytes()
    # --enrolment names one; a name that is not there is named with those that are
    assert main(["sync", "--enrolment", "skive", "--home", str(laptop.home.root)]) == 0
    assert not capsys.readouterr().out.startswith("skive: ")  # one enrolment: as on one laptop
    assert main(["sync", "--enrolment", "struer", "--home", str(laptop.home.root)]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "no enrolment 'struer'" in err and "main, skive" in err


def test_one_failing_publisher_does_not_stop_the_other(
    laptop: Laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add_second(laptop, tmp_path) == 0
    capsys.readouterr()
    laptop.servers[1].faults["/" + laptop.second.unit_id + "/latest.json"] = "404"
    code = main(["sync", "--home", str(laptop.home.root)])
    captured = capsys.readouterr()
    assert code == ExitCode.SOURCE_UNREACHABLE
    assert captured.out.startswith("main: ") and "skive: " in captured.err and "404" in captured.err
    assert main(["status", "--json", "--enrolment", "main", "--home", str(laptop.home.root)]) == 0
    assert json.loads(capsys.readouterr().out)["sequence"] == 1
    with unlock_all(laptop.home, demosetup.DEMO_PASSPHRASE) as both:
        assert both.names == ["main"] and "skive" in both.failures  # no data yet, named


def test_adding_needs_the_laptops_passphrase(
    laptop: Laptop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CONTINUITY_PASSPHRASE", "en helt anden adgangsfrase")
    assert add_second(laptop, tmp_path) == ExitCode.WRONG_PASSPHRASE
    assert "wrong passphrase" in capsys.readouterr().err
    assert laptop.home.enrolments() == [laptop.home]


def test_a_name_is_a_folder_name_and_added_only_once(
    laptop: Laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add_second(laptop, tmp_path, name="../etc") == ExitCode.USAGE
    assert add_second(laptop, tmp_path, name="main") == ExitCode.ALREADY_EXISTS
    assert add_second(laptop, tmp_path) == 0
    assert add_second(laptop, tmp_path) == ExitCode.ALREADY_EXISTS
    capsys.readouterr()
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["sync", "--from", str(stick), "--home", str(laptop.home.root)]) == ExitCode.USAGE
    assert "--enrolment NAME" in capsys.readouterr().err


def test_a_passphrase_change_changes_it_for_every_enrolment(
    laptop: Laptop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from continuity_app.passphrases import ENV_NEW_PASSPHRASE

    assert add_second(laptop, tmp_path) == 0
    assert main(["sync", "--home", str(laptop.home.root)]) == 0
    new = "en ny og meget lang frase"
    monkeypatch.setenv(ENV_NEW_PASSPHRASE, new)
    assert main(["passphrase", "--home", str(laptop.home.root)]) == 0
    with unlock_all(laptop.home, new) as both:
        assert both.names == ["main", "skive"]
    from continuity_app.errors import PassphraseError

    with pytest.raises(PassphraseError):
        unlock_all(laptop.home, demosetup.DEMO_PASSPHRASE)
