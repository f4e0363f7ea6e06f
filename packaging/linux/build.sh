#!/usr/bin/env bash
# Build the one-folder app bundle dist/noedkopi/ (called by `./dev package`):
#   packaging/linux/build.sh [VENV=.venv] [DISTPATH=dist] [WORKPATH=build/pyinstaller]
# dist/noedkopi/continuity-app is the program (no Python needed on the laptop);
# dist/noedkopi/linux/ holds install.sh and the desktop/AppStream/systemd files, and
# dist/noedkopi/docs/ the operations guide, so the folder alone is what IT copies to a laptop.
set -euo pipefail
VENV=${1:-.venv}
DISTPATH=${2:-dist}
WORKPATH=${3:-build/pyinstaller}
cd "$(dirname "$0")/../.."
PY="$VENV/bin/python"

# The .qm translations the bundle ships (the app falls back on the .ts when there are none).
if [ -f scripts/translations.py ]; then
  "$PY" scripts/translations.py build >/dev/null
else
  echo "note: scripts/translations.py is missing; the bundle ships the .ts translations" >&2
fi

"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$DISTPATH" --workpath "$WORKPATH" \
  packaging/noedkopi.spec

BUNDLE="$DISTPATH/noedkopi"
install -d "$BUNDLE/linux" "$BUNDLE/docs"
install -m 755 packaging/linux/install.sh "$BUNDLE/linux/"
install -m 644 packaging/linux/dk.lemvig.noedkopi.desktop packaging/linux/dk.lemvig.noedkopi.metainfo.xml \
  packaging/linux/noedkopi-sync.service packaging/linux/noedkopi-sync.timer "$BUNDLE/linux/"
for doc in docs/operations*.md; do [ -f "$doc" ] && install -m 644 "$doc" "$BUNDLE/docs/"; done

"$BUNDLE/continuity-app" --version  # the frozen program starts (and names its version)
echo "Built $BUNDLE/continuity-app ($(du -sh "$BUNDLE" | cut -f1))"
