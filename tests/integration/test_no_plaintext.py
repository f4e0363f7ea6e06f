"""No plaintext health data on the laptop's disk (issue 4, item 6).

Runs the real chain on the "tiny" demo data: the publisher (init, device add,
build from the demo exports) makes the bundles, the laptop enrolls, syncs from
the publish folder (library, then command line), unlocks, searches,
opens citizens, prints packs into memory, writes journal entries and a
hand-back file; then every file under the client
home, the temp folder and the app log is scanned for the names, CPR numbers
(with and without dash), addresses, phone numbers and drug names that the data
holds. None may appear.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from continuity_app.domain.models import Dataset
from continuity_app.exchange.demo import generate_dataset, write_exports
from continuity_app.home import ClientHome
from continuity_app.journal import Journal
from continuity_app.journal.exchange import export_handback
from continuity_app.kdf import floor_params
from continuity_app.printing import Stamp, render_pack
from continuity_app.publish import add_device, build, init_home
from continuity_app.sync import run_sync
from continuity_app.vault import unlock
from continuity_app.vault.enroll import enroll

PASSPHRASE = "seks ord på papir i kuverten"
PUBLISHER_PASSPHRASE = "forvaltningens egen lange frase"
SCOPE = "alle"


def needles(data: Dataset) -> set[str]:
    """Strings that are health or personal data and must never be found in clear on disk."""
    found: set[str] = set()
    for c in data.citizens:
        found |= {
            f"{c.first_name} {c.last_name}",
            c.address,
            c.cpr,
            c.cpr.replace("-", ""),
            c.phone,
            c.key_info,
            c.allergies,
        }
        found.add(c.last_name)
    for r in data.relatives:
        found |= {r.name, r.phone}
    for m in data.medications:
        found |= {m.drug, m.dose_text}
    return {n for n in found if len(n.strip()) >= 6}


def scan(folders: list[Path], strings: set[str]) -> list[str]:
    """Every (file, string) hit, named by file only: the string itself is not printed."""
    lowered = [(s, s.lower().encode("utf-8")) for s in strings]
    hits: list[str] = []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes().lower()
            count = sum(1 for _, needle in lowered if needle in data)
            if count:
                hits.append(f"{path}: {count} data strings in clear")
    return hits


@pytest.mark.slow
def test_nothing_decrypted_reaches_the_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    for var in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(var, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # forget the cached temp folder
    dataset = generate_dataset("tiny")
    strings = needles(dataset)
    assert len(strings) > 100

    # the publisher, with its own library (its folders are the municipality's side)
    exports = write_exports(dataset, tmp_path / "exports")[0].parent
    publisher = init_home(tmp_path / "publisher", PUBLISHER_PASSPHRASE, kdf=floor_params())
    publish_dir = tmp_path / "publish"

    # the laptop: enroll, IT adds the request, the publisher publishes, the laptop syncs
    home = ClientHome(tmp_path / "home")
    enroll(
        home,
        scope=SCOPE,
        source=str(publish_dir),
        publisher_key_file=publisher.public_key_file,
        passphrase=PASSPHRASE,
        out=tmp_path / "REQUEST.json",
        kdf=floor_params(),
    )
    add_device(publisher.root, (tmp_path / "REQUEST.json").read_text(encoding="utf-8"))
    build(publisher.root, exports, publish_dir, passphrase=PUBLISHER_PASSPHRASE)
    outcome = run_sync(home)
    assert outcome.ok and outcome.sequence is not None, outcome.message

    build(publisher.root, exports, publish_dir, passphrase=PUBLISHER_PASSPHRASE)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONTINUITY_")}
    done = subprocess.run(
        [sys.executable, "-m", "continuity_app", "sync", "--home", str(home.root)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr

    with unlock(home, PASSPHRASE) as session:
        assert session.generation.sequence == outcome.sequence + 1
        store = session.store
        citizens = dataset.citizens
        for c in citizens[:5]:  # search by name, CPR and address, open the hits
            for text in (c.last_name, c.cpr, c.address):
                hits = store.search_citizens(text)
                session.audit("search", count=len(hits), view="citizens")
            record = store.citizen(c.citizen_id)
            assert record is not None
            session.audit("citizen_opened", citizen_id=c.citizen_id)
        unit = citizens[0].unit_id
        stamp = Stamp(scope_label=SCOPE, data_as_of=session.header.created_at)
        for pack, kwargs in (
            ("emergency", {"unit_id": unit}),
            ("medication", {"citizen_id": citizens[0].citizen_id}),
            ("vulnerable", {}),
        ):
            buffer = io.BytesIO()
            info = render_pack(store, pack, buffer, stamp=stamp, **kwargs)  # type: ignore[arg-type]
            assert buffer.getvalue().startswith(b"%PDF")
            session.audit("print", pack=pack, pages=info.pages, **kwargs)
        # the outage journal: entries naming citizens and drugs, a hand-back file in the home
        journal = Journal.open(session)
        journal.initials = "AB"
        c = citizens[0]
        journal.add(
            "note", {"citizen_id": c.citizen_id, "text": f"{c.first_name} {c.last_name} {c.cpr} {c.address}"}
        )
        for m in [m for m in dataset.medications if m.citizen_id == c.citizen_id][:2]:
            if m.as_needed:
                journal.add(
                    "pn",
                    {
                        "citizen_id": c.citizen_id,
                        "medication_id": m.medication_id,
                        "dose": m.dose_text,
                        "reason": m.drug,
                    },
                    confirm_duplicate=True,
                )
            else:
                journal.add(
                    "given",
                    {
                        "citizen_id": c.citizen_id,
                        "medication_id": m.medication_id,
                        "date": "27-11-2026",
                        "slot": "morgen",
                        "outcome": "afvist",
                        "reason": m.dose_text,
                    },
                    confirm_duplicate=True,
                )
        journal.add(
            "pn",
            {
                "person": f"{c.first_name} {c.last_name}, {c.cpr}",
                "drug": dataset.medications[0].drug,
                "dose": "1",
                "reason": "x",
            },
        )
        export_handback(journal, home.root / "handback.nkj")

    status = subprocess.run(
        [sys.executable, "-m", "continuity_app", "status", "--home", str(home.root)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert status.returncode in (0, 21), status.stderr

    generations = sorted(home.generations.iterdir())
    assert len(generations) == 2
    assert home.audit_log.stat().st_size > 0
    assert home.app_log.exists(), "the command-line runs keep the app log in the home"
    assert scan([home.root, temp], strings) == []
    journal_files = [home.root / "journal" / "journal.log", home.root / "handback.nkj"]
    assert all(p.stat().st_size > 0 for p in journal_files)
    # the ones that matter most, named
    for path in [*generations, home.audit_log, home.app_log, *journal_files]:
        data = path.read_bytes().lower()
        count = sum(1 for s in strings if s.lower().encode("utf-8") in data)
        assert count == 0, f"{path.name}: {count} data strings in clear"  # never the strings
