"""A complete demo installation, the whole chain on one machine (``continuity-app demo``).

Generated, fictitious exports → a publisher with its own keys → one enrolled
laptop for a home-care unit → a published bundle in a local folder, served by a
small HTTP server on 127.0.0.1 → a sync over HTTP → unlocked. The layout::

    ROOT/.noedkopi-demo   marker: this folder may be replaced by the next demo
    ROOT/exports/         the exchange folder of exports, as IT would receive it
    ROOT/publisher/       the publisher's home (signing key under a passphrase)
    ROOT/publish/         what a web server or file share serves
    ROOT/client/          the laptop's client home (nothing decrypted in it)
    ROOT/request.json     the laptop's enrollment request
"""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from continuity_app import settings
from continuity_app.domain.models import Dataset, UnitKind
from continuity_app.errors import AlreadyExists
from continuity_app.home import ClientHome
from continuity_app.kdf import floor_params

#: The passphrases of the demo, printed for the person trying it. Never used outside a demo.
DEMO_PASSPHRASE = "nødkopi-demo"
DEMO_PUBLISHER_PASSPHRASE = "udgiver-demo-nøgle"
DEMO_ROOT_PASSPHRASE = "rodnøgle-demo-i-pengeskabet"
MARKER = ".noedkopi-demo"

Say = Callable[[str], None]


@dataclass
class DemoInstallation:
    root: Path
    unit_id: str
    unit_name: str
    dataset_counts: dict[str, int]
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def client(self) -> ClientHome:
        return ClientHome(self.root / "client")

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def publisher(self) -> Path:
        return self.root / "publisher"

    @property
    def publish(self) -> Path:
        return self.root / "publish"


def prepare_root(root: Path) -> None:
    """Use ``root`` for a new demo: empty, or an earlier demo (replaced), never anything else."""
    if root.exists() and any(root.iterdir()):
        if not (root / MARKER).exists():
            raise AlreadyExists(f"{root} is not empty and holds no earlier demo; choose another --home")
        shutil.rmtree(root)
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    (root / MARKER).write_text("Nødkopi demo installation (fictitious data); safe to delete.\n")


def demo_unit(dataset: Dataset) -> tuple[str, str]:
    """The home-care unit with the most citizens: the laptop the demo plays."""
    per_unit: dict[str, int] = {}
    for citizen in dataset.citizens:
        per_unit[citizen.unit_id] = per_unit.get(citizen.unit_id, 0) + 1
    home_care = [u for u in dataset.units if u.kind is UnitKind.HJEMMEPLEJE and u.unit_id in per_unit]
    candidates = home_care or [u for u in dataset.units if u.unit_id in per_unit] or dataset.units
    unit = max(candidates, key=lambda u: (per_unit.get(u.unit_id, 0), u.unit_id))
    return unit.unit_id, unit.name


def make(
    root: Path,
    *,
    scale: str = "lemvig",
    seed: int = 1,
    today: dt.date | None = None,
    say: Say = lambda _msg: None,
    fast_kdf: bool = False,
) -> DemoInstallation:
    """Build the installation up to a published bundle (not yet synced). ``fast_kdf`` is for
    the self-test and tests only: cheaper scrypt for the publisher key, so they run quickly
    (the laptop's key always gets the measured parameters, never below the vault's floor)."""
    from continuity_app import publish, vault
    from continuity_app.exchange.demo import generate_dataset, write_exports
    from continuity_app.exchange.demo_fhir import write_fhir_export

    prepare_root(root)
    timings: dict[str, float] = {}
    t = time.perf_counter()
    say(f"Generating {scale} demo exports")
    dataset = generate_dataset(scale, seed, today)
    write_exports(dataset, root / "exports")
    unit_id, unit_name = demo_unit(dataset)
    # Beside the CSV files, a FHIR export of structured doses (a weekly dose, a taper, clock
    # times) for the demo unit's first citizen, so the demo shows the dose texts built from it.
    first = min(c.citizen_id for c in dataset.citizens if c.unit_id == unit_id)
    write_fhir_export([first], root / "exports", today or dt.date.today())
    timings["exports"] = time.perf_counter() - t
    demo = DemoInstallation(root, unit_id, unit_name, dataset.counts(), timings)
    del dataset

    t = time.perf_counter()
    say("Creating the publisher's keys")
    kdf = floor_params() if fast_kdf else None
    publish.init_home(
        demo.publisher, DEMO_PUBLISHER_PASSPHRASE, kdf=kdf, root_passphrase=DEMO_ROOT_PASSPHRASE
    )
    say(f"Enrolling this laptop for {unit_name} ({unit_id})")
    result = vault.enroll(
        demo.client,
        scope=unit_id,
        source=str(demo.publish),
        publisher_key_file=demo.publisher / "publisher-key.pub",
        passphrase=DEMO_PASSPHRASE,
        out=root / "request.json",
    )
    publish.add_device(demo.publisher, (root / "request.json").read_bytes())
    timings["keys"] = time.perf_counter() - t

    t = time.perf_counter()
    say("Validating the exports and publishing signed, encrypted bundles")
    publish.build(
        demo.publisher, demo.exports, demo.publish, passphrase=DEMO_PUBLISHER_PASSPHRASE, today=today
    )
    timings["publish"] = time.perf_counter() - t
    del result
    return demo


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve ``folder`` over HTTP on 127.0.0.1 (a free port) while the block runs; yields the URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="demo-http", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def set_source(home: ClientHome, source: str) -> None:
    settings.update_client(home.config, source=source)
