#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree, checks it with lintian, installs it
# with apt-get, runs the installed program, checks the desktop entry and file type are
# registered, and purges it. Needs root (or sudo); changes the system, so scripts/test runs it
# only when MLAWRITER_TEST_PACKAGING=1. Usage: tests/packaging/test-deb.sh [BUILD_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="$(cd "${1:-$ROOT/build/ci}" && pwd)"
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }

cmake --build "$BUILD" --target mlawriter mlawriter_changelog
rm -f "$BUILD"/mlawriter_*.deb
(cd "$BUILD" && cpack -G DEB >/dev/null)
deb=$(ls "$BUILD"/mlawriter_*.deb)
echo "test-deb: built $(basename "$deb")"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6core6' || fail "Depends was not computed by dpkg-shlibdeps"

if command -v lintian >/dev/null; then
    # Errors fail the test; warnings are printed.
    lintian --fail-on error --suppress-tags no-manual-page "$deb" || fail "lintian reports errors"
else
    fail "lintian is not installed (apt-get install lintian)"
fi

$sudo apt-get install -y -qq "$deb" >/dev/null
trap '$sudo apt-get purge -y -qq mlawriter >/dev/null 2>&1 || true' EXIT

[[ -x /usr/bin/mlawriter ]] || fail "/usr/bin/mlawriter is not installed"
version=$(/usr/bin/mlawriter --version)
echo "test-deb: $version"
upstream=$(dpkg-deb -f "$deb" Version); upstream=${upstream%-*}
[[ "$version" == *"$upstream"* ]] || fail "--version does not print the package version"
for sample in /usr/share/mlawriter/samples/*.mlar; do
    /usr/bin/mlawriter validate "$sample" >/dev/null || fail "validate refuses the installed sample $sample"
done
desktop-file-validate /usr/share/applications/org.mlawriter.mlawriter.desktop || fail "desktop entry invalid"
grep -q 'org.mlawriter.mlawriter.desktop' /usr/share/applications/mimeinfo.cache ||
    fail "the desktop entry is not registered for its file types (mimeinfo.cache)"
grep -q 'application/x-mlawriter-draft:\*\.mlar' /usr/share/mime/globs2 || fail ".mlar is not a registered type"
grep -q 'application/x-mlawriter-package:\*\.mlap' /usr/share/mime/globs2 || fail ".mlap is not a registered type"
grep -q 'application/x-mlawriter-package=.*org.mlawriter.mlawriter.desktop' /usr/share/applications/mimeinfo.cache ||
    fail "mlawriter is not registered to open .mlap packages"
for size in 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256 scalable; do
    ls /usr/share/icons/hicolor/$size/apps/mlawriter.* >/dev/null || fail "no $size icon"
done
[[ -f /usr/share/metainfo/org.mlawriter.mlawriter.metainfo.xml ]] || fail "no AppStream metadata"
appstreamcli validate --no-net /usr/share/metainfo/org.mlawriter.mlawriter.metainfo.xml >/dev/null ||
    fail "AppStream metadata invalid"

$sudo apt-get purge -y -qq mlawriter >/dev/null
trap - EXIT
[[ ! -e /usr/bin/mlawriter ]] || fail "purge left /usr/bin/mlawriter"
grep -q 'application/x-mlawriter-draft' /usr/share/mime/globs2 && fail "purge left the MIME type registered"
echo "test-deb: OK"
