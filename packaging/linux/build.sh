#!/usr/bin/env bash
# Build the one-folder app bundle: dist/noedkopi/continuity-app (called by `./dev package`).
set -euo pipefail
VENV=${1:-.venv}
cd "$(dirname "$0")/../.."
"$VENV/bin/python" scripts/translations.py build  # the .qm files the bundle ships
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/noedkopi.spec
echo "Built dist/noedkopi/continuity-app"
