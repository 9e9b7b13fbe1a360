#!/usr/bin/env bash
# Turns the PyInstaller bundle (dist/kapchyk/, `make bundle`) into dist/kapchyk_<version>_<arch>.deb
# with dpkg-deb (no debhelper): the bundle in /opt/kapchyk, /usr/bin/kapchyk and kapchyk-gui
# links, the desktop entry (ethereum:/tron: links), the icon, AppStream metainfo, copyright and
# changelog from packaging/debian/. `--lintian` also runs lintian on the result (errors fail).
# Maintainer address: $DEB_MAINTAINER (default below).
set -euo pipefail
cd "$(dirname "$0")/.."
bundle=dist/kapchyk
linux=packaging/linux
debian=packaging/debian
app=kg.kapchyk.Kapchyk
maintainer=${DEB_MAINTAINER:-"Kapchyk developers <packaging@kapchyk.kg>"}

[ -x "$bundle/kapchyk" ] && [ -x "$bundle/kapchyk-gui" ] ||
    { echo "no bundle in $bundle: run \`make bundle\` first" >&2; exit 1; }
version=$("$bundle/kapchyk" --version | awk '{print $2}')
changelog_version=$(sed -n '1s/^kapchyk (\([^)]*\)).*/\1/p' "$debian/changelog")
[ "$version" = "$changelog_version" ] || {
    echo "the bundle is $version but $debian/changelog starts with $changelog_version" >&2; exit 1; }
arch=$(dpkg --print-architecture)

root=build/deb/root
rm -rf build/deb
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/doc/kapchyk" \
    "$root/usr/share/applications" "$root/usr/share/icons/hicolor/scalable/apps" \
    "$root/usr/share/metainfo" "$root/usr/share/lintian/overrides"
cp -a "$bundle" "$root/opt/kapchyk"
# plain permissions: directories and the two programs 755, every other file 644
find "$root/opt/kapchyk" -type d -exec chmod 755 {} +
find "$root/opt/kapchyk" -type f -exec chmod 644 {} +
chmod 755 "$root/opt/kapchyk/kapchyk" "$root/opt/kapchyk/kapchyk-gui"
# shared objects: symbols stripped as dh_strip does, and the build host's absolute RUNPATH
# (CPython's own lib dir, e.g. /root/.pyenv/versions/3.11.7/lib) removed; $ORIGIN ones stay.
# The two programs are PyInstaller bootloaders with their archive appended: not stripped.
mapfile -d '' objects < <(find "$root/opt/kapchyk/_internal" -type f \( -name '*.so' -o -name '*.so.*' \) -print0)
strip --strip-unneeded --remove-section=.comment --remove-section=.note "${objects[@]}"
for so in "${objects[@]}"; do
    case "$(patchelf --print-rpath "$so")" in /*) patchelf --remove-rpath "$so" ;; esac
done
ln -s /opt/kapchyk/kapchyk "$root/usr/bin/kapchyk"  # absolute across top-level dirs (Policy 10.5)
ln -s /opt/kapchyk/kapchyk-gui "$root/usr/bin/kapchyk-gui"
install -m 644 "$linux/$app.desktop" "$root/usr/share/applications/"
install -m 644 "resources/icons/$app.svg" "$root/usr/share/icons/hicolor/scalable/apps/"  # the window's too
install -m 644 "$linux/$app.metainfo.xml" "$root/usr/share/metainfo/"
install -m 644 "$debian/lintian-overrides" "$root/usr/share/lintian/overrides/kapchyk"
sed "s|@MAINTAINER@|$maintainer|" "$debian/copyright" > "$root/usr/share/doc/kapchyk/copyright"
sed "s|@MAINTAINER@|$maintainer|" "$debian/changelog" | gzip -9n \
    > "$root/usr/share/doc/kapchyk/changelog.gz"
chmod 644 "$root/usr/share/doc/kapchyk/"*
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s|@VERSION@|$version|" -e "s|@ARCH@|$arch|" -e "s|@SIZE@|$size|" \
    -e "s|@MAINTAINER@|$maintainer|" "$debian/control" > "$root/DEBIAN/control"

deb="dist/kapchyk_${version}_${arch}.deb"
# gzip: on this 245 MB tree a fraction of xz's time to build and to unpack (lintian, dpkg -x)
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb" >/dev/null
echo "deb OK: $(du -h "$deb" | cut -f1) in $deb"
if [ "${1:-}" = --lintian ]; then
    # errors fail the build; warnings and info are printed
    lintian --fail-on error --info "$deb"
    echo "lintian OK"
fi
