#!/usr/bin/env bash
# Builds LoyaltyDesk for Linux and checks what it built:
#   packaging/dist/loyaltydesk-<version>.tar.gz and -py3-none-any.whl   (sdist and wheel)
#   packaging/dist/LoyaltyDesk/                                          (self-contained folder)
#   packaging/dist/LoyaltyDesk-<version>-linux-<arch>.tar.gz             (that folder, packed)
# Needs Python 3.11+ with venv and network access to the package index; nothing else.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
build="$here/build"
dist="$here/dist"
app_id="app.loyaltydesk.LoyaltyDesk"

step() { printf '\n== %s\n' "$*"; }

rm -rf "$build" "$dist"
mkdir -p "$build" "$dist"

step "build environment"
"${PYTHON:-python3}" -m venv "$build/venv"
py="$build/venv/bin/python"
"$py" -m pip install --quiet --upgrade pip
"$py" -m pip install --quiet -r "$here/requirements-build.txt"

step "sdist and wheel"
"$py" -m build --outdir "$dist" "$root" >"$build/build.log" 2>&1 \
    || { cat "$build/build.log"; exit 1; }
wheel="$(ls "$dist"/loyaltydesk-*-py3-none-any.whl)"
# The bundle carries what the wheel carries: the spec collects from this installation.
"$py" -m pip install --quiet "$wheel"
version="$("$py" -c 'from importlib.metadata import version; print(version("loyaltydesk"))')"
ls -1 "$dist"

step "bundle LoyaltyDesk $version with PyInstaller"
"$build/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$build/pyinstaller" "$here/loyaltydesk.spec"
bundle="$dist/LoyaltyDesk"

step "desktop integration files"
install -Dm644 "$here/linux/$app_id.desktop" "$bundle/share/applications/$app_id.desktop"
install -Dm644 "$here/linux/$app_id.metainfo.xml" "$bundle/share/metainfo/$app_id.metainfo.xml"
for png in "$root"/resources/app-icon/*x*.png; do
    size="$(basename "$png" .png)"
    install -Dm644 "$png" "$bundle/share/icons/hicolor/$size/apps/$app_id.png"
done
install -Dm644 "$root/resources/$app_id.svg" "$bundle/share/icons/hicolor/scalable/apps/$app_id.svg"
install -m755 "$here/linux/install.sh" "$bundle/install.sh"
install -m644 "$root/LICENSE" "$bundle/LICENSE"

step "smoke test"
"$here/linux/smoke-test.sh" "$bundle" "$version"

step "pack"
archive="$dist/LoyaltyDesk-$version-linux-$(uname -m).tar.gz"
tar -C "$dist" -czf "$archive" LoyaltyDesk
du -sh "$bundle" "$archive"
echo "built $archive"
