#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Kapchyk needs to run and to test:
#  - gnome-keyring + dbus: the real OS keyring (Secret Service) the wallet keeps secrets in
#  - xvfb, xauth and Qt's xcb libraries: the desktop window (and screenshots under a virtual screen;
#    the xcb list is what `ldd` of PySide6's libqxcb.so and libQt6XcbQpa.so needs), and a font
#  - lintian and patchelf: `make deb` (clears the build host's RUNPATH) and its check
#    (tests/packaging/test_deb.py)
# As root it installs what is missing; otherwise it prints the exact apt-get line and fails.
set -euo pipefail
PKGS=(gnome-keyring dbus dbus-x11 xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0
      libxkbcommon-x11-0 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1
      libx11-xcb1 libxcb-randr0 libxcb-render0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0
      libxcb-util1 libxkbcommon0 fonts-dejavu-core
      libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 lintian patchelf nodejs npm)
missing=()
for p in "${PKGS[@]}"; do
  if [ "$p" = nodejs ] || [ "$p" = npm ]; then
    command -v "${p/nodejs/node}" >/dev/null 2>&1 && continue
  fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Kapchyk needs these system packages. Run:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
