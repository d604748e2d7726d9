#!/usr/bin/env bash
# The .deb end to end (issue #19): build it with CPack, install it with apt-get (offline: the
# build dependencies already provide every runtime one), run the INSTALLED executables —
# --version, import the installed sample, train a tiny model, open the GUI offscreen and quit
# (MODELDECK_QUIT_AFTER_OPEN=1) — then purge it and check that none of its files remain.
# Also checks the one version: --version, the package and the newest AppStream release all
# equal the CMake project version.
#
# Usage: install-deb.sh BUILD_DIR PROJECT_VERSION. Exit 77 (ctest: skipped) with the reason where
# packages cannot be installed. Leaves the machine as it found it, also on failure (trap).
set -euo pipefail

build_dir=$1
version=$2
skip() { echo "SKIP: $*"; exit 77; }

[[ $(id -u) -eq 0 ]] || skip "installing a package needs root (CI runs as root)"
for tool in dpkg dpkg-deb apt-get cpack dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || skip "$tool is missing (dpkg-dev provides dpkg-shlibdeps)"
done
if dpkg-query -W -f='${Status}' modeldeck 2>/dev/null | grep -q "ok installed"; then
  skip "a modeldeck package is already installed; this test would replace and remove it"
fi

scratch=$(mktemp -d /tmp/modeldeck-deb-test.XXXXXX)
installed=0
cleanup() {
  local rc=$?
  if ((installed)); then
    dpkg --purge modeldeck >/dev/null 2>&1 || echo "WARNING: could not purge modeldeck"
  fi
  rm -rf "$scratch"
  exit $rc
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }
step() { echo "== $* ($(( SECONDS ))s)"; }

step "cpack -G DEB"
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$scratch/pkg" >"$scratch/cpack.log" 2>&1 \
  || { cat "$scratch/cpack.log"; fail "cpack could not build the package"; }
deb=$(ls "$scratch"/pkg/modeldeck_*.deb)
echo "$deb"

step "package metadata"
dpkg-deb -f "$deb"
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] \
  || fail "package version $(dpkg-deb -f "$deb" Version) is not the project's $version"
depends=$(dpkg-deb -f "$deb" Depends)
# dpkg-shlibdeps must have found the libraries the executables link (names as in Debian 12).
for lib in libtorch libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6charts6 libqcoro6core \
           libxgboost libopenblas0-openmp; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

step "apt-get install ./$(basename "$deb")"
installed=1
# No network: every dependency is installed already (they are the build's), so apt fetches nothing.
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  -o Dpkg::Lock::Timeout=120 -o Acquire::http::Timeout=5 "$deb" >"$scratch/apt.log" 2>&1 \
  || { cat "$scratch/apt.log"; fail "apt-get could not install the package"; }
mapfile -t files < <(dpkg -L modeldeck | while read -r f; do [[ -d $f ]] || echo "$f"; done)
echo "${#files[@]} files installed"
for f in /usr/bin/modeldeck /usr/bin/modeldeck-cli /usr/share/applications/io.modeldeck.ModelDeck.desktop \
         /usr/share/metainfo/io.modeldeck.ModelDeck.metainfo.xml \
         /usr/share/icons/hicolor/16x16/apps/modeldeck.png /usr/share/icons/hicolor/scalable/apps/modeldeck.svg \
         /usr/share/man/man1/modeldeck-cli.1.gz /usr/share/doc/modeldeck/copyright \
         /usr/share/modeldeck/sample-data/RELIANCE_5min.csv; do
  [[ -f $f ]] || fail "$f is not installed"
done

step "one version"
cli_version=$(/usr/bin/modeldeck-cli --version)
[[ $cli_version == "ModelDeck $version" ]] || fail "modeldeck-cli --version says '$cli_version', not ModelDeck $version"
metainfo=/usr/share/metainfo/io.modeldeck.ModelDeck.metainfo.xml
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
[[ $newest == "$version" ]] || fail "the newest AppStream release is $newest, not $version"
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects $metainfo"
fi
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/io.modeldeck.ModelDeck.desktop || fail "invalid .desktop"
fi

step "installed CLI: import the sample, train a tiny model"
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share
export XDG_RUNTIME_DIR=$scratch/run LC_ALL=C.UTF-8
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
ws=$scratch/workspace
/usr/bin/modeldeck-cli -w "$ws" import /usr/share/modeldeck/sample-data/RELIANCE_5min.csv \
  --symbol RELIANCE.NS || fail "the installed CLI could not import the installed sample"
/usr/bin/modeldeck-cli -w "$ws" train --symbol RELIANCE.NS --timeframe 5m --bot mlp_bot \
  --params '{"epochs": 2, "hidden_size": 8, "lookback": 8}' --threads 1 \
  || fail "the installed CLI could not train a model"
/usr/bin/modeldeck-cli -w "$ws" symbols --json | grep -q RELIANCE.NS || fail "the workspace lost the import"
if command -v man >/dev/null; then
  man -l /usr/share/man/man1/modeldeck-cli.1.gz >/dev/null || fail "man cannot read the installed page"
fi

step "installed GUI: open the workspace offscreen and quit"
QT_QPA_PLATFORM=offscreen MODELDECK_QUIT_AFTER_OPEN=1 timeout 120 /usr/bin/modeldeck --workspace "$ws" \
  || fail "the installed GUI did not open the workspace and quit (exit $?)"
# ...and that exit status means something: a workspace it cannot create is exit 1, not a hang.
rc=0
QT_QPA_PLATFORM=offscreen MODELDECK_QUIT_AFTER_OPEN=1 timeout 60 /usr/bin/modeldeck \
  --workspace /proc/modeldeck-no-such-dir/ws 2>/dev/null || rc=$?
((rc == 1)) || fail "the installed GUI gave exit $rc for a workspace it cannot create, not 1"

step "purge"
DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -q -o Dpkg::Lock::Timeout=120 modeldeck \
  >"$scratch/remove.log" 2>&1 || { cat "$scratch/remove.log"; fail "apt-get could not remove modeldeck"; }
installed=0
left=()
for f in "${files[@]}"; do [[ -e $f || -L $f ]] && left+=("$f"); done
((${#left[@]} == 0)) || fail "left behind after removal: ${left[*]}"
step "done: installed, used and removed cleanly"
