"""A validly signed newest bundle that will not open on this laptop, over a real HTTP server on
127.0.0.1: sync accepts it (it cannot know: it never decrypts), the first unlock falls back to the
last data that opens, and from then on ``status`` (and so the banner) says so with its own code,
until a bundle that opens arrives."""

from __future__ import annotations

import json

import pytest
from sync_helpers import NOW, PASSPHRASE, SCOPE, World

from continuity_app.cli.app import main
from continuity_app.domain.models import Citizen, Dataset, Unit
from continuity_app.store import Store
from continuity_app.sync import status
from continuity_app.vault import unlock


def real_image() -> bytes:
    data = Dataset(
        units=[Unit(SCOPE, "Hjemmeplejen Nord")],
        citizens=[Citizen("c-1", "Else", "Testesen", "Prøvevej 1", SCOPE)],
    )
    with Store.build(data) as full, full.derive(SCOPE) as sub:
        return sub.image()


def test_an_unopenable_newest_bundle_is_shown_after_the_first_unlock(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    world.serve()
    world.publish(1, payload=real_image())
    assert world.sync().sequence == 1
    world.publish(2, payload=b"validly signed, addressed to this laptop, but not a database")
    assert world.sync().sequence == 2  # accepted: sync never decrypts
    with unlock(world.home, PASSPHRASE, now=NOW) as session:
        assert session.generation.sequence == 1 and session.warnings[0].kind == "fallback"
    st = status(world.home)
    [warning] = [w for w in st.warnings if w.code == "newest_cannot_open"]
    assert warning.text.startswith("Nyeste data kan ikke åbnes på denne computer – viser data fra ")
    assert "sekvens 2" in warning.text
    assert st.current is not None and st.current.sequence == 1  # what is shown is what opens
    assert main(["status", "--json", "--home", str(world.home.root)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert "newest_cannot_open" in [w["code"] for w in shown["warnings"]]
    # the publisher fixes it: the next bundle opens and the warning goes
    world.publish(3, payload=real_image())
    assert world.sync().sequence == 3
    with unlock(world.home, PASSPHRASE, now=NOW) as session:
        assert session.generation.sequence == 3 and session.warnings == []
    assert "newest_cannot_open" not in [w.code for w in status(world.home).warnings]
