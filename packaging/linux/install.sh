#!/usr/bin/env bash
# Install the one-folder bundle (dist/noedkopi) on a Linux laptop, per machine:
#   sudo packaging/linux/install.sh [dist/noedkopi] [PREFIX=/opt/noedkopi]
# Puts the program in PREFIX, a `continuity-app` link on PATH, the desktop entry, AppStream
# metainfo and icons, and a systemd *user* timer enabled for every user (the client home is
# each user's own data folder). Remove again with: install.sh --uninstall
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DESTDIR=${DESTDIR:-}          # for staging/tests: install under this folder instead of /
BUNDLE=${1:-$ROOT/dist/noedkopi}
PREFIX=${2:-/opt/noedkopi}
APP_ID=dk.lemvig.noedkopi

if [ "$BUNDLE" = "--uninstall" ]; then
  systemctl --global disable noedkopi-sync.timer 2>/dev/null || true
  rm -rf "$DESTDIR$PREFIX" "$DESTDIR/usr/local/bin/continuity-app" \
    "$DESTDIR/usr/share/applications/$APP_ID.desktop" "$DESTDIR/usr/share/metainfo/$APP_ID.metainfo.xml" \
    "$DESTDIR"/usr/lib/systemd/user/noedkopi-sync.{service,timer} \
    "$DESTDIR"/usr/share/icons/hicolor/*/apps/$APP_ID.png
  echo "Nødkopi removed. Each user's data (still encrypted) stays in ~/.local/share/Noedkopi."
  exit 0
fi

[ -x "$BUNDLE/continuity-app" ] || { echo "No bundle at $BUNDLE (run ./dev package first)" >&2; exit 1; }
install -d "$DESTDIR$PREFIX" "$DESTDIR/usr/local/bin" "$DESTDIR/usr/share/applications" \
  "$DESTDIR/usr/share/metainfo" "$DESTDIR/usr/lib/systemd/user"
cp -a "$BUNDLE/." "$DESTDIR$PREFIX/"
ln -sf "$PREFIX/continuity-app" "$DESTDIR/usr/local/bin/continuity-app"
install -m 644 "$HERE/$APP_ID.desktop" "$DESTDIR/usr/share/applications/"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$DESTDIR/usr/share/metainfo/"
for size in 16 32 48 64 128 256 512; do
  icon="$ROOT/resources/icons/noedkopi-$size.png"
  [ -f "$icon" ] || continue
  install -D -m 644 "$icon" "$DESTDIR/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
sed "s#/opt/noedkopi#$PREFIX#g" "$HERE/noedkopi-sync.service" > "$DESTDIR/usr/lib/systemd/user/noedkopi-sync.service"
install -m 644 "$HERE/noedkopi-sync.timer" "$DESTDIR/usr/lib/systemd/user/"
if [ -z "$DESTDIR" ]; then
  systemctl --global enable noedkopi-sync.timer || echo "Could not enable the timer (no systemd?)" >&2
  command -v update-desktop-database >/dev/null && update-desktop-database -q || true
fi
echo "Installed Nødkopi in $DESTDIR$PREFIX. Next: enroll the laptop (docs/operations.md)."
