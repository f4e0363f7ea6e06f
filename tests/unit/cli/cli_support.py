"""An installation on both sides, built once per session through the real chain and copied
per test: a publisher home, a publish folder, and a laptop home enrolled and synced."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

PASSPHRASE = "seks ord på papir i kuverten"
PUBLISHER_PASSPHRASE = "forvaltningens egen lange frase"
SCOPE = "alle"


@dataclass(frozen=True)
class Installation:
    root: Path
    publisher: Path  # the publisher home
    exports: Path
    publish: Path
    home: Path  # the laptop's client home

    def env(self) -> dict[str, str]:
        return {"CONTINUITY_PASSPHRASE": PASSPHRASE, "CONTINUITY_PUBLISHER_PASSPHRASE": PUBLISHER_PASSPHRASE}


@pytest.fixture(scope="session")
def installation_template(tmp_path_factory: pytest.TempPathFactory) -> Installation:
    from continuity_app.exchange.demo import generate_dataset, write_exports
    from continuity_app.home import ClientHome
    from continuity_app.kdf import floor_params
    from continuity_app.publish import add_device, build, init_home
    from continuity_app.sync import run_sync
    from continuity_app.vault.enroll import enroll

    root = tmp_path_factory.mktemp("installation")
    exports = write_exports(generate_dataset("tiny"), root / "exports")[0].parent
    publisher = init_home(root / "publisher", PUBLISHER_PASSPHRASE, kdf=floor_params())
    home = ClientHome(root / "home")
    enroll(
        home,
        scope=SCOPE,
        source=str(root / "publish"),
        publisher_key_file=publisher.public_key_file,
        passphrase=PASSPHRASE,
        out=root / "REQUEST.json",
        kdf=floor_params(),
    )
    add_device(publisher.root, (root / "REQUEST.json").read_text(encoding="utf-8"))
    build(publisher.root, exports, root / "publish", passphrase=PUBLISHER_PASSPHRASE)
    outcome = run_sync(home)
    assert outcome.ok, outcome.message
    return Installation(root, publisher.root, exports, root / "publish", home.root)


@pytest.fixture
def installation(installation_template: Installation, tmp_path: Path) -> Installation:
    """A private copy (the config's source still points at the template's publish folder)."""
    t = installation_template
    for part in ("publisher", "exports", "home"):
        shutil.copytree(t.root / part, tmp_path / part, symlinks=True)
    shutil.copy(t.root / "REQUEST.json", tmp_path / "REQUEST.json")
    return Installation(tmp_path, tmp_path / "publisher", tmp_path / "exports", t.publish, tmp_path / "home")


def snapshot(folder: Path, *, skip: tuple[str, ...] = ()) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path (``skip``: relative prefixes left out)."""
    found: dict[str, bytes] = {}
    if not folder.exists():
        return found
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and not rel.startswith(skip):
            found[rel] = path.read_bytes()
    return found
