#!/usr/bin/env bash
# Builds LoyaltyDesk.app and a disk image on macOS:  packaging/macos/build-macos.sh
# Needs Python 3.11+ (python.org's universal2 installer or Homebrew) and the Xcode command line
# tools (iconutil, codesign, hdiutil). Output in packaging/dist: the wheel and sdist,
# LoyaltyDesk.app and LoyaltyDesk-<version>-macos-<arch>.dmg.
# Signing: set CODESIGN_IDENTITY ("Developer ID Application: ...") to sign for distribution,
# and NOTARY_PROFILE (a notarytool keychain profile) to notarize; otherwise the app is signed
# ad hoc, which runs on this Mac only.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
packaging="$(dirname "$here")"
root="$(dirname "$packaging")"
build="$packaging/build"
dist="$packaging/dist"
icons="$root/resources/app-icon"

rm -rf "$build" "$dist" "$here/build"
mkdir -p "$build" "$dist" "$here/build"

echo "== app icon"
iconset="$here/build/LoyaltyDesk.iconset"
mkdir -p "$iconset"
for size in 16 32 128 256 512; do
    cp "$icons/${size}x${size}.png" "$iconset/icon_${size}x${size}.png"
done
for size in 16 32 128 256; do
    double=$((size * 2))
    cp "$icons/${double}x${double}.png" "$iconset/icon_${size}x${size}@2x.png"
done
iconutil -c icns -o "$here/build/LoyaltyDesk.icns" "$iconset"

echo "== build environment"
"${PYTHON:-python3}" -m venv "$build/venv"
py="$build/venv/bin/python"
"$py" -m pip install --quiet --upgrade pip
"$py" -m pip install --quiet -r "$packaging/requirements-build.txt"
"$py" -m build --outdir "$dist" "$root"
# The bundle carries what the wheel carries: the spec collects from this installation.
"$py" -m pip install --quiet "$dist"/loyaltydesk-*-py3-none-any.whl
version="$("$py" -c 'from importlib.metadata import version; print(version("loyaltydesk"))')"

echo "== bundle LoyaltyDesk $version"
"$build/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$build/pyinstaller" "$packaging/loyaltydesk.spec"
app="$dist/LoyaltyDesk.app"

echo "== smoke test"
smoke="$(mktemp -d)"
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/LoyaltyDesk" --version
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/LoyaltyDesk" --data-dir "$smoke" --smoke-test
test -f "$smoke/loyaltydesk.sqlite3"
rm -rf "$smoke"

echo "== sign"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
else
    codesign --force --deep --sign - "$app"
fi
codesign --verify --deep --strict "$app"

echo "== disk image"
staging="$build/dmg"
mkdir -p "$staging"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
dmg="$dist/LoyaltyDesk-$version-macos-$(uname -m).dmg"
hdiutil create -volname "LoyaltyDesk $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
fi
echo "built $dmg"
