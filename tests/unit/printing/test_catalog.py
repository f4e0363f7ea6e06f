"""One list of print packs: the command line, ``render_pack`` and the app all read it."""

from __future__ import annotations

import subprocess
import sys

from continuity_app.printing import PACKS, api, catalog
from continuity_app.store import coverage


def test_every_pack_has_a_renderer_and_names_a_known_kind_of_data() -> None:
    assert PACKS == catalog.NAMES
    for pack in catalog.PACKS.values():
        assert callable(api.renderer(pack)), pack.name
        assert pack.needs is None or pack.needs in coverage.ALL_KINDS, pack.name
        assert api.PACK_TITLES[pack.name] == pack.title


def test_the_command_line_offers_exactly_the_catalog() -> None:
    import argparse

    from continuity_app.cli import print_cmd

    parser = argparse.ArgumentParser()
    print_cmd.configure(parser)
    choices = next(a.choices for a in parser._actions if a.dest == "pack")
    assert tuple(choices or ()) == catalog.NAMES


def test_reading_the_catalog_loads_no_reportlab() -> None:
    """``continuity-app --help`` builds the print command's choices from the catalog."""
    code = (
        "import sys, continuity_app.cli.print_cmd as p; "
        "print(len(p.PACK_CHOICES), 'reportlab' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [str(len(catalog.NAMES)), "False"]
