"""Qt Linguist translations: ``update`` the .ts files from the source, ``build`` the .qm files.

    python scripts/translations.py update   # pyside6-lupdate: new strings into resources/translations/*.ts
    python scripts/translations.py build    # pyside6-lrelease: .qm next to each .ts (or --out DIR)
    python scripts/translations.py check    # English complete, placeholders kept (exit 1 if not)

Source strings are Danish (see continuity_app/gui/i18n.py for why). ``nodkopi_da.ts``
holds every source string translated to itself — marked finished by ``update`` — so the
Danish wording can be polished in Qt Linguist without touching code; ``nodkopi_en.ts``
is translated by people. The .qm files are build output (git ignores them); the app
reads the .ts directly when no up-to-date .qm is there.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "continuity_app" / "gui"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"da": "da_DK", "en": "en_GB"}
PLACEHOLDER = re.compile(r"%\d+|\{[a-z_]*\}|&(?=\w)")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pyside6-essentials) in this venv")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for lang, locale in LANGUAGES.items():
        ts = FOLDER / f"nodkopi_{lang}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-source-language",
                "da_DK",
                "-target-language",
                locale,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )
        if lang == "da":
            identity(ts)
    return check()


def identity(ts: Path) -> None:
    """Danish to Danish: every unfinished message gets its source as its translation."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        if translation.get("type") == "unfinished":
            translation.text = message.findtext("source")
            del translation.attrib["type"]
    write_ts(tree, ts)


def write_ts(tree: ET.ElementTree[ET.Element], ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def build(out: Path | None) -> int:
    for lang in LANGUAGES:
        ts = FOLDER / f"nodkopi_{lang}.ts"
        qm = (out or FOLDER) / f"nodkopi_{lang}.qm"
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)
    return 0


def problems(ts: Path) -> list[str]:
    """Unfinished messages and translations that lose or add a placeholder (%1, {name}, &)."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                found.append(f"{ts.name}: {name}: untranslated: {source!r}")
                continue
            wanted = sorted(PLACEHOLDER.findall(source))
            got = sorted(PLACEHOLDER.findall(translation.text or ""))
            if [p for p in wanted if p != "&"] != [p for p in got if p != "&"] or ("&" in wanted) != (
                "&" in got
            ):
                found.append(f"{ts.name}: {name}: placeholders {wanted} became {got}: {source!r}")
    return found


def check() -> int:
    found = [p for lang in LANGUAGES for p in problems(FOLDER / f"nodkopi_{lang}.ts")]
    for line in found:
        print(line)
    return 1 if found else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("task", choices=["update", "build", "check"])
    parser.add_argument("--out", type=Path, help="build: folder for the .qm files")
    args = parser.parse_args(argv)
    if args.task == "update":
        return update()
    if args.task == "build":
        return build(args.out)
    return check()


if __name__ == "__main__":
    raise SystemExit(main())
