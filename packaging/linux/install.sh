#!/usr/bin/env bash
# Install the one-folder bundle on a Linux laptop, per machine (as root):
#   sudo noedkopi/linux/install.sh                   # from the copied bundle folder
#   sudo packaging/linux/install.sh [BUNDLE=dist/noedkopi] [PREFIX=/opt/noedkopi]
# Puts the program in PREFIX, a `continuity-app` link on PATH, the desktop entry, AppStream
# metainfo and icons, and a systemd *user* timer enabled for every user (the client home is
# each user's own data folder). Remove again with: install.sh --uninstall [PREFIX]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
DESTDIR=${DESTDIR:-}          # for staging/tests: install under this folder instead of /
APP_ID=dk.lemvig.noedkopi
if [ -x "$HERE/../continuity-app" ]; then   # running from inside a built bundle
  DEFAULT_BUNDLE=$(cd "$HERE/.." && pwd)
else                                          # running from the source tree
  DEFAULT_BUNDLE=$(cd "$HERE/../.." && pwd)/dist/noedkopi
fi
BUNDLE=${1:-$DEFAULT_BUNDLE}
PREFIX=${2:-/opt/noedkopi}

if [ "$BUNDLE" = "--uninstall" ]; then
  if [ -z "$DESTDIR" ]; then systemctl --global disable noedkopi-sync.timer 2>/dev/null || true; fi
  rm -rf "${DESTDIR:?}$PREFIX" "$DESTDIR/usr/local/bin/continuity-app" \
    "$DESTDIR/usr/share/applications/$APP_ID.desktop" "$DESTDIR/usr/share/metainfo/$APP_ID.metainfo.xml" \
    "$DESTDIR"/usr/lib/systemd/user/noedkopi-sync.{service,timer} \
    "$DESTDIR"/usr/share/icons/hicolor/*/apps/$APP_ID.png "$DESTDIR/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
  echo "Nødkopi removed. Each user's data (still encrypted) stays in ~/.local/share/Noedkopi."
  exit 0
fi

[ -x "$BUNDLE/continuity-app" ] || { echo "No bundle at $BUNDLE (run ./dev package first)" >&2; exit 1; }
ICONS="$BUNDLE/_internal/resources/icons"
[ -d "$ICONS" ] || ICONS="$HERE/../../resources/icons"
install -d "$DESTDIR$PREFIX" "$DESTDIR/usr/local/bin" "$DESTDIR/usr/share/applications" \
  "$DESTDIR/usr/share/metainfo" "$DESTDIR/usr/lib/systemd/user"
if [ "$(cd "$BUNDLE" && pwd)" != "$(cd "$DESTDIR$PREFIX" && pwd)" ]; then
  rm -rf "${DESTDIR:?}$PREFIX"/_internal   # no stale libraries of an older version
  cp -a "$BUNDLE/." "$DESTDIR$PREFIX/"
fi
ln -sf "$PREFIX/continuity-app" "$DESTDIR/usr/local/bin/continuity-app"
install -m 644 "$HERE/$APP_ID.desktop" "$DESTDIR/usr/share/applications/"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$DESTDIR/usr/share/metainfo/"
for size in 16 32 48 64 128 256 512; do
  icon="$ICONS/noedkopi-$size.png"
  [ -f "$icon" ] || continue
  install -D -m 644 "$icon" "$DESTDIR/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
[ -f "$ICONS/noedkopi.svg" ] && \
  install -D -m 644 "$ICONS/noedkopi.svg" "$DESTDIR/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
sed "s#/opt/noedkopi#$PREFIX#g" "$HERE/noedkopi-sync.service" > "$DESTDIR/usr/lib/systemd/user/noedkopi-sync.service"
chmod 644 "$DESTDIR/usr/lib/systemd/user/noedkopi-sync.service"
install -m 644 "$HERE/noedkopi-sync.timer" "$DESTDIR/usr/lib/systemd/user/"
if [ -z "$DESTDIR" ]; then
  systemctl --global enable noedkopi-sync.timer || echo "Could not enable the timer (no systemd?)" >&2
  if command -v update-desktop-database >/dev/null; then update-desktop-database -q || true; fi
  if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q /usr/share/icons/hicolor || true; fi
fi
echo "Installed Nødkopi in $DESTDIR$PREFIX. Next: enroll the laptop (docs/operations.md, section 8)."
