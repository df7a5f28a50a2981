#!/bin/sh
# Installs this LoyaltyDesk folder with its menu entry and icons.
#   ./install.sh                         for you alone, under ~/.local
#   sudo PREFIX=/usr/local ./install.sh  for everyone on this computer
#   ./install.sh --uninstall             removes the program (your data stays where it is)
set -eu
app_id=app.loyaltydesk.LoyaltyDesk
prefix="${PREFIX:-$HOME/.local}"
here="$(cd "$(dirname "$0")" && pwd)"
target="$prefix/lib/loyaltydesk"
desktop="$prefix/share/applications/$app_id.desktop"

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$prefix/share/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$target"
    rm -f "$prefix/bin/loyaltydesk" "$desktop" "$prefix/share/metainfo/$app_id.metainfo.xml"
    find "$prefix/share/icons/hicolor" -name "$app_id.*" -type f -exec rm -f {} + 2>/dev/null || true
    refresh_caches
    echo "LoyaltyDesk removed from $prefix"
    exit 0
fi

if [ "$here" != "$target" ]; then
    rm -rf "$target"
    mkdir -p "$target"
    cp -a "$here/." "$target/"
fi
mkdir -p "$prefix/bin" "$prefix/share"
ln -sf "$target/loyaltydesk" "$prefix/bin/loyaltydesk"
cp -R "$here/share/." "$prefix/share/"
# The menu entry starts this copy wherever it lives, whether or not $prefix/bin is on PATH.
sed -i -e "s|^Exec=loyaltydesk\$|Exec=\"$target/loyaltydesk\"|" \
       -e "s|^TryExec=loyaltydesk\$|TryExec=$target/loyaltydesk|" "$desktop"
refresh_caches
echo "LoyaltyDesk installed in $target"
echo "Start it from your applications menu, or as $prefix/bin/loyaltydesk"
