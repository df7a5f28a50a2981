#!/usr/bin/env bash
# Checks a built LoyaltyDesk folder the way a fresh machine uses it:
#   packaging/linux/smoke-test.sh packaging/dist/LoyaltyDesk [EXPECTED-VERSION]
# Everything runs offscreen, with an empty home and a bare environment: the version, a first
# start on a fresh data folder (the window opens, the database is created, the window closes),
# the command line on demo data, and install.sh into a scratch prefix and out again. As root
# with unshare, the first start is repeated with every Python on the machine hidden.
set -euo pipefail
bundle="$(cd "$1" && pwd)"
expected="${2:-}"
app="$bundle/loyaltydesk"
app_id="app.loyaltydesk.LoyaltyDesk"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"

fail() { echo "smoke test: $*" >&2; exit 1; }
run() {  # no Python variables, no display, no user folders from the caller
    env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
}

out="$(run "$app" --version)"
[ -z "$expected" ] || [ "$out" = "LoyaltyDesk $expected" ] || fail "--version said '$out'"
echo "version: $out"

out="$(run "$app" --data-dir "$work/first" --smoke-test)" || fail "the window did not open and close"
[ -f "$work/first/loyaltydesk.sqlite3" ] || fail "no database was created in a fresh data folder"
run "$app" --data-dir "$work/first" check >/dev/null || fail "the new database does not pass check"
echo "first start: $out"

run "$app" --data-dir "$work/demo" demo --customers 200 --seed 1 >/dev/null
[ "$(run "$app" --data-dir "$work/demo" due | wc -l)" -gt 0 ] || fail "no follow-ups due in demo data"
run "$app" --data-dir "$work/demo" check
echo "command line: demo, due and check work"

prefix="$work/prefix"
run env PREFIX="$prefix" sh "$bundle/install.sh" >/dev/null
[ "$(run "$prefix/bin/loyaltydesk" --version)" = "$(run "$app" --version)" ] \
    || fail "the installed copy does not start"
desktop="$prefix/share/applications/$app_id.desktop"
grep -qx "Exec=\"$prefix/lib/loyaltydesk/loyaltydesk\"" "$desktop" \
    || fail "the installed menu entry does not start the installed copy"
[ -f "$prefix/share/icons/hicolor/48x48/apps/$app_id.png" ] || fail "icons were not installed"
[ -f "$prefix/share/metainfo/$app_id.metainfo.xml" ] || fail "metainfo was not installed"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop"; fi
run env PREFIX="$prefix" sh "$bundle/install.sh" --uninstall >/dev/null
[ ! -e "$prefix/bin/loyaltydesk" ] && [ ! -e "$desktop" ] || fail "--uninstall left files behind"
echo "install.sh: installs with menu entry and icons, and uninstalls"

# Hide every Python this machine has, the way a machine without Python looks to the bundle.
if [ "$(id -u)" != 0 ] || ! unshare --mount true 2>/dev/null; then
    echo "without Python: skipped (needs root and unshare)"
    echo "smoke test passed"
    exit 0
fi
hide_dirs=()
hide_files=()
for candidate in python3 "${PYTHON:-}"; do
    [ -n "$candidate" ] && command -v "$candidate" >/dev/null || continue
    base="$("$candidate" -c 'import sys; print(sys.base_prefix)' 2>/dev/null)" || continue
    case "$base" in
        /usr|/usr/local|/) ;;
        "$bundle"*) ;;
        *) hide_dirs+=("$base") ;;
    esac
done
for dir in /usr/lib/python3* /usr/local/lib/python3*; do
    [ -d "$dir" ] && hide_dirs+=("$dir")
done
while IFS= read -r file; do
    case "$file" in "$bundle"*) ;; *) hide_files+=("$file") ;; esac
done < <(find /usr/bin /usr/local/bin /usr/lib /usr/local/lib -maxdepth 2 \
              \( -name 'python3*' -o -name 'libpython3*.so*' \) \( -type f -o -type l \) \
              2>/dev/null)
cat >"$work/hidden.sh" <<'INNER'
set -eu
app="$1"; data="$2"; shift 2
while [ "$1" != "--" ]; do mount -t tmpfs none "$1"; shift; done; shift
for file in "$@"; do [ -e "$file" ] && mount --bind /dev/null "$file"; done
if python3 -c pass 2>/dev/null; then echo "python3 still runs" >&2; exit 1; fi
exec "$app" --data-dir "$data" --smoke-test
INNER
out="$(run unshare --mount --propagation private sh "$work/hidden.sh" "$app" "$work/no-python" \
        "${hide_dirs[@]}" -- "${hide_files[@]}")" || fail "the bundle needs a Python installation"
[ -f "$work/no-python/loyaltydesk.sqlite3" ] || fail "no database without Python"
echo "without Python (${#hide_dirs[@]} folders and ${#hide_files[@]} files hidden): $out"
echo "smoke test passed"
